//! The `wijkwijzer` command: the only place where problems become coloured text and
//! exit codes.

mod freshness_cli;
mod help;
mod import_cli;
mod report;
mod scaffold;
mod search;
mod serve;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use report::{Format, RepoPaths};
use wijkwijzer::diagnostics::{Diagnostic, Severity};
use wijkwijzer::messages::Lang;
use wijkwijzer::{build, msg, BuildError, BuildOptions};

#[derive(Parser)]
#[command(name = "wijkwijzer", version, about = "Build an accessible static site of local support from Markdown.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of messages: nl (default) or en. Also WIJKWIJZER_LANG.
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.trim().to_lowercase().parse().map_err(|_| "nl, en".to_string())
}

#[derive(Subcommand)]
enum Command {
    /// Start a new site for one municipality, ready to check and build.
    Init {
        /// The folder to write the site into (new or empty).
        dir: PathBuf,
        /// The municipality's name, such as "Brummen".
        #[arg(long)]
        gemeente: String,
        /// The municipality's CBS code, such as GM0213.
        #[arg(long)]
        code: String,
        /// A CSV file with the wijken: slug,naam,code,postcodes (postcodes separated by spaces).
        #[arg(long)]
        wijken: Option<PathBuf>,
        /// Add the web editor at /admin/ for this forge: github, gitlab, gitea or forgejo.
        #[arg(long, requires = "repository")]
        redactie: Option<String>,
        /// The site's repository on the forge, as owner/name.
        #[arg(long, requires = "redactie")]
        repository: Option<String>,
        /// The forge's address when it is self-hosted, such as https://git.gemeente.nl.
        #[arg(long, requires = "redactie")]
        forge_url: Option<String>,
    },
    /// Import services from an Open Referral HSDS 3.0 feed or a spreadsheet.
    Import {
        /// A JSON file (a list of services, or one service), a folder of them, a data package, or a spreadsheet (.xlsx, .csv).
        #[arg(required_unless_present = "template")]
        source: Option<PathBuf>,
        #[arg(long, required_unless_present = "regio", conflicts_with = "regio")]
        gemeente: Option<String>,
        /// A region section's folder in content/ (with [extra.regio]), instead of a municipality.
        #[arg(long)]
        regio: Option<String>,
        /// Write an empty spreadsheet (.xlsx) in the import's layout, with drop-down lists.
        #[arg(long, conflicts_with = "source")]
        template: Option<PathBuf>,
        /// A TOML file that maps the source's terms, areas and values to this site's.
        #[arg(long)]
        mapping: Option<PathBuf>,
        /// Show what would change, as a diff, and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Also replace pages the editors changed since the last import (never their text).
        #[arg(long)]
        force: bool,
        /// Keep the source's fields that have no place on the site under [extra.bron].
        #[arg(long)]
        bewaar_bron: bool,
        /// Remove pages of services that are no longer in the source.
        #[arg(long)]
        remove_missing: bool,
        /// A name for the source: ids are matched only with pages from the same source.
        #[arg(long)]
        bron: Option<String>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Add a municipality, a service or a page, with every field explained.
    New {
        #[command(subcommand)]
        what: New,
    },
    /// Build the site into the output folder.
    Build {
        /// The site folder (with config.toml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: output_dir from config.toml, `public`).
        #[arg(long)]
        output_dir: Option<PathBuf>,
        /// Use this address instead of base_url from config.toml.
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages and sections marked as draft.
        #[arg(long)]
        drafts: bool,
    },
    /// Check everything a build checks, without writing anything.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Treat warnings (such as an old `gecontroleerd` date) as errors.
        #[arg(long)]
        strict: bool,
        #[arg(long)]
        drafts: bool,
        /// How to report problems: for people, or for CI (annotations on the pull or merge request).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Write the report to this file instead of standard output (not for `human`).
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Search a built site with the same engine as the browser, and print the results.
    Search {
        /// What a resident would type.
        query: String,
        /// The built site (default: `public` in the current folder).
        #[arg(long, default_value = "public")]
        output_dir: PathBuf,
        #[arg(long)]
        gemeente: Option<String>,
        #[arg(long)]
        wijk: Option<String>,
        #[arg(long)]
        behoefte: Option<String>,
        #[arg(long)]
        soort: Option<String>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print the score breakdown of each result.
        #[arg(long)]
        explain: bool,
    },
    /// How fresh the directory is: per municipality every service with the age of its check.
    Report {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, value_enum, default_value_t = freshness_cli::Format::Human)]
        format: freshness_cli::Format,
        /// Only services checked longer ago than this, such as 12m, 90d or 1j.
        #[arg(long, value_parser = freshness_cli::parse_age)]
        ouder_dan: Option<i64>,
        #[arg(long)]
        output: Option<PathBuf>,
        /// Write one e-mail (.eml) per provider address into this folder, asking to check.
        #[arg(long)]
        mails: Option<PathBuf>,
    },
    /// Readability of every page (B1): average sentence length and share of long words.
    Leesbaarheid {
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Build, serve on 127.0.0.1 and rebuild on every change.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Where to write the site while serving (default: `public` in the site folder).
        #[arg(long)]
        output_dir: Option<PathBuf>,
        #[arg(long)]
        drafts: bool,
    },
}

#[derive(Subcommand)]
enum New {
    /// A municipality in content/gemeenten/.
    Gemeente {
        /// Its name, such as "Brummen".
        naam: String,
        #[arg(long)]
        code: String,
        #[arg(long)]
        wijken: Option<PathBuf>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// A service of a municipality.
    Dienst {
        /// Its name, such as "Inloop De Brug".
        titel: String,
        /// The municipality's folder name in content/gemeenten/.
        #[arg(long)]
        gemeente: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// A page: PATH under content/, such as `over-ons` or `nieuws/opening`.
    Pagina {
        path: PathBuf,
        titel: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let text: Vec<String> = args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let asked = help::lang_from_args(&text).unwrap_or_else(Lang::from_env);
    let matches = help::localize(Cli::command(), asked).get_matches_from(&args);
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let lang = cli.lang.unwrap_or(asked);
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let out = Out { color, lang };
    match cli.command {
        Command::Build { root, output_dir, base_url, drafts } => {
            let opts = BuildOptions { output_dir, base_url, include_drafts: drafts, ..BuildOptions::new(root) };
            run(&opts, out, &Report::Human)
        }
        Command::Check { root, strict, drafts, format, output } => {
            let report = match format {
                Format::Human => Report::Human,
                _ => Report::Machine { format, output, paths: RepoPaths::new(&root) },
            };
            let opts = BuildOptions { include_drafts: drafts, strict, write: false, ..BuildOptions::new(root) };
            run(&opts, out, &report)
        }
        Command::Leesbaarheid { root } => readability(&root, lang),
        Command::Report { root, format, ouder_dan, output, mails } => {
            let request = freshness_cli::Request {
                format,
                older_than: ouder_dan,
                output: output.as_ref(),
                mails: mails.as_ref(),
            };
            freshness_cli::run(&root, &request, lang)
        }
        Command::Init { dir, gemeente, code, wijken, redactie, repository, forge_url } => {
            let redactie = redactie.as_deref().map(|backend| scaffold::RedactieArgs {
                backend,
                repository: repository.as_deref().unwrap_or_default(),
                forge_url: forge_url.as_deref(),
            });
            scaffold::init(&dir, &gemeente, &code, wijken.as_deref(), redactie, lang)
        }
        Command::New { what } => scaffold::new(what, lang),
        Command::Import {
            source,
            gemeente,
            regio,
            template,
            mapping,
            dry_run,
            force,
            bewaar_bron,
            remove_missing,
            bron,
            root,
        } => {
            let target = match (&gemeente, &regio) {
                (_, Some(regio)) => wijkwijzer::import::Target::Regio(regio),
                (Some(gemeente), None) => wijkwijzer::import::Target::Gemeente(gemeente),
                // clap requires one of the two.
                (None, None) => return ExitCode::from(2),
            };
            let Some(source) = source else {
                return import_cli::template(&root, target, template.as_deref().unwrap_or(Path::new("")), lang);
            };
            let bron = bron.unwrap_or_else(|| wijkwijzer::import::default_bron(&source).to_string());
            let opts = wijkwijzer::import::Options {
                root: &root,
                source: &source,
                target,
                bron: &bron,
                mapping: mapping.as_deref(),
                force,
                bewaar_bron,
                remove_missing,
                lang,
            };
            import_cli::run(&opts, dry_run)
        }
        Command::Search { query, output_dir, gemeente, wijk, behoefte, soort, limit, explain } => {
            let req = wijkwijzer_search::SearchRequest { query, gemeente, wijk, behoefte, soort, limit, explain };
            match search::run(&output_dir, &req) {
                Ok(text) => {
                    print!("{text}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("{}: {e}", Severity::Error.word(lang));
                    ExitCode::FAILURE
                }
            }
        }
        Command::Serve { root, port, output_dir, drafts } => match serve::serve(root, port, output_dir, drafts, lang) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}: {}", Severity::Error.word(lang), e.text(lang));
                ExitCode::FAILURE
            }
        },
    }
}

/// Print a line per content file; exit 1 when a page is above the B1 norms.
fn readability(root: &std::path::Path, lang: Lang) -> ExitCode {
    use wijkwijzer::readability::{measure, MAX_AVERAGE_SENTENCE, MAX_LONG_WORD_SHARE};
    let mut failed = 0;
    println!(
        "{:>6} {:>6} {:>6}  {}",
        msg!("leesbaarheid-words-per-sentence").text(lang),
        msg!("leesbaarheid-words").text(lang),
        msg!("leesbaarheid-long").text(lang),
        msg!("leesbaarheid-file").text(lang)
    );
    for entry in walkdir::WalkDir::new(root.join("content")).sort_by_file_name().into_iter().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let body = wijkwijzer::content::front_matter::split(&text).map_or(text.as_str(), |s| &text[s.body_start..]);
        let stats = measure(body);
        let flag = if stats.is_plain() {
            String::new()
        } else {
            format!("  ← {}", msg!("leesbaarheid-too-hard").text(lang))
        };
        if !stats.is_plain() {
            failed += 1;
        }
        let rel = path.strip_prefix(root).unwrap_or(path);
        println!(
            "{:>6.1} {:>6} {:>5.0}%  {}{flag}",
            stats.average_sentence(),
            stats.words,
            stats.long_word_share() * 100.0,
            rel.display()
        );
    }
    let norm = msg!(
        "leesbaarheid-norm",
        words = MAX_AVERAGE_SENTENCE as usize,
        percent = format!("{:.0}", MAX_LONG_WORD_SHARE * 100.0)
    );
    println!("{}", norm.text(lang));
    if failed > 0 {
        eprintln!("{}", msg!("leesbaarheid-failed", count = failed as usize).text(lang));
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Where `run` reports problems besides the text for people on standard error.
enum Report {
    Human,
    Machine { format: Format, output: Option<PathBuf>, paths: RepoPaths },
}

impl Report {
    /// Write the machine report of `diags` (every problem, or none); false when it could
    /// not be written.
    fn write(&self, diags: &[Diagnostic], lang: Lang) -> bool {
        let Report::Machine { format, output, paths } = self else { return true };
        let Some(text) = report::machine(*format, diags, paths, lang) else { return true };
        match output {
            Some(file) => match std::fs::write(file, text) {
                Ok(()) => true,
                Err(e) => {
                    let m = msg!("cli-report-write", file = file.as_path(), error = &e);
                    eprintln!("{}: {}", Severity::Error.word(lang), m.text(lang));
                    false
                }
            },
            None => {
                print!("{text}");
                true
            }
        }
    }
}

/// How the CLI shows text: colours, and the editor's language.
#[derive(Clone, Copy)]
struct Out {
    color: bool,
    lang: Lang,
}

fn run(opts: &BuildOptions, out: Out, machine: &Report) -> ExitCode {
    let Out { color, lang } = out;
    match build(opts) {
        Ok(summary) => {
            if !machine.write(&summary.warnings, lang) {
                return ExitCode::FAILURE;
            }
            for w in &summary.warnings {
                eprintln!("{}", report::render(w, color, lang));
            }
            if std::env::var_os("WIJKWIJZER_TIMINGS").is_some() {
                for (phase, d) in &summary.timings {
                    eprintln!("  {phase:>9}: {:>6} ms", d.as_millis());
                }
            }
            let total = summary.timings.iter().find(|(n, _)| *n == "total").map_or(0, |(_, d)| d.as_millis() as u64);
            let done = match &summary.output {
                Some(dir) => msg!(
                    "cli-built",
                    pages = summary.pages,
                    sections = summary.sections,
                    dir = dir.as_path(),
                    files = summary.files,
                    unchanged = summary.unchanged,
                    ms = total
                ),
                None => msg!(
                    "cli-checked",
                    pages = summary.pages,
                    sections = summary.sections,
                    ms = total,
                    warnings = summary.warnings.len()
                ),
            };
            eprintln!("{}", done.text(lang));
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(ds)) => {
            machine.write(&ds, lang);
            eprintln!("{}", report::render_all(&ds, color, lang));
            let errors = ds.iter().filter(|d| d.severity == Severity::Error).count();
            let failed = if opts.write { msg!("cli-not-built", errors) } else { msg!("cli-check-failed", errors) };
            eprintln!("{}", failed.text(lang));
            ExitCode::FAILURE
        }
        Err(BuildError::Output(e)) => {
            eprintln!("{}: {}", Severity::Error.word(lang), e.message().text(lang));
            ExitCode::FAILURE
        }
    }
}

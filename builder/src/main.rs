//! The `wijkwijzer` command: the only place where problems become coloured text and
//! exit codes.

mod report;
mod scaffold;
mod search;
mod serve;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use report::{Format, RepoPaths};
use wijkwijzer::diagnostics::{Diagnostic, Severity};
use wijkwijzer::{build, BuildError, BuildOptions};

#[derive(Parser)]
#[command(name = "wijkwijzer", version, about = "Build an accessible static site of local support from Markdown.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
    let cli = Cli::parse();
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    match cli.command {
        Command::Build { root, output_dir, base_url, drafts } => {
            let opts = BuildOptions { output_dir, base_url, include_drafts: drafts, ..BuildOptions::new(root) };
            run(&opts, color, &Report::Human)
        }
        Command::Check { root, strict, drafts, format, output } => {
            let report = match format {
                Format::Human => Report::Human,
                _ => Report::Machine { format, output, paths: RepoPaths::new(&root) },
            };
            let opts = BuildOptions { include_drafts: drafts, strict, write: false, ..BuildOptions::new(root) };
            run(&opts, color, &report)
        }
        Command::Leesbaarheid { root } => readability(&root),
        Command::Init { dir, gemeente, code, wijken } => scaffold::init(&dir, &gemeente, &code, wijken.as_deref()),
        Command::New { what } => scaffold::new(what),
        Command::Search { query, output_dir, gemeente, wijk, behoefte, soort, limit, explain } => {
            let req = wijkwijzer_search::SearchRequest { query, gemeente, wijk, behoefte, soort, limit, explain };
            match search::run(&output_dir, &req) {
                Ok(text) => {
                    print!("{text}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Serve { root, port, output_dir, drafts } => match serve::serve(root, port, output_dir, drafts) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Print a line per content file; exit 1 when a page is above the B1 norms.
fn readability(root: &std::path::Path) -> ExitCode {
    use wijkwijzer::readability::{measure, MAX_AVERAGE_SENTENCE, MAX_LONG_WORD_SHARE};
    let mut failed = 0;
    println!("{:>6} {:>6} {:>6}  file", "zinnen", "woorden", "lang");
    for entry in walkdir::WalkDir::new(root.join("content")).sort_by_file_name().into_iter().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let body = wijkwijzer::content::front_matter::split(&text).map_or(text.as_str(), |s| &text[s.body_start..]);
        let stats = measure(body);
        let flag = if stats.is_plain() { "" } else { "  ← te moeilijk" };
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
    println!(
        "Norm: gemiddeld hoogstens {MAX_AVERAGE_SENTENCE} woorden per zin, hoogstens {:.0}% lange woorden.",
        MAX_LONG_WORD_SHARE * 100.0
    );
    if failed > 0 {
        eprintln!("{failed} pagina('s) boven de norm voor eenvoudig Nederlands (B1).");
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
    fn write(&self, diags: &[Diagnostic]) -> bool {
        let Report::Machine { format, output, paths } = self else { return true };
        let Some(text) = report::machine(*format, diags, paths) else { return true };
        match output {
            Some(file) => match std::fs::write(file, text) {
                Ok(()) => true,
                Err(e) => {
                    eprintln!("error: cannot write the report to {}: {e}", file.display());
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

fn run(opts: &BuildOptions, color: bool, machine: &Report) -> ExitCode {
    match build(opts) {
        Ok(summary) => {
            if !machine.write(&summary.warnings) {
                return ExitCode::FAILURE;
            }
            for w in &summary.warnings {
                eprintln!("{}", report::render(w, color));
            }
            if std::env::var_os("WIJKWIJZER_TIMINGS").is_some() {
                for (phase, d) in &summary.timings {
                    eprintln!("  {phase:>9}: {:>6} ms", d.as_millis());
                }
            }
            let what = if opts.write { "Built" } else { "Checked" };
            let total = summary.timings.iter().find(|(n, _)| *n == "total").map_or(0, |(_, d)| d.as_millis());
            match &summary.output {
                Some(out) => eprintln!(
                    "{what} {} pages and {} sections into {} ({} files) in {total} ms",
                    summary.pages,
                    summary.sections,
                    out.display(),
                    summary.files
                ),
                None => eprintln!(
                    "{what} {} pages and {} sections in {total} ms: no problems",
                    summary.pages, summary.sections
                ),
            }
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(ds)) => {
            machine.write(&ds);
            eprintln!("{}", report::render_all(&ds, color));
            let errors = ds.iter().filter(|d| d.severity == Severity::Error).count();
            eprintln!("The site was not built: {errors} problem(s) to fix. The previous site is unchanged.");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

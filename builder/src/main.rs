//! The `wijkwijzer` command: the only place where problems become coloured text and
//! exit codes.

mod report;
mod serve;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use wijkwijzer::{build, BuildError, BuildOptions};

#[derive(Parser)]
#[command(name = "wijkwijzer", version, about = "Build an accessible static site of local support from Markdown.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    match cli.command {
        Command::Build { root, output_dir, base_url, drafts } => {
            let opts = BuildOptions { output_dir, base_url, include_drafts: drafts, ..BuildOptions::new(root) };
            run(&opts, color)
        }
        Command::Check { root, strict, drafts } => {
            let opts = BuildOptions { include_drafts: drafts, strict, write: false, ..BuildOptions::new(root) };
            run(&opts, color)
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

fn run(opts: &BuildOptions, color: bool) -> ExitCode {
    match build(opts) {
        Ok(summary) => {
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
            eprintln!("{}", report::render_all(&ds, color));
            let errors = ds.iter().filter(|d| d.severity == wijkwijzer::diagnostics::Severity::Error).count();
            eprintln!("The site was not built: {errors} problem(s) to fix. The previous site is unchanged.");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

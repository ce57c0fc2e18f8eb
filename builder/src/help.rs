//! `--help` in the editor's language. clap's derive gives the structure; the words come
//! from the catalogue: a `cmd-…` message per command (`cmd-new-dienst` for `new dienst`)
//! with an attribute per argument. clap's own headings ("Usage", "Options") stay as clap
//! writes them.

use clap::Command;
use wijkwijzer::messages::Lang;

/// The top-level message; its attributes are the global arguments.
const ROOT: &str = "cmd-wijkwijzer";

pub fn localize(cmd: Command, lang: Lang) -> Command {
    localize_at(cmd, lang, ROOT.to_string())
}

fn localize_at(mut cmd: Command, lang: Lang, id: String) -> Command {
    let catalogue = lang.catalogue();
    if let Some(about) = catalogue.lookup(&id) {
        cmd = cmd.about(about);
    }
    for arg in argument_ids(&cmd) {
        if let Some(help) = catalogue.lookup(&format!("{id}.{arg}")) {
            cmd = cmd.mut_arg(arg, |a| a.help(help));
        }
    }
    for sub in cmd.get_subcommands().map(|s| s.get_name().to_string()).collect::<Vec<_>>() {
        let sub_id = if id == ROOT { format!("cmd-{sub}") } else { format!("{id}-{sub}") };
        cmd = cmd.mut_subcommand(sub, |s| localize_at(s, lang, sub_id));
    }
    cmd
}

/// The arguments a command declares itself (clap adds help and version).
fn argument_ids(cmd: &Command) -> Vec<String> {
    cmd.get_arguments().map(|a| a.get_id().to_string()).filter(|id| id != "help" && id != "version").collect()
}

/// `--lang xx` or `--lang=xx` anywhere on the command line, before clap has parsed it, so
/// that the help and clap's errors are already in that language.
pub fn lang_from_args(args: &[String]) -> Option<Lang> {
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => it.next().map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| v.trim().to_lowercase().parse().ok()) {
            return Some(lang);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use strum::VariantArray;

    use super::*;

    /// Every command and every argument has its words in both catalogues.
    #[test]
    fn every_command_and_argument_is_in_both_catalogues() {
        fn walk(cmd: &Command, id: &str, missing: &mut Vec<String>) {
            for lang in Lang::VARIANTS {
                let catalogue = lang.catalogue();
                if catalogue.lookup(id).is_none() && id != ROOT {
                    missing.push(format!("{lang:?} {id}"));
                }
                for arg in argument_ids(cmd) {
                    let key = format!("{id}.{arg}");
                    if catalogue.lookup(&key).is_none() {
                        missing.push(format!("{lang:?} {key}"));
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                let sub_id =
                    if id == ROOT { format!("cmd-{}", sub.get_name()) } else { format!("{id}-{}", sub.get_name()) };
                walk(sub, &sub_id, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&crate::Cli::command(), ROOT, &mut missing);
        assert!(missing.is_empty(), "not in the catalogue: {missing:?}");
    }

    #[test]
    fn help_reads_in_the_chosen_language() {
        let help = |lang| {
            let mut cmd = localize(crate::Cli::command(), lang);
            cmd.build();
            let mut check = cmd.find_subcommand_mut("check").expect("check").clone();
            check.render_help().to_string()
        };
        assert!(help(Lang::Nl).contains("Behandel waarschuwingen"), "{}", help(Lang::Nl));
        assert!(help(Lang::En).contains("Treat warnings"), "{}", help(Lang::En));
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let args = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(lang_from_args(&args("wijkwijzer check --lang en")), Some(Lang::En));
        assert_eq!(lang_from_args(&args("wijkwijzer --lang=nl build")), Some(Lang::Nl));
        assert_eq!(lang_from_args(&args("wijkwijzer check")), None);
    }
}

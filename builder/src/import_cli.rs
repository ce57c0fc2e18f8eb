//! `wijkwijzer import`: the CLI edge of `wijkwijzer::import`. Prints the report in the
//! editor's language, the mapping file to fill in, and with `--dry-run` the changes as
//! a diff.

use std::path::Path;
use std::process::ExitCode;

use wijkwijzer::diagnostics::{display_path, Severity};
use wijkwijzer::import::{self, ChangeKind, ImportError, Options, Plan, Target};
use wijkwijzer::messages::Lang;
use wijkwijzer::msg;

pub fn run(opts: &Options, dry_run: bool) -> ExitCode {
    let lang = opts.lang;
    let plan = match import::plan(opts) {
        Ok(plan) => plan,
        Err(ImportError::MappingNeeded { skeleton, words }) => {
            // The mapping file on standard output, so `> koppeling.toml` saves it.
            print!("{skeleton}");
            eprintln!("{}", ImportError::MappingNeeded { skeleton: String::new(), words }.message().text(lang));
            return ExitCode::from(2);
        }
        Err(e) => return fail(&e, lang),
    };
    if dry_run {
        println!("{}", msg!("import-dry-run").text(lang));
        print!("{}", diff(&plan));
    } else if let Err(e) = import::apply(opts.root, &plan) {
        return fail(&e, lang);
    }
    eprint!("{}", report(&plan, opts, lang));
    ExitCode::SUCCESS
}

/// `--template FILE`: the empty spreadsheet, and how to read it back in.
pub fn template(root: &Path, target: Target, file: &Path, lang: Lang) -> ExitCode {
    match import::write_template(root, target, file, lang) {
        Ok(()) => {
            let command = import::template_command(target, file);
            eprintln!("{}", msg!("import-template-written", file, command).text(lang));
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e, lang),
    }
}

fn fail(e: &ImportError, lang: Lang) -> ExitCode {
    eprintln!("{}: {}", Severity::Error.word(lang), e.message().text(lang));
    ExitCode::FAILURE
}

/// Every file that would change, as a unified diff.
fn diff(plan: &Plan) -> String {
    let mut out = String::new();
    for change in &plan.changes {
        let before = change.before.as_deref().unwrap_or("");
        let after = change.after.as_deref().unwrap_or("");
        if before == after {
            continue;
        }
        let name = display_path(&change.file);
        let (a, b) = (
            if change.before.is_some() { format!("a/{name}") } else { "/dev/null".into() },
            if change.after.is_some() { format!("b/{name}") } else { "/dev/null".into() },
        );
        out.push_str(&similar::TextDiff::from_lines(before, after).unified_diff().header(&a, &b).to_string());
    }
    out
}

fn report(plan: &Plan, opts: &Options, lang: Lang) -> String {
    let mut lines: Vec<String> =
        plan.warnings.iter().map(|w| format!("{}: {}", Severity::Warning.word(lang), w.text(lang))).collect();
    lines.push(
        msg!("import-summary", source = opts.source, gemeente = opts.target.name(), services = plan.services)
            .text(lang),
    );
    let counts = [
        (ChangeKind::New, msg!("import-count-new", count = plan.count(ChangeKind::New))),
        (ChangeKind::Updated, msg!("import-count-updated", count = plan.count(ChangeKind::Updated))),
        (ChangeKind::Unchanged, msg!("import-count-unchanged", count = plan.count(ChangeKind::Unchanged))),
        (ChangeKind::KeptEdited, msg!("import-count-kept", count = plan.count(ChangeKind::KeptEdited))),
        (ChangeKind::Missing, msg!("import-count-missing", count = plan.count(ChangeKind::Missing))),
        (ChangeKind::Removed, msg!("import-count-removed", count = plan.count(ChangeKind::Removed))),
    ];
    for (kind, m) in counts {
        if plan.count(kind) > 0 {
            lines.push(format!("  {}", m.text(lang)));
        }
    }
    if plan.elsewhere > 0 {
        lines.push(format!("  {}", msg!("import-count-elsewhere", count = plan.elsewhere).text(lang)));
    }
    for change in &plan.changes {
        let file = change.file.as_path();
        let m = if !change.kept.is_empty() {
            let fields: Vec<String> = change
                .kept
                .iter()
                .map(|f| match f.as_str() {
                    "*" => msg!("import-all-fields").text(lang),
                    // The field's own name, as the editor guide and the forms use it.
                    _ => f.rsplit('.').next().unwrap_or(f).to_string(),
                })
                .collect();
            msg!("import-kept-fields", file, fields = fields.join(", "))
        } else if change.kind == ChangeKind::Missing {
            msg!("import-missing-file", file)
        } else {
            continue;
        };
        lines.push(format!("  {}", m.text(lang)));
    }
    if !plan.drafts.is_empty() {
        lines.push(msg!("import-drafts", count = plan.drafts.len()).text(lang));
        for draft in &plan.drafts {
            lines.push(format!("  {}", display_path(&draft.file)));
            lines.extend(draft.problems.iter().map(|p| format!("    {}", p.text(lang))));
        }
    }
    if !plan.unmapped.is_empty() {
        lines.push(msg!("import-unmapped", count = plan.unmapped.len()).text(lang));
        for (field, (count, example)) in &plan.unmapped {
            let m = msg!("import-unmapped-field", field = field.as_str(), count = *count, example = example.as_str());
            lines.push(format!("  {}", m.text(lang)));
        }
    }
    lines.join("\n") + "\n"
}

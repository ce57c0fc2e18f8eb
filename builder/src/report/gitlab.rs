//! `--format gitlab`: a GitLab Code Quality report (the Code Climate fields GitLab
//! reads), shown in the merge request widget and on the changed lines.

use std::collections::HashMap;

use serde_json::json;

use super::Problem;

pub fn render(problems: &[Problem]) -> String {
    // The same problem in the same file is told apart by its order, so fingerprints stay
    // the same when lines move and differ between real problems. The message's id and
    // values, not its text, so the language of the report does not change them.
    let mut seen: HashMap<(String, &str, String), usize> = HashMap::new();
    let list: Vec<serde_json::Value> = problems
        .iter()
        .map(|p| {
            let what = p.d.message.key();
            let key = (p.path.clone(), p.d.code.id(), what.clone());
            let n = seen.entry(key).or_insert(0);
            *n += 1;
            let fingerprint =
                wijkwijzer::search_index::fnv1a(format!("{}\0{}\0{what}\0{n}", p.path, p.d.code).as_bytes());
            json!({
                "description": p.message_with_hint(),
                "check_name": p.d.code.id(),
                "fingerprint": format!("{fingerprint:016x}"),
                "severity": if p.is_error() { "major" } else { "minor" },
                "location": { "path": p.path, "lines": { "begin": p.start.map_or(1, |s| s.0) } },
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&list).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}

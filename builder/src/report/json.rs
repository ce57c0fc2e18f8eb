//! `--format json`: one object per problem.

use serde_json::json;

use super::Problem;

pub fn render(problems: &[Problem]) -> String {
    let list: Vec<serde_json::Value> = problems
        .iter()
        .map(|p| {
            json!({
                "file": p.path,
                "line": p.start.map(|s| s.0),
                "column": p.start.map(|s| s.1),
                "end_line": p.end.map(|e| e.0),
                "end_column": p.end.map(|e| e.1),
                "severity": if p.is_error() { "error" } else { "warning" },
                "code": p.d.code.id(),
                "message": p.message,
                "hint": p.help,
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&list).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}

//! `--format sarif`: SARIF 2.1.0 (OASIS), for GitHub code scanning and reviewdog.

use std::collections::BTreeMap;

use serde_json::json;

use wijkwijzer::messages::Lang;

use super::Problem;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn render(problems: &[Problem], lang: Lang) -> String {
    let codes: BTreeMap<&str, _> = problems.iter().map(|p| (p.d.code.id(), p.d.code)).collect();
    let rules: Vec<serde_json::Value> = codes
        .iter()
        .map(|(id, code)| json!({ "id": id, "name": format!("{code:?}"), "shortDescription": { "text": code.uitleg().text(lang) } }))
        .collect();
    let results: Vec<serde_json::Value> = problems
        .iter()
        .map(|p| {
            let mut location = json!({ "artifactLocation": { "uri": uri(&p.path), "uriBaseId": "%SRCROOT%" } });
            if let Some((line, col)) = p.start {
                let mut region = json!({ "startLine": line, "startColumn": col });
                if let Some((end_line, end_col)) = p.end {
                    region["endLine"] = json!(end_line);
                    region["endColumn"] = json!(end_col);
                }
                location["region"] = region;
            }
            json!({
                "ruleId": p.d.code.id(),
                "level": if p.is_error() { "error" } else { "warning" },
                "message": { "text": p.message_with_hint() },
                "locations": [{ "physicalLocation": location }],
            })
        })
        .collect();
    let report = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "wijkwijzer",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
            // Columns count characters, as the human report does.
            "columnKind": "unicodeCodePoints",
        }],
    });
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into());
    out.push('\n');
    out
}

/// A repository path as a relative URI reference: every byte outside the unreserved and
/// sub-delimiter characters is percent-encoded (`:` too, or `a:b.md` would read as a
/// scheme).
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths_become_relative_uri_references() {
        assert_eq!(super::uri("site/content/kom,binnen:nu.md"), "site/content/kom,binnen%3Anu.md");
        assert_eq!(super::uri("content/één pagina.md"), "content/%C3%A9%C3%A9n%20pagina.md");
    }
}

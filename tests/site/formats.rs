//! `wijkwijzer check --format json|github|gitlab|sarif`: the same planted problems in
//! every format, paths from the git repository's root (the site is in a subfolder), the
//! workflow-command escaping GitHub needs, and SARIF valid against the OASIS schema.

use std::path::Path;
use std::process::Command;

use crate::support::{page, REGION_CONFIG as CONFIG};

/// A repository with the site in `site/` and three problems: an unknown need in a file
/// whose name holds `,` and `:`, an unknown kind with `%` in it, and an unknown front
/// matter field (a warning).
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let git = Command::new("git").args(["init", "-q"]).current_dir(dir.path()).status().expect("git");
    assert!(git.success());
    let service = |needs: &str, kind: &str| {
        page(
            &format!("title = \"Inloop\"\ndescription = \"Koffie.\"\n[taxonomies]\nbehoeften = [{needs}]\n[extra.dienst]\nsoort = \"{kind}\"\norganisatie = \"Stichting\"\nwijken = [\"hele-gemeente\"]\ntoegang = \"vrij\"\nkosten = \"gratis\"\ntelefoon = [\"0575 123 456\"]\ngecontroleerd = 2099-01-01"),
            "Tekst.",
        )
    };
    let files = [
        ("site/config.toml", CONFIG.to_string()),
        ("site/content/_index.md", page("title = \"Home\"", "")),
        ("site/content/a.md", page("title = \"A\"\ntitel = \"typo\"", "")),
        ("site/content/gemeenten/_index.md", page("title = \"Gemeenten\"", "")),
        ("site/content/gemeenten/dorp/_index.md", page("title = \"Dorp\"\n[extra.gemeente]\ncode = \"GM9999\"", "")),
        ("site/content/gemeenten/dorp/kom,binnen:nu.md", service("\"praatjes\"", "inloop")),
        ("site/content/gemeenten/dorp/korting.md", service("\"praten\"", "50%korting")),
    ];
    for (rel, text) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    dir
}

/// `check --format FORMAT` on the site in `repo`; (exit code, stdout).
fn check(repo: &Path, format: &str, extra: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
        .args(["check", "--root"])
        .arg(repo.join("site"))
        .args(["--format", format])
        .args(extra)
        .env("NO_COLOR", "1")
        .env("WIJKWIJZER_LANG", "en")
        .output()
        .expect("run wijkwijzer");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

const NEED_FILE: &str = "site/content/gemeenten/dorp/kom,binnen:nu.md";

#[test]
fn json_has_one_object_per_problem() {
    let repo = repo();
    let (code, out) = check(repo.path(), "json", &[]);
    assert_eq!(code, 1);
    let list: Vec<serde_json::Value> = serde_json::from_str(&out).expect("a JSON array");
    assert_eq!(list.len(), 3, "{out}");
    let need = list.iter().find(|p| p["code"] == "WW0505").expect("unknown need");
    assert_eq!(need["file"], NEED_FILE);
    assert_eq!((need["line"].as_u64(), need["column"].as_u64()), (Some(5), Some(15)));
    assert_eq!(need["severity"], "error");
    assert_eq!(need["message"], "unknown need `praatjes`");
    assert!(need["hint"].as_str().unwrap_or_default().starts_with("Did you mean `praten`?"), "{need}");
    let warning = list.iter().find(|p| p["code"] == "WW0209").expect("unknown field");
    assert_eq!((warning["file"].as_str(), warning["severity"].as_str()), (Some("site/content/a.md"), Some("warning")));
}

#[test]
fn github_annotations_are_escaped() {
    let repo = repo();
    let (code, out) = check(repo.path(), "github", &[]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    let need = lines.iter().find(|l| l.contains("title=WW0505")).expect("unknown need");
    assert!(
        need.starts_with("::error file=site/content/gemeenten/dorp/kom%2Cbinnen%3Anu.md,line=5,col=15,endLine=5,endColumn=23,title=WW0505::unknown need `praatjes`%0ADid you mean `praten`?"),
        "{need}"
    );
    let kind = lines.iter().find(|l| l.contains("title=WW0506")).expect("unknown kind");
    assert!(kind.contains("::unknown kind of service `50%25korting`%0A"), "{kind}");
    let warning = lines.iter().find(|l| l.starts_with("::warning ")).expect("a warning");
    assert!(warning.starts_with("::warning file=site/content/a.md,line=3,col=1,"), "{warning}");
}

#[test]
fn gitlab_code_quality_report() {
    let repo = repo();
    let (code, out) = check(repo.path(), "gitlab", &[]);
    assert_eq!(code, 1);
    let list: Vec<serde_json::Value> = serde_json::from_str(&out).expect("a JSON array");
    assert_eq!(list.len(), 3);
    let mut fingerprints = std::collections::HashSet::new();
    for p in &list {
        assert!(p["description"].is_string() && p["check_name"].is_string(), "{p}");
        assert!(["major", "minor"].contains(&p["severity"].as_str().unwrap_or_default()), "{p}");
        assert!(p["location"]["path"].as_str().unwrap_or_default().starts_with("site/content/"), "{p}");
        assert!(p["location"]["lines"]["begin"].as_u64().is_some_and(|l| l >= 1), "{p}");
        assert!(fingerprints.insert(p["fingerprint"].as_str().unwrap_or_default().to_string()), "unique: {p}");
    }
    let need = list.iter().find(|p| p["check_name"] == "WW0505").expect("unknown need");
    assert_eq!(
        (need["location"]["path"].as_str(), need["location"]["lines"]["begin"].as_u64()),
        (Some(NEED_FILE), Some(5))
    );
    // Fingerprints stay the same from run to run.
    let (_, again) = check(repo.path(), "gitlab", &[]);
    assert_eq!(out, again);
}

#[test]
fn sarif_validates_against_the_oasis_schema_and_can_go_to_a_file() {
    let repo = repo();
    let file = repo.path().join("wijkwijzer.sarif");
    let (code, out) = check(repo.path(), "sarif", &["--output", file.to_str().expect("utf-8 path")]);
    assert_eq!(code, 1);
    assert_eq!(out, "", "the report went to the file");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("report written")).expect("JSON");
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/sarif-2.1.0/sarif-schema-2.1.0.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).expect("schema")).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator.iter_errors(&report).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let results = report["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 3);
    let need = results.iter().find(|r| r["ruleId"] == "WW0505").expect("unknown need");
    let location = &need["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "site/content/gemeenten/dorp/kom,binnen%3Anu.md");
    assert_eq!(
        (location["region"]["startLine"].as_u64(), location["region"]["startColumn"].as_u64()),
        (Some(5), Some(15))
    );
    let rules: Vec<&str> = report["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert_eq!(rules, ["WW0209", "WW0505", "WW0506"]);
}

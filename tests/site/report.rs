//! `wijkwijzer report`: the freshness report on a site with planted old dates, in every
//! format.

use std::path::Path;

/// `wijkwijzer` in `cwd`: (exit code, stdout, stderr).
fn wijkwijzer(args: &[&str], cwd: &Path) -> (i32, String, String) {
    let out = crate::support::cli(args, cwd);
    (out.code, out.stdout, out.stderr)
}

fn service(title: &str, checked: &str, contact: &str) -> String {
    format!(
        "+++\ntitle = \"{title}\"\ndescription = \"Kort.\"\n[taxonomies]\nbehoeften = [\"praten\"]\n[extra.dienst]\nsoort = \"inloop\"\norganisatie = \"Stichting\"\nwijken = [\"hele-gemeente\"]\ntoegang = \"vrij\"\nkosten = \"gratis\"\ngecontroleerd = {checked}\n{contact}\n+++\nKom langs. We drinken koffie.\n"
    )
}

fn site() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().expect("temp");
    let (code, _, err) = wijkwijzer(&["init", "site", "--gemeente", "Brummen", "--code", "GM0213"], tmp.path());
    assert_eq!(code, 0, "{err}");
    let root = tmp.path().join("site");
    let dir = root.join("content/gemeenten/brummen");
    let write = |name: &str, text: String| std::fs::write(dir.join(name), text).expect("write");
    write(
        "oud.md",
        service("Oude inloop", "2024-11-01", "telefoon = [\"0575 123 456\"]\nopeningstijden = \"Mo 10:00-12:00\""),
    );
    write("nieuw.md", service("Nieuwe inloop", "2026-11-01", "email = \"nieuw@voorbeeld.nl\""));
    write(
        "half.md",
        service(
            "Halve inloop",
            "2026-06-01",
            "telefoon = [\"0575 999 888\"]\n[[extra.dienst.locaties]]\nadres = \"Dorpsstraat 1\"\nplaats = \"Brummen\"",
        ),
    );
    (tmp, root)
}

#[test]
fn overdue_services_come_first_with_what_they_lack() {
    let (_tmp, root) = site();
    let (code, out, err) = wijkwijzer(&["report"], &root);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Brummen: 3 diensten, waarvan 1 te lang niet nagekeken\n"), "{out}");
    let order: Vec<usize> =
        ["! Oude inloop", "  Halve inloop", "  Nieuwe inloop"].iter().map(|t| out.find(t).expect(t)).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "oldest first:\n{out}");
    assert!(out.contains("nagekeken op 2024-11-01 (760 dagen geleden)"), "{out}");
    assert!(out.contains("Nieuwe inloop — nagekeken op 2026-11-01 (30 dagen geleden) — nieuw@voorbeeld.nl — ontbreekt: openingstijden, telefoon, locatie"), "{out}");
    assert!(out.contains("Halve inloop — nagekeken op 2026-06-01 (183 dagen geleden) — 0575 999 888 — ontbreekt: openingstijden, wijk"), "{out}");
    assert!(out.contains("gemiddeld 2,5 woorden per zin, 0% lange woorden, eenvoudig Nederlands (B1)"), "{out}");

    // Only what is older than three months; in English on request.
    let (_, out, _) = wijkwijzer(&["report", "--ouder-dan", "3m", "--lang", "en"], &root);
    assert!(out.starts_with("Brummen: 2 services, 1 not checked for too long\n"), "{out}");
    assert!(!out.contains("Nieuwe inloop") && out.contains("checked on 2024-11-01 (760 days ago)"), "{out}");
}

#[test]
fn markdown_csv_and_json_say_the_same() {
    let (_tmp, root) = site();
    let (_, md, _) = wijkwijzer(&["report", "--format", "md"], &root);
    assert!(md.contains("| Dienst | Nagekeken | Contact | Ontbreekt | Leesbaarheid |"), "{md}");
    assert!(md.contains("| Oude inloop (`content/gemeenten/brummen/oud.md`) | ⚠️ nagekeken op 2024-11-01"), "{md}");

    let (_, csv, _) = wijkwijzer(&["report", "--format", "csv"], &root);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][1], "Oude inloop");
    assert_eq!((&rows[0][4], &rows[0][5]), ("760", "true"));
    assert_eq!(&rows[2][8], "openingstijden, telefoon, locatie");

    let out = root.join("verslag.json");
    let (code, _, err) = wijkwijzer(&["report", "--format", "json", "--output", out.to_str().expect("utf-8")], &root);
    assert_eq!(code, 0, "{err}");
    let json: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("file")).expect("JSON");
    assert_eq!(json.len(), 3);
    assert_eq!(json[0]["dagen"], 760);
    assert_eq!(json[0]["te_laat"], true);
    assert_eq!(json[2]["ontbreekt"], serde_json::json!(["openingstijden", "telefoon", "locatie"]));
    assert_eq!(json[1]["b1"], true);
}

/// One RFC 5322 e-mail per provider address, from the editors' address, with the
/// provider's services as the site shows them; the same bytes every run. Services
/// without an address are listed to call.
#[test]
fn mails_to_providers_parse_and_name_their_services() {
    let (tmp, root) = site();
    let dir = tmp.path().join("mails");
    let args = ["report", "--mails", dir.to_str().expect("utf-8")];
    let (code, _, err) = wijkwijzer(&args, &root);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("1 e-mail klaargezet"), "{err}");
    assert!(err.contains("2 diensten hebben geen e-mailadres. Bel ze na:"), "{err}");
    assert!(
        err.contains("Oude inloop (Stichting): 0575 123 456") && err.contains("Halve inloop (Stichting): 0575 999 888")
    );

    let files: Vec<_> = std::fs::read_dir(&dir).expect("mails").flatten().map(|e| e.path()).collect();
    assert_eq!(files.len(), 1);
    let bytes = std::fs::read(&files[0]).expect("eml");
    let mail = mail_parser::MessageParser::default().parse(&bytes).expect("an RFC 5322 message");
    let address =
        |a: Option<&mail_parser::Address>| a.and_then(|a| a.first()).and_then(|a| a.address()).map(str::to_string);
    assert_eq!(address(mail.from()).as_deref(), Some("info@brummen.example.nl"));
    assert_eq!(address(mail.to()).as_deref(), Some("nieuw@voorbeeld.nl"));
    assert_eq!(mail.subject(), Some("Kloppen de gegevens van Stichting op Steun dichtbij in Brummen?"));
    assert_eq!(mail.date().map(|d| (d.year, d.month, d.day)), Some((2026, 12, 1)));
    let body = mail.body_text(0).expect("text").into_owned();
    assert!(body.starts_with("Beste Stichting,"), "{body}");
    for line in [
        "Nieuwe inloop",
        "- Op de site: https://brummen.example.nl/gemeenten/brummen/nieuw/",
        "- E-mail: nieuw@voorbeeld.nl",
        "- Laatst nagekeken: 2026-11-01",
    ] {
        assert!(body.contains(line), "missing `{line}` in:\n{body}");
    }
    assert!(!body.contains("Oude inloop"), "only this provider's services");

    // The same again, byte for byte.
    assert_eq!(wijkwijzer(&args, &root).0, 0);
    assert_eq!(std::fs::read(&files[0]).expect("eml"), bytes);

    // Without the editors' address there is no sender: a clear error, no mails.
    let config = root.join("config.toml");
    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(&config, text.replace("redactieadres", "# redactieadres")).expect("write");
    let other = tmp.path().join("geen");
    let (code, _, err) = wijkwijzer(&["report", "--mails", other.to_str().expect("utf-8")], &root);
    assert_eq!(code, 1);
    assert!(err.contains("redactieadres = \"redactie@gemeente.nl\""), "{err}");
    assert!(!other.exists());
}

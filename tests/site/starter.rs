//! An editor's path from nothing: `init` a site, check and build it, add a service with
//! `new dienst`, see what to fill in, fill it in, build again. And the ways `init` and
//! `new` refuse bad input without leaving anything half-written.

use std::path::Path;

/// `wijkwijzer` in `root`: (exit code, stderr).
fn wijkwijzer(args: &[&str], root: &Path) -> (i32, String) {
    let out = crate::support::cli(args, root);
    (out.code, out.stderr)
}

#[test]
fn init_check_build_new_dienst_fill_in_build() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let (code, err) = wijkwijzer(&["init", "brummen", "--gemeente", "Brummen", "--code", "GM0213"], tmp.path());
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("REDACTIE.md"), "{err}");
    let site = tmp.path().join("brummen");
    for file in [
        "config.toml",
        "REDACTIE.md",
        ".gitignore",
        "content/_index.md",
        "content/nu-hulp.md",
        "content/zorgen-om-iemand.md",
        "content/beschermd-thuis.md",
        "content/privacy.md",
        "content/toegankelijkheid.md",
        "content/gemeenten/brummen/_index.md",
        ".github/workflows/wijkwijzer.yml",
        ".gitlab-ci.yml",
        ".forgejo/workflows/wijkwijzer.yml",
    ] {
        assert!(site.join(file).is_file(), "{file} is written");
    }
    // The CI files run the wijkwijzer that wrote them (scripts/test-ci-files lints them).
    let pin = format!("WIJKWIJZER_VERSION: \"{}\"", env!("CARGO_PKG_VERSION"));
    for ci in [".github/workflows/wijkwijzer.yml", ".gitlab-ci.yml", ".forgejo/workflows/wijkwijzer.yml"] {
        let text = std::fs::read_to_string(site.join(ci)).expect("ci file");
        assert!(text.contains(&pin) && !text.contains("{%"), "{ci}:\n{text}");
    }
    let guide = std::fs::read_to_string(site.join("REDACTIE.md")).expect("guide");
    assert!(guide.contains("| WW0505 |") && guide.contains("toegankelijkheidsverklaring.nl"), "{guide}");
    let config = std::fs::read_to_string(site.join("config.toml")).expect("config");
    assert!(config.contains("nummer = \"113\"") && config.contains("bron = \"https://www.113.nl/\""), "{config}");

    let (code, err) = wijkwijzer(&["check", "--strict"], &site);
    assert_eq!(code, 0, "a new site passes check --strict:\n{err}");
    let (code, err) = wijkwijzer(&["build"], &site);
    assert_eq!(code, 0, "{err}");
    let home = std::fs::read_to_string(site.join("public/index.html")).expect("home page");
    assert!(home.contains("Steun dichtbij in Brummen") && home.contains("0800-0113"), "{home}");

    let (code, err) = wijkwijzer(&["new", "dienst", "--gemeente", "brummen", "Inloop De Brug"], &site);
    assert_eq!(code, 0, "{err}");
    let file = site.join("content/gemeenten/brummen/inloop-de-brug.md");
    let text = std::fs::read_to_string(&file).expect("service file");
    assert!(
        text.contains("#   praten  (Iemand om mee te praten)") || text.contains("#   praten  ("),
        "needs are listed:\n{text}"
    );
    assert!(text.contains("Kies één van: vrij, aanmelden, verwijzing, wmo-beschikking"), "{text}");

    // Check names exactly what is still empty, in Dutch: the editor's language.
    let (code, err) = wijkwijzer(&["check"], &site);
    assert_eq!(code, 1, "{err}");
    for (code, what) in [
        ("WW0502", "een dienst heeft een beschrijving nodig"),
        ("WW0504", "minstens één behoefte"),
        ("WW0520", "`soort` ontbreekt of is leeg"),
        ("WW0520", "`organisatie` ontbreekt of is leeg"),
        ("WW0520", "`toegang` ontbreekt of is leeg"),
        ("WW0520", "`kosten` ontbreekt of is leeg"),
        ("WW0518", "een manier nodig om hem te bereiken"),
    ] {
        assert!(
            err.lines().any(|l| l.starts_with(&format!("fout[{code}]: content/gemeenten/brummen/inloop-de-brug.md:"))
                && l.contains(what)),
            "{code} {what}:\n{err}"
        );
    }
    assert!(err.contains("zo los je het op: Zet organisatie = \"...\" in dit blok"), "{err}");
    assert!(err.contains("Er zijn 7 fouten om op te lossen."), "{err}");
    // The same check in English, asked for with --lang.
    let (code, err) = wijkwijzer(&["check", "--lang", "en"], &site);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.lines().any(|l| l.starts_with("error[WW0520]: content/gemeenten/brummen/inloop-de-brug.md:")
            && l.contains("`organisatie` is missing or empty")),
        "{err}"
    );
    assert!(err.contains("7 problems to fix."), "{err}");

    let filled = text
        .replace("description = \"\"", "description = \"Koffie en een praatje, elke dinsdag.\"")
        .replace("behoeften = []", "behoeften = [\"praten\"]")
        .replace("soort = \"\"", "soort = \"inloop\"")
        .replace("organisatie = \"\"", "organisatie = \"Stichting De Brug\"")
        .replace("toegang = \"\"", "toegang = \"vrij\"")
        .replace("kosten = \"\"", "kosten = \"gratis\"")
        .replace("telefoon = []", "telefoon = [\"0575 123 456\"]");
    std::fs::write(&file, filled).expect("fill in");
    let (code, err) = wijkwijzer(&["check", "--strict"], &site);
    assert_eq!(code, 0, "{err}");
    let (code, err) = wijkwijzer(&["build"], &site);
    assert_eq!(code, 0, "{err}");
    let page = std::fs::read_to_string(site.join("public/gemeenten/brummen/inloop-de-brug/index.html")).expect("page");
    assert!(page.contains("Stichting De Brug"), "{page}");

    // A page and a second municipality, both valid at once.
    assert_eq!(wijkwijzer(&["new", "pagina", "over-ons", "Over deze site"], &site).0, 0);
    assert_eq!(wijkwijzer(&["new", "gemeente", "Voorst", "--code", "GM0285"], &site).0, 0);
    let (code, err) = wijkwijzer(&["check", "--strict"], &site);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn init_reads_wijken_and_refuses_bad_input_leaving_nothing_behind() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        tmp.path().join("wijken.csv"),
        "slug,naam,code,postcodes\ncentrum,Centrum,WK021300,6971 6972\neerbeek,Eerbeek,,6961\n",
    )
    .expect("csv");
    let (code, err) = wijkwijzer(
        &["init", "site", "--gemeente", "Brummen", "--code", "GM0213", "--wijken", "wijken.csv"],
        tmp.path(),
    );
    assert_eq!(code, 0, "{err}");
    let section =
        std::fs::read_to_string(tmp.path().join("site/content/gemeenten/brummen/_index.md")).expect("gemeente");
    assert!(
        section.contains("slug = \"eerbeek\"") && section.contains("postcodes = [\"6971\", \"6972\"]"),
        "{section}"
    );
    let (code, err) = wijkwijzer(&["build"], &tmp.path().join("site"));
    assert_eq!(code, 0, "{err}");
    assert!(tmp.path().join("site/public/gemeenten/brummen/wijk/eerbeek/index.html").is_file());

    // A bad row: the file and line are named, and no folder is left.
    std::fs::write(
        tmp.path().join("fout.csv"),
        "slug,naam,code,postcodes\ncentrum,Centrum,,6971\nHet Zand,Het Zand,,697\n",
    )
    .expect("csv");
    let (code, err) =
        wijkwijzer(&["init", "nieuw", "--gemeente", "Brummen", "--code", "GM0213", "--wijken", "fout.csv"], tmp.path());
    assert_eq!(code, 1);
    assert!(err.contains("fout.csv, regel 3") && err.contains("Het Zand"), "{err}");
    assert!(!tmp.path().join("nieuw").exists());
    // A wijk code `check` would reject is refused here already.
    std::fs::write(tmp.path().join("code.csv"), "slug,naam,code,postcodes\ncentrum,Centrum,WK1,6971\n").expect("csv");
    let (code, err) =
        wijkwijzer(&["init", "nieuw", "--gemeente", "Brummen", "--code", "GM0213", "--wijken", "code.csv"], tmp.path());
    assert!(code == 1 && err.contains("code.csv, regel 2") && err.contains("`WK1` is geen CBS-wijkcode"), "{err}");
    assert!(!tmp.path().join("nieuw").exists());

    // Not over an existing site, and not with a made-up code.
    let (code, err) = wijkwijzer(&["init", "site", "--gemeente", "Brummen", "--code", "GM0213"], tmp.path());
    assert_eq!(code, 1);
    assert!(err.contains("is niet leeg"), "{err}");
    let (code, err) = wijkwijzer(&["init", "ander", "--gemeente", "Brummen", "--code", "0213"], tmp.path());
    assert_eq!(code, 1);
    assert!(err.contains("CBS-gemeentecode"), "{err}");
    assert!(!tmp.path().join("ander").exists());
    assert_no_staging_left(tmp.path());

    // In the (empty) folder the editor stands in.
    std::fs::create_dir(tmp.path().join("hier")).expect("mkdir");
    let (code, err) = wijkwijzer(&["init", ".", "--gemeente", "Voorst", "--code", "GM0285"], &tmp.path().join("hier"));
    assert_eq!(code, 0, "{err}");
    assert!(tmp.path().join("hier/content/gemeenten/voorst/_index.md").is_file());
    assert_no_staging_left(tmp.path());

    // `new` never writes over a file, nor outside content/gemeenten/.
    let (code, _) = wijkwijzer(&["new", "dienst", "--gemeente", "..", "Iets"], &tmp.path().join("site"));
    assert_eq!(code, 1);
    assert!(!tmp.path().join("site/content/iets.md").exists());
    let (code, _) = wijkwijzer(&["new", "pagina", "privacy", "Privacy"], &tmp.path().join("site"));
    assert_eq!(code, 1);
}

/// `init` stages beside its target; nothing of that may stay behind.
fn assert_no_staging_left(dir: &Path) {
    let leftovers: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("wijkwijzer-init"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

//! Decap CMS's `config.yml`, made from the content contract (CONTENT.md §3–§4), the
//! site's own lists in config.toml and its municipalities, so that the form can only
//! offer what `wijkwijzer check` accepts. Labels and help texts come from the message
//! catalogue, in Dutch, like every other text an editor reads.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::{Backend, Redactie};
use crate::config::Config;
use crate::content::Library;
use crate::directory::fields::SHORT_TEXT_MAX_CHARS;
use crate::directory::{
    ClosedList, Directory, Doelgroep, Kosten, Status, Toegang, Toegankelijkheid, DIENST_KEYS, GEMEENTE_KEYS,
    HELE_GEMEENTE, LOCATIE_KEYS, WIJK_KEYS,
};
use crate::messages::{Lang, Message};

/// Up to this many municipalities each gets its own collection of services: the form
/// then offers exactly its wijken and new services land in its folder. Beyond it (a
/// national site) one nested collection over their common folder keeps the side bar
/// usable; its wijk list names each wijk with its municipality.
pub const COLLECTION_PER_GEMEENTE_UP_TO: usize = 30;

/// The editor guide's section on opening hours, as the forge shows the site's own
/// REDACTIE.md (a link the editor follows, not a request the editor makes).
fn guide_opening_hours(r: &Redactie) -> String {
    let forge = r.forge();
    let (repo, branch) = (&r.repository, &r.branch);
    let file = "REDACTIE.md#openingstijden";
    match r.backend {
        Backend::Github => format!("{}/{repo}/blob/{branch}/{file}", forge.unwrap_or("https://github.com")),
        Backend::Gitlab => format!("{}/{repo}/-/blob/{branch}/{file}", forge.unwrap_or("https://gitlab.com")),
        Backend::Gitea | Backend::Forgejo => format!("{}/{repo}/src/branch/{branch}/{file}", forge.unwrap_or_default()),
    }
}

/// Decap's local backend (`npx decap-server`), tried only when the editor is opened on
/// the editor's own computer; the page may reach it by either loopback name.
pub const LOCAL_BACKEND_ORIGINS: [&str; 2] = ["http://localhost:8081", "http://127.0.0.1:8081"];

fn nl(id: &'static str) -> String {
    Message::new(id).text(Lang::Nl)
}

/// A field with its label and help text from the catalogue (`redactie-label.<key>`,
/// `redactie-hint.<key>`).
fn field(name: &str, label: &'static str, hint: Option<&'static str>, widget: &str) -> Map<String, Value> {
    let mut f = Map::new();
    f.insert("name".into(), name.into());
    f.insert("label".into(), nl(label).into());
    f.insert("widget".into(), widget.into());
    if let Some(hint) = hint {
        f.insert("hint".into(), nl(hint).into());
    }
    f
}

fn with(mut f: Map<String, Value>, extra: Value) -> Value {
    if let Value::Object(more) = extra {
        f.extend(more);
    }
    Value::Object(f)
}

fn options(pairs: impl IntoIterator<Item = (String, String)>) -> Value {
    pairs.into_iter().map(|(value, label)| json!({ "label": label, "value": value })).collect()
}

fn closed<T: ClosedList>() -> Value {
    options(T::VARIANTS.iter().map(|v| (v.slug().to_string(), capitalised(v.label()))))
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The patterns Decap can check while typing; `check` applies the full rules.
mod pattern {
    /// Digits, spaces, `-`, `+`, brackets: the characters a Dutch number is written with.
    pub const PHONE: &str = r"^[+(]?[0-9][0-9 ()-]{1,18}[0-9]$";
    pub const POSTCODE: &str = r"^[1-9][0-9]{3} ?[A-Z]{2}$";
    pub const EMAIL: &str = r"^[^@\s]+@[^@\s]+\.[^@\s]+$";
    pub const WEBSITE: &str = r"^https?://[^\s]+\.[^\s]+$";
    pub const LANGUAGE: &str = r"^[a-z]{2}$";
    pub const PC4: &str = r"^[1-9][0-9]{3}$";
    pub const GEMEENTE_CODE: &str = r"^GM[0-9]{4}$";
}

fn pattern(regex: &str, message: &'static str) -> Value {
    json!([regex, nl(message)])
}

/// What a service's form is made from besides the contract.
struct Form<'a> {
    r: &'a Redactie,
    dir: &'a Directory,
    /// The wijken a service may name (with "hele gemeente"), and those of a location.
    wijken: &'a [(String, String)],
    location_wijken: &'a [(String, String)],
}

/// A key the form has no widget for yet: still offered, as text, so that the form never
/// drops a field of the contract.
fn plain(key: &str) -> Value {
    json!({ "name": key, "label": key, "widget": "string", "required": false })
}

fn opening_hours(form: &Form) -> Value {
    let hint = format!(
        "{} [{}]({})",
        nl("redactie-hint.openingstijden"),
        nl("redactie-hint.handleiding"),
        guide_opening_hours(form.r)
    );
    with(
        field("openingstijden", "redactie-label.openingstijden", None, "string"),
        json!({ "required": false, "hint": hint }),
    )
}

/// A date without a time, picked from a calendar: written as a TOML date, as the
/// contract has it (with the editor script's help, see `Generated::dates`).
fn day(key: &str, label: &'static str, hint: &'static str, required: bool) -> Value {
    let mut config =
        json!({ "format": "YYYY-MM-DD", "date_format": "D-M-YYYY", "time_format": false, "picker_utc": true });
    if !required {
        config["required"] = json!(false);
    }
    with(field(key, label, Some(hint), "datetime"), config)
}

/// A location's field, by its key in the contract (`LOCATIE_KEYS`).
fn locatie_field(key: &str, form: &Form) -> Value {
    match key {
        "naam" => with(field(key, "redactie-label.locatie-naam", None, "string"), json!({ "required": false })),
        "adres" => with(
            field(key, "redactie-label.adres", Some("redactie-hint.adres"), "string"),
            json!({ "required": false }),
        ),
        "postcode" => with(
            field(key, "redactie-label.postcode", Some("redactie-hint.postcode"), "string"),
            json!({ "required": false, "pattern": pattern(pattern::POSTCODE, "redactie-pattern.postcode") }),
        ),
        "plaats" => with(field(key, "redactie-label.plaats", None, "string"), json!({ "required": false })),
        "wijk" => with(
            field(key, "redactie-label.locatie-wijk", Some("redactie-hint.locatie-wijk"), "select"),
            json!({ "required": false, "options": options(form.location_wijken.iter().cloned()) }),
        ),
        "toegankelijkheid" => with(
            field(key, "redactie-label.toegankelijkheid", None, "select"),
            json!({ "required": false, "multiple": true, "options": closed::<Toegankelijkheid>() }),
        ),
        "openingstijden" => opening_hours(form),
        other => plain(other),
    }
}

/// A service's field, by its key in the contract (`DIENST_KEYS`): required unless the
/// contract says it is optional.
fn dienst_field(key: &str, form: &Form) -> Value {
    let dir = form.dir;
    match key {
        "soort" => with(
            field(key, "redactie-label.soort", None, "select"),
            json!({ "options": options(dir.region.soorten.iter().map(|k| (k.slug.clone(), k.label.clone()))) }),
        ),
        "organisatie" => {
            with(field(key, "redactie-label.organisatie", Some("redactie-hint.organisatie"), "string"), json!({}))
        }
        "wijken" => {
            let mut config = json!({ "multiple": true, "min": 1, "options": options(form.wijken.iter().cloned()) });
            // A region's services are for all its municipalities: nothing to choose.
            if let [(only, _)] = form.wijken {
                config["default"] = json!([only]);
            }
            with(field(key, "redactie-label.wijken", Some("redactie-hint.wijken"), "select"), config)
        }
        "doelgroep" => with(
            field(key, "redactie-label.doelgroep", Some("redactie-hint.doelgroep"), "select"),
            json!({ "required": false, "multiple": true, "options": closed::<Doelgroep>() }),
        ),
        "toegang" => {
            with(field(key, "redactie-label.toegang", None, "select"), json!({ "options": closed::<Toegang>() }))
        }
        "kosten" => with(field(key, "redactie-label.kosten", None, "select"), json!({ "options": closed::<Kosten>() })),
        "status" => with(
            field(key, "redactie-label.status", Some("redactie-hint.status"), "select"),
            json!({ "required": false, "options": closed::<Status>() }),
        ),
        "gesloten_tot" => day(key, "redactie-label.gesloten_tot", "redactie-hint.gesloten_tot", false),
        "melding" => with(
            field(key, "redactie-label.melding", Some("redactie-hint.melding"), "string"),
            // One line of at most so many characters.
            json!({ "required": false, "pattern": pattern(&format!("^.{{1,{SHORT_TEXT_MAX_CHARS}}}$"), "redactie-pattern.melding") }),
        ),
        "melding_tot" => day(key, "redactie-label.melding_tot", "redactie-hint.melding_tot", false),
        "telefoon" => with(
            field(key, "redactie-label.telefoon", Some("redactie-hint.telefoon"), "list"),
            json!({
                "required": false,
                "label_singular": nl("redactie-label.nummer"),
                "field": with(
                    field("nummer", "redactie-label.nummer", None, "string"),
                    json!({ "pattern": pattern(pattern::PHONE, "redactie-pattern.telefoon") }),
                ),
            }),
        ),
        "email" => with(
            field(key, "redactie-label.email", Some("redactie-hint.email"), "string"),
            json!({ "required": false, "pattern": pattern(pattern::EMAIL, "redactie-pattern.email") }),
        ),
        "website" => with(
            field(key, "redactie-label.website", None, "string"),
            json!({ "required": false, "pattern": pattern(pattern::WEBSITE, "redactie-pattern.website") }),
        ),
        "talen" => with(
            field(key, "redactie-label.talen", Some("redactie-hint.talen"), "list"),
            json!({
                "required": false,
                "label_singular": nl("redactie-label.taal"),
                "field": with(
                    field("taal", "redactie-label.taal", None, "string"),
                    json!({ "pattern": pattern(pattern::LANGUAGE, "redactie-pattern.taal") }),
                ),
            }),
        ),
        "openingstijden" => opening_hours(form),
        "gecontroleerd" => day(key, "redactie-label.gecontroleerd", "redactie-hint.gecontroleerd", true),
        "voorbeeld" => with(
            field(key, "redactie-label.voorbeeld", Some("redactie-hint.voorbeeld"), "boolean"),
            json!({ "required": false }),
        ),
        "locaties" => with(
            field(key, "redactie-label.locaties", Some("redactie-hint.locaties"), "list"),
            json!({
                "required": false,
                "collapsed": true,
                "label_singular": nl("redactie-label.locatie"),
                "summary": "{{fields.naam}} {{fields.adres}}",
                "fields": LOCATIE_KEYS.iter().map(|k| locatie_field(k, form)).collect::<Vec<_>>(),
            }),
        ),
        other => plain(other),
    }
}

/// The form of a service: Zola's fields, then `[extra.dienst]` in the contract's order
/// (Decap writes the fields in the order of the form).
fn dienst_fields(form: &Form) -> Value {
    let behoeften = options(form.dir.region.behoeften.iter().map(|n| (n.slug.clone(), n.label.clone())));
    let dienst: Vec<Value> = DIENST_KEYS.iter().map(|k| dienst_field(k, form)).collect();
    json!([
        with(field("title", "redactie-label.title", Some("redactie-hint.title"), "string"), json!({})),
        with(
            field("description", "redactie-label.description", Some("redactie-hint.description"), "text"),
            // At most so many characters, on any number of lines.
            json!({ "pattern": pattern(&format!(r"^[\s\S]{{1,{SHORT_TEXT_MAX_CHARS}}}$"), "redactie-pattern.description") }),
        ),
        with(
            field("taxonomies", "redactie-label.taxonomies", None, "object"),
            json!({ "collapsed": false, "fields": [with(
                field("behoeften", "redactie-label.behoeften", Some("redactie-hint.behoeften"), "select"),
                json!({ "multiple": true, "min": 1, "options": behoeften }),
            )] }),
        ),
        with(
            field("extra", "redactie-label.extra", None, "object"),
            json!({ "collapsed": false, "fields": [with(
                field("dienst", "redactie-label.dienst", None, "object"),
                json!({ "collapsed": false, "fields": dienst }),
            )] }),
        ),
        body(),
    ])
}

fn body() -> Value {
    with(field("body", "redactie-label.body", Some("redactie-hint.body"), "markdown"), json!({}))
}

/// An information page or section: Zola's own fields.
fn page_fields() -> Value {
    json!([
        with(field("title", "redactie-label.title-pagina", None, "string"), json!({})),
        with(
            field("description", "redactie-label.description", Some("redactie-hint.description-pagina"), "text"),
            json!({ "required": false }),
        ),
        with(
            field("weight", "redactie-label.weight", Some("redactie-hint.weight"), "number"),
            json!({ "required": false, "value_type": "int" }),
        ),
        body(),
    ])
}

/// A wijk's field, by its key in the contract (`WIJK_KEYS`).
fn wijk_field(key: &str) -> Value {
    match key {
        "slug" => with(field(key, "redactie-label.wijk-slug", Some("redactie-hint.wijk-slug"), "string"), json!({})),
        "naam" => with(field(key, "redactie-label.wijk-naam", None, "string"), json!({})),
        "code" => with(field(key, "redactie-label.wijk-code", None, "string"), json!({ "required": false })),
        "postcodes" => with(
            field(key, "redactie-label.postcodes", Some("redactie-hint.postcodes"), "list"),
            json!({ "field": with(
                field("postcode", "redactie-label.pc4", None, "string"),
                json!({ "pattern": pattern(pattern::PC4, "redactie-pattern.pc4") }),
            ) }),
        ),
        other => plain(other),
    }
}

/// A field of `[extra.gemeente]`, by its key in the contract (`GEMEENTE_KEYS`).
fn gemeente_field(key: &str) -> Value {
    match key {
        "code" => with(
            field(key, "redactie-label.gemeente-code", Some("redactie-hint.gemeente-code"), "string"),
            json!({ "pattern": pattern(pattern::GEMEENTE_CODE, "redactie-pattern.gemeente-code") }),
        ),
        "wijken" => with(
            field(key, "redactie-label.wijken-gemeente", None, "list"),
            json!({
                "collapsed": true,
                "label_singular": nl("redactie-label.wijk"),
                "summary": "{{fields.naam}}",
                "fields": WIJK_KEYS.iter().map(|k| wijk_field(k)).collect::<Vec<_>>(),
            }),
        ),
        other => plain(other),
    }
}

/// A municipality's page, with its wijken.
fn gemeente_fields() -> Value {
    let gemeente: Vec<Value> = GEMEENTE_KEYS.iter().map(|k| gemeente_field(k)).collect();
    json!([
        with(field("title", "redactie-label.title-gemeente", None, "string"), json!({})),
        with(
            field("description", "redactie-label.description", Some("redactie-hint.description-pagina"), "text"),
            json!({})
        ),
        with(
            field("extra", "redactie-label.extra-gemeente", None, "object"),
            json!({ "fields": [with(field("gemeente", "redactie-label.gemeente", None, "object"), json!({ "fields": gemeente }))] }),
        ),
        body(),
    ])
}

/// What every folder collection of Markdown with TOML front matter shares.
fn folder_collection(name: String, label: String, folder: &str, fields: Value) -> Map<String, Value> {
    let mut c = Map::new();
    c.insert("name".into(), name.into());
    c.insert("label".into(), label.into());
    c.insert("folder".into(), format!("content/{folder}").trim_end_matches('/').into());
    c.insert("create".into(), true.into());
    c.insert("format".into(), "toml-frontmatter".into());
    c.insert("extension".into(), "md".into());
    c.insert("slug".into(), "{{slug}}".into());
    c.insert("summary".into(), "{{title}}".into());
    c.insert("sortable_fields".into(), json!(["title"]));
    c.insert("fields".into(), fields);
    c
}

/// The folder of a content path (`gemeenten/brummen/_index.md` → `gemeenten/brummen`).
fn folder_of(content_path: &str) -> &str {
    content_path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

fn backend(r: &Redactie) -> Value {
    let forge = r.forge();
    let mut b = Map::new();
    let name = match r.backend {
        Backend::Github => "github",
        Backend::Gitlab => "gitlab",
        Backend::Gitea | Backend::Forgejo => "gitea",
    };
    b.insert("name".into(), name.into());
    b.insert("repo".into(), r.repository.clone().into());
    b.insert("branch".into(), r.branch.clone().into());
    match (r.backend, forge) {
        (Backend::Github, Some(forge)) => {
            b.insert("api_root".into(), format!("{forge}/api/v3").into());
        }
        (Backend::Gitlab, Some(forge)) => {
            b.insert("api_root".into(), format!("{forge}/api/v4").into());
            b.insert("base_url".into(), forge.into());
            b.insert("auth_endpoint".into(), "oauth/authorize".into());
        }
        (Backend::Gitea | Backend::Forgejo, Some(forge)) => {
            b.insert("api_root".into(), format!("{forge}/api/v1").into());
            b.insert("base_url".into(), forge.into());
        }
        _ => {}
    }
    if let (Backend::Github, Some(login)) = (r.backend, r.login()) {
        b.insert("base_url".into(), login.into());
    }
    if let (Backend::Gitlab | Backend::Gitea | Backend::Forgejo, Some(app)) = (r.backend, &r.app_id) {
        b.insert("app_id".into(), app.clone().into());
        b.insert("auth_type".into(), "pkce".into());
    }
    Value::Object(b)
}

/// What the editor is configured with.
pub struct Generated {
    /// `admin/config.yml`.
    pub yaml: String,
    /// The names of the collections of services, which get the service's preview.
    pub diensten: Vec<String>,
    /// The service's date fields (`extra.dienst.gecontroleerd`, …): Decap's date picker
    /// gives text, which its TOML writer would quote, so the editor script hands these
    /// over as dates.
    pub dates: Vec<String>,
}

/// The date fields of the services' forms, as paths in the front matter.
fn service_dates(collections: &Value) -> Vec<String> {
    let children = |v: &Value, name: &str| -> Vec<Value> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["name"] == name)
            .filter_map(|f| f["fields"].as_array().cloned())
            .flatten()
            .collect()
    };
    let dates: std::collections::BTreeSet<String> = collections
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| children(&Value::Array(children(&c["fields"], "extra")), "dienst"))
        .filter(|f| f["widget"] == "datetime")
        .filter_map(|f| f["name"].as_str().map(|n| format!("extra.dienst.{n}")))
        .collect();
    dates.into_iter().collect()
}

/// The editor's configuration for this site.
pub fn generate(r: &Redactie, config: &Config, lib: &Library, dir: Option<&Directory>) -> Generated {
    let mut collections: Vec<Value> = Vec::new();
    // Folders that hold services: not offered again as information pages.
    let mut directory_folders: Vec<String> = Vec::new();
    if let Some(dir) = dir {
        let wijk_options = |gemeenten: &[usize], with_gemeente: bool| -> Vec<(String, String)> {
            gemeenten
                .iter()
                .flat_map(|&g| {
                    let gem = &dir.gemeenten[g];
                    gem.wijken.iter().map(move |w| {
                        let label = if with_gemeente { format!("{} – {}", gem.naam, w.naam) } else { w.naam.clone() };
                        (w.slug.clone(), label)
                    })
                })
                .collect()
        };
        let hele = || (HELE_GEMEENTE.to_string(), nl("redactie-option.hele-gemeente"));
        // Municipalities by the folder that holds them (`gemeenten` by convention).
        let mut by_parent: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (g, gem) in dir.gemeenten.iter().enumerate() {
            let folder = folder_of(&lib.sections[gem.section].meta.content_path);
            by_parent.entry(folder_of(folder)).or_default().push(g);
            directory_folders.push(folder.to_string());
        }
        let per_gemeente = dir.gemeenten.len() <= COLLECTION_PER_GEMEENTE_UP_TO;
        for (parent, gemeenten) in &by_parent {
            if per_gemeente {
                for &g in gemeenten {
                    let gem = &dir.gemeenten[g];
                    let folder = folder_of(&lib.sections[gem.section].meta.content_path);
                    let mut wijken = vec![hele()];
                    wijken.extend(wijk_options(&[g], false));
                    let fields =
                        dienst_fields(&Form { r, dir, wijken: &wijken, location_wijken: &wijk_options(&[g], false) });
                    let label = Message::new("redactie-collection.diensten-in").with("gemeente", gem.naam.as_str());
                    let mut c =
                        folder_collection(format!("diensten-{}", gem.slug), label.text(Lang::Nl), folder, fields);
                    c.insert("label_singular".into(), nl("redactie-collection.dienst").into());
                    collections.push(Value::Object(c));
                }
            } else {
                let mut wijken = vec![hele()];
                wijken.extend(wijk_options(gemeenten, true));
                let fields =
                    dienst_fields(&Form { r, dir, wijken: &wijken, location_wijken: &wijk_options(gemeenten, true) });
                let name = if by_parent.len() == 1 {
                    "diensten".to_string()
                } else {
                    format!("diensten-{}", parent.replace('/', "-"))
                };
                let mut c = folder_collection(name, nl("redactie-collection.diensten"), parent, fields);
                c.insert("label_singular".into(), nl("redactie-collection.dienst").into());
                c.insert("nested".into(), json!({ "depth": 2, "subfolders": false }));
                c.insert("meta".into(), json!({ "path": { "widget": "string", "label": nl("redactie-label.map") } }));
                collections.push(Value::Object(c));
            }
        }
        for regio in &dir.regios {
            let folder = folder_of(&lib.sections[regio.section].meta.content_path);
            directory_folders.push(folder.to_string());
            let fields = dienst_fields(&Form {
                r,
                dir,
                wijken: &[hele()],
                location_wijken: &wijk_options(&regio.gemeenten, true),
            });
            let label = Message::new("redactie-collection.diensten-in").with("gemeente", regio.naam.as_str());
            let mut c = folder_collection(
                format!("diensten-{}", folder.replace('/', "-")),
                label.text(Lang::Nl),
                folder,
                fields,
            );
            c.insert("label_singular".into(), nl("redactie-collection.dienst").into());
            collections.push(Value::Object(c));
        }
        // The municipalities' own pages: one file each, in one list.
        let files: Vec<Value> = dir
            .gemeenten
            .iter()
            .map(|gem| {
                json!({
                    "name": gem.slug,
                    "label": gem.naam,
                    "file": format!("content/{}", lib.sections[gem.section].meta.content_path),
                    "fields": gemeente_fields(),
                })
            })
            .collect();
        collections.push(json!({
            "name": "gemeenten",
            "label": nl("redactie-collection.gemeenten"),
            "format": "toml-frontmatter",
            "files": files,
        }));
    }
    // Information pages: the folder of every other section of the site's language.
    let mut info: Vec<(&str, usize)> = lib
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.meta.lang == config.default_language)
        .map(|(i, s)| (folder_of(&s.meta.content_path), i))
        .filter(|(f, _)| !directory_folders.iter().any(|d| d == f || f.starts_with(&format!("{d}/"))))
        .collect();
    info.sort_unstable();
    info.dedup_by_key(|(folder, _)| *folder);
    for (folder, s) in info {
        let (name, label) = if folder.is_empty() {
            ("paginas".to_string(), nl("redactie-collection.paginas"))
        } else {
            let title = lib.sections[s].front.title.clone().unwrap_or_else(|| folder.to_string());
            (format!("paginas-{}", folder.replace('/', "-")), title)
        };
        let mut c = folder_collection(name, label, folder, page_fields());
        c.insert("label_singular".into(), nl("redactie-collection.pagina").into());
        collections.push(Value::Object(c));
    }

    let mut root = Map::new();
    root.insert("backend".into(), backend(r));
    if r.backend.has_review() {
        root.insert("publish_mode".into(), "editorial_workflow".into());
    }
    root.insert("local_backend".into(), json!({ "url": format!("{}/api/v1", LOCAL_BACKEND_ORIGINS[0]) }));
    root.insert("locale".into(), "nl".into());
    root.insert("site_url".into(), config.base_url.clone().into());
    root.insert("display_url".into(), config.base_url.clone().into());
    root.insert("media_folder".into(), "static/afbeeldingen".into());
    root.insert("public_folder".into(), "/afbeeldingen".into());
    let diensten = collections
        .iter()
        .filter(|c| c["name"].as_str().is_some_and(|n| n.starts_with("diensten")))
        .filter_map(|c| c["name"].as_str().map(str::to_string))
        .collect();
    let collections = Value::Array(collections);
    let dates = service_dates(&collections);
    root.insert("collections".into(), collections);
    // A tree of strings, numbers and booleans always serializes.
    let yaml = serde_yaml_ng::to_string(&Value::Object(root)).unwrap_or_default();
    Generated { yaml: format!("# {}\n{yaml}", nl("redactie-generated")), diensten, dates }
}

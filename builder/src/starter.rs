//! Starting points for editors: `wijkwijzer init` writes a complete site for one
//! municipality, `wijkwijzer new` a municipality, a service or a page with every field
//! explained in Dutch. The texts are templates in `builder/starter/`; the needs, kinds
//! of service, help lines and synonyms come from the example region's config.toml, so
//! there is one list of each.

use std::path::{Path, PathBuf};

use crate::messages::Message;
use crate::msg;
use include_dir::{include_dir, Dir};
use minijinja::{context, Environment, Value};
use serde::Deserialize;

use crate::directory::{fields, ClosedList, Doelgroep, Kosten, Status, Toegang, Toegankelijkheid};
use crate::urls::slugify;

static STARTER: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/starter");
static EXAMPLE_CONFIG: &str = include_str!("../../config.toml");

/// The folder in `starter/content/gemeenten/` that stands for the municipality's slug.
const GEMEENTE_FOLDER: &str = "_gemeente";

#[derive(Debug)]
pub enum StarterError {
    /// The folder for a new site exists and is not empty.
    NotEmpty(PathBuf),
    GemeenteCode(String),
    /// A name or title that gives no web address.
    EmptySlug(String),
    /// A line of the wijken CSV.
    Wijken {
        file: PathBuf,
        line: u64,
        message: Message,
    },
    /// The file `new` would write exists.
    Exists(PathBuf),
    UnknownGemeente {
        slug: String,
        known: String,
    },
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The web editor's settings given to `init`.
    Redactie(Message),
    /// A starter template failed: a fault of wijkwijzer itself.
    Template {
        name: String,
        message: String,
    },
}

impl StarterError {
    pub fn message(&self) -> Message {
        match self {
            StarterError::NotEmpty(dir) => msg!("starter-not-empty", dir),
            StarterError::GemeenteCode(code) => msg!("starter-gemeente-code", code),
            StarterError::EmptySlug(name) => msg!("starter-empty-slug", name),
            StarterError::Wijken { file, line, message } => {
                msg!("starter-wijken", file, line = *line, problem = message.clone())
            }
            StarterError::Exists(file) => msg!("starter-exists", file),
            StarterError::Redactie(message) => message.clone(),
            StarterError::UnknownGemeente { slug, known } => msg!("unknown-gemeente", slug, known),
            StarterError::Io { path, source } => msg!("file-error", path, error = source),
            StarterError::Template { name, message } => {
                msg!("internal", detail = format!("template {name}: {message}"))
            }
        }
    }
}

/// In Dutch, the default language.
impl std::fmt::Display for StarterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for StarterError {}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StarterError + '_ {
    move |source| StarterError::Io { path: path.to_path_buf(), source }
}

/// One wijk of the CSV that `init --wijken` reads: `slug,naam,code,postcodes`, with the
/// postcode areas separated by spaces.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub struct WijkRow {
    pub slug: String,
    pub naam: String,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default, deserialize_with = "space_separated")]
    pub postcodes: Vec<String>,
}

fn space_separated<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let text = String::deserialize(d)?;
    Ok(text.split([' ', ';']).filter(|s| !s.is_empty()).map(str::to_string).collect())
}

/// Read and check a wijken CSV.
pub fn read_wijken(file: &Path) -> Result<Vec<WijkRow>, StarterError> {
    let text = std::fs::read_to_string(file).map_err(io(file))?;
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut rows: Vec<WijkRow> = Vec::new();
    for record in reader.deserialize::<WijkRow>() {
        let problem = |line: u64, message: Message| StarterError::Wijken { file: file.to_path_buf(), line, message };
        let row = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            problem(line, msg!("starter-wijken-csv", detail = e.to_string()))
        })?;
        let line = rows.len() as u64 + 2;
        if row.slug.is_empty() || slugify(&row.slug) != row.slug {
            return Err(problem(line, msg!("starter-wijken-slug", slug = &row.slug)));
        }
        if rows.iter().any(|w| w.slug == row.slug) {
            return Err(problem(line, msg!("wijk-twice", slug = &row.slug)));
        }
        // The same rule as `check`, so a new site does not start with an error.
        if let Some(Err(m)) = row.code.as_deref().filter(|c| !c.is_empty()).map(fields::wijk_code) {
            return Err(problem(line, m));
        }
        for pc in &row.postcodes {
            if let Err(m) = fields::pc4(pc) {
                return Err(problem(line, m));
            }
        }
        rows.push(row);
    }
    Ok(rows)
}

/// What `init` writes the site for.
pub struct NewSite<'a> {
    pub gemeente: &'a str,
    pub code: &'a str,
    pub wijken: Vec<WijkRow>,
    pub today: jiff::civil::Date,
    /// The web editor at /admin/, when the site wants one.
    pub redactie: Option<crate::redactie::Redactie>,
}

/// Write a complete site into `dir` (which must not exist, or be empty). It is written
/// into a folder beside `dir` first and moved in place at the end, so a failure leaves
/// nothing behind. Returns the files written, relative to `dir`.
pub fn init(dir: &Path, site: &NewSite) -> Result<Vec<PathBuf>, StarterError> {
    // Absolute, so `init .` and `init ..` have a name and a parent to stage beside.
    let dir = std::path::absolute(dir).map_err(io(dir))?;
    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    let dir = dir.as_path();
    if dir.exists() && std::fs::read_dir(dir).map_err(io(dir))?.next().is_some() {
        return Err(StarterError::NotEmpty(dir.to_path_buf()));
    }
    if !fields::gemeente_code(site.code) {
        return Err(StarterError::GemeenteCode(site.code.to_string()));
    }
    let slug = slugify(site.gemeente);
    if slug.is_empty() {
        return Err(StarterError::EmptySlug(site.gemeente.to_string()));
    }
    let env = environment()?;
    let ctx = context! {
        gemeente => site.gemeente,
        slug => slug.clone(),
        code => site.code,
        wijken => Value::from_serialize(&site.wijken),
        titel => format!("Steun dichtbij in {}", site.gemeente),
        base_url => format!("https://{slug}.example.nl"),
        email => format!("info@{slug}.example.nl"),
        redactie => site.redactie.as_ref().map(|r| context! {
            backend => <&str>::from(r.backend),
            repository => &r.repository,
            branch => &r.branch,
            forge_url => &r.forge_url,
        }),
        codes => Value::from_serialize(codes()),
        // The CI files run the same release of wijkwijzer that wrote them.
        wijkwijzer_version => env!("CARGO_PKG_VERSION"),
        ..lists()
    };
    let mut files = Vec::new();
    collect(&STARTER, &mut files);
    let staging = staging_dir(dir);
    let mut written = Vec::new();
    let result = (|| {
        for file in &files {
            let rel = file.path();
            // Only the site's files: dienst.md and pagina.md are for `new`.
            if matches!(rel.to_str(), Some("dienst.md" | "pagina.md")) {
                continue;
            }
            let out_rel = PathBuf::from(rel.to_string_lossy().replace(GEMEENTE_FOLDER, &slug));
            let bytes = if is_picture(file) {
                file.contents().to_vec()
            } else {
                render(&env, &rel.to_string_lossy(), ctx.clone())?.into_bytes()
            };
            let path = staging.join(&out_rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
            }
            std::fs::write(&path, bytes).map_err(io(&path))?;
            written.push(out_rel);
        }
        if dir.exists() {
            // An empty folder (perhaps the one the editor stands in): move the entries in.
            for entry in std::fs::read_dir(&staging).map_err(io(&staging))?.flatten() {
                let to = dir.join(entry.file_name());
                std::fs::rename(entry.path(), &to).map_err(io(&to))?;
            }
            std::fs::remove_dir(&staging).map_err(io(&staging))
        } else {
            std::fs::rename(&staging, dir).map_err(io(dir))
        }
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    written.sort();
    Ok(written)
}

/// Add a municipality to the site in `root`; returns the file written.
pub fn new_gemeente(root: &Path, naam: &str, code: &str, wijken: Vec<WijkRow>) -> Result<PathBuf, StarterError> {
    if !fields::gemeente_code(code) {
        return Err(StarterError::GemeenteCode(code.to_string()));
    }
    let slug = slugify(naam);
    if slug.is_empty() {
        return Err(StarterError::EmptySlug(naam.to_string()));
    }
    let rel = PathBuf::from(format!("content/gemeenten/{slug}/_index.md"));
    let ctx = context! { gemeente => naam, slug => slug, code => code, wijken => Value::from_serialize(&wijken) };
    let text = render(&environment()?, &format!("content/gemeenten/{GEMEENTE_FOLDER}/_index.md"), ctx)?;
    write_new(root, &rel, &text)?;
    Ok(rel)
}

/// A service in municipality `gemeente` of the site in `root`, every field explained;
/// returns the file written.
pub fn new_dienst(root: &Path, gemeente: &str, titel: &str, today: jiff::civil::Date) -> Result<PathBuf, StarterError> {
    let dir = root.join("content/gemeenten").join(gemeente);
    let section = dir.join("_index.md");
    // A folder name, nothing else: `..` or an absolute path would write elsewhere.
    if slugify(gemeente) != gemeente || !section.is_file() {
        let known: Vec<String> = std::fs::read_dir(root.join("content/gemeenten"))
            .map(|entries| {
                let mut names: Vec<String> = entries
                    .flatten()
                    .filter(|e| e.path().join("_index.md").is_file())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect();
                names.sort();
                names
            })
            .unwrap_or_default();
        return Err(StarterError::UnknownGemeente { slug: gemeente.to_string(), known: known.join(", ") });
    }
    let slug = slugify(titel);
    if slug.is_empty() {
        return Err(StarterError::EmptySlug(titel.to_string()));
    }
    // The site's own needs and kinds, and the municipality's wijken, as the checks know them.
    let config_path = root.join("config.toml");
    let config_text = std::fs::read_to_string(&config_path).map_err(io(&config_path))?;
    let extra = toml::from_str::<toml::Table>(&config_text).ok().and_then(|t| t.get("extra").cloned());
    let list = |key: &str| extra.as_ref().and_then(|e| e.get(key)).map(toml_to_json).unwrap_or_default();
    let section_text = std::fs::read_to_string(&section).map_err(io(&section))?;
    let front = crate::content::front_matter::split(&section_text)
        .and_then(|s| toml::from_str::<toml::Table>(&section_text[s.front]).ok())
        .unwrap_or_default();
    let wijken =
        front.get("extra").and_then(|e| e.get("gemeente")?.get("wijken")).map(toml_to_json).unwrap_or_default();
    let naam = front.get("title").and_then(toml::Value::as_str).unwrap_or(gemeente).to_string();
    let ctx = context! {
        titel => titel,
        gemeente => naam,
        behoeften => Value::from_serialize(list("behoeften")),
        soorten => Value::from_serialize(list("soorten")),
        wijken => Value::from_serialize(wijken),
        toegang => Toegang::slugs().join(", "),
        kosten => Kosten::slugs().join(", "),
        doelgroepen => Doelgroep::slugs().join(", "),
        statussen => Status::slugs().join(", "),
        toegankelijkheid => Toegankelijkheid::slugs().join(", "),
        vandaag => today.to_string(),
    };
    let text = render(&environment()?, "dienst.md", ctx)?;
    let rel = PathBuf::from(format!("content/gemeenten/{gemeente}/{slug}.md"));
    write_new(root, &rel, &text)?;
    Ok(rel)
}

/// A page at `path` (under content/, without `.md`); returns the file written.
pub fn new_pagina(root: &Path, path: &str, titel: &str) -> Result<PathBuf, StarterError> {
    let clean: Vec<String> = path.trim_matches('/').trim_end_matches(".md").split('/').map(slugify).collect();
    if clean.iter().any(String::is_empty) {
        return Err(StarterError::EmptySlug(path.to_string()));
    }
    let rel = PathBuf::from(format!("content/{}.md", clean.join("/")));
    let text = render(&environment()?, "pagina.md", context! { titel => titel })?;
    write_new(root, &rel, &text)?;
    Ok(rel)
}

/// Write a new file; never over an existing one.
fn write_new(root: &Path, rel: &Path, text: &str) -> Result<(), StarterError> {
    let path = root.join(rel);
    if path.exists() {
        return Err(StarterError::Exists(rel.to_path_buf()));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    std::fs::write(&path, text).map_err(io(&path))
}

fn staging_dir(dir: &Path) -> PathBuf {
    let name = dir.file_name().map_or_else(|| "site".into(), |n| n.to_string_lossy().into_owned());
    dir.with_file_name(format!(".{name}.wijkwijzer-init-{}", std::process::id()))
}

/// The guide's screenshots: copied as they are, not templates.
fn is_picture(file: &include_dir::File) -> bool {
    file.path().extension().is_some_and(|e| e == "png")
}

fn collect<'a>(dir: &'a Dir<'a>, out: &mut Vec<&'a include_dir::File<'a>>) {
    out.extend(dir.files());
    for sub in dir.dirs() {
        collect(sub, out);
    }
}

fn environment() -> Result<Environment<'static>, StarterError> {
    let mut env = Environment::new();
    env.set_keep_trailing_newline(true);
    // A string as a TOML string, quoted and escaped.
    env.add_filter("toml", |s: String| toml::Value::String(s).to_string());
    let mut files = Vec::new();
    collect(&STARTER, &mut files);
    for file in files.into_iter().filter(|f| !is_picture(f)) {
        let name = file.path().to_string_lossy().into_owned();
        let text = file.contents_utf8().unwrap_or_default();
        env.add_template_owned(name.clone(), text.to_string())
            .map_err(|e| StarterError::Template { name, message: e.to_string() })?;
    }
    Ok(env)
}

fn render(env: &Environment, name: &str, ctx: Value) -> Result<String, StarterError> {
    let template =
        env.get_template(name).map_err(|e| StarterError::Template { name: name.into(), message: e.to_string() })?;
    template.render(ctx).map_err(|e| StarterError::Template { name: name.into(), message: e.to_string() })
}

/// Every problem code with its Dutch explanation, for the editor guide.
fn codes() -> Vec<serde_json::Value> {
    use strum::VariantArray;
    crate::codes::Code::VARIANTS
        .iter()
        .map(|c| serde_json::json!({ "id": c.id(), "uitleg": c.uitleg().text(crate::messages::Lang::Nl) }))
        .collect()
}

/// The example region's needs, kinds, help lines and synonyms, for the new site.
fn lists() -> Value {
    let extra = toml::from_str::<toml::Table>(EXAMPLE_CONFIG).ok().and_then(|t| t.get("extra").cloned());
    let list = |key: &str| extra.as_ref().and_then(|e| e.get(key)).map(toml_to_json).unwrap_or_default();
    Value::from_serialize(serde_json::json!({
        "behoeften": list("behoeften"),
        "soorten": list("soorten"),
        "hulplijnen": list("hulplijnen"),
        "synoniemen": list("synoniemen"),
    }))
}

/// TOML to JSON, with dates as their text (`2026-11-23`), as templates write them.
fn toml_to_json(value: &toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(s) => serde_json::Value::String(s.clone()),
        toml::Value::Integer(i) => serde_json::json!(i),
        toml::Value::Float(f) => serde_json::json!(f),
        toml::Value::Boolean(b) => serde_json::json!(b),
        toml::Value::Datetime(d) => serde_json::Value::String(d.to_string()),
        toml::Value::Array(items) => serde_json::Value::Array(items.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            serde_json::Value::Object(t.iter().map(|(k, v)| (k.clone(), toml_to_json(v))).collect())
        }
    }
}

//! One imported service as a page of the contract: its front matter, the problems that
//! make it a draft, and the fingerprint that tells a later import whether an editor has
//! changed it since.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::mapping::{Mapping, Resolver, Table, Vocabulary};
use super::source::{SourceLocation, SourceService};
use super::ImportError;
use crate::directory::{
    fields, opening_hours, ClosedList, Doelgroep, Kosten, Status, Toegang, Toegankelijkheid, HELE_GEMEENTE,
};
use crate::messages::{Lang, Message};
use crate::msg;

/// The table in a page's front matter where the import keeps its own bookkeeping.
const IMPORT: &str = "import";
/// Its list of `field:fingerprint`, one per field the import wrote.
const FIELDS: &str = "velden";

#[derive(Debug)]
pub struct Record {
    front: toml::Table,
    pub problems: Vec<Problem>,
    /// The words `problemen` is written in.
    lang: Lang,
}

/// A value that fails the contract's checks, and the field it is in (as `fields`
/// names it), so a merge can drop it when the field is the editors' now.
#[derive(Debug, Clone)]
pub struct Problem {
    pub field: String,
    pub message: Message,
}

impl Problem {
    /// `label` is the field as the message names it: `telefoon`, `locaties.postcode`.
    fn new(label: &str, m: Message) -> Problem {
        let field = match label {
            "title" | "description" => label.to_string(),
            "termen" | "behoeften" => "taxonomies.behoeften".to_string(),
            _ if label.starts_with("locaties.") => "extra.dienst.locaties".to_string(),
            "extra.dienst" => label.to_string(),
            _ => format!("extra.dienst.{label}"),
        };
        Problem { field, message: msg!("import-problem", field = label, problem = m) }
    }
}

/// A page worked out again over the one an earlier import wrote.
pub struct Merged {
    pub text: String,
    /// Fields the source changed since the last import that an editor had changed too:
    /// the editor's value stays.
    pub kept: Vec<String>,
    /// The problems left in the source's values that are on the page.
    pub problems: Vec<Message>,
}

/// The values of each closed list, for the mapping file's comments.
pub fn choices() -> BTreeMap<Table, String> {
    BTreeMap::from([
        (Table::Status, Status::slugs().join(", ")),
        (Table::Toegang, Toegang::slugs().join(", ")),
        (Table::Kosten, Kosten::slugs().join(", ")),
        (Table::Doelgroep, Doelgroep::slugs().join(", ")),
        (Table::Toegankelijkheid, Toegankelijkheid::slugs().join(", ")),
    ])
}

fn read(path: &Path) -> Result<String, ImportError> {
    std::fs::read_to_string(path).map_err(|e| ImportError::io(path, e))
}

/// The front matter of a page as a TOML table, when it has TOML front matter.
pub(super) fn front_of(text: &str) -> Option<(toml::Table, usize)> {
    let split = crate::content::front_matter::split(text)?;
    if split.format != crate::content::front_matter::Format::Toml {
        return None;
    }
    Some((toml::from_str(&text[split.front]).ok()?, split.body_start))
}

/// The site's needs and kinds, and the municipality's wijken.
pub fn vocabulary(root: &Path, folder: &Path, slug: &str) -> Result<Vocabulary, ImportError> {
    let config_path = root.join("config.toml");
    let config_text = read(&config_path)?;
    let config: toml::Table = toml::from_str(&config_text).map_err(|e| {
        let line = e.span().map_or(0, |s| config_text[..s.start].matches('\n').count() + 1);
        ImportError::Config { file: config_path.clone(), line, detail: e.message().trim().to_string() }
    })?;
    let pairs = |key: &str| -> Vec<(String, String)> {
        let list = config.get("extra").and_then(|e| e.get(key)).and_then(toml::Value::as_array);
        list.into_iter()
            .flatten()
            .filter_map(|item| {
                let slug = item.get("slug")?.as_str()?.to_string();
                let label = item.get("label").and_then(toml::Value::as_str).unwrap_or(&slug).to_string();
                Some((slug, label))
            })
            .collect()
    };
    let section = read(&folder.join("_index.md"))?;
    let front = front_of(&section).map(|(t, _)| t).unwrap_or_default();
    let wijken = front
        .get("extra")
        .and_then(|e| e.get("gemeente")?.get("wijken")?.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|w| {
            let slug = w.get("slug")?.as_str()?.to_string();
            let naam = w.get("naam").and_then(toml::Value::as_str).unwrap_or(&slug).to_string();
            let pcs = w.get("postcodes").and_then(toml::Value::as_array).cloned().unwrap_or_default();
            Some((slug, naam, pcs.iter().filter_map(|p| p.as_str().map(str::to_string)).collect()))
        })
        .collect();
    let gemeente = front.get("title").and_then(toml::Value::as_str).unwrap_or(slug).to_string();
    // A region's municipalities: a service for all of them is for the whole region.
    let regio_gemeenten = front
        .get("extra")
        .and_then(|e| e.get("regio")?.get("gemeenten")?.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|g| {
            let slug = g.as_str()?.to_string();
            let section = std::fs::read_to_string(root.join("content/gemeenten").join(&slug).join("_index.md"));
            let naam = section.ok().and_then(|t| front_of(&t)?.0.get("title")?.as_str().map(str::to_string));
            Some((slug.clone(), naam.unwrap_or(slug)))
        })
        .collect();
    Ok(Vocabulary { behoeften: pairs("behoeften"), soorten: pairs("soorten"), wijken, gemeente, regio_gemeenten })
}

/// Pages in the municipality's folder that an earlier import of this source wrote, by
/// source id, and every name in the folder in lower case (so that a new page takes no
/// existing name, also on file systems that ignore case).
pub struct Existing {
    pub by_id: BTreeMap<String, (PathBuf, String)>,
    pub names: BTreeSet<String>,
}

pub fn imported_pages(root: &Path, folder: &Path, bron: &str) -> Result<Existing, ImportError> {
    let mut existing = Existing { by_id: BTreeMap::new(), names: BTreeSet::new() };
    for entry in walkdir::WalkDir::new(folder).sort_by_file_name().into_iter().flatten() {
        let path = entry.path();
        let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
        existing.names.insert(rel.to_string_lossy().to_lowercase());
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = read(path)?;
        let import = front_of(&text).and_then(|(front, _)| front.get("extra")?.get(IMPORT).cloned());
        let Some(import) = import else { continue };
        let from = import.get("bron").and_then(toml::Value::as_str);
        let Some(id) = import.get("id").and_then(toml::Value::as_str).filter(|_| from == Some(bron)) else {
            continue;
        };
        if let Some((first, _)) = existing.by_id.get(id) {
            return Err(ImportError::TwoPagesOneId { id: id.to_string(), first: first.clone(), second: rel });
        }
        existing.by_id.insert(id.to_string(), (rel, text));
    }
    Ok(existing)
}

/// The fields of a page the import writes, each by its path (`title`,
/// `taxonomies.behoeften`, `extra.dienst.telefoon`): the unit in which an editor's change
/// is kept. The import's own table is not one of them.
fn fields(front: &toml::Table) -> BTreeMap<String, toml::Value> {
    let mut out = BTreeMap::new();
    for (key, value) in front {
        match (key.as_str(), value) {
            ("taxonomies", toml::Value::Table(t)) => {
                out.extend(t.iter().map(|(k, v)| (format!("taxonomies.{k}"), v.clone())));
            }
            ("extra", toml::Value::Table(extra)) => {
                for (k, v) in extra {
                    match (k.as_str(), v) {
                        (IMPORT, _) => {}
                        ("dienst", toml::Value::Table(d)) => {
                            out.extend(d.iter().map(|(dk, dv)| (format!("extra.dienst.{dk}"), dv.clone())));
                        }
                        _ => {
                            out.insert(format!("extra.{k}"), v.clone());
                        }
                    }
                }
            }
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    out
}

/// A value as JSON with sorted keys: the same for the same value, however the TOML is
/// laid out.
fn canonical(v: &toml::Value) -> serde_json::Value {
    match v {
        toml::Value::Table(t) => serde_json::Value::Object(
            t.iter().collect::<BTreeMap<_, _>>().into_iter().map(|(k, v)| (k.clone(), canonical(v))).collect(),
        ),
        toml::Value::Array(a) => serde_json::Value::Array(a.iter().map(canonical).collect()),
        toml::Value::String(s) => serde_json::Value::String(s.clone()),
        other => serde_json::Value::String(other.to_string()),
    }
}

/// A short fingerprint of one value.
fn print(value: &toml::Value) -> String {
    format!("{:08x}", crate::search_index::fnv1a(canonical(value).to_string().as_bytes()) as u32)
}

/// The one fingerprint of the whole front matter that imports before `velden` wrote
/// (`vingerafdruk`), so that their pages are still recognised as untouched.
fn legacy_fingerprint(front: &toml::Table) -> String {
    let mut front = front.clone();
    if let Some(toml::Value::Table(extra)) = front.get_mut("extra") {
        extra.remove(IMPORT);
    }
    format!("{:016x}", crate::search_index::fnv1a(canonical(&toml::Value::Table(front)).to_string().as_bytes()))
}

/// The fingerprint of every field, by field.
fn field_prints(front: &toml::Table) -> BTreeMap<String, String> {
    fields(front).iter().map(|(k, v)| (k.clone(), print(v))).collect()
}

/// `field:print` for every field, as the import table records them.
fn prints(front: &toml::Table) -> Vec<String> {
    field_prints(front).iter().map(|(k, p)| format!("{k}:{p}")).collect()
}

/// What the last import recorded, by field; `None` for a page without the record
/// (then every field counts as the editors').
fn recorded(front: &toml::Table) -> Option<BTreeMap<String, String>> {
    let import = front.get("extra")?.get(IMPORT)?;
    let Some(list) = import.get(FIELDS).and_then(toml::Value::as_array) else {
        // An older import's page: untouched if its one fingerprint still fits.
        let old = import.get("vingerafdruk")?.as_str()?;
        return (old == legacy_fingerprint(front)).then(|| field_prints(front));
    };
    Some(
        list.iter().filter_map(|v| v.as_str()?.rsplit_once(':')).map(|(k, p)| (k.to_string(), p.to_string())).collect(),
    )
}

/// The fields an editor changed since the import wrote them: changed, added or removed.
fn edited_fields(front: &toml::Table) -> BTreeSet<String> {
    let now = fields(front);
    let Some(then) = recorded(front) else { return now.into_keys().chain(["*".to_string()]).collect() };
    let keys: BTreeSet<&String> = now.keys().chain(then.keys()).collect();
    keys.into_iter()
        .filter(|k| match (now.get(*k), then.get(*k)) {
            (Some(v), Some(p)) => print(v) != *p,
            (None, None) => false,
            _ => true,
        })
        .cloned()
        .collect()
}

/// Set or remove the field at `path` (as `fields` names it).
fn put(front: &mut toml::Table, path: &str, value: Option<toml::Value>) {
    let mut parts: Vec<&str> = match path.strip_prefix("extra.dienst.") {
        Some(rest) => vec!["extra", "dienst", rest],
        None => path.splitn(2, '.').collect(),
    };
    let Some(last) = parts.pop() else { return };
    let mut table = front;
    for part in parts {
        let entry = table.entry(part.to_string()).or_insert_with(|| toml::Value::Table(toml::Table::new()));
        let toml::Value::Table(t) = entry else { return };
        table = t;
    }
    match value {
        Some(v) => {
            table.insert(last.to_string(), v);
        }
        None => {
            table.remove(last);
        }
    }
}

/// Whether an editor changed an imported page since the import wrote it (a field, or
/// text under the front matter).
pub fn edited_since_import(text: &str) -> bool {
    match front_of(text) {
        Some((front, body_start)) => !edited_fields(&front).is_empty() || !text[body_start..].trim().is_empty(),
        None => true,
    }
}

/// The page's text under its front matter, whatever the front matter's format.
fn body_of(text: &str) -> String {
    crate::content::front_matter::split(text).map_or_else(String::new, |s| text[s.body_start..].to_string())
}

impl Record {
    /// The page: front matter between `+++` lines, then `body`.
    pub fn page(&self, body: &str) -> String {
        render(&self.front, body)
    }

    /// The page again over `old`, which an earlier import wrote: the source's values
    /// where the page still holds what that import wrote, the editors' values for the
    /// fields they changed (unless `force`), and always the editors' text. A problem in
    /// a field that is the editors' now no longer counts, and the page is a draft only
    /// for the problems left (unless the editors set `draft` themselves).
    pub fn merge(&self, old: &str, force: bool) -> Merged {
        let body = body_of(old);
        let all = |rec: &Record| rec.problems.iter().map(|p| p.message.clone()).collect();
        if force {
            return Merged { text: self.page(&body), kept: Vec::new(), problems: all(self) };
        }
        let Some((old_front, _)) = front_of(old) else {
            // Front matter the import cannot read back (no longer TOML): all the editors'.
            return Merged { text: old.to_string(), kept: vec!["*".to_string()], problems: Vec::new() };
        };
        let edited = edited_fields(&old_front);
        let before = recorded(&old_front).unwrap_or_default();
        let (then, now) = (fields(&old_front), fields(&self.front));
        let mut front = self.front.clone();
        let mut kept = Vec::new();
        for key in edited.iter().filter(|k| *k != "*") {
            put(&mut front, key, then.get(key).cloned());
            // Named only when the source brings a new value the editors' one holds back.
            let source_changed = before.get(key) != now.get(key).map(print).as_ref();
            if source_changed && then.get(key) != now.get(key) {
                kept.push(key.clone());
            }
        }
        let left: Vec<&Problem> = self.problems.iter().filter(|p| !edited.contains(&p.field)).collect();
        if !edited.contains("draft") {
            put(&mut front, "draft", (!left.is_empty()).then_some(toml::Value::Boolean(true)));
        }
        let texts: Vec<String> = left.iter().map(|p| p.message.text(self.lang)).collect();
        if let Some(toml::Value::Table(import)) = front.get_mut("extra").and_then(|e| e.get_mut(IMPORT)) {
            import.remove("problemen");
            if !texts.is_empty() {
                import.insert("problemen".into(), strings(&texts));
            }
        }
        Merged { text: render(&front, &body), kept, problems: left.iter().map(|p| p.message.clone()).collect() }
    }
}

fn render(front: &toml::Table, body: &str) -> String {
    format!("+++\n{}+++\n{body}", toml::to_string(front).unwrap_or_default())
}

fn strings(list: &[String]) -> toml::Value {
    toml::Value::Array(list.iter().map(|s| toml::Value::String(s.clone())).collect())
}

/// `+31 575 123 456`, `0031 575-123456` or `+31 (0)6 1234 5678` in the Dutch form.
pub fn dutch_phone(raw: &str) -> String {
    let t = raw.trim();
    let Some(rest) = t.strip_prefix("+31").or_else(|| t.strip_prefix("0031")) else { return t.to_string() };
    let rest = rest.trim_start_matches([' ', '-']);
    let rest = rest.strip_prefix("(0)").map_or(rest, str::trim_start);
    if rest.starts_with('0') {
        rest.to_string()
    } else {
        format!("0{rest}")
    }
}

/// Build the page of one source service. Problems are collected, not fatal: the value
/// is kept as written and the page becomes a draft.
pub fn build(s: &SourceService, r: &mut Resolver, bron: &str, bewaar_bron: bool, lang: Lang) -> Record {
    let mut problems: Vec<Problem> = Vec::new();
    let mut problem = |field: &str, m: Message| problems.push(Problem::new(field, m));
    let mut front = toml::Table::new();
    let mut dienst = toml::Table::new();
    let title = if s.name.is_empty() { s.id.clone() } else { s.name.clone() };
    if s.name.is_empty() {
        problem("title", msg!("field-missing", key = "title"));
    }
    front.insert("title".into(), title.into());
    front.insert("description".into(), s.description.clone().into());
    if s.description.is_empty() {
        problem("description", msg!("description-missing"));
    } else if s.description.chars().count() > 200 {
        problem("description", msg!("description-too-long", count = s.description.chars().count()));
    }

    // Taxonomy terms: needs and the kind of service.
    let (mut behoeften, mut soorten) = (Vec::new(), Vec::new());
    for term in &s.terms {
        let Some(slugs) = r.term(term) else {
            let word = if term.name.is_empty() { &term.code } else { &term.name };
            problem("termen", msg!("import-unknown-value", value = word.as_str()));
            continue;
        };
        for slug in slugs {
            if r.vocabulary.behoeften.iter().any(|(b, _)| *b == slug) {
                behoeften.push(slug);
            } else if r.vocabulary.soorten.iter().any(|(k, _)| *k == slug) {
                soorten.push(slug);
            } else {
                problem("termen", msg!("import-unknown-slug", slug));
            }
        }
    }
    dedup(&mut behoeften);
    dedup(&mut soorten);
    if behoeften.is_empty() {
        problem("behoeften", msg!("needs-missing"));
    }
    let mut taxonomies = toml::Table::new();
    taxonomies.insert("behoeften".into(), strings(&behoeften));
    front.insert("taxonomies".into(), taxonomies.into());

    match soorten.as_slice() {
        [] => problem("soort", msg!("field-missing", key = "soort")),
        [one] => {
            dienst.insert("soort".into(), one.clone().into());
        }
        [first, ..] => {
            dienst.insert("soort".into(), first.clone().into());
            problem("soort", msg!("import-several-kinds", kinds = soorten.join(", ")));
        }
    }
    match &s.organisatie {
        Some(o) => {
            dienst.insert("organisatie".into(), o.clone().into());
        }
        None => problem("organisatie", msg!("field-missing", key = "organisatie")),
    }

    // Areas: wijken, or the whole municipality when the source names none.
    let mut wijken = Vec::new();
    let mut unresolved = false;
    for area in &s.areas {
        match r.area(area) {
            Some(slugs) => wijken.extend(slugs),
            None => unresolved = true,
        }
    }
    dedup(&mut wijken);
    if wijken.iter().any(|w| w == HELE_GEMEENTE) || (wijken.is_empty() && !unresolved) {
        wijken = vec![HELE_GEMEENTE.to_string()];
    }
    if unresolved {
        problem("wijken", msg!("import-unknown-areas", areas = s.areas.join(", ")));
    }
    dienst.insert("wijken".into(), strings(&wijken));

    if let Some(text) = &s.eligibility {
        let skip = ["everyone", "all", "iedereen"];
        match r.choices::<Doelgroep>(Table::Doelgroep, |m: &Mapping| &m.doelgroep, text, &skip) {
            Some(list) if !list.is_empty() => {
                let slugs: Vec<String> = list.iter().map(|d| d.slug().to_string()).collect();
                dienst.insert("doelgroep".into(), strings(&slugs));
            }
            Some(_) => {}
            None => problem("doelgroep", msg!("import-unknown-value", value = text.as_str())),
        }
    }
    let toegang = s
        .application_process
        .as_deref()
        .and_then(|t| r.choice::<Toegang>(Table::Toegang, |m: &Mapping| &m.toegang, t, |_| None).flatten());
    match toegang {
        Some(t) => {
            dienst.insert("toegang".into(), t.slug().into());
        }
        None => problem("toegang", msg!("field-missing", key = "toegang")),
    }
    let kosten = s
        .fees
        .as_deref()
        .and_then(|t| r.choice::<Kosten>(Table::Kosten, |m: &Mapping| &m.kosten, t, free_of_charge).flatten());
    match kosten {
        Some(k) => {
            dienst.insert("kosten".into(), k.slug().into());
        }
        None => problem("kosten", msg!("field-missing", key = "kosten")),
    }
    if let Some(text) = &s.status {
        match r.choice::<Status>(Table::Status, |m: &Mapping| &m.status, text, hsds_status).flatten() {
            Some(Status::Actief) => {}
            Some(other) => {
                dienst.insert("status".into(), other.slug().into());
            }
            None => problem("status", msg!("import-unknown-value", value = text.as_str())),
        }
    }
    if let Some(alert) = &s.alert {
        dienst.insert("melding".into(), alert.clone().into());
    }

    let phones: Vec<String> = s.phones.iter().map(|p| dutch_phone(p)).collect();
    for p in &phones {
        if let Err(m) = fields::phone(p) {
            problem("telefoon", m);
        }
    }
    if !phones.is_empty() {
        dienst.insert("telefoon".into(), strings(&phones));
    }
    if let Some(e) = &s.email {
        if let Err(m) = fields::email(e) {
            problem("email", m);
        }
        dienst.insert("email".into(), e.clone().into());
    }
    // In a Wijkwijzer export, `url` is the page on that site, not the service's website.
    let url = s.url.as_ref().filter(|_| s.exported_page().is_none());
    if let Some(w) = url.or(s.organisatie_website.as_ref()) {
        if let Err(m) = fields::website(w) {
            problem("website", m);
        }
        dienst.insert("website".into(), w.clone().into());
    }
    if !s.languages.is_empty() {
        for l in &s.languages {
            if let Err(m) = fields::language(l) {
                problem("talen", m);
            }
        }
        dienst.insert("talen".into(), strings(&s.languages));
    }
    if let Some(o) = &s.openingstijden {
        if let Err(e) = opening_hours::parse(o) {
            problem("openingstijden", msg!("opening-hours", value = o.as_str(), detail = e.message));
        }
        dienst.insert("openingstijden".into(), o.clone().into());
    }
    match s.assured_date.as_deref().map(|t| (t, date(t))) {
        Some((_, Some(d))) => {
            dienst.insert("gecontroleerd".into(), toml::Value::Datetime(d));
        }
        Some((text, None)) => problem("gecontroleerd", msg!("bad-date", key = "assured_date", value = text)),
        None => problem("gecontroleerd", msg!("import-never-checked")),
    }
    let locaties: Vec<toml::Value> = s.locations.iter().map(|l| location(l, r, &mut problem)).collect();
    if !locaties.is_empty() {
        dienst.insert("locaties".into(), toml::Value::Array(locaties));
    }
    if phones.is_empty()
        && s.email.is_none()
        && url.is_none()
        && s.organisatie_website.is_none()
        && s.locations.is_empty()
    {
        problem("extra.dienst", msg!("no-contact"));
    }

    let mut extra = toml::Table::new();
    extra.insert("dienst".into(), dienst.into());
    if bewaar_bron && !s.unmapped.is_empty() {
        let bron: toml::Table = s.unmapped.iter().map(|(k, v)| (k.clone(), toml::Value::String(v.clone()))).collect();
        extra.insert("bron".into(), bron.into());
    }
    front.insert("extra".into(), extra.into());
    if !problems.is_empty() {
        front.insert("draft".into(), true.into());
    }
    // The bookkeeping last, with a fingerprint of each field above it.
    let mut import = toml::Table::new();
    import.insert("bron".into(), bron.into());
    import.insert("id".into(), s.id.clone().into());
    import.insert(FIELDS.into(), strings(&prints(&front)));
    if !problems.is_empty() {
        let texts: Vec<String> = problems.iter().map(|p| p.message.text(lang)).collect();
        import.insert("problemen".into(), strings(&texts));
    }
    if let Some(toml::Value::Table(extra)) = front.get_mut("extra") {
        extra.insert(IMPORT.into(), import.into());
    }
    Record { front, problems, lang }
}

fn location(l: &SourceLocation, r: &mut Resolver, problem: &mut impl FnMut(&str, Message)) -> toml::Value {
    let mut t = toml::Table::new();
    if let Some(n) = &l.naam {
        t.insert("naam".into(), n.clone().into());
    }
    if let Some(a) = &l.adres {
        t.insert("adres".into(), a.clone().into());
    }
    if let Some(pc) = &l.postcode {
        if let Err(m) = fields::postcode(pc) {
            problem("locaties.postcode", m);
        }
        t.insert("postcode".into(), pc.clone().into());
        if let Some(w) = r.wijk_of_postcode(pc) {
            t.insert("wijk".into(), w.into());
        }
    }
    if let Some(p) = &l.plaats {
        t.insert("plaats".into(), p.clone().into());
    }
    let mut features = Vec::new();
    for text in &l.toegankelijkheid {
        match r.choices::<Toegankelijkheid>(Table::Toegankelijkheid, |m: &Mapping| &m.toegankelijkheid, text, &[]) {
            Some(list) => features.extend(list.iter().map(|f| f.slug().to_string())),
            None => problem("locaties.toegankelijkheid", msg!("import-unknown-value", value = text.as_str())),
        }
    }
    if !features.is_empty() {
        t.insert("toegankelijkheid".into(), strings(&features));
    }
    if let Some(o) = &l.openingstijden {
        if let Err(e) = opening_hours::parse(o) {
            problem("locaties.openingstijden", msg!("opening-hours", value = o.as_str(), detail = e.message));
        }
        t.insert("openingstijden".into(), o.clone().into());
    }
    toml::Value::Table(t)
}

fn dedup(list: &mut Vec<String>) {
    let mut seen = BTreeSet::new();
    list.retain(|x| seen.insert(x.clone()));
}

/// HSDS 3.0's own status values.
fn hsds_status(text: &str) -> Option<Status> {
    match text.trim().to_lowercase().as_str() {
        "active" => Some(Status::Actief),
        "temporarily closed" => Some(Status::TijdelijkGesloten),
        "inactive" | "defunct" => Some(Status::Gestopt),
        _ => None,
    }
}

/// Words sources use for a service that costs nothing.
fn free_of_charge(text: &str) -> Option<Kosten> {
    matches!(text.trim().to_lowercase().as_str(), "free" | "gratis" | "kosteloos" | "0" | "€0" | "€ 0")
        .then_some(Kosten::Gratis)
}

/// `2026-03-01`, or the date of `2026-03-01T10:00:00Z`.
fn date(text: &str) -> Option<toml::value::Datetime> {
    text.trim().get(..10)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn international_numbers_become_dutch() {
        assert_eq!(dutch_phone("+31 575 123 456"), "0575 123 456");
        assert_eq!(dutch_phone("0031 6-12345678"), "06-12345678");
        assert_eq!(dutch_phone("+31 (0)575 123456"), "0575 123456");
        assert_eq!(dutch_phone("0575 123 456"), "0575 123 456");
    }

    #[test]
    fn a_fingerprint_ignores_layout_and_the_import_table() {
        let a: toml::Table = toml::from_str("title = \"x\"\n[extra.dienst]\nsoort = \"inloop\"\n").unwrap();
        let b: toml::Table =
            toml::from_str("title   =   'x'\n[extra.import]\nid = \"1\"\n[extra.dienst]\nsoort = \"inloop\"\n")
                .unwrap();
        assert_eq!(prints(&a), prints(&b));
        assert_eq!(prints(&a)[1], "title:".to_string() + &print(&"x".into()));
        let c: toml::Table = toml::from_str("title = \"y\"\n[extra.dienst]\nsoort = \"inloop\"\n").unwrap();
        assert_ne!(prints(&a), prints(&c));
    }

    /// What the import writes for a service with this title and phone; a short phone
    /// is a problem, as in `build`.
    fn import(title: &str, phone: &str) -> Record {
        let mut front: toml::Table =
            toml::from_str(&format!("title = \"{title}\"\n[extra.dienst]\ntelefoon = [\"{phone}\"]\n")).unwrap();
        let problems: Vec<Problem> = if phone.len() < 6 {
            front.insert("draft".into(), true.into());
            vec![Problem::new("telefoon", msg!("import-never-checked"))]
        } else {
            Vec::new()
        };
        let mut table = toml::Table::from_iter([(FIELDS.to_string(), strings(&prints(&front)))]);
        if !problems.is_empty() {
            table.insert("problemen".into(), strings(&["x".to_string()]));
        }
        put(&mut front, "extra.import", Some(toml::Value::Table(table)));
        Record { front, problems, lang: Lang::Nl }
    }

    #[test]
    fn a_merge_keeps_the_fields_an_editor_changed_and_takes_the_rest() {
        let first = import("Inloop", "0575 111 111").page("\nTekst.\n");
        assert!(!edited_since_import(&first.replace("Tekst.", "")));
        // The editors change the phone and add a field; the source renames and renumbers.
        let edited = first
            .replace("0575 111 111", "0575 222 222")
            .replace("[extra.dienst]", "[extra.dienst]\nmelding = \"Dicht\"");
        assert!(edited_since_import(&edited));
        let merged = import("Inloop De Brug", "0575 333 333").merge(&edited, false);
        let text = &merged.text;
        assert!(text.contains("title = \"Inloop De Brug\"") && text.contains("0575 222 222"), "{text}");
        assert!(text.contains("melding = \"Dicht\"") && text.ends_with("\nTekst.\n"), "{text}");
        // Only the phone is named: the source never set `melding`.
        assert_eq!(merged.kept, ["extra.dienst.telefoon"]);
        // The same source again: nothing to report, nothing changes.
        let again = import("Inloop De Brug", "0575 333 333").merge(text, false);
        assert!(again.kept.is_empty() && again.text == *text, "{}", again.text);
        // A new number from the source is held back and named again.
        let newer = import("Inloop De Brug", "0575 444 444").merge(text, false);
        assert!(newer.text.contains("0575 222 222") && newer.kept == ["extra.dienst.telefoon"], "{}", newer.text);
        let forced = import("Inloop", "0575 333 333").merge(&edited, true);
        assert!(forced.text.contains("0575 333 333") && !forced.text.contains("melding") && forced.kept.is_empty());
    }

    #[test]
    fn a_problem_in_a_field_the_editors_fixed_no_longer_makes_a_draft() {
        // Imported as a draft for its phone; the editors fix the phone but leave the flag.
        let first = import("Inloop", "123").page("\n");
        assert!(first.contains("draft = true"), "{first}");
        let fixed = first.replace("\"123\"", "\"0575 222 222\"");
        // The source still sends a bad number: the editors' good one stays, and the
        // page is no longer a draft for a value it does not hold.
        let merged = import("Inloop", "456").merge(&fixed, false);
        assert!(merged.text.contains("0575 222 222") && !merged.text.contains("draft = "), "{}", merged.text);
        assert!(!merged.text.contains("problemen") && merged.problems.is_empty(), "{}", merged.text);
        // The editors who set the draft flag themselves keep it.
        let held = fixed.replace("draft = true", "draft = false");
        let merged = import("Inloop", "456").merge(&held, false);
        assert!(merged.text.contains("draft = false"), "{}", merged.text);
    }

    #[test]
    fn pages_of_an_older_import_are_still_recognised_as_untouched() {
        let mut front: toml::Table =
            toml::from_str("title = \"Inloop\"\n[extra.dienst]\nsoort = \"inloop\"\n").unwrap();
        let old = legacy_fingerprint(&front);
        put(
            &mut front,
            "extra.import",
            Some(toml::Value::Table(toml::Table::from_iter([("vingerafdruk".to_string(), old.into())]))),
        );
        let page = render(&front, "\n");
        assert!(!edited_since_import(&page), "{page}");
        let touched = page.replace("soort = \"inloop\"", "soort = \"maatje\"");
        assert!(edited_since_import(&touched));
    }
}

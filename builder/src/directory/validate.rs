//! Reading the directory out of the library, checking every field as it goes. Every
//! problem becomes a diagnostic pointing at the line in the file, with the valid values.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use super::*;
use crate::content::spans::{path, Spans, Step};
use crate::content::FileMeta;
use crate::diagnostics::did_you_mean;
use crate::urls::slugify;

/// A checked `gecontroleerd` date older than this is a warning.
const STALE_AFTER_DAYS: i64 = 365;

pub fn load(lib: &Library, config: &Config, today: jiff::civil::Date, diags: &mut Diagnostics) -> Option<Directory> {
    let region = super::region_config(config, diags)?;
    let mut dir = Directory { region, ..Default::default() };
    check_region(&dir.region, config, diags);

    // Municipalities, then regions (which name municipalities), then services.
    // Postcode area → (file of its municipality, wijk), to catch one area in two wijken.
    let mut pc4_owner: HashMap<String, (String, String)> = HashMap::new();
    for (s, section) in lib.sections.iter().enumerate() {
        let Some(value) = section.front.extra.get("gemeente") else { continue };
        let mut r = Reader::new(&section.meta, value, &["extra", "gemeente"], diags);
        let code = r.string("code", true).unwrap_or_default();
        if !code.is_empty() && !is_cbs_code(&code, "GM", 4) {
            r.error(
                Code::GemeenteCode,
                "code",
                format!("code `{code}` is not a CBS municipality code"),
                "Write GM and four digits, such as code = \"GM0213\".",
            );
        }
        let mut wijken = Vec::new();
        for (n, w) in r.tables("wijken").into_iter().enumerate() {
            let mut wr = r.nested(w, "wijken", n);
            let slug = wr.string("slug", true).unwrap_or_default();
            if !slug.is_empty() && slugify(&slug) != slug {
                wr.error(
                    Code::WijkSlug,
                    "slug",
                    format!("wijk slug `{slug}` cannot be used in a web address"),
                    &format!("Use lowercase letters, digits and `-`, such as slug = \"{}\".", slugify(&slug)),
                );
            }
            if slug == HELE_GEMEENTE {
                wr.error(
                    Code::WijkReserved,
                    "slug",
                    "`hele-gemeente` is reserved for services for the whole municipality".into(),
                    "Give the wijk another slug.",
                );
            }
            if wijken.iter().any(|x: &Wijk| x.slug == slug) {
                wr.error(
                    Code::WijkTwice,
                    "slug",
                    format!("wijk `{slug}` is listed twice"),
                    "Give every wijk its own slug.",
                );
            }
            let naam = wr.string("naam", true).unwrap_or_default();
            let wcode = wr.string("code", false);
            if let Some(c) = &wcode {
                if !(c.len() == 8 && c.starts_with("WK") && c[2..].bytes().all(|b| b.is_ascii_alphanumeric())) {
                    wr.error(
                        Code::WijkCode,
                        "code",
                        format!("code `{c}` is not a CBS wijk code"),
                        "Write WK and six characters, such as code = \"WK021300\".",
                    );
                }
            }
            let postcodes = wr.strings("postcodes", false);
            for (i, pc) in postcodes.iter().enumerate() {
                if let Err(m) = fields::pc4(pc) {
                    wr.item_error(
                        Code::Postcode4,
                        "postcodes",
                        i,
                        m,
                        "List the four-digit postcode areas of the wijk, such as postcodes = [\"6971\", \"6972\"].",
                    );
                } else if let Some((other_file, other_w)) = pc4_owner.get(pc) {
                    wr.item_error(
                        Code::PostcodeInTwoWijken,
                        "postcodes",
                        i,
                        format!("postcode area {pc} is also in wijk `{other_w}` ({other_file})"),
                        "Every postcode area belongs to one wijk: the one where most of its addresses are.",
                    );
                } else {
                    pc4_owner.insert(pc.clone(), (crate::diagnostics::display_path(&section.meta.file), slug.clone()));
                }
            }
            wijken.push(Wijk { slug, naam, code: wcode, postcodes });
        }
        r.unknown_keys(&["code", "wijken"]);
        let slug = section.meta.components.last().cloned().unwrap_or_default();
        let naam = section.front.title.clone().unwrap_or_else(|| slug.clone());
        dir.gemeenten.push(Gemeente { section: s, slug, naam, code, wijken });
    }
    let by_slug: HashMap<&str, usize> = dir.gemeenten.iter().enumerate().map(|(i, g)| (g.slug.as_str(), i)).collect();
    for (s, section) in lib.sections.iter().enumerate() {
        let Some(value) = section.front.extra.get("regio") else { continue };
        let mut r = Reader::new(&section.meta, value, &["extra", "regio"], diags);
        let mut gemeenten = Vec::new();
        for (i, slug) in r.strings("gemeenten", true).iter().enumerate() {
            match by_slug.get(slug.as_str()) {
                Some(&g) => gemeenten.push(g),
                None => {
                    let names: Vec<&str> = by_slug.keys().copied().collect();
                    r.unknown_value(Code::UnknownGemeente, "gemeenten", i, slug, "municipality", &names);
                }
            }
        }
        r.unknown_keys(&["gemeenten"]);
        dir.regios.push(Regio { section: s, naam: section.front.title.clone().unwrap_or_default(), gemeenten });
    }

    let owner_of_section: HashMap<usize, Owner> = dir
        .gemeenten
        .iter()
        .enumerate()
        .map(|(i, g)| (g.section, Owner::Gemeente(i)))
        .chain(dir.regios.iter().enumerate().map(|(i, r)| (r.section, Owner::Regio(i))))
        .collect();
    for (p, page) in lib.pages.iter().enumerate() {
        let Some(value) = page.front.extra.get("dienst") else { continue };
        // The nearest enclosing municipality or region owns the service.
        let owner = page.ancestors.iter().rev().find_map(|s| owner_of_section.get(s).copied());
        let Some(owner) = owner else {
            diags.push(
                Diagnostic::error(
                    Code::DienstOutsideGemeente,
                    &page.meta.file,
                    "this service is not inside a municipality or region",
                )
                .with_source(&page.meta.source)
                .at(Spans::of(&page.meta.source).table(&path(&["extra", "dienst"])).unwrap_or(0..1))
                    .help("Move the file into the folder of its municipality (a section with [extra.gemeente]), such as content/gemeenten/<gemeente>/."),
            );
            continue;
        };
        if let Some(d) = read_dienst(&dir, lib, p, owner, value, today, diags) {
            dir.diensten.push(d);
        }
    }
    dir.index_serving();
    Some(dir)
}

fn check_region(region: &RegionConfig, config: &Config, diags: &mut Diagnostics) {
    let mut seen = std::collections::HashSet::new();
    for n in &region.behoeften {
        if slugify(&n.slug) != n.slug || !seen.insert(n.slug.clone()) {
            diags.push(
                Diagnostic::error(
                    Code::NeedSlug,
                    "config.toml",
                    format!("need slug `{}` is not a unique web-address word", n.slug),
                )
                .help("Use lowercase letters, digits and `-`, each slug once."),
            );
        }
    }
    if !config.taxonomies.iter().any(|t| t.name == "behoeften") {
        diags.push(
            Diagnostic::error(
                Code::NeedsTaxonomyMissing,
                "config.toml",
                "the needs in [extra.behoeften] need the taxonomy `behoeften`",
            )
            .help("Add taxonomies = [{ name = \"behoeften\" }] to config.toml."),
        );
    }
}

fn read_dienst(
    dir: &Directory,
    lib: &Library,
    p: usize,
    owner: Owner,
    value: &toml::Value,
    today: jiff::civil::Date,
    diags: &mut Diagnostics,
) -> Option<Dienst> {
    let page = &lib.pages[p];
    let meta = &page.meta;
    let before = diags.iter().filter(|d| d.severity == crate::diagnostics::Severity::Error).count();

    // Description and needs live in Zola's own fields.
    match &page.front.description {
        None => push(
            diags,
            meta,
            Code::DescriptionMissing,
            &path(&["description"]),
            "a service needs a description",
            "Add description = \"...\": one or two short sentences on what the service does, at most 200 characters.",
        ),
        Some(d) if d.chars().count() > 200 => push(
            diags,
            meta,
            Code::DescriptionTooLong,
            &path(&["description"]),
            &format!("the description has {} characters; at most 200", d.chars().count()),
            "Keep it to one or two short sentences; put the rest in the text below the front matter.",
        ),
        _ => {}
    }
    let behoeften = page.front.taxonomies.get("behoeften").cloned().unwrap_or_default();
    if behoeften.is_empty() {
        push(
            diags,
            meta,
            Code::NeedsMissing,
            &path(&["taxonomies"]),
            "a service needs at least one need",
            &format!("Add [taxonomies] with behoeften = [\"...\"]. Valid needs: {}", needs_list(dir)),
        );
    }
    let mut r = Reader::new(meta, value, &["extra", "dienst"], diags);
    let slugs: Vec<&str> = dir.region.behoeften.iter().map(|x| x.slug.as_str()).collect();
    for (i, n) in behoeften.iter().enumerate() {
        if dir.need(n).is_none() {
            r.at_root(&["taxonomies"]).unknown_value(Code::UnknownNeed, "behoeften", i, n, "need", &slugs);
        }
    }
    let soort = r.string("soort", true).unwrap_or_default();
    if !soort.is_empty() && dir.kind(&soort).is_none() {
        let kinds: Vec<&str> = dir.region.soorten.iter().map(|k| k.slug.as_str()).collect();
        r.unknown_value(Code::UnknownSoort, "soort", None, &soort, "kind of service", &kinds);
    }
    let organisatie = r.string("organisatie", true).unwrap_or_default();
    let wijk_slugs: Vec<String> = match owner {
        Owner::Gemeente(g) => dir.gemeenten[g].wijken.iter().map(|w| w.slug.clone()).collect(),
        Owner::Regio(rg) => dir.regios[rg]
            .gemeenten
            .iter()
            .flat_map(|&g| dir.gemeenten[g].wijken.iter().map(|w| w.slug.clone()))
            .collect(),
    };
    let mut wijken = r.strings("wijken", true);
    if wijken.iter().any(|w| w == HELE_GEMEENTE) {
        if wijken.len() > 1 {
            r.error(
                Code::HeleGemeenteCombined,
                "wijken",
                "`hele-gemeente` cannot be combined with single wijken".into(),
                "Use either [\"hele-gemeente\"] or a list of wijken.",
            );
        }
        wijken.clear();
    } else if matches!(owner, Owner::Regio(_)) && !wijken.is_empty() {
        // Region services serve whole municipalities.
        r.error(
            Code::RegionDienstWijken,
            "wijken",
            "a region service serves whole municipalities".into(),
            "Write wijken = [\"hele-gemeente\"].",
        );
    } else {
        for (i, w) in wijken.iter().enumerate() {
            if !wijk_slugs.contains(w) {
                let mut valid: Vec<&str> = wijk_slugs.iter().map(String::as_str).collect();
                valid.push(HELE_GEMEENTE);
                r.unknown_value(Code::UnknownWijk, "wijken", i, w, "wijk", &valid);
            }
        }
    }
    let doelgroep: Vec<Doelgroep> = r.choices("doelgroep");
    let toegang: Option<Toegang> = r.choice("toegang", true);
    let kosten: Option<Kosten> = r.choice("kosten", true);
    let status: Status = r.choice("status", false).unwrap_or_default();
    let telefoon = r.strings("telefoon", false);
    for (i, t) in telefoon.iter().enumerate() {
        if let Err(m) = fields::phone(t) {
            r.item_error(
                Code::Phone,
                "telefoon",
                i,
                m,
                "Write a Dutch number as people dial it, such as \"0575 123 456\", \"06-12345678\" or \"0800-1205\".",
            );
        }
    }
    let email = r.string("email", false);
    if let Some(e) = &email {
        if let Err(m) = fields::email(e) {
            r.error(Code::Email, "email", m, "Write one address, such as email = \"info@voorbeeld.nl\".");
        }
    }
    let website = r.string("website", false);
    if let Some(w) = &website {
        if let Err(m) = fields::website(w) {
            r.error(
                Code::Website,
                "website",
                m,
                "Write the full address, such as website = \"https://www.voorbeeld.nl/inloop\".",
            );
        }
    }
    let talen = r.strings("talen", false);
    for (i, t) in talen.iter().enumerate() {
        if let Err(m) = fields::language(t) {
            r.item_error(
                Code::Language,
                "talen",
                i,
                m,
                "Use two-letter ISO 639-1 codes, such as \"nl\", \"en\", \"ar\", \"tr\", \"pl\", \"uk\".",
            );
        }
    }
    let openingstijden = r.string("openingstijden", false);
    let openingstijden_nl = openingstijden.as_deref().map(|o| r.hours("openingstijden", o)).unwrap_or_default();
    let gecontroleerd = r.date("gecontroleerd", true);
    if let Some(d) = &gecontroleerd {
        let checked = d.instant.to_zoned(jiff::tz::TimeZone::UTC).date();
        let days = today.since(checked).map(|s| s.get_days() as i64).unwrap_or(0);
        if days > STALE_AFTER_DAYS {
            r.warning(
                Code::CheckedLongAgo,
                "gecontroleerd",
                format!("this entry was last checked on {}, more than 12 months ago", d.ymd()),
                "Check that the information is still right, then set gecontroleerd to today's date.",
            );
        }
    }
    let voorbeeld = r.bool("voorbeeld");
    let mut locaties = Vec::new();
    for (n, l) in r.tables("locaties").into_iter().enumerate() {
        let mut lr = r.nested(l, "locaties", n);
        let postcode = lr.string("postcode", false);
        if let Some(pc) = &postcode {
            if let Err(m) = fields::postcode(pc) {
                lr.error(
                    Code::Postcode,
                    "postcode",
                    m,
                    "Write four digits and two capital letters, such as postcode = \"6971 AA\".",
                );
            }
        }
        let wijk = lr.string("wijk", false);
        if let Some(w) = &wijk {
            if !wijk_slugs.contains(w) {
                let valid: Vec<&str> = wijk_slugs.iter().map(String::as_str).collect();
                lr.unknown_value(Code::UnknownWijk, "wijk", None, w, "wijk", &valid);
            }
        }
        let opening = lr.string("openingstijden", false);
        let opening_nl = opening.as_deref().map(|o| lr.hours("openingstijden", o)).unwrap_or_default();
        let loc = Locatie {
            naam: lr.string("naam", false),
            adres: lr.string("adres", false),
            postcode,
            plaats: lr.string("plaats", false),
            wijk,
            toegankelijkheid: lr.choices("toegankelijkheid"),
            openingstijden: opening,
            openingstijden_nl: opening_nl,
        };
        lr.unknown_keys(&["naam", "adres", "postcode", "plaats", "wijk", "toegankelijkheid", "openingstijden"]);
        locaties.push(loc);
    }
    if telefoon.is_empty() && email.is_none() && website.is_none() && locaties.is_empty() {
        r.table_error(
            Code::NoContact,
            "a service needs a way to reach it".into(),
            "Add at least one of telefoon, email, website or [[extra.dienst.locaties]].",
        );
    }
    r.unknown_keys(&[
        "soort",
        "organisatie",
        "wijken",
        "doelgroep",
        "toegang",
        "kosten",
        "status",
        "telefoon",
        "email",
        "website",
        "talen",
        "openingstijden",
        "gecontroleerd",
        "voorbeeld",
        "locaties",
    ]);
    let errors_now = r.diags.iter().filter(|d| d.severity == crate::diagnostics::Severity::Error).count();
    let (Some(toegang), Some(kosten)) = (toegang, kosten) else { return None };
    if errors_now > before {
        return None;
    }
    Some(Dienst {
        page: p,
        owner,
        behoeften,
        soort,
        organisatie,
        wijken,
        doelgroep,
        toegang,
        kosten,
        status,
        telefoon,
        email,
        website,
        talen,
        openingstijden,
        openingstijden_nl,
        gecontroleerd,
        voorbeeld,
        locaties,
    })
}

/// `GM0213` (prefix and digits) as CBS writes its codes.
fn is_cbs_code(code: &str, prefix: &str, digits: usize) -> bool {
    code.len() == prefix.len() + digits
        && code.starts_with(prefix)
        && code[prefix.len()..].bytes().all(|b| b.is_ascii_digit())
}

fn needs_list(dir: &Directory) -> String {
    dir.region.behoeften.iter().map(|n| n.slug.as_str()).collect::<Vec<_>>().join(", ")
}

fn push(diags: &mut Diagnostics, meta: &FileMeta, code: Code, at: &[Step], msg: &str, help: &str) {
    let spans = Spans::of(&meta.source);
    let span = spans.table(at).unwrap_or(0..3);
    diags.push(Diagnostic::error(code, &meta.file, msg).with_source(&meta.source).help(help).at(span));
}

/// Reads one table of the directory's front matter (`at`) and reports problems with its
/// fields, at the places the front matter parser found them.
struct Reader<'a> {
    meta: &'a FileMeta,
    table: Option<&'a toml::Table>,
    at: Vec<Step>,
    /// The file's places, worked out at the first problem.
    spans: Rc<OnceCell<Spans>>,
    diags: &'a mut Diagnostics,
}

impl<'a> Reader<'a> {
    fn new(meta: &'a FileMeta, value: &'a toml::Value, at: &[&str], diags: &'a mut Diagnostics) -> Self {
        let table = value.as_table();
        let mut r = Reader { meta, table, at: path(at), spans: Rc::new(OnceCell::new()), diags };
        if table.is_none() {
            let header = at.join(".");
            r.table_error(
                Code::WrongType,
                format!("[{header}] must be a table"),
                &format!("Write it as a [{header}] block with one field per line."),
            );
        }
        r
    }

    /// The `n`th table of the list `key` in this table.
    fn nested<'b>(&'b mut self, value: &'b toml::Value, key: &str, n: usize) -> Reader<'b> {
        let mut at = self.at.clone();
        at.extend([Step::Key(key.to_string()), Step::Index(n)]);
        Reader { meta: self.meta, table: value.as_table(), at, spans: self.spans.clone(), diags: &mut *self.diags }
    }

    /// The same file, at the top-level table `at` (for fields outside this table).
    fn at_root<'b>(&'b mut self, at: &[&str]) -> Reader<'b> {
        Reader { meta: self.meta, table: None, at: path(at), spans: self.spans.clone(), diags: &mut *self.diags }
    }

    fn spans(&self) -> &Spans {
        self.spans.get_or_init(|| Spans::of(&self.meta.source))
    }

    fn child(&self, key: &str) -> Vec<Step> {
        let mut at = self.at.clone();
        at.push(Step::Key(key.to_string()));
        at
    }

    /// The table itself: its header, or the start of the front matter.
    fn table_span(&self) -> Range<usize> {
        self.spans().table(&self.at).unwrap_or(0..3)
    }

    /// A field: from its key to the end of its value; the table when it is not there.
    fn span(&self, key: &str) -> Range<usize> {
        self.spans().field(&self.child(key)).unwrap_or_else(|| self.table_span())
    }

    /// One value of a list (or the value itself when `index` is none), inside its quotes.
    fn value_span(&self, key: &str, index: Option<usize>) -> Range<usize> {
        let mut at = self.child(key);
        at.extend(index.map(Step::Index));
        match self.spans().get(&at) {
            Some(place) => unquoted(&self.meta.source, place.value.clone()),
            None => self.span(key),
        }
    }

    fn error_at(&mut self, code: Code, span: Range<usize>, msg: String, help: &str) {
        self.diags
            .push(Diagnostic::error(code, &self.meta.file, msg).with_source(&self.meta.source).at(span).help(help));
    }

    fn error(&mut self, code: Code, key: &str, msg: String, help: &str) {
        let span = self.span(key);
        self.error_at(code, span, msg, help);
    }

    /// A problem with the `index`th value of the list `key`.
    fn item_error(&mut self, code: Code, key: &str, index: usize, msg: String, help: &str) {
        let span = self.value_span(key, Some(index));
        self.error_at(code, span, msg, help);
    }

    fn table_error(&mut self, code: Code, msg: String, help: &str) {
        let span = self.table_span();
        self.error_at(code, span, msg, help);
    }

    fn warning(&mut self, code: Code, key: &str, msg: String, help: &str) {
        let span = self.span(key);
        self.diags
            .push(Diagnostic::warning(code, &self.meta.file, msg).with_source(&self.meta.source).at(span).help(help));
    }

    fn get(&self, key: &str) -> Option<&'a toml::Value> {
        self.table?.get(key)
    }

    fn string(&mut self, key: &str, required: bool) -> Option<String> {
        match self.get(key) {
            Some(toml::Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(toml::Value::String(_)) | None if required => {
                self.error(
                    Code::FieldMissing,
                    key,
                    format!("`{key}` is required"),
                    &format!("Add {key} = \"...\" to this block."),
                );
                None
            }
            Some(toml::Value::String(_)) | None => None,
            Some(other) => {
                self.error(
                    Code::WrongType,
                    key,
                    format!("`{key}` must be text, not {}", other.type_str()),
                    &format!("Put the value in quotes: {key} = \"...\"."),
                );
                None
            }
        }
    }

    fn strings(&mut self, key: &str, required: bool) -> Vec<String> {
        match self.get(key) {
            Some(toml::Value::Array(items)) => {
                let list: Vec<String> = items.iter().filter_map(|v| v.as_str().map(|s| s.trim().to_string())).collect();
                if list.len() != items.len() {
                    self.error(
                        Code::WrongType,
                        key,
                        format!("`{key}` must be a list of texts"),
                        &format!("Write {key} = [\"...\", \"...\"]."),
                    );
                }
                if list.is_empty() && required {
                    self.error(
                        Code::FieldMissing,
                        key,
                        format!("`{key}` needs at least one value"),
                        &format!("Write {key} = [\"...\"]."),
                    );
                }
                list
            }
            Some(toml::Value::String(s)) => vec![s.trim().to_string()],
            Some(other) => {
                self.error(
                    Code::WrongType,
                    key,
                    format!("`{key}` must be a list of texts, not {}", other.type_str()),
                    &format!("Write {key} = [\"...\", \"...\"]."),
                );
                Vec::new()
            }
            None => {
                if required {
                    self.error(
                        Code::FieldMissing,
                        key,
                        format!("`{key}` is required"),
                        &format!("Add {key} = [\"...\"] to this block."),
                    );
                }
                Vec::new()
            }
        }
    }

    /// One value of a closed list.
    fn choice<T: ClosedList>(&mut self, key: &str, required: bool) -> Option<T> {
        let v = self.string(key, required)?;
        let found = T::from_slug(&v);
        if found.is_none() {
            self.unknown_value(Code::NotInList, key, None, &v, T::WHAT, &T::slugs());
        }
        found
    }

    /// A list of values of a closed list; unknown ones are reported and left out.
    fn choices<T: ClosedList>(&mut self, key: &str) -> Vec<T> {
        let mut out = Vec::new();
        for (i, v) in self.strings(key, false).iter().enumerate() {
            match T::from_slug(v) {
                Some(t) => out.push(t),
                None => self.unknown_value(Code::NotInList, key, i, v, T::WHAT, &T::slugs()),
            }
        }
        out
    }

    /// `value` (the `index`th of the list `key`, or the value of `key`) is not one of `valid`.
    fn unknown_value(
        &mut self,
        code: Code,
        key: &str,
        index: impl Into<Option<usize>>,
        value: &str,
        what: &str,
        valid: &[&str],
    ) {
        let hint =
            did_you_mean(value, valid.iter().copied()).map(|s| format!("Did you mean `{s}`? ")).unwrap_or_default();
        let span = self.value_span(key, index.into());
        let mut sorted: Vec<&str> = valid.to_vec();
        sorted.sort_unstable();
        self.error_at(
            code,
            span,
            format!("unknown {what} `{value}`"),
            &format!("{hint}Valid values: {}", sorted.join(", ")),
        );
    }

    fn bool(&mut self, key: &str) -> bool {
        match self.get(key) {
            Some(toml::Value::Boolean(b)) => *b,
            None => false,
            Some(_) => {
                self.error(
                    Code::WrongType,
                    key,
                    format!("`{key}` must be true or false"),
                    &format!("Write {key} = true."),
                );
                false
            }
        }
    }

    fn date(&mut self, key: &str, required: bool) -> Option<ContentDate> {
        match self.get(key) {
            Some(v) => match ContentDate::from_value(v) {
                Some(d) => Some(d),
                None => {
                    self.error(
                        Code::WrongType,
                        key,
                        format!("`{key}` is not a date"),
                        &format!("Write the date as {key} = 2026-09-01."),
                    );
                    None
                }
            },
            None if required => {
                self.error(
                    Code::FieldMissing,
                    key,
                    format!("`{key}` is required"),
                    &format!("Add {key} = YYYY-MM-DD: the day someone last checked this entry."),
                );
                None
            }
            None => None,
        }
    }

    fn tables(&mut self, key: &str) -> Vec<&'a toml::Value> {
        match self.get(key) {
            Some(toml::Value::Array(items)) if items.iter().all(toml::Value::is_table) => items.iter().collect(),
            None => Vec::new(),
            Some(_) => {
                self.error(
                    Code::WrongType,
                    key,
                    format!("`{key}` must be a list of blocks"),
                    &format!("Write each as a [[...{key}]] block."),
                );
                Vec::new()
            }
        }
    }

    /// Parse opening hours; the problem points at the exact character in the value.
    fn hours(&mut self, key: &str, value: &str) -> Vec<String> {
        match opening_hours::parse(value) {
            Ok(expr) => opening_hours::to_dutch(&expr),
            Err(e) => {
                let inner = self.value_span(key, None);
                let source = &self.meta.source;
                // The column counts characters of the value; the value is written as is
                // between its quotes (no escapes in opening hours).
                let offset: usize =
                    source[inner.clone()].chars().take(e.column.saturating_sub(1)).map(char::len_utf8).sum();
                let at = (inner.start + offset).min(inner.end.saturating_sub(1).max(inner.start));
                let end = at + source[at..].chars().next().map_or(1, char::len_utf8);
                self.error_at(
                    Code::OpeningHours,
                    at..end,
                    format!("opening hours `{value}`: {}", e.message),
                    "Use OpenStreetMap opening_hours, such as \"Mo-Fr 09:00-17:00\", \"Tu,Th 10:00-12:00; Sa[1] 13:00-16:00\" or \"24/7\".",
                );
                Vec::new()
            }
        }
    }

    fn unknown_keys(&mut self, known: &[&str]) {
        let Some(table) = self.table else { return };
        let unknown: Vec<String> = table.keys().filter(|k| !known.contains(&k.as_str())).cloned().collect();
        for key in unknown {
            let hint =
                did_you_mean(&key, known.iter().copied()).map(|s| format!("Did you mean `{s}`? ")).unwrap_or_default();
            let span =
                self.spans().get(&self.child(&key)).and_then(|p| p.key.clone()).unwrap_or_else(|| self.span(&key));
            self.error_at(
                Code::UnknownField,
                span,
                format!("unknown field `{key}`"),
                &format!("{hint}Fields here: {}", known.join(", ")),
            );
        }
    }
}

/// A string value's text without its quotes.
fn unquoted(source: &str, span: Range<usize>) -> Range<usize> {
    let text = &source[span.clone()];
    let quoted = text.len() >= 2
        && (text.starts_with('"') && text.ends_with('"') || text.starts_with('\'') && text.ends_with('\''));
    if quoted {
        span.start + 1..span.end - 1
    } else {
        span
    }
}

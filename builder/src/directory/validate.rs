//! Reading the directory out of the library, checking every field as it goes. Every
//! problem becomes a diagnostic pointing at the line in the file, with the valid values.

use std::collections::HashMap;

use super::opening_hours::HoursWords;
use super::reader::Reader;
use super::*;
use crate::content::dates::STALE_AFTER_DAYS;
use crate::content::spans::{path, Spans, Step};
use crate::content::FileMeta;
use crate::messages::Message;
use crate::msg;
use crate::urls::slugify;

pub fn load(
    lib: &Library,
    config: &Config,
    today: jiff::civil::Date,
    words: &HoursWords,
    diags: &mut Diagnostics,
) -> Option<Directory> {
    let region = super::region_config(config, diags)?;
    let mut dir = Directory { region, clock: open_now::Clock::new(today), ..Default::default() };
    check_region(&dir.region, config, diags);

    // Municipalities, then regions (which name municipalities), then services.
    // Postcode area → (file of its municipality, wijk), to catch one area in two wijken.
    let mut pc4_owner: HashMap<String, (String, String)> = HashMap::new();
    for (s, section) in lib.sections.iter().enumerate() {
        let Some(value) = section.front.extra.get("gemeente") else { continue };
        let mut r = Reader::new(&section.meta, value, &["extra", "gemeente"], diags);
        let code = r.string("code", true).unwrap_or_default();
        if !code.is_empty() && !fields::gemeente_code(&code) {
            r.error(Code::GemeenteCode, "code", msg!("gemeente-code", code = &code), msg!("gemeente-code.help"));
        }
        let mut wijken = Vec::new();
        for (n, w) in r.tables("wijken").into_iter().enumerate() {
            let mut wr = r.nested(w, "wijken", n);
            let slug = wr.string("slug", true).unwrap_or_default();
            if !slug.is_empty() && slugify(&slug) != slug {
                wr.error(
                    Code::WijkSlug,
                    "slug",
                    msg!("wijk-slug", slug = &slug),
                    msg!("wijk-slug.help", suggestion = slugify(&slug)),
                );
            }
            if slug == HELE_GEMEENTE {
                wr.error(Code::WijkReserved, "slug", msg!("wijk-reserved"), msg!("wijk-reserved.help"));
            }
            if wijken.iter().any(|x: &Wijk| x.slug == slug) {
                wr.error(Code::WijkTwice, "slug", msg!("wijk-twice", slug = &slug), msg!("wijk-twice.help"));
            }
            let naam = wr.string("naam", true).unwrap_or_default();
            let wcode = wr.string("code", false);
            if let Some(Err(m)) = wcode.as_deref().map(fields::wijk_code) {
                wr.error(Code::WijkCode, "code", m, msg!("wijk-code.help"));
            }
            let postcodes_at = wr.indexed("postcodes", false);
            let postcodes: Vec<String> = postcodes_at.iter().map(|(_, p)| p.clone()).collect();
            for (i, pc) in postcodes_at.iter().map(|(i, p)| (*i, p)) {
                if let Err(m) = fields::pc4(pc) {
                    wr.item_error(Code::Postcode4, "postcodes", i, m, msg!("postcode4.help"));
                } else if let Some((other_file, other_w)) = pc4_owner.get(pc) {
                    wr.item_error(
                        Code::PostcodeInTwoWijken,
                        "postcodes",
                        i,
                        msg!("postcode-in-two-wijken", pc, wijk = other_w, file = other_file),
                        msg!("postcode-in-two-wijken.help"),
                    );
                } else {
                    pc4_owner.insert(pc.clone(), (crate::diagnostics::display_path(&section.meta.file), slug.clone()));
                }
            }
            wr.unknown_keys(super::WIJK_KEYS);
            wijken.push(Wijk { slug, naam, code: wcode, postcodes });
        }
        r.unknown_keys(super::GEMEENTE_KEYS);
        let slug = section.meta.components.last().cloned().unwrap_or_default();
        let naam = section.front.title.clone().unwrap_or_else(|| slug.clone());
        dir.gemeenten.push(Gemeente { section: s, slug, naam, code, wijken });
    }
    let by_slug: HashMap<&str, usize> = dir.gemeenten.iter().enumerate().map(|(i, g)| (g.slug.as_str(), i)).collect();
    for (s, section) in lib.sections.iter().enumerate() {
        let Some(value) = section.front.extra.get("regio") else { continue };
        let mut r = Reader::new(&section.meta, value, &["extra", "regio"], diags);
        let mut gemeenten = Vec::new();
        for (i, slug) in &r.indexed("gemeenten", true) {
            let i = *i;
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
                Diagnostic::error(Code::DienstOutsideGemeente, &page.meta.file, msg!("dienst-outside-gemeente"))
                    .with_source(&page.meta.source)
                    .at(Spans::of(&page.meta.source).table(&path(&["extra", "dienst"])).unwrap_or(0..1))
                    .help(msg!("dienst-outside-gemeente.help")),
            );
            continue;
        };
        if let Some(d) = read_dienst(&dir, lib, p, owner, value, &Reading { today, words }, diags) {
            dir.diensten.push(d);
        }
    }
    dir.index_serving();
    for (d, id) in lijstje::ids(&dir, lib).into_iter().enumerate() {
        dir.diensten[d].lijstje = id;
    }
    Some(dir)
}

fn check_region(region: &RegionConfig, config: &Config, diags: &mut Diagnostics) {
    let address = config.extra.get("wijkwijzer").and_then(|w| w.get("redactieadres"));
    if let Some(value) = address {
        let problem = match value.as_str() {
            Some(text) => fields::email(text).err(),
            None => Some(msg!("not-text", key = "redactieadres", found = value.type_str())),
        };
        if let Some(m) = problem {
            diags.push(Diagnostic::error(Code::Email, "config.toml", m).help(msg!("redactieadres.help")));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for n in &region.behoeften {
        if slugify(&n.slug) != n.slug || !seen.insert(n.slug.clone()) {
            diags.push(
                Diagnostic::error(Code::NeedSlug, "config.toml", msg!("need-slug", slug = &n.slug))
                    .help(msg!("need-slug.help")),
            );
        }
    }
    if !config.taxonomies.iter().any(|t| t.name == "behoeften") {
        diags.push(
            Diagnostic::error(Code::NeedsTaxonomyMissing, "config.toml", msg!("needs-taxonomy-missing"))
                .help(msg!("needs-taxonomy-missing.help")),
        );
    }
}

/// What a service is read against: the build's day and the words of its opening hours.
#[derive(Clone, Copy)]
struct Reading<'a> {
    today: jiff::civil::Date,
    words: &'a HoursWords,
}

fn read_dienst(
    dir: &Directory,
    lib: &Library,
    p: usize,
    owner: Owner,
    value: &toml::Value,
    reading: &Reading,
    diags: &mut Diagnostics,
) -> Option<Dienst> {
    let Reading { today, words } = *reading;
    let page = &lib.pages[p];
    let meta = &page.meta;
    let before = diags.iter().filter(|d| d.severity == crate::diagnostics::Severity::Error).count();

    // Description and needs live in Zola's own fields.
    match page.front.description.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => push(
            diags,
            meta,
            Code::DescriptionMissing,
            &path(&["description"]),
            msg!("description-missing"),
            msg!("description-missing.help"),
        ),
        Some(d) if d.chars().count() > fields::SHORT_TEXT_MAX_CHARS => push(
            diags,
            meta,
            Code::DescriptionTooLong,
            &path(&["description"]),
            msg!("description-too-long", count = d.chars().count()),
            msg!("description-too-long.help"),
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
            msg!("needs-missing"),
            msg!("needs-missing.help", valid = needs_list(dir)),
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
        r.unknown_value(Code::UnknownSoort, "soort", None, &soort, "kind", &kinds);
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
    let wijken_at = r.indexed("wijken", true);
    let mut wijken: Vec<String> = wijken_at.iter().map(|(_, w)| w.clone()).collect();
    if wijken.iter().any(|w| w == HELE_GEMEENTE) {
        if wijken.len() > 1 {
            r.error(
                Code::HeleGemeenteCombined,
                "wijken",
                msg!("hele-gemeente-combined"),
                msg!("hele-gemeente-combined.help"),
            );
        }
        wijken.clear();
    } else if matches!(owner, Owner::Regio(_)) && !wijken.is_empty() {
        // Region services serve whole municipalities.
        r.error(Code::RegionDienstWijken, "wijken", msg!("region-dienst-wijken"), msg!("region-dienst-wijken.help"));
    } else {
        for (i, w) in wijken_at.iter().map(|(i, w)| (*i, w)) {
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
    let mut status: Status = r.choice("status", false).unwrap_or_default();
    // A temporary closure may say until when; once that day has passed the service is
    // open again, on the next build (and in the browser, the day after).
    let mut gesloten_tot = r.date("gesloten_tot", false);
    match (status, &gesloten_tot) {
        (Status::Actief | Status::Gestopt, Some(_)) => {
            r.error(Code::GeslotenTot, "gesloten_tot", msg!("gesloten-tot-unused"), msg!("gesloten-tot-unused.help"))
        }
        (Status::TijdelijkGesloten, Some(tot)) if tot.days_before(today) > 0 => {
            status = Status::Actief;
            gesloten_tot = None;
        }
        _ => {}
    }
    // From when the opening hours hold: never "Nu open" while closed.
    let opens_from: Option<Option<jiff::civil::Date>> = match (status, &gesloten_tot) {
        (Status::Actief, _) => Some(None),
        // (No day after the last representable one: then it never opens again.)
        (Status::TijdelijkGesloten, Some(tot)) => tot.day().tomorrow().ok().map(Some),
        _ => None,
    };
    let schedule = |hours: Option<&str>| opens_from.and_then(|from| dir.clock.schedule(hours?, from));
    let melding_tekst = r.string("melding", false);
    let melding_tot = r.date("melding_tot", false);
    if let Some(tekst) = &melding_tekst {
        if tekst.chars().count() > fields::SHORT_TEXT_MAX_CHARS {
            r.error(
                Code::Melding,
                "melding",
                msg!("melding-too-long", count = tekst.chars().count()),
                msg!("melding-too-long.help"),
            );
        }
    } else if melding_tot.is_some() {
        r.error(Code::Melding, "melding_tot", msg!("melding-tot-alone"), msg!("melding-tot-alone.help"));
    }
    let melding = melding_tekst
        .map(|tekst| Melding { tekst, tot: melding_tot })
        .filter(|m| m.tot.as_ref().is_none_or(|tot| tot.days_before(today) <= 0));
    let telefoon_at = r.indexed("telefoon", false);
    let telefoon: Vec<String> = telefoon_at.iter().map(|(_, t)| t.clone()).collect();
    for (i, t) in telefoon_at.iter().map(|(i, t)| (*i, t)) {
        if let Err(m) = fields::phone(t) {
            r.item_error(Code::Phone, "telefoon", i, m, msg!("phone.help"));
        }
    }
    let email = r.string("email", false);
    if let Some(e) = &email {
        if let Err(m) = fields::email(e) {
            r.error(Code::Email, "email", m, msg!("email.help"));
        }
    }
    let website = r.string("website", false);
    if let Some(w) = &website {
        if let Err(m) = fields::website(w) {
            r.error(Code::Website, "website", m, msg!("website.help"));
        }
    }
    let talen_at = r.indexed("talen", false);
    let talen: Vec<String> = talen_at.iter().map(|(_, t)| t.clone()).collect();
    for (i, t) in talen_at.iter().map(|(i, t)| (*i, t)) {
        if let Err(m) = fields::language(t) {
            r.item_error(Code::Language, "talen", i, m, msg!("language.help"));
        }
    }
    let openingstijden = r.string("openingstijden", false);
    let openingstijden_tekst =
        openingstijden.as_deref().map(|o| r.hours("openingstijden", o, words)).unwrap_or_default();
    let gecontroleerd = r.date("gecontroleerd", true);
    if let Some(d) = &gecontroleerd {
        if d.days_before(today) > STALE_AFTER_DAYS {
            r.warning(
                Code::CheckedLongAgo,
                "gecontroleerd",
                msg!("checked-long-ago", date = d.ymd()),
                msg!("checked-long-ago.help"),
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
                lr.error(Code::Postcode, "postcode", m, msg!("postcode.help"));
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
        let opening_tekst = opening.as_deref().map(|o| lr.hours("openingstijden", o, words)).unwrap_or_default();
        let loc = Locatie {
            naam: lr.string("naam", false),
            adres: lr.string("adres", false),
            postcode,
            plaats: lr.string("plaats", false),
            wijk,
            toegankelijkheid: lr.choices("toegankelijkheid"),
            open: schedule(opening.as_deref()),
            openingstijden: opening,
            openingstijden_tekst: opening_tekst,
        };
        lr.unknown_keys(super::LOCATIE_KEYS);
        locaties.push(loc);
    }
    if telefoon.is_empty() && email.is_none() && website.is_none() && locaties.is_empty() {
        r.table_error(Code::NoContact, msg!("no-contact"), msg!("no-contact.help"));
    }
    r.unknown_keys(super::DIENST_KEYS);
    let errors_now = r.error_count();
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
        gesloten_tot,
        melding,
        telefoon,
        email,
        website,
        talen,
        open: schedule(openingstijden.as_deref()),
        openingstijden,
        openingstijden_tekst,
        gecontroleerd,
        voorbeeld,
        locaties,
        lijstje: String::new(),
    })
}

fn needs_list(dir: &Directory) -> String {
    dir.region.behoeften.iter().map(|n| n.slug.as_str()).collect::<Vec<_>>().join(", ")
}

fn push(diags: &mut Diagnostics, meta: &FileMeta, code: Code, at: &[Step], msg: Message, help: Message) {
    let spans = Spans::of(&meta.source);
    let span = spans.table(at).unwrap_or(0..3);
    diags.push(Diagnostic::error(code, &meta.file, msg).with_source(&meta.source).help(help).at(span));
}

//! How fresh the directory is, for the editors who keep it true: per municipality (and
//! the region), every service with the age of its `gecontroleerd` date, overdue ones
//! first, what it lacks, and how plainly its text reads (the same measure as
//! `leesbaarheid`). `wijkwijzer report` prints it.

use std::path::PathBuf;

use crate::content::dates::{ContentDate, STALE_AFTER_DAYS};
use crate::directory::{Dienst, Owner};
use crate::pipeline::Site;
use crate::readability::{self, Stats};

/// What a service can lack that residents look for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Missing {
    Openingstijden,
    Telefoon,
    Locatie,
    /// A location that names no wijk: it shows on no wijk page.
    Wijk,
}

impl Missing {
    /// The field's name, as the contract and the editors know it.
    pub fn name(self) -> &'static str {
        self.into()
    }
}

#[derive(Debug)]
pub struct Entry {
    /// The municipality's or region's name.
    pub owner: String,
    pub title: String,
    /// The page's file, relative to the site.
    pub file: PathBuf,
    pub gecontroleerd: Option<String>,
    /// Days since the check.
    pub days: Option<i64>,
    pub email: Option<String>,
    pub telefoon: Vec<String>,
    pub missing: Vec<Missing>,
    pub leesbaarheid: Stats,
}

impl Entry {
    pub fn overdue(&self) -> bool {
        self.days.is_none_or(|d| d > STALE_AFTER_DAYS)
    }
}

/// Every service of the site, by owner, overdue and oldest first.
pub fn entries(site: &Site, today: jiff::civil::Date) -> Vec<Entry> {
    let Some(dir) = &site.directory else { return Vec::new() };
    let mut out: Vec<Entry> = dir
        .diensten
        .iter()
        .map(|d| {
            let page = &site.lib.pages[d.page];
            let owner = match d.owner {
                Owner::Gemeente(g) => dir.gemeenten[g].naam.clone(),
                Owner::Regio(r) => dir.regios[r].naam.clone(),
            };
            let days = d.gecontroleerd.as_ref().map(|c| c.days_before(today));
            Entry {
                owner,
                title: page.front.title.clone().unwrap_or_default(),
                file: page.meta.file.clone(),
                gecontroleerd: d.gecontroleerd.as_ref().map(ContentDate::ymd),
                days,
                email: d.email.clone(),
                telefoon: d.telefoon.clone(),
                missing: missing(d),
                leesbaarheid: readability::measure(&page.meta.source[page.meta.body_start..]),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (&a.owner, std::cmp::Reverse(a.days.unwrap_or(i64::MAX)), &a.title).cmp(&(
            &b.owner,
            std::cmp::Reverse(b.days.unwrap_or(i64::MAX)),
            &b.title,
        ))
    });
    out
}

fn missing(d: &Dienst) -> Vec<Missing> {
    let mut out = Vec::new();
    if d.openingstijden.is_none() && d.locaties.iter().all(|l| l.openingstijden.is_none()) {
        out.push(Missing::Openingstijden);
    }
    if d.telefoon.is_empty() {
        out.push(Missing::Telefoon);
    }
    if d.locaties.is_empty() {
        out.push(Missing::Locatie);
    } else if d.locaties.iter().any(|l| l.wijk.is_none()) {
        out.push(Missing::Wijk);
    }
    out
}

/// One service as a provider is asked to confirm it: what the site shows.
#[derive(Debug)]
pub struct Shown {
    pub title: String,
    pub description: String,
    pub url: String,
    pub organisatie: String,
    pub telefoon: Vec<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// The opening hours in Dutch, a line per rule, as the page shows them.
    pub openingstijden: Vec<String>,
    /// Each location on one line: name, address, postcode and place.
    pub locaties: Vec<String>,
    pub toegang: &'static str,
    pub kosten: &'static str,
    pub gecontroleerd: Option<String>,
}

/// The services per provider address (in address order), and those without an address,
/// which the editors check by phone.
pub fn by_provider(site: &Site) -> (Vec<(String, Vec<Shown>)>, Vec<Shown>) {
    use crate::directory::ClosedList;
    let Some(dir) = &site.directory else { return (Vec::new(), Vec::new()) };
    let mut by_address: std::collections::BTreeMap<String, Vec<Shown>> = Default::default();
    let mut no_address = Vec::new();
    for d in &dir.diensten {
        let page = &site.lib.pages[d.page];
        let shown = Shown {
            title: page.front.title.clone().unwrap_or_default(),
            description: page.front.description.clone().unwrap_or_default(),
            url: site.config.permalink(&page.meta.path),
            organisatie: d.organisatie.clone(),
            telefoon: d.telefoon.clone(),
            email: d.email.clone(),
            website: d.website.clone(),
            openingstijden: d.openingstijden_tekst.clone(),
            locaties: d
                .locaties
                .iter()
                .map(|l| {
                    let parts = [&l.naam, &l.adres, &l.postcode, &l.plaats];
                    parts.iter().filter_map(|p| p.as_deref()).collect::<Vec<_>>().join(", ")
                })
                .collect(),
            toegang: d.toegang.label(),
            kosten: d.kosten.label(),
            gecontroleerd: d.gecontroleerd.as_ref().map(ContentDate::ymd),
        };
        match &d.email {
            Some(address) => by_address.entry(address.to_lowercase()).or_default().push(shown),
            None => no_address.push(shown),
        }
    }
    for list in by_address.values_mut() {
        list.sort_by(|a, b| a.title.cmp(&b.title));
    }
    no_address.sort_by(|a, b| a.title.cmp(&b.title));
    (by_address.into_iter().collect(), no_address)
}

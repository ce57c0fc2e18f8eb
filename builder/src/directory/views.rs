//! What the directory templates see: a service's fields with labels for residents,
//! a municipality with its wijken and its services grouped by need.

use minijinja::{context, Value};

use super::*;
use crate::config::Config;

/// Site path of a municipality's wijk page.
pub fn wijk_path(lib: &Library, g: &Gemeente, wijk: &str) -> String {
    format!("{}wijk/{wijk}/", lib.sections[g.section].meta.path)
}

/// Site path of a municipality's page for one need.
pub fn need_path(lib: &Library, g: &Gemeente, need: &str) -> String {
    format!("{}behoefte/{need}/", lib.sections[g.section].meta.path)
}

/// The region-wide page for one need: the taxonomy term page.
pub fn region_need_path(need: &str) -> String {
    format!("/behoeften/{need}/")
}

fn labelled<T: ClosedList>(value: T) -> Value {
    context! { slug => value.slug(), label => value.label() }
}

/// `dienst` in a service page's template values.
pub fn dienst_value(dir: &Directory, lib: &Library, config: &Config, d: &Dienst) -> Value {
    let (owner_naam, owner_url) = match d.owner {
        Owner::Gemeente(g) => {
            (dir.gemeenten[g].naam.clone(), config.permalink(&lib.sections[dir.gemeenten[g].section].meta.path))
        }
        Owner::Regio(r) => {
            (dir.regios[r].naam.clone(), config.permalink(&lib.sections[dir.regios[r].section].meta.path))
        }
    };
    let gemeenten: Vec<Value> = dir
        .serves(d)
        .iter()
        .map(|&g| context! { naam => dir.gemeenten[g].naam.clone(), permalink => config.permalink(&lib.sections[dir.gemeenten[g].section].meta.path) })
        .collect();
    let wijken: Vec<Value> = dir
        .wijken_of(d)
        .map(|(gem, w)| context! { slug => w.slug.clone(), naam => w.naam.clone(), permalink => config.permalink(&wijk_path(lib, gem, &w.slug)) })
        .collect();
    let behoeften: Vec<Value> = d
        .behoeften
        .iter()
        .filter_map(|n| dir.need(n))
        .map(|n| context! { slug => n.slug.clone(), label => n.label.clone(), permalink => config.permalink(&region_need_path(&n.slug)) })
        .collect();
    let telefoon: Vec<Value> = d
        .telefoon
        .iter()
        .map(|t| context! { nummer => t.clone(), tel => t.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>() })
        .collect();
    let locaties: Vec<Value> = d
        .locaties
        .iter()
        .map(|l| {
            let toegankelijkheid: Vec<&str> = l.toegankelijkheid.iter().map(|t| t.label()).collect();
            context! { toegankelijkheid_nl => toegankelijkheid, open => l.open.as_ref().map(open_now::Schedule::encode), ..Value::from_serialize(l) }
        })
        .collect();
    let checked = d.gecontroleerd.as_ref();
    context! {
        soort => d.soort.clone(),
        soort_label => dir.kind(&d.soort).map(|k| k.label.clone()).unwrap_or_default(),
        organisatie => d.organisatie.clone(),
        eigenaar => context! { naam => owner_naam, permalink => owner_url, is_regio => matches!(d.owner, Owner::Regio(_)) },
        gemeenten => gemeenten,
        hele_gemeente => d.whole_municipality(),
        wijken => wijken,
        behoeften => behoeften,
        doelgroep => d.doelgroep.iter().map(|x| x.label()).collect::<Vec<_>>(),
        toegang => labelled(d.toegang),
        kosten => labelled(d.kosten),
        status => labelled(d.status),
        // Only while it holds: an ended closure and an expired notice are already gone.
        gesloten_tot => d.gesloten_tot.as_ref().map(|t| t.ymd()),
        melding => d.melding.as_ref().map(|m| context! { tekst => m.tekst.clone(), tot => m.tot.as_ref().map(|t| t.ymd()) }),
        open => d.open.as_ref().map(open_now::Schedule::encode),
        open_in_lijst => d.open_in_list().map(open_now::Schedule::encode),
        // Closed while someone needs help now: the page points to the help lines.
        crisis => d.crisis(),
        lijstje => d.lijstje.clone(),
        telefoon => telefoon,
        email => d.email.clone(),
        website => d.website.clone(),
        talen => d.talen.iter().map(|t| language_name(t)).collect::<Vec<_>>(),
        openingstijden => d.openingstijden.clone(),
        openingstijden_tekst => d.openingstijden_tekst.clone(),
        gecontroleerd => checked.map(|c| c.ymd()),
        voorbeeld => d.voorbeeld,
        locaties => locaties,
        jsonld => Value::from_safe_string(super::jsonld::to_script(&super::jsonld::service(dir, lib, config, d))),
    }
}

/// Dutch names for the languages services are most often offered in; others by code.
pub(crate) fn language_name(code: &str) -> String {
    let name = match code {
        "nl" => "Nederlands",
        "en" => "Engels",
        "ar" => "Arabisch",
        "tr" => "Turks",
        "pl" => "Pools",
        "uk" => "Oekraïens",
        "ru" => "Russisch",
        "de" => "Duits",
        "fr" => "Frans",
        "es" => "Spaans",
        "pt" => "Portugees",
        "so" => "Somalisch",
        "ti" => "Tigrinya",
        "fa" => "Perzisch",
        "zh" => "Chinees",
        "bg" => "Bulgaars",
        "ro" => "Roemeens",
        _ => return code.to_string(),
    };
    name.to_string()
}

/// A list of services as template values (the same values as their pages have).
pub fn services(dir: &Directory, list: &[usize], page_values: &[Value]) -> Vec<Value> {
    list.iter().map(|&i| page_values[dir.diensten[i].page].clone()).collect()
}

/// `gemeente` for the municipality page, wijk pages and need pages.
pub fn gemeente_value(dir: &Directory, lib: &Library, config: &Config, g: usize, page_values: &[Value]) -> Value {
    let gem = &dir.gemeenten[g];
    let wijken: Vec<Value> = gem
        .wijken
        .iter()
        .map(|w| {
            let n = dir.count(g, Some(&w.slug), None);
            context! { slug => w.slug.clone(), naam => w.naam.clone(), postcodes => w.postcodes.clone(), aantal => n, permalink => config.permalink(&wijk_path(lib, gem, &w.slug)) }
        })
        .collect();
    let groepen: Vec<Value> = dir
        .region
        .behoeften
        .iter()
        .map(|n| {
            let list = dir.select(lib, g, None, Some(&n.slug));
            context! {
                slug => n.slug.clone(),
                label => n.label.clone(),
                uitleg => n.uitleg.clone(),
                aantal => list.len(),
                permalink => config.permalink(&need_path(lib, gem, &n.slug)),
                diensten => services(dir, &list, page_values),
            }
        })
        .collect();
    context! {
        naam => gem.naam.clone(),
        slug => gem.slug.clone(),
        code => gem.code.clone(),
        permalink => config.permalink(&lib.sections[gem.section].meta.path),
        wijken => wijken,
        behoeften => groepen,
        aantal => dir.count(g, None, None),
    }
}

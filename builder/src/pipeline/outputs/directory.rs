//! The directory's HTML files: a municipality's services per wijk and per need, the
//! postcode finder, the search page and the page of "Mijn lijstje".

use std::path::Path;

use minijinja::{context, Value};

use super::Job;
use crate::diagnostics::{Code, Diagnostic};
use crate::directory;
use crate::pipeline::Site;

/// Every HTML file of the directory; none when the site has no directory.
pub fn jobs(site: &Site) -> Vec<Job> {
    let mut jobs = Vec::new();
    if let Some(dir) = &site.directory {
        jobs.push(Job::Postcodes);
        jobs.push(Job::SearchPage);
        jobs.push(Job::Lijstje);
        for (g, gem) in dir.gemeenten.iter().enumerate() {
            jobs.extend((0..gem.wijken.len()).map(|wijk| Job::Wijk { gemeente: g, wijk }));
            jobs.extend((0..dir.region.behoeften.len()).map(|need| Job::GemeenteNeed { gemeente: g, need }));
        }
    }
    jobs
}

/// Render one of the directory's files: its site path and its text.
pub fn render(site: &Site, job: &Job) -> Result<(String, String), Diagnostic> {
    let (lib, config) = (&site.lib, &site.config);
    let dir = site.directory.as_ref().ok_or_else(|| {
        Diagnostic::error(Code::Internal, "content", crate::msg!("internal", detail = "no directory"))
    })?;
    match job {
        Job::Wijk { gemeente, wijk } => {
            let gem = &dir.gemeenten[*gemeente];
            let w = &gem.wijken[*wijk];
            let path = directory::views::wijk_path(lib, gem, &w.slug);
            let list = dir.select(lib, *gemeente, Some(&w.slug), None);
            let ctx = context! {
                gemeente => site.gemeente_values[*gemeente].clone(),
                wijk => context! { slug => w.slug.clone(), naam => w.naam.clone(), postcodes => w.postcodes.clone() },
                diensten => directory::views::services(dir, &list, &site.page_values),
                current_path => path.clone(),
                current_url => config.permalink(&path),
                lang => config.default_language.clone(),
            };
            Ok((path, site.render_template("wijk.html", ctx, &lib.sections[gem.section].meta.file)?))
        }
        Job::GemeenteNeed { gemeente, need } => {
            let gem = &dir.gemeenten[*gemeente];
            let n = &dir.region.behoeften[*need];
            let path = directory::views::need_path(lib, gem, &n.slug);
            let list = dir.select(lib, *gemeente, None, Some(&n.slug));
            let ctx = context! {
                gemeente => site.gemeente_values[*gemeente].clone(),
                behoefte => Value::from_serialize(n),
                regio_permalink => config.permalink(&directory::views::region_need_path(&n.slug)),
                diensten => directory::views::services(dir, &list, &site.page_values),
                current_path => path.clone(),
                current_url => config.permalink(&path),
                lang => config.default_language.clone(),
            };
            Ok((path, site.render_template("gemeente_behoefte.html", ctx, &lib.sections[gem.section].meta.file)?))
        }
        Job::SearchPage => {
            let gemeenten: Vec<Value> = dir
                .gemeenten
                .iter()
                .map(|g| context! { slug => g.slug.clone(), naam => g.naam.clone(), permalink => config.permalink(&lib.sections[g.section].meta.path) })
                .collect();
            let behoeften: Vec<Value> = dir
                .region
                .behoeften
                .iter()
                .map(|n| context! { slug => n.slug.clone(), label => n.label.clone(), permalink => config.permalink(&directory::views::region_need_path(&n.slug)) })
                .collect();
            let path = directory::SEARCH_PATH.to_string();
            let ctx = context! {
                gemeenten => gemeenten,
                behoeften => behoeften,
                soorten => Value::from_serialize(&dir.region.soorten),
                current_path => path.clone(),
                current_url => config.permalink(&path),
                lang => config.default_language.clone(),
            };
            Ok((path, site.render_template("zoeken.html", ctx, Path::new("config.toml"))?))
        }
        Job::Postcodes => {
            let rows: Vec<Value> = directory::postcode_rows(dir)
                .into_iter()
                .map(|(pc, g, w)| {
                    let gem = &dir.gemeenten[g];
                    context! {
                        postcode => pc,
                        wijk => gem.wijken[w].naam.clone(),
                        wijk_permalink => config.permalink(&directory::views::wijk_path(lib, gem, &gem.wijken[w].slug)),
                        gemeente => gem.naam.clone(),
                        gemeente_permalink => config.permalink(&lib.sections[gem.section].meta.path),
                    }
                })
                .collect();
            let path = directory::POSTCODE_PATH.to_string();
            let ctx = context! {
                rijen => rows,
                current_path => path.clone(),
                current_url => config.permalink(&path),
                lang => config.default_language.clone(),
            };
            Ok((path, site.render_template("postcode.html", ctx, Path::new("config.toml"))?))
        }
        Job::Lijstje => {
            let path = directory::lijstje::LIJSTJE_PATH.to_string();
            let ctx = context! {
                current_path => path.clone(),
                current_url => config.permalink(&path),
                lang => config.default_language.clone(),
            };
            Ok((path, site.render_template("lijstje.html", ctx, Path::new("config.toml"))?))
        }
        _ => {
            Err(Diagnostic::error(Code::Internal, "content", crate::msg!("internal", detail = "not a directory page")))
        }
    }
}

//! The offline worker (`sw.js`, from the theme's `sw.js` template) and the offline page.
//! The worker's cache name carries a hash of what it keeps, so a build that changes the
//! crisis page or the offline page (or a new Wijkwijzer with a new stylesheet) replaces
//! it; with `aan = false` the worker that is written removes itself.

use std::path::Path;

use minijinja::context;

use super::Job;
use crate::diagnostics::Diagnostic;
use crate::offline::{OFFLINE_PATH, WORKER_FILE};
use crate::pipeline::Site;

/// The offline page, when the worker is on.
pub fn jobs(site: &Site) -> Vec<Job> {
    if site.offline.aan {
        vec![Job::Offline]
    } else {
        Vec::new()
    }
}

pub fn render_page(site: &Site) -> Result<(String, String), Diagnostic> {
    let config = &site.config;
    let ctx = context! {
        current_path => OFFLINE_PATH,
        current_url => config.permalink(OFFLINE_PATH),
        lang => config.default_language.clone(),
        crisis => site.offline.pagina.as_ref().map(|p| {
            let url = config.permalink(p);
            let title = crisis_page(site, p).and_then(|(_, title)| title);
            context! { title => title.unwrap_or_else(|| url.clone()), url => url }
        }),
    };
    Ok((OFFLINE_PATH.to_string(), site.render_template("offline.html", ctx, Path::new("config.toml"))?))
}

/// `sw.js`: the worker, with the addresses it keeps and a version of their contents.
pub fn worker(site: &Site) -> Result<(String, String), Diagnostic> {
    let (config, offline) = (&site.config, &site.offline);
    let mut kept = String::from(env!("CARGO_PKG_VERSION"));
    if offline.aan {
        let mut jobs = vec![Job::Offline];
        jobs.extend(offline.pagina.as_ref().and_then(|p| crisis_page(site, p)).map(|(job, _)| job));
        for job in jobs {
            kept.push('\0');
            kept.push_str(&super::render_html(site, &job)?.1);
        }
    }
    let urls: Vec<String> = offline.vooraf().iter().map(|p| config.permalink(p)).collect();
    let ctx = context! {
        aan => offline.aan,
        versie => format!("{:016x}", crate::search_index::fnv1a(kept.as_bytes())),
        vooraf => json(&urls),
        offline_url => json(&config.permalink(OFFLINE_PATH)),
        prefix => json(&crate::offline::cache_prefix(config)),
        lijstje_cache => json(&crate::offline::list_cache(config)),
    };
    Ok((WORKER_FILE.to_string(), site.render_template(WORKER_FILE, ctx, Path::new("config.toml"))?))
}

/// A value as a JavaScript literal.
fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The page or section at `path`: the job that renders it and its title.
fn crisis_page(site: &Site, path: &str) -> Option<(Job, Option<String>)> {
    let lib = &site.lib;
    if let Some(p) = lib.pages.iter().position(|p| p.meta.path == path) {
        return Some((Job::Page(p), lib.pages[p].front.title.clone()));
    }
    let section = lib.sections.iter().position(|s| s.meta.path == path)?;
    Some((Job::Section { section, pager: 1 }, lib.sections[section].front.title.clone()))
}

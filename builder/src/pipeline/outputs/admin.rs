//! `/admin/`: the web editor (Decap CMS), only for a site with
//! `[extra.wijkwijzer.redactie]`. Nothing here is linked from a resident's page, and
//! nothing here is in the sitemap, the feeds or the search index.

use include_dir::{include_dir, Dir};

use crate::pipeline::Site;
use crate::redactie::{decap, Redactie};

/// Decap CMS as released on npm (scripts/vendor-decap pins and checks it).
static DECAP: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/admin/decap-cms");

/// The preview's stylesheet and the tidy-up of what the form saves.
const SCRIPT: &str = include_str!("../../../admin/wijkwijzer-redactie.js");

/// The editor's own policy: Decap styles itself with inline styles and compiles its
/// configuration schema at run time, so it needs more than resident pages allow; it
/// may talk to the site, the forge's API and, on the editor's own computer, the local
/// backend. Nothing else: no fonts, CDN or analytics.
pub fn content_security_policy(r: &Redactie) -> String {
    let connect: Vec<&str> =
        std::iter::once("'self'").chain(r.api_origin()).chain(r.login()).chain(decap::LOCAL_BACKEND_ORIGINS).collect();
    format!(
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src {}; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'",
        connect.join(" ")
    )
}

fn index_html(site: &Site, r: &Redactie, generated: &decap::Generated) -> String {
    let title = crate::markdown::escape_attr(site.config.title.as_deref().unwrap_or_default());
    let csp = content_security_policy(r);
    let stylesheet = crate::markdown::escape_attr(&site.config.permalink("/wijkwijzer.css"));
    let dates = crate::markdown::escape_attr(&serde_json::json!(generated.dates).to_string());
    let diensten = crate::markdown::escape_attr(&serde_json::json!(generated.diensten).to_string());
    format!(
        "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<title>Redactie · {title}</title>\n</head>\n<body>\n<noscript>De redactie werkt alleen met JavaScript. Je kunt de pagina's ook in git bewerken: zie REDACTIE.md.</noscript>\n<script src=\"decap-cms.js\"></script>\n<script src=\"wijkwijzer-redactie.js\" data-stylesheet=\"{stylesheet}\" data-dates=\"{dates}\" data-diensten=\"{diensten}\"></script>\n</body>\n</html>\n"
    )
}

/// The editor's files, as (output-relative path, bytes); none without the opt-in.
pub fn files(site: &Site) -> Vec<(String, Vec<u8>)> {
    let Some(r) = &site.redactie else { return Vec::new() };
    let generated = decap::generate(r, &site.config, &site.lib, site.directory.as_ref());
    let mut files = vec![
        ("admin/index.html".to_string(), index_html(site, r, &generated).into_bytes()),
        ("admin/wijkwijzer-redactie.js".to_string(), SCRIPT.as_bytes().to_vec()),
        ("admin/config.yml".to_string(), generated.yaml.into_bytes()),
    ];
    files.extend(DECAP.files().map(|f| (format!("admin/{}", f.path().display()), f.contents().to_vec())));
    files
}

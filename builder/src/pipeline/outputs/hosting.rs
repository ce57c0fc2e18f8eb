//! Files for the host: `_headers` (Netlify, Cloudflare Pages) with the security headers
//! and caching, and `/.well-known/security.txt` (RFC 9116) when the site names a contact
//! (`[extra.wijkwijzer] beveiligingscontact`).

use crate::pipeline::Site;
use crate::render::CONTENT_SECURITY_POLICY;

/// Content-hashed files never change under their name.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
// Pages and files that keep their name between builds are left to the host's own
// caching (Netlify and Cloudflare check them on every visit; the nginx block in the
// README gives them five minutes).

pub fn files(site: &Site) -> Vec<(String, String)> {
    let mut files = vec![("_headers".to_string(), headers(site))];
    let contact = site.wijkwijzer_setting("beveiligingscontact").and_then(toml::Value::as_str);
    if let Some(contact) = contact {
        let expires = crate::content::dates::today()
            .checked_add(jiff::Span::new().years(1))
            .map(|d| format!("{d}T00:00:00Z"))
            .unwrap_or_default();
        let canonical = site.config.permalink("/.well-known/security.txt");
        files.push((
            ".well-known/security.txt".to_string(),
            format!("Contact: {contact}\nExpires: {expires}\nPreferred-Languages: nl, en\nCanonical: {canonical}\n"),
        ));
    }
    files
}

fn headers(site: &Site) -> String {
    let common = "  Strict-Transport-Security: max-age=31536000\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n";
    let immutable = format!("/zoeken/index/*\n  Cache-Control: {IMMUTABLE}\n");
    match &site.redactie {
        None => format!(
            "/*\n  Content-Security-Policy: {CONTENT_SECURITY_POLICY}; frame-ancestors 'none'\n{common}{immutable}"
        ),
        // Hosts apply every rule that matches a path, and a page under two policies must
        // satisfy both: the site's policy cannot also be a header on /admin/. Resident
        // pages carry the same policy in their own <meta>; X-Frame-Options takes over
        // frame-ancestors, which <meta> cannot carry.
        Some(r) => {
            let admin = super::admin::content_security_policy(r);
            format!(
                "/*\n  X-Frame-Options: DENY\n{common}/admin/*\n  Content-Security-Policy: {admin}; frame-ancestors 'none'\n{immutable}"
            )
        }
    }
}

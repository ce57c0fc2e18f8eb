//! Sitemap, robots.txt and Atom feeds: the files made for machines, not people.

use crate::content::dates::ContentDate;
use crate::markdown::escape_attr;

pub struct SitemapEntry {
    pub permalink: String,
    pub lastmod: Option<String>,
}

/// Search engines take at most 50,000 addresses per sitemap; Zola splits at 30,000.
pub const SITEMAP_LIMIT: usize = 30_000;

/// The sitemap files to write: one `sitemap.xml`, or an index with numbered parts.
pub fn sitemaps(mut entries: Vec<SitemapEntry>, base_url: &str) -> Vec<(String, String)> {
    entries.sort_by(|a, b| a.permalink.cmp(&b.permalink));
    entries.dedup_by(|a, b| a.permalink == b.permalink);
    let urlset = |chunk: &[SitemapEntry]| {
        let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for e in chunk {
            xml.push_str("  <url>\n    <loc>");
            xml.push_str(&escape_attr(&e.permalink));
            xml.push_str("</loc>\n");
            if let Some(m) = &e.lastmod {
                xml.push_str(&format!("    <lastmod>{m}</lastmod>\n"));
            }
            xml.push_str("  </url>\n");
        }
        xml.push_str("</urlset>\n");
        xml
    };
    if entries.len() <= SITEMAP_LIMIT {
        return vec![("sitemap.xml".into(), urlset(&entries))];
    }
    let mut files = Vec::new();
    let mut index = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (i, chunk) in entries.chunks(SITEMAP_LIMIT).enumerate() {
        let name = format!("sitemap{}.xml", i + 1);
        index.push_str(&format!("  <sitemap>\n    <loc>{}/{name}</loc>\n  </sitemap>\n", escape_attr(base_url)));
        files.push((name, urlset(chunk)));
    }
    index.push_str("</sitemapindex>\n");
    files.push(("sitemap.xml".into(), index));
    files
}

pub fn robots_txt(base_url: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {base_url}/sitemap.xml\n")
}

/// The newest date among `dates`, for a feed's `updated`.
pub fn last_updated<'a>(dates: impl Iterator<Item = &'a ContentDate>) -> Option<String> {
    dates.max().map(ContentDate::rfc3339)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_sitemaps_are_split() {
        let entries = (0..SITEMAP_LIMIT + 1)
            .map(|i| SitemapEntry { permalink: format!("https://a.nl/{i:06}/"), lastmod: None })
            .collect();
        let files = sitemaps(entries, "https://a.nl");
        assert_eq!(files.len(), 3);
        assert!(files[2].1.contains("<loc>https://a.nl/sitemap2.xml</loc>"));
    }
}

//! Front matter + Markdown + shortcodes: any file an editor can write must give a
//! result or diagnostics, never a panic.
#![no_main]

use std::path::Path;
use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use wijkwijzer::config::MarkdownConfig;
use wijkwijzer::content::front_matter::{self, PageFrontMatter, SectionFrontMatter};
use wijkwijzer::markdown::{self, shortcodes::Call, ShortcodeOutput};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let source: Arc<str> = Arc::from(text);
    let file = Path::new("content/fuzz.md");
    let body_start = match front_matter::split(&source) {
        Some(split) => {
            let _ = front_matter::parse::<PageFrontMatter>(&source, &split, file);
            let _ = front_matter::parse::<SectionFrontMatter>(&source, &split, file);
            split.body_start
        }
        None => 0,
    };
    let config = MarkdownConfig { smart_punctuation: true, ..Default::default() };
    let resolve = |p: &str| (p == "a.md").then(|| "https://x.nl/a/".to_string());
    let shortcode = |c: &Call, _nth: usize| match c.name.as_str() {
        "html" => Ok(ShortcodeOutput::Html("<div>x</div>".into())),
        "md" => Ok(ShortcodeOutput::Markdown("*x*".into())),
        other => Err(format!("unknown shortcode `{other}`")),
    };
    for anchor_links in [front_matter::AnchorLinks::None, front_matter::AnchorLinks::Heading] {
        let (_, problems) = markdown::render(&markdown::Context {
            markdown: &config,
            file,
            source: &source,
            body_start,
            anchor_links,
            resolve: &resolve,
            shortcode: &shortcode,
            trusted_html: false,
        });
        for p in problems {
            let _ = p.location();
        }
    }
});

//! Markdown to HTML: CommonMark with Zola's extensions, heading ids, internal `@/` links
//! and shortcodes. The caller supplies how links resolve and how shortcodes render, so
//! this module knows nothing of templates or the site tree.

mod headings;
mod html;
pub mod shortcodes;

use headings::{heading_level, nest, unique_id};
pub use html::escape_attr;
use html::{find_more_marker, is_external, sanitize, wants_external_attrs};

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::config::MarkdownConfig;
use crate::content::front_matter::AnchorLinks;
use crate::diagnostics::{Code, Diagnostic};
use crate::messages::Message;
use crate::msg;
use crate::urls::slugify;
use shortcodes::{Call, Piece};

/// What a shortcode template produced.
pub enum ShortcodeOutput {
    /// HTML, placed as is.
    Html(String),
    /// Markdown (from a `.md` shortcode), rendered with the page.
    Markdown(String),
}

pub struct Context<'a> {
    pub markdown: &'a MarkdownConfig,
    pub file: &'a Path,
    pub source: &'a Arc<str>,
    pub body_start: usize,
    pub anchor_links: AnchorLinks,
    /// `@/path.md` (without `@/` and anchor) to the page's address.
    pub resolve: &'a (dyn Fn(&str) -> Option<String> + Sync),
    /// Render one shortcode; `nth` counts calls of the same name in this page, from 1.
    pub shortcode: &'a (dyn Fn(&Call, usize) -> Result<ShortcodeOutput, Message> + Sync),
    /// Let raw HTML in the Markdown through as written (`[extra.wijkwijzer]
    /// vertrouwde_html = true`); otherwise it is sanitised.
    pub trusted_html: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Heading {
    pub level: u32,
    pub id: String,
    pub title: String,
    pub children: Vec<Heading>,
}

/// A checked `@/` link whose anchor can only be checked once every page is rendered.
#[derive(Debug, Clone)]
pub struct AnchorLink {
    pub target: String,
    pub anchor: String,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub summary: Option<String>,
    pub toc: Vec<Heading>,
    pub anchors: HashSet<String>,
    pub word_count: usize,
    pub anchor_links: Vec<AnchorLink>,
}

const PLACEHOLDER: &str = "wjkwzrshortcode";

/// Render a page's Markdown. Problems are returned beside the result, so the caller
/// can still check links to and from a page that has a mistake elsewhere.
pub fn render(ctx: &Context) -> (Rendered, Vec<Diagnostic>) {
    let body = &ctx.source[ctx.body_start..];
    let mut errors = Vec::new();
    let error_at = |code: Code, span: Range<usize>, msg: Message, help: Message| {
        Diagnostic::error(code, ctx.file, msg)
            .with_source(ctx.source)
            .at(span.start + ctx.body_start..span.end + ctx.body_start)
            .help(help)
    };

    // 1. Shortcodes: render each, and leave a placeholder where HTML goes.
    let pieces = match shortcodes::parse(body) {
        Ok(p) => p,
        Err(e) => {
            let help = msg!("shortcode-syntax.help");
            return (Rendered::default(), vec![error_at(Code::ShortcodeSyntax, e.span, e.message, help)]);
        }
    };
    let mut text = String::with_capacity(body.len());
    let mut html_parts: Vec<String> = Vec::new();
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for piece in pieces {
        match piece {
            Piece::Text(t) => text.push_str(&t),
            Piece::Call(call) => {
                let nth = counts.entry(call.name.clone()).or_insert(0);
                *nth += 1;
                match (ctx.shortcode)(&call, *nth) {
                    Ok(ShortcodeOutput::Markdown(md)) => text.push_str(&md),
                    Ok(ShortcodeOutput::Html(html)) => {
                        text.push_str(&format!("{PLACEHOLDER}{}x", html_parts.len()));
                        html_parts.push(html);
                    }
                    Err(message) => errors.push(error_at(
                        Code::ShortcodeFailed,
                        call.span.clone(),
                        message,
                        msg!("shortcode-failed.help"),
                    )),
                }
            }
        }
    }

    // 2. Markdown events, with heading ids and links fixed up.
    let mut options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    if ctx.markdown.smart_punctuation {
        options |= Options::ENABLE_SMART_PUNCTUATION;
    }
    let (mut events, mut offsets): (Vec<Event>, Vec<Range<usize>>) =
        Parser::new_ext(&text, options).into_offset_iter().unzip();
    // Without shortcodes the parsed text is the body, so offsets point into the file.
    let exact_offsets = text == body;
    let mut link_search_from = 0;
    let insert = |events: &mut Vec<Event>, offsets: &mut Vec<Range<usize>>, at: usize, e: Event<'static>| {
        events.insert(at, e);
        offsets.insert(at, 0..0);
    };
    // Ids set with `{#id}` are kept as written; automatic ids make way for them.
    let explicit: HashSet<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
            _ => None,
        })
        .collect();

    let mut rendered = Rendered::default();
    let mut flat: Vec<Heading> = Vec::new();
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::Heading { .. }) => {
                let mut title = String::new();
                let mut j = i + 1;
                while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                    if let Event::Text(t) | Event::Code(t) = &events[j] {
                        title.push_str(t);
                    }
                    j += 1;
                }
                let Event::Start(Tag::Heading { level, id, classes, attrs }) =
                    std::mem::replace(&mut events[i], Event::SoftBreak)
                else {
                    unreachable!("matched a heading above");
                };
                let unique = match id.as_deref() {
                    Some(own) if !rendered.anchors.contains(own) => own.to_string(),
                    _ => {
                        let wanted = slugify(&title);
                        let wanted = if wanted.is_empty() { "kop".to_string() } else { wanted };
                        unique_id(&wanted, |c| rendered.anchors.contains(c) || explicit.contains(c))
                    }
                };
                rendered.anchors.insert(unique.clone());
                events[i] =
                    Event::Start(Tag::Heading { level, id: Some(CowStr::from(unique.clone())), classes, attrs });
                flat.push(Heading {
                    level: heading_level(level),
                    id: unique.clone(),
                    title: title.clone(),
                    children: Vec::new(),
                });
                let anchor = format!(
                    "<a class=\"anchor\" href=\"#{unique}\" aria-label=\"Link naar dit kopje: {}\">#</a>",
                    escape_attr(&title)
                );
                match ctx.anchor_links {
                    AnchorLinks::Left => insert(&mut events, &mut offsets, i + 1, Event::InlineHtml(anchor.into())),
                    AnchorLinks::Right => {
                        insert(&mut events, &mut offsets, j, Event::InlineHtml(format!(" {anchor}").into()))
                    }
                    AnchorLinks::Heading => {
                        let open = format!("<a class=\"anchor\" href=\"#{unique}\">");
                        insert(&mut events, &mut offsets, i + 1, Event::InlineHtml(open.into()));
                        insert(&mut events, &mut offsets, j + 1, Event::InlineHtml("</a>".into()));
                    }
                    AnchorLinks::None => {}
                }
                // Go on inside the heading: it may hold links to resolve.
                i += 1;
            }
            Event::Start(Tag::Link { dest_url, .. }) if dest_url.starts_with("@/") => {
                let dest = dest_url.to_string();
                let (target, anchor) = match dest[2..].split_once('#') {
                    Some((t, a)) => (t.to_string(), Some(a.to_string())),
                    None => (dest[2..].to_string(), None),
                };
                let span = if exact_offsets {
                    let range = offsets[i].clone();
                    body[range.clone()]
                        .find(dest.as_str())
                        .map_or(range.clone(), |s| range.start + s..range.start + s + dest.len())
                } else {
                    match body[link_search_from..].find(dest.as_str()) {
                        Some(s) => link_search_from + s..link_search_from + s + dest.len(),
                        None => 0..1,
                    }
                };
                link_search_from = span.end.min(body.len());
                match (ctx.resolve)(&target) {
                    Some(url) => {
                        let url = match &anchor {
                            Some(a) => {
                                rendered.anchor_links.push(AnchorLink {
                                    target: target.clone(),
                                    anchor: a.clone(),
                                    span: span.start + ctx.body_start..span.end + ctx.body_start,
                                });
                                format!("{url}#{a}")
                            }
                            None => url,
                        };
                        if let Event::Start(Tag::Link { dest_url, .. }) = &mut events[i] {
                            *dest_url = url.into();
                        }
                    }
                    None => errors.push(error_at(
                        Code::BrokenLink,
                        span,
                        msg!("broken-link", dest = dest.to_string(), target = target.to_string()),
                        msg!("broken-link.help"),
                    )),
                }
                i += 1;
            }
            Event::Start(Tag::Link {
                link_type:
                    LinkType::Inline | LinkType::Autolink | LinkType::Reference | LinkType::Collapsed | LinkType::Shortcut,
                dest_url,
                title,
                ..
            }) if is_external(dest_url) && wants_external_attrs(ctx.markdown) => {
                let mut rel = Vec::new();
                if ctx.markdown.external_links_target_blank {
                    rel.push("noopener");
                }
                if ctx.markdown.external_links_no_follow {
                    rel.push("nofollow");
                }
                if ctx.markdown.external_links_no_referrer {
                    rel.push("noreferrer");
                }
                let mut tag = format!("<a href=\"{}\"", escape_attr(dest_url));
                if !title.is_empty() {
                    tag.push_str(&format!(" title=\"{}\"", escape_attr(title)));
                }
                if ctx.markdown.external_links_target_blank {
                    tag.push_str(" target=\"_blank\"");
                }
                if !rel.is_empty() {
                    tag.push_str(&format!(" rel=\"{}\"", rel.join(" ")));
                }
                tag.push('>');
                events[i] = Event::InlineHtml(tag.into());
                // Close with a plain `</a>` at the matching end.
                let mut depth = 0;
                for event in events.iter_mut().skip(i + 1) {
                    match event {
                        Event::Start(Tag::Link { .. }) => depth += 1,
                        Event::End(TagEnd::Link) if depth == 0 => {
                            *event = Event::InlineHtml("</a>".into());
                            break;
                        }
                        Event::End(TagEnd::Link) => depth -= 1,
                        _ => {}
                    }
                }
                i += 1;
            }
            Event::Text(t) => {
                rendered.word_count += t.split_whitespace().count();
                i += 1;
            }
            _ => i += 1,
        }
    }

    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());

    // 3. The summary marker is an HTML comment: find it before sanitising drops it.
    let mut summary = None;
    if let Some(marker) = find_more_marker(&html) {
        summary = Some(html[..marker.start].trim_end().to_string());
        html.replace_range(marker, "<span id=\"continue-reading\"></span>");
    }
    // 4. Raw HTML from editors is cleaned (scripts, event handlers, javascript: links go);
    //    what our own renderer and the theme's shortcodes write is kept.
    if !ctx.trusted_html {
        html = sanitize(&html);
        summary = summary.map(|s| sanitize(&s));
    }

    // 5. Put shortcode HTML in place; a shortcode alone in a paragraph replaces it.
    let fill = |mut html: String| {
        for (n, part) in html_parts.iter().enumerate().rev() {
            let marker = format!("{PLACEHOLDER}{n}x");
            let para = format!("<p>{marker}</p>");
            if html.contains(&para) {
                html = html.replacen(&para, part, 1);
            } else {
                html = html.replacen(&marker, part, 1);
            }
        }
        html
    };
    if !html_parts.is_empty() {
        html = fill(html);
        summary = summary.map(fill);
    }
    rendered.summary = summary;
    rendered.html = html;
    rendered.toc = nest(flat);
    (rendered, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_str(md: &str, anchor_links: AnchorLinks) -> Result<Rendered, Vec<Diagnostic>> {
        let (r, errors) = render_raw(md, anchor_links);
        if errors.is_empty() {
            Ok(r)
        } else {
            Err(errors)
        }
    }

    fn render_raw(md: &str, anchor_links: AnchorLinks) -> (Rendered, Vec<Diagnostic>) {
        let source: Arc<str> = Arc::from(md);
        let config = MarkdownConfig { smart_punctuation: true, ..Default::default() };
        let resolve = |p: &str| (p == "a.md").then(|| "https://x.nl/a/".to_string());
        let shortcode = |c: &Call, nth: usize| match c.name.as_str() {
            "box" => Ok(ShortcodeOutput::Html(format!("<div class=\"box\">{nth}</div>"))),
            "md" => Ok(ShortcodeOutput::Markdown("*nadruk*".into())),
            other => Err(msg!("shortcode-unknown", name = other, hint = None, available = "", count = 0usize)),
        };
        render(&Context {
            markdown: &config,
            file: Path::new("content/x.md"),
            source: &source,
            body_start: 0,
            anchor_links,
            resolve: &resolve,
            shortcode: &shortcode,
            trusted_html: false,
        })
    }

    #[test]
    fn heading_ids_are_unique_and_settable() {
        let r = render_str("# Hulp\n## Hulp\n## Eigen {#mijn-id}\n", AnchorLinks::None).unwrap();
        assert!(r.html.contains("<h1 id=\"hulp\">"), "{}", r.html);
        assert!(r.html.contains("<h2 id=\"hulp-1\">"));
        assert!(r.html.contains("<h2 id=\"mijn-id\">"));
        assert_eq!(r.toc.len(), 1);
        assert_eq!(r.toc[0].children.len(), 2);
    }

    #[test]
    fn internal_links_resolve_and_missing_ones_fail() {
        let r = render_str("[a](@/a.md#kop)", AnchorLinks::None).unwrap();
        assert!(r.html.contains("href=\"https://x.nl/a/#kop\""));
        assert_eq!(r.anchor_links[0].anchor, "kop");
        let errs = render_str("tekst\n[b](@/b.md)", AnchorLinks::None).unwrap_err();
        assert!(errs[0].message.to_string().contains("content/b.md"));
        assert_eq!(errs[0].line_col(), Some((2, 5)));
    }

    #[test]
    fn shortcodes_block_inline_and_markdown() {
        let r = render_str("{{ box() }}\n\nZie {{ box() }} en {{ md() }}.", AnchorLinks::None).unwrap();
        assert!(r.html.starts_with("<div class=\"box\">1</div>"), "{}", r.html);
        assert!(r.html.contains("Zie <div class=\"box\">2</div> en <em>nadruk</em>."));
        let errs = render_str("{{ onbekend() }}", AnchorLinks::None).unwrap_err();
        assert!(errs[0].message.to_string().contains("onbekend"));
    }

    #[test]
    fn explicit_ids_win_and_links_in_headings_resolve() {
        let r = render_str("# Contact\n\n## Adres {#contact}\n\n## Zie [a](@/a.md)\n", AnchorLinks::None).unwrap();
        assert!(r.html.contains("<h1 id=\"contact-1\">"), "{}", r.html);
        assert!(r.html.contains("<h2 id=\"contact\">"));
        assert!(r.html.contains("href=\"https://x.nl/a/\""));
        let errs = render_str("[b](@/b.md) en [b](@/b.md)", AnchorLinks::None).unwrap_err();
        assert_eq!(errs.len(), 2);
        assert_ne!(errs[0].span, errs[1].span, "each broken link points at itself");
        assert!(render_str("Kort<!--MORE-->\n\nlang", AnchorLinks::None).unwrap().summary.is_some());
    }

    #[test]
    fn raw_html_is_made_inert() {
        let r = render_str(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> [x](javascript:alert(3)) <b onclick=\"a()\">vet</b>\n\n- [x] klaar",
            AnchorLinks::None,
        )
        .unwrap();
        for bad in ["<script", "onerror", "javascript:", "onclick"] {
            assert!(!r.html.contains(bad), "{bad} in {}", r.html);
        }
        assert!(r.html.contains("<b>vet</b>") && r.html.contains("checked"), "{}", r.html);
    }

    #[test]
    fn summary_and_anchor_links() {
        let r = render_str("Intro\n\n<!-- more -->\n\n## Meer\n", AnchorLinks::Right).unwrap();
        assert_eq!(r.summary.as_deref(), Some("<p>Intro</p>"));
        assert!(r.html.contains("href=\"#meer\""));
        assert_eq!(r.word_count, 2);
    }
}

//! The dev server's quick path: one page's text changed (its front matter did not), so
//! only what shows that text is made again (`outputs::dependents`).

use std::sync::Arc;

use super::outputs::{self, Selection};
use super::site::{Site, Update};
use crate::content::{self, Item};
use crate::diagnostics::Diagnostics;
use crate::urls::output_file;

use super::checks;

impl Site {
    /// Apply an edit of one page's file (`content_path` as in `@/` links) whose front
    /// matter did not change.
    pub fn update_page(&mut self, content_path: &str, source: Arc<str>) -> Update {
        let Some(&Item::Page(p)) = self.lib.by_content_path.get(content_path) else {
            return Update::NeedsFullBuild;
        };
        let old_meta = &self.lib.pages[p].meta;
        // Unrendered pages and oversized files take the full build, which knows them.
        if !self.lib.pages[p].front.render || source.len() as u64 > content::MAX_MARKDOWN_BYTES {
            return Update::NeedsFullBuild;
        }
        let Some(split) = content::front_matter::split(&source) else {
            return Update::NeedsFullBuild;
        };
        if source[..split.body_start] != old_meta.source[..old_meta.body_start] {
            return Update::NeedsFullBuild;
        }
        let old_source = std::mem::replace(&mut self.lib.pages[p].meta.source, source);
        let (rendered, mut problems) = self.markdown(Item::Page(p));

        // Links from this page, and links from other pages into it.
        let meta = &self.lib.pages[p].meta;
        for link in &rendered.anchor_links {
            let lookup = |item: Item| if item == Item::Page(p) { Some(&rendered) } else { self.rendered.get(&item) };
            problems.extend(checks::check_link(&self.lib, meta, link, lookup));
        }
        for (item, r) in &self.rendered {
            for link in r.anchor_links.iter().filter(|l| l.target == content_path) {
                let lookup = |_: Item| Some(&rendered);
                problems.extend(checks::check_link(&self.lib, self.lib.item_meta(*item), link, lookup));
            }
        }
        if !problems.is_empty() {
            self.lib.pages[p].meta.source = old_source;
            let mut sorted = Diagnostics::default();
            sorted.extend(problems);
            return Update::Failed(sorted.into_sorted());
        }
        self.rendered.insert(Item::Page(p), rendered);
        self.refresh_values(p, content_path);
        let selection = outputs::dependents(self, p);
        self.render_selection(&selection)
    }

    /// The template values that hold page `p`.
    fn refresh_values(&mut self, p: usize, content_path: &str) {
        let value = self.page_value(p);
        self.page_values[p] = value.clone();
        if let (Some(dir), Some(&d)) = (&self.directory, self.dienst_of_page.get(&p)) {
            for &g in dir.serves(&dir.diensten[d]) {
                self.gemeente_values[g] =
                    crate::directory::views::gemeente_value(dir, &self.lib, &self.config, g, &self.page_values);
            }
        }
        let sections: Vec<usize> =
            (0..self.lib.sections.len()).filter(|&s| self.lib.sections[s].pages.contains(&p)).collect();
        for &s in &sections {
            self.section_values[s] = self.section_value(s);
        }
        for t in 0..self.taxonomies.len() {
            for term in 0..self.taxonomies[t].terms.len() {
                if self.taxonomies[t].terms[term].pages.contains(&p) {
                    self.tax_values[t].1[term] = self.term_value(t, term);
                }
            }
        }
        let mut index = self.index.write().unwrap_or_else(|e| e.into_inner());
        index.pages.insert(content_path.to_string(), value);
        for &s in &sections {
            index.sections.insert(self.lib.sections[s].meta.content_path.clone(), self.section_values[s].clone());
        }
    }

    fn render_selection(&mut self, selection: &Selection) -> Update {
        let mut files = Vec::new();
        let mut diags = Diagnostics::default();
        for job in &selection.jobs {
            match outputs::render_html(self, job) {
                Ok((path, html)) => files.push((output_file(&path), html.into_bytes())),
                Err(d) => diags.push(d),
            }
        }
        files.extend(outputs::files(self, selection, &mut diags));
        if diags.is_empty() {
            Update::Files(files)
        } else {
            Update::Failed(diags.into_sorted())
        }
    }
}

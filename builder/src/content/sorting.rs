//! Page order within a section or term, as Zola sorts.

use super::front_matter::SortBy;
use super::Page;

/// Sort as Zola does; pages without the sort key go last, by path, so order is stable.
pub fn sort_pages(pages: &mut [usize], all: &[Page], sort_by: SortBy) {
    use std::cmp::Ordering;
    /// Pages with the key first (in key order, or reversed for dates); then the rest.
    fn keyed<K: PartialOrd>(a: Option<K>, b: Option<K>, newest_first: bool) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) if newest_first => b.partial_cmp(&a).unwrap_or(Ordering::Equal),
            (Some(a), Some(b)) => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    let title = |p: &Page| p.front.title.as_deref().map(|t| deunicode::deunicode(t).to_lowercase());
    let updated = |p: &Page| p.updated.clone().or_else(|| p.date.clone());
    pages.sort_by(|&a, &b| {
        let (pa, pb) = (&all[a], &all[b]);
        let order = match sort_by {
            SortBy::None => Ordering::Equal,
            SortBy::Date => keyed(pa.date.as_ref(), pb.date.as_ref(), true),
            SortBy::UpdateDate => keyed(updated(pa), updated(pb), true),
            SortBy::Weight => keyed(pa.front.weight, pb.front.weight, false),
            SortBy::Title => keyed(title(pa), title(pb), false),
            SortBy::TitleBytes => keyed(pa.front.title.as_ref(), pb.front.title.as_ref(), false),
            SortBy::Slug => pa.slug.cmp(&pb.slug),
        };
        order.then_with(|| pa.meta.path.cmp(&pb.meta.path))
    });
}

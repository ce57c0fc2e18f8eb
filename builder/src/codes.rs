//! Every kind of problem the builder reports has a stable code, such as `WW0505`. Codes
//! never change meaning and are never reused: editors look them up in the guide, CI
//! annotations and reports carry them, and tests key on them instead of on wording.
//!
//! Ranges: WW01xx the site's configuration, WW02xx content files and front matter,
//! WW03xx Markdown, links, templates and output, WW04xx municipalities, wijken and
//! regions, WW05xx services, WW06xx pages written by `import`, WW09xx faults of the
//! builder itself.

use strum::{IntoStaticStr, VariantArray};

use crate::messages::Message;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, IntoStaticStr, VariantArray)]
pub enum Code {
    // The site's configuration.
    #[strum(serialize = "WW0101")]
    ConfigUnreadable,
    #[strum(serialize = "WW0102")]
    ConfigSyntax,
    #[strum(serialize = "WW0103")]
    ConfigBaseUrl,
    #[strum(serialize = "WW0104")]
    ConfigFeedName,
    #[strum(serialize = "WW0105")]
    ConfigTaxonomy,
    #[strum(serialize = "WW0106")]
    ThemeNotFound,
    #[strum(serialize = "WW0107")]
    IgnorePattern,
    #[strum(serialize = "WW0108")]
    RegionConfig,
    #[strum(serialize = "WW0109")]
    NeedSlug,
    #[strum(serialize = "WW0110")]
    NeedsTaxonomyMissing,
    /// A help line's number has no source, or its source is not a web address.
    #[strum(serialize = "WW0111")]
    HelpLineSource,
    /// A help line's number was never checked, or more than 12 months ago.
    #[strum(serialize = "WW0112")]
    HelpLineChecked,
    /// `[extra.wijkwijzer.redactie]`, the web editor's settings, is not right.
    #[strum(serialize = "WW0113")]
    Redactie,
    /// `[extra.wijkwijzer.snel_weg]`, the quick exit's settings, is not right.
    #[strum(serialize = "WW0114")]
    SnelWeg,
    /// `[extra.wijkwijzer.offline]`, the offline worker's settings, is not right.
    #[strum(serialize = "WW0115")]
    Offline,
    /// A word of `[translations]` is not right (a word list of the wrong length).
    #[strum(serialize = "WW0116")]
    Translations,

    // Content files and their front matter.
    #[strum(serialize = "WW0201")]
    ContentUnreadable,
    #[strum(serialize = "WW0202")]
    SkippedLink,
    #[strum(serialize = "WW0203")]
    FileTooLarge,
    #[strum(serialize = "WW0204")]
    FileUnreadable,
    #[strum(serialize = "WW0205")]
    NotUtf8,
    #[strum(serialize = "WW0206")]
    FrontMatterUnclosed,
    #[strum(serialize = "WW0207")]
    FrontMatterMissing,
    #[strum(serialize = "WW0208")]
    FrontMatterSyntax,
    #[strum(serialize = "WW0209")]
    UnknownFrontMatterField,
    #[strum(serialize = "WW0210")]
    EmptySlug,
    #[strum(serialize = "WW0211")]
    BadPath,
    #[strum(serialize = "WW0212")]
    BadDate,
    #[strum(serialize = "WW0213")]
    PaginatePath,
    #[strum(serialize = "WW0214")]
    BadAlias,
    #[strum(serialize = "WW0215")]
    UnknownLanguage,
    #[strum(serialize = "WW0216")]
    FileNameNotUrl,
    #[strum(serialize = "WW0217")]
    OrphanFile,
    #[strum(serialize = "WW0218")]
    UnknownTaxonomy,
    #[strum(serialize = "WW0219")]
    EmptyTerm,

    // Markdown, links, templates and what a build writes.
    #[strum(serialize = "WW0301")]
    ShortcodeSyntax,
    #[strum(serialize = "WW0302")]
    ShortcodeFailed,
    #[strum(serialize = "WW0303")]
    BrokenLink,
    #[strum(serialize = "WW0304")]
    MissingAnchor,
    #[strum(serialize = "WW0305")]
    TemplateMissing,
    #[strum(serialize = "WW0306")]
    RenderFailed,
    #[strum(serialize = "WW0307")]
    AddressTaken,
    #[strum(serialize = "WW0308")]
    OutputWrite,

    // Municipalities, wijken and regions.
    #[strum(serialize = "WW0401")]
    GemeenteCode,
    #[strum(serialize = "WW0402")]
    WijkSlug,
    #[strum(serialize = "WW0403")]
    WijkReserved,
    #[strum(serialize = "WW0404")]
    WijkTwice,
    #[strum(serialize = "WW0405")]
    WijkCode,
    #[strum(serialize = "WW0406")]
    Postcode4,
    #[strum(serialize = "WW0407")]
    PostcodeInTwoWijken,
    #[strum(serialize = "WW0408")]
    UnknownGemeente,

    // Services.
    #[strum(serialize = "WW0501")]
    DienstOutsideGemeente,
    #[strum(serialize = "WW0502")]
    DescriptionMissing,
    #[strum(serialize = "WW0503")]
    DescriptionTooLong,
    #[strum(serialize = "WW0504")]
    NeedsMissing,
    #[strum(serialize = "WW0505")]
    UnknownNeed,
    #[strum(serialize = "WW0506")]
    UnknownSoort,
    #[strum(serialize = "WW0507")]
    UnknownWijk,
    #[strum(serialize = "WW0508")]
    HeleGemeenteCombined,
    #[strum(serialize = "WW0509")]
    RegionDienstWijken,
    #[strum(serialize = "WW0510")]
    NotInList,
    #[strum(serialize = "WW0511")]
    Phone,
    #[strum(serialize = "WW0512")]
    Email,
    #[strum(serialize = "WW0513")]
    Website,
    #[strum(serialize = "WW0514")]
    Language,
    #[strum(serialize = "WW0515")]
    OpeningHours,
    #[strum(serialize = "WW0516")]
    CheckedLongAgo,
    #[strum(serialize = "WW0517")]
    Postcode,
    #[strum(serialize = "WW0518")]
    NoContact,
    #[strum(serialize = "WW0519")]
    UnknownField,
    #[strum(serialize = "WW0520")]
    FieldMissing,
    #[strum(serialize = "WW0521")]
    WrongType,
    /// A notice is too long, or has an end date but no text.
    #[strum(serialize = "WW0522")]
    Melding,
    /// A last day of a closure (`gesloten_tot`) on a service that is not closed.
    #[strum(serialize = "WW0523")]
    GeslotenTot,

    // Pages written by `wijkwijzer import`.
    /// An imported service is a draft because a value failed the checks.
    #[strum(serialize = "WW0601")]
    ImportDraft,

    // Faults of the builder itself: please report them.
    #[strum(serialize = "WW0901")]
    Internal,
}

impl Code {
    /// `WW` and four digits.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// What kind of problem this is, in one sentence: the catalogue's message named
    /// after the code (the editor guide lists them).
    pub fn uitleg(self) -> Message {
        Message::new(self.id())
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for &code in Code::VARIANTS {
            let id = code.id();
            assert!(
                id.len() == 6 && id.starts_with("WW") && id[2..].bytes().all(|b| b.is_ascii_digit()),
                "{code:?}: {id}"
            );
            assert!(seen.insert(id), "{id} is used twice");
            for lang in <crate::messages::Lang as VariantArray>::VARIANTS {
                let text = code.uitleg().text(*lang);
                assert!(!text.is_empty() && text != id, "{id} has no explanation in {lang:?}");
            }
        }
    }
}

//! Every kind of problem the builder reports has a stable code, such as `WW0505`. Codes
//! never change meaning and are never reused: editors look them up in the guide, CI
//! annotations and reports carry them, and tests key on them instead of on wording.
//!
//! Ranges: WW01xx the site's configuration, WW02xx content files and front matter,
//! WW03xx Markdown, links, templates and output, WW04xx municipalities, wijken and
//! regions, WW05xx services, WW09xx faults of the builder itself.

use strum::{EnumMessage, IntoStaticStr, VariantArray};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, IntoStaticStr, VariantArray, EnumMessage)]
pub enum Code {
    // The site's configuration.
    #[strum(serialize = "WW0101")]
    #[strum(message = "config.toml ontbreekt of kan niet gelezen worden.")]
    ConfigUnreadable,
    #[strum(serialize = "WW0102")]
    #[strum(message = "config.toml is geen geldige TOML, of een instelling heeft het verkeerde type.")]
    ConfigSyntax,
    #[strum(serialize = "WW0103")]
    #[strum(message = "base_url is geen webadres.")]
    ConfigBaseUrl,
    #[strum(serialize = "WW0104")]
    #[strum(message = "Een naam in feed_filenames is geen gewone bestandsnaam.")]
    ConfigFeedName,
    #[strum(serialize = "WW0105")]
    #[strum(message = "Een taxonomie heeft een naam of paginate_path die niet in een webadres kan.")]
    ConfigTaxonomy,
    #[strum(serialize = "WW0106")]
    #[strum(message = "Het thema uit config.toml bestaat niet.")]
    ThemeNotFound,
    #[strum(serialize = "WW0107")]
    #[strum(message = "Een patroon in ignored_content of ignored_static is ongeldig.")]
    IgnorePattern,
    #[strum(serialize = "WW0108")]
    #[strum(message = "[extra] mist iets: elke behoefte en soort heeft een slug en een label nodig.")]
    RegionConfig,
    #[strum(serialize = "WW0109")]
    #[strum(message = "De slug van een behoefte kan niet in een webadres, of staat er twee keer in.")]
    NeedSlug,
    #[strum(serialize = "WW0110")]
    #[strum(message = "Er zijn behoeften, maar de taxonomie behoeften ontbreekt in config.toml.")]
    NeedsTaxonomyMissing,
    /// A help line's number has no source, or its source is not a web address.
    #[strum(serialize = "WW0111")]
    #[strum(message = "Een hulplijn zegt niet waar het nummer gecontroleerd is (bron).")]
    HelpLineSource,
    /// A help line's number was never checked, or more than 12 months ago.
    #[strum(serialize = "WW0112")]
    #[strum(
        message = "Een hulplijn zegt niet wanneer het nummer gecontroleerd is, of dat is meer dan 12 maanden geleden."
    )]
    HelpLineChecked,

    // Content files and their front matter.
    #[strum(serialize = "WW0201")]
    #[strum(message = "De map content kan niet gelezen worden.")]
    ContentUnreadable,
    #[strum(serialize = "WW0202")]
    #[strum(
        message = "Een snelkoppeling (link) wijst buiten de site, naar niets of naar een map; het bestand is overgeslagen."
    )]
    SkippedLink,
    #[strum(serialize = "WW0203")]
    #[strum(message = "Een Markdown-bestand is groter dan 10 MB.")]
    FileTooLarge,
    #[strum(serialize = "WW0204")]
    #[strum(message = "Een bestand kan niet gelezen worden.")]
    FileUnreadable,
    #[strum(serialize = "WW0205")]
    #[strum(message = "Een bestand is niet als UTF-8 opgeslagen.")]
    NotUtf8,
    #[strum(serialize = "WW0206")]
    #[strum(message = "Het blok bovenaan (front matter) wordt niet afgesloten.")]
    FrontMatterUnclosed,
    #[strum(serialize = "WW0207")]
    #[strum(message = "Een pagina heeft geen blok bovenaan (front matter).")]
    FrontMatterMissing,
    #[strum(serialize = "WW0208")]
    #[strum(message = "Het blok bovenaan is geen geldige TOML of YAML, of een veld heeft het verkeerde type.")]
    FrontMatterSyntax,
    #[strum(serialize = "WW0209")]
    #[strum(message = "Een veld bovenaan bestaat niet en doet niets.")]
    UnknownFrontMatterField,
    #[strum(serialize = "WW0210")]
    #[strum(message = "De bestandsnaam of slug geeft een leeg webadres.")]
    EmptySlug,
    #[strum(serialize = "WW0211")]
    #[strum(message = "Het veld path is geen adres binnen de site.")]
    BadPath,
    #[strum(serialize = "WW0212")]
    #[strum(message = "Een datum (date of updated) is geen datum.")]
    BadDate,
    #[strum(serialize = "WW0213")]
    #[strum(message = "paginate_path kan niet in een webadres.")]
    PaginatePath,
    #[strum(serialize = "WW0214")]
    #[strum(message = "Een alias is geen oud adres binnen de site.")]
    BadAlias,
    #[strum(serialize = "WW0215")]
    #[strum(message = "De bestandsnaam noemt een taal die niet in config.toml staat.")]
    UnknownLanguage,
    #[strum(serialize = "WW0216")]
    #[strum(message = "Een bestandsnaam kan niet in een webadres.")]
    FileNameNotUrl,
    #[strum(serialize = "WW0217")]
    #[strum(message = "Een bestand hoort bij geen pagina; het is overgeslagen.")]
    OrphanFile,
    #[strum(serialize = "WW0218")]
    #[strum(message = "Een pagina gebruikt een taxonomie die niet in config.toml staat.")]
    UnknownTaxonomy,
    #[strum(serialize = "WW0219")]
    #[strum(message = "Een term van een taxonomie geeft een leeg webadres.")]
    EmptyTerm,

    // Markdown, links, templates and what a build writes.
    #[strum(serialize = "WW0301")]
    #[strum(message = "Een shortcode is niet goed geschreven.")]
    ShortcodeSyntax,
    #[strum(serialize = "WW0302")]
    #[strum(message = "Een shortcode bestaat niet of gaf een fout.")]
    ShortcodeFailed,
    #[strum(serialize = "WW0303")]
    #[strum(message = "Een link naar een andere pagina (@/...) wijst naar een bestand dat niet bestaat.")]
    BrokenLink,
    #[strum(serialize = "WW0304")]
    #[strum(message = "Een link wijst naar een kopje dat niet op die pagina staat.")]
    MissingAnchor,
    #[strum(serialize = "WW0305")]
    #[strum(message = "Een pagina noemt een sjabloon dat niet bestaat.")]
    TemplateMissing,
    #[strum(serialize = "WW0306")]
    #[strum(message = "Een sjabloon gaf een fout.")]
    RenderFailed,
    #[strum(serialize = "WW0307")]
    #[strum(message = "Twee dingen hebben hetzelfde webadres.")]
    AddressTaken,
    #[strum(serialize = "WW0308")]
    #[strum(message = "Een bestand van de site kon niet geschreven worden.")]
    OutputWrite,

    // Municipalities, wijken and regions.
    #[strum(serialize = "WW0401")]
    #[strum(message = "De code van een gemeente is geen CBS-gemeentecode (GM en vier cijfers).")]
    GemeenteCode,
    #[strum(serialize = "WW0402")]
    #[strum(message = "De slug van een wijk kan niet in een webadres.")]
    WijkSlug,
    #[strum(serialize = "WW0403")]
    #[strum(message = "hele-gemeente kan geen wijk zijn; het is gereserveerd voor diensten voor de hele gemeente.")]
    WijkReserved,
    #[strum(serialize = "WW0404")]
    #[strum(message = "Een wijk staat twee keer in de lijst.")]
    WijkTwice,
    #[strum(serialize = "WW0405")]
    #[strum(message = "De code van een wijk is geen CBS-wijkcode (WK en zes tekens).")]
    WijkCode,
    #[strum(serialize = "WW0406")]
    #[strum(message = "Een postcodegebied is geen vier cijfers van 1000 tot 9999.")]
    Postcode4,
    #[strum(serialize = "WW0407")]
    #[strum(message = "Een postcodegebied staat bij twee wijken.")]
    PostcodeInTwoWijken,
    #[strum(serialize = "WW0408")]
    #[strum(message = "Een regio noemt een gemeente die niet bestaat.")]
    UnknownGemeente,

    // Services.
    #[strum(serialize = "WW0501")]
    #[strum(message = "Een dienst staat niet in de map van een gemeente of regio.")]
    DienstOutsideGemeente,
    #[strum(serialize = "WW0502")]
    #[strum(message = "Een dienst heeft geen description.")]
    DescriptionMissing,
    #[strum(serialize = "WW0503")]
    #[strum(message = "De description van een dienst is langer dan 200 tekens.")]
    DescriptionTooLong,
    #[strum(serialize = "WW0504")]
    #[strum(message = "Een dienst heeft geen behoefte.")]
    NeedsMissing,
    #[strum(serialize = "WW0505")]
    #[strum(message = "Een dienst noemt een behoefte die niet in config.toml staat.")]
    UnknownNeed,
    #[strum(serialize = "WW0506")]
    #[strum(message = "Een dienst noemt een soort die niet in config.toml staat.")]
    UnknownSoort,
    #[strum(serialize = "WW0507")]
    #[strum(message = "Een dienst of adres noemt een wijk die de gemeente niet heeft.")]
    UnknownWijk,
    #[strum(serialize = "WW0508")]
    #[strum(message = "hele-gemeente staat samen met losse wijken.")]
    HeleGemeenteCombined,
    #[strum(serialize = "WW0509")]
    #[strum(message = "Een dienst van een regio noemt wijken; die is er voor hele gemeenten.")]
    RegionDienstWijken,
    #[strum(serialize = "WW0510")]
    #[strum(
        message = "Een waarde staat niet in de vaste lijst (toegang, kosten, doelgroep, status, toegankelijkheid)."
    )]
    NotInList,
    #[strum(serialize = "WW0511")]
    #[strum(message = "Een telefoonnummer is geen Nederlands nummer.")]
    Phone,
    #[strum(serialize = "WW0512")]
    #[strum(message = "Een e-mailadres is niet geldig.")]
    Email,
    #[strum(serialize = "WW0513")]
    #[strum(message = "Een website is geen volledig webadres met https://.")]
    Website,
    #[strum(serialize = "WW0514")]
    #[strum(message = "Een taal is geen code van twee letters (ISO 639-1).")]
    Language,
    #[strum(serialize = "WW0515")]
    #[strum(message = "De openingstijden zijn niet in de schrijfwijze van OpenStreetMap.")]
    OpeningHours,
    #[strum(serialize = "WW0516")]
    #[strum(message = "Een dienst is meer dan 12 maanden geleden gecontroleerd.")]
    CheckedLongAgo,
    #[strum(serialize = "WW0517")]
    #[strum(message = "Een postcode is geen Nederlandse postcode (1234 AB).")]
    Postcode,
    #[strum(serialize = "WW0518")]
    #[strum(message = "Een dienst heeft geen telefoon, e-mail, website of adres.")]
    NoContact,
    #[strum(serialize = "WW0519")]
    #[strum(message = "Een veld bestaat niet en doet niets.")]
    UnknownField,
    #[strum(serialize = "WW0520")]
    #[strum(message = "Een verplicht veld ontbreekt of is leeg.")]
    FieldMissing,
    #[strum(serialize = "WW0521")]
    #[strum(message = "Een veld heeft het verkeerde soort waarde, zoals een getal waar tekst hoort.")]
    WrongType,

    // Faults of the builder itself: please report them.
    #[strum(serialize = "WW0901")]
    #[strum(message = "Een fout in wijkwijzer zelf. Meld dit alstublieft.")]
    Internal,
}

impl Code {
    /// `WW` and four digits.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// What kind of problem this is, in one Dutch sentence (the editor guide lists them).
    pub fn uitleg(self) -> &'static str {
        self.get_message().unwrap_or("")
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
            assert!(!code.uitleg().is_empty(), "{id} has no Dutch explanation");
        }
    }
}

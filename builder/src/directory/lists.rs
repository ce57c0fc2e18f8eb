//! The closed lists of the content contract (CONTENT.md §5): the values a service's
//! `status`, `toegang`, `kosten`, `doelgroep` and a location's `toegankelijkheid` may
//! take. Each value has its slug (as editors write it; serde and strum agree on it, a
//! test checks) and one label in plain Dutch for residents. The open data and JSON-LD
//! map them with exhaustive matches, so a new value cannot go out unmapped.

use serde::{Deserialize, Serialize};
use strum::{EnumMessage, IntoStaticStr, VariantArray};

/// What every closed list can do.
pub trait ClosedList: Copy + Sized + VariantArray + EnumMessage + Into<&'static str> + 'static {
    /// Which word the "unknown …" message uses for the field's values: a key of
    /// `unknown-value` in the catalogues.
    const WHAT: &'static str;

    fn slug(self) -> &'static str {
        self.into()
    }

    /// The words residents read.
    fn label(self) -> &'static str {
        self.get_message().unwrap_or_else(|| self.slug())
    }

    fn from_slug(slug: &str) -> Option<Self> {
        Self::VARIANTS.iter().copied().find(|v| v.slug() == slug)
    }

    /// Every valid slug, in the contract's order.
    fn slugs() -> Vec<&'static str> {
        Self::VARIANTS.iter().map(|v| v.slug()).collect()
    }

    /// Every label, in the same order (the spreadsheet template's drop-down lists).
    fn labels() -> Vec<String> {
        Self::VARIANTS.iter().map(|v| v.label().to_string()).collect()
    }
}

/// Whether the service runs. `gestopt` services stay in the content (and their page
/// says so) but leave every list, the search and the open data's active services.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, IntoStaticStr, VariantArray, EnumMessage,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Status {
    #[default]
    #[strum(message = "Open")]
    Actief,
    #[strum(message = "Tijdelijk gesloten")]
    TijdelijkGesloten,
    #[strum(message = "Gestopt")]
    Gestopt,
}

impl ClosedList for Status {
    const WHAT: &'static str = "status";
}

/// How a resident gets in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, IntoStaticStr, VariantArray, EnumMessage)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Toegang {
    #[strum(message = "Zonder afspraak of aanmelding")]
    Vrij,
    #[strum(message = "Eerst aanmelden")]
    Aanmelden,
    #[strum(message = "Met een verwijzing (bijvoorbeeld van de huisarts)")]
    Verwijzing,
    #[strum(message = "Met een besluit van de gemeente (Wmo)")]
    WmoBeschikking,
}

impl ClosedList for Toegang {
    const WHAT: &'static str = "toegang";
}

/// Who pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, IntoStaticStr, VariantArray, EnumMessage)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Kosten {
    #[strum(message = "Gratis")]
    Gratis,
    #[strum(message = "Je betaalt een eigen bijdrage")]
    EigenBijdrage,
    #[strum(message = "Betaald door je zorgverzekering")]
    Zorgverzekering,
    #[strum(message = "Je betaalt zelf")]
    Betaald,
}

impl ClosedList for Kosten {
    const WHAT: &'static str = "kosten";
}

/// Who the service is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, IntoStaticStr, VariantArray, EnumMessage)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Doelgroep {
    #[strum(message = "iedereen")]
    Iedereen,
    #[strum(message = "jongeren")]
    Jongeren,
    #[strum(message = "volwassenen")]
    Volwassenen,
    #[strum(message = "ouderen")]
    Ouderen,
    #[strum(message = "naasten en mantelzorgers")]
    Naasten,
    #[strum(message = "buren")]
    Buren,
    #[strum(message = "professionals")]
    Professionals,
}

impl ClosedList for Doelgroep {
    const WHAT: &'static str = "target-group";
}

/// What a location offers people with a disability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, IntoStaticStr, VariantArray, EnumMessage)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Toegankelijkheid {
    #[strum(message = "toegankelijk met een rolstoel")]
    Rolstoel,
    #[strum(message = "ringleiding")]
    Ringleiding,
    #[strum(message = "aangepast toilet")]
    Invalidentoilet,
}

impl ClosedList for Toegankelijkheid {
    const WHAT: &'static str = "accessibility";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde (open data, views) and strum (slugs, messages) name every value alike,
    /// every value has a label, and slugs read back.
    fn agrees<T: ClosedList + Serialize + std::fmt::Debug + PartialEq>() {
        for &v in T::VARIANTS {
            assert_eq!(serde_json::to_value(v).unwrap(), serde_json::Value::String(v.slug().into()), "{v:?}");
            assert!(v.get_message().is_some(), "{v:?} has no label");
            assert_eq!(T::from_slug(v.slug()), Some(v));
        }
        assert_eq!(T::from_slug("iets-anders"), None);
    }

    #[test]
    fn every_list_names_its_values_one_way() {
        agrees::<Status>();
        agrees::<Toegang>();
        agrees::<Kosten>();
        agrees::<Doelgroep>();
        agrees::<Toegankelijkheid>();
    }

    #[test]
    fn slugs_are_the_contracts() {
        assert_eq!(Toegang::slugs(), ["vrij", "aanmelden", "verwijzing", "wmo-beschikking"]);
        assert_eq!(Kosten::slugs(), ["gratis", "eigen-bijdrage", "zorgverzekering", "betaald"]);
        assert_eq!(Status::slugs(), ["actief", "tijdelijk-gesloten", "gestopt"]);
        assert_eq!(Status::TijdelijkGesloten.label(), "Tijdelijk gesloten");
    }
}

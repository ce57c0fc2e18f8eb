//! Checks for single fields of the directory: Dutch phone numbers and postcodes, e-mail
//! and web addresses, language codes. Each returns why a value is wrong, in words an
//! editor can act on (a message of the catalogue).

use crate::messages::Message;
use crate::msg;

/// A description or a notice is one short line in lists: at most this many characters.
pub const SHORT_TEXT_MAX_CHARS: usize = 200;

/// Dutch numbers as people write them: `0575 123 456`, `06-12345678`, `0800-1205`,
/// `0900 1450`, `088 0767 000`, `14 0575`, `112`, `113`, `+31 575 123 456`.
pub fn phone(raw: &str) -> Result<(), Message> {
    if raw.chars().any(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '+' | '(' | ')'))) {
        return Err(msg!("phone-characters"));
    }
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let national = if raw.trim_start().starts_with('+') {
        match digits.strip_prefix("31") {
            Some(rest) => format!("0{rest}"),
            None => return Err(msg!("phone-foreign")),
        }
    } else {
        digits
    };
    let ok = match national.as_str() {
        "112" | "113" => true,
        n if n.starts_with("0800") || n.starts_with("0900") || n.starts_with("0906") || n.starts_with("0909") => {
            (8..=11).contains(&n.len())
        }
        // Municipal numbers: 14 + the area code without its 0.
        n if n.starts_with("14") => (5..=6).contains(&n.len()),
        n if n.starts_with('0') => n.len() == 10,
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(msg!("phone", value = raw))
    }
}

/// `6971 AA` or `6971AA`: four digits (not starting with 0) and two capital letters,
/// never SA, SD or SS.
pub fn postcode(raw: &str) -> Result<(), Message> {
    let compact: String = raw.chars().filter(|c| *c != ' ').collect();
    let b = compact.as_bytes();
    let ok = b.len() == 6
        && b[0] != b'0'
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4..].iter().all(u8::is_ascii_uppercase)
        && !matches!(&compact[4..], "SA" | "SD" | "SS")
        && raw.matches(' ').count() <= 1;
    if ok {
        Ok(())
    } else {
        Err(msg!("postcode", value = raw))
    }
}

/// `GM` and four digits: a municipality's CBS code.
pub fn gemeente_code(raw: &str) -> bool {
    raw.len() == 6 && raw.starts_with("GM") && raw[2..].bytes().all(|b| b.is_ascii_digit())
}

/// Four digits, 1000 to 9999: a PC4 area.
pub fn pc4(raw: &str) -> Result<(), Message> {
    let ok = raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) && !raw.starts_with('0');
    if ok {
        Ok(())
    } else {
        Err(msg!("postcode4", value = raw))
    }
}

/// A CBS wijk code: `WK` and six characters, as `WK021300`.
pub fn wijk_code(raw: &str) -> Result<(), Message> {
    let ok = raw.len() == 8 && raw.starts_with("WK") && raw.bytes().skip(2).all(|b| b.is_ascii_alphanumeric());
    if ok {
        Ok(())
    } else {
        Err(msg!("wijk-code", code = raw))
    }
}

pub fn email(raw: &str) -> Result<(), Message> {
    if email_address::EmailAddress::parse_with_options(raw, email_address::Options::default().without_display_text())
        .is_ok()
        && raw.rsplit('@').next().is_some_and(|d| d.contains('.'))
    {
        Ok(())
    } else {
        Err(msg!("email", value = raw))
    }
}

pub fn website(raw: &str) -> Result<(), Message> {
    match url::Url::parse(raw) {
        Ok(u) if matches!(u.scheme(), "https" | "http") && u.host_str().is_some_and(|h| h.contains('.')) => Ok(()),
        Ok(_) => Err(msg!("website", value = raw)),
        Err(e) => Err(msg!("website-invalid", value = raw, detail = e.to_string())),
    }
}

/// ISO 639-1: two lowercase letters of a real language.
pub fn language(raw: &str) -> Result<(), Message> {
    if isolang::Language::from_639_1(raw).is_some() {
        Ok(())
    } else {
        Err(msg!("language", value = raw))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_as_people_write_them() {
        for ok in [
            "0575 123 456",
            "06-12345678",
            "0800-1205",
            "0900 1450",
            "088 0767 000",
            "14 0575",
            "112",
            "113",
            "+31 575 123 456",
            "0800-0113",
            "0900-8844",
        ] {
            assert!(phone(ok).is_ok(), "{ok}");
        }
        for bad in ["0575 123 45", "12345", "+32 2 123 45 67", "bel ons", "06-1234567x", ""] {
            assert!(phone(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn postcodes() {
        assert!(postcode("6971 AA").is_ok() && postcode("6971AA").is_ok());
        for bad in ["0971 AA", "6971 aa", "6971 SS", "697 AA", "6971  AA", "6971-AA"] {
            assert!(postcode(bad).is_err(), "{bad}");
        }
        assert!(pc4("6971").is_ok() && pc4("0123").is_err() && pc4("69711").is_err());
    }

    #[test]
    fn addresses_and_languages() {
        assert!(email("inloop@debrug.example").is_ok());
        assert!(email("inloop@").is_err() && email("Inloop <a@b.nl>").is_err() && email("a@localhost").is_err());
        assert!(website("https://debrug.example/inloop").is_ok());
        assert!(website("debrug.example").is_err() && website("ftp://a.nl").is_err());
        assert!(language("nl").is_ok() && language("uk").is_ok());
        assert!(language("xx").is_err() && language("NL").is_err() && language("nld").is_err());
    }
}

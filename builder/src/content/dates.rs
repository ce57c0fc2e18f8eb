//! Dates in front matter and file names: TOML dates, `YYYY-MM-DD` or RFC 3339 strings.

use std::cmp::Ordering;

use jiff::civil;
use jiff::tz::TimeZone;
use jiff::Timestamp;

/// A date as the editor wrote it, with an instant to sort and format by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentDate {
    /// `YYYY-MM-DD` or a full RFC 3339 timestamp.
    pub text: String,
    pub instant: Timestamp,
    pub has_time: bool,
}

impl Ord for ContentDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.instant.cmp(&other.instant)
    }
}
impl PartialOrd for ContentDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A check (`gecontroleerd`) longer ago than this many days is overdue: a warning for a
/// service or a help line, and first in the freshness report.
pub const STALE_AFTER_DAYS: i64 = 365;

impl ContentDate {
    /// Whole days from this date (its day in UTC) to `today`.
    pub fn days_before(&self, today: jiff::civil::Date) -> i64 {
        today.since(self.day()).map(|s| i64::from(s.get_days())).unwrap_or(0)
    }

    pub fn parse(raw: &str) -> Option<ContentDate> {
        let raw = raw.trim();
        if let Ok(ts) = raw.parse::<Timestamp>() {
            return Some(ContentDate { text: raw.to_string(), instant: ts, has_time: true });
        }
        if let Ok(date) = raw.parse::<civil::Date>() {
            let instant = date.to_zoned(TimeZone::UTC).ok()?.timestamp();
            return Some(ContentDate { text: date.to_string(), instant, has_time: false });
        }
        if let Ok(dt) = raw.parse::<civil::DateTime>() {
            let instant = dt.to_zoned(TimeZone::UTC).ok()?.timestamp();
            return Some(ContentDate { text: raw.to_string(), instant, has_time: true });
        }
        None
    }

    pub fn from_value(value: &toml::Value) -> Option<ContentDate> {
        match value {
            toml::Value::String(s) => Self::parse(s),
            toml::Value::Datetime(d) => Self::parse(&d.to_string()),
            _ => None,
        }
    }

    /// RFC 3339, as feeds and sitemaps need.
    pub fn rfc3339(&self) -> String {
        self.instant.to_string()
    }

    /// The calendar day, in UTC.
    pub fn day(&self) -> civil::Date {
        self.instant.to_zoned(TimeZone::UTC).date()
    }

    /// `YYYY-MM-DD` in UTC.
    pub fn ymd(&self) -> String {
        self.day().to_string()
    }
}

/// `2024-05-01_news.md` or `2024-05-01-news.md`: the date and the rest of the name.
pub fn split_date_prefix(stem: &str) -> Option<(ContentDate, &str)> {
    let prefix = stem.get(..10)?;
    let sep = stem.as_bytes().get(10)?;
    if !matches!(sep, b'_' | b'-') {
        return None;
    }
    let date = ContentDate::parse(prefix)?;
    Some((date, &stem[11..]))
}

/// Today in UTC, or the day of `SOURCE_DATE_EPOCH` when it is set (the convention of
/// reproducible builds), which also lets tests fix the day that dates are checked against.
pub fn today() -> jiff::civil::Date {
    let fixed = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok());
    fixed.unwrap_or_else(jiff::Timestamp::now).to_zoned(jiff::tz::TimeZone::UTC).date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_zola_takes() {
        assert_eq!(ContentDate::parse("2024-05-01").unwrap().text, "2024-05-01");
        assert!(ContentDate::parse("2024-05-01T10:00:00+02:00").unwrap().has_time);
        assert!(ContentDate::parse("2024-05-01T10:00:00").is_some());
        assert!(ContentDate::parse("1 mei").is_none());
        assert!(ContentDate::parse("2024-13-01").is_none());
    }

    #[test]
    fn file_name_prefix() {
        let (d, rest) = split_date_prefix("2024-05-01_nieuws").unwrap();
        assert_eq!((d.text.as_str(), rest), ("2024-05-01", "nieuws"));
        assert!(split_date_prefix("2024-05-01").is_none());
        assert!(split_date_prefix("nieuws").is_none());
    }
}

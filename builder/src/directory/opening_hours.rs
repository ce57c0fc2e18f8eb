//! Opening hours in OpenStreetMap `opening_hours` syntax, parsed by the
//! `opening-hours-syntax` crate and written out in plain words for residents, in the
//! words of the theme's catalogue (`HoursWords`); in Dutch:
//! `Tu,Th 10:00-12:00; Sa[1] 13:00-16:00` → "dinsdag en donderdag 10:00–12:00",
//! "eerste zaterdag van de maand 13:00–16:00".

use chrono::Weekday;
use opening_hours_syntax::rules::day::{HolidayKind, WeekDayRange};
use opening_hours_syntax::rules::time::{Time, TimeSpan};
use opening_hours_syntax::rules::{OpeningHoursExpression, RuleKind, RuleSequence};

/// A syntax error, with the 1-based column in the value where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursError {
    pub column: usize,
    pub message: String,
}

pub fn parse(value: &str) -> Result<OpeningHoursExpression, HoursError> {
    opening_hours_syntax::parse(value).map_err(|e| {
        let text = e.to_string();
        HoursError { column: column_of(&text).unwrap_or(1), message: explain(&text) }
    })
}

/// The parser's message reads `--> 1:12` where it stopped.
fn column_of(text: &str) -> Option<usize> {
    let after = text.split("--> ").nth(1)?;
    let pos = after.split_whitespace().next()?;
    pos.split(':').nth(1)?.parse().ok()
}

/// The useful line of the parser's message (it also draws the input with a caret).
fn explain(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| l.starts_with('='))
        .map(|l| l.trim_start_matches('=').trim().to_string())
        .unwrap_or_else(|| first_line(text))
}

fn first_line(s: &str) -> String {
    s.lines().find(|l| !l.trim().is_empty() && !l.trim_start().starts_with("-->")).unwrap_or(s).trim().to_string()
}

/// The words schedules are written in: keys of the theme's catalogue, in the site's
/// default language (a site changes them under `[translations]` in config.toml).
#[derive(Debug, Clone)]
pub struct HoursWords {
    every_day: String,
    /// Every day, all day.
    always: String,
    whole_day: String,
    closed: String,
    by_appointment: String,
    public_holidays: String,
    school_holidays: String,
    /// "{from} tot en met {to}"
    through: String,
    /// "{nth} {days} van de maand"
    of_the_month: String,
    /// "vanaf {time}"
    from_time: String,
    and: String,
    /// Monday first.
    weekdays: Vec<String>,
    /// First to fifth.
    nths: Vec<String>,
    last: String,
}

impl HoursWords {
    /// Every key it reads, for the catalogue's completeness test.
    pub const KEYS: &'static [&'static str] = &[
        "hours_every_day",
        "hours_always",
        "hours_whole_day",
        "hours_closed",
        "hours_by_appointment",
        "hours_public_holidays",
        "hours_school_holidays",
        "hours_through",
        "hours_of_the_month",
        "hours_from",
        "and",
        "weekdays",
        "hours_nths",
        "hours_last",
    ];

    /// The words from `word(key)`; a key without a word gives an empty text (the
    /// catalogue's own test sees that every key is there); the pipeline checks the lengths
    /// of its word lists first.
    pub fn new(word: impl Fn(&str) -> Option<String>) -> HoursWords {
        let w = |key: &str| word(key).unwrap_or_default();
        let list = |key: &str| w(key).split_whitespace().map(String::from).collect();
        HoursWords {
            every_day: w("hours_every_day"),
            always: w("hours_always"),
            whole_day: w("hours_whole_day"),
            closed: w("hours_closed"),
            by_appointment: w("hours_by_appointment"),
            public_holidays: w("hours_public_holidays"),
            school_holidays: w("hours_school_holidays"),
            through: w("hours_through"),
            of_the_month: w("hours_of_the_month"),
            from_time: w("hours_from"),
            and: w("and"),
            weekdays: list("weekdays"),
            nths: list("hours_nths"),
            last: w("hours_last"),
        }
    }

    fn day(&self, day: Weekday) -> &str {
        self.weekdays.get(day.num_days_from_monday() as usize).map_or("", String::as_str)
    }

    fn through(&self, from: Weekday, to: Weekday) -> String {
        self.through.replace("{from}", self.day(from)).replace("{to}", self.day(to))
    }

    /// "a", "a en b", "a, b en c".
    fn join(&self, items: Vec<String>) -> String {
        match items.len() {
            0 => String::new(),
            1 => items.into_iter().next().unwrap_or_default(),
            n => format!("{} {} {}", items[..n - 1].join(", "), self.and, items[n - 1]),
        }
    }
}

/// One line per rule. Rules that use what residents rarely see (weeks, years, sunrise)
/// keep their original text.
pub fn describe(expr: &OpeningHoursExpression, words: &HoursWords) -> Vec<String> {
    expr.rules.iter().map(|rule| describe_rule(rule, words)).collect()
}

fn describe_rule(rule: &RuleSequence, words: &HoursWords) -> String {
    let days = &rule.day_selector;
    let simple = days.year.is_empty() && days.monthday.is_empty() && days.week.is_empty();
    if !simple {
        return rule.to_string();
    }
    let day_text = if days.weekday.is_empty() {
        words.every_day.clone()
    } else {
        words.join(days.weekday.iter().map(|range| weekday_range(range, words)).collect())
    };
    let mut text = day_text;
    match rule.kind {
        RuleKind::Closed => text = format!("{text}: {}", words.closed),
        RuleKind::Unknown => text = format!("{text}: {}", words.by_appointment),
        RuleKind::Open => {
            let spans = &rule.time_selector.spans;
            let whole_day = spans.len() == 1 && is_whole_day(&spans[0]);
            text = if !whole_day {
                format!("{text} {}", words.join(spans.iter().map(|span| time_span(span, words)).collect()))
            } else if days.weekday.is_empty() {
                words.always.clone()
            } else {
                format!("{text} {}", words.whole_day)
            };
        }
    }
    if !rule.comment.is_empty() {
        text.push_str(&format!(" ({})", rule.comment));
    }
    text
}

fn weekday_range(range: &WeekDayRange, words: &HoursWords) -> String {
    match range {
        WeekDayRange::Holiday { kind: HolidayKind::Public, .. } => words.public_holidays.clone(),
        WeekDayRange::Holiday { kind: HolidayKind::School, .. } => words.school_holidays.clone(),
        WeekDayRange::Fixed { range, nth_from_start, nth_from_end, .. } => {
            let (start, end) = (*range.start(), *range.end());
            let days = if start == end { words.day(start).to_string() } else { words.through(start, end) };
            let every_week = !nth_from_start.contains(&false) && !nth_from_end.contains(&false);
            if every_week {
                if start == Weekday::Mon && end == Weekday::Sun {
                    words.every_day.clone()
                } else {
                    days
                }
            } else {
                let mut nths: Vec<String> =
                    nth_from_start.iter().zip(&words.nths).filter(|(on, _)| **on).map(|(_, nth)| nth.clone()).collect();
                if nth_from_end[0] {
                    nths.push(words.last.clone());
                }
                words.of_the_month.replace("{nth}", &words.join(nths)).replace("{days}", &days)
            }
        }
    }
}

fn is_whole_day(span: &TimeSpan) -> bool {
    matches!((&span.range.start, &span.range.end), (Time::Fixed(a), Time::Fixed(b)) if a.hour() == 0 && a.minute() == 0 && b.hour() == 24 && b.minute() == 0)
}

fn time_span(span: &TimeSpan, words: &HoursWords) -> String {
    let start = time(&span.range.start);
    if span.open_end {
        return words.from_time.replace("{time}", &start);
    }
    format!("{start}–{}", time(&span.range.end))
}

/// The weekdays (0 = Monday) a rule opens on every week, for formats that know only
/// weekly hours (schema.org, HSDS); `None` for closing rules, dates, weeks, nth weekdays
/// and holidays. An empty list means every day.
pub(crate) fn weekly_days(rule: &RuleSequence) -> Option<Vec<u32>> {
    let days = &rule.day_selector;
    if rule.kind != RuleKind::Open || !days.year.is_empty() || !days.monthday.is_empty() || !days.week.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    for range in &days.weekday {
        match range {
            WeekDayRange::Fixed { range, nth_from_start, nth_from_end, .. }
                if !nth_from_start.contains(&false) && !nth_from_end.contains(&false) =>
            {
                let (start, end) = (range.start().num_days_from_monday(), range.end().num_days_from_monday());
                let mut d = start;
                loop {
                    out.push(d);
                    if d == end {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            _ => return None,
        }
    }
    Some(out)
}

/// `HH:MM` of a fixed time (26:00, past midnight, is 02:00); `None` for sunrise and the like.
pub(crate) fn fixed_time(t: &Time) -> Option<String> {
    match t {
        Time::Fixed(_) => Some(time(t)),
        Time::Variable(_) => None,
    }
}

fn time(t: &Time) -> String {
    match t {
        // Past midnight: 26:00 is 02:00 the next night.
        Time::Fixed(e) => format!("{:02}:{:02}", e.hour() % 24, e.minute()),
        Time::Variable(v) => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(lang: &str) -> HoursWords {
        let file = crate::render::templates::DEFAULT_THEME.get_file(format!("i18n/{lang}.toml")).unwrap();
        let words = crate::render::translations::parse(file.contents_utf8().unwrap());
        HoursWords::new(|k| words.get(k).cloned())
    }

    fn dutch(s: &str) -> Vec<String> {
        describe(&parse(s).unwrap(), &words("nl"))
    }

    #[test]
    fn the_same_in_english_from_the_english_catalogue() {
        let english = |s: &str| describe(&parse(s).unwrap(), &words("en"));
        assert_eq!(english("Mo-Fr 09:00-12:30,13:30-17:00"), ["Monday to Friday 09:00–12:30 and 13:30–17:00"]);
        assert_eq!(english("Sa[1] 13:00-16:00"), ["first Saturday of the month 13:00–16:00"]);
        assert_eq!(english("24/7"), ["open every day, day and night"]);
        assert_eq!(english("We 19:00-21:00; PH off"), ["Wednesday 19:00–21:00", "on public holidays: closed"]);
        assert_eq!(english("Mo[1,3] 10:00+"), ["first and third Monday of the month from 10:00"]);
    }

    #[test]
    fn a_word_list_too_short_does_not_panic() {
        // The pipeline reports it (WW0116) and stops; describing must not panic first.
        let words = HoursWords::new(|k| Some(if k == "weekdays" { "ma di wo".into() } else { "a b c d e".into() }));
        assert_eq!(describe(&parse("Su 10:00-12:00").unwrap(), &words), [" 10:00–12:00"]);
    }

    #[test]
    fn common_forms_in_dutch() {
        assert_eq!(dutch("Tu,Th 10:00-12:00"), ["dinsdag en donderdag 10:00–12:00"]);
        assert_eq!(dutch("Sa[1] 13:00-16:00"), ["eerste zaterdag van de maand 13:00–16:00"]);
        assert_eq!(dutch("Mo-Fr 09:00-12:30,13:30-17:00"), ["maandag tot en met vrijdag 09:00–12:30 en 13:30–17:00"]);
        assert_eq!(dutch("24/7"), ["elke dag open, dag en nacht"]);
        assert_eq!(dutch("Mo-Su 21:00-09:00"), ["elke dag 21:00–09:00"]);
        assert_eq!(dutch("We 19:00-21:00; PH off"), ["woensdag 19:00–21:00", "op feestdagen: gesloten"]);
        assert_eq!(dutch("Mo[1,3] 10:00-11:00"), ["eerste en derde maandag van de maand 10:00–11:00"]);
    }

    #[test]
    fn errors_have_a_column() {
        let e = parse("Tu,Th 10:00-1200").unwrap_err();
        assert!(e.column > 1, "{e:?}");
        assert!(parse("dinsdag 10-12").is_err());
    }
}

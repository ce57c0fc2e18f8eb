//! Opening hours in OpenStreetMap `opening_hours` syntax, parsed by the
//! `opening-hours-syntax` crate and written out in plain Dutch for residents:
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

/// One line per rule, in Dutch. Rules that use what residents rarely see (weeks,
/// years, sunrise) keep their original text.
pub fn to_dutch(expr: &OpeningHoursExpression) -> Vec<String> {
    expr.rules.iter().map(rule_to_dutch).collect()
}

fn rule_to_dutch(rule: &RuleSequence) -> String {
    let days = &rule.day_selector;
    let simple = days.year.is_empty() && days.monthday.is_empty() && days.week.is_empty();
    if !simple {
        return rule.to_string();
    }
    let day_text = if days.weekday.is_empty() {
        "elke dag".to_string()
    } else {
        join_dutch(days.weekday.iter().map(weekday_range).collect())
    };
    let mut text = day_text;
    match rule.kind {
        RuleKind::Closed => text.push_str(": gesloten"),
        RuleKind::Unknown => text.push_str(": op afspraak"),
        RuleKind::Open => {
            let spans = &rule.time_selector.spans;
            let whole_day = spans.len() == 1 && is_whole_day(&spans[0]);
            if whole_day {
                text.push_str(if days.weekday.is_empty() { " open, dag en nacht" } else { " de hele dag" });
            } else {
                text.push(' ');
                text.push_str(&join_dutch(spans.iter().map(time_span).collect()));
            }
        }
    }
    if !rule.comment.is_empty() {
        text.push_str(&format!(" ({})", rule.comment));
    }
    text
}

fn weekday_range(range: &WeekDayRange) -> String {
    match range {
        WeekDayRange::Holiday { kind: HolidayKind::Public, .. } => "op feestdagen".into(),
        WeekDayRange::Holiday { kind: HolidayKind::School, .. } => "in de schoolvakanties".into(),
        WeekDayRange::Fixed { range, nth_from_start, nth_from_end, .. } => {
            let (start, end) = (*range.start(), *range.end());
            let every_week = !nth_from_start.contains(&false) && !nth_from_end.contains(&false);
            if every_week {
                if start == Weekday::Mon && end == Weekday::Sun {
                    "elke dag".into()
                } else if start == end {
                    day_name(start).into()
                } else {
                    format!("{} tot en met {}", day_name(start), day_name(end))
                }
            } else {
                let mut nths: Vec<&str> = nth_from_start
                    .iter()
                    .enumerate()
                    .filter(|(_, on)| **on)
                    .map(|(i, _)| ["eerste", "tweede", "derde", "vierde", "vijfde"][i])
                    .collect();
                if nth_from_end[0] {
                    nths.push("laatste");
                }
                let days = if start == end {
                    day_name(start).to_string()
                } else {
                    format!("{} tot en met {}", day_name(start), day_name(end))
                };
                format!("{} {days} van de maand", join_dutch(nths.into_iter().map(String::from).collect()))
            }
        }
    }
}

fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "maandag",
        Weekday::Tue => "dinsdag",
        Weekday::Wed => "woensdag",
        Weekday::Thu => "donderdag",
        Weekday::Fri => "vrijdag",
        Weekday::Sat => "zaterdag",
        Weekday::Sun => "zondag",
    }
}

fn is_whole_day(span: &TimeSpan) -> bool {
    matches!((&span.range.start, &span.range.end), (Time::Fixed(a), Time::Fixed(b)) if a.hour() == 0 && a.minute() == 0 && b.hour() == 24 && b.minute() == 0)
}

fn time_span(span: &TimeSpan) -> String {
    let start = time(&span.range.start);
    if span.open_end {
        return format!("vanaf {start}");
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

/// "a", "a en b", "a, b en c".
fn join_dutch(items: Vec<String>) -> String {
    match items.len() {
        0 => String::new(),
        1 => items.into_iter().next().unwrap_or_default(),
        n => format!("{} en {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dutch(s: &str) -> Vec<String> {
        to_dutch(&parse(s).unwrap())
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

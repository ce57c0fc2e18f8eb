//! "Nu open · tot 17:00": the builder works out when a service is open in the coming
//! weeks, so that the browser only has to compare the clock.
//!
//! Everything is in Dutch wall-clock time, counted in minutes from midnight at the start
//! of the build day in the Netherlands. The page gets, once, the offsets of the
//! Europe/Amsterdam time zone for those weeks (`Clock`), so a phone in another time zone,
//! or with no time-zone data at all, still knows what time it is here. The zone comes
//! with the binary (jiff's `get!` compiles it in), so a bare container needs no zoneinfo.
//!
//! Where the opening hours cannot be trusted to say "open" (a rule "op afspraak" or with
//! a comment, a status other than active) there is no schedule: better nothing than a
//! guess. On a public holiday the hours do not mention, the schedule says "call first".

use ::opening_hours::localization::Country;
use ::opening_hours::{Context, OpeningHours, RuleKind};
use chrono::{NaiveDate, NaiveDateTime};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use opening_hours_syntax::rules::day::{HolidayKind, WeekDayRange};

/// How far ahead the site knows: six weeks, so the next "first Saturday of the month"
/// is always in it. The editors' CI templates rebuild every night.
pub const HORIZON_DAYS: i32 = 42;

static NETHERLANDS: TimeZone = jiff::tz::get!("Europe/Amsterdam");

/// The clock every schedule counts from, shared by all services of one build.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Clock {
    /// The first day (minute 0 is its midnight in the Netherlands).
    pub start: Date,
    /// The time zone's offsets over the horizon.
    pub offsets: Vec<Offset>,
    /// Public holidays in the horizon, as days from `start`.
    pub holidays: Vec<i32>,
}

/// From `from` (milliseconds since 1970, UTC) the Netherlands are `minutes` ahead of UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offset {
    pub from: i64,
    pub minutes: i32,
}

/// What a stretch of time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Open,
    /// A public holiday the opening hours say nothing about, on which they would open:
    /// call first, and no "open again on …" beyond it.
    Holiday,
    /// Such a holiday on which the hours would not open anyway: still "call first"
    /// that day, but an opening after it may be announced.
    HolidayClosed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    /// Minutes from the clock's start, in Dutch wall-clock time.
    pub start: i32,
    pub end: i32,
    pub kind: Kind,
}

/// When a service or location is open within the horizon.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Schedule {
    pub intervals: Vec<Interval>,
}

impl Clock {
    pub fn new(start: Date) -> Clock {
        let midnight = |d: Date| d.to_zoned(NETHERLANDS.clone()).map(|z| z.timestamp()).ok();
        let end_day = start.checked_add(jiff::Span::new().days(HORIZON_DAYS)).unwrap_or(start);
        let mut offsets = Vec::new();
        if let (Some(begin), Some(end)) = (midnight(start), midnight(end_day)) {
            let minutes = |o: jiff::tz::Offset| o.seconds() / 60;
            offsets.push(Offset { from: begin.as_millisecond(), minutes: minutes(NETHERLANDS.to_offset(begin)) });
            for t in NETHERLANDS.following(begin).take_while(|t| t.timestamp() < end) {
                offsets.push(Offset { from: t.timestamp().as_millisecond(), minutes: minutes(t.offset()) });
            }
        }
        let public = Country::NL.holidays();
        let holidays = (0..HORIZON_DAYS)
            .filter(|&n| naive_day(start, n).is_some_and(|d| public.get_public().contains(d)))
            .collect();
        Clock { start, offsets, holidays }
    }

    fn horizon_minutes(&self) -> i32 {
        HORIZON_DAYS * 24 * 60
    }

    /// The schedule of an opening-hours value, from the day `from` (a temporarily closed
    /// service opens again after its last closed day). `None` where no honest claim can
    /// be made.
    pub fn schedule(&self, value: &str, from: Option<Date>) -> Option<Schedule> {
        let hours: OpeningHours = value.parse().ok()?;
        let expr = hours.get_expression();
        // "op afspraak", a comment, or school holidays (regional in the Netherlands, so
        // not in the holiday calendar): no claim.
        let vague = expr.rules.iter().any(|r| {
            r.kind == RuleKind::Unknown
                || !r.comment.is_empty()
                || r.day_selector
                    .weekday
                    .iter()
                    .any(|w| matches!(w, WeekDayRange::Holiday { kind: HolidayKind::School, .. }))
        });
        if vague {
            return None;
        }
        // Hours that name holidays (`PH off`) say what happens then; so does a rule for
        // every day without exception (`24/7`, `10:00-18:00`), which holidays are part of.
        let mentions_holidays = expr.rules.iter().any(|r| {
            r.day_selector.is_empty()
                || r.day_selector
                    .weekday
                    .iter()
                    .any(|w| matches!(w, WeekDayRange::Holiday { kind: HolidayKind::Public, .. }))
        });
        let hours = hours.with_context(Context::default().with_holidays(Country::NL.holidays()));
        let begin = naive_day(self.start, 0)?.and_hms_opt(0, 0, 0)?;
        let end = begin + chrono::TimeDelta::days(i64::from(HORIZON_DAYS));
        let first = from.map(|d| self.minute_of(d)).unwrap_or(0).max(0);
        let to_minute =
            |t: NaiveDateTime| ((t - begin).num_minutes()).clamp(0, i64::from(self.horizon_minutes())) as i32;
        let mut open: Vec<(i32, i32)> = hours
            .iter_range(begin, end)
            .filter(|r| r.kind == RuleKind::Open)
            .map(|r| (to_minute(r.range.start).max(first), to_minute(r.range.end)))
            .filter(|(s, e)| s < e)
            .collect();
        let mut intervals = Vec::new();
        if !mentions_holidays {
            for &day in &self.holidays {
                let (s, e) = (day * 1440, (day + 1) * 1440);
                if s < first {
                    continue;
                }
                let would_open = open.iter().any(|&(a, b)| a < e && b > s);
                let kind = if would_open { Kind::Holiday } else { Kind::HolidayClosed };
                open = open.into_iter().flat_map(|iv| cut(iv, (s, e))).collect();
                intervals.push(Interval { start: s, end: e, kind });
            }
        }
        intervals.extend(open.into_iter().map(|(start, end)| Interval { start, end, kind: Kind::Open }));
        intervals.sort_by_key(|i| i.start);
        if intervals.iter().all(|i| i.kind != Kind::Open) {
            return None;
        }
        Some(Schedule { intervals })
    }

    /// Minutes from the clock's start to midnight of `day`.
    fn minute_of(&self, day: Date) -> i32 {
        let days = (day - self.start).get_days();
        days.saturating_mul(1440)
    }

    /// What the page's script needs, as its `data-klok` attribute: the number of days
    /// the schedules cover, then each offset as `<from>/<minutes>`, separated by spaces:
    /// `42 1764543600000/60 1774659600000/120`. (The holidays are in each schedule.)
    pub fn encode(&self) -> String {
        let mut out = vec![HORIZON_DAYS.to_string()];
        out.extend(self.offsets.iter().map(|o| format!("{}/{}", o.from, o.minutes)));
        out.join(" ")
    }
}

/// One character per day in `Schedule::encode`: day patterns are numbered in this
/// alphabet, and a horizon of 42 days never has more than 43 (one empty).
const DAY_DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const _: () = assert!(HORIZON_DAYS < DAY_DIGITS.len() as i32);

impl Schedule {
    /// The schedule as the page carries it (`data-open`): the distinct day patterns,
    /// separated by commas, a `;`, and one character per day naming that day's pattern
    /// (`0` is a day with nothing, `1` the first pattern, …). A pattern is its stretches
    /// as `<start><kind><length>` in minutes from midnight, separated by spaces; kind is
    /// `+` (open), `?` (a public holiday the hours say nothing about, on which they would
    /// open: call first) or `~` (such a holiday on which they would not). Stretches past
    /// midnight are split at it. A weekly rhythm is a repeating row of characters:
    /// `510+510,0?1440;11110011111001…`.
    pub fn encode(&self) -> String {
        let mut days: Vec<Vec<String>> = vec![Vec::new(); HORIZON_DAYS as usize];
        for i in &self.intervals {
            let sign = match i.kind {
                Kind::Open => '+',
                Kind::Holiday => '?',
                Kind::HolidayClosed => '~',
            };
            let mut start = i.start;
            while start < i.end {
                let day = start / 1440;
                let end = i.end.min((day + 1) * 1440);
                if let Some(d) = days.get_mut(day as usize) {
                    d.push(format!("{}{sign}{}", start - day * 1440, end - start));
                }
                start = end;
            }
        }
        let mut patterns: Vec<String> = vec![String::new()];
        let mut row = String::with_capacity(days.len());
        for d in days {
            let pattern = d.join(" ");
            let n = patterns.iter().position(|p| *p == pattern).unwrap_or_else(|| {
                patterns.push(pattern);
                patterns.len() - 1
            });
            row.push(char::from(DAY_DIGITS[n]));
        }
        format!("{};{row}", patterns[1..].join(","))
    }
}

/// The last second of `day` in the Netherlands, in RFC 3339 (`2027-01-01T23:59:59+01:00`):
/// when something that holds "through" that day ends.
pub fn last_moment(day: Date) -> Option<String> {
    let zoned = day.at(23, 59, 59, 0).to_zoned(NETHERLANDS.clone()).ok()?;
    Some(zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
}

/// `iv` without the part inside `gap`.
fn cut(iv: (i32, i32), gap: (i32, i32)) -> Vec<(i32, i32)> {
    let mut out = Vec::new();
    if iv.0 < gap.0 {
        out.push((iv.0, iv.1.min(gap.0)));
    }
    if iv.1 > gap.1 {
        out.push((iv.0.max(gap.1), iv.1));
    }
    out
}

fn naive_day(start: Date, n: i32) -> Option<NaiveDate> {
    let d = start.checked_add(jiff::Span::new().days(n)).ok()?;
    NaiveDate::from_ymd_opt(i32::from(d.year()), u32::try_from(d.month()).ok()?, u32::try_from(d.day()).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn open(s: &Schedule) -> Vec<(i32, i32)> {
        s.intervals.iter().filter(|i| i.kind == Kind::Open).map(|i| (i.start, i.end)).collect()
    }

    #[test]
    fn weekdays_in_minutes_from_the_first_midnight() {
        // Tuesday 1 December 2026.
        let clock = Clock::new(date(2026, 12, 1));
        let s = clock.schedule("Mo-Fr 09:00-17:00", None).unwrap();
        assert_eq!(open(&s)[..2], [(540, 1020), (1440 + 540, 1440 + 1020)]);
        // Tuesday to Friday, the weekend, Monday to Friday, …
        // (the holidays at Christmas and New Year's Day are the other patterns).
        assert!(s.encode().starts_with("540+480,0?1440,0~1440;1111001111100"), "{}", s.encode());
    }

    #[test]
    fn offsets_follow_the_dutch_clock() {
        // Winter time, then summer time from 28 March 2027 at 01:00 UTC.
        let clock = Clock::new(date(2027, 3, 1));
        let minutes: Vec<i32> = clock.offsets.iter().map(|o| o.minutes).collect();
        assert_eq!(minutes, [60, 120]);
        assert_eq!(clock.encode(), "42 1803855600000/60 1806195600000/120");
        let change = jiff::Timestamp::from_millisecond(clock.offsets[1].from).unwrap();
        assert_eq!(change.to_string(), "2027-03-28T01:00:00Z");
        assert_eq!(
            clock.offsets[0].from,
            date(2027, 3, 1).to_zoned(TimeZone::UTC).unwrap().timestamp().as_millisecond() - 3_600_000
        );
    }

    #[test]
    fn holidays_the_hours_do_not_mention_say_call_first() {
        // Christmas: Friday 25 and Saturday 26 December 2026.
        let clock = Clock::new(date(2026, 12, 1));
        assert_eq!(clock.holidays, [24, 25, 31]);
        let s = clock.schedule("Mo-Fr 09:00-17:00", None).unwrap();
        assert!(s.intervals.contains(&Interval { start: 24 * 1440, end: 25 * 1440, kind: Kind::Holiday }));
        // Saturday 26 December: closed on Saturdays anyway.
        assert!(s.intervals.contains(&Interval { start: 25 * 1440, end: 26 * 1440, kind: Kind::HolidayClosed }));
        assert!(s.encode().starts_with("540+480,0?1440,0~1440;"), "{}", s.encode());
        assert!(s.encode().ends_with(";111100111110011111001111230111120011111001"), "{}", s.encode());
        assert!(!open(&s).iter().any(|(a, _)| *a >= 24 * 1440 && *a < 25 * 1440), "no opening on Christmas");
        // Hours that say what happens on holidays are followed instead.
        let s = clock.schedule("Mo-Fr 09:00-17:00; PH off", None).unwrap();
        assert!(s.intervals.iter().all(|i| i.kind == Kind::Open));
        assert!(!open(&s).iter().any(|(a, _)| *a >= 24 * 1440 && *a < 25 * 1440));
        let s = clock.schedule("Mo-Fr 09:00-17:00; PH 10:00-12:00", None).unwrap();
        assert!(open(&s).contains(&(24 * 1440 + 600, 24 * 1440 + 720)));
    }

    #[test]
    fn night_and_day_split_at_midnight() {
        let clock = Clock::new(date(2026, 12, 1));
        let s = clock.schedule("Mo-Su 21:00-09:00", None).unwrap();
        assert!(s.encode().starts_with("0+540 1260+180,"), "{}", s.encode());
        let s = clock.schedule("24/7", None).unwrap();
        assert_eq!(s.intervals.len(), 1);
        assert_eq!(s.encode(), format!("0+1440;{}", "1".repeat(42)));
    }

    #[test]
    fn the_last_moment_of_a_day_in_dutch_time() {
        assert_eq!(last_moment(date(2027, 1, 1)).as_deref(), Some("2027-01-01T23:59:59+01:00"));
        assert_eq!(last_moment(date(2027, 7, 1)).as_deref(), Some("2027-07-01T23:59:59+02:00"));
    }

    #[test]
    fn first_saturday_of_the_month() {
        let clock = Clock::new(date(2026, 12, 1));
        let s = clock.schedule("Sa[1] 10:00-14:00", None).unwrap();
        // 5 December and 2 January.
        assert_eq!(open(&s), [(4 * 1440 + 600, 4 * 1440 + 840), (32 * 1440 + 600, 32 * 1440 + 840)]);
    }

    #[test]
    fn no_claim_where_the_hours_are_vague() {
        let clock = Clock::new(date(2026, 12, 1));
        assert_eq!(clock.schedule("Mo 10:00-12:00 unknown", None), None);
        assert_eq!(clock.schedule("Mo 10:00-12:00 \"alleen op afspraak\"", None), None);
        assert_eq!(clock.schedule("off", None), None);
        // School holidays differ per region in the Netherlands: no claim either.
        assert_eq!(clock.schedule("Mo-Fr 09:00-17:00; SH off", None), None);
        assert_eq!(clock.schedule("geen tijden", None), None);
    }

    #[test]
    fn a_closure_ends_before_the_schedule_starts() {
        let clock = Clock::new(date(2026, 12, 1));
        let s = clock.schedule("Mo-Su 10:00-12:00", Some(date(2026, 12, 10))).unwrap();
        assert_eq!(open(&s)[0], (9 * 1440 + 600, 9 * 1440 + 720));
    }
}

//! Holiday calendars of the three regions, kept as data files of ours
//! (`holidays/{cn,pl,az}.toml`, embedded in the binary) and evaluated for a
//! year: statutory rules (fixed dates, Easter offsets, Chinese lunar dates,
//! the lunar new year's eve, Hijri dates, a solar term), multi-day spans,
//! validity years, Azerbaijan's weekend rule, and per-year overrides taken
//! from the governments' notices, each naming its source.
//!
//! A year's calendar lists one [`Holiday`] per day: a statutory holiday day, a
//! day off added by a move or an official notice, or an adjusted working day
//! (a weekend worked in exchange, 调休上班). Days computed for a year past the
//! file's last confirmed year, and Hijri dates no decree has confirmed, are
//! flagged `estimated`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::calendar::systems as calendars;
use crate::calendar::{CalendarDateError, LunarFallback};
use crate::values::{Date, FieldError, Language, Problem, Region};

/// A holiday calendar that cannot be read or evaluated.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CalendarError {
    /// The data file is not valid.
    #[error("holiday data for {region}: {reason}")]
    Data {
        /// The region of the file.
        region: Region,
        /// What is wrong.
        reason: String,
    },
    /// A rule asked for a date its calendar does not have.
    #[error(transparent)]
    Date(#[from] CalendarDateError),
    /// The year is outside the years calendars are computed for (1901–2099).
    #[error("year {0} is outside 1901–2099")]
    YearOutOfRange(i32),
}

impl CalendarError {
    /// The error as a refusal of `field`: a year out of range is the user's to correct.
    pub fn refusal(&self, field: &str) -> FieldError {
        match self {
            CalendarError::YearOutOfRange(year) => {
                FieldError::refused(field, Problem::CalendarYear { value: year.to_string() })
            }
            other => FieldError::new(field, other.to_string()),
        }
    }
}

/// A holiday's name in the four UI languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayNames {
    /// English.
    pub en: String,
    /// Simplified Chinese.
    #[serde(rename = "zh-CN")]
    pub zh_cn: String,
    /// Polish.
    pub pl: String,
    /// Azerbaijani.
    pub az: String,
}

impl HolidayNames {
    /// The name in `language`.
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::En => &self.en,
            Language::ZhCn => &self.zh_cn,
            Language::Pl => &self.pl,
            Language::Az => &self.az,
        }
    }
}

/// What a listed day is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// A day of the holiday itself, as the statute defines it.
    Holiday,
    /// A day off that belongs to the holiday: a moved weekend, or a bridging
    /// day from an official notice.
    DayOff,
    /// A weekend day worked in exchange for a day off (调休上班).
    WorkingDay,
}

/// One day of a region's holiday calendar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Holiday {
    /// The day.
    pub date: Date,
    /// Stable key of the holiday (`cn.spring_festival`), used by the care log.
    pub key: String,
    /// The region whose calendar it is.
    pub region: Region,
    /// Holiday, day off or working day.
    pub kind: DayKind,
    /// Computed past the confirmed years, or from an astronomical calendar no decree confirmed.
    pub estimated: bool,
    /// A festival key persons are greeted for.
    pub major: bool,
    /// The official notice the day comes from, when it comes from one.
    pub source: Option<String>,
    /// Its names.
    pub names: HolidayNames,
}

impl Holiday {
    /// The holiday's name in `language`.
    pub fn name(&self, language: Language) -> &str {
        self.names.get(language)
    }
}

/// How a holiday's first day is found in a year.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum Rule {
    /// The same Gregorian day every year.
    Fixed { month: u32, day: u32 },
    /// Days after (or before) Gregorian Easter Sunday.
    Easter { offset: i64 },
    /// A Chinese lunar date.
    Lunar {
        month: u32,
        day: u32,
        #[serde(default)]
        leap: bool,
    },
    /// The last day of the lunar year (the day before lunar 1/1).
    LunarNewYearsEve,
    /// A Hijri (Umm al-Qura) date; a Gregorian year may hold it twice.
    Hijri { month: u32, day: u32 },
    /// A solar term in `month` by the 寿星 formula: day = ⌊Y·0.2422 + c⌋ − ⌊Y/4⌋,
    /// Y the year within the century (terms from March on; 2001–2099).
    SolarTerm { month: u32, c: f64 },
}

/// A holiday's definition in the data file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Definition {
    key: String,
    #[serde(default)]
    major: bool,
    rule: Rule,
    #[serde(default = "one_day")]
    days: u32,
    valid_from: Option<i32>,
    valid_to: Option<i32>,
    /// Whether the region's weekend rule applies to it.
    #[serde(default = "yes")]
    moves: bool,
    names: HolidayNames,
}

fn one_day() -> u32 {
    1
}

fn yes() -> bool {
    true
}

/// Changes to one holiday in one year, from an official notice.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Override {
    year: i32,
    key: String,
    /// The decreed first day (Eid dates), replacing the rule's.
    start: Option<Date>,
    /// Every day off of the holiday that year (`YYYY-MM-DD` or `A..B`), replacing the computed ones.
    off: Option<Vec<String>>,
    /// Days off added to the computed ones (decreed swaps).
    #[serde(default)]
    add_off: Vec<String>,
    /// Weekend days worked in exchange.
    #[serde(default)]
    work: Vec<String>,
    source: String,
}

/// What happens when a holiday falls on a weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
enum WeekendRule {
    /// Nothing: the day is lost (China, Poland).
    #[default]
    None,
    /// The rest day moves to the next working day after the holiday (Azerbaijan).
    NextWorkingDay,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    region: Region,
    confirmed_through: Option<i32>,
    #[serde(default)]
    weekend_rule: WeekendRule,
    #[serde(rename = "holiday")]
    holidays: Vec<Definition>,
    #[serde(rename = "override", default)]
    overrides: Vec<Override>,
}

/// A region's holiday rules, read from its data file.
#[derive(Debug, Clone)]
pub struct HolidayCalendar {
    file: CalendarFile,
}

/// One holiday's days in a year, before listing.
#[derive(Debug, Clone)]
struct Occurrence<'a> {
    definition: &'a Definition,
    /// Statutory days (from the rule or the decreed start).
    days: Vec<NaiveDate>,
    /// Days off added by the weekend rule or a notice.
    extra: Vec<NaiveDate>,
    work: Vec<NaiveDate>,
    source: Option<&'a str>,
    estimated: bool,
}

impl HolidayCalendar {
    /// The calendar of `region`, parsed once from the embedded data file.
    pub fn of(region: Region) -> Result<&'static HolidayCalendar, CalendarError> {
        static CN: OnceLock<Result<HolidayCalendar, CalendarError>> = OnceLock::new();
        static PL: OnceLock<Result<HolidayCalendar, CalendarError>> = OnceLock::new();
        static AZ: OnceLock<Result<HolidayCalendar, CalendarError>> = OnceLock::new();
        let (cell, text) = match region {
            Region::Cn => (&CN, include_str!("../../holidays/cn.toml")),
            Region::Pl => (&PL, include_str!("../../holidays/pl.toml")),
            Region::Az => (&AZ, include_str!("../../holidays/az.toml")),
        };
        cell.get_or_init(|| HolidayCalendar::parse(region, text)).as_ref().map_err(Clone::clone)
    }

    /// Reads a calendar file written for `region`.
    pub fn parse(region: Region, text: &str) -> Result<HolidayCalendar, CalendarError> {
        let bad = |reason: String| CalendarError::Data { region, reason };
        let file: CalendarFile = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        if file.region != region {
            return Err(bad(format!("the file is for {}", file.region)));
        }
        for o in &file.overrides {
            if !file.holidays.iter().any(|h| h.key == o.key) {
                return Err(bad(format!("override for unknown holiday '{}'", o.key)));
            }
            for day in o.off.iter().flatten().chain(&o.add_off).chain(&o.work) {
                parse_days(day).map_err(bad)?;
            }
        }
        Ok(HolidayCalendar { file })
    }

    /// Every listed day of `year`, ordered by date then key.
    pub fn year(&self, year: i32) -> Result<Vec<Holiday>, CalendarError> {
        if !(1901..=2099).contains(&year) {
            return Err(CalendarError::YearOutOfRange(year));
        }
        // Neighbouring years too: a span or a moved day may cross New Year.
        let mut occurrences = Vec::new();
        for y in year - 1..=year + 1 {
            occurrences.extend(self.occurrences(y)?);
        }
        if self.file.weekend_rule == WeekendRule::NextWorkingDay {
            apply_weekend_rule(&mut occurrences);
        }
        cancel_worked_days_off(&mut occurrences);
        let mut days = self.listing(&occurrences, year);
        days.sort_by(|a, b| (a.date, &a.key, a.kind).cmp(&(b.date, &b.key, b.kind)));
        Ok(days)
    }

    fn occurrences(&self, year: i32) -> Result<Vec<Occurrence<'_>>, CalendarError> {
        let past_confirmed = self.file.confirmed_through.is_some_and(|last| year > last);
        let mut found = Vec::new();
        for definition in &self.file.holidays {
            let valid = definition.valid_from.is_none_or(|from| year >= from)
                && definition.valid_to.is_none_or(|to| year <= to);
            if !valid {
                continue;
            }
            let notice = self.file.overrides.iter().find(|o| o.year == year && o.key == definition.key);
            let starts = match notice.and_then(|o| o.start) {
                Some(start) => vec![start.0],
                None => rule_starts(&definition.rule, year)?,
            };
            let astronomical = matches!(definition.rule, Rule::Hijri { .. });
            for start in starts {
                let days = (0..definition.days).map(|i| start + Duration::days(i64::from(i))).collect();
                found.push(Occurrence {
                    definition,
                    days,
                    extra: Vec::new(),
                    work: Vec::new(),
                    source: notice.map(|o| o.source.as_str()),
                    estimated: notice.is_none() && (past_confirmed || astronomical),
                });
            }
            if let Some(notice) = notice
                && let Some(occurrence) = found.last_mut()
            {
                apply_notice(occurrence, notice);
            }
        }
        Ok(found)
    }

    fn listing(&self, occurrences: &[Occurrence<'_>], year: i32) -> Vec<Holiday> {
        let region = self.file.region;
        let mut days = Vec::new();
        for occurrence in occurrences {
            let entry = |date: NaiveDate, kind: DayKind| Holiday {
                date: Date(date),
                key: occurrence.definition.key.clone(),
                region,
                kind,
                estimated: occurrence.estimated,
                major: occurrence.definition.major,
                source: occurrence.source.map(str::to_owned),
                names: occurrence.definition.names.clone(),
            };
            let listed = [
                (&occurrence.days, DayKind::Holiday),
                (&occurrence.extra, DayKind::DayOff),
                (&occurrence.work, DayKind::WorkingDay),
            ];
            for (dates, kind) in listed {
                days.extend(dates.iter().filter(|d| d.year() == year).map(|d| entry(*d, kind)));
            }
        }
        days
    }
}

/// Applies an official notice to the holiday's computed days.
fn apply_notice(occurrence: &mut Occurrence<'_>, notice: &Override) {
    let expand =
        |list: &[String]| -> Vec<NaiveDate> { list.iter().filter_map(|d| parse_days(d).ok()).flatten().collect() };
    if let Some(off) = &notice.off {
        let off = expand(off);
        let statutory: BTreeSet<NaiveDate> = occurrence.days.iter().copied().collect();
        occurrence.days = off.iter().copied().filter(|d| statutory.contains(d)).collect();
        occurrence.extra = off.into_iter().filter(|d| !statutory.contains(d)).collect();
    }
    occurrence.extra.extend(expand(&notice.add_off));
    occurrence.work = expand(&notice.work);
}

/// Azerbaijan's rule: each holiday day on a weekend, or on a day another
/// holiday already took, gives one day off on the first weekday after it that
/// is neither a holiday day nor already given.
fn apply_weekend_rule(occurrences: &mut [Occurrence<'_>]) {
    let taken: BTreeSet<NaiveDate> = occurrences.iter().flat_map(|o| o.days.iter().chain(&o.extra).copied()).collect();
    // (day, occurrence index), in date order; a holiday day seen twice is a clash.
    let mut triggers: Vec<(NaiveDate, usize)> = Vec::new();
    let mut seen: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for (index, occurrence) in occurrences.iter().enumerate() {
        if !occurrence.definition.moves {
            continue;
        }
        for day in &occurrence.days {
            let clash = seen.insert(*day, index).is_some();
            if is_weekend(*day) || clash {
                triggers.push((*day, index));
            }
        }
    }
    triggers.sort();
    let mut given: BTreeSet<NaiveDate> = BTreeSet::new();
    for (day, index) in triggers {
        let mut candidate = day + Duration::days(1);
        while is_weekend(candidate) || taken.contains(&candidate) || given.contains(&candidate) {
            candidate += Duration::days(1);
        }
        given.insert(candidate);
        occurrences[index].extra.push(candidate);
    }
}

/// A decreed working day wins over a day off on the same date: a day the weekend
/// rule gave that a later decree swapped back to work is listed as worked only.
fn cancel_worked_days_off(occurrences: &mut [Occurrence<'_>]) {
    let worked: BTreeSet<NaiveDate> = occurrences.iter().flat_map(|o| o.work.iter().copied()).collect();
    for occurrence in occurrences {
        occurrence.extra.retain(|day| !worked.contains(day));
    }
}

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The first days of a rule's occurrences in Gregorian `year`.
fn rule_starts(rule: &Rule, year: i32) -> Result<Vec<NaiveDate>, CalendarError> {
    let day_of = |month: u32, day: u32| {
        NaiveDate::from_ymd_opt(year, month, day).ok_or(CalendarDateError { calendar: "gregorian", year, month, day })
    };
    let starts = match *rule {
        Rule::Fixed { month, day } => vec![day_of(month, day)?],
        Rule::Easter { offset } => {
            let easter = calendars::easter(year).ok_or(CalendarError::YearOutOfRange(year))?;
            vec![easter + Duration::days(offset)]
        }
        Rule::Lunar { month, day, leap } => {
            vec![calendars::chinese_to_gregorian(year, month, leap, day, LunarFallback::Exact)?]
        }
        Rule::LunarNewYearsEve => {
            vec![calendars::chinese_to_gregorian(year, 1, false, 1, LunarFallback::Exact)? - Duration::days(1)]
        }
        Rule::Hijri { month, day } => hijri_starts(year, month, day)?,
        Rule::SolarTerm { month, c } => vec![day_of(month, solar_term_day(year, c))?],
    };
    Ok(starts)
}

/// Every Gregorian day of Hijri `month`/`day` falling in `year` (zero, one or two).
fn hijri_starts(year: i32, month: u32, day: u32) -> Result<Vec<NaiveDate>, CalendarError> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1)
        .and_then(calendars::hijri_year_of)
        .ok_or(CalendarError::YearOutOfRange(year))?;
    let mut starts = Vec::new();
    for hijri_year in first..=first + 1 {
        let date = calendars::hijri_to_gregorian(hijri_year, month, day)?;
        if date.year() == year {
            starts.push(date);
        }
    }
    Ok(starts)
}

/// The 寿星 formula for a solar term from March on: ⌊Y·0.2422 + C⌋ − ⌊Y/4⌋.
fn solar_term_day(year: i32, c: f64) -> u32 {
    let y = year.rem_euclid(100);
    let day = (f64::from(y) * 0.2422 + c).floor() as i32 - y / 4;
    u32::try_from(day).unwrap_or(1)
}

/// Reads `YYYY-MM-DD` or the inclusive range `YYYY-MM-DD..YYYY-MM-DD`.
fn parse_days(text: &str) -> Result<Vec<NaiveDate>, String> {
    let date = |s: &str| s.parse::<Date>().map(|d| d.0).map_err(|_| format!("'{s}' is not a date"));
    match text.split_once("..") {
        None => Ok(vec![date(text)?]),
        Some((from, to)) => {
            let (from, to) = (date(from)?, date(to)?);
            if to < from {
                return Err(format!("'{text}' ends before it starts"));
            }
            Ok(from.iter_days().take_while(|d| *d <= to).collect())
        }
    }
}

/// Every listed day of `region`'s calendar in `year`: holidays, days off and adjusted working days.
pub fn holidays(region: Region, year: i32) -> Result<Vec<Holiday>, CalendarError> {
    HolidayCalendar::of(region)?.year(year)
}

/// Whether `date` is a day off in `region`: a holiday or day off, or a
/// Saturday or Sunday that is not an adjusted working day.
pub fn is_non_working_day(region: Region, date: Date) -> Result<bool, CalendarError> {
    let days = holidays(region, date.0.year())?;
    let on_day: Vec<&Holiday> = days.iter().filter(|h| h.date == date).collect();
    if on_day.iter().any(|h| h.kind == DayKind::WorkingDay) {
        return Ok(false);
    }
    Ok(!on_day.is_empty() || is_weekend(date.0))
}

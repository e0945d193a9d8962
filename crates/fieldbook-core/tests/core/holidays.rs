//! Holiday calendars against the dates the three governments published for
//! 2024–2026, and lunar and Hijri conversions against published tables.

use expect_test::{Expect, expect};
use fieldbook_core::{DayKind, Language, Region, WorkingDays, holidays, is_non_working_day};

/// Lists a year's calendar one day per line: date, weekday, kind, key, name, flags.
fn check(region: Region, year: i32, language: Language, expect: Expect) {
    let days = holidays(region, year).expect("calendar");
    let lines: Vec<String> = days
        .iter()
        .map(|h| {
            let kind = match h.kind {
                DayKind::Holiday => "holiday",
                DayKind::DayOff => "day off",
                DayKind::WorkingDay => "WORK",
            };
            let estimated = if h.estimated { " (estimated)" } else { "" };
            format!("{} {} {kind:<7} {} {}{estimated}", h.date, h.date.0.format("%a"), h.key, h.name(language))
        })
        .collect();
    expect.assert_eq(&(lines.join("\n") + "\n"));
}

/// The days of `kind` listed for `key` in `year`, as `MM-DD`.
fn days_of(region: Region, year: i32, key: &str, kinds: &[DayKind]) -> Vec<String> {
    holidays(region, year)
        .expect("calendar")
        .into_iter()
        .filter(|h| h.key == key && kinds.contains(&h.kind))
        .map(|h| h.date.0.format("%m-%d").to_string())
        .collect()
}

fn off(region: Region, year: i32, key: &str) -> Vec<String> {
    days_of(region, year, key, &[DayKind::Holiday, DayKind::DayOff])
}

fn first_day(region: Region, year: i32, key: &str) -> String {
    days_of(region, year, key, &[DayKind::Holiday]).into_iter().next().unwrap_or_default()
}

fn date(text: &str) -> fieldbook_core::Date {
    text.parse().expect("date")
}

/// Asserts each day is worked (`true`) or not, through both public entry points.
fn assert_worked(region: Region, days: &[(&str, bool)]) {
    let mut calendar = WorkingDays::new(region);
    for &(day, worked) in days {
        assert_eq!(calendar.is_working_day(date(day)), worked, "{region} {day}: WorkingDays");
        assert_eq!(
            !is_non_working_day(region, date(day)).expect("calendar"),
            worked,
            "{region} {day}: is_non_working_day"
        );
    }
}

/// Every day of `from..=to` (inclusive, `YYYY-MM-DD`) with the same expectation.
fn span(from: &str, to: &str, worked: bool) -> Vec<(String, bool)> {
    date(from).0.iter_days().take_while(|d| *d <= date(to).0).map(|d| (d.to_string(), worked)).collect()
}

fn assert_span(region: Region, from: &str, to: &str, worked: bool) {
    let days = span(from, to, worked);
    let days: Vec<(&str, bool)> = days.iter().map(|(d, w)| (d.as_str(), *w)).collect();
    assert_worked(region, &days);
}

/// The working days of `year` by `WorkingDays`.
fn working_days_in(region: Region, year: i32) -> usize {
    let mut calendar = WorkingDays::new(region);
    span(&format!("{year}-01-01"), &format!("{year}-12-31"), true)
        .iter()
        .filter(|(d, _)| calendar.is_working_day(date(d)))
        .count()
}

#[test]
fn chinese_festivals_fall_on_the_lunar_dates_of_the_tables() {
    // Hong Kong Observatory Gregorian–lunar conversion tables, 2024–2026.
    let expected = [
        ("cn.spring_festival", ["02-10", "01-29", "02-17"]),
        ("cn.dragon_boat", ["06-10", "05-31", "06-19"]),
        ("cn.mid_autumn", ["09-17", "10-06", "09-25"]),
        // 清明 per the Purple Mountain Observatory's solar-term tables.
        ("cn.qingming", ["04-04", "04-04", "04-05"]),
    ];
    for (key, dates) in expected {
        for (year, date) in (2024..=2026).zip(dates) {
            assert_eq!(first_day(Region::Cn, year, key), date, "{key} {year}");
        }
    }
}

#[test]
fn chinese_days_off_follow_the_state_council_notices() {
    // 2025: 国办发明电〔2024〕12号 — 春节 1月28日（除夕）至2月4日, 1月26日、2月8日上班.
    let mut spring = off(Region::Cn, 2025, "cn.spring_festival_eve");
    spring.extend(off(Region::Cn, 2025, "cn.spring_festival"));
    assert_eq!(spring, ["01-28", "01-29", "01-30", "01-31", "02-01", "02-02", "02-03", "02-04"]);
    assert_eq!(days_of(Region::Cn, 2025, "cn.spring_festival", &[DayKind::WorkingDay]), ["01-26", "02-08"]);
    // 2024: 国办发明电〔2023〕7号 — 春节 2月10日至17日, 除夕 not yet a statutory day.
    assert_eq!(off(Region::Cn, 2024, "cn.spring_festival").len(), 8);
    assert!(off(Region::Cn, 2024, "cn.spring_festival_eve").is_empty());
    // 2026 notice of 4 Nov 2025 — 春节 2月15日至23日, 2月14日、2月28日上班.
    let mut spring = off(Region::Cn, 2026, "cn.spring_festival_eve");
    spring.extend(off(Region::Cn, 2026, "cn.spring_festival"));
    spring.sort();
    assert_eq!(spring, ["02-15", "02-16", "02-17", "02-18", "02-19", "02-20", "02-21", "02-22", "02-23"]);
    let day = |s: &str| s.parse().expect("date");
    assert!(!is_non_working_day(Region::Cn, day("2026-02-14")).expect("calendar"), "a Saturday worked");
    assert!(is_non_working_day(Region::Cn, day("2026-02-20")).expect("calendar"), "a bridging Friday");
    assert!(!is_non_working_day(Region::Cn, day("2026-02-24")).expect("calendar"), "back to work");
}

#[test]
fn polish_movable_holidays_follow_easter() {
    // Ustawa o dniach wolnych od pracy; Easter per the Gregorian computus.
    let expected = [
        ("pl.easter_monday", ["04-01", "04-21", "04-06"]),
        ("pl.pentecost", ["05-19", "06-08", "05-24"]),
        ("pl.corpus_christi", ["05-30", "06-19", "06-04"]),
    ];
    for (key, dates) in expected {
        for (year, date) in (2024..=2026).zip(dates) {
            assert_eq!(first_day(Region::Pl, year, key), date, "{key} {year}");
        }
    }
    // Wigilia is a day off from 2025 (Dz.U. 2024 poz. 1965).
    assert!(off(Region::Pl, 2024, "pl.christmas_eve").is_empty());
    assert_eq!(off(Region::Pl, 2025, "pl.christmas_eve"), ["12-24"]);
}

#[test]
fn azerbaijani_holidays_move_off_weekends_as_decreed() {
    // Cabinet of Ministers, 11 Dec 2024: Novruz 20–24 March 2025, 22–23 March on a
    // weekend moved to 25–26 March; Ramazan 30–31 March, 30 March a Sunday → 1 April.
    assert_eq!(off(Region::Az, 2025, "az.novruz"), ["03-20", "03-21", "03-22", "03-23", "03-24", "03-25", "03-26"]);
    // Ramazan 30–31 March, 30 March a Sunday → 1 April; decision No. 23 of 15 Feb 2025
    // then swapped 10 March and 1 April (worked) for 27 and 28 March (off).
    assert_eq!(first_day(Region::Az, 2025, "az.ramazan_bayrami"), "03-30");
    // Qurban 6–7 June 2025, 7 June a Saturday → Monday 9 June.
    assert_eq!(off(Region::Az, 2025, "az.qurban_bayrami"), ["06-06", "06-07", "06-09"]);
    // 2026 (decision of 2 Dec 2025): Ramazan 20–21 March inside Novruz; non-working
    // 20–30 March, first working day 31 March.
    for date in ["2026-03-20", "2026-03-25", "2026-03-27", "2026-03-30"] {
        assert!(is_non_working_day(Region::Az, date.parse().expect("date")).expect("calendar"), "{date}");
    }
    assert!(!is_non_working_day(Region::Az, "2026-03-31".parse().expect("date")).expect("calendar"));
    // 2024: 6 April (Saturday) worked, 12 April off (decree of 26 Feb 2024).
    assert!(!is_non_working_day(Region::Az, "2024-04-06".parse().expect("date")).expect("calendar"));
    assert_eq!(off(Region::Az, 2024, "az.ramazan_bayrami"), ["04-10", "04-11", "04-12"]);
}

#[test]
fn azerbaijani_voting_days_are_days_off() {
    // Election Code art. 8.2: the voting day is not a working day. Snap presidential
    // election on Wednesday 7 February 2024; municipal elections on Wednesday
    // 29 January 2025; the snap parliamentary election of 1 September 2024 was a
    // Sunday and moved nothing.
    assert_worked(
        Region::Az,
        &[
            ("2024-02-06", true),
            ("2024-02-07", false),
            ("2024-02-08", true),
            ("2024-09-02", true),
            ("2025-01-28", true),
            ("2025-01-29", false),
            ("2025-01-30", true),
        ],
    );
    assert_eq!(off(Region::Az, 2024, "az.voting_day"), ["02-07", "09-01"]);
    assert_eq!(off(Region::Az, 2025, "az.voting_day"), ["01-29"]);
    assert!(off(Region::Az, 2026, "az.voting_day").is_empty(), "no election decreed for 2026");
    let voting = holidays(Region::Az, 2024).expect("calendar").into_iter().find(|h| h.key == "az.voting_day");
    let voting = voting.expect("7 February 2024");
    assert_eq!(voting.name(Language::En), "Presidential election (voting day)");
    assert!(!voting.estimated && !voting.major);
    assert!(voting.source.as_deref().is_some_and(|s| s.contains("Election Code art. 8.2")), "{voting:?}");
}

#[test]
fn azerbaijani_cop29_days_off_follow_the_cabinet_swap() {
    // 8 November Victory Day (Friday), 9 November Flag Day (Saturday → Monday 11),
    // and for COP29 the working days 12–13 November swapped with Saturdays 16 and 23.
    assert_span(Region::Az, "2024-11-08", "2024-11-13", false);
    assert_span(Region::Az, "2024-11-14", "2024-11-15", true);
    assert_worked(
        Region::Az,
        &[("2024-11-16", true), ("2024-11-17", false), ("2024-11-23", true), ("2024-11-24", false)],
    );
    // The rest of the conference (to 22 November) was worked.
    assert_span(Region::Az, "2024-11-18", "2024-11-22", true);
    assert_eq!(days_of(Region::Az, 2024, "az.flag_day", &[DayKind::WorkingDay]), ["11-16", "11-23"]);
}

#[test]
fn azerbaijani_new_year_swaps_follow_the_cabinet_decisions() {
    // 2024 production calendar: 31 Dec 2023 – 6 Jan 2024 off, Sunday 7 January worked.
    assert_span(Region::Az, "2024-01-01", "2024-01-06", false);
    assert_worked(Region::Az, &[("2023-12-30", true), ("2024-01-07", true), ("2024-01-08", true)]);
    // Decision No. 499 of 28 Nov 2024: 28–29 December worked, 30 Dec 2024 – 5 Jan 2025 off.
    assert_worked(Region::Az, &[("2024-12-27", true), ("2024-12-28", true), ("2024-12-29", true)]);
    assert_span(Region::Az, "2024-12-30", "2024-12-31", false);
    assert_span(Region::Az, "2025-01-01", "2025-01-05", false);
    assert_worked(Region::Az, &[("2025-01-06", true)]);
    // New Year 2026: no swap; 31 Dec 2025 – 4 Jan 2026 off, 5 January worked.
    assert_worked(Region::Az, &[("2025-12-30", true), ("2025-12-31", false), ("2026-01-05", true)]);
    assert_span(Region::Az, "2026-01-01", "2026-01-04", false);
}

#[test]
fn azerbaijani_novruz_ramazan_and_qurban_days_off() {
    // 2024: Novruz 20–24 March + 25–26; Ramazan 10–11 April + 12 (for Saturday 6 April,
    // worked); Qurban 16–17 June with National Salvation Day 15 June → 18–19 June.
    assert_span(Region::Az, "2024-03-20", "2024-03-26", false);
    assert_worked(
        Region::Az,
        &[("2024-03-19", true), ("2024-03-27", true), ("2024-04-06", true), ("2024-04-09", true)],
    );
    assert_span(Region::Az, "2024-04-10", "2024-04-14", false);
    assert_worked(Region::Az, &[("2024-04-15", true)]);
    assert_span(Region::Az, "2024-06-15", "2024-06-19", false);
    assert_worked(Region::Az, &[("2024-06-14", true), ("2024-06-20", true)]);
    // 2025: Novruz and Ramazan 20–31 March off after decision No. 23 of 15 Feb 2025;
    // 10 March (Women's Day moved) and 1 April (Ramazan moved) worked instead.
    assert_worked(Region::Az, &[("2025-03-10", true), ("2025-03-19", true), ("2025-04-01", true)]);
    assert_span(Region::Az, "2025-03-20", "2025-03-31", false);
    assert_eq!(days_of(Region::Az, 2025, "az.womens_day", &[DayKind::WorkingDay]), ["03-10"]);
    assert_eq!(days_of(Region::Az, 2025, "az.ramazan_bayrami", &[DayKind::WorkingDay]), ["04-01"]);
    // Qurban 6–7 June 2025 → Monday 9 June; National Salvation Day (Sunday) → 16 June.
    assert_worked(
        Region::Az,
        &[
            ("2025-06-05", true),
            ("2025-06-06", false),
            ("2025-06-09", false),
            ("2025-06-10", true),
            ("2025-06-16", false),
        ],
    );
    // 2026 (decision No. 362 of 2 Dec 2025): Novruz 20–24 March with Ramazan 20–21
    // March inside it: 20–30 March off, 31 March worked. Qurban 27–28 May, 28 May
    // also Independence Day → 29 May; Victory over Fascism (Saturday 9 May) → 11 May.
    assert_span(Region::Az, "2026-03-20", "2026-03-30", false);
    assert_worked(Region::Az, &[("2026-03-19", true), ("2026-03-31", true)]);
    assert_eq!(off(Region::Az, 2026, "az.novruz")[..5], ["03-20", "03-21", "03-22", "03-23", "03-24"]);
    assert_eq!(first_day(Region::Az, 2026, "az.ramazan_bayrami"), "03-20");
    assert_span(Region::Az, "2026-05-27", "2026-05-31", false);
    assert_worked(Region::Az, &[("2026-05-26", true), ("2026-06-01", true), ("2026-05-11", false)]);
}

#[test]
fn azerbaijani_working_days_match_the_production_calendars() {
    // Ministry of Labour and Social Protection, five-day week: 239 working days in
    // 2025 (swaps of 15 Feb 2025 are even) and 241 in 2026. 2024's calendar counted
    // 239 with a municipal vote that moved to 2025 (+1) and before the December swap
    // (28–29 December worked, 30 December off: +1); the April and COP29 swaps are even.
    assert_eq!(working_days_in(Region::Az, 2024), 241);
    assert_eq!(working_days_in(Region::Az, 2025), 239);
    assert_eq!(working_days_in(Region::Az, 2026), 241);
}

#[test]
fn chinese_2025_holidays_gained_a_day_and_adjusted_weekends_are_worked() {
    // 国务院令第795号: from 2025 春节 is 除夕 + 初一至初三 and 劳动节 is 5月1日、2日.
    let statutory = |year, key| days_of(Region::Cn, year, key, &[DayKind::Holiday]);
    assert_eq!(statutory(2024, "cn.labour_day"), ["05-01"]);
    assert_eq!(statutory(2025, "cn.labour_day"), ["05-01", "05-02"]);
    assert_eq!(statutory(2024, "cn.spring_festival").len() + statutory(2024, "cn.spring_festival_eve").len(), 3);
    assert_eq!(statutory(2025, "cn.spring_festival").len() + statutory(2025, "cn.spring_festival_eve").len(), 4);
    // 国办发明电〔2024〕12号: 春节 1月28日至2月4日, 1月26日(周日)、2月8日(周六)上班.
    assert_worked(
        Region::Cn,
        &[("2025-01-26", true), ("2025-01-27", true), ("2025-02-05", true), ("2025-02-08", true)],
    );
    assert_span(Region::Cn, "2025-01-28", "2025-02-04", false);
    // 劳动节 5月1日至5日, 4月27日(周日)上班.
    assert_worked(Region::Cn, &[("2025-04-27", true), ("2025-04-30", true), ("2025-05-06", true)]);
    assert_span(Region::Cn, "2025-05-01", "2025-05-05", false);
    // 国庆节、中秋节 10月1日至8日, 9月28日(周日)、10月11日(周六)上班.
    assert_worked(
        Region::Cn,
        &[("2025-09-28", true), ("2025-09-30", true), ("2025-10-09", true), ("2025-10-11", true)],
    );
    assert_span(Region::Cn, "2025-10-01", "2025-10-08", false);
    // 2024 (国办发明电〔2023〕7号): 除夕 2月9日 a working day, 2月18日(周日)上班.
    assert_worked(Region::Cn, &[("2024-02-04", true), ("2024-02-09", true), ("2024-02-18", true)]);
    assert_span(Region::Cn, "2024-02-10", "2024-02-17", false);
}

#[test]
fn polish_christmas_eve_and_easter_monday_are_days_off() {
    // Wigilia is a day off from 2025 only: Tuesday 24 Dec 2024 worked, Wednesday
    // 24 Dec 2025 off. Easter Monday 2026 is 6 April. A Saturday holiday moves nothing.
    assert_worked(
        Region::Pl,
        &[
            ("2024-12-24", true),
            ("2024-12-25", false),
            ("2025-12-23", true),
            ("2025-12-24", false),
            ("2025-12-26", false),
            ("2026-04-03", true),
            ("2026-04-06", false),
            ("2026-04-07", true),
            ("2025-11-03", true),
        ],
    );
}

#[test]
fn dates_past_the_confirmed_years_are_estimated() {
    let estimated = |region, year| holidays(region, year).expect("calendar").iter().any(|h| h.estimated);
    assert!(!estimated(Region::Cn, 2026));
    assert!(estimated(Region::Cn, 2027));
    assert!(!estimated(Region::Az, 2026));
    assert!(estimated(Region::Az, 2027));
    assert!(!estimated(Region::Pl, 2030), "Polish dates follow from the statute");
}

#[test]
fn names_come_in_the_four_languages() {
    let spring = holidays(Region::Cn, 2025)
        .expect("calendar")
        .into_iter()
        .find(|h| h.key == "cn.spring_festival")
        .expect("春节");
    let names: Vec<&str> = [Language::En, Language::ZhCn, Language::Pl, Language::Az].map(|l| spring.name(l)).to_vec();
    assert_eq!(
        names,
        [
            "Spring Festival (Chinese New Year)",
            "春节",
            "Święto Wiosny (Chiński Nowy Rok)",
            "Bahar bayramı (Çin Yeni ili)"
        ]
    );
}

#[test]
fn china_2025() {
    check(
        Region::Cn,
        2025,
        Language::ZhCn,
        expect![[r#"
        2025-01-01 Wed holiday cn.new_year 元旦
        2025-01-26 Sun WORK    cn.spring_festival 春节
        2025-01-28 Tue holiday cn.spring_festival_eve 除夕
        2025-01-29 Wed holiday cn.spring_festival 春节
        2025-01-30 Thu holiday cn.spring_festival 春节
        2025-01-31 Fri holiday cn.spring_festival 春节
        2025-02-01 Sat day off cn.spring_festival 春节
        2025-02-02 Sun day off cn.spring_festival 春节
        2025-02-03 Mon day off cn.spring_festival 春节
        2025-02-04 Tue day off cn.spring_festival 春节
        2025-02-08 Sat WORK    cn.spring_festival 春节
        2025-04-04 Fri holiday cn.qingming 清明节
        2025-04-05 Sat day off cn.qingming 清明节
        2025-04-06 Sun day off cn.qingming 清明节
        2025-04-27 Sun WORK    cn.labour_day 劳动节
        2025-05-01 Thu holiday cn.labour_day 劳动节
        2025-05-02 Fri holiday cn.labour_day 劳动节
        2025-05-03 Sat day off cn.labour_day 劳动节
        2025-05-04 Sun day off cn.labour_day 劳动节
        2025-05-05 Mon day off cn.labour_day 劳动节
        2025-05-31 Sat holiday cn.dragon_boat 端午节
        2025-06-01 Sun day off cn.dragon_boat 端午节
        2025-06-02 Mon day off cn.dragon_boat 端午节
        2025-09-28 Sun WORK    cn.national_day 国庆节
        2025-10-01 Wed holiday cn.national_day 国庆节
        2025-10-02 Thu holiday cn.national_day 国庆节
        2025-10-03 Fri holiday cn.national_day 国庆节
        2025-10-04 Sat day off cn.national_day 国庆节
        2025-10-05 Sun day off cn.national_day 国庆节
        2025-10-06 Mon holiday cn.mid_autumn 中秋节
        2025-10-07 Tue day off cn.national_day 国庆节
        2025-10-08 Wed day off cn.national_day 国庆节
        2025-10-11 Sat WORK    cn.national_day 国庆节
    "#]],
    );
}

#[test]
fn china_2026() {
    check(
        Region::Cn,
        2026,
        Language::ZhCn,
        expect![[r#"
        2026-01-01 Thu holiday cn.new_year 元旦
        2026-01-02 Fri day off cn.new_year 元旦
        2026-01-03 Sat day off cn.new_year 元旦
        2026-01-04 Sun WORK    cn.new_year 元旦
        2026-02-14 Sat WORK    cn.spring_festival 春节
        2026-02-15 Sun day off cn.spring_festival 春节
        2026-02-16 Mon holiday cn.spring_festival_eve 除夕
        2026-02-17 Tue holiday cn.spring_festival 春节
        2026-02-18 Wed holiday cn.spring_festival 春节
        2026-02-19 Thu holiday cn.spring_festival 春节
        2026-02-20 Fri day off cn.spring_festival 春节
        2026-02-21 Sat day off cn.spring_festival 春节
        2026-02-22 Sun day off cn.spring_festival 春节
        2026-02-23 Mon day off cn.spring_festival 春节
        2026-02-28 Sat WORK    cn.spring_festival 春节
        2026-04-04 Sat day off cn.qingming 清明节
        2026-04-05 Sun holiday cn.qingming 清明节
        2026-04-06 Mon day off cn.qingming 清明节
        2026-05-01 Fri holiday cn.labour_day 劳动节
        2026-05-02 Sat holiday cn.labour_day 劳动节
        2026-05-03 Sun day off cn.labour_day 劳动节
        2026-05-04 Mon day off cn.labour_day 劳动节
        2026-05-05 Tue day off cn.labour_day 劳动节
        2026-05-09 Sat WORK    cn.labour_day 劳动节
        2026-06-19 Fri holiday cn.dragon_boat 端午节
        2026-06-20 Sat day off cn.dragon_boat 端午节
        2026-06-21 Sun day off cn.dragon_boat 端午节
        2026-09-20 Sun WORK    cn.national_day 国庆节
        2026-09-25 Fri holiday cn.mid_autumn 中秋节
        2026-09-26 Sat day off cn.mid_autumn 中秋节
        2026-09-27 Sun day off cn.mid_autumn 中秋节
        2026-10-01 Thu holiday cn.national_day 国庆节
        2026-10-02 Fri holiday cn.national_day 国庆节
        2026-10-03 Sat holiday cn.national_day 国庆节
        2026-10-04 Sun day off cn.national_day 国庆节
        2026-10-05 Mon day off cn.national_day 国庆节
        2026-10-06 Tue day off cn.national_day 国庆节
        2026-10-07 Wed day off cn.national_day 国庆节
        2026-10-10 Sat WORK    cn.national_day 国庆节
    "#]],
    );
}

#[test]
fn china_2027_is_estimated_from_the_statute() {
    check(
        Region::Cn,
        2027,
        Language::ZhCn,
        expect![[r#"
        2027-01-01 Fri holiday cn.new_year 元旦 (estimated)
        2027-02-05 Fri holiday cn.spring_festival_eve 除夕 (estimated)
        2027-02-06 Sat holiday cn.spring_festival 春节 (estimated)
        2027-02-07 Sun holiday cn.spring_festival 春节 (estimated)
        2027-02-08 Mon holiday cn.spring_festival 春节 (estimated)
        2027-04-05 Mon holiday cn.qingming 清明节 (estimated)
        2027-05-01 Sat holiday cn.labour_day 劳动节 (estimated)
        2027-05-02 Sun holiday cn.labour_day 劳动节 (estimated)
        2027-06-09 Wed holiday cn.dragon_boat 端午节 (estimated)
        2027-09-15 Wed holiday cn.mid_autumn 中秋节 (estimated)
        2027-10-01 Fri holiday cn.national_day 国庆节 (estimated)
        2027-10-02 Sat holiday cn.national_day 国庆节 (estimated)
        2027-10-03 Sun holiday cn.national_day 国庆节 (estimated)
    "#]],
    );
}

#[test]
fn poland_2025() {
    check(
        Region::Pl,
        2025,
        Language::Pl,
        expect![[r#"
        2025-01-01 Wed holiday pl.new_year Nowy Rok
        2025-01-06 Mon holiday pl.epiphany Święto Trzech Króli
        2025-04-20 Sun holiday pl.easter Wielkanoc
        2025-04-21 Mon holiday pl.easter_monday Poniedziałek Wielkanocny
        2025-05-01 Thu holiday pl.labour_day Święto Pracy
        2025-05-03 Sat holiday pl.constitution_day Święto Narodowe Trzeciego Maja
        2025-06-08 Sun holiday pl.pentecost Zielone Świątki
        2025-06-19 Thu holiday pl.corpus_christi Boże Ciało
        2025-08-15 Fri holiday pl.assumption Wniebowzięcie Najświętszej Maryi Panny
        2025-11-01 Sat holiday pl.all_saints Wszystkich Świętych
        2025-11-11 Tue holiday pl.independence_day Narodowe Święto Niepodległości
        2025-12-24 Wed holiday pl.christmas_eve Wigilia Bożego Narodzenia
        2025-12-25 Thu holiday pl.christmas Boże Narodzenie
        2025-12-26 Fri holiday pl.christmas_second_day Drugi dzień Bożego Narodzenia
    "#]],
    );
}

#[test]
fn azerbaijan_2024() {
    check(
        Region::Az,
        2024,
        Language::Az,
        expect![[r#"
        2024-01-01 Mon holiday az.new_year Yeni il bayramı
        2024-01-02 Tue holiday az.new_year Yeni il bayramı
        2024-01-03 Wed day off az.solidarity_day Dünya Azərbaycanlılarının Həmrəyliyi Günü
        2024-01-04 Thu day off az.new_year Yeni il bayramı
        2024-01-05 Fri day off az.new_year Yeni il bayramı
        2024-01-07 Sun WORK    az.new_year Yeni il bayramı
        2024-01-20 Sat holiday az.mourning_day Ümumxalq Hüzn Günü
        2024-02-07 Wed holiday az.voting_day Prezident seçkiləri (səsvermə günü)
        2024-03-08 Fri holiday az.womens_day Qadınlar günü
        2024-03-20 Wed holiday az.novruz Novruz bayramı
        2024-03-21 Thu holiday az.novruz Novruz bayramı
        2024-03-22 Fri holiday az.novruz Novruz bayramı
        2024-03-23 Sat holiday az.novruz Novruz bayramı
        2024-03-24 Sun holiday az.novruz Novruz bayramı
        2024-03-25 Mon day off az.novruz Novruz bayramı
        2024-03-26 Tue day off az.novruz Novruz bayramı
        2024-04-06 Sat WORK    az.ramazan_bayrami Ramazan bayramı
        2024-04-10 Wed holiday az.ramazan_bayrami Ramazan bayramı
        2024-04-11 Thu holiday az.ramazan_bayrami Ramazan bayramı
        2024-04-12 Fri day off az.ramazan_bayrami Ramazan bayramı
        2024-05-09 Thu holiday az.victory_over_fascism Faşizm üzərində qələbə günü
        2024-05-28 Tue holiday az.independence_day Müstəqillik Günü
        2024-06-15 Sat holiday az.national_salvation_day Milli Qurtuluş Günü
        2024-06-16 Sun holiday az.qurban_bayrami Qurban bayramı
        2024-06-17 Mon holiday az.qurban_bayrami Qurban bayramı
        2024-06-18 Tue day off az.national_salvation_day Milli Qurtuluş Günü
        2024-06-19 Wed day off az.qurban_bayrami Qurban bayramı
        2024-06-26 Wed holiday az.armed_forces_day Silahlı Qüvvələr Günü
        2024-09-01 Sun holiday az.voting_day Milli Məclis seçkiləri (səsvermə günü)
        2024-11-08 Fri holiday az.victory_day Zəfər Günü
        2024-11-09 Sat holiday az.flag_day Dövlət Bayrağı Günü
        2024-11-11 Mon day off az.flag_day Dövlət Bayrağı Günü
        2024-11-12 Tue day off az.flag_day Dövlət Bayrağı Günü
        2024-11-13 Wed day off az.flag_day Dövlət Bayrağı Günü
        2024-11-16 Sat WORK    az.flag_day Dövlət Bayrağı Günü
        2024-11-23 Sat WORK    az.flag_day Dövlət Bayrağı Günü
        2024-12-28 Sat WORK    az.solidarity_day Dünya Azərbaycanlılarının Həmrəyliyi Günü
        2024-12-29 Sun WORK    az.solidarity_day Dünya Azərbaycanlılarının Həmrəyliyi Günü
        2024-12-30 Mon day off az.solidarity_day Dünya Azərbaycanlılarının Həmrəyliyi Günü
        2024-12-31 Tue holiday az.solidarity_day Dünya Azərbaycanlılarının Həmrəyliyi Günü
    "#]],
    );
}

#[test]
fn azerbaijan_2025() {
    check(
        Region::Az,
        2025,
        Language::Az,
        expect![[r#"
        2025-01-01 Wed holiday az.new_year Yeni il bayramı
        2025-01-02 Thu holiday az.new_year Yeni il bayramı
        2025-01-03 Fri day off az.new_year Yeni il bayramı
        2025-01-20 Mon holiday az.mourning_day Ümumxalq Hüzn Günü
        2025-01-29 Wed holiday az.voting_day Bələdiyyə seçkiləri (səsvermə günü)
        2025-03-08 Sat holiday az.womens_day Qadınlar günü
        2025-03-10 Mon WORK    az.womens_day Qadınlar günü
        2025-03-20 Thu holiday az.novruz Novruz bayramı
        2025-03-21 Fri holiday az.novruz Novruz bayramı
        2025-03-22 Sat holiday az.novruz Novruz bayramı
        2025-03-23 Sun holiday az.novruz Novruz bayramı
        2025-03-24 Mon holiday az.novruz Novruz bayramı
        2025-03-25 Tue day off az.novruz Novruz bayramı
        2025-03-26 Wed day off az.novruz Novruz bayramı
        2025-03-27 Thu day off az.womens_day Qadınlar günü
        2025-03-28 Fri day off az.ramazan_bayrami Ramazan bayramı
        2025-03-30 Sun holiday az.ramazan_bayrami Ramazan bayramı
        2025-03-31 Mon holiday az.ramazan_bayrami Ramazan bayramı
        2025-04-01 Tue WORK    az.ramazan_bayrami Ramazan bayramı
        2025-05-09 Fri holiday az.victory_over_fascism Faşizm üzərində qələbə günü
        2025-05-28 Wed holiday az.independence_day Müstəqillik Günü
        2025-06-06 Fri holiday az.qurban_bayrami Qurban bayramı
        2025-06-07 Sat holiday az.qurban_bayrami Qurban bayramı
        2025-06-09 Mon day off az.qurban_bayrami Qurban bayramı
        2025-06-15 Sun holiday az.national_salvation_day Milli Qurtuluş Günü
        2025-06-16 Mon day off az.national_salvation_day Milli Qurtuluş Günü
        2025-06-26 Thu holiday az.armed_forces_day Silahlı Qüvvələr Günü
        2025-11-08 Sat holiday az.victory_day Zəfər Günü
        2025-11-09 Sun holiday az.flag_day Dövlət Bayrağı Günü
        2025-11-10 Mon day off az.victory_day Zəfər Günü
        2025-11-11 Tue day off az.flag_day Dövlət Bayrağı Günü
        2025-12-31 Wed holiday az.solidarity_day Dünya Azərbaycanlılarının Həmrəyliyi Günü
    "#]],
    );
}

#[test]
fn azerbaijan_2026() {
    check(
        Region::Az,
        2026,
        Language::Az,
        expect![[r#"
        2026-01-01 Thu holiday az.new_year Yeni il bayramı
        2026-01-02 Fri holiday az.new_year Yeni il bayramı
        2026-01-20 Tue holiday az.mourning_day Ümumxalq Hüzn Günü
        2026-03-08 Sun holiday az.womens_day Qadınlar günü
        2026-03-09 Mon day off az.womens_day Qadınlar günü
        2026-03-20 Fri holiday az.novruz Novruz bayramı
        2026-03-20 Fri holiday az.ramazan_bayrami Ramazan bayramı
        2026-03-21 Sat holiday az.novruz Novruz bayramı
        2026-03-21 Sat holiday az.ramazan_bayrami Ramazan bayramı
        2026-03-22 Sun holiday az.novruz Novruz bayramı
        2026-03-23 Mon holiday az.novruz Novruz bayramı
        2026-03-24 Tue holiday az.novruz Novruz bayramı
        2026-03-25 Wed day off az.ramazan_bayrami Ramazan bayramı
        2026-03-26 Thu day off az.novruz Novruz bayramı
        2026-03-27 Fri day off az.ramazan_bayrami Ramazan bayramı
        2026-03-30 Mon day off az.novruz Novruz bayramı
        2026-05-09 Sat holiday az.victory_over_fascism Faşizm üzərində qələbə günü
        2026-05-11 Mon day off az.victory_over_fascism Faşizm üzərində qələbə günü
        2026-05-27 Wed holiday az.qurban_bayrami Qurban bayramı
        2026-05-28 Thu holiday az.independence_day Müstəqillik Günü
        2026-05-28 Thu holiday az.qurban_bayrami Qurban bayramı
        2026-05-29 Fri day off az.qurban_bayrami Qurban bayramı
        2026-06-15 Mon holiday az.national_salvation_day Milli Qurtuluş Günü
        2026-06-26 Fri holiday az.armed_forces_day Silahlı Qüvvələr Günü
        2026-11-08 Sun holiday az.victory_day Zəfər Günü
        2026-11-09 Mon holiday az.flag_day Dövlət Bayrağı Günü
        2026-11-10 Tue day off az.victory_day Zəfər Günü
        2026-12-31 Thu holiday az.solidarity_day Dünya Azərbaycanlılarının Həmrəyliyi Günü
    "#]],
    );
}

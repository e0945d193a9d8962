//! Birthdays: the day they are kept each year, in both calendars, against the
//! Hong Kong Observatory's Gregorian–lunar conversion tables.

use expect_test::{Expect, expect};
use fieldbook_core::Birthday;

/// The days `birthday` is kept from `from` to `to`, one `date (age N)` per line.
fn check(birthday: &str, from: &str, to: &str, expect: Expect) {
    let birthday: Birthday = birthday.parse().expect("a birthday");
    let days: Vec<String> = birthday
        .occurrences(from.parse().expect("date"), to.parse().expect("date"))
        .iter()
        .map(|o| match o.age {
            Some(age) => format!("{} (age {age})", o.date),
            None => o.date.to_string(),
        })
        .collect();
    expect.assert_eq(&days.join(", "));
}

#[test]
fn a_gregorian_birthday_comes_once_a_year_with_the_age() {
    check(
        "1980-05-17",
        "2024-01-01",
        "2026-12-31",
        expect!["2024-05-17 (age 44), 2025-05-17 (age 45), 2026-05-17 (age 46)"],
    );
}

#[test]
fn the_29th_of_february_is_kept_on_the_28th_in_common_years() {
    check(
        "1988-02-29",
        "2025-01-01",
        "2028-12-31",
        expect!["2025-02-28 (age 37), 2026-02-28 (age 38), 2027-02-28 (age 39), 2028-02-29 (age 40)"],
    );
}

#[test]
fn a_lunar_birthday_follows_the_lunar_calendar() {
    // 农历八月十五: 2024-09-17, 2025-10-06, 2026-09-25 (HKO tables).
    check(
        "lunar:1975-08-15",
        "2024-01-01",
        "2026-12-31",
        expect!["2024-09-17 (age 49), 2025-10-06 (age 50), 2026-09-25 (age 51)"],
    );
}

#[test]
fn lunar_day_30_in_a_29_day_month_is_kept_on_day_29() {
    // 腊月 of lunar 2023 has 30 days (三十 = 2024-02-09); those of 2024 and 2025
    // have 29 (no 大年三十: 廿九 = 2025-01-28 and 2026-02-16).
    check("lunar:12-30", "2024-01-01", "2026-12-31", expect!["2024-02-09, 2025-01-28, 2026-02-16"]);
}

#[test]
fn a_leap_month_birthday_is_kept_in_the_regular_month_when_the_year_has_no_leap_month() {
    // 2025 has a leap sixth month (闰六月 from 2025-07-25); 2024 and 2026 do not,
    // so 闰六月初十 is kept on 六月初十: 2024-07-15, 2026-07-23.
    check("lunar:leap:06-10", "2024-01-01", "2026-12-31", expect!["2024-07-15, 2025-08-03, 2026-07-23"]);
}

#[test]
fn a_range_crossing_new_year_finds_the_lunar_birthday_of_the_previous_lunar_year() {
    // 腊月初八 of lunar 2025 is 2026-01-26.
    check("农历腊月初八", "2026-01-01", "2026-01-31", expect!["2026-01-26"]);
}

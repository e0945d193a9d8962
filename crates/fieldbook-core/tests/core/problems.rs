//! A refusal is data: its code is derived from the problem, every code is listed
//! in `Problem::VARIANTS`, and a problem serializes to its code with its named
//! arguments, while its English text stays the one the CLI prints.

use std::collections::BTreeSet;

use fieldbook_core::{Client, ClientId, FieldError, Fields, Problem, Tier, VariantNames};
use serde_json::json;

/// One problem of each kind, each argument holding its own name.
fn one_of_each() -> Vec<Problem> {
    vec![
        Problem::NotOneOf { value: "value".into(), allowed: "allowed".into() },
        Problem::Empty,
        Problem::NotADate { value: "value".into() },
        Problem::NotAWeek { value: "value".into() },
        Problem::NotATime { value: "value".into() },
        Problem::NotATimeZone { value: "value".into() },
        Problem::NotAnEmail { value: "value".into() },
        Problem::NotAPhone { value: "value".into() },
        Problem::NotABirthday { value: "value".into() },
        Problem::VisitCancelled,
        Problem::VisitDone,
        Problem::UnknownField { known: "known".into() },
        Problem::NotYesOrNo { value: "value".into() },
        Problem::NotLatLon { value: "value".into() },
        Problem::NotANumber { value: "value".into() },
        Problem::DegreesOutOfRange { axis: "axis".into(), value: "value".into(), limit: "limit".into() },
        Problem::NotADayWindow { value: "value".into() },
        Problem::EndsBeforeItStarts { value: "value".into() },
        Problem::NotAnAmount { value: "value".into() },
        Problem::NotMinutes { value: "value".into() },
        Problem::NotDays { value: "value".into() },
        Problem::NotDaysUpTo { value: "value".into(), max: "max".into() },
        Problem::DaysUpTo { max: "max".into() },
        Problem::CadenceOutOfRange { tier: "tier".into(), days: "days".into(), max: "max".into() },
        Problem::EndsBeforeStart,
        Problem::YearOutOfRange { value: "value".into(), min: "min".into(), max: "max".into() },
        Problem::NoRegion,
        Problem::OutOfRange { min: "min".into(), max: "max".into() },
        Problem::NotFromTo { value: "value".into(), min: "min".into(), max: "max".into() },
        Problem::PlaceholderNotClosed { at: "at".into() },
        Problem::StrayBrace { at: "at".into() },
        Problem::UnknownPlaceholder { placeholder: "placeholder".into(), known: "known".into() },
        Problem::HolidayInBirthdayGreeting,
        Problem::NotAGreetingOccasion { value: "value".into() },
        Problem::NoSuchHoliday { key: "key".into(), region: "region".into(), year: "year".into(), keys: "keys".into() },
        Problem::CalendarYear { value: "value".into() },
        Problem::NoneToMarkSent,
        Problem::ContractEndsBeforeStart { end: "end".into(), start: "start".into() },
        Problem::ArrearsDueWithoutArrears,
        Problem::EmptyTag,
        Problem::IdInUse { id: "id".into() },
        Problem::NoSuchDay { value: "value".into() },
        Problem::LunarOutOfRange { month: "month".into(), day: "day".into() },
        Problem::NotACareRule { value: "value".into() },
        Problem::CareRuleDays { days: "days".into(), rule: "rule".into() },
        Problem::LeadTooLong { days: "days".into(), max: "max".into() },
        Problem::GiftWithoutWhat,
        Problem::ChannelTwice { channel: "channel".into() },
        Problem::NotTimeOrInstant { value: "value".into() },
        Problem::NoSuchTime { value: "value".into(), date: "date".into(), zone: "zone".into() },
        Problem::DurationOutOfRange { minutes: "minutes".into() },
        Problem::CheckOutBeforeCheckIn { check_out: "check_out".into(), check_in: "check_in".into() },
        Problem::SkippedTime { date: "date".into(), time: "time".into(), zone: "zone".into() },
        Problem::NotAfter { value: "value".into(), after: "after".into() },
        Problem::EmptyId,
        Problem::NoOccasionName,
        Problem::OutsideLimits { value: "value".into(), min: "min".into(), max: "max".into(), unit: "unit".into() },
        Problem::DepartBeforeArrival,
        Problem::NotACurrency { value: "value".into() },
        Problem::NotTwoDecimals { value: "value".into() },
        Problem::FestivalNeedsYear,
        Problem::OutsideDegrees { value: "value".into(), limit: "limit".into() },
        Problem::NotTypedIn,
        Problem::GivenWithout { other: "other".into() },
        Problem::Negative { value: "value".into() },
        Problem::Required,
        Problem::NoGreetingFor { contact: "contact".into() },
        Problem::NothingToChange,
        Problem::NotAnInstant { value: "v".into() },
        Problem::NotAWorkSpan { value: "v".into() },
        Problem::StepDoesNotFit { step: "confirm".into(), status: "open".into() },
        Problem::TooLateToReopen { days: "30".into() },
        Problem::InTheFuture { value: "v".into() },
        Problem::NotOfClient { record: "r".into(), client: "c".into() },
        Problem::VisitFollowsUp { case: "cs_1".into() },
        Problem::Other { reason: "reason".into() },
    ]
}

#[test]
fn every_problem_serializes_to_its_listed_code() {
    let problems = one_of_each();
    let mut serialized = BTreeSet::new();
    for problem in &problems {
        let value = serde_json::to_value(problem).unwrap();
        assert_eq!(value["code"], problem.code(), "{problem:?}");
        serialized.insert(problem.code());
    }
    let listed: BTreeSet<&str> = Problem::VARIANTS.iter().copied().collect();
    assert_eq!(listed.len(), Problem::VARIANTS.len(), "a code is listed twice");
    assert_eq!(serialized, listed, "one_of_each lacks a problem, or VARIANTS lists another");
}

#[test]
fn a_problem_serializes_its_arguments_by_name() {
    let problem =
        Problem::NoSuchHoliday { key: "cn.x".into(), region: "CN".into(), year: "2026".into(), keys: "cn.a".into() };
    assert_eq!(
        serde_json::to_value(&problem).unwrap(),
        json!({ "code": "no_such_holiday", "key": "cn.x", "region": "CN", "year": "2026", "keys": "cn.a" })
    );
    assert_eq!(serde_json::to_value(Problem::Empty).unwrap(), json!({ "code": "empty" }));
}

#[test]
fn a_refused_date_is_its_code_and_value_and_the_clis_english() {
    let mut client = Client::new(ClientId::from("cl_orlen0001".to_owned()), "PKN Orlen", Tier::A);
    let refused = client.set_field("contract_end", "jutro").unwrap_err();
    assert_eq!(refused.field, "contract_end");
    assert_eq!(serde_json::to_value(&*refused.problem).unwrap(), json!({ "code": "not_a_date", "value": "jutro" }));
    assert_eq!(refused.to_string(), "contract_end: 'jutro' is not a date (YYYY-MM-DD)");
}

#[test]
fn a_reason_in_english_only_is_other_with_the_reason() {
    let error = FieldError::new("channel", "no such channel");
    assert_eq!(error.problem.code(), "other");
    assert_eq!(serde_json::to_value(&*error.problem).unwrap(), json!({ "code": "other", "reason": "no such channel" }));
    assert_eq!(error.to_string(), "channel: no such channel");
    assert_eq!(error.renamed("care").to_string(), "care: no such channel");
}

//! Why a value was refused: the field it was given for and the problem, as a
//! stable code with named arguments a UI translates, and as English text.
//!
//! The codes are the variants' names in `snake_case`, derived rather than kept by
//! hand: [`Problem::code`] gives one, [`Problem::VARIANTS`] lists them all, and
//! serializing a problem gives its code with its named arguments
//! (`{ "code": "not_a_date", "value": "jutro" }`).

use serde::Serialize;
use strum::{IntoStaticStr, VariantNames};
use thiserror::Error;

/// A field that holds a value it may not hold.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{field}: {reason}")]
pub struct FieldError {
    /// The field's name as the user knows it (`tier`, `birthday`).
    pub field: String,
    /// What is wrong with it, in English (the CLI's words).
    pub reason: String,
    /// What is wrong with it, as a code and arguments a UI translates (boxed: a
    /// problem holds up to four texts, and every `Result` of the core carries it).
    pub problem: Box<Problem>,
}

impl FieldError {
    /// A new error on `field`, its reason in English only ([`Problem::Other`]).
    pub fn new(field: impl Into<String>, reason: impl Into<String>) -> FieldError {
        let reason = reason.into();
        FieldError { field: field.into(), problem: Box::new(Problem::Other { reason: reason.clone() }), reason }
    }

    /// A new error on `field` for a problem a UI can translate.
    pub fn refused(field: impl Into<String>, problem: Problem) -> FieldError {
        FieldError { field: field.into(), reason: problem.to_string(), problem: Box::new(problem) }
    }

    /// The same problem, on `field`.
    #[must_use]
    pub fn renamed(self, field: &str) -> FieldError {
        FieldError { field: field.to_owned(), ..self }
    }
}

/// Why a value was refused, as a stable [`code`](Problem::code) and, when
/// serialized, its named arguments, so a UI can say it in the user's language.
/// Its `Display` is the English reason.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, IntoStaticStr, VariantNames)]
#[serde(tag = "code", rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Problem {
    /// The value is none of the accepted codes.
    #[error("'{value}' is not one of {allowed}")]
    NotOneOf {
        /// What was given.
        value: String,
        /// The accepted values, comma-separated.
        allowed: String,
    },
    /// A required text is blank.
    #[error("must not be empty")]
    Empty,
    /// Not a date.
    #[error("'{value}' is not a date (YYYY-MM-DD)")]
    NotADate {
        /// What was given.
        value: String,
    },
    /// Not an ISO week.
    #[error("'{value}' is not an ISO week (YYYY-Www, such as 2026-W49)")]
    NotAWeek {
        /// What was given.
        value: String,
    },
    /// Not a time of day.
    #[error("'{value}' is not a time HH:MM")]
    NotATime {
        /// What was given.
        value: String,
    },
    /// Not an IANA time zone.
    #[error("'{value}' is not an IANA time zone")]
    NotATimeZone {
        /// What was given.
        value: String,
    },
    /// Not an email address.
    #[error("'{value}' is not an email address")]
    NotAnEmail {
        /// What was given.
        value: String,
    },
    /// Not a phone number.
    #[error("'{value}' is not a phone number")]
    NotAPhone {
        /// What was given.
        value: String,
    },
    /// Not a birthday in any of the accepted forms.
    #[error("'{value}' is not a birthday (YYYY-MM-DD, --MM-DD, lunar:MM-DD, lunar:leap:MM-DD or 农历八月十五)")]
    NotABirthday {
        /// What was given.
        value: String,
    },
    /// The visit was cancelled, so it cannot change.
    #[error("the visit was cancelled")]
    VisitCancelled,
    /// The visit is done, so it cannot be cancelled.
    #[error("the visit is already done")]
    VisitDone,
    /// No field has that name.
    #[error("no such field; known fields: {known}")]
    UnknownField {
        /// The field names there are, comma-separated.
        known: String,
    },
    /// '{value}' is not yes or no
    #[error("'{value}' is not yes or no")]
    NotYesOrNo {
        /// What was given.
        value: String,
    },
    /// '{value}' is not LAT,LON
    #[error("'{value}' is not LAT,LON")]
    NotLatLon {
        /// What was given.
        value: String,
    },
    /// '{value}' is not a number
    #[error("'{value}' is not a number")]
    NotANumber {
        /// What was given.
        value: String,
    },
    /// {axis} {value} is outside -{limit}..{limit}
    #[error("{axis} {value} is outside -{limit}..{limit}")]
    DegreesOutOfRange {
        /// `latitude` or `longitude`.
        axis: String,
        /// What was given.
        value: String,
        /// The largest number of degrees either way.
        limit: String,
    },
    /// '{value}' is not HH:MM-HH:MM
    #[error("'{value}' is not HH:MM-HH:MM")]
    NotADayWindow {
        /// What was given.
        value: String,
    },
    /// '{value}' ends before it starts
    #[error("'{value}' ends before it starts")]
    EndsBeforeItStarts {
        /// What was given.
        value: String,
    },
    /// '{value}' is not AMOUNT CURRENCY (e.g. 12500.00 CNY)
    #[error("'{value}' is not AMOUNT CURRENCY (e.g. 12500.00 CNY)")]
    NotAnAmount {
        /// What was given.
        value: String,
    },
    /// '{value}' is not a number of minutes
    #[error("'{value}' is not a number of minutes")]
    NotMinutes {
        /// What was given.
        value: String,
    },
    /// '{value}' is not a number of days
    #[error("'{value}' is not a number of days")]
    NotDays {
        /// What was given.
        value: String,
    },
    /// '{value}' is not a number of days 1–{max}
    #[error("'{value}' is not a number of days 1–{max}")]
    NotDaysUpTo {
        /// What was given.
        value: String,
        /// The largest accepted.
        max: String,
    },
    /// must be 1–{max} days
    #[error("must be 1–{max} days")]
    DaysUpTo {
        /// The largest accepted.
        max: String,
    },
    /// tier {tier}: {days} days is not between 1 and {max}
    #[error("tier {tier}: {days} days is not between 1 and {max}")]
    CadenceOutOfRange {
        /// The tier.
        tier: String,
        /// The days.
        days: String,
        /// The largest accepted.
        max: String,
    },
    /// must end after they start
    #[error("must end after they start")]
    EndsBeforeStart,
    /// {value} is not between the years {min} and {max}
    #[error("{value} is not between the years {min} and {max}")]
    YearOutOfRange {
        /// What was given.
        value: String,
        /// The smallest accepted.
        min: String,
        /// The largest accepted.
        max: String,
    },
    /// name at least one region
    #[error("name at least one region")]
    NoRegion,
    /// must be between {min} and {max}
    #[error("must be between {min} and {max}")]
    OutOfRange {
        /// The smallest accepted.
        min: String,
        /// The largest accepted.
        max: String,
    },
    /// {value} is not from {min} to {max}
    #[error("{value} is not from {min} to {max}")]
    NotFromTo {
        /// What was given.
        value: String,
        /// The smallest accepted.
        min: String,
        /// The largest accepted.
        max: String,
    },
    /// the placeholder at '{at}' is not closed with '}'
    #[error("the placeholder at '{at}' is not closed with '}}'")]
    PlaceholderNotClosed {
        /// The text where it is.
        at: String,
    },
    /// a '}' without its '{' at '{at}'
    #[error("a '}}' without its '{{' at '{at}'")]
    StrayBrace {
        /// The text where it is.
        at: String,
    },
    /// unknown placeholder {{placeholder}}; use {known}
    #[error("unknown placeholder {{{placeholder}}}; use {known}")]
    UnknownPlaceholder {
        /// The placeholder.
        placeholder: String,
        /// The placeholders there are, comma-separated.
        known: String,
    },
    /// {holiday} has no value in a birthday greeting
    #[error("{{holiday}} has no value in a birthday greeting")]
    HolidayInBirthdayGreeting,
    /// '{value}' is not birthday, holiday, generic or a holiday key (cn.mid_autumn)
    #[error("'{value}' is not birthday, holiday, generic or a holiday key (cn.mid_autumn)")]
    NotAGreetingOccasion {
        /// What was given.
        value: String,
    },
    /// no holiday '{key}' in {region} {year}; there are {keys}
    #[error("no holiday '{key}' in {region} {year}; there are {keys}")]
    NoSuchHoliday {
        /// The key.
        key: String,
        /// The region.
        region: String,
        /// The year.
        year: String,
        /// The holiday keys there are, comma-separated.
        keys: String,
    },
    /// year {value} is outside 1901–2099
    #[error("year {value} is outside 1901–2099")]
    CalendarYear {
        /// The year given.
        value: String,
    },
    /// none to mark sent
    #[error("none to mark sent")]
    NoneToMarkSent,
    /// {end} is before the contract start {start}
    #[error("{end} is before the contract start {start}")]
    ContractEndsBeforeStart {
        /// The end.
        end: String,
        /// The start.
        start: String,
    },
    /// is set but there are no arrears
    #[error("is set but there are no arrears")]
    ArrearsDueWithoutArrears,
    /// a tag must not be empty
    #[error("a tag must not be empty")]
    EmptyTag,
    /// {id} is already used
    #[error("{id} is already used")]
    IdInUse {
        /// The id.
        id: String,
    },
    /// {value} is not a date
    #[error("{value} is not a date")]
    NoSuchDay {
        /// What was given.
        value: String,
    },
    /// lunar month must be 1–12 and day 1–30, got {month}/{day}
    #[error("lunar month must be 1–12 and day 1–30, got {month}/{day}")]
    LunarOutOfRange {
        /// The month.
        month: String,
        /// The day.
        day: String,
    },
    /// '{value}' is not DAYS CHANNEL (e.g. '3 gift:flowers' or '0 call')
    #[error("'{value}' is not DAYS CHANNEL (e.g. '3 gift:flowers' or '0 call')")]
    NotACareRule {
        /// What was given.
        value: String,
    },
    /// '{days}' in '{rule}' is not a number of days
    #[error("'{days}' in '{rule}' is not a number of days")]
    CareRuleDays {
        /// The days.
        days: String,
        /// The rule.
        rule: String,
    },
    /// {days} days before is more than {max}
    #[error("{days} days before is more than {max}")]
    LeadTooLong {
        /// The days.
        days: String,
        /// The largest accepted.
        max: String,
    },
    /// a gift must say what it is (gift:flowers)
    #[error("a gift must say what it is (gift:flowers)")]
    GiftWithoutWhat,
    /// '{channel}' is used twice; each channel at most once per occasion
    #[error("'{channel}' is used twice; each channel at most once per occasion")]
    ChannelTwice {
        /// The channel.
        channel: String,
    },
    /// '{value}' is neither HH:MM nor an RFC 3339 instant
    #[error("'{value}' is neither HH:MM nor an RFC 3339 instant")]
    NotTimeOrInstant {
        /// What was given.
        value: String,
    },
    /// {value} does not exist on {date} in {zone}
    #[error("{value} does not exist on {date} in {zone}")]
    NoSuchTime {
        /// What was given.
        value: String,
        /// The date.
        date: String,
        /// The zone.
        zone: String,
    },
    /// {minutes} minutes is not between 1 and 1440
    #[error("{minutes} minutes is not between 1 and 1440")]
    DurationOutOfRange {
        /// The minutes.
        minutes: String,
    },
    /// {check_out} is before the check-in {check_in}
    #[error("{check_out} is before the check-in {check_in}")]
    CheckOutBeforeCheckIn {
        /// The check-out.
        check_out: String,
        /// The check-in.
        check_in: String,
    },
    /// {date} {time} does not exist in {zone} (clocks move forward)
    #[error("{date} {time} does not exist in {zone} (clocks move forward)")]
    SkippedTime {
        /// The date.
        date: String,
        /// The time.
        time: String,
        /// The zone.
        zone: String,
    },
    /// {value} is not after {after}
    #[error("{value} is not after {after}")]
    NotAfter {
        /// What was given.
        value: String,
        /// The day it must come after.
        after: String,
    },
    /// the id is empty
    #[error("the id is empty")]
    EmptyId,
    /// must name the holiday or occasion
    #[error("must name the holiday or occasion")]
    NoOccasionName,
    /// {value} is not between {min} and {max}{unit}
    #[error("{value} is not between {min} and {max}{unit}")]
    OutsideLimits {
        /// What was given.
        value: String,
        /// The smallest accepted.
        min: String,
        /// The largest accepted.
        max: String,
        /// The unit, with its leading space (or empty).
        unit: String,
    },
    /// is before the arrival
    #[error("is before the arrival")]
    DepartBeforeArrival,
    /// '{value}' is not a three-letter currency code
    #[error("'{value}' is not a three-letter currency code")]
    NotACurrency {
        /// What was given.
        value: String,
    },
    /// '{value}' is not an amount with at most two decimals
    #[error("'{value}' is not an amount with at most two decimals")]
    NotTwoDecimals {
        /// What was given.
        value: String,
    },
    /// a festival's greetings need its year
    #[error("a festival's greetings need its year")]
    FestivalNeedsYear,
    /// {value} is outside -{limit}..{limit} (degrees)
    #[error("{value} is outside -{limit}..{limit}")]
    OutsideDegrees {
        /// What was given.
        value: String,
        /// The largest number of degrees either way.
        limit: String,
    },
    /// A field that follows from actions and is never typed in.
    #[error("is not typed in: it follows from what is done")]
    NotTypedIn,
    /// Given without the field it goes with.
    #[error("must be given with the {other}")]
    GivenWithout {
        /// The field it goes with.
        other: String,
    },
    /// A negative amount where only none or more makes sense.
    #[error("'{value}' is negative")]
    Negative {
        /// What was given.
        value: String,
    },
    /// A field a new record needs.
    #[error("is required")]
    Required,
    /// A contact named to mark greetings sent to has no greeting drafted.
    #[error("{contact} is not a key person of the tiers given")]
    NoGreetingFor {
        /// The contact.
        contact: String,
    },
    /// An edit that changes nothing.
    #[error("nothing to change: give at least one field")]
    NothingToChange,
    /// Not an instant as typed.
    #[error("'{value}' is not a date and time (YYYY-MM-DD HH:MM)")]
    NotAnInstant {
        /// What was given.
        value: String,
    },
    /// Not a span of working time.
    #[error("'{value}' is not a working time such as 4h (hours) or 3d (days)")]
    NotAWorkSpan {
        /// What was given.
        value: String,
    },
    /// A case step that does not fit where the case stands.
    #[error("cannot {step} a case that is {status}")]
    StepDoesNotFit {
        /// The step (`confirm`, `reopen`, …).
        step: String,
        /// Where the case stands (`open`, `confirmed`, …).
        status: String,
    },
    /// A confirmed case too old to reopen.
    #[error("was confirmed more than {days} days ago: open a new case instead")]
    TooLateToReopen {
        /// The days a confirmed case can be reopened within.
        days: String,
    },
    /// An instant after now, where only the past makes sense.
    #[error("{value} is in the future")]
    InTheFuture {
        /// What was given.
        value: String,
    },
    /// A record linked to another client's record.
    #[error("{record} is not {client}'s")]
    NotOfClient {
        /// The record linked.
        record: String,
        /// The client it must belong to.
        client: String,
    },
    /// The visit already follows up another case.
    #[error("the visit already follows up {case}; record this complaint without the visit, or as a note on {case}")]
    VisitFollowsUp {
        /// The case it follows up.
        case: String,
    },
    /// Any other reason, in English only.
    #[error("{reason}")]
    Other {
        /// The reason.
        reason: String,
    },
}

impl Problem {
    /// The stable code (`not_one_of`, `not_a_date`, …); `other` for [`Problem::Other`].
    pub fn code(&self) -> &'static str {
        self.into()
    }
}

impl From<FieldError> for Problem {
    fn from(error: FieldError) -> Problem {
        *error.problem
    }
}

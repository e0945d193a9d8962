//! Errors of the portfolio: bad input that names the field, missing records,
//! and document-level failures.

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
        FieldError { field: field.into(), problem: Box::new(Problem::Other(reason.clone())), reason }
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

/// Why a value was refused, as a stable [`code`](Problem::code) and its
/// [`arguments`](Problem::arguments), so a UI can say it in the user's language.
/// Its `Display` is the English reason.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
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
    /// Any other reason, in English only.
    #[error("{0}")]
    Other(String),
}

impl Problem {
    /// The stable code (`not_one_of`, `not_a_date`, …); `other` for [`Problem::Other`].
    pub fn code(&self) -> &'static str {
        match self {
            Problem::NotOneOf { .. } => "not_one_of",
            Problem::Empty => "empty",
            Problem::NotADate { .. } => "not_a_date",
            Problem::NotATime { .. } => "not_a_time",
            Problem::NotATimeZone { .. } => "not_a_time_zone",
            Problem::NotAnEmail { .. } => "not_an_email",
            Problem::NotAPhone { .. } => "not_a_phone",
            Problem::NotABirthday { .. } => "not_a_birthday",
            Problem::VisitCancelled => "visit_cancelled",
            Problem::VisitDone => "visit_done",
            Problem::UnknownField { .. } => "unknown_field",
            Problem::NotYesOrNo { .. } => "not_yes_or_no",
            Problem::NotLatLon { .. } => "not_lat_lon",
            Problem::NotANumber { .. } => "not_a_number",
            Problem::DegreesOutOfRange { .. } => "degrees_out_of_range",
            Problem::NotADayWindow { .. } => "not_a_day_window",
            Problem::EndsBeforeItStarts { .. } => "ends_before_it_starts",
            Problem::NotAnAmount { .. } => "not_an_amount",
            Problem::NotMinutes { .. } => "not_minutes",
            Problem::NotDays { .. } => "not_days",
            Problem::NotDaysUpTo { .. } => "not_days_up_to",
            Problem::DaysUpTo { .. } => "days_up_to",
            Problem::CadenceOutOfRange { .. } => "cadence_out_of_range",
            Problem::EndsBeforeStart => "ends_before_start",
            Problem::YearOutOfRange { .. } => "year_out_of_range",
            Problem::NoRegion => "no_region",
            Problem::OutOfRange { .. } => "out_of_range",
            Problem::NotFromTo { .. } => "not_from_to",
            Problem::PlaceholderNotClosed { .. } => "placeholder_not_closed",
            Problem::StrayBrace { .. } => "stray_brace",
            Problem::UnknownPlaceholder { .. } => "unknown_placeholder",
            Problem::HolidayInBirthdayGreeting => "holiday_in_birthday_greeting",
            Problem::NotAGreetingOccasion { .. } => "not_a_greeting_occasion",
            Problem::NoSuchHoliday { .. } => "no_such_holiday",
            Problem::CalendarYear { .. } => "calendar_year",
            Problem::NoneToMarkSent => "none_to_mark_sent",
            Problem::ContractEndsBeforeStart { .. } => "contract_ends_before_start",
            Problem::ArrearsDueWithoutArrears => "arrears_due_without_arrears",
            Problem::EmptyTag => "empty_tag",
            Problem::IdInUse { .. } => "id_in_use",
            Problem::NoSuchDay { .. } => "no_such_day",
            Problem::LunarOutOfRange { .. } => "lunar_out_of_range",
            Problem::NotACareRule { .. } => "not_a_care_rule",
            Problem::CareRuleDays { .. } => "care_rule_days",
            Problem::LeadTooLong { .. } => "lead_too_long",
            Problem::GiftWithoutWhat => "gift_without_what",
            Problem::ChannelTwice { .. } => "channel_twice",
            Problem::NotTimeOrInstant { .. } => "not_time_or_instant",
            Problem::NoSuchTime { .. } => "no_such_time",
            Problem::DurationOutOfRange { .. } => "duration_out_of_range",
            Problem::CheckOutBeforeCheckIn { .. } => "check_out_before_check_in",
            Problem::SkippedTime { .. } => "skipped_time",
            Problem::NotAfter { .. } => "not_after",
            Problem::EmptyId => "empty_id",
            Problem::NoOccasionName => "no_occasion_name",
            Problem::OutsideLimits { .. } => "outside_limits",
            Problem::DepartBeforeArrival => "depart_before_arrival",
            Problem::NotACurrency { .. } => "not_a_currency",
            Problem::NotTwoDecimals { .. } => "not_two_decimals",
            Problem::FestivalNeedsYear => "festival_needs_year",
            Problem::Other(_) => "other",
        }
    }

    /// The arguments a translation fills in, by name.
    pub fn arguments(&self) -> Vec<(&'static str, &str)> {
        match self {
            Problem::NotOneOf { value, allowed } => vec![("value", value.as_str()), ("allowed", allowed.as_str())],
            Problem::NotADate { value }
            | Problem::NotATime { value }
            | Problem::NotATimeZone { value }
            | Problem::NotAnEmail { value }
            | Problem::NotAPhone { value }
            | Problem::NotABirthday { value } => vec![("value", value.as_str())],
            Problem::UnknownField { known } => vec![("known", known.as_str())],
            Problem::Other(reason) => vec![("reason", reason.as_str())],
            Problem::NotACurrency { value } | Problem::NotTwoDecimals { value } => vec![("value", value.as_str())],
            Problem::NotYesOrNo { value } => vec![("value", value.as_str())],
            Problem::NotLatLon { value } => vec![("value", value.as_str())],
            Problem::NotANumber { value } => vec![("value", value.as_str())],
            Problem::DegreesOutOfRange { axis, value, limit } => {
                vec![("axis", axis.as_str()), ("value", value.as_str()), ("limit", limit.as_str())]
            }
            Problem::NotADayWindow { value } => vec![("value", value.as_str())],
            Problem::EndsBeforeItStarts { value } => vec![("value", value.as_str())],
            Problem::NotAnAmount { value } => vec![("value", value.as_str())],
            Problem::NotMinutes { value } => vec![("value", value.as_str())],
            Problem::NotDays { value } => vec![("value", value.as_str())],
            Problem::NotDaysUpTo { value, max } => vec![("value", value.as_str()), ("max", max.as_str())],
            Problem::DaysUpTo { max } => vec![("max", max.as_str())],
            Problem::CadenceOutOfRange { tier, days, max } => {
                vec![("tier", tier.as_str()), ("days", days.as_str()), ("max", max.as_str())]
            }
            Problem::YearOutOfRange { value, min, max } => {
                vec![("value", value.as_str()), ("min", min.as_str()), ("max", max.as_str())]
            }
            Problem::OutOfRange { min, max } => vec![("min", min.as_str()), ("max", max.as_str())],
            Problem::NotFromTo { value, min, max } => {
                vec![("value", value.as_str()), ("min", min.as_str()), ("max", max.as_str())]
            }
            Problem::PlaceholderNotClosed { at } => vec![("at", at.as_str())],
            Problem::StrayBrace { at } => vec![("at", at.as_str())],
            Problem::UnknownPlaceholder { placeholder, known } => {
                vec![("placeholder", placeholder.as_str()), ("known", known.as_str())]
            }
            Problem::NotAGreetingOccasion { value } => vec![("value", value.as_str())],
            Problem::NoSuchHoliday { key, region, year, keys } => vec![
                ("key", key.as_str()),
                ("region", region.as_str()),
                ("year", year.as_str()),
                ("keys", keys.as_str()),
            ],
            Problem::CalendarYear { value } => vec![("value", value.as_str())],
            Problem::ContractEndsBeforeStart { end, start } => vec![("end", end.as_str()), ("start", start.as_str())],
            Problem::IdInUse { id } => vec![("id", id.as_str())],
            Problem::NoSuchDay { value } => vec![("value", value.as_str())],
            Problem::LunarOutOfRange { month, day } => vec![("month", month.as_str()), ("day", day.as_str())],
            Problem::NotACareRule { value } => vec![("value", value.as_str())],
            Problem::CareRuleDays { days, rule } => vec![("days", days.as_str()), ("rule", rule.as_str())],
            Problem::LeadTooLong { days, max } => vec![("days", days.as_str()), ("max", max.as_str())],
            Problem::ChannelTwice { channel } => vec![("channel", channel.as_str())],
            Problem::NotTimeOrInstant { value } => vec![("value", value.as_str())],
            Problem::NoSuchTime { value, date, zone } => {
                vec![("value", value.as_str()), ("date", date.as_str()), ("zone", zone.as_str())]
            }
            Problem::DurationOutOfRange { minutes } => vec![("minutes", minutes.as_str())],
            Problem::CheckOutBeforeCheckIn { check_out, check_in } => {
                vec![("check_out", check_out.as_str()), ("check_in", check_in.as_str())]
            }
            Problem::SkippedTime { date, time, zone } => {
                vec![("date", date.as_str()), ("time", time.as_str()), ("zone", zone.as_str())]
            }
            Problem::NotAfter { value, after } => vec![("value", value.as_str()), ("after", after.as_str())],
            Problem::OutsideLimits { value, min, max, unit } => {
                vec![("value", value.as_str()), ("min", min.as_str()), ("max", max.as_str()), ("unit", unit.as_str())]
            }
            Problem::Empty
            | Problem::VisitCancelled
            | Problem::VisitDone
            | Problem::EndsBeforeStart
            | Problem::NoRegion
            | Problem::HolidayInBirthdayGreeting
            | Problem::NoneToMarkSent
            | Problem::ArrearsDueWithoutArrears
            | Problem::EmptyTag
            | Problem::GiftWithoutWhat
            | Problem::EmptyId
            | Problem::NoOccasionName
            | Problem::DepartBeforeArrival
            | Problem::FestivalNeedsYear => Vec::new(),
        }
    }
}

impl From<FieldError> for Problem {
    fn from(error: FieldError) -> Problem {
        *error.problem
    }
}

/// Anything that can go wrong reading or changing a portfolio.
#[derive(Debug, Error)]
pub enum PortfolioError {
    /// A field value is not acceptable; nothing was changed.
    #[error(transparent)]
    InvalidField(#[from] FieldError),
    /// No live record of that kind has that id.
    #[error("no {noun} with id '{id}'")]
    NotFound {
        /// The kind of record.
        noun: &'static str,
        /// The id or prefix asked for.
        id: String,
    },
    /// An id prefix matches more than one record.
    #[error("'{prefix}' matches several {noun}s: {matches}")]
    Ambiguous {
        /// The kind of record.
        noun: &'static str,
        /// The prefix asked for.
        prefix: String,
        /// Some of the ids it matches.
        matches: String,
    },
    /// The document was written by a newer Fieldbook.
    #[error(
        "this portfolio uses schema version {found}, newer than the {supported} this Fieldbook understands; update Fieldbook to open it"
    )]
    NewerSchema {
        /// The document's schema version.
        found: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// The bytes are an Automerge document but not a portfolio.
    #[error("not a Fieldbook portfolio: {0}")]
    NotAPortfolio(String),
    /// The Automerge layer failed (corrupt bytes, bad change).
    #[error("document error: {0}")]
    Document(Box<automerge::AutomergeError>),
    /// A stored value has the wrong shape.
    #[error("document has an unexpected shape: {0}")]
    Hydrate(Box<autosurgeon::HydrateError>),
    /// Writing a record into the document failed.
    #[error("could not write to the document: {0}")]
    Reconcile(Box<autosurgeon::ReconcileError>),
}

// The Automerge and autosurgeon errors are boxed: unboxed, they made every
// `Result` of the portfolio and of the replica 128 bytes (`clippy::result_large_err`).
impl From<automerge::AutomergeError> for PortfolioError {
    fn from(error: automerge::AutomergeError) -> Self {
        PortfolioError::Document(Box::new(error))
    }
}

impl From<autosurgeon::HydrateError> for PortfolioError {
    fn from(error: autosurgeon::HydrateError) -> Self {
        PortfolioError::Hydrate(Box::new(error))
    }
}

impl From<autosurgeon::ReconcileError> for PortfolioError {
    fn from(error: autosurgeon::ReconcileError) -> Self {
        PortfolioError::Reconcile(Box::new(error))
    }
}

impl PortfolioError {
    /// Whether the error is the user's input (a bad field, an unknown id) rather than a failure.
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            PortfolioError::InvalidField(_) | PortfolioError::NotFound { .. } | PortfolioError::Ambiguous { .. }
        )
    }
}

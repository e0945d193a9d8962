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
    /// What is wrong with it, as a code and arguments a UI translates.
    pub problem: Problem,
}

impl FieldError {
    /// A new error on `field`, its reason in English only ([`Problem::Other`]).
    pub fn new(field: impl Into<String>, reason: impl Into<String>) -> FieldError {
        let reason = reason.into();
        FieldError { field: field.into(), problem: Problem::Other(reason.clone()), reason }
    }

    /// A new error on `field` for a problem a UI can translate.
    pub fn refused(field: impl Into<String>, problem: Problem) -> FieldError {
        FieldError { field: field.into(), reason: problem.to_string(), problem }
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
            Problem::Empty | Problem::VisitCancelled | Problem::VisitDone => Vec::new(),
        }
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

//! What can go wrong reading or changing a portfolio: bad input that names the
//! field, missing records, and document-level failures.

use thiserror::Error;

use crate::values::FieldError;

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

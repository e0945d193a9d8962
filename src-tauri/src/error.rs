//! How a command fails, as the UI sees it: a stable code to branch on and a
//! message in the manager's language, read from the same Fluent files as the UI.

use std::path::Path;

use fieldbook_core::{Language, PortfolioError};
use fieldbook_replica::ReplicaError;
use serde::Serialize;
use ts_rs::TS;

use crate::i18n::Messages;

/// A failed command.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    /// What went wrong, as a stable machine-readable code.
    pub code: ErrorCode,
    /// The field the user got wrong, by its `set_field` name, when that is what went wrong.
    pub field: Option<String>,
    /// What went wrong, in a sentence in the manager's language.
    pub message: String,
}

/// The stable codes of [`CommandError`], serialized in `snake_case`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// This computer holds no portfolio yet.
    NotInitialized,
    /// A portfolio already exists where one was to be created.
    AlreadyInitialized,
    /// A field holds a value it may not hold; `field` names it.
    BadInput,
    /// No such record (or an id prefix matching several).
    NotFound,
    /// The portfolio could not be read or written.
    Failed,
}

impl CommandError {
    /// Describes `error` in `language`; `data_dir` is where the portfolio was looked for.
    pub fn from_replica(error: &ReplicaError, language: Language, data_dir: &Path) -> CommandError {
        let messages = Messages::new(language);
        let dir = data_dir.display().to_string();
        let (code, field, message) = match error {
            ReplicaError::NotInitialized(_) => (
                ErrorCode::NotInitialized,
                None,
                messages.format("error-not-initialized", &[("dir", dir.as_str().into())]),
            ),
            ReplicaError::AlreadyInitialized(_) => (
                ErrorCode::AlreadyInitialized,
                None,
                messages.format("error-already-initialized", &[("dir", dir.as_str().into())]),
            ),
            ReplicaError::Portfolio(PortfolioError::InvalidField(bad)) => (
                ErrorCode::BadInput,
                Some(bad.field.clone()),
                messages.format(
                    "error-bad-field",
                    &[("field", bad.field.as_str().into()), ("reason", bad.reason.as_str().into())],
                ),
            ),
            ReplicaError::Portfolio(error @ (PortfolioError::NotFound { .. } | PortfolioError::Ambiguous { .. })) => {
                (ErrorCode::NotFound, None, messages.format("error-not-found", &[("detail", error.to_string().into())]))
            }
            other => {
                (ErrorCode::Failed, None, messages.format("error-failed", &[("detail", other.to_string().into())]))
            }
        };
        CommandError { code, field, message }
    }
}

//! How a command fails, as the UI sees it: a category to branch on, the problem
//! as data — its code with its named arguments, as the core and the sync client
//! serialize it — and a message in the manager's language.
//!
//! Every error takes one path: [`explain`] says a problem with the Fluent message
//! `error-<code>` (the code verbatim: `error-not_a_date`, `error-unreachable`),
//! filled with the problem's serialized arguments, from the same files as the UI.

use std::path::Path;
use std::sync::Arc;

use fieldbook_core::{FieldError, Language, PortfolioError, Problem};
use fieldbook_replica::ReplicaError;
use fieldbook_replica::sync::SyncError;
use serde::Serialize;
use serde_json::Value;
use strum::VariantNames;
use ts_rs::TS;

use crate::i18n::{FluentValue, Messages};

/// A failed command.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    /// What went wrong, as a stable machine-readable category.
    pub code: ErrorCode,
    /// The field the user got wrong, by its `set_field` name, when that is what went wrong.
    pub field: Option<String>,
    /// What went wrong, as data: its code (`not_a_date`, `unreachable`, …) and named arguments.
    pub problem: CommandProblem,
    /// What went wrong, in a sentence in the manager's language.
    pub message: String,
}

/// The stable categories of [`CommandError`], serialized in `snake_case`.
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
    /// The sync server could not be reached.
    Unreachable,
    /// The sync server refused the token.
    Unauthorized,
    /// The portfolio could not be read or written.
    Failed,
}

/// What a command's failure was, serialized as the problem itself: an object with
/// its `code` and named arguments, the codes of the three kinds never the same.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(untagged)]
pub enum CommandProblem {
    /// A value the core refused (boxed, as in [`FieldError`]: a problem holds up to four texts).
    Refused(Box<Problem>),
    /// A failed login or sync.
    Sync(Arc<SyncError>),
    /// The portfolio on this computer is missing, in the way or failed.
    Portfolio(PortfolioProblem),
}

/// What went wrong with the portfolio itself, at the boundary of the shell: the
/// replica's errors a manager can act on, each a code with named arguments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS, VariantNames)]
#[serde(tag = "code", rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum PortfolioProblem {
    /// No portfolio in the data directory yet.
    NotInitialized {
        /// The data directory looked in.
        dir: String,
    },
    /// A portfolio already exists where one was to be created.
    AlreadyInitialized {
        /// The data directory.
        dir: String,
    },
    /// No such record, or an id prefix matching several.
    NotFound {
        /// Which, in English.
        detail: String,
    },
    /// Anything else: the store, the document, the disk.
    Failed {
        /// What failed, in English.
        detail: String,
    },
}

impl CommandError {
    /// Describes `error` in `language`; `data_dir` is where the portfolio was looked for.
    pub fn from_replica(error: &ReplicaError, language: Language, data_dir: &Path) -> CommandError {
        let messages = Messages::new(language);
        let dir = || data_dir.display().to_string();
        let (code, problem) = match error {
            ReplicaError::Portfolio(PortfolioError::InvalidField(bad)) => return CommandError::refused(bad, &messages),
            ReplicaError::NotInitialized(_) => {
                (ErrorCode::NotInitialized, PortfolioProblem::NotInitialized { dir: dir() })
            }
            ReplicaError::AlreadyInitialized(_) => {
                (ErrorCode::AlreadyInitialized, PortfolioProblem::AlreadyInitialized { dir: dir() })
            }
            ReplicaError::Portfolio(error @ (PortfolioError::NotFound { .. } | PortfolioError::Ambiguous { .. })) => {
                (ErrorCode::NotFound, PortfolioProblem::NotFound { detail: error.to_string() })
            }
            other => (ErrorCode::Failed, PortfolioProblem::Failed { detail: other.to_string() }),
        };
        CommandError::new(code, None, CommandProblem::Portfolio(problem), error.to_string(), &messages)
    }

    /// Describes a failed login or sync in `language`; `data_dir` is the app's data directory.
    pub fn from_sync(error: SyncError, language: Language, data_dir: &Path) -> CommandError {
        let (code, field) = match &error {
            SyncError::Replica { detail } => return CommandError::from_replica(detail, language, data_dir),
            SyncError::BadServerUrl { .. } => (ErrorCode::BadInput, Some("server")),
            SyncError::BadToken => (ErrorCode::BadInput, Some("token")),
            SyncError::Unauthorized { .. } => (ErrorCode::Unauthorized, Some("token")),
            SyncError::Unreachable { .. } => (ErrorCode::Unreachable, Some("server")),
            SyncError::NoPortfolioOnServer { .. } => (ErrorCode::NotFound, Some("server")),
            _ => (ErrorCode::Failed, None),
        };
        let english = error.to_string();
        let problem = CommandProblem::Sync(Arc::new(error));
        CommandError::new(code, field.map(str::to_owned), problem, english, &Messages::new(language))
    }

    /// An argument of a command that is not what the command takes (a wire type's
    /// shape, not a value the manager typed): `name` and why, in English.
    pub fn bad_argument(name: &str, reason: String) -> CommandError {
        CommandError::refused(&FieldError::refused(name, Problem::Other { reason }), &Messages::new(Language::En))
    }

    /// A refused field value: the field's name and the reason, both in the manager's language.
    fn refused(bad: &FieldError, messages: &Messages) -> CommandError {
        let problem = CommandProblem::Refused(bad.problem.clone());
        CommandError::new(ErrorCode::BadInput, Some(bad.field.clone()), problem, bad.reason.clone(), messages)
    }

    /// The one way a command error is made: `problem` said in `messages`' language
    /// (`english`, the error's own text, if no language says it), after the field's
    /// name when the problem is a refused value.
    fn new(
        code: ErrorCode,
        field: Option<String>,
        problem: CommandProblem,
        english: String,
        messages: &Messages,
    ) -> CommandError {
        let said = explain(&problem, messages).unwrap_or(english);
        let message = match (&problem, &field) {
            (CommandProblem::Refused(_), Some(field)) => {
                let id = format!("field-{}", field.replace('.', "_"));
                let name = messages.find(&id, &[]).unwrap_or_else(|| field.clone());
                messages.format("error-bad-field", &[("field", name.into()), ("reason", said.into())])
            }
            _ => said,
        };
        CommandError { code, field, problem, message }
    }
}

/// `problem` in `messages`' language: the message `error-<code>` of its serialized
/// `code`, filled with its other serialized fields by name; `None` if no language
/// has the message (the locale tests make sure every code has one).
pub fn explain(problem: &impl Serialize, messages: &Messages) -> Option<String> {
    let Ok(Value::Object(fields)) = serde_json::to_value(problem) else { return None };
    let code = fields.get("code")?.as_str()?;
    let arguments: Vec<(&str, FluentValue<'_>)> = fields
        .iter()
        .filter(|(name, _)| name.as_str() != "code")
        .filter_map(|(name, value)| Some((name.as_str(), fluent_value(value)?)))
        .collect();
    messages.find(&format!("error-{code}"), &arguments)
}

/// A serialized argument as Fluent takes it: text as text, numbers as numbers (for plurals).
fn fluent_value(value: &Value) -> Option<FluentValue<'_>> {
    match value {
        Value::String(text) => Some(text.as_str().into()),
        Value::Number(number) => number.as_f64().map(FluentValue::from),
        _ => None,
    }
}

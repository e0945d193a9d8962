//! How a command fails, as the UI sees it: a stable code to branch on and a
//! message in the manager's language, read from the same Fluent files as the UI.

use std::collections::BTreeMap;
use std::path::Path;

use fieldbook_core::{FieldError, Language, PortfolioError};
use fieldbook_replica::ReplicaError;
use fieldbook_replica::sync::{SyncError, SyncProblem};
use serde::Serialize;
use ts_rs::TS;

use crate::i18n::{FluentValue, Messages};

/// A failed command.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    /// What went wrong, as a stable machine-readable code.
    pub code: ErrorCode,
    /// The field the user got wrong, by its `set_field` name, when that is what went wrong.
    pub field: Option<String>,
    /// Why the field's value was refused, as the core's stable code (`not_a_date`, `empty`, …).
    pub problem: Option<String>,
    /// The problem's arguments (`value`, `allowed`, …), by name.
    pub arguments: BTreeMap<String, String>,
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
    /// The sync server could not be reached.
    Unreachable,
    /// The sync server refused the token.
    Unauthorized,
    /// The portfolio could not be read or written.
    Failed,
}

impl CommandError {
    /// Describes `error` in `language`; `data_dir` is where the portfolio was looked for.
    pub fn from_replica(error: &ReplicaError, language: Language, data_dir: &Path) -> CommandError {
        let messages = Messages::new(language);
        let dir = data_dir.display().to_string();
        if let ReplicaError::Portfolio(PortfolioError::InvalidField(bad)) = error {
            return CommandError::bad_field(bad, &messages);
        }
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
            ReplicaError::Portfolio(error @ (PortfolioError::NotFound { .. } | PortfolioError::Ambiguous { .. })) => {
                (ErrorCode::NotFound, None, messages.format("error-not-found", &[("detail", error.to_string().into())]))
            }
            other => {
                (ErrorCode::Failed, None, messages.format("error-failed", &[("detail", other.to_string().into())]))
            }
        };
        CommandError { code, field, problem: None, arguments: BTreeMap::new(), message }
    }

    /// A refused field value: the field's name and the reason, both in the manager's language.
    fn bad_field(bad: &FieldError, messages: &Messages) -> CommandError {
        let field = messages.find(&format!("field-{}", bad.field), &[]).unwrap_or_else(|| bad.field.clone());
        let arguments = bad.problem.arguments();
        let args: Vec<(&str, FluentValue<'_>)> =
            arguments.iter().map(|(name, value)| (*name, (*value).into())).collect();
        let reason =
            messages.find(&format!("error-reason-{}", bad.problem.code()), &args).unwrap_or_else(|| bad.reason.clone());
        CommandError {
            code: ErrorCode::BadInput,
            field: Some(bad.field.clone()),
            problem: Some(bad.problem.code().to_owned()),
            arguments: arguments.into_iter().map(|(name, value)| (name.to_owned(), value.to_owned())).collect(),
            message: messages.format("error-bad-field", &[("field", field.into()), ("reason", reason.into())]),
        }
    }

    /// Describes a failed login or sync in `language`; `data_dir` is the app's data directory.
    pub fn from_sync(error: &SyncError, language: Language, data_dir: &Path) -> CommandError {
        let messages = Messages::new(language);
        let failed = |code, field: &str, id: &str, args: &[(&str, FluentValue<'_>)]| CommandError {
            code,
            field: Some(field.to_owned()),
            problem: None,
            arguments: BTreeMap::new(),
            message: messages.format(id, args),
        };
        let bad =
            |field: &str, id: &str, args: &[(&str, FluentValue<'_>)]| failed(ErrorCode::BadInput, field, id, args);
        match error {
            SyncError::Replica(error) => CommandError::from_replica(error, language, data_dir),
            SyncError::BadServerUrl { url, reason } => bad(
                "server",
                "error-sync-server-url",
                &[("url", url.as_str().into()), ("reason", reason.as_str().into())],
            ),
            SyncError::BadToken => bad("token", "error-sync-token-blank", &[]),
            SyncError::Unauthorized { server } => failed(
                ErrorCode::Unauthorized,
                "token",
                "error-sync-unauthorized",
                &[("server", server.as_str().into())],
            ),
            SyncError::Unreachable { server, reason } => failed(
                ErrorCode::Unreachable,
                "server",
                "error-sync-unreachable",
                &[("server", server.as_str().into()), ("reason", reason.as_str().into())],
            ),
            SyncError::NoPortfolioOnServer { user, server } => failed(
                ErrorCode::NotFound,
                "server",
                "error-sync-no-portfolio",
                &[("server", server.as_str().into()), ("user", user.as_str().into())],
            ),
            other => {
                let problem = other.problem();
                CommandError {
                    code: ErrorCode::Failed,
                    field: None,
                    problem: Some(problem.code.to_owned()),
                    arguments: problem
                        .arguments
                        .iter()
                        .map(|(name, value)| ((*name).to_owned(), value.clone()))
                        .collect(),
                    message: sync_problem_message(&problem, &messages),
                }
            }
        }
    }
}

/// Why sync failed, in `messages`' language (`sync-problem-*` messages; the English text
/// when a code has none).
pub fn sync_problem_message(problem: &SyncProblem, messages: &Messages) -> String {
    let id = match problem.code {
        "server_url" => "error-sync-server-url".to_owned(),
        "token_blank" => "error-sync-token-blank".to_owned(),
        "unauthorized" => "error-sync-unauthorized".to_owned(),
        "unreachable" => "error-sync-unreachable".to_owned(),
        "no_portfolio" => "error-sync-no-portfolio".to_owned(),
        code => format!("sync-problem-{code}"),
    };
    let args: Vec<(&str, FluentValue<'_>)> =
        problem.arguments.iter().map(|(name, value)| (*name, value.as_str().into())).collect();
    messages.find(&id, &args).unwrap_or_else(|| problem.text.clone())
}

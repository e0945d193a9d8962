//! Exit codes: 0 success, 2 bad input (the message names the field or line), 1 any other failure.

use fieldbook_core::{FieldError, PortfolioError};
use fieldbook_formats::ImportError;
use fieldbook_planner::PlanError;
use fieldbook_replica::{ReplicaError, sync::SyncError};

/// An error in what the user typed or supplied, beyond what clap checks.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadInput(pub String);

/// The exit code for `error`.
pub fn code(error: &anyhow::Error) -> u8 {
    let bad_input = error.chain().any(|cause| {
        cause.is::<BadInput>()
            || cause.is::<FieldError>()
            || cause.downcast_ref::<ImportError>().is_some_and(|e| !matches!(e, ImportError::Portfolio(_)))
            || cause.downcast_ref::<PortfolioError>().is_some_and(PortfolioError::is_bad_input)
            || cause.downcast_ref::<PlanError>().is_some_and(PlanError::is_bad_input)
            || cause.downcast_ref::<ReplicaError>().is_some_and(ReplicaError::is_bad_input)
            || cause.downcast_ref::<SyncError>().is_some_and(SyncError::is_bad_input)
    });
    if bad_input { 2 } else { 1 }
}

/// Whether `error` is standard output having been closed by its reader.
pub fn is_closed_output(error: &anyhow::Error) -> bool {
    error
        .chain()
        .any(|cause| cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe))
}

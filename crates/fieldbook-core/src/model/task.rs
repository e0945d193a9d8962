//! The task: a follow-up to do, optionally tied to a client, a visit or a case.

use autosurgeon::{Hydrate, Reconcile};
use serde::{Deserialize, Serialize};

use crate::model::{
    Case, CaseId, Client, ClientId, Portfolio, PortfolioError, Record, TaskId, Visit, VisitId, record_basics,
    require_text,
};
use crate::values::{Date, FieldError};

/// A follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct Task {
    /// Stable id.
    pub id: TaskId,
    /// What to do.
    pub title: String,
    /// By when.
    pub due: Option<Date>,
    /// Whether it is done.
    pub done: bool,
    /// The client it concerns.
    pub client_id: Option<ClientId>,
    /// The visit it came from.
    pub visit_id: Option<VisitId>,
    /// The case it belongs to.
    pub case_id: Option<CaseId>,
    /// Tombstone.
    pub removed: bool,
}

impl Task {
    /// A new open task.
    pub fn new(id: TaskId, title: impl Into<String>) -> Task {
        Task {
            id,
            title: title.into(),
            due: None,
            done: false,
            client_id: None,
            visit_id: None,
            case_id: None,
            removed: false,
        }
    }
}

impl Record for Task {
    record_basics!(TaskId, "tasks", "task");

    fn validate(&self) -> Result<(), FieldError> {
        require_text("title", &self.title)
    }

    fn check_references(&self, portfolio: &Portfolio) -> Result<(), PortfolioError> {
        if let Some(client) = &self.client_id {
            portfolio.get::<Client>(client)?;
        }
        if let Some(visit) = &self.visit_id {
            portfolio.get::<Visit>(visit)?;
        }
        if let Some(case) = &self.case_id {
            portfolio.get::<Case>(case)?;
        }
        Ok(())
    }
}

//! The task: a follow-up to do, optionally tied to a client, a visit or a case,
//! with its field table (title, due date, and what it is tied to).

use autosurgeon::{Hydrate, Reconcile};
use serde::{Deserialize, Serialize};

use crate::model::{
    Case, CaseId, Client, ClientId, Fields, Portfolio, PortfolioError, Record, Spec, TaskId, Visit, VisitId, assign,
    field_names, optional, record_basics, require_text, text_of,
};
use crate::values::{Date, FieldError, Problem};

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
    /// The day it was added; `None` for tasks added before Fieldbook kept the day
    /// (added without a schema bump, like a visit's stage).
    #[serde(default)]
    #[autosurgeon(missing = "Option::default")]
    pub opened_on: Option<Date>,
    /// The day it was ticked done; `None` while open, and for older tasks.
    #[serde(default)]
    #[autosurgeon(missing = "Option::default")]
    pub done_on: Option<Date>,
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
            opened_on: None,
            done_on: None,
            removed: false,
        }
    }

    /// Ticks it done on `day`, or not done again (`None`).
    pub fn tick(&mut self, done_on: Option<Date>) {
        self.done = done_on.is_some();
        self.done_on = done_on;
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

field_names!(
    /// A task's fields, in the order the task form shows them; `tasks.csv` names the
    /// linked records' columns `client_id`, `visit_id` and `case_id`.
    TaskField {
        /// What to do.
        Title = "title",
        /// By when, `YYYY-MM-DD`.
        Due = "due",
        /// The client it concerns (its id).
        Client = "client",
        /// The visit it came from (its id).
        Visit = "visit",
        /// The case it belongs to (its id).
        Case = "case",
        /// Whether it is done: follows from ticking it off.
        Done = "done",
    }
);

impl Fields for Task {
    type Field = TaskField;

    fn spec(field: TaskField) -> Spec<Task> {
        use TaskField as F;
        match field {
            F::Title => {
                Spec::line(&["任务", "zadanie"], |t, v| assign(&mut t.title, v.to_owned()), |t| t.title.clone())
            }
            F::Due => Spec::line(
                &["due date", "截止日期", "termin"],
                |t, v| assign(&mut t.due, optional(v, str::parse::<Date>)?),
                |t| text_of(&t.due),
            ),
            F::Client => Spec::line(
                &["client_id"],
                |t, v| assign(&mut t.client_id, optional(v, |id| Ok::<_, Problem>(ClientId::from(id.to_owned())))?),
                |t| text_of(&t.client_id),
            ),
            F::Visit => Spec::line(
                &["visit_id"],
                |t, v| assign(&mut t.visit_id, optional(v, |id| Ok::<_, Problem>(VisitId::from(id.to_owned())))?),
                |t| text_of(&t.visit_id),
            ),
            F::Case => Spec::line(
                &["case_id"],
                |t, v| assign(&mut t.case_id, optional(v, |id| Ok::<_, Problem>(CaseId::from(id.to_owned())))?),
                |t| text_of(&t.case_id),
            ),
            F::Done => Spec::shown(&[], |t| if t.done { "yes" } else { "no" }.to_owned()),
        }
    }
}

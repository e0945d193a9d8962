//! Read-only views of the portfolio that the app and the CLI both show: one client
//! with its people and visits (only those read whole), and the day's planned
//! visits with the open follow-ups (found through the [`crate::views::ClientList`]).

use autosurgeon::Hydrate;

use crate::model::{
    Client, ClientId, Contact, Portfolio, PortfolioError, SalesStage, Task, TaskId, Visit, VisitStatus,
};

/// Whether a task is still to do: the two fields read of every task, the open
/// ones then read whole (most of a year's tasks are done).
#[derive(Hydrate)]
struct Progress {
    done: bool,
    removed: bool,
}

/// One client with its people and its visits.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientPage {
    /// The client.
    pub client: Client,
    /// Its contacts, key persons first, then by name.
    pub contacts: Vec<Contact>,
    /// Its visits, oldest first.
    pub visits: Vec<Visit>,
    /// The sales stage its latest visit made with a stage served.
    pub stage: Option<SalesStage>,
}

/// What the manager has on a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Today {
    /// Visits planned for the day, in order of their start.
    pub visits: Vec<Visit>,
    /// Follow-ups not yet done, those due soonest first (undated last).
    pub tasks: Vec<Task>,
}

/// The live client `id` with its live contacts and visits.
pub fn client_page(portfolio: &Portfolio, id: &ClientId) -> Result<ClientPage, PortfolioError> {
    let client = portfolio.get::<Client>(id)?;
    let mut contacts = portfolio.records_of::<Contact>(id)?;
    contacts.sort_by(|a, b| (!a.key_person, &a.name).cmp(&(!b.key_person, &b.name)));
    let mut visits = portfolio.records_of::<Visit>(id)?;
    visits.sort_by_key(|v| (v.planned.date, v.planned.time));
    let stage = visits.iter().rev().filter(|v| v.status == VisitStatus::Done).find_map(|v| v.stage);
    Ok(ClientPage { client, contacts, visits, stage })
}

/// The follow-ups not yet done, those due soonest first (undated last).
pub fn open_tasks(portfolio: &Portfolio) -> Result<Vec<Task>, PortfolioError> {
    let mut tasks = Vec::new();
    for (id, progress) in portfolio.keyed_views::<Task, Progress>()? {
        if !progress.done && !progress.removed {
            tasks.push(portfolio.get::<Task>(&TaskId::from(id))?);
        }
    }
    tasks.sort_by(|a, b| (a.due.is_none(), a.due, &a.title).cmp(&(b.due.is_none(), b.due, &b.title)));
    Ok(tasks)
}

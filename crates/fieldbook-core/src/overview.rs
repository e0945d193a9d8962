//! Read-only views of the portfolio that the app and the CLI both show: one client
//! with its people and visits (only those read whole), and the day's planned
//! visits with the open follow-ups (found through the [`crate::ClientList`]).

use automerge::ReadDoc;
use autosurgeon::{Hydrate, hydrate_prop};

use crate::{Client, ClientId, Contact, Portfolio, PortfolioError, Record, SalesStage, Task, Visit, VisitStatus};

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

/// Whose a contact or a visit is.
#[derive(Hydrate)]
struct Owner {
    client_id: ClientId,
}

/// What the manager has on a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Today {
    /// Visits planned for the day, in order of their start.
    pub visits: Vec<Visit>,
    /// Follow-ups not yet done, those due soonest first (undated last).
    pub tasks: Vec<Task>,
}

impl Portfolio {
    /// The live client `id` with its live contacts and visits.
    pub fn client_page(&self, id: &ClientId) -> Result<ClientPage, PortfolioError> {
        let client = self.get::<Client>(id)?;
        let mut contacts = self.records_of::<Contact>(id)?;
        contacts.sort_by(|a, b| (!a.key_person, &a.name).cmp(&(!b.key_person, &b.name)));
        let mut visits = self.records_of::<Visit>(id)?;
        visits.sort_by_key(|v| (v.planned.date, v.planned.time));
        let stage = visits.iter().rev().filter(|v| v.status == VisitStatus::Done).find_map(|v| v.stage);
        Ok(ClientPage { client, contacts, visits, stage })
    }

    /// The live records of a kind (contacts, visits) of `client`, read whole; the
    /// others are read only as far as their client.
    fn records_of<T: Record>(&self, client: &ClientId) -> Result<Vec<T>, PortfolioError> {
        let collection = self.collection(T::COLLECTION)?;
        let mut records = Vec::new();
        for key in self.doc.keys(&collection) {
            let owner: Owner = hydrate_prop(&self.doc, &collection, key.as_str())?;
            if &owner.client_id == client {
                records.push(hydrate_prop::<_, T, _, _>(&self.doc, &collection, key.as_str())?);
            }
        }
        records.retain(|record| !record.is_removed());
        Ok(records)
    }

    /// The follow-ups not yet done, those due soonest first (undated last).
    pub fn open_tasks(&self) -> Result<Vec<Task>, PortfolioError> {
        let mut tasks = self.records::<Task>()?;
        tasks.retain(|t| !t.done);
        tasks.sort_by(|a, b| (a.due.is_none(), a.due, &a.title).cmp(&(b.due.is_none(), b.due, &b.title)));
        Ok(tasks)
    }
}

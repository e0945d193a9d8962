//! Read-only views of the portfolio that the app and the CLI both show: every
//! client with its last contact and next planned visit, one client with its
//! people and visits, and the day's planned visits with the open follow-ups.

use std::collections::HashMap;

use crate::{
    Client, ClientId, Contact, Date, Instant, Portfolio, PortfolioError, SalesStage, Task, Visit, VisitStatus,
};

/// A client as a row of the portfolio table.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientRow {
    /// The client.
    pub client: Client,
    /// The day of the last visit made.
    pub last_contact: Option<Date>,
    /// The earliest visit still planned.
    pub next_visit: Option<Date>,
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

impl Portfolio {
    /// Every live client with its last contact and next planned visit, by tier then name.
    pub fn client_rows(&self) -> Result<Vec<ClientRow>, PortfolioError> {
        let mut contacts: HashMap<ClientId, (Option<Date>, Option<Date>)> = HashMap::new();
        for visit in self.records::<Visit>()? {
            let (last, next) = contacts.entry(visit.client_id.clone()).or_default();
            let day = visit.planned.date;
            match visit.status {
                VisitStatus::Done => *last = (*last).max(Some(day)),
                VisitStatus::Planned => *next = Some(next.map_or(day, |next| next.min(day))),
                VisitStatus::Cancelled => {}
            }
        }
        let mut rows: Vec<ClientRow> = self
            .records::<Client>()?
            .into_iter()
            .map(|client| {
                let (last_contact, next_visit) = contacts.get(&client.id).copied().unwrap_or_default();
                ClientRow { client, last_contact, next_visit }
            })
            .collect();
        rows.sort_by(|a, b| (a.client.tier, &a.client.name).cmp(&(b.client.tier, &b.client.name)));
        Ok(rows)
    }

    /// The live client `id` with its live contacts and visits.
    pub fn client_page(&self, id: &ClientId) -> Result<ClientPage, PortfolioError> {
        let client = self.get::<Client>(id)?;
        let mut contacts = self.records::<Contact>()?;
        contacts.retain(|c| &c.client_id == id);
        contacts.sort_by(|a, b| (!a.key_person, &a.name).cmp(&(!b.key_person, &b.name)));
        let mut visits = self.records::<Visit>()?;
        visits.retain(|v| &v.client_id == id);
        visits.sort_by_key(|v| (v.planned.date, v.planned.time));
        let stage = visits.iter().rev().filter(|v| v.status == VisitStatus::Done).find_map(|v| v.stage);
        Ok(ClientPage { client, contacts, visits, stage })
    }

    /// The visits planned for `day` and the open follow-ups.
    pub fn today(&self, day: Date) -> Result<Today, PortfolioError> {
        let mut visits = self.records::<Visit>()?;
        visits.retain(|v| v.planned.date == day && v.status == VisitStatus::Planned);
        visits.sort_by_key(|v| v.planned.instant().map(|Instant(at)| at));
        let mut tasks = self.records::<Task>()?;
        tasks.retain(|t| !t.done);
        tasks.sort_by(|a, b| (a.due.is_none(), a.due, &a.title).cmp(&(b.due.is_none(), b.due, &b.title)));
        Ok(Today { visits, tasks })
    }
}

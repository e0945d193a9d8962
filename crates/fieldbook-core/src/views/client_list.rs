//! The client list behind the first screens of the app: every live client with
//! only the columns of the portfolio table, and the day and status of every live
//! visit — which gives each client's last contact and next planned visit, and the
//! visits planned for a day.
//!
//! The list is [`crate::views::Derived`]: read once from views of the records (a client without
//! its address, notes and contract; a visit without its notes), then brought up to
//! date from the records the document's later changes touched, like the search
//! index. Opening the portfolio table or Today so costs neither a read of every
//! record whole nor, after the first time, a read of the document at all.

use std::collections::{BTreeMap, HashMap};

use automerge::{ChangeHash, ObjId};
use autosurgeon::Hydrate;

use crate::model::PlannedDay;
use crate::model::{
    Client, ClientId, ClientStatus, Portfolio, PortfolioError, Record, Tier, Visit, VisitId, VisitStatus,
};
use crate::values::{Date, Instant, Money};
use crate::views::{ByRecord, Today, open_tasks, read_view, read_whole};

/// The live clients and visits of a portfolio, as much of them as its first screens
/// show, as of some heads of its document.
#[derive(Debug, Default)]
pub struct ClientList {
    /// The heads the list was last brought up to; empty before the first read.
    heads: Vec<ChangeHash>,
    clients: BTreeMap<String, ClientSummary>,
    visits: BTreeMap<String, VisitMark>,
}

/// A client as the portfolio table shows it: no address, notes, contract or coordinates.
#[derive(Debug, Clone, PartialEq, Hydrate)]
pub struct ClientSummary {
    /// Stable id.
    pub id: ClientId,
    /// Company name.
    pub name: String,
    /// Line of business.
    pub industry: String,
    /// Tier A–D.
    pub tier: Tier,
    /// Relationship status.
    pub status: ClientStatus,
    /// Outstanding debt, if any.
    pub arrears: Option<Money>,
    /// Free labels.
    pub tags: Vec<String>,
    removed: bool,
}

/// A client as a row of the portfolio table.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientRow {
    /// The client.
    pub client: ClientSummary,
    /// The day of the last visit made.
    pub last_contact: Option<Date>,
    /// The earliest visit still planned.
    pub next_visit: Option<Date>,
}

/// What the list keeps of a visit: whose it is, which day, and whether it was made.
#[derive(Debug, Hydrate)]
struct VisitMark {
    client_id: ClientId,
    planned: PlannedDay,
    status: VisitStatus,
    removed: bool,
}

/// Every live client with its last contact and next planned visit, by tier then name,
/// from a client list read for this once (a team member's copy, read on its own);
/// a portfolio read again and again keeps a [`ClientList`] and brings it up to date.
pub fn client_rows(portfolio: &Portfolio) -> Result<Vec<ClientRow>, PortfolioError> {
    Ok(read_whole::<ClientList>(portfolio)?.rows())
}

impl ClientList {
    /// Every live client with its last contact and next planned visit, by tier then name.
    pub fn rows(&self) -> Vec<ClientRow> {
        let mut contacts: HashMap<&ClientId, (Option<Date>, Option<Date>)> = HashMap::new();
        for visit in self.visits.values() {
            let (last, next) = contacts.entry(&visit.client_id).or_default();
            let day = visit.planned.date;
            match visit.status {
                VisitStatus::Done => *last = (*last).max(Some(day)),
                VisitStatus::Planned => *next = Some(next.map_or(day, |next| next.min(day))),
                VisitStatus::Cancelled => {}
            }
        }
        let mut rows: Vec<ClientRow> = self
            .clients
            .values()
            .map(|client| {
                let (last_contact, next_visit) = contacts.get(&client.id).copied().unwrap_or_default();
                ClientRow { client: client.clone(), last_contact, next_visit }
            })
            .collect();
        rows.sort_by(|a, b| (a.client.tier, &a.client.name).cmp(&(b.client.tier, &b.client.name)));
        rows
    }

    /// How many live clients the portfolio has.
    pub fn client_count(&self) -> usize {
        self.clients.len()
    }

    /// The visits planned for `day` and the open follow-ups, reading whole only the
    /// day's visits and the follow-ups from `portfolio` (the one the list is up to date with).
    pub fn today(&self, portfolio: &Portfolio, day: Date) -> Result<Today, PortfolioError> {
        let mut visits = self
            .visits
            .iter()
            .filter(|(_, mark)| mark.planned.date == day && mark.status == VisitStatus::Planned)
            .map(|(id, _)| portfolio.get::<Visit>(&VisitId::from(id.clone())))
            .collect::<Result<Vec<_>, _>>()?;
        visits.sort_by_key(|v| v.planned.instant().map(|Instant(at)| at));
        Ok(Today { visits, tasks: open_tasks(portfolio)? })
    }
}

impl ByRecord for ClientList {
    const COLLECTIONS: &'static [&'static str] = &[Client::COLLECTION, Visit::COLLECTION];

    fn heads(&mut self) -> &mut Vec<ChangeHash> {
        &mut self.heads
    }

    /// Reads the client or visit at `key` again: kept if live, dropped otherwise.
    fn read_record(
        &mut self,
        portfolio: &Portfolio,
        collection: &'static str,
        key: &str,
        record: Option<&ObjId>,
    ) -> Result<(), PortfolioError> {
        if collection == Client::COLLECTION {
            keep_if_live(&mut self.clients, key, read_view::<ClientSummary>(portfolio, record)?, |c| c.removed);
        } else {
            keep_if_live(&mut self.visits, key, read_view::<VisitMark>(portfolio, record)?, |v| v.removed);
        }
        Ok(())
    }
}

/// Keeps `read` at `key` in `records` if it is there and not removed, drops the key otherwise.
fn keep_if_live<T>(records: &mut BTreeMap<String, T>, key: &str, read: Option<T>, removed: fn(&T) -> bool) {
    match read.filter(|record| !removed(record)) {
        Some(record) => records.insert(key.to_string(), record),
        None => records.remove(key),
    };
}

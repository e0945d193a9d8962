//! The search index behind search-as-you-type: the searchable text of every live
//! client, contact and visit, kept beside the document so that a keystroke costs
//! a scan of strings rather than a read of the whole portfolio.
//!
//! The index is [`Derived`]: built from the document, and brought up to date from
//! the document's changes since the heads it was last brought to, reading again only
//! the records they touched (see [`crate::derived`]). It answers exactly as
//! [`Portfolio::search`] does.

use std::collections::BTreeMap;

use automerge::{ChangeHash, ObjId};
use autosurgeon::{Hydrate, Text};

use crate::model::{Client, ClientId, Contact, PlannedStart, Portfolio, PortfolioError, Record, Visit};
use crate::views::{ByRecord, SearchHit, SearchHitKind, read_view, snippet};

/// The searchable text of a portfolio's live records, as of some heads of its document.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// The heads the index was last brought up to; empty before the first build.
    heads: Vec<ChangeHash>,
    clients: BTreeMap<String, Entry>,
    contacts: BTreeMap<String, Entry>,
    visits: BTreeMap<String, Entry>,
}

/// What the index keeps of one live record.
#[derive(Debug)]
struct Entry {
    client_id: ClientId,
    /// The client's or contact's name, or the visit's day.
    title: String,
    /// The searched fields in the order they are tried, as written and in lower case.
    fields: Vec<(String, String)>,
}

/// What a client is searched by.
#[derive(Hydrate)]
struct ClientText {
    id: ClientId,
    name: String,
    industry: String,
    address: String,
    tags: Vec<String>,
    competitor_notes: Text,
    removed: bool,
}

/// What a contact is searched by.
#[derive(Hydrate)]
struct ContactText {
    client_id: ClientId,
    name: String,
    title: String,
    phones: Vec<String>,
    email: Option<String>,
    notes: Text,
    removed: bool,
}

/// What a visit is searched by.
#[derive(Hydrate)]
struct VisitText {
    client_id: ClientId,
    planned: PlannedStart,
    notes: Text,
    outcome: String,
    removed: bool,
}

impl SearchIndex {
    /// Up to `limit` live records matching `query`, the same hits in the same order as
    /// [`Portfolio::search`] on the document the index was last brought up to.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchHit> {
        let needle = query.trim().to_lowercase();
        if needle.is_empty() {
            return Vec::new();
        }
        self.hits(SearchHitKind::Client, &self.clients, &needle)
            .chain(self.hits(SearchHitKind::Contact, &self.contacts, &needle))
            .chain(self.hits(SearchHitKind::Visit, &self.visits, &needle))
            .take(limit)
            .collect()
    }

    /// The records of one kind containing `needle` (lower case) whose client is live.
    fn hits<'a>(
        &'a self,
        kind: SearchHitKind,
        records: &'a BTreeMap<String, Entry>,
        needle: &'a str,
    ) -> impl Iterator<Item = SearchHit> + 'a {
        records.iter().filter_map(move |(id, entry)| {
            let client = self.clients.get(entry.client_id.as_ref())?;
            Some(SearchHit {
                kind,
                id: id.clone(),
                client_id: entry.client_id.clone(),
                client_name: client.title.clone(),
                title: entry.title.clone(),
                snippet: entry.snippet(needle)?,
            })
        })
    }
}

impl ByRecord for SearchIndex {
    const COLLECTIONS: &'static [&'static str] = &[Client::COLLECTION, Contact::COLLECTION, Visit::COLLECTION];

    fn heads(&mut self) -> &mut Vec<ChangeHash> {
        &mut self.heads
    }

    /// Reads the record at `key` again: kept if live, dropped otherwise.
    fn read_record(
        &mut self,
        portfolio: &Portfolio,
        collection: &'static str,
        key: &str,
        record: Option<&ObjId>,
    ) -> Result<(), PortfolioError> {
        let entry = match collection {
            Client::COLLECTION => read_view::<ClientText>(portfolio, record)?.and_then(Entry::of_client),
            Contact::COLLECTION => read_view::<ContactText>(portfolio, record)?.and_then(Entry::of_contact),
            _ => read_view::<VisitText>(portfolio, record)?.and_then(Entry::of_visit),
        };
        let records = match collection {
            Client::COLLECTION => &mut self.clients,
            Contact::COLLECTION => &mut self.contacts,
            _ => &mut self.visits,
        };
        match entry {
            Some(entry) => records.insert(key.to_string(), entry),
            None => records.remove(key),
        };
        Ok(())
    }
}

impl Entry {
    fn new(client_id: ClientId, title: String, fields: impl IntoIterator<Item = String>) -> Entry {
        let fields = fields.into_iter().map(|field| (field.to_lowercase(), field)).map(|(lower, field)| (field, lower));
        Entry { client_id, title, fields: fields.collect() }
    }

    fn of_client(client: ClientText) -> Option<Entry> {
        (!client.removed).then(|| {
            let fields = [
                client.name.clone(),
                client.industry,
                client.address,
                client.tags.join("; "),
                client.competitor_notes.as_str().to_string(),
            ];
            Entry::new(client.id, client.name, fields)
        })
    }

    fn of_contact(contact: ContactText) -> Option<Entry> {
        (!contact.removed).then(|| {
            let fields = [
                contact.name.clone(),
                contact.title,
                contact.phones.join("; "),
                contact.email.unwrap_or_default(),
                contact.notes.as_str().to_string(),
            ];
            Entry::new(contact.client_id, contact.name, fields)
        })
    }

    fn of_visit(visit: VisitText) -> Option<Entry> {
        (!visit.removed).then(|| {
            let fields = [visit.notes.as_str().to_string(), visit.outcome];
            Entry::new(visit.client_id, visit.planned.date.to_string(), fields)
        })
    }

    /// The snippet around `needle` (lower case) in the first field containing it.
    fn snippet(&self, needle: &str) -> Option<String> {
        let (field, _) = self.fields.iter().find(|(_, lower)| lower.contains(needle))?;
        snippet(field, needle)
    }
}

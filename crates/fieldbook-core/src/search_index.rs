//! The search index behind search-as-you-type: the searchable text of every live
//! client, contact and visit, kept beside the document so that a keystroke costs
//! a scan of strings rather than a read of the whole portfolio.
//!
//! The index is derived: built from the document, and brought up to date from the
//! document's changes since the heads it was last brought to: the objects their
//! operations write name the records they touched (through the objects' parents),
//! and only those are read again. That costs in proportion to the changes, where
//! Automerge's `diff` between two heads walks the whole document. It answers exactly
//! as [`Portfolio::search`] does.

use std::collections::{BTreeMap, BTreeSet, btree_map};

use automerge::legacy::Key;
use automerge::{AutoCommit, ChangeHash, ObjId, Prop, ReadDoc};
use autosurgeon::{Hydrate, Text};

use crate::search::snippet;
use crate::{
    Client, ClientId, Contact, PlannedStart, Portfolio, PortfolioError, Record, SearchHit, SearchHitKind, Visit,
};

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

/// The kinds of record searched, each the name of its collection in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Searched {
    Clients,
    Contacts,
    Visits,
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
    /// Brings the index up to the document's current heads: built whole the first
    /// time (or when the document is not a later state of the one indexed), afterwards
    /// only the records changed since are read again.
    pub fn update(&mut self, portfolio: &mut Portfolio) -> Result<(), PortfolioError> {
        let heads = portfolio.heads();
        if heads == self.heads {
            return Ok(());
        }
        let built_on_this_history =
            !self.heads.is_empty() && self.heads.iter().all(|head| portfolio.doc.get_change_by_hash(head).is_some());
        let touched = if built_on_this_history { touched_records(&mut portfolio.doc, &self.heads)? } else { None };
        match touched {
            Some(touched) => {
                for (searched, key) in touched {
                    self.reindex(portfolio, searched, &key)?;
                }
            }
            None => self.rebuild(portfolio)?,
        }
        self.heads = heads;
        Ok(())
    }

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

    /// Reads every searched record of the document.
    fn rebuild(&mut self, portfolio: &Portfolio) -> Result<(), PortfolioError> {
        *self = SearchIndex::default();
        for searched in [Searched::Clients, Searched::Contacts, Searched::Visits] {
            let collection = portfolio.collection(searched.collection())?;
            for key in portfolio.doc.keys(&collection) {
                self.reindex(portfolio, searched, &key)?;
            }
        }
        Ok(())
    }

    /// Reads the record at `key` again: kept if live, dropped otherwise.
    fn reindex(&mut self, portfolio: &Portfolio, searched: Searched, key: &str) -> Result<(), PortfolioError> {
        let entry = match searched {
            Searched::Clients => portfolio.view::<Client, ClientText>(key)?.and_then(Entry::of_client),
            Searched::Contacts => portfolio.view::<Contact, ContactText>(key)?.and_then(Entry::of_contact),
            Searched::Visits => portfolio.view::<Visit, VisitText>(key)?.and_then(Entry::of_visit),
        };
        let records = match searched {
            Searched::Clients => &mut self.clients,
            Searched::Contacts => &mut self.contacts,
            Searched::Visits => &mut self.visits,
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

impl Searched {
    fn collection(self) -> &'static str {
        match self {
            Searched::Clients => Client::COLLECTION,
            Searched::Contacts => Contact::COLLECTION,
            Searched::Visits => Visit::COLLECTION,
        }
    }

    fn of_collection(name: &str) -> Option<Searched> {
        [Searched::Clients, Searched::Contacts, Searched::Visits].into_iter().find(|s| s.collection() == name)
    }
}

/// More operations than this since the index was brought up to date, and reading
/// the whole portfolio again is cheaper than finding the records they touched.
const MOST_OPERATIONS_FOLLOWED: usize = 20_000;

/// The searched records the changes made since `heads` touched, or `None` when a
/// full rebuild is called for: they replace a whole collection, or are many.
fn touched_records(
    doc: &mut AutoCommit,
    heads: &[ChangeHash],
) -> Result<Option<BTreeSet<(Searched, String)>>, PortfolioError> {
    let changes: Vec<_> = doc.get_changes(heads).iter().map(|change| change.decode()).collect();
    if changes.iter().map(|change| change.operations.len()).sum::<usize>() > MOST_OPERATIONS_FOLLOWED {
        return Ok(None);
    }
    let mut paths: BTreeMap<String, Vec<Prop>> = BTreeMap::new();
    let mut touched = BTreeSet::new();
    for operation in changes.iter().flat_map(|change| &change.operations) {
        let path = match paths.entry(operation.obj.to_string()) {
            btree_map::Entry::Occupied(known) => known.into_mut(),
            btree_map::Entry::Vacant(new) => {
                let object = doc.import_obj(new.key())?;
                new.insert(path_of(doc, &object)?)
            }
        };
        let key = match &operation.key {
            Key::Map(key) => Some(Prop::Map(key.to_string())),
            Key::Seq(_) => None,
        };
        let mut props = path.iter().cloned().chain(key);
        let Some(Prop::Map(collection)) = props.next() else { continue };
        let Some(searched) = Searched::of_collection(&collection) else { continue };
        match props.next() {
            Some(Prop::Map(key)) => touched.insert((searched, key)),
            _ => return Ok(None),
        };
    }
    Ok(Some(touched))
}

/// The properties leading from the root of the document to `object`.
fn path_of(doc: &AutoCommit, object: &ObjId) -> Result<Vec<Prop>, PortfolioError> {
    Ok(doc.parents(object)?.path().into_iter().map(|(_, prop)| prop).collect())
}

//! The portfolio document: one Automerge document per manager holding their
//! settings and every record, keyed by id in one map per kind of record.
//!
//! Every user action is exactly one Automerge commit with a message naming the
//! action; an action that fails validation rolls back and leaves the document
//! untouched. Records are written with `autosurgeon`, which only emits the
//! fields that changed, so concurrent edits of different fields of one record
//! both survive a merge, and `Text` fields merge character by character.
//!
//! Removing a record marks it removed (a tombstone) rather than deleting the
//! key: when one device removes a record while another edits it, the merge
//! holds the record removed *with* the other device's edit, so nothing typed is
//! lost and the record can still be exported.

use automerge::{
    ActorId, AutoCommit, ChangeHash, LoadOptions, ObjType, ROOT, ReadDoc, TextEncoding, Value, ValueRef,
    transaction::CommitOptions, transaction::Transactable,
};
use autosurgeon::{hydrate_prop, reconcile_prop};

use crate::model::upgrade::upgrade_first_wave_cases;
use crate::model::{CareLogEntry, Case, Client, Contact, PortfolioError, Record, Settings, Task, Visit};
use crate::model::{ClientId, Owner};
use crate::values::{FieldError, Problem};
use automerge::ObjId;
use autosurgeon::Hydrate;
use std::collections::BTreeMap;

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: u64 = 1;

/// Text positions are UTF-8 byte offsets, as in Rust strings and `autosurgeon::Text`.
const TEXT_ENCODING: TextEncoding = TextEncoding::Utf8CodeUnit;

const SCHEMA_KEY: &str = "schema_version";
const SETTINGS_KEY: &str = "settings";
const COLLECTIONS: [&str; 6] = [
    Client::COLLECTION,
    Contact::COLLECTION,
    Visit::COLLECTION,
    Case::COLLECTION,
    Task::COLLECTION,
    CareLogEntry::COLLECTION,
];

/// A manager's portfolio.
#[derive(Debug)]
pub struct Portfolio {
    pub(crate) doc: AutoCommit,
    saved_heads: Vec<ChangeHash>,
}

impl Portfolio {
    /// A new portfolio with `settings`, written by `actor` in one commit.
    pub fn create(settings: &Settings, actor: ActorId) -> Result<Portfolio, PortfolioError> {
        settings.validate()?;
        let mut doc = AutoCommit::new_with_encoding(TEXT_ENCODING).with_actor(actor);
        doc.put(ROOT, SCHEMA_KEY, SCHEMA_VERSION)?;
        for collection in COLLECTIONS {
            doc.put_object(ROOT, collection, ObjType::Map)?;
        }
        reconcile_prop(&mut doc, ROOT, SETTINGS_KEY, settings)?;
        doc.commit_with(CommitOptions::default().with_message("Create portfolio"));
        Ok(Portfolio { doc, saved_heads: Vec::new() })
    }

    /// Loads a portfolio from saved bytes (a snapshot, changes, or both concatenated),
    /// refusing documents that are not portfolios or come from a newer schema.
    /// First-wave cases get their timelines in a commit of their own, left unsaved.
    pub fn load(bytes: &[u8]) -> Result<Portfolio, PortfolioError> {
        let mut doc = AutoCommit::load_with_options(bytes, LoadOptions::new().text_encoding(TEXT_ENCODING))?;
        check_schema(&doc)?;
        let saved_heads = doc.get_heads();
        upgrade_first_wave_cases(&mut doc, SETTINGS_KEY)?;
        Ok(Portfolio { doc, saved_heads })
    }

    /// Sets the actor recording this device's changes.
    pub fn set_actor(&mut self, actor: ActorId) {
        self.doc.set_actor(actor);
    }

    /// The whole document, compacted.
    pub fn save(&mut self) -> Vec<u8> {
        self.doc.save()
    }

    /// Changes made or merged since the last [`Portfolio::mark_saved`], encoded so that
    /// they can be appended to what was saved before; empty when there are none.
    pub fn unsaved_changes(&mut self) -> Vec<u8> {
        self.doc.save_after(&self.saved_heads)
    }

    /// Records that everything in the document is now on durable storage.
    pub fn mark_saved(&mut self) {
        self.saved_heads = self.doc.get_heads();
    }

    /// Applies changes saved elsewhere (by another process or device), in any order;
    /// changes already present are ignored.
    pub fn apply_changes(&mut self, bytes: &[u8]) -> Result<(), PortfolioError> {
        self.doc.load_incremental(bytes)?;
        Ok(())
    }

    /// An independent copy for another device, recording with `actor`.
    pub fn fork(&mut self, actor: ActorId) -> Portfolio {
        let doc = self.doc.fork().with_actor(actor);
        Portfolio { saved_heads: Vec::new(), doc }
    }

    /// Applies every change `other` has that this one lacks.
    pub fn merge(&mut self, other: &mut Portfolio) -> Result<(), PortfolioError> {
        self.doc.merge(&mut other.doc)?;
        Ok(())
    }

    /// The heads of the document's history.
    pub fn heads(&mut self) -> Vec<ChangeHash> {
        self.doc.get_heads()
    }

    /// How many changes the document holds beyond `heads` and their history
    /// (heads the document does not know count as nothing in common).
    pub fn count_changes_since(&mut self, heads: &[ChangeHash]) -> usize {
        let known: Vec<ChangeHash> =
            heads.iter().copied().filter(|head| self.doc.get_change_by_hash(head).is_some()).collect();
        self.doc.get_changes(&known).len()
    }

    /// The commit messages of the whole history, oldest first.
    pub fn history(&mut self) -> Vec<String> {
        self.doc.get_changes(&[]).iter().filter_map(|c| c.message().map(str::to_owned)).collect()
    }

    /// The manager's settings.
    pub fn settings(&self) -> Result<Settings, PortfolioError> {
        Ok(hydrate_prop(&self.doc, ROOT, SETTINGS_KEY)?)
    }

    /// Changes the settings in one commit.
    pub fn update_settings(
        &mut self,
        change: impl FnOnce(&mut Settings) -> Result<(), FieldError>,
    ) -> Result<Settings, PortfolioError> {
        let mut settings = self.settings()?;
        change(&mut settings)?;
        settings.validate()?;
        self.act("Edit settings", |action| {
            Ok(reconcile_prop(&mut action.portfolio.doc, ROOT, SETTINGS_KEY, &settings)?)
        })?;
        Ok(settings)
    }

    /// The live (not removed) record with `id`.
    pub fn get<T: Record>(&self, id: &T::Id) -> Result<T, PortfolioError> {
        match self.get_any::<T>(id)? {
            Some(record) if !record.is_removed() => Ok(record),
            _ => Err(PortfolioError::NotFound { noun: T::NOUN, id: id.to_string() }),
        }
    }

    /// The record with `id`, removed or not.
    pub fn get_any<T: Record>(&self, id: &T::Id) -> Result<Option<T>, PortfolioError> {
        self.view::<T, T>(id.as_ref())
    }

    /// Every live record of a kind, ordered by id.
    pub fn records<T: Record>(&self) -> Result<Vec<T>, PortfolioError> {
        let mut records = self.all_records::<T>()?;
        records.retain(|r| !r.is_removed());
        Ok(records)
    }

    /// Every record of a kind including removed ones, ordered by id.
    pub fn all_records<T: Record>(&self) -> Result<Vec<T>, PortfolioError> {
        self.views::<T, T>()
    }

    /// Every record of a kind (removed ones too) read as `V`, a view with only some of
    /// its fields: autosurgeon reads only the fields `V` declares. Ordered by id.
    /// One pass over the collection hands each record's object over, rather than
    /// looking each key up among thousands.
    pub fn views<T: Record, V: autosurgeon::Hydrate>(&self) -> Result<Vec<V>, PortfolioError> {
        Ok(self.keyed_views::<T, V>()?.into_iter().map(|(_, view)| view).collect())
    }

    /// [`Portfolio::views`] with each record's id, for views that leave the id out.
    pub fn keyed_views<T: Record, V: autosurgeon::Hydrate>(&self) -> Result<Vec<(String, V)>, PortfolioError> {
        let collection = self.collection(T::COLLECTION)?;
        self.doc
            .map_range(&collection, ..)
            .map(|item| {
                let view = match item.value {
                    ValueRef::Object(ObjType::Map) => V::hydrate_map(&self.doc, &item.id())?,
                    _ => hydrate_prop(&self.doc, &collection, item.key.as_ref())?,
                };
                Ok((item.key.into_owned(), view))
            })
            .collect()
    }

    /// The record of a kind with `key` read as the view `V`, removed or not; `None` when
    /// the collection has no such key.
    pub fn view<T: Record, V: autosurgeon::Hydrate>(&self, key: &str) -> Result<Option<V>, PortfolioError> {
        let collection = self.collection(T::COLLECTION)?;
        // autosurgeon hydrates an absent key as an error, not as `None`.
        if self.doc.get(&collection, key)?.is_none() {
            return Ok(None);
        }
        Ok(Some(hydrate_prop(&self.doc, &collection, key)?))
    }

    /// The id of the live record whose id is `text` or starts with `text`.
    pub fn find<T: Record>(&self, text: &str) -> Result<T::Id, PortfolioError> {
        let text = text.trim();
        let not_found = || PortfolioError::NotFound { noun: T::NOUN, id: text.to_string() };
        if text.is_empty() {
            return Err(not_found());
        }
        let collection = self.collection(T::COLLECTION)?;
        let candidates: Vec<String> = self.doc.keys(&collection).filter(|k| k.starts_with(text)).collect();
        let live: Vec<&String> =
            candidates.iter().filter(|key| self.get::<T>(&T::Id::from((*key).clone())).is_ok()).collect();
        match live.as_slice() {
            [] => Err(not_found()),
            [one] => Ok(T::Id::from((*one).clone())),
            many if many.iter().any(|k| k.as_str() == text) => Ok(T::Id::from(text.to_string())),
            many => Err(PortfolioError::Ambiguous {
                noun: T::NOUN,
                prefix: text.to_string(),
                matches: many.iter().take(5).map(|k| k.as_str()).collect::<Vec<_>>().join(", "),
            }),
        }
    }

    /// Runs one user action: everything `action` writes becomes one commit with
    /// `message`, or, if it fails, nothing at all.
    pub fn act<R>(
        &mut self,
        message: impl Into<String>,
        action: impl FnOnce(&mut Action<'_>) -> Result<R, PortfolioError>,
    ) -> Result<R, PortfolioError> {
        match action(&mut Action { portfolio: self }) {
            Ok(result) => {
                self.doc.commit_with(CommitOptions::default().with_message(message.into()));
                Ok(result)
            }
            Err(error) => {
                self.doc.rollback();
                Err(error)
            }
        }
    }

    /// Adds a new record in one commit.
    pub fn add<T: Record>(&mut self, record: T) -> Result<T::Id, PortfolioError> {
        let id = record.id().clone();
        self.act(format!("Add {} {id}", T::NOUN), |action| action.insert(&record))?;
        Ok(id)
    }

    /// Changes a live record in one commit; `verb` names the action in the commit message
    /// ("Edit", "Cancel", "Check in at").
    pub fn update<T: Record>(
        &mut self,
        id: &T::Id,
        verb: &str,
        change: impl FnOnce(&mut T) -> Result<(), FieldError>,
    ) -> Result<T, PortfolioError> {
        self.act(format!("{verb} {} {id}", T::NOUN), |action| action.update(id, change))
    }

    /// Marks a live record removed, in one commit.
    pub fn remove<T: Record>(&mut self, id: &T::Id) -> Result<(), PortfolioError> {
        self.update::<T>(id, "Remove", |record| {
            record.mark_removed();
            Ok(())
        })
        .map(|_| ())
    }

    /// The entries of every map stored under the root key `key` (more than one
    /// after concurrent creation); a key held by two is read from the map that
    /// wins the conflict, the one [`Action::root_map`] writes to.
    pub(crate) fn union_of_maps<T: Hydrate>(&self, key: &str) -> Result<BTreeMap<String, T>, PortfolioError> {
        self.union_of_maps_by(key, |_, _| false)
    }

    /// Like [`Portfolio::union_of_maps`], but a later map's value replaces the
    /// one read so far when `replaces(read, later)` says so.
    pub(crate) fn union_of_maps_by<T: Hydrate>(
        &self,
        key: &str,
        replaces: impl Fn(&T, &T) -> bool,
    ) -> Result<BTreeMap<String, T>, PortfolioError> {
        // `get_all` lists the conflict's winner last.
        let maps = self
            .doc
            .get_all(ROOT, key)?
            .into_iter()
            .rev()
            .filter_map(|(value, id)| matches!(value, Value::Object(ObjType::Map)).then_some(id));
        let mut union: BTreeMap<String, T> = BTreeMap::new();
        for map in maps {
            for entry in self.doc.keys(&map) {
                let value: T = hydrate_prop(&self.doc, &map, entry.as_str())?;
                match union.get(&entry) {
                    Some(read) if !replaces(read, &value) => {}
                    _ => {
                        union.insert(entry, value);
                    }
                }
            }
        }
        Ok(union)
    }

    /// The live records of a kind (contacts, visits) of `client`, read whole; the
    /// others are read only as far as their client.
    pub(crate) fn records_of<T: Record>(&self, client: &ClientId) -> Result<Vec<T>, PortfolioError> {
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

    pub(crate) fn collection(&self, name: &'static str) -> Result<automerge::ObjId, PortfolioError> {
        match self.doc.get(ROOT, name)? {
            Some((Value::Object(ObjType::Map), id)) => Ok(id),
            _ => Err(PortfolioError::NotAPortfolio(format!("the '{name}' map is missing"))),
        }
    }
}

/// Refuses documents without a schema version or with a newer one.
fn check_schema(doc: &AutoCommit) -> Result<(), PortfolioError> {
    let found = match doc.get(ROOT, SCHEMA_KEY)? {
        Some((Value::Scalar(scalar), _)) => scalar.as_u64(),
        _ => None,
    };
    match found {
        None => Err(PortfolioError::NotAPortfolio("it has no schema version".into())),
        Some(found) if found > SCHEMA_VERSION => Err(PortfolioError::NewerSchema { found, supported: SCHEMA_VERSION }),
        Some(_) => Ok(()),
    }
}

/// A user action in progress (see [`Portfolio::act`]). Reads through it see its own writes.
pub struct Action<'a> {
    pub(crate) portfolio: &'a mut Portfolio,
}

impl Action<'_> {
    /// The portfolio as the action has changed it so far.
    pub fn portfolio(&self) -> &Portfolio {
        self.portfolio
    }

    /// Writes a new record after checking its fields, that its id is unused and
    /// that what it points to exists.
    pub fn insert<T: Record>(&mut self, record: &T) -> Result<(), PortfolioError> {
        record.validate()?;
        if self.portfolio.get_any::<T>(record.id())?.is_some() {
            return Err(FieldError::refused("id", Problem::IdInUse { id: record.id().to_string() }).into());
        }
        self.write(record)
    }

    /// Changes a live record and writes the fields that changed.
    pub fn update<T: Record>(
        &mut self,
        id: &T::Id,
        change: impl FnOnce(&mut T) -> Result<(), FieldError>,
    ) -> Result<T, PortfolioError> {
        let mut record = self.portfolio.get::<T>(id)?;
        change(&mut record)?;
        record.validate()?;
        self.write(&record)?;
        Ok(record)
    }

    /// The map under the root key `key`, created if the document has none.
    pub(crate) fn root_map(&mut self, key: &str) -> Result<ObjId, PortfolioError> {
        Ok(match self.portfolio.doc.get(ROOT, key)? {
            Some((Value::Object(ObjType::Map), map)) => map,
            _ => self.portfolio.doc.put_object(ROOT, key, ObjType::Map)?,
        })
    }

    fn write<T: Record>(&mut self, record: &T) -> Result<(), PortfolioError> {
        record.check_references(self.portfolio)?;
        let collection = self.portfolio.collection(T::COLLECTION)?;
        Ok(reconcile_prop(&mut self.portfolio.doc, &collection, record.id().as_ref(), record)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClientId, Tier};
    use crate::values::Region;

    fn portfolio() -> Portfolio {
        Portfolio::create(&Settings::new("Li Na", Region::Cn), ActorId::random()).expect("create")
    }

    /// Regression: `get_any` hydrated a missing key as `Option<T>`, which autosurgeon
    /// 0.14 refuses ("expected a ScalarValue::Null, found nothing at all"), so
    /// every `add` failed and `get` of an unknown id failed with a document error.
    #[test]
    fn adding_a_record_checks_its_id_is_unused_without_failing() {
        let mut portfolio = portfolio();
        let id = ClientId::from("cl_k3v9q2m7xa".to_string());
        assert!(portfolio.get_any::<Client>(&id).expect("a missing id is not an error").is_none());
        assert!(matches!(portfolio.get::<Client>(&id), Err(PortfolioError::NotFound { noun: "client", .. })));

        portfolio.add(Client::new(id.clone(), "华东电力集团", Tier::A)).expect("add");
        assert_eq!(portfolio.get::<Client>(&id).expect("added").name, "华东电力集团");
        assert!(portfolio.add(Client::new(id, "again", Tier::A)).expect_err("id in use").is_bad_input());
    }
}

//! Views derived from the document and kept beside it (the search index, the
//! client list): what each must read again to reach the document's current heads.
//!
//! A derived view records the heads it was last brought up to. The changes made
//! since then name the records they touched: each operation writes an object whose
//! path from the root (through the objects' parents) starts with a collection and a
//! record's key. Only those records are read again, in proportion to the changes,
//! where Automerge's `diff` between two heads walks the whole document. Heads the
//! document does not know, an operation on a whole collection, or very many
//! operations call for reading everything again.

use std::collections::{BTreeMap, BTreeSet, btree_map};

use automerge::legacy::Key;
use automerge::{AutoCommit, ChangeHash, ObjId, ObjType, Prop, ReadDoc, Value, ValueRef};
use autosurgeon::Hydrate;

use crate::model::{Portfolio, PortfolioError};

/// A view of the portfolio derived from its document and brought up to date with it.
pub trait Derived: Default {
    /// Brings the view up to the document's current heads: read whole the first time
    /// (or when the document is not a later state of the one it was read from),
    /// afterwards only the records changed since are read again. Reads the document,
    /// never changes it.
    fn update(&mut self, portfolio: &mut Portfolio) -> Result<(), PortfolioError>;
}

/// A derived view made of what it reads from single records of some collections.
pub(crate) trait ByRecord: Default {
    /// The collections whose records the view reads.
    const COLLECTIONS: &'static [&'static str];

    /// The heads the view was last brought up to; empty before the first time.
    fn heads(&mut self) -> &mut Vec<ChangeHash>;

    /// Reads the record at `key` of `collection` again (see [`read_view`]): `record` is
    /// its object, `None` when the key holds no record.
    fn read_record(
        &mut self,
        portfolio: &Portfolio,
        collection: &'static str,
        key: &str,
        record: Option<&ObjId>,
    ) -> Result<(), PortfolioError>;
}

impl<V: ByRecord> Derived for V {
    fn update(&mut self, portfolio: &mut Portfolio) -> Result<(), PortfolioError> {
        let heads = portfolio.heads();
        match catch_up(portfolio, self.heads(), V::COLLECTIONS)? {
            CatchUp::Current => return Ok(()),
            CatchUp::Records(touched) => {
                for (collection, key) in touched {
                    let record = match portfolio.doc.get(portfolio.collection(collection)?, key.as_str())? {
                        Some((Value::Object(ObjType::Map), record)) => Some(record),
                        _ => None,
                    };
                    self.read_record(portfolio, collection, &key, record.as_ref())?;
                }
            }
            CatchUp::Everything => *self = read_whole(portfolio)?,
        }
        *self.heads() = heads;
        Ok(())
    }
}

/// The view `V` read from every record of its collections, for a portfolio read once;
/// [`Derived::update`] brings it up to date afterwards (reading it whole again the first time).
pub(crate) fn read_whole<V: ByRecord>(portfolio: &Portfolio) -> Result<V, PortfolioError> {
    let mut view = V::default();
    // One pass over each collection hands every record's object over, rather than
    // looking each key up among thousands.
    for collection in V::COLLECTIONS {
        for item in portfolio.doc.map_range(portfolio.collection(collection)?, ..) {
            let record = matches!(item.value, ValueRef::Object(ObjType::Map)).then(|| item.id());
            view.read_record(portfolio, collection, &item.key, record.as_ref())?;
        }
    }
    Ok(view)
}

/// The record `record` (a map object of a collection) read as the view `V`, which
/// reads only the fields it declares; `None` for no record.
pub(crate) fn read_view<V: Hydrate>(
    portfolio: &Portfolio,
    record: Option<&ObjId>,
) -> Result<Option<V>, PortfolioError> {
    Ok(record.map(|record| V::hydrate_map(&portfolio.doc, record)).transpose()?)
}

/// What a derived view must read again to reach the document's current heads.
#[derive(Debug)]
enum CatchUp {
    /// Nothing changed since.
    Current,
    /// Only these records changed: `(collection, key)`.
    Records(BTreeSet<(&'static str, String)>),
    /// Every record must be read again.
    Everything,
}

/// More operations than this since the view was brought up to date, and reading
/// the whole portfolio again is cheaper than finding the records they touched.
const MOST_OPERATIONS_FOLLOWED: usize = 20_000;

/// What a view of the records in `collections`, brought up to `heads`, must read
/// again to reach the document's current heads.
fn catch_up(
    portfolio: &mut Portfolio,
    heads: &[ChangeHash],
    collections: &[&'static str],
) -> Result<CatchUp, PortfolioError> {
    if portfolio.heads() == heads {
        return Ok(CatchUp::Current);
    }
    let known = !heads.is_empty() && heads.iter().all(|head| portfolio.doc.get_change_by_hash(head).is_some());
    if !known {
        return Ok(CatchUp::Everything);
    }
    Ok(touched_records(&mut portfolio.doc, heads, collections)?.map_or(CatchUp::Everything, CatchUp::Records))
}

/// The records of `collections` the changes made since `heads` touched, or `None`
/// when they replace a whole collection, or are many.
fn touched_records(
    doc: &mut AutoCommit,
    heads: &[ChangeHash],
    collections: &[&'static str],
) -> Result<Option<BTreeSet<(&'static str, String)>>, PortfolioError> {
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
        let Some(collection) = collections.iter().find(|c| **c == collection) else { continue };
        match props.next() {
            Some(Prop::Map(key)) => touched.insert((*collection, key)),
            _ => return Ok(None),
        };
    }
    Ok(Some(touched))
}

/// The properties leading from the root of the document to `object`.
fn path_of(doc: &AutoCommit, object: &ObjId) -> Result<Vec<Prop>, PortfolioError> {
    Ok(doc.parents(object)?.path().into_iter().map(|(_, prop)| prop).collect())
}

//! The columns of a kind of record's CSV file, from its field table: the id,
//! the client it belongs to (for contacts and visits), then every field in the
//! table's order, a field that spreadsheets keep apart (latitude and longitude)
//! as its columns. The importer reads by these columns and the export writes
//! them, so a file written by one is read by the other.

use fieldbook_core::{FieldName, Fields, Record, field_text};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot<F> {
    /// The record's id.
    Id,
    /// The client the record belongs to, by id (or, in an import, by name).
    Client,
    /// A field, whole.
    Field(F),
    /// One of the columns of a field kept apart.
    Part(F, usize),
}

/// One column: its English header, the other headers that name it, and what it holds.
pub(crate) struct ColumnDef<F: 'static> {
    pub(crate) name: &'static str,
    pub(crate) aliases: &'static [&'static str],
    pub(crate) slot: Slot<F>,
}

/// A kind of record as a CSV file: the record's own id and client columns, and its field table.
pub(crate) trait CsvRecord: Record + Fields {
    /// Other headers naming the id column.
    const ID_ALIASES: &'static [&'static str];
    /// The client column's header and its other headers, for a record that belongs to a client.
    const CLIENT_COLUMN: Option<(&'static str, &'static [&'static str])>;

    /// The id of the client it belongs to, if it belongs to one.
    fn client_id(&self) -> Option<String>;
}

/// Every column of `R`'s file, in order.
pub(crate) fn columns<R: CsvRecord>() -> Vec<ColumnDef<R::Field>> {
    let mut columns = vec![ColumnDef { name: "id", aliases: R::ID_ALIASES, slot: Slot::Id }];
    if let Some((name, aliases)) = R::CLIENT_COLUMN {
        columns.push(ColumnDef { name, aliases, slot: Slot::Client });
    }
    for field in R::Field::ALL.iter().copied() {
        let spec = R::spec(field);
        match spec.split {
            Some(split) => columns.extend(split.columns.iter().enumerate().map(|(index, column)| ColumnDef {
                name: column.name,
                aliases: column.aliases,
                slot: Slot::Part(field, index),
            })),
            None => columns.push(ColumnDef { name: field.name(), aliases: spec.aliases, slot: Slot::Field(field) }),
        }
    }
    columns
}

/// The cell `record` has in the column holding `slot`.
pub(crate) fn cell<R: CsvRecord>(record: &R, slot: Slot<R::Field>) -> String {
    match slot {
        Slot::Id => record.id().to_string(),
        Slot::Client => record.client_id().unwrap_or_default(),
        Slot::Field(field) => field_text(record, field),
        Slot::Part(field, index) => R::spec(field)
            .split
            .and_then(|split| split.columns.get(index))
            .map(|column| (column.show)(record))
            .unwrap_or_default(),
    }
}

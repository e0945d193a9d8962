//! Printing listings as a table for people or JSON for programs.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use crate::cli::Format;

/// A listing: rows for the table, the records themselves for JSON.
pub struct Listing<'a, T: Serialize> {
    /// Column headers of the table.
    pub headers: &'a [&'a str],
    /// The records, printed whole as JSON.
    pub records: &'a [T],
    /// One table row per record.
    pub row: fn(&T) -> Vec<String>,
}

impl<T: Serialize> Listing<'_, T> {
    /// Prints the listing to standard output in `format`.
    pub fn print(&self, format: Format) -> anyhow::Result<()> {
        let text = match format {
            Format::Json => serde_json::to_string_pretty(self.records)?,
            Format::Table => self.table().to_string(),
        };
        writeln!(std::io::stdout().lock(), "{text}")?;
        Ok(())
    }

    fn table(&self) -> Table {
        let mut table = Table::new();
        table.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
        table.set_header(self.headers.to_vec());
        for record in self.records {
            table.add_row((self.row)(record));
        }
        table
    }
}

/// An optional value as table text.
pub fn or_blank<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

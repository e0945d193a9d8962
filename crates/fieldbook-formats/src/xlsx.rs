//! The portfolio as one Excel workbook for the lead's spreadsheets: a sheet per kind of
//! record — the same tables as the CSV export, in the same order — its name and
//! column headers in the manager's language, the header row bold and frozen.
//!
//! Every cell is written as text, never as a formula, so a value that begins with
//! `=`, `+`, `-` or `@` (a phone `+48 600 100 200`, a client named `=HYPERLINK(…)`) is
//! shown as it is and opening the workbook runs nothing.

use fieldbook_core::{Instant, Language, Portfolio};
use fieldbook_i18n::Messages;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::interchange::{ExportError, Table, encode_error, tables};

/// The widest a column is made, in characters.
const WIDEST_COLUMN: usize = 48;

/// The workbook of `portfolio`'s live records, cases as they stand at `now`, in `language`.
pub fn export_xlsx(portfolio: &Portfolio, now: Instant, language: Language) -> Result<Vec<u8>, ExportError> {
    let words = Messages::new(language);
    let mut workbook = Workbook::new();
    let header = Format::new().set_bold();
    for table in tables(portfolio, now)? {
        let sheet = workbook.add_worksheet();
        write_sheet(sheet, &table, &words, &header).map_err(|e| encode_error("the workbook", e))?;
    }
    workbook.save_to_buffer().map_err(|e| encode_error("the workbook", e))
}

fn write_sheet(sheet: &mut Worksheet, table: &Table, words: &Messages, header: &Format) -> Result<(), XlsxError> {
    sheet.set_name(sheet_name(table.name, words))?;
    for (column, name) in (0u16..).zip(&table.header) {
        sheet.write_string_with_format(0, column, column_name(name, words), header)?;
    }
    for (row, cells) in (1u32..).zip(&table.rows) {
        for (column, cell) in (0u16..).zip(cells) {
            sheet.write_string(row, column, cell)?;
        }
    }
    for (column, name) in (0u16..).zip(&table.header) {
        let widest = table.rows.iter().filter_map(|row| row.get(usize::from(column))).map(|cell| cell.chars().count());
        let width = widest.chain([column_name(name, words).chars().count()]).max().unwrap_or(8);
        sheet.set_column_width(column, width.clamp(8, WIDEST_COLUMN) as f64 + 1.0)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The sheet of a table in the manager's words: `Klienci`, `客户`.
pub(crate) fn sheet_name(table: &str, words: &Messages) -> String {
    words.find(&format!("export-sheet-{table}"), &[]).unwrap_or_else(|| table.to_owned())
}

/// A column's header in the manager's words: the field's name as the app shows it
/// (`field-tier`), else the export's own (`column-opened_at`), else the English name.
pub(crate) fn column_name(column: &str, words: &Messages) -> String {
    words
        .find(&format!("field-{column}"), &[])
        .or_else(|| words.find(&format!("column-{column}"), &[]))
        .unwrap_or_else(|| column.to_owned())
}

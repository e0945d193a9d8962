//! A sheet of an Excel workbook (.xlsx, .xlsm, read by calamine) as the import's
//! rows (see [`crate::import`]): each row numbered as Excel shows it, and each cell
//! written out as the text a manager would have typed into a CSV file, so the
//! columns' readers take it as they take CSV cells.
//!
//! Cells are read as Excel stores them, not as their format shows them: a date
//! is `2025-01-01` whatever its display format (`2025/1/1`), a number the
//! shortest text of its value at Excel's 15 significant digits (`12500` for
//! `12,500.00`, a phone `13800000000`, `0.3` for a sum stored as
//! `0.30000000000000004`), a boolean `yes` or `no`. A cell holding an error
//! (`#N/A`) is no value: the row is refused naming the cell (`E7`).

use std::io::Cursor;

use calamine::{Data, ExcelDateTime, Range, Reader, Xlsx};

use crate::import::{ImportError, SourceCell, SourceRow};

/// The significant digits Excel keeps of a number.
const EXCEL_DIGITS: usize = 15;

/// One sheet of a workbook, read for the import.
pub struct Sheet {
    name: String,
    rows: Vec<SourceRow>,
}

impl Sheet {
    /// The sheet's name, as its tab shows it.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Its rows with a value, each with the row number Excel shows.
    pub(crate) fn rows(&self) -> &[SourceRow] {
        &self.rows
    }
}

/// Reads the sheet named `name` (matched ignoring case when no sheet has it exactly)
/// of the workbook in `bytes`, or without a name its first sheet. A workbook without
/// that sheet is refused naming the sheets it has.
pub fn read_sheet(bytes: &[u8], name: Option<&str>) -> Result<Sheet, ImportError> {
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let sheets = workbook.sheet_names();
    let chosen = match name {
        None => sheets.first().ok_or(ImportError::Empty)?.clone(),
        Some(wanted) => sheet_named(&sheets, wanted)
            .ok_or_else(|| ImportError::NoSuchSheet { name: wanted.to_owned(), sheets: sheets.clone() })?,
    };
    let range = workbook.worksheet_range(&chosen).map_err(unreadable)?;
    Ok(Sheet { rows: rows_of(&range), name: chosen })
}

/// The sheet named `wanted`: exactly, else ignoring case as Excel does.
fn sheet_named(sheets: &[String], wanted: &str) -> Option<String> {
    let exactly = sheets.iter().find(|sheet| *sheet == wanted);
    exactly.or_else(|| sheets.iter().find(|sheet| sheet.to_lowercase() == wanted.to_lowercase())).cloned()
}

fn unreadable(error: calamine::XlsxError) -> ImportError {
    ImportError::Workbook { reason: error.to_string() }
}

/// The rows of `range` that hold a value, numbered from where the range starts in
/// the sheet (it starts at its first cell with a value, past empty rows and columns).
fn rows_of(range: &Range<Data>) -> Vec<SourceRow> {
    let Some((first_row, first_column)) = range.start() else { return Vec::new() };
    range
        .rows()
        .zip(first_row..)
        .filter(|(cells, _)| cells.iter().any(has_content))
        .map(|(cells, row)| {
            let cells = cells.iter().zip(first_column..).map(|(data, column)| cell_of(data, row, column)).collect();
            SourceRow { line: row as usize + 1, cells }
        })
        .collect()
}

fn has_content(data: &Data) -> bool {
    match data {
        Data::Empty => false,
        Data::String(text) => !text.trim().is_empty(),
        _ => true,
    }
}

/// The cell at (`row`, `column`), from 0, as text, or the error it holds.
fn cell_of(data: &Data, row: u32, column: u32) -> SourceCell {
    SourceCell::Text(match data {
        Data::Empty => String::new(),
        Data::String(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) => number_text(*number),
        Data::Bool(yes) => (if *yes { "yes" } else { "no" }).to_owned(),
        Data::DateTime(moment) => date_time_text(moment),
        Data::DateTimeIso(text) => text.strip_suffix("T00:00:00").unwrap_or(text).to_owned(),
        Data::Error(error) => {
            return SourceCell::Error {
                at: format!("{}{}", column_letters(column), row + 1),
                error: error.to_string(),
            };
        }
    })
}

/// A number as Excel keeps it, at 15 significant digits, written the shortest way that
/// reads back as that value and without an exponent: `12500`, `0.3`, `13800000000`.
fn number_text(number: f64) -> String {
    let kept: f64 = format!("{number:.prec$e}", prec = EXCEL_DIGITS - 1).parse().unwrap_or(number);
    // No `-0`.
    if kept == 0.0 { "0".to_owned() } else { kept.to_string() }
}

/// A date `2025-01-01`, a time of day `09:30`, both `2025-01-01 09:30`, or a duration `36:00`.
fn date_time_text(moment: &ExcelDateTime) -> String {
    let (year, month, day, hour, minute, second, _) = moment.to_ymd_hms_milli();
    let date = format!("{year:04}-{month:02}-{day:02}");
    let time =
        if second == 0 { format!("{hour:02}:{minute:02}") } else { format!("{hour:02}:{minute:02}:{second:02}") };
    if moment.is_duration() {
        let hours = (moment.as_f64() * 24.0).floor();
        format!("{hours}:{minute:02}")
    } else if moment.as_f64() < 1.0 {
        time
    } else if (hour, minute, second) == (0, 0, 0) {
        date
    } else {
        format!("{date} {time}")
    }
}

/// The letters Excel names a column by, from 0: `A`, `Z`, `AA`.
fn column_letters(column: u32) -> String {
    let mut letters = Vec::new();
    let mut rest = column + 1;
    while rest > 0 {
        let digit = (rest - 1) % 26;
        letters.push(char::from(b'A' + digit as u8));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect()
}

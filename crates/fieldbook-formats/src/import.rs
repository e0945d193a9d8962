//! Import of clients and contacts as managers keep them in spreadsheets: a CSV
//! file or a sheet of an Excel workbook.
//!
//! The rows come from a source: CSV text (see [`crate::csv_text`]), decoded first
//! here (UTF-8 with or without a byte-order mark, UTF-16 with one, or the
//! GB18030/GBK that Excel writes on Chinese Windows), or a workbook's sheet (see
//! [`crate::sheet`]). Either gives each row's line as the manager sees it (the
//! file's physical line, the row number Excel shows) and its cells as text. From
//! there on both are one: headers are matched in English, Chinese or Polish, and
//! then every row is checked — each cell and the record as a whole — before
//! anything is written. An import is all or nothing: a single bad row and no
//! record is added, and the error lists every bad row by its line, so the manager
//! can fix the spreadsheet in one pass.
//!
//! The columns and how each cell is read come from the records' field tables
//! (see [`crate::columns`]), so a cell takes the spellings `set_field` takes.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::collections::hash_map::{Entry, HashMap};
use std::fmt;
use std::hash::Hash;

use encoding_rs::Encoding;
use fieldbook_core::{
    Client, ClientField, ClientId, Contact, ContactField, ContactId, FieldName, Portfolio, PortfolioError, Reading,
    Record, RecordId, Tier, name_key, set_known_field,
};
use thiserror::Error;

use crate::columns::{ColumnDef, CsvRecord, Slot, columns};
use crate::csv_text::csv_rows;
use crate::formula::unguarded;
use crate::reimport::{ClientImport, ClientRow, apply_import, plan_import};
use crate::sheet::Sheet;

/// The text encoding a CSV file was found to be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceEncoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 starting with a byte-order mark (Excel's "CSV UTF-8").
    Utf8WithBom,
    /// UTF-16 little-endian, with a byte-order mark (Excel's "Unicode text").
    Utf16Le,
    /// UTF-16 big-endian, with a byte-order mark.
    Utf16Be,
    /// GB18030, a superset of GBK: what Excel writes as "CSV" on Chinese Windows.
    Gb18030,
}

impl fmt::Display for SourceEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SourceEncoding::Utf8 => "UTF-8",
            SourceEncoding::Utf8WithBom => "UTF-8 with BOM",
            SourceEncoding::Utf16Le => "UTF-16LE",
            SourceEncoding::Utf16Be => "UTF-16BE",
            SourceEncoding::Gb18030 => "GB18030",
        })
    }
}

/// One problem found in a data row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The physical line of the file where the row starts, the header being line 1;
    /// in a workbook, the row number Excel shows.
    pub line: usize,
    /// The field at fault (its English column name, `tier`), when one is.
    pub field: Option<String>,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "line {}: {field}: {}", self.line, self.reason),
            None => write!(f, "line {}: {}", self.line, self.reason),
        }
    }
}

impl std::error::Error for RowError {}

/// What is wrong with one header cell, or a column that is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderProblem {
    /// A header that names no known column.
    Unknown(String),
    /// Two headers naming the same column (`name` and `客户名称`).
    Repeated {
        /// The column's English name.
        column: &'static str,
        /// The second header naming it, as written.
        header: String,
    },
    /// A required column that no header names.
    Missing(&'static str),
    /// A header line whose cells are all empty.
    Blank,
}

impl fmt::Display for HeaderProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderProblem::Unknown(header) => write!(f, "unknown column '{header}'"),
            HeaderProblem::Repeated { column, header } => write!(f, "column '{header}' repeats the {column} column"),
            HeaderProblem::Missing(column) => write!(f, "the required column '{column}' is missing"),
            HeaderProblem::Blank => f.write_str("the header line names no columns"),
        }
    }
}

/// Why a file could not be imported. Nothing was written.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The bytes are not text in any encoding Fieldbook reads.
    #[error(
        "the file is not UTF-8, UTF-16 or GB18030 text; save it from the spreadsheet as \"CSV UTF-8\" and import it again"
    )]
    Undecodable,
    /// The bytes start with a byte-order mark but do not follow its encoding.
    #[error("the file starts with a {0} byte-order mark but is not valid {0} text")]
    BrokenEncoding(SourceEncoding),
    /// The file has no header line.
    #[error("the file is empty")]
    Empty,
    /// The header line is wrong; every problem is listed.
    #[error("line {line}: {}; the columns are: {}", list(problems, "; "), expected.join(", "))]
    Header {
        /// The line of the header.
        line: usize,
        /// Everything wrong with it.
        problems: Vec<HeaderProblem>,
        /// The English names of the columns this kind of file may have.
        expected: Vec<&'static str>,
    },
    /// The file has a header but no data rows.
    #[error("the file has a header but no data rows")]
    NoRows,
    /// A quote opens a cell and is never closed: the rest of the file would be that one cell.
    #[error(
        "line {line}: the quote (\") opening a cell here is never closed, so the rest of the file would be that one cell; close it, and double a quote inside a cell (\"\")"
    )]
    UnclosedQuote {
        /// The line of the opening quote.
        line: usize,
    },
    /// The text is not CSV.
    #[error("line {line}: not readable as CSV: {reason}")]
    Csv {
        /// Where reading stopped.
        line: usize,
        /// What the CSV reader said.
        reason: String,
    },
    /// The bytes are not an Excel workbook Fieldbook reads.
    #[error("the file is not an Excel workbook (.xlsx) Fieldbook can read: {reason}")]
    Workbook {
        /// What the workbook reader said.
        reason: String,
    },
    /// The workbook has no sheet of the name asked for.
    #[error("the workbook has no sheet '{name}'; its sheets are: {}", sheets.join(", "))]
    NoSuchSheet {
        /// The name asked for.
        name: String,
        /// The names of the sheets it has, in order.
        sheets: Vec<String>,
    },
    /// A vCard file breaks off: a card that does not end, a line that is no property.
    #[error("line {line}: not readable as a vCard: {reason}")]
    Card {
        /// The line of the card's `BEGIN:VCARD`.
        line: usize,
        /// What the vCard reader said.
        reason: String,
    },
    /// A backup that is not JSON, or not of the export's shape.
    #[error("line {line}, column {column}: not a Fieldbook backup: {reason}")]
    Json {
        /// Where reading stopped.
        line: usize,
        /// The column there.
        column: usize,
        /// What the JSON reader said.
        reason: String,
    },
    /// JSON that is not a Fieldbook export.
    #[error("the file's format is '{format}', not a Fieldbook backup (fieldbook export json)")]
    NotABackup {
        /// The format it names.
        format: String,
    },
    /// A backup of another schema version.
    #[error("the backup is of schema version {found}; this Fieldbook restores version {supported}")]
    SchemaVersion {
        /// The backup's version.
        found: u64,
        /// The one this build writes and reads.
        supported: u64,
    },
    /// Records of a backup the portfolio refuses; every one is listed.
    #[error("{} in the backup, nothing was restored:\n{}", count(.0.len(), "problem"), .0.join("\n"))]
    BadRecords(Vec<String>),
    /// A vCard file without a card.
    #[error("the file holds no vCard (BEGIN:VCARD … END:VCARD)")]
    NoCards,
    /// Some rows are bad; every problem of every row is listed.
    #[error("{} in the file, nothing was imported:\n{}", count(.0.len(), "problem"), list(.0, "\n"))]
    Rows(Vec<RowError>),
    /// The portfolio could not be read.
    #[error(transparent)]
    Portfolio(Box<PortfolioError>),
}

impl From<PortfolioError> for ImportError {
    fn from(error: PortfolioError) -> ImportError {
        ImportError::Portfolio(Box::new(error))
    }
}

fn list<T: fmt::Display>(items: &[T], separator: &str) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(separator)
}

pub(crate) fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// Decodes a CSV file's bytes into text and says which encoding they were in.
///
/// A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE) and is dropped; without
/// one, bytes that are valid UTF-8 are UTF-8, and anything else is read as GB18030.
pub fn decode_csv(bytes: &[u8]) -> Result<(String, SourceEncoding), ImportError> {
    let with_bom = [
        (&b"\xEF\xBB\xBF"[..], encoding_rs::UTF_8, SourceEncoding::Utf8WithBom),
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE, SourceEncoding::Utf16Le),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE, SourceEncoding::Utf16Be),
    ];
    for (bom, encoding, source) in with_bom {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let text = decode_strictly(encoding, rest).ok_or(ImportError::BrokenEncoding(source))?;
            return Ok((text, source));
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), SourceEncoding::Utf8));
    }
    let text = decode_strictly(encoding_rs::GB18030, bytes).ok_or(ImportError::Undecodable)?;
    Ok((text, SourceEncoding::Gb18030))
}

/// The text, or `None` when any byte sequence is not valid in `encoding`.
fn decode_strictly(encoding: &'static Encoding, bytes: &[u8]) -> Option<String> {
    encoding.decode_without_bom_handling_and_without_replacement(bytes).map(Cow::into_owned)
}

/// Where an import's rows come from: CSV text, or a sheet of a workbook.
#[derive(Clone, Copy)]
pub enum Spreadsheet<'a> {
    /// CSV text, decoded (see [`decode_csv`]).
    Csv(&'a str),
    /// A sheet of an Excel workbook (see [`crate::read_sheet`]).
    Sheet(&'a Sheet),
}

impl<'a> Spreadsheet<'a> {
    /// Its rows with the lines the manager sees them on.
    fn rows(self) -> Result<Cow<'a, [SourceRow]>, ImportError> {
        match self {
            Spreadsheet::Csv(text) => Ok(Cow::Owned(csv_rows(text)?)),
            Spreadsheet::Sheet(sheet) => Ok(Cow::Borrowed(sheet.rows())),
        }
    }
}

impl<'a> From<&'a str> for Spreadsheet<'a> {
    fn from(text: &'a str) -> Spreadsheet<'a> {
        Spreadsheet::Csv(text)
    }
}

impl<'a> From<&'a String> for Spreadsheet<'a> {
    fn from(text: &'a String) -> Spreadsheet<'a> {
        Spreadsheet::Csv(text)
    }
}

impl<'a> From<&'a Sheet> for Spreadsheet<'a> {
    fn from(sheet: &'a Sheet) -> Spreadsheet<'a> {
        Spreadsheet::Sheet(sheet)
    }
}

impl CsvRecord for Client {
    const ID_ALIASES: &'static [&'static str] = &["client id", "客户编号", "编号", "identyfikator"];
    const CLIENT_COLUMN: Option<(&'static str, &'static [&'static str])> = None;

    fn client_id(&self) -> Option<String> {
        None
    }
}

impl CsvRecord for Contact {
    const ID_ALIASES: &'static [&'static str] = &["contact id", "联系人编号"];
    const CLIENT_COLUMN: Option<(&'static str, &'static [&'static str])> =
        Some(("client", &["client id", "client name", "客户名称", "客户", "客户编号", "公司名称", "klient", "firma"]));

    fn client_id(&self) -> Option<String> {
        Some(self.client_id.to_string())
    }
}

/// Reads clients from a spreadsheet — CSV text (see [`decode_csv`]) or a workbook's
/// sheet (see [`crate::read_sheet`]) — checking every row against the others, and
/// matches each to the client it is about, if `portfolio` has it (see [`crate::reimport`]):
/// what the import would add, change, leave and keep. Ids of new clients come from
/// `ids`, except for rows whose `id` cell gives one; an `id` cell naming a live client
/// matches that client.
pub fn parse_clients<'a>(
    spreadsheet: impl Into<Spreadsheet<'a>>,
    portfolio: &Portfolio,
    ids: &mut impl FnMut() -> ClientId,
) -> Result<ClientImport, ImportError> {
    let rows = spreadsheet.into().rows()?;
    let all = portfolio.all_records::<Client>()?;
    let removed: BTreeSet<ClientId> = all.iter().filter(|c| c.removed).map(|c| c.id.clone()).collect();
    let currency = portfolio.settings()?.region.currency();
    let reading = Reading { default_currency: currency };
    let required = [Slot::Field(ClientField::Name), Slot::Field(ClientField::Tier)];
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut ids_seen = HashMap::new();
    let parsed = parse_rows::<Client, _>(&rows, &required, |row| {
        let id = new_id(row, &mut ids_seen, &removed, ids);
        if let Some(name) = row.cell(Slot::Field(ClientField::Name)) {
            // The same client twice in the file: by CRM number, else by name and address.
            let crm_id = row.cell(Slot::Field(ClientField::CrmId));
            let key = match crm_id {
                Some(crm_id) => (crm_id.to_owned(), String::new()),
                None => (same_name(name), same_name(row.cell(Slot::Field(ClientField::Address)).unwrap_or(""))),
            };
            match (first_line(&mut seen, key, row.line), crm_id) {
                (Some(first), Some(crm_id)) => row.problem("crm_id", format!("{crm_id} is already on line {first}")),
                (Some(first), None) => row.problem("name", format!("'{name}' is already on line {first}")),
                (None, _) => {}
            }
        }
        let mut client = Client::new(id?, "", Tier::A);
        row.fill(&mut client, &reading);
        // The record as a whole is checked once its cells are.
        row.is_clean().then_some(())?;
        row.validate(&client)?;
        let given = ClientField::ALL.iter().copied().filter(|field| row.gives(*field)).collect();
        let id_given = row.cell(Slot::Id).is_some();
        row.is_clean().then_some(ClientRow { line: row.line, client, id_given, given })
    })?;
    plan_import(parsed, &all).map_err(ImportError::Rows)
}

/// Reads contacts from a spreadsheet, CSV text or a workbook's sheet. Each row's
/// `client` cell names a live client of `portfolio` by id or by name (ignoring case
/// and surrounding spaces). Ids come from `ids`, except for rows whose `id` cell gives one.
pub fn parse_contacts<'a>(
    spreadsheet: impl Into<Spreadsheet<'a>>,
    portfolio: &Portfolio,
    ids: &mut impl FnMut() -> ContactId,
) -> Result<Vec<Contact>, ImportError> {
    let rows = spreadsheet.into().rows()?;
    let clients = portfolio.records::<Client>()?;
    let all = portfolio.all_records::<Contact>()?;
    let used: BTreeSet<ContactId> = all.iter().map(|c| c.id.clone()).collect();
    let live: Vec<&Contact> = all.iter().filter(|c| !c.removed).collect();
    let reading = Reading { default_currency: portfolio.settings()?.region.currency() };
    let required = [Slot::Client, Slot::Field(ContactField::Name)];
    let mut people_seen: HashMap<(ClientId, String), usize> = HashMap::new();
    let mut ids_seen = HashMap::new();
    parse_rows::<Contact, _>(&rows, &required, |row| {
        let id = new_id(row, &mut ids_seen, &used, ids);
        let client = row.cell(Slot::Client).and_then(|cell| row.check("client", find_client(cell, &clients)));
        if let (Some(client_id), Some(name)) = (&client, row.cell(Slot::Field(ContactField::Name))) {
            if let Some(first) = first_line(&mut people_seen, (client_id.clone(), same_name(name)), row.line) {
                row.problem("name", format!("'{name}' of this client is already on line {first}"));
            } else if let Some(other) =
                live.iter().find(|c| &c.client_id == client_id && same_name(&c.name) == same_name(name))
            {
                row.problem("name", format!("this client already has a contact named '{}' ({})", other.name, other.id));
            }
        }
        let mut contact = Contact::new(id?, client?, "");
        row.fill(&mut contact, &reading);
        // The record as a whole is checked once its cells are.
        row.is_clean().then_some(())?;
        row.validate(&contact)?;
        row.is_clean().then_some(contact)
    })
}

/// Writes what `parse_clients` planned in one commit ("Import clients.csv: 3 added,
/// 2 changed"), or nothing if any client is refused. Returns how many were added or changed.
pub fn import_clients(portfolio: &mut Portfolio, plan: &ClientImport, source: &str) -> Result<usize, PortfolioError> {
    apply_import(portfolio, plan, source)
}

/// Adds parsed contacts to `portfolio` in one commit ("Import 30 contacts from
/// contacts.csv"), or none if any is refused. Returns how many were added.
pub fn import_contacts(portfolio: &mut Portfolio, contacts: &[Contact], source: &str) -> Result<usize, PortfolioError> {
    import_records(portfolio, contacts, source)
}

fn import_records<T: Record>(portfolio: &mut Portfolio, records: &[T], source: &str) -> Result<usize, PortfolioError> {
    if records.is_empty() {
        return Ok(0);
    }
    let what = count(records.len(), T::NOUN);
    portfolio.act(format!("Import {what} from {source}"), |action| {
        records.iter().try_for_each(|record| action.insert(record))?;
        Ok(records.len())
    })
}

/// The id a row gets: the one its `id` cell gives, unless another row gives it too or
/// a record of `used` (removed ones included) has it; else a new one from `ids`.
fn new_id<R: CsvRecord>(
    row: &mut Row<'_, R>,
    seen: &mut HashMap<R::Id, usize>,
    used: &BTreeSet<R::Id>,
    ids: &mut impl FnMut() -> R::Id,
) -> Option<R::Id>
where
    R::Id: Hash,
{
    let Some(cell) = row.cell(Slot::Id) else { return Some(ids()) };
    let id = row.check("id", record_id::<R::Id>(cell))?;
    if let Some(first) = first_line(seen, id.clone(), row.line) {
        row.problem("id", format!("{id} is already on line {first}"));
        return None;
    }
    if used.contains(&id) {
        row.problem("id", format!("{id} is already used in the portfolio"));
        return None;
    }
    Some(id)
}

/// One row as its source gives it: the line the manager finds it on, and its cells.
#[derive(Clone)]
pub(crate) struct SourceRow {
    /// The file's physical line where the row starts, or the sheet's row number.
    pub(crate) line: usize,
    pub(crate) cells: Vec<SourceCell>,
}

/// One cell of a row.
#[derive(Clone)]
pub(crate) enum SourceCell {
    /// The cell's text as the manager wrote it (a workbook's numbers and dates written out).
    Text(String),
    /// A workbook cell holding an error value instead of a value.
    Error {
        /// Where it is, as Excel names it: `E7`.
        at: String,
        /// The error as Excel shows it: `#N/A`.
        error: String,
    },
}

impl SourceCell {
    /// The cell as the manager sees it: its text, or the error it shows.
    fn shown(&self) -> &str {
        match self {
            SourceCell::Text(text) => text,
            SourceCell::Error { error, .. } => error,
        }
    }
}

/// The data rows of a file of `R`, built into records by `build`, or every problem found.
fn parse_rows<R: CsvRecord, T>(
    rows: &[SourceRow],
    required: &[Slot<R::Field>],
    mut build: impl FnMut(&mut Row<'_, R>) -> Option<T>,
) -> Result<Vec<T>, ImportError> {
    let (header_row, data_rows) = rows.split_first().ok_or(ImportError::Empty)?;
    let header = Header::<R>::read(&header_row.cells, header_row.line, required)?;
    let (mut built, mut problems, mut count) = (Vec::new(), Vec::new(), 0);
    for source in data_rows.iter().filter(|source| source.cells.iter().any(has_value)) {
        count += 1;
        let mut row = Row::new(source, &header);
        row.check_required(required);
        let result = build(&mut row);
        problems.append(&mut row.problems);
        built.extend(result);
    }
    if count == 0 {
        return Err(ImportError::NoRows);
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows(problems));
    }
    Ok(built)
}

/// The header line, mapped to the columns of `R`.
struct Header<R: CsvRecord> {
    line: usize,
    columns: Vec<ColumnDef<R::Field>>,
    by_index: Vec<Option<Slot<R::Field>>>,
}

impl<R: CsvRecord> Header<R> {
    fn read(cells: &[SourceCell], line: usize, required: &[Slot<R::Field>]) -> Result<Header<R>, ImportError> {
        let columns = columns::<R>();
        let expected = || columns.iter().map(|c| c.name).collect();
        if cells.iter().all(|cell| name_key(cell.shown()).is_empty()) {
            return Err(ImportError::Header { line, problems: vec![HeaderProblem::Blank], expected: expected() });
        }
        let mut problems = Vec::new();
        let mut by_index: Vec<Option<Slot<R::Field>>> = Vec::new();
        for cell in cells.iter().map(SourceCell::shown) {
            let key = name_key(cell);
            if key.is_empty() {
                by_index.push(None);
                continue;
            }
            let column = columns
                .iter()
                .find(|c| name_key(c.name) == key || c.aliases.iter().any(|alias| name_key(alias) == key));
            match column {
                None => problems.push(HeaderProblem::Unknown(cell.trim().to_string())),
                Some(c) if by_index.iter().flatten().any(|seen| *seen == c.slot) => {
                    problems.push(HeaderProblem::Repeated { column: c.name, header: cell.trim().to_string() });
                }
                Some(_) => {}
            }
            by_index.push(column.map(|c| c.slot));
        }
        for slot in required {
            if !by_index.iter().flatten().any(|seen| seen == slot) {
                let name = columns.iter().find(|c| c.slot == *slot).map_or("?", |c| c.name);
                problems.push(HeaderProblem::Missing(name));
            }
        }
        if problems.is_empty() {
            return Ok(Header { line, columns, by_index });
        }
        Err(ImportError::Header { line, problems, expected: expected() })
    }

    fn name(&self, slot: Slot<R::Field>) -> &'static str {
        self.columns.iter().find(|c| c.slot == slot).map_or("?", |c| c.name)
    }

    /// The index of the column holding `slot`, when a header names it.
    fn index_of(&self, slot: Slot<R::Field>) -> Option<usize> {
        self.by_index.iter().position(|c| *c == Some(slot))
    }

    /// How many columns the header line has, named or empty.
    fn width(&self) -> usize {
        self.by_index.len()
    }
}

/// One data row being read, collecting its problems.
struct Row<'a, R: CsvRecord> {
    line: usize,
    cells: &'a [SourceCell],
    header: &'a Header<R>,
    problems: Vec<RowError>,
}

impl<'a, R: CsvRecord> Row<'a, R> {
    fn new(source: &'a SourceRow, header: &'a Header<R>) -> Row<'a, R> {
        let mut row = Row { line: source.line, cells: &source.cells, header, problems: Vec::new() };
        row.check_too_many_cells();
        row.check_cells_under_empty_headers();
        row.check_error_cells();
        row
    }

    /// Fails on a value past the last column of the header.
    fn check_too_many_cells(&mut self) {
        let width = self.header.width();
        if self.cells.iter().skip(width).any(has_value) {
            let reason = format!("has {} cells, but the header has {width}", self.cells.len());
            self.row_problem(reason);
        }
    }

    /// Fails on a value in a column whose header cell is empty.
    fn check_cells_under_empty_headers(&mut self) {
        let unnamed = |(index, cell): &(usize, &SourceCell)| has_value(cell) && self.header.by_index[*index].is_none();
        let found = self.cells.iter().take(self.header.width()).enumerate().find(unnamed);
        if let Some((index, _)) = found {
            let reason =
                format!("column {} has a value, but its header on line {} is empty", index + 1, self.header.line);
            self.row_problem(reason);
        }
    }

    /// Fails on a workbook cell holding an error (`#N/A`) in a named column, naming the cell.
    fn check_error_cells(&mut self) {
        let named = self.cells.iter().zip(&self.header.by_index);
        let errors: Vec<(Slot<R::Field>, String)> = named
            .filter_map(|(cell, slot)| match (cell, slot) {
                (SourceCell::Error { at, error }, Some(slot)) => {
                    Some((*slot, format!("cell {at} holds the error {error}")))
                }
                _ => None,
            })
            .collect();
        for (slot, reason) in errors {
            self.problem(self.header.name(slot), reason);
        }
    }

    /// Records an empty cell in a column every row must fill, or the row ending before that column.
    fn check_required(&mut self, required: &[Slot<R::Field>]) {
        for slot in required {
            if self.cell(*slot).is_some() || self.holds_error(*slot) {
                continue;
            }
            let reason = match self.header.index_of(*slot) {
                Some(index) if index >= self.cells.len() => format!(
                    "the row ends before this column ({}, the header has {})",
                    count(self.cells.len(), "cell"),
                    self.header.width()
                ),
                _ => fieldbook_core::Problem::Empty.to_string(),
            };
            self.problem(self.header.name(*slot), reason);
        }
    }

    /// The trimmed cell of the column holding `slot`, or `None` when the column is absent or the cell empty.
    /// A cell the export guarded against running as a formula (see [`crate::formula`]) is read unguarded.
    fn cell(&self, slot: Slot<R::Field>) -> Option<&'a str> {
        let cells: &'a [SourceCell] = self.cells;
        match cells.get(self.header.index_of(slot)?)? {
            SourceCell::Text(text) => Some(unguarded(text.trim())).filter(|cell| !cell.is_empty()),
            SourceCell::Error { .. } => None,
        }
    }

    /// Whether the cell of the column holding `slot` holds an error (already recorded by [`Row::check_error_cells`]).
    fn holds_error(&self, slot: Slot<R::Field>) -> bool {
        let index = self.header.index_of(slot);
        index.and_then(|index| self.cells.get(index)).is_some_and(|cell| matches!(cell, SourceCell::Error { .. }))
    }

    /// Whether the row has a cell for `field` (for a field kept in several columns, for any of them).
    fn gives(&self, field: R::Field) -> bool {
        match R::spec(field).split {
            None => self.cell(Slot::Field(field)).is_some(),
            Some(split) => (0..split.columns.len()).any(|index| self.cell(Slot::Part(field, index)).is_some()),
        }
    }

    /// Sets every field of `record` the row has a cell for, each read as `set_field`
    /// reads it; a field kept in several columns from their cells joined.
    fn fill(&mut self, record: &mut R, reading: &Reading<'_>) {
        for field in R::Field::ALL.iter().copied() {
            let Some(text) = self.text_of(field, reading) else { continue };
            if let Err(error) = set_known_field(record, field, &text) {
                self.problem(field.name(), error.reason);
            }
        }
    }

    /// The text of `field` in this row: its cell, or its columns' cells joined;
    /// `None` when it has none, or after recording why they do not join.
    fn text_of(&mut self, field: R::Field, reading: &Reading<'_>) -> Option<String> {
        let Some(split) = R::spec(field).split else {
            return self.cell(Slot::Field(field)).map(str::to_owned);
        };
        let cells: Vec<Option<&str>> =
            (0..split.columns.len()).map(|index| self.cell(Slot::Part(field, index))).collect();
        if cells.iter().all(Option::is_none) {
            return None;
        }
        match (split.join)(&cells, reading) {
            Ok(text) => Some(text),
            Err(problems) => {
                for (index, problem) in problems {
                    self.problem(self.header.name(Slot::Part(field, index)), problem.to_string());
                }
                None
            }
        }
    }

    /// The value, or `None` after recording the problem on `column`.
    fn check<T, E: ToString>(&mut self, column: &str, result: Result<T, E>) -> Option<T> {
        result.map_err(|reason| self.problem(column, reason.to_string())).ok()
    }

    fn problem(&mut self, column: &str, reason: impl Into<String>) {
        self.problems.push(RowError { line: self.line, field: Some(column.to_owned()), reason: reason.into() });
    }

    /// Records a problem of the row's shape rather than of one of its cells.
    fn row_problem(&mut self, reason: String) {
        self.problems.push(RowError { line: self.line, field: None, reason });
    }

    /// Runs the record's own validation, recording its complaint.
    fn validate(&mut self, record: &impl Record) -> Option<()> {
        match record.validate() {
            Ok(()) => Some(()),
            Err(error) => {
                self.problems.push(RowError { line: self.line, field: Some(error.field), reason: error.reason });
                None
            }
        }
    }

    fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

fn has_value(cell: &SourceCell) -> bool {
    !cell.shown().trim().is_empty()
}

/// The line `key` was first seen on, or `None` after noting it is first seen on `line`.
pub(crate) fn first_line<K: Eq + Hash>(seen: &mut HashMap<K, usize>, key: K, line: usize) -> Option<usize> {
    match seen.entry(key) {
        Entry::Occupied(first) => Some(*first.get()),
        Entry::Vacant(entry) => {
            entry.insert(line);
            None
        }
    }
}

/// An id given in the file, which must have the prefix of its kind.
fn record_id<I: RecordId>(cell: &str) -> Result<I, String> {
    let valid = cell
        .strip_prefix(I::PREFIX)
        .and_then(|rest| rest.strip_prefix('_'))
        .is_some_and(|tail| !tail.is_empty() && tail.chars().all(|c| c.is_ascii_alphanumeric()));
    if !valid {
        return Err(format!("'{cell}' is not an id like {}_k3v9q2m7xa", I::PREFIX));
    }
    Ok(I::from(cell.to_string()))
}

/// The live client whose id is `cell`, or whose name is `cell` ignoring case.
pub(crate) fn find_client(cell: &str, clients: &[Client]) -> Result<ClientId, String> {
    if let Some(client) = clients.iter().find(|c| c.id.as_ref() == cell) {
        return Ok(client.id.clone());
    }
    let named: Vec<&Client> = clients.iter().filter(|c| same_name(&c.name) == same_name(cell)).collect();
    match named.as_slice() {
        [] => Err(format!("no client is named '{cell}' or has that id")),
        [one] => Ok(one.id.clone()),
        several => Err(format!(
            "several clients are named '{cell}' ({}); give the client's id",
            several.iter().map(|c| c.id.as_ref()).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// Names compared as the manager means them: trimmed and ignoring case.
pub(crate) fn same_name(name: &str) -> String {
    name.trim().to_lowercase()
}

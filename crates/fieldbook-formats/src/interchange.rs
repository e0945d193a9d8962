//! The documented export format (`docs/interchange.md`): the whole portfolio as
//! one JSON document that loses nothing, and one CSV file per kind of record for
//! spreadsheets, whose client and contact files the importer reads back.
//!
//! Both are deterministic: records are sorted by id and fields written in a fixed
//! order, so the same document gives the same bytes, and two devices that have
//! converged give identical exports.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::columns::{CsvRecord, cell, columns};
use crate::formula::guarded;
use fieldbook_core::{
    CareChannel, CareLogEntry, Case, Client, Contact, Instant, Occasion, Portfolio, PortfolioError, Record,
    SCHEMA_VERSION, Settings, SlaContext, Task, Visit, Zone,
};

/// The value of the JSON export's `format` field.
pub const EXPORT_FORMAT: &str = "fieldbook-portfolio";

/// Why an export could not be made.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The portfolio could not be read.
    #[error(transparent)]
    Portfolio(Box<PortfolioError>),
    /// A file could not be encoded.
    #[error("could not write {file}: {reason}")]
    Encode {
        /// The file being written.
        file: &'static str,
        /// What failed.
        reason: String,
    },
}

impl From<PortfolioError> for ExportError {
    fn from(error: PortfolioError) -> ExportError {
        ExportError::Portfolio(Box::new(error))
    }
}

/// The JSON export document, fields in the order they are written; read back as a
/// backup (`crate::restore`) with the format as read.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PortfolioExport<Format = &'static str> {
    pub(crate) format: Format,
    pub(crate) schema_version: u64,
    pub(crate) settings: Settings,
    pub(crate) clients: Vec<Client>,
    pub(crate) contacts: Vec<Contact>,
    pub(crate) visits: Vec<Visit>,
    pub(crate) cases: Vec<Case>,
    pub(crate) tasks: Vec<Task>,
    pub(crate) care_log: Vec<CareLogEntry>,
}

/// The whole portfolio as pretty-printed JSON: settings and every record of every
/// kind, removed ones included (`"removed": true`), each kind sorted by id.
pub fn export_json(portfolio: &Portfolio) -> Result<String, ExportError> {
    let export = PortfolioExport {
        format: EXPORT_FORMAT,
        schema_version: SCHEMA_VERSION,
        settings: portfolio.settings()?,
        clients: sorted(portfolio.all_records()?),
        contacts: sorted(portfolio.all_records()?),
        visits: sorted(portfolio.all_records()?),
        cases: sorted(portfolio.all_records()?),
        tasks: sorted(portfolio.all_records()?),
        care_log: sorted(portfolio.all_records()?),
    };
    let mut json = serde_json::to_string_pretty(&export).map_err(|e| encode_error("the JSON export", e))?;
    json.push('\n');
    Ok(json)
}

/// The live records as one CSV file per kind, named `clients.csv`, `contacts.csv`,
/// `visits.csv`, `cases.csv` (with where each stands and its SLA clocks at `now`),
/// `case_events.csv` (their timelines), `tasks.csv` and `care_log.csv`. Each starts
/// with a UTF-8 byte-order mark so that Excel shows Chinese text, has English headers
/// with the record id first, and joins lists with `; `. A cell a spreadsheet would run
/// as a formula is written behind an apostrophe (`'+48 600 100 200`), which the import
/// takes off again (see [`crate::formula`]).
pub fn export_csv(portfolio: &Portfolio, now: Instant) -> Result<Vec<(String, String)>, ExportError> {
    tables(portfolio, now)?.into_iter().map(|table| csv_file(table.name, &table.header, table.rows)).collect()
}

/// The live records of one kind as a table: what `export_csv` writes as a file and
/// `export_xlsx` as a sheet.
pub(crate) struct Table {
    /// The kind, as the file is named: `clients`, `case_events`.
    pub(crate) name: &'static str,
    /// The English column names.
    pub(crate) header: Vec<&'static str>,
    /// One row per record, each as long as the header.
    pub(crate) rows: Vec<Vec<String>>,
}

/// Every kind of record as a table, in the order of the files; cases with where each
/// stands and its SLA clocks at `now`.
pub(crate) fn tables(portfolio: &Portfolio, now: Instant) -> Result<Vec<Table>, ExportError> {
    let mut context = SlaContext::of(&portfolio.settings()?);
    let cases = sorted(portfolio.records::<Case>()?).iter().map(|case| case_row(case, &mut context, now)).collect();
    let table = |name, header: &[&'static str], rows| Table { name, header: header.to_vec(), rows };
    Ok(vec![
        field_table::<Client>("clients", portfolio)?,
        field_table::<Contact>("contacts", portfolio)?,
        field_table::<Visit>("visits", portfolio)?,
        table("cases", CASE_HEADER, cases),
        table("case_events", CASE_EVENT_HEADER, case_event_rows(portfolio, context.zone())?),
        table("tasks", TASK_HEADER, rows(portfolio, task_row)?),
        table("care_log", CARE_LOG_HEADER, rows(portfolio, care_log_row)?),
    ])
}

fn sorted<T: Record>(mut records: Vec<T>) -> Vec<T> {
    records.sort_by(|a, b| a.id().cmp(b.id()));
    records
}

pub(crate) fn encode_error(file: &'static str, error: impl std::fmt::Display) -> ExportError {
    ExportError::Encode { file, reason: error.to_string() }
}

/// The live records of a kind, sorted by id, each turned into cells by `row`.
fn rows<T: Record>(portfolio: &Portfolio, row: fn(&T) -> Vec<String>) -> Result<Vec<Vec<String>>, ExportError> {
    Ok(sorted(portfolio.records::<T>()?).iter().map(row).collect())
}

impl CsvRecord for Visit {
    const ID_ALIASES: &'static [&'static str] = &["visit id"];
    const CLIENT_COLUMN: Option<(&'static str, &'static [&'static str])> = Some(("client_id", &["client"]));

    fn client_id(&self) -> Option<String> {
        Some(self.client_id.to_string())
    }
}

/// The table of a kind of record with a field table: its columns (see [`crate::columns`]),
/// one row per live record.
fn field_table<R: CsvRecord>(name: &'static str, portfolio: &Portfolio) -> Result<Table, ExportError> {
    let columns = columns::<R>();
    let header = columns.iter().map(|c| c.name).collect();
    let row = |record: &R| columns.iter().map(|c| cell(record, c.slot)).collect::<Vec<_>>();
    let rows = sorted(portfolio.records::<R>()?).iter().map(row).collect();
    Ok(Table { name, header, rows })
}

/// The file `NAME.csv` of `header` and `rows`, each cell that a spreadsheet would run
/// as a formula written behind an apostrophe (see [`crate::formula`]).
pub(crate) fn csv_file(
    name: &'static str,
    header: &[&str],
    rows: Vec<Vec<String>>,
) -> Result<(String, String), ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header).map_err(|e| encode_error(name, e))?;
    for row in rows {
        let cells: Vec<_> = row.iter().map(|cell| guarded(cell)).collect();
        writer.write_record(cells.iter().map(|cell| cell.as_bytes())).map_err(|e| encode_error(name, e))?;
    }
    let bytes = writer.into_inner().map_err(|e| encode_error(name, e))?;
    let text = String::from_utf8(bytes).map_err(|e| encode_error(name, e))?;
    Ok((format!("{name}.csv"), format!("\u{feff}{text}")))
}

const CASE_HEADER: &[&str] = &[
    "id",
    "client_id",
    "raised_by",
    "opened_at",
    "channel",
    "category",
    "severity",
    "status",
    "department",
    "responded_at",
    "response_due",
    "resolution_due",
    "resolved_at",
    "breached",
    "resolution",
    "satisfaction",
    "description",
];

/// A case's row: what was received, and where it stands at `now` with its clocks.
fn case_row(case: &Case, context: &mut SlaContext, now: Instant) -> Vec<String> {
    let (row, timeline, _) = context.row(case, String::new(), now);
    vec![
        case.id.to_string(),
        case.client_id.to_string(),
        optional(case.raised_by.as_ref()),
        row.opened_at.to_string(),
        case.channel.to_string(),
        case.category.clone(),
        case.severity.to_string(),
        row.status.to_string(),
        optional(row.department.as_ref()),
        optional(row.responded_at),
        optional(row.response_due),
        optional(row.resolution_due),
        optional(timeline.resolved_at),
        yes_no(row.breached),
        timeline.resolution.unwrap_or_default(),
        optional(timeline.satisfaction),
        case.description.as_str().to_string(),
    ]
}

const CASE_EVENT_HEADER: &[&str] =
    &["case_id", "id", "at", "recorded_at", "by", "step", "text", "department", "channel", "satisfaction", "applied"];

/// The timeline of every live case, in each case's order: one row per step, its
/// instants written in `zone` as in `cases.csv`.
fn case_event_rows(portfolio: &Portfolio, zone: Zone) -> Result<Vec<Vec<String>>, ExportError> {
    let mut rows = Vec::new();
    for case in sorted(portfolio.records::<Case>()?) {
        for entry in case.timeline().entries {
            let event = entry.event;
            rows.push(vec![
                case.id.to_string(),
                entry.id,
                event.at.in_zone(zone).to_string(),
                event.recorded_at.in_zone(zone).to_string(),
                event.by,
                event.step.to_string(),
                event.text,
                optional(event.department),
                optional(event.channel),
                optional(event.satisfaction),
                yes_no(entry.applied),
            ]);
        }
    }
    Ok(rows)
}

const TASK_HEADER: &[&str] = &["id", "title", "due", "done", "client_id", "visit_id", "case_id"];

fn task_row(task: &Task) -> Vec<String> {
    vec![
        task.id.to_string(),
        task.title.clone(),
        optional(task.due),
        yes_no(task.done),
        optional(task.client_id.as_ref()),
        optional(task.visit_id.as_ref()),
        optional(task.case_id.as_ref()),
    ]
}

const CARE_LOG_HEADER: &[&str] =
    &["id", "contact_id", "date", "occasion", "occasion_name", "channel", "gift", "note", "reminder_id"];

fn care_log_row(entry: &CareLogEntry) -> Vec<String> {
    let (occasion, occasion_name) = match &entry.occasion {
        Occasion::Birthday => ("birthday", ""),
        Occasion::Holiday(name) => ("holiday", name.as_str()),
        Occasion::Other(name) => ("other", name.as_str()),
    };
    let (channel, gift) = match &entry.channel {
        CareChannel::Message => ("message", ""),
        CareChannel::Call => ("call", ""),
        CareChannel::Visit => ("visit", ""),
        CareChannel::Gift(gift) => ("gift", gift.as_str()),
    };
    vec![
        entry.id.to_string(),
        entry.contact_id.to_string(),
        entry.date.to_string(),
        occasion.to_string(),
        occasion_name.to_string(),
        channel.to_string(),
        gift.to_string(),
        entry.note.clone(),
        optional(entry.reminder_id.as_ref()),
    ]
}

/// The value, or an empty cell.
fn optional(value: Option<impl ToString>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

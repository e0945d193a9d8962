//! Fieldbook's files in and out: import of clients and contacts from CSV (UTF-8 or
//! GB18030) or a sheet of an Excel workbook (English, Chinese or Polish headers,
//! all or nothing), the documented JSON export (restored as a backup) and the CSV
//! files per kind of record, the same tables as an Excel workbook in the manager's
//! language, planned visits and reminders as iCalendar, contacts as vCard in and
//! out, and greeting drafts as CSV for bulk messaging.
//!
//! Like the core it does no IO: the shells read and write the files. It is a
//! crate of its own because `icalendar` needs chrono's clock, which the core
//! builds without.

mod columns;
mod csv_text;
mod formula;
mod greetings;
mod ics;
mod import;
mod interchange;
mod reimport;
mod restore;
mod sheet;
mod vcf;
mod xlsx;

pub use greetings::greetings_csv;
pub use ics::export_ics;
pub use import::{
    HeaderProblem, ImportError, RowError, SourceEncoding, Spreadsheet, decode_csv, import_clients, import_contacts,
    parse_clients, parse_contacts,
};
pub use interchange::{EXPORT_FORMAT, ExportError, export_csv, export_json};
pub use reimport::{ClientChange, ClientImport, FieldChange, KeptField};
pub use restore::{Backup, read_backup, restore};
pub use sheet::{Sheet, read_sheet};
pub use vcf::{export_vcf, parse_vcards};
pub use xlsx::export_xlsx;

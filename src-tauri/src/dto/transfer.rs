//! The wire types of the app's Export: which file the manager asks for, and the file
//! made, base64-encoded for the webview to save.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A file the Export section makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportChoice {
    /// The whole portfolio as the documented JSON, which is also the backup.
    Json,
    /// One CSV file of a kind of record.
    Csv,
    /// The Excel workbook, a sheet per kind, in the manager's language.
    Xlsx,
    /// The coming 90 days as iCalendar.
    Ics,
    /// Every contact as vCard 4.0.
    Vcf,
}

/// A file made for saving.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportedFile {
    /// The name to save it under, `fieldbook-2026-12-04.xlsx`.
    pub name: String,
    /// Its bytes, base64.
    pub base64: String,
}

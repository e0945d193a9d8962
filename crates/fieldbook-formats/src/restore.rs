//! Restoring a backup: the JSON export (`export_json`, `docs/interchange.md`) read back
//! into a new portfolio whole — settings, and every record of every kind with its id,
//! removed ones included — so that exporting the restored portfolio gives the same bytes.
//!
//! A backup is checked whole before anything is written: its format and schema
//! version, its JSON (a syntax or shape error named by line and column), and every
//! record as the portfolio checks it when the restore is tried.

use fieldbook_core::{Portfolio, PortfolioError, Record, SCHEMA_VERSION, Settings};

use crate::import::ImportError;
use crate::interchange::{EXPORT_FORMAT, PortfolioExport};

/// A backup as read, not yet restored.
#[derive(Debug)]
pub struct Backup(PortfolioExport<String>);

impl Backup {
    /// The manager's settings, which the restored portfolio is made with.
    pub fn settings(&self) -> &Settings {
        &self.0.settings
    }

    /// How many records it holds, removed ones included.
    pub fn records(&self) -> usize {
        let backup = &self.0;
        backup.clients.len()
            + backup.contacts.len()
            + backup.visits.len()
            + backup.cases.len()
            + backup.tasks.len()
            + backup.care_log.len()
    }
}

/// Reads a backup written by `export_json`, and checks each of its records as the
/// portfolio will: every bad one is listed, by kind and id.
pub fn read_backup(text: &str) -> Result<Backup, ImportError> {
    let backup: PortfolioExport<String> = serde_json::from_str(text).map_err(|error| ImportError::Json {
        line: error.line(),
        column: error.column(),
        reason: error.to_string(),
    })?;
    if backup.format != EXPORT_FORMAT {
        return Err(ImportError::NotABackup { format: backup.format });
    }
    if backup.schema_version != SCHEMA_VERSION {
        return Err(ImportError::SchemaVersion { found: backup.schema_version, supported: SCHEMA_VERSION });
    }
    let mut problems = Vec::new();
    check_all(&backup.clients, &mut problems);
    check_all(&backup.contacts, &mut problems);
    check_all(&backup.visits, &mut problems);
    check_all(&backup.cases, &mut problems);
    check_all(&backup.tasks, &mut problems);
    check_all(&backup.care_log, &mut problems);
    if !problems.is_empty() {
        return Err(ImportError::BadRecords(problems));
    }
    Ok(Backup(backup))
}

/// Notes each record of `records` the portfolio would refuse: `client cl_k3v9: name: must not be empty`.
fn check_all<T: Record>(records: &[T], problems: &mut Vec<String>) {
    let refused = records.iter().filter_map(|record| Some((record.id(), record.validate().err()?)));
    problems.extend(refused.map(|(id, error)| format!("{} {id}: {error}", T::NOUN)));
}

/// Writes every record of `backup` into `portfolio` (made with the backup's settings) in
/// one commit ("Restore 1,204 records from backup.json"), or none if any is refused.
pub fn restore(portfolio: &mut Portfolio, backup: &Backup, source: &str) -> Result<usize, PortfolioError> {
    let count = backup.records();
    let backup = &backup.0;
    portfolio.act(format!("Restore {count} records from {source}"), |action| {
        insert_all(action, &backup.clients)?;
        insert_all(action, &backup.contacts)?;
        insert_all(action, &backup.visits)?;
        insert_all(action, &backup.cases)?;
        insert_all(action, &backup.tasks)?;
        insert_all(action, &backup.care_log)?;
        Ok(count)
    })
}

fn insert_all<T: Record>(action: &mut fieldbook_core::Action<'_>, records: &[T]) -> Result<(), PortfolioError> {
    records.iter().try_for_each(|record| action.insert(record))
}

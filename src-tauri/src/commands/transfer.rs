//! The app's Export: the portfolio's files made in memory — the JSON backup, one CSV
//! file of a kind of record, the Excel workbook, the coming 90 days as iCalendar, every
//! contact as vCard, the same files the CLI writes — and saving any file the UI was
//! given in the Downloads folder, since the webview drops a download of its own.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use fieldbook_core::{FieldError, Portfolio, PortfolioError, Problem};
use fieldbook_formats::{export_csv, export_ics, export_json, export_vcf, export_xlsx};
use fieldbook_replica::ReplicaError;

use super::{Answer, Desk};
use crate::dto::{ExportChoice, ExportedFile};

/// The days `Ics` covers from today, as `fieldbook export ics` does by default.
const CALENDAR_DAYS: u32 = 90;

/// The file `choice` asks for; for `Csv`, the file of `table` (`clients`, `visits`, …).
pub fn export_file(desk: &Desk, choice: &ExportChoice, table: &str) -> Answer<ExportedFile> {
    let now = desk.now();
    desk.read(|portfolio| {
        let settings = portfolio.settings()?;
        let today = desk.today(&settings);
        let stamp = format!("fieldbook-{today}");
        let (name, bytes) = match choice {
            ExportChoice::Json => (format!("{stamp}.json"), export_json(portfolio).map_err(refused)?.into_bytes()),
            ExportChoice::Csv => (format!("{table}.csv"), csv_table(portfolio, table, now)?),
            ExportChoice::Xlsx => {
                (format!("{stamp}.xlsx"), export_xlsx(portfolio, now, settings.language).map_err(refused)?)
            }
            ExportChoice::Ics => (
                format!("{stamp}.ics"),
                export_ics(portfolio, today, CALENDAR_DAYS, settings.time_zone, now).map_err(refused)?.into_bytes(),
            ),
            ExportChoice::Vcf => (format!("{stamp}.vcf"), export_vcf(portfolio, None)?.into_bytes()),
        };
        let base64 = base64::engine::general_purpose::STANDARD.encode(bytes);
        Ok(ExportedFile { name, base64 })
    })
}

/// The CSV file of `table`, or a refusal naming the tables there are.
fn csv_table(portfolio: &Portfolio, table: &str, now: fieldbook_core::Instant) -> Result<Vec<u8>, PortfolioError> {
    let files = export_csv(portfolio, now).map_err(refused)?;
    let wanted = format!("{table}.csv");
    let names: Vec<String> = files.iter().map(|(name, _)| name.trim_end_matches(".csv").to_owned()).collect();
    let file = files.into_iter().find(|(name, _)| *name == wanted);
    file.map(|(_, text)| text.into_bytes()).ok_or_else(|| {
        FieldError::refused("table", Problem::NotOneOf { value: table.to_owned(), allowed: names.join(", ") }).into()
    })
}

/// Writes `base64`'s bytes as the file `name` in the desk's Downloads folder (made if
/// missing), never over a file already there: `report.pdf`, then `report (2).pdf`, ….
/// Answers the path written.
pub fn save_download(desk: &Desk, name: &str, base64: &str) -> Answer<String> {
    let saved = file_name(name).and_then(|name| {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(base64)
            .map_err(|e| FieldError::refused("file", Problem::Other { reason: e.to_string() }))?;
        write_new(&desk.downloads, name, &bytes).map_err(|e| {
            let reason = format!("cannot save in {}: {e}", desk.downloads.display());
            FieldError::refused("file", Problem::Other { reason })
        })
    });
    saved
        .map(|path| path.display().to_string())
        .map_err(|error| desk.error(&ReplicaError::from(PortfolioError::from(error)), desk.language()))
}

/// `name` if it is a plain file name, nothing of a path.
fn file_name(name: &str) -> Result<&str, FieldError> {
    let plain = Path::new(name).file_name().is_some_and(|file| file == name) && !name.starts_with('.');
    if plain {
        Ok(name)
    } else {
        Err(FieldError::refused("name", Problem::Other { reason: format!("'{name}' is not a file name") }))
    }
}

/// The most copies of one name the Downloads folder takes before a save is refused.
const COPIES: u32 = 999;

/// Creates `name` in `dir`, or the first free `stem (n).ext`, with `bytes`.
fn write_new(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() => (stem, format!(".{extension}")),
        _ => (name, String::new()),
    };
    for n in 1..=COPIES {
        let path = if n == 1 { dir.join(name) } else { dir.join(format!("{stem} ({n}){extension}")) };
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                file.write_all(bytes)?;
                file.sync_all()?;
                return Ok(path);
            }
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
    let taken = format!("{name} and {COPIES} copies of it are already there");
    Err(std::io::Error::new(std::io::ErrorKind::AlreadyExists, taken))
}

fn refused(error: impl std::fmt::Display) -> PortfolioError {
    FieldError::refused("export", Problem::Other { reason: error.to_string() }).into()
}

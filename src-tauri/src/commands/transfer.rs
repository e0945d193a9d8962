//! The app's Export: the portfolio's files made in memory for the webview to save —
//! the JSON backup, one CSV file of a kind of record, the Excel workbook, the coming
//! 90 days as iCalendar, every contact as vCard — the same files the CLI writes.

use base64::Engine;
use fieldbook_core::{FieldError, Portfolio, PortfolioError, Problem};
use fieldbook_formats::{export_csv, export_ics, export_json, export_vcf, export_xlsx};

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
        let (name, media_type, bytes) = match choice {
            ExportChoice::Json => {
                (format!("{stamp}.json"), "application/json", export_json(portfolio).map_err(refused)?.into_bytes())
            }
            ExportChoice::Csv => (format!("{table}.csv"), "text/csv;charset=utf-8", csv_table(portfolio, table, now)?),
            ExportChoice::Xlsx => (
                format!("{stamp}.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                export_xlsx(portfolio, now, settings.language).map_err(refused)?,
            ),
            ExportChoice::Ics => (
                format!("{stamp}.ics"),
                "text/calendar;charset=utf-8",
                export_ics(portfolio, today, CALENDAR_DAYS, settings.time_zone, now).map_err(refused)?.into_bytes(),
            ),
            ExportChoice::Vcf => {
                (format!("{stamp}.vcf"), "text/vcard;charset=utf-8", export_vcf(portfolio, None)?.into_bytes())
            }
        };
        let base64 = base64::engine::general_purpose::STANDARD.encode(bytes);
        Ok(ExportedFile { name, media_type: media_type.to_owned(), base64 })
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

fn refused(error: impl std::fmt::Display) -> PortfolioError {
    FieldError::refused("export", Problem::Other { reason: error.to_string() }).into()
}

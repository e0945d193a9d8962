//! The greeting drafts as a CSV file for bulk-messaging tools and spreadsheets.

use crate::interchange::{ExportError, csv_file};
use fieldbook_core::GreetingDraft;
use fieldbook_core::Occasion;

/// The columns of the greetings CSV file.
const CSV_HEADER: &[&str] =
    &["client", "tier", "person", "title", "language", "occasion", "date", "greeting", "contact_id"];

/// The drafts as a CSV file (UTF-8 with a byte-order mark, so Excel reads Chinese), a
/// cell a spreadsheet would run as a formula behind an apostrophe (see `export_csv`).
pub fn greetings_csv(drafts: &[GreetingDraft]) -> Result<String, ExportError> {
    let rows = drafts
        .iter()
        .map(|d| {
            let occasion = match &d.occasion {
                Occasion::Birthday => "birthday".to_string(),
                Occasion::Holiday(key) | Occasion::Other(key) => key.clone(),
            };
            vec![
                d.client_name.clone(),
                d.tier.to_string(),
                d.contact_name.clone(),
                d.title.clone(),
                d.language.to_string(),
                occasion,
                d.date.to_string(),
                d.text.clone(),
                d.contact_id.to_string(),
            ]
        })
        .collect();
    Ok(csv_file("greetings", CSV_HEADER, rows)?.1)
}

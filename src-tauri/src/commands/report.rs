//! The Report view's commands: the week's summary laid out in the UI's language
//! from the [`WeekBasis`] the desk keeps beside the replica (so a report after the
//! first is made from memory), its figures as CSV and its PDF; and the lead's
//! dashboard, the team's week from the members' copies (see `team.rs`).

use base64::Engine;
use fieldbook_core::{FieldError, Instant, IsoWeek, Language, PortfolioError, Problem, Settings, WeekSummary};
use fieldbook_report::{figures_csv, lay_out};

use super::{Answer, Desk};
use crate::dto::WeekReportView;

/// The week's summary of `week` (`""`: this week) in `language`, with the weeks around it.
pub fn week_report(desk: &Desk, week: &str, language: &Language) -> Answer<WeekReportView> {
    summary_of(desk, week, |summary, settings, now| {
        Ok(WeekReportView::new(summary.week, current_week(settings, now), lay_out(&summary, *language)))
    })
}

/// The week's figures as CSV, one per row in stable codes.
pub fn week_report_csv(desk: &Desk, week: &str) -> Answer<String> {
    summary_of(desk, week, |summary, _, _| Ok(figures_csv(&summary)))
}

/// The week's summary in `language` as an A4 PDF, base64-encoded for the webview to save.
pub fn week_report_pdf(desk: &Desk, week: &str, language: &Language) -> Answer<String> {
    summary_of(desk, week, |summary, _, _| {
        let pdf = desk.typesetter().pdf(&lay_out(&summary, *language)).map_err(pdf_refused)?;
        Ok(base64::engine::general_purpose::STANDARD.encode(pdf))
    })
}

/// Runs `then` on the summary of `week` (`""`: this week), the settings and now.
fn summary_of<T>(
    desk: &Desk,
    week: &str,
    then: impl FnOnce(WeekSummary, &Settings, Instant) -> Result<T, PortfolioError>,
) -> Answer<T> {
    let now = desk.now();
    desk.read_derived(&desk.week_basis, |portfolio, basis| {
        let settings = portfolio.settings()?;
        let week = week_asked(week, &settings, now)?;
        then(basis.summary(&settings, week, settings.time_zone, now), &settings, now)
    })
}

/// The week `text` names, this week in `settings`' zone when it is empty.
pub(super) fn week_asked(text: &str, settings: &Settings, now: Instant) -> Result<IsoWeek, FieldError> {
    match text.trim() {
        "" => Ok(current_week(settings, now)),
        text => text.parse().map_err(|problem| FieldError::refused("week", problem)),
    }
}

fn current_week(settings: &Settings, now: Instant) -> IsoWeek {
    IsoWeek::of(now.day_in(settings.time_zone))
}

/// A PDF that could not be made (a font missing), as a refusal naming it.
fn pdf_refused(error: fieldbook_report::PdfError) -> PortfolioError {
    FieldError::refused("pdf", Problem::Other { reason: error.to_string() }).into()
}

//! The Report view's wire type: a week's report laid out in the UI's language
//! (`fieldbook_report::Report`, whose TypeScript the layout declares itself),
//! with the weeks before and after it to step to.

use fieldbook_core::IsoWeek;
use fieldbook_report::Report;
use serde::Serialize;
use ts_rs::TS;

/// A week's report.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WeekReportView {
    /// The week shown, `2026-W49`.
    pub week: String,
    /// The week before.
    pub previous: String,
    /// The week after.
    pub next: String,
    /// Whether it is the current week (then it stands as of now).
    pub current: bool,
    /// The report laid out.
    pub report: Report,
}

impl WeekReportView {
    /// The report of `week`, `current` being this week.
    pub fn new(week: IsoWeek, current: IsoWeek, report: Report) -> WeekReportView {
        WeekReportView {
            week: week.to_string(),
            previous: week.previous().to_string(),
            next: week.next().to_string(),
            current: week == current,
            report,
        }
    }
}

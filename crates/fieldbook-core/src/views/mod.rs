//! Views: what the screens show, read from the document — the client list, a
//! client's page, cases with their SLA clocks, today, the week's summary and the team's, search — and the [`Derived`] views kept beside the
//! document and brought up to date from its changes.

mod cases;
mod client_list;
mod derived;
mod overview;
mod report;
mod search;
mod search_index;
mod team_report;

pub use cases::{CaseDetail, CaseRow, SlaContext, case_detail, case_rows};
pub use client_list::{ClientList, ClientRow, ClientSummary, client_rows};
pub use derived::Derived;
pub(crate) use derived::{ByRecord, read_view, read_whole};
pub use overview::{ClientPage, Today, client_page, open_tasks};
pub use report::{
    ArrearsTally, CareTally, CaseTally, ClientRef, Counted, CoverageChange, NextWeek, PlannedVisit, Tally, TaskTally,
    VisitOutcome, VisitTally, WeekBasis, WeekSummary, week_summary,
};
pub(crate) use search::snippet;
pub use search::{SearchHit, SearchHitKind, search};
pub use search_index::SearchIndex;
pub use team_report::{MemberCopy, MemberRow, STALE_AFTER_HOURS, TeamFigures, TeamReport, TierShare, team_report};

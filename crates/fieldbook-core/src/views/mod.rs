//! Views: what the screens show, read from the document — the client list, a
//! client's page, cases with their SLA clocks, today, search — and the [`Derived`] views kept beside the
//! document and brought up to date from its changes.

mod cases;
mod client_list;
mod derived;
mod overview;
mod search;
mod search_index;

pub use cases::{CaseDetail, CaseRow, SlaContext, case_detail, case_rows};
pub use client_list::{ClientList, ClientRow, ClientSummary, client_rows};
pub use derived::Derived;
pub(crate) use derived::{ByRecord, read_view, read_whole};
pub use overview::{ClientPage, Today, client_page, open_tasks};
pub(crate) use search::snippet;
pub use search::{SearchHit, SearchHitKind, search};
pub use search_index::SearchIndex;

//! The wire types of the Team view: a lead's read-only copies of their team
//! members' portfolios, each with its clients and where they stand in their cadence.

use serde::Serialize;
use ts_rs::TS;

use super::ClientRowView;

/// A team member's portfolio, as the lead's copy holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TeamPortfolioView {
    /// The member's user name on the sync server; names the portfolio in `team_client_detail`.
    pub owner: String,
    /// The member's name, from their settings.
    pub manager_name: String,
    /// When the copy last synced (RFC 3339).
    pub last_synced: Option<String>,
    /// Every live client, by tier then name.
    pub clients: Vec<TeamClientView>,
}

/// One client of a team member's portfolio.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TeamClientView {
    /// The client's row, as in the Portfolio table.
    pub row: ClientRowView,
    /// Days past the client's due day by its tier's cadence (none when not overdue,
    /// never contacted, or lost).
    pub days_overdue: Option<u32>,
}

//! The lead's view of the team's week: one row per member, made from the week's
//! summary of that member's synced read-only copy, with when the copy last synced
//! — flagged stale after [`STALE_AFTER_HOURS`], never shown as current — and the
//! team's totals. Pure: the shell opens the copies and reads the clock.

use serde::Serialize;

use crate::model::Tier;
use crate::planning::DueClient;
use crate::values::{Instant, IsoWeek};
use crate::views::report::percent;
use crate::views::{CaseRow, WeekSummary};

/// A copy last synced longer ago than this is stale: the member's week may have moved on.
pub const STALE_AFTER_HOURS: i64 = 24;

/// A member's copy as the lead's device has it.
#[derive(Debug, Clone)]
pub struct MemberCopy {
    /// The member (their user name on the server).
    pub owner: String,
    /// When the copy last synced; `None` if it never did.
    pub last_synced: Option<Instant>,
    /// The week's summary of the copy.
    pub summary: WeekSummary,
}

/// The team's week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamReport {
    /// The week.
    pub week: IsoWeek,
    /// When the report was made.
    pub made_at: Instant,
    /// One row per member, by owner.
    pub members: Vec<MemberRow>,
    /// The team's totals, coverage summed over every member's clients.
    pub totals: TeamFigures,
    /// How many members' copies are stale.
    pub stale: usize,
}

/// One member's week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberRow {
    /// The member.
    pub owner: String,
    /// Their name from their settings.
    pub manager: String,
    /// When their copy last synced.
    pub last_synced: Option<Instant>,
    /// Whether it synced longer ago than [`STALE_AFTER_HOURS`], or never.
    pub stale: bool,
    /// Their figures.
    #[serde(flatten)]
    pub figures: TeamFigures,
    /// Their tier-A clients overdue at the week's end: the key clients uncovered.
    pub key_clients_overdue: Vec<DueClient>,
    /// Their open cases at risk or breached at the week's end.
    pub cases_attention: Vec<CaseRow>,
}

/// The figures of one member or of the team.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamFigures {
    /// Visits planned for the week.
    pub visits_planned: usize,
    /// Visits made.
    pub visits_done: usize,
    /// Coverage per tier at the week's end, A first.
    pub coverage: Vec<TierShare>,
    /// Clients overdue at the week's end.
    pub overdue: usize,
    /// Clients never contacted.
    pub never_contacted: usize,
    /// Cases received in the week.
    pub cases_opened: usize,
    /// Cases resolved in the week.
    pub cases_resolved: usize,
    /// Cases open at the week's end.
    pub cases_open: usize,
    /// Of those, at risk.
    pub cases_at_risk: usize,
    /// Of those, breached.
    pub cases_breached: usize,
    /// Tasks open and past due at the week's end.
    pub tasks_overdue: usize,
}

/// A tier's coverage, counted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierShare {
    /// The tier.
    pub tier: Tier,
    /// Its clients.
    pub clients: usize,
    /// Those within their cadence.
    pub covered: usize,
    /// In percent, one decimal; 100 for no clients.
    pub percent: f64,
}

/// The team's `week` from the members' `copies`, at `now`.
pub fn team_report(week: IsoWeek, copies: Vec<MemberCopy>, now: Instant) -> TeamReport {
    let mut members: Vec<MemberRow> = copies.into_iter().map(|copy| member_row(copy, now)).collect();
    members.sort_by(|a, b| a.owner.cmp(&b.owner));
    let totals = totals(members.iter().map(|member| &member.figures));
    let stale = members.iter().filter(|member| member.stale).count();
    TeamReport { week, made_at: now, members, totals, stale }
}

fn member_row(copy: MemberCopy, now: Instant) -> MemberRow {
    let summary = copy.summary;
    let stale = copy.last_synced.is_none_or(|at| (now.0 - at.0).num_hours() >= STALE_AFTER_HOURS);
    let attention = summary.cases.attention;
    let figures = TeamFigures {
        visits_planned: summary.visits.planned,
        visits_done: summary.visits.done,
        coverage: summary
            .coverage
            .iter()
            .map(|tier| TierShare {
                tier: tier.tier,
                clients: tier.clients,
                covered: tier.covered,
                percent: tier.percent,
            })
            .collect(),
        overdue: summary.overdue.len(),
        never_contacted: summary.never_contacted.len(),
        cases_opened: summary.cases.opened,
        cases_resolved: summary.cases.resolved,
        cases_open: summary.cases.open,
        cases_at_risk: attention.iter().filter(|case| case.at_risk).count(),
        cases_breached: attention.iter().filter(|case| case.breached).count(),
        tasks_overdue: summary.tasks.overdue,
    };
    MemberRow {
        owner: copy.owner,
        manager: summary.manager,
        last_synced: copy.last_synced,
        stale,
        figures,
        key_clients_overdue: summary.overdue.into_iter().filter(|client| client.tier == Tier::A).collect(),
        cases_attention: attention,
    }
}

fn totals<'a>(members: impl Iterator<Item = &'a TeamFigures>) -> TeamFigures {
    let mut sum = TeamFigures {
        visits_planned: 0,
        visits_done: 0,
        coverage: Tier::ALL.iter().map(|&tier| TierShare { tier, clients: 0, covered: 0, percent: 100.0 }).collect(),
        overdue: 0,
        never_contacted: 0,
        cases_opened: 0,
        cases_resolved: 0,
        cases_open: 0,
        cases_at_risk: 0,
        cases_breached: 0,
        tasks_overdue: 0,
    };
    for member in members {
        sum.visits_planned += member.visits_planned;
        sum.visits_done += member.visits_done;
        sum.overdue += member.overdue;
        sum.never_contacted += member.never_contacted;
        sum.cases_opened += member.cases_opened;
        sum.cases_resolved += member.cases_resolved;
        sum.cases_open += member.cases_open;
        sum.cases_at_risk += member.cases_at_risk;
        sum.cases_breached += member.cases_breached;
        sum.tasks_overdue += member.tasks_overdue;
        for (total, tier) in sum.coverage.iter_mut().zip(&member.coverage) {
            total.clients += tier.clients;
            total.covered += tier.covered;
        }
    }
    for tier in &mut sum.coverage {
        let share = if tier.clients == 0 { 1.0 } else { tier.covered as f64 / tier.clients as f64 };
        tier.percent = percent(share);
    }
    sum
}

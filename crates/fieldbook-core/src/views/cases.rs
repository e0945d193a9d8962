//! Cases as the screens and the CLI show them: each with where it stands and
//! its SLA clocks at `now` (the Cases view, `fieldbook case list`), and one case
//! whole — its timeline, clocks, the visits that followed it up and its tasks.
//! Instants are written in the manager's time zone.

use serde::Serialize;

use crate::calendar::WorkingTime;
use crate::model::{
    Case, CaseChannel, CaseId, CaseSla, CaseStatus, CaseStep, Client, ClientId, ClockState, Portfolio, PortfolioError,
    Settings, Severity, SlaPolicies, Task, Timeline, Visit, case_sla, records_of_case,
};
use crate::values::{Instant, Zone};

/// One case in a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseRow {
    /// The case.
    pub id: CaseId,
    /// Its client.
    pub client_id: ClientId,
    /// The client's name.
    pub client_name: String,
    /// Where it stands.
    pub status: CaseStatus,
    /// How bad it is.
    pub severity: Severity,
    /// Kind of problem.
    pub category: String,
    /// How it was received.
    pub channel: CaseChannel,
    /// When it was received.
    pub opened_at: Instant,
    /// The department it is with, while handed over.
    pub department: Option<String>,
    /// When the client must first be answered.
    pub response_due: Option<Instant>,
    /// When the client was first answered; `None` while not yet.
    pub responded_at: Option<Instant>,
    /// When it must be resolved; `None` while waiting on the client.
    pub resolution_due: Option<Instant>,
    /// The first-response clock.
    pub response: ClockState,
    /// The resolution clock.
    pub resolution: ClockState,
    /// Working minutes left to resolve it (negative once past).
    pub resolution_left_minutes: i64,
    /// Whether a target was missed (stays so once resolved).
    pub breached: bool,
    /// Whether a running clock is past 75 % of its target.
    pub at_risk: bool,
    /// The steps that fit now.
    pub next_steps: Vec<CaseStep>,
}

/// One case whole.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseDetail {
    /// The case in a list's terms.
    #[serde(flatten)]
    pub row: CaseRow,
    /// Who raised it.
    pub raised_by: Option<String>,
    /// The complaint in the client's words.
    pub description: String,
    /// Its steps, replayed.
    pub timeline: Timeline,
    /// Its clocks.
    pub sla: CaseSla,
    /// The complaint follow-up visits linked to it.
    pub visits: Vec<Visit>,
    /// Its follow-up tasks.
    pub tasks: Vec<Task>,
}

/// What SLA clocks need: the targets and the manager's working time.
pub struct SlaContext {
    policies: SlaPolicies,
    time: WorkingTime,
    zone: Zone,
}

impl SlaContext {
    /// The targets and working time of `settings`.
    pub fn of(settings: &Settings) -> SlaContext {
        SlaContext { policies: settings.sla.clone(), time: settings.working_time(), zone: settings.time_zone }
    }

    /// The time zone rows are written in.
    pub fn zone(&self) -> Zone {
        self.zone
    }

    /// `case` as a row at `now`, with its timeline and clocks.
    pub fn row(&mut self, case: &Case, client_name: String, now: Instant) -> (CaseRow, Timeline, CaseSla) {
        let zone = self.zone;
        let timeline = written_in(case.timeline(), zone);
        let mut sla = case_sla(case, &timeline, &self.policies, &mut self.time, now);
        for clock in [&mut sla.response, &mut sla.resolution] {
            clock.due = clock.due.map(|due| due.in_zone(zone));
        }
        let row = CaseRow {
            id: case.id.clone(),
            client_id: case.client_id.clone(),
            client_name,
            status: timeline.status,
            severity: case.severity,
            category: case.category.clone(),
            channel: case.channel,
            opened_at: case.opened_at.in_zone(zone),
            department: timeline.department.clone(),
            response_due: sla.response.due,
            responded_at: timeline.responded_at,
            resolution_due: sla.resolution.due,
            response: sla.response.state,
            resolution: sla.resolution.state,
            resolution_left_minutes: sla.resolution.left_minutes,
            breached: sla.breached(),
            at_risk: sla.at_risk(),
            next_steps: timeline.status.next_steps(),
        };
        (row, timeline, sla)
    }
}

/// `timeline` with its instants written in `zone`.
fn written_in(mut timeline: Timeline, zone: Zone) -> Timeline {
    for entry in &mut timeline.entries {
        entry.event.at = entry.event.at.in_zone(zone);
    }
    for at in [&mut timeline.responded_at, &mut timeline.handed_over_at, &mut timeline.resolved_at] {
        *at = at.map(|at| at.in_zone(zone));
    }
    for (from, until) in &mut timeline.runs {
        *from = from.in_zone(zone);
        *until = until.map(|until| until.in_zone(zone));
    }
    timeline
}

/// Every live case at `now`: open ones first, the soonest resolution deadline
/// first (waiting ones after them), then closed ones, the latest received first.
pub fn case_rows(portfolio: &Portfolio, now: Instant) -> Result<Vec<CaseRow>, PortfolioError> {
    let mut context = SlaContext::of(&portfolio.settings()?);
    let mut rows = Vec::new();
    for case in portfolio.records::<Case>()? {
        let name = client_name(portfolio, &case.client_id)?;
        rows.push(context.row(&case, name, now).0);
    }
    rows.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)).then_with(|| b.opened_at.cmp(&a.opened_at)));
    Ok(rows)
}

fn sort_key(row: &CaseRow) -> (bool, bool, Option<Instant>) {
    let open = row.status.is_open();
    (!open, row.resolution_due.is_none(), if open { row.resolution_due } else { None })
}

/// The live case `id` whole at `now`.
pub fn case_detail(portfolio: &Portfolio, id: &CaseId, now: Instant) -> Result<CaseDetail, PortfolioError> {
    let case = portfolio.get::<Case>(id)?;
    let mut context = SlaContext::of(&portfolio.settings()?);
    let (row, timeline, sla) = context.row(&case, client_name(portfolio, &case.client_id)?, now);
    let raised_by = match &case.raised_by {
        Some(contact) => portfolio.get_any::<crate::model::Contact>(contact)?.map(|contact| contact.name),
        None => None,
    };
    let mut visits = records_of_case::<Visit>(portfolio, id)?;
    visits.sort_by_key(|visit| (visit.planned.date, visit.planned.time));
    let tasks = records_of_case::<Task>(portfolio, id)?;
    let description = case.description.as_str().to_owned();
    Ok(CaseDetail { row, raised_by, description, timeline, sla, visits, tasks })
}

fn client_name(portfolio: &Portfolio, id: &ClientId) -> Result<String, PortfolioError> {
    Ok(portfolio.get_any::<Client>(id)?.map(|client| client.name).unwrap_or_default())
}

//! The planner and the portfolio: the stops for chosen clients (visit length by
//! tier, office hours, coordinates), and saving a plan as planned visits in one commit.

use std::collections::HashMap;

use autosurgeon::Hydrate;
use fieldbook_core::{
    Client, ClientId, Date, DueClient, FieldError, PlannedStart, Portfolio, PortfolioError, RecordId, Tier, Visit,
    VisitId, VisitPurpose, VisitStatus, Zone, due_list,
};
use rand::Rng;

use crate::plan::{DayPlan, Stop};

/// Why a plan cannot be made or saved.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// Reading or writing the portfolio failed, or a client is unknown.
    #[error(transparent)]
    Portfolio(#[from] PortfolioError),
    /// A value given is not acceptable.
    #[error(transparent)]
    Field(#[from] FieldError),
}

impl PlanError {
    /// Whether the error is the user's input (a bad value, an unknown client) rather than a failure.
    pub fn is_bad_input(&self) -> bool {
        match self {
            PlanError::Portfolio(error) => error.is_bad_input(),
            PlanError::Field(_) => true,
        }
    }
}

/// How long a visit to a client of `tier` takes by default, in minutes: the more
/// valuable the client, the longer the meeting.
pub fn default_duration_min(tier: Tier) -> u32 {
    match tier {
        Tier::A => 90,
        Tier::B => 60,
        Tier::C => 45,
        Tier::D => 30,
    }
}

/// The stops for `clients` (live ones, in the order given): their coordinates and
/// office hours, the visit length by tier.
pub fn stops_for(portfolio: &Portfolio, clients: &[ClientId]) -> Result<Vec<Stop>, PlanError> {
    clients
        .iter()
        .map(|id| {
            let client = portfolio.get::<Client>(id)?;
            Ok(Stop {
                window: client.office_hours,
                ..Stop::new(client.id, client.location, default_duration_min(client.tier))
            })
        })
        .collect()
}

/// The clients to fill a day on `date` with from the due list as of that day: overdue
/// ones (most overdue first), then those due by `date`, then those never visited; at most
/// `limit`. A client already booked is left out: one with a visit planned from `date` on,
/// before its due day or within the week from `date` (for one overdue or never visited).
pub fn due_clients(portfolio: &Portfolio, date: Date, zone: Zone, limit: usize) -> Result<Vec<ClientId>, PlanError> {
    let list = due_list(portfolio, date, zone)?;
    let booked = booked_days(portfolio)?;
    let week_ahead = Date(date.0.checked_add_days(chrono::Days::new(6)).unwrap_or(date.0));
    let is_booked = |client: &DueClient| {
        let until = client.due.map_or(week_ahead, |due| due.max(week_ahead));
        booked.get(&client.client_id).is_some_and(|days| days.iter().any(|day| (date..=until).contains(day)))
    };
    let due_by_then = list.due_this_week.iter().filter(|c| c.proposed <= date);
    let chosen = list.overdue.iter().chain(due_by_then).chain(&list.never_visited).filter(|c| !is_booked(c));
    Ok(chosen.take(limit).map(|c| c.client_id.clone()).collect())
}

/// What the due list's planner reads of a visit: whose, on what day, and whether still planned.
#[derive(Hydrate)]
struct Booking {
    client_id: ClientId,
    planned: PlannedStart,
    status: VisitStatus,
    removed: bool,
}

/// The days each client has a visit planned on.
fn booked_days(portfolio: &Portfolio) -> Result<HashMap<ClientId, Vec<Date>>, PlanError> {
    let mut days: HashMap<ClientId, Vec<Date>> = HashMap::new();
    let planned =
        portfolio.views::<Visit, Booking>()?.into_iter().filter(|v| !v.removed && v.status == VisitStatus::Planned);
    for visit in planned {
        days.entry(visit.client_id).or_default().push(visit.planned.date);
    }
    Ok(days)
}

/// Saves `plan` for `date` as planned routine visits in `zone`, in one commit;
/// returns the new visits' ids in the plan's order.
pub fn save_plan(
    portfolio: &mut Portfolio,
    plan: &DayPlan,
    date: Date,
    zone: Zone,
    rng: &mut impl Rng,
) -> Result<Vec<VisitId>, PortfolioError> {
    let visits: Vec<Visit> = plan
        .stops
        .iter()
        .map(|stop| {
            let minutes = (stop.depart.0 - stop.arrive.0).num_minutes();
            let duration = u32::try_from(minutes).map_err(|_| {
                PortfolioError::from(FieldError::refused("depart", fieldbook_core::Problem::DepartBeforeArrival))
            })?;
            let planned = fieldbook_core::PlannedStart { date, time: stop.arrive, zone };
            let mut visit = Visit::planned(VisitId::generate(rng), stop.client_id.clone(), planned, duration);
            visit.purpose = VisitPurpose::Routine;
            Ok(visit)
        })
        .collect::<Result<_, PortfolioError>>()?;
    let ids = visits.iter().map(|v| v.id.clone()).collect();
    portfolio.act(format!("Plan the visits of {date}"), |action| visits.iter().try_for_each(|v| action.insert(v)))?;
    Ok(ids)
}

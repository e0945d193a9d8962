//! Planning a day's route: the clients given (or those due, filling the day),
//! optimised for the least travel or re-timed in the order given, and saved as
//! planned visits.

use fieldbook_core::{
    Client, DayWindow, DueList, FieldError, GeoPoint, Instant, Portfolio, PortfolioError, Problem, VisitId, due_list,
};
use fieldbook_planner::{DayPlan, DayRequest, PlanError, Travel, due_clients, retime, save_plan, stops_for};
use rand::Rng;
use serde::Deserialize;

use crate::fields::{day, day_or_today};

/// The most clients the due list fills a day with; the planner keeps those that fit.
const FROM_DUE_LIMIT: usize = 25;

/// A client in the day being planned, in the order shown.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlanStopInput {
    /// The client (an id or a unique id prefix).
    pub client_id: String,
    /// Held at its position when re-optimising.
    pub locked: bool,
}

/// How the day's order is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PlanMode {
    /// The order that drives the least (locked stops stay put).
    Optimise,
    /// The order as given, re-timed.
    Retime,
}

/// A day to plan, each value as typed.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DayPlanRequest {
    /// The day, `YYYY-MM-DD`.
    pub date: String,
    /// Where the day starts, `LAT,LON`.
    pub start: String,
    /// Start of the working day, `HH:MM` (the working hours in the settings when absent).
    pub day_start: Option<String>,
    /// End of the working day, `HH:MM` (likewise).
    pub day_end: Option<String>,
    /// Average speed, km/h.
    pub speed_kmh: f64,
    /// Road distance over straight-line distance.
    pub road_factor: f64,
    /// The clients, in the order shown.
    pub stops: Vec<PlanStopInput>,
    /// Optimise or re-time.
    pub mode: PlanMode,
}

/// The day's route as `request` asks.
pub fn plan_day(portfolio: &Portfolio, request: &DayPlanRequest) -> Result<DayPlan, PortfolioError> {
    let day = day_request(portfolio, request)?;
    Ok(match request.mode {
        PlanMode::Optimise => fieldbook_planner::plan_day(&day),
        PlanMode::Retime => retime(&day),
    })
}

/// Plans the day as `request` asks and saves its visits as planned ones, in one commit;
/// answers the plan and the new visits' ids in its order.
pub fn save_day(
    portfolio: &mut Portfolio,
    request: &DayPlanRequest,
    ids: &mut impl Rng,
) -> Result<(DayPlan, Vec<VisitId>), PortfolioError> {
    let date = day("date", &request.date)?;
    let plan = plan_day(portfolio, request)?;
    let zone = portfolio.settings()?.time_zone;
    let saved = save_plan(portfolio, &plan, date, zone, ids)?;
    Ok((plan, saved))
}

/// The clients to fill the day `date` with from the due list as of that day: overdue
/// ones (most overdue first), then those due by then, then those never visited.
pub fn due_stops(portfolio: &Portfolio, date: &str) -> Result<Vec<PlanStopInput>, PortfolioError> {
    let date = day("date", date)?;
    let zone = portfolio.settings()?.time_zone;
    let clients = due_clients(portfolio, date, zone, FROM_DUE_LIMIT).map_err(portfolio_error)?;
    Ok(clients.into_iter().map(|id| PlanStopInput { client_id: id.to_string(), locked: false }).collect())
}

/// Who is due for a visit as of the day `today` (today in the manager's zone when
/// `None`), and coverage per tier.
pub fn due_on(portfolio: &Portfolio, today: Option<&str>, now: Instant) -> Result<DueList, PortfolioError> {
    let settings = portfolio.settings()?;
    let today = day_or_today("today", today, now, &settings)?;
    due_list(portfolio, today, settings.time_zone)
}

fn day_request(portfolio: &Portfolio, request: &DayPlanRequest) -> Result<DayRequest, PortfolioError> {
    let start: GeoPoint = request.start.parse().map_err(|problem| FieldError::refused("start", problem))?;
    let working = portfolio.settings()?.working_hours;
    let time = |field: &str, given: &Option<String>, default| match given {
        Some(text) => fieldbook_core::parse_time(field, text),
        None => Ok(default),
    };
    let hours = DayWindow {
        start: time("day_start", &request.day_start, working.start)?,
        end: time("day_end", &request.day_end, working.end)?,
    };
    if hours.end <= hours.start {
        let problem = Problem::NotAfter { value: hours.end.to_string(), after: hours.start.to_string() };
        return Err(FieldError::refused("day_end", problem).into());
    }
    let travel = Travel { speed_kmh: request.speed_kmh, road_factor: request.road_factor };
    travel.check().map_err(|(field, problem)| FieldError::refused(field, problem))?;
    let clients =
        request.stops.iter().map(|s| portfolio.find::<Client>(&s.client_id)).collect::<Result<Vec<_>, _>>()?;
    let mut stops = stops_for(portfolio, &clients).map_err(portfolio_error)?;
    for (stop, input) in stops.iter_mut().zip(&request.stops) {
        stop.locked = input.locked;
    }
    Ok(DayRequest::new(start, hours, travel, stops))
}

fn portfolio_error(error: PlanError) -> PortfolioError {
    match error {
        PlanError::Portfolio(error) => error,
        PlanError::Field(error) => error.into(),
    }
}

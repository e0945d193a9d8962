//! Visit planning for the app: the due list, the day planner, the week's
//! visits and moving a visit, the sales stage of a visit. Thin over the core and
//! `fieldbook-planner`, like the other commands.

use fieldbook_core::{
    Client, ClientId, FieldError, GeoPoint, Portfolio, PortfolioError, Problem, Visit, VisitStatus, agenda, due_list,
};
use fieldbook_planner::{DayRequest, Travel, plan_day as optimise, retime, save_plan, stops_for};

use super::{Answer, Desk, change_visit, today, visit_view};
use crate::dto::{DayPlanRequest, DayPlanView, DueListView, PlanMode, VisitView, WeekReminderView};

/// Who is due for a visit today, and coverage per tier.
pub fn due_clients(desk: &Desk) -> Answer<DueListView> {
    desk.read(|portfolio| {
        let settings = portfolio.settings()?;
        Ok(DueListView::from(&due_list(portfolio, today(&settings), settings.time_zone)?))
    })
}

/// The day's route: optimised (locked stops stay put) or re-timed in the order given.
pub fn plan_day(desk: &Desk, request: DayPlanRequest) -> Answer<DayPlanView> {
    desk.read(|portfolio| {
        let day = day_request(portfolio, &request)?;
        let plan = match request.mode {
            PlanMode::Optimise => optimise(&day),
            PlanMode::Retime => retime(&day),
        };
        Ok(DayPlanView::new(&plan, |id| client_name(portfolio, id)))
    })
}

/// Saves the day, in the order given and re-timed, as planned visits in one action; answers their ids.
pub fn save_day_plan(desk: &Desk, request: DayPlanRequest) -> Answer<Vec<String>> {
    desk.apply(|portfolio| {
        let date = request.date.parse().map_err(|_| not_a_date("date", &request.date))?;
        let plan = retime(&day_request(portfolio, &request)?);
        let zone = portfolio.settings()?.time_zone;
        let ids = save_plan(portfolio, &plan, date, zone, &mut rand::rng())?;
        Ok(ids.iter().map(ToString::to_string).collect())
    })
}

/// The visits planned or made from `from` (`YYYY-MM-DD`) for `days` days, by start.
pub fn visits_between(desk: &Desk, from: &str, days: u32) -> Answer<Vec<VisitView>> {
    desk.read(|portfolio| {
        let first: fieldbook_core::Date = from.parse().map_err(|_| not_a_date("from", from))?;
        let last = first.0 + chrono::Duration::days(i64::from(days));
        let mut visits = portfolio.records::<Visit>()?;
        visits.retain(|v| v.planned.date >= first && v.planned.date.0 < last && v.status != VisitStatus::Cancelled);
        visits.sort_by_key(|v| (v.planned.date, v.planned.time));
        visits.iter().map(|v| visit_view(portfolio, v)).collect()
    })
}

/// The care reminders due from `from` (`YYYY-MM-DD`) for `days` days, for the week view.
pub fn week_reminders(desk: &Desk, from: &str, days: u32) -> Answer<Vec<WeekReminderView>> {
    desk.read(|portfolio| {
        let first = from.parse().map_err(|_| not_a_date("from", from))?;
        let zone = portfolio.settings()?.time_zone;
        Ok(agenda(portfolio, first, days, zone)?.iter().map(WeekReminderView::from).collect())
    })
}

/// Moves a visit to another day and time, as dragged in the week view.
pub fn move_visit(desk: &Desk, visit_id: &str, date: &str, time: &str) -> Answer<VisitView> {
    desk.apply(|portfolio| {
        let id = portfolio.find::<Visit>(visit_id)?;
        let visit = portfolio.update::<Visit>(&id, "Move", |visit| {
            visit.set_field("date", date)?;
            visit.set_field("time", time)
        })?;
        visit_view(portfolio, &visit)
    })
}

/// Records the sales stage a visit served (`""` clears it).
pub fn set_visit_stage(desk: &Desk, visit_id: &str, stage: &str) -> Answer<VisitView> {
    change_visit(desk, visit_id, "Record stage of", "stage", stage)
}

fn not_a_date(field: &str, value: &str) -> FieldError {
    FieldError::refused(field, Problem::NotADate { value: value.to_owned() })
}

fn day_request(portfolio: &Portfolio, request: &DayPlanRequest) -> Result<DayRequest, PortfolioError> {
    let start: GeoPoint = request.start.parse().map_err(|problem| FieldError::refused("start", problem))?;
    let hours = format!("{}-{}", request.day_start, request.day_end)
        .parse()
        .map_err(|problem| FieldError::refused("working_hours", problem))?;
    let travel = Travel { speed_kmh: request.speed_kmh, road_factor: request.road_factor };
    travel.check().map_err(|(field, problem)| FieldError::refused(field, problem))?;
    let ids =
        request.stops.iter().map(|s| portfolio.find::<Client>(&s.client_id)).collect::<Result<Vec<ClientId>, _>>()?;
    let mut stops = stops_for(portfolio, &ids).map_err(|error| match error {
        fieldbook_planner::PlanError::Portfolio(error) => error,
        fieldbook_planner::PlanError::Field(error) => error.into(),
    })?;
    for (stop, input) in stops.iter_mut().zip(&request.stops) {
        stop.locked = input.locked;
    }
    Ok(DayRequest::new(start, hours, travel, stops))
}

fn client_name(portfolio: &Portfolio, id: &str) -> String {
    portfolio.get_any::<Client>(&ClientId::from(id.to_string())).ok().flatten().map(|c| c.name).unwrap_or_default()
}

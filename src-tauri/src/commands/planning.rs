//! Visit planning for the app: the due list, the day planner, the week's
//! visits and moving a visit, the sales stage of a visit — each an action of
//! `fieldbook-actions` or a read of the core, like the other commands.

use fieldbook_actions::DayPlanRequest;
use fieldbook_core::{Client, ClientId, Portfolio, agenda, due_list};

use super::{Answer, Desk, visit_action, visit_view};
use crate::dto::{DayPlanView, DueListView, VisitView, WeekReminderView};

/// Who is due for a visit today, and coverage per tier.
pub fn due_clients(desk: &Desk) -> Answer<DueListView> {
    desk.read(|portfolio| {
        let settings = portfolio.settings()?;
        Ok(DueListView::from(&due_list(portfolio, desk.today(&settings), settings.time_zone)?))
    })
}

/// The day's route: optimised (locked stops stay put) or re-timed in the order given.
pub fn plan_day(desk: &Desk, request: &DayPlanRequest) -> Answer<DayPlanView> {
    desk.read(|portfolio| {
        let plan = fieldbook_actions::plan_day(portfolio, request)?;
        Ok(DayPlanView::new(&plan, |id| client_name(portfolio, id)))
    })
}

/// Saves the day as the request plans it as planned visits, in one action; answers their ids.
pub fn save_day_plan(desk: &Desk, request: &DayPlanRequest) -> Answer<Vec<String>> {
    desk.apply(|portfolio| fieldbook_actions::save_day(portfolio, request, &mut rand::rng()))
        .map(|(_, ids)| ids.iter().map(ToString::to_string).collect())
}

/// The visits planned or made from `from` (`YYYY-MM-DD`) for `days` days, by start.
pub fn visits_between(desk: &Desk, from: &str, days: &u32) -> Answer<Vec<VisitView>> {
    desk.read(|portfolio| {
        let visits = fieldbook_actions::visits_between(portfolio, from, *days)?;
        visits.iter().map(|v| visit_view(portfolio, v)).collect()
    })
}

/// The care reminders due from `from` (`YYYY-MM-DD`) for `days` days, for the week view.
pub fn week_reminders(desk: &Desk, from: &str, days: &u32) -> Answer<Vec<WeekReminderView>> {
    desk.read(|portfolio| {
        let first = from.parse().map_err(|problem| fieldbook_core::FieldError::refused("from", problem))?;
        let zone = portfolio.settings()?.time_zone;
        Ok(agenda(portfolio, first, *days, zone)?.iter().map(WeekReminderView::from).collect())
    })
}

/// Moves a visit to another day and time, as dragged in the week view.
pub fn move_visit(desk: &Desk, visit_id: &str, date: &str, time: &str) -> Answer<VisitView> {
    visit_action(desk, |portfolio| fieldbook_actions::move_visit(portfolio, visit_id, date, time))
}

/// Records the sales stage a visit served (`""` clears it).
pub fn set_visit_stage(desk: &Desk, visit_id: &str, stage: &str) -> Answer<VisitView> {
    visit_action(desk, |portfolio| fieldbook_actions::set_stage(portfolio, visit_id, stage))
}

fn client_name(portfolio: &Portfolio, id: &str) -> String {
    portfolio.get_any::<Client>(&ClientId::from(id.to_string())).ok().flatten().map(|c| c.name).unwrap_or_default()
}

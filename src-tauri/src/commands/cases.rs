//! The follow-through commands: cases listed and shown with their SLA clocks,
//! opened (also from a visit, while at the client), moved step by step; the SLA
//! targets; follow-up tasks added, edited, ticked off and removed. The device's
//! user, as the timeline names them, is the manager of the portfolio.

use fieldbook_actions::{Actor, CaseFilter, CaseOpening, FieldMap, StepInput, TaskFilter};
use fieldbook_core::{Case, CaseStep, Client, Instant, Portfolio, PortfolioError, Task, TaskField};

use super::{Answer, Desk};
use crate::dto::{CaseDetailView, CaseOpeningInput, CaseRowView, CaseStepInput, SlaTargetView, TaskView, sla_targets};

/// The cases `status` and `severity` let through (`""` for any), open ones by deadline first.
pub fn list_cases(desk: &Desk, status: &str, severity: &str) -> Answer<Vec<CaseRowView>> {
    let given = |text: &str| Some(text.to_owned()).filter(|t| !t.is_empty());
    let filter = CaseFilter { status: given(status), severity: given(severity), ..CaseFilter::default() };
    desk.read(|portfolio| {
        Ok(fieldbook_actions::list_cases(portfolio, &filter, desk.now())?.iter().map(CaseRowView::from).collect())
    })
}

/// A case whole, with its timeline, clocks, visits and tasks.
pub fn case_detail(desk: &Desk, case_id: &str) -> Answer<CaseDetailView> {
    desk.read(|portfolio| case_view(portfolio, case_id, desk.now()))
}

/// Opens a case as received; from a visit, that visit becomes its follow-up.
pub fn open_case(desk: &Desk, opening: &CaseOpeningInput) -> Answer<CaseDetailView> {
    let input = CaseOpening {
        client: opening.client_id.clone(),
        contact: opening.contact_id.clone().filter(|c| !c.is_empty()),
        category: opening.category.clone(),
        severity: opening.severity.clone(),
        channel: opening.channel.clone(),
        description: opening.description.clone(),
        at: opening.at.clone().filter(|at| !at.trim().is_empty()),
        visit: opening.visit_id.clone().filter(|v| !v.is_empty()),
    };
    let case = desk.apply(|portfolio| {
        let by = portfolio.settings()?.manager_name;
        fieldbook_actions::open_case(portfolio, &input, Actor { by: &by, now: desk.now() }, &mut rand::rng())
    })?;
    case_detail(desk, case.id.as_ref())
}

/// Takes `step` on a case.
pub fn case_step(desk: &Desk, case_id: &str, step: &CaseStep, input: &CaseStepInput) -> Answer<CaseDetailView> {
    let given = |text: &Option<String>| text.clone().filter(|t| !t.trim().is_empty());
    let input = StepInput {
        text: given(&input.text),
        department: given(&input.department),
        channel: given(&input.channel),
        satisfaction: given(&input.satisfaction),
        at: given(&input.at),
    };
    let case: Case = desk.apply(|portfolio| {
        let by = portfolio.settings()?.manager_name;
        fieldbook_actions::take_step(
            portfolio,
            case_id,
            *step,
            &input,
            Actor { by: &by, now: desk.now() },
            &mut rand::rng(),
        )
    })?;
    case_detail(desk, case.id.as_ref())
}

/// The SLA targets per severity, the gravest first.
pub fn sla_settings(desk: &Desk) -> Answer<Vec<SlaTargetView>> {
    desk.read(|portfolio| Ok(sla_targets(&portfolio.settings()?.sla)))
}

/// Sets a severity's targets (`4h`, `3d`; `""` keeps one).
pub fn set_sla(desk: &Desk, severity: &str, response: &str, resolution: &str) -> Answer<Vec<SlaTargetView>> {
    let response = Some(response).filter(|t| !t.trim().is_empty());
    let resolution = Some(resolution).filter(|t| !t.trim().is_empty());
    let policies = desk.apply(|portfolio| fieldbook_actions::set_sla(portfolio, severity, response, resolution))?;
    Ok(sla_targets(&policies))
}

/// The tasks, open ones only when `open`, of one client when `client_id` is not `""`.
pub fn list_tasks(desk: &Desk, open: &bool, client_id: &str) -> Answer<Vec<TaskView>> {
    let client = Some(client_id.to_owned()).filter(|c| !c.is_empty());
    desk.read(|portfolio| {
        let tasks = fieldbook_actions::list_tasks(portfolio, &TaskFilter { open: *open, client, case: None })?;
        tasks.iter().map(|task| task_view(desk, portfolio, task)).collect()
    })
}

/// Adds a task from the fields given (its title at least).
pub fn add_task(desk: &Desk, task: &FieldMap<TaskField>) -> Answer<TaskView> {
    let task = desk.apply(|portfolio| {
        let today = desk.today(&portfolio.settings()?);
        fieldbook_actions::add_task(portfolio, task, today, &mut rand::rng())
    })?;
    desk.read(|portfolio| task_view(desk, portfolio, &task))
}

/// Changes the fields given of a task.
pub fn edit_task(desk: &Desk, task_id: &str, task: &FieldMap<TaskField>) -> Answer<TaskView> {
    let task = desk.apply(|portfolio| fieldbook_actions::edit_task(portfolio, task_id, task))?;
    desk.read(|portfolio| task_view(desk, portfolio, &task))
}

/// Ticks a task done, or not done again.
pub fn tick_task(desk: &Desk, task_id: &str, done: &bool) -> Answer<TaskView> {
    let task = desk.apply(|portfolio| {
        let today = desk.today(&portfolio.settings()?);
        fieldbook_actions::tick_task(portfolio, task_id, *done, today)
    })?;
    desk.read(|portfolio| task_view(desk, portfolio, &task))
}

/// Removes a task.
pub fn remove_task(desk: &Desk, task_id: &str) -> Answer<()> {
    desk.apply(|portfolio| fieldbook_actions::remove_task(portfolio, task_id))
}

/// The case `case_id` of `portfolio` as it stands at `now`, its tasks as of the day in the portfolio's zone.
pub(super) fn case_view(portfolio: &Portfolio, case_id: &str, now: Instant) -> Result<CaseDetailView, PortfolioError> {
    let detail = fieldbook_actions::show_case(portfolio, case_id, now)?;
    Ok(CaseDetailView::new(&detail, now.day_in(portfolio.settings()?.time_zone)))
}

fn task_view(desk: &Desk, portfolio: &Portfolio, task: &Task) -> Result<TaskView, PortfolioError> {
    let client = task.client_id.as_ref().map(|id| portfolio.get_any::<Client>(id)).transpose()?.flatten();
    Ok(TaskView::new(task, client.as_ref().map(|c| c.name.as_str()), desk.today(&portfolio.settings()?)))
}

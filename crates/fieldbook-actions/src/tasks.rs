//! Follow-up tasks: add one on its own or from a client, a visit or a case,
//! change it, tick it done (or not), remove it, list them.

use fieldbook_core::{
    Case, Client, ClientId, Date, FieldError, Portfolio, PortfolioError, Problem, RecordId, Task, TaskField, TaskId,
    Visit,
};
use rand::Rng;

use crate::fields::{FieldMap, require, set_all, something};

/// Adds a task from the fields given (its title at least), opened `today`, in one
/// commit. Ids of the client, visit and case may be unique prefixes; a task from
/// a visit or a case concerns its client.
pub fn add_task(
    portfolio: &mut Portfolio,
    given: &FieldMap<TaskField>,
    today: Date,
    ids: &mut impl Rng,
) -> Result<Task, PortfolioError> {
    require(given, &[TaskField::Title])?;
    let mut task = Task { opened_on: Some(today), ..Task::new(TaskId::generate(ids), "") };
    set_all(&mut task, &resolved(portfolio, given)?)?;
    task.client_id = task.client_id.take().or(owner(portfolio, &task)?);
    check_one_client(portfolio, &task)?;
    portfolio.add(task.clone())?;
    Ok(task)
}

/// Changes the fields given of the task `task`, in one commit.
pub fn edit_task(portfolio: &mut Portfolio, task: &str, given: &FieldMap<TaskField>) -> Result<Task, PortfolioError> {
    something(given)?;
    let id = portfolio.find::<Task>(task)?;
    let given = resolved(portfolio, given)?;
    let mut edited = portfolio.get::<Task>(&id)?;
    set_all(&mut edited, &given)?;
    check_one_client(portfolio, &edited)?;
    portfolio.update::<Task>(&id, "Edit", |task| set_all(task, &given))
}

/// Ticks the task `task` done `today`, or not done again, in one commit (none when it already is).
pub fn tick_task(portfolio: &mut Portfolio, task: &str, done: bool, today: Date) -> Result<Task, PortfolioError> {
    let id = portfolio.find::<Task>(task)?;
    let current = portfolio.get::<Task>(&id)?;
    if current.done == done {
        return Ok(current);
    }
    portfolio.update::<Task>(&id, if done { "Tick off" } else { "Reopen" }, |task| {
        task.tick(done.then_some(today));
        Ok(())
    })
}

/// Removes the task `task`, in one commit.
pub fn remove_task(portfolio: &mut Portfolio, task: &str) -> Result<(), PortfolioError> {
    let id = portfolio.find::<Task>(task)?;
    portfolio.remove::<Task>(&id)
}

/// Which tasks a listing shows; `None` or `false` for any.
#[derive(Debug, Clone, Default)]
pub struct TaskFilter {
    /// Only those not done.
    pub open: bool,
    /// Only this client's (an id or a unique id prefix).
    pub client: Option<String>,
    /// Only this case's.
    pub case: Option<String>,
}

/// The live tasks `filter` lets through: open ones first, the soonest due first (undated last).
pub fn list_tasks(portfolio: &Portfolio, filter: &TaskFilter) -> Result<Vec<Task>, PortfolioError> {
    let client = filter.client.as_deref().map(|c| portfolio.find::<Client>(c)).transpose()?;
    let case = filter.case.as_deref().map(|c| portfolio.find::<Case>(c)).transpose()?;
    let mut tasks = portfolio.records::<Task>()?;
    tasks.retain(|task| {
        (!filter.open || !task.done)
            && client.as_ref().is_none_or(|c| task.client_id.as_ref() == Some(c))
            && case.as_ref().is_none_or(|c| task.case_id.as_ref() == Some(c))
    });
    tasks.sort_by(|a, b| (a.done, a.due.is_none(), a.due, &a.title).cmp(&(b.done, b.due.is_none(), b.due, &b.title)));
    Ok(tasks)
}

/// The fields given with the client, visit and case ids found from what was typed.
fn resolved(portfolio: &Portfolio, given: &FieldMap<TaskField>) -> Result<FieldMap<TaskField>, PortfolioError> {
    let mut resolved = given.clone();
    for (field, value) in resolved.iter_mut().filter(|(_, value)| !value.trim().is_empty()) {
        *value = match field {
            TaskField::Client => portfolio.find::<Client>(value)?.to_string(),
            TaskField::Visit => portfolio.find::<Visit>(value)?.to_string(),
            TaskField::Case => portfolio.find::<Case>(value)?.to_string(),
            _ => continue,
        };
    }
    Ok(resolved)
}

/// The client of the task's case, or else of its visit.
fn owner(portfolio: &Portfolio, task: &Task) -> Result<Option<ClientId>, PortfolioError> {
    Ok(linked_clients(portfolio, task)?.into_iter().next().map(|(_, _, client)| client))
}

/// The task's case and visit, each as the field naming it, its id and its client.
fn linked_clients(portfolio: &Portfolio, task: &Task) -> Result<Vec<(&'static str, String, ClientId)>, PortfolioError> {
    let mut linked = Vec::new();
    if let Some(case) = &task.case_id {
        linked.push(("case", case.to_string(), portfolio.get::<Case>(case)?.client_id));
    }
    if let Some(visit) = &task.visit_id {
        linked.push(("visit", visit.to_string(), portfolio.get::<Visit>(visit)?.client_id));
    }
    Ok(linked)
}

/// Refuses a task whose case or visit is another client's.
fn check_one_client(portfolio: &Portfolio, task: &Task) -> Result<(), PortfolioError> {
    let Some(client) = &task.client_id else { return Ok(()) };
    for (field, record, owner) in linked_clients(portfolio, task)? {
        if &owner != client {
            let problem = Problem::NotOfClient { record, client: client.to_string() };
            return Err(FieldError::refused(field, problem).into());
        }
    }
    Ok(())
}

impl TaskFilter {
    /// Only the open tasks.
    pub fn open() -> TaskFilter {
        TaskFilter { open: true, ..TaskFilter::default() }
    }
}

//! `fieldbook task …`: follow-up tasks added, listed, ticked off, edited, removed.

use fieldbook_actions::{TaskFilter, add_task, edit_task, list_tasks, remove_task, tick_task};
use fieldbook_core::Task;
use fieldbook_replica::Replica;

use super::today;
use crate::cli::TaskCommand;
use crate::output::{Listing, or_blank};

/// Runs a task command.
pub fn run(replica: &mut Replica, command: TaskCommand) -> anyhow::Result<()> {
    match command {
        TaskCommand::Add { fields } => {
            let today = today(replica)?;
            let task = replica.apply(|portfolio| add_task(portfolio, &fields.given, today, &mut rand::rng()))?;
            println!("{}", task.id);
        }
        TaskCommand::List { open, client, case, format } => {
            let tasks = list_tasks(replica.portfolio(), &TaskFilter { open, client, case })?;
            let today = today(replica)?;
            let rows: Vec<TaskRow> = tasks.into_iter().map(|task| TaskRow::new(task, today)).collect();
            Listing {
                headers: &["id", "done", "due", "title", "client", "case"],
                records: &rows,
                row: |row| {
                    let task = &row.task;
                    let due = or_blank(&task.due) + if row.overdue { " (overdue)" } else { "" };
                    let done = if task.done { "x" } else { "" }.to_owned();
                    vec![
                        task.id.to_string(),
                        done,
                        due,
                        task.title.clone(),
                        or_blank(&task.client_id),
                        or_blank(&task.case_id),
                    ]
                },
            }
            .print(format.format)?;
        }
        TaskCommand::Done { task } => {
            let today = today(replica)?;
            report("Done:", &replica.apply(|portfolio| tick_task(portfolio, &task, true, today))?)
        }
        TaskCommand::Undo { task } => {
            let today = today(replica)?;
            report("Not done:", &replica.apply(|portfolio| tick_task(portfolio, &task, false, today))?)
        }
        TaskCommand::Edit { task, fields } => {
            report("Updated:", &replica.apply(|portfolio| edit_task(portfolio, &task, &fields.given))?);
        }
        TaskCommand::Remove { task } => {
            replica.apply(|portfolio| remove_task(portfolio, &task))?;
            println!("Removed task {task}");
        }
    }
    Ok(())
}

fn report(what: &str, task: &Task) {
    println!("{what} {} {}", task.id, task.title);
}

/// A task as listed: the task, and whether it is overdue today.
#[derive(serde::Serialize)]
struct TaskRow {
    #[serde(flatten)]
    task: Task,
    overdue: bool,
}

impl TaskRow {
    fn new(task: Task, today: fieldbook_core::Date) -> TaskRow {
        let overdue = !task.done && task.due.is_some_and(|due| due < today);
        TaskRow { task, overdue }
    }
}

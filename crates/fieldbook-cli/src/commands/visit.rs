//! `fieldbook visit …` and `fieldbook note`.

use fieldbook_core::{
    Action, Client, Date, FieldError, PlannedStart, Portfolio, PortfolioError, RecordId, TaskId, Visit, VisitId,
    VisitStatus,
};
use fieldbook_replica::Replica;

use crate::cli::{Format, VisitCommand, VisitSchedule};
use crate::exit::BadInput;
use crate::output::{Listing, or_blank};

/// Length of a visit when none is given, in minutes.
const DEFAULT_DURATION_MIN: u32 = 60;

/// Runs a visit command.
pub fn run(replica: &mut Replica, command: VisitCommand) -> anyhow::Result<()> {
    match command {
        VisitCommand::Plan { client, schedule } => plan(replica, &client, &schedule),
        VisitCommand::Log { visit, client, schedule, check_in, check_out, outcome, follow_ups } => {
            let log = Log { check_in, check_out, outcome, follow_ups };
            match (visit, client) {
                (Some(visit), None) => log_planned(replica, &visit, &schedule, &log),
                (None, Some(client)) => log_unplanned(replica, &client, &schedule, &log),
                _ => Err(BadInput("give the planned visit, or --client for an unplanned one".into()).into()),
            }
        }
        VisitCommand::List { client, status, from, to, format } => {
            list(replica, client, status, from, to, format.format)
        }
        VisitCommand::Edit { visit, schedule, outcome, follow_ups } => {
            edit(replica, &visit, &schedule, outcome, &follow_ups)
        }
        VisitCommand::Cancel { visit } => cancel(replica, &visit),
    }
}

/// Appends `text` as a new line of the visit's notes.
pub fn note(replica: &mut Replica, visit: &str, text: &str) -> anyhow::Result<()> {
    let id = replica.portfolio().find::<Visit>(visit)?;
    if text.trim().is_empty() {
        return Err(FieldError::new("text", "the note is empty").into());
    }
    replica.apply(|portfolio| {
        portfolio.update::<Visit>(&id, "Note on", |visit| {
            visit.append_note(text);
            Ok(())
        })
    })?;
    println!("Noted on visit {id}");
    Ok(())
}

fn plan(replica: &mut Replica, client: &str, schedule: &VisitSchedule) -> anyhow::Result<()> {
    let visit = new_visit(replica.portfolio(), client, schedule)?;
    let id = replica.apply(|portfolio| portfolio.add(visit))?;
    println!("{id}");
    Ok(())
}

/// What `visit log` records.
struct Log {
    check_in: Option<String>,
    check_out: Option<String>,
    outcome: Option<String>,
    follow_ups: Vec<String>,
}

impl Log {
    /// Marks `visit` done with the check-in, check-out and outcome given.
    fn record(&self, visit: &mut Visit) -> Result<(), FieldError> {
        visit.mark_done()?;
        let given = [("check_in", &self.check_in), ("check_out", &self.check_out), ("outcome", &self.outcome)];
        given
            .into_iter()
            .filter_map(|(field, value)| Some((field, value.as_deref()?)))
            .try_for_each(|(f, v)| visit.set_field(f, v))
    }
}

fn log_planned(replica: &mut Replica, visit: &str, schedule: &VisitSchedule, log: &Log) -> anyhow::Result<()> {
    let id = replica.portfolio().find::<Visit>(visit)?;
    change(replica, &id, "Log", &log.follow_ups, |visit| {
        reschedule(visit, schedule)?;
        log.record(visit)
    })?;
    println!("Logged visit {id}");
    Ok(())
}

fn log_unplanned(replica: &mut Replica, client: &str, schedule: &VisitSchedule, log: &Log) -> anyhow::Result<()> {
    let mut visit = new_visit(replica.portfolio(), client, schedule)?;
    log.record(&mut visit)?;
    let id = visit.id.clone();
    replica.apply(|portfolio| {
        portfolio.act(format!("Add visit {id}"), |action| {
            action.insert(&visit)?;
            insert_follow_ups(action, &visit, &log.follow_ups)
        })
    })?;
    println!("{id}");
    Ok(())
}

/// Changes visit `id` and adds its follow-up tasks, in one commit named `verb`.
fn change(
    replica: &mut Replica,
    id: &VisitId,
    verb: &str,
    follow_ups: &[String],
    edit: impl FnOnce(&mut Visit) -> Result<(), FieldError>,
) -> anyhow::Result<()> {
    replica.apply(|portfolio| {
        portfolio.act(format!("{verb} visit {id}"), |action| {
            let visit = action.update::<Visit>(id, edit)?;
            insert_follow_ups(action, &visit, follow_ups)
        })
    })?;
    Ok(())
}

fn insert_follow_ups(action: &mut Action<'_>, visit: &Visit, titles: &[String]) -> Result<(), PortfolioError> {
    titles.iter().try_for_each(|title| action.insert(&visit.follow_up(TaskId::generate(&mut rand::rng()), title)))
}

fn edit(
    replica: &mut Replica,
    visit: &str,
    schedule: &VisitSchedule,
    outcome: Option<String>,
    follow_ups: &[String],
) -> anyhow::Result<()> {
    let id = replica.portfolio().find::<Visit>(visit)?;
    change(replica, &id, "Edit", follow_ups, |visit| {
        reschedule(visit, schedule)?;
        if let Some(outcome) = outcome {
            visit.outcome = outcome;
        }
        Ok(())
    })?;
    println!("Updated visit {id}");
    Ok(())
}

fn cancel(replica: &mut Replica, visit: &str) -> anyhow::Result<()> {
    let id = replica.portfolio().find::<Visit>(visit)?;
    replica.apply(|portfolio| portfolio.update::<Visit>(&id, "Cancel", Visit::cancel))?;
    println!("Cancelled visit {id}");
    Ok(())
}

/// A planned visit to `client` from the schedule flags; date and time are required.
fn new_visit(portfolio: &Portfolio, client: &str, schedule: &VisitSchedule) -> anyhow::Result<Visit> {
    let client_id = portfolio.find::<Client>(client)?;
    let required =
        |field: &str, value: &Option<String>| value.clone().ok_or_else(|| FieldError::new(field, "is required"));
    let planned = PlannedStart::parse(
        &required("date", &schedule.date)?,
        &required("time", &schedule.time)?,
        portfolio.settings()?.time_zone,
    )?;
    let mut visit = Visit::planned(VisitId::generate(&mut rand::rng()), client_id, planned, DEFAULT_DURATION_MIN);
    reschedule(&mut visit, schedule)?;
    Ok(visit)
}

/// Applies the schedule flags that were given to `visit`.
fn reschedule(visit: &mut Visit, schedule: &VisitSchedule) -> Result<(), FieldError> {
    let duration = schedule.duration.map(|minutes| minutes.to_string());
    let given = [
        ("date", &schedule.date),
        ("time", &schedule.time),
        ("tz", &schedule.tz),
        ("duration", &duration),
        ("purpose", &schedule.purpose),
        ("stage", &schedule.stage),
    ];
    given
        .into_iter()
        .filter_map(|(field, value)| Some((field, value.as_deref()?)))
        .try_for_each(|(f, v)| visit.set_field(f, v))
}

fn list(
    replica: &Replica,
    client: Option<String>,
    status: Option<String>,
    from: Option<String>,
    to: Option<String>,
    format: Format,
) -> anyhow::Result<()> {
    let portfolio = replica.portfolio();
    let client = client.map(|c| portfolio.find::<Client>(&c)).transpose()?;
    let status = status
        .map(|s| match s.as_str() {
            "planned" => Ok(VisitStatus::Planned),
            "done" => Ok(VisitStatus::Done),
            "cancelled" => Ok(VisitStatus::Cancelled),
            other => Err(FieldError::new("status", format!("'{other}' is not one of planned, done, cancelled"))),
        })
        .transpose()?;
    let from = from.map(|d| parse_date("from", &d)).transpose()?;
    let to = to.map(|d| parse_date("to", &d)).transpose()?;
    let mut visits = portfolio.records::<Visit>()?;
    visits.retain(|v| {
        client.as_ref().is_none_or(|c| &v.client_id == c)
            && status.is_none_or(|s| v.status == s)
            && from.is_none_or(|d| v.planned.date >= d)
            && to.is_none_or(|d| v.planned.date <= d)
    });
    visits.sort_by_key(|v| (v.planned.date, v.planned.time));
    listing(&visits).print(format)
}

/// Visits as a listing.
pub fn listing(visits: &[Visit]) -> Listing<'_, Visit> {
    Listing {
        headers: &["id", "client", "date", "time", "purpose", "stage", "status", "check-in", "outcome"],
        records: visits,
        row: |v| {
            vec![
                v.id.to_string(),
                v.client_id.to_string(),
                v.planned.date.to_string(),
                format!("{} {}", v.planned.time, v.planned.zone),
                v.purpose.to_string(),
                or_blank(&v.stage),
                v.status.to_string(),
                or_blank(&v.check_in),
                v.outcome.clone(),
            ]
        },
    }
}

fn parse_date(field: &str, value: &str) -> Result<Date, FieldError> {
    value.parse().map_err(|_| FieldError::new(field, format!("'{value}' is not a date YYYY-MM-DD")))
}

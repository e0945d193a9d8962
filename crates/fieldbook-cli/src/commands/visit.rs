//! `fieldbook visit …` and `fieldbook note`.

use fieldbook_core::{
    Client, Date, FieldError, Instant, PlannedStart, Portfolio, RecordId, TimeOfDay, Visit, VisitId, VisitStatus,
    Zone,
};
use fieldbook_replica::Replica;

use crate::cli::{Format, VisitCommand, VisitSchedule};
use crate::exit::BadInput;
use crate::output::{or_blank, Listing};

/// Length of a visit when none is given, in minutes.
const DEFAULT_DURATION_MIN: u32 = 60;

/// Runs a visit command.
pub fn run(replica: &mut Replica, command: VisitCommand) -> anyhow::Result<()> {
    match command {
        VisitCommand::Plan { client, schedule } => plan(replica, &client, &schedule),
        VisitCommand::Log { visit, client, schedule, check_in, check_out, outcome } => {
            let log = Log { check_in, check_out, outcome };
            match (visit, client) {
                (Some(visit), None) => log_planned(replica, &visit, &schedule, &log),
                (None, Some(client)) => log_unplanned(replica, &client, &schedule, &log),
                _ => Err(BadInput("give the planned visit, or --client for an unplanned one".into()).into()),
            }
        }
        VisitCommand::List { client, status, from, to, format } => list(replica, client, status, from, to, format.format),
        VisitCommand::Edit { visit, schedule, outcome } => edit(replica, &visit, &schedule, outcome),
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
}

impl Log {
    /// Marks `visit` done with the check-in, check-out and outcome given.
    fn record(&self, visit: &mut Visit) -> Result<(), FieldError> {
        if visit.status == VisitStatus::Cancelled {
            return Err(FieldError::new("status", "the visit was cancelled"));
        }
        visit.status = VisitStatus::Done;
        if let Some(at) = &self.check_in {
            visit.check_in = Some(instant_on("check_in", at, &visit.planned)?);
        }
        if let Some(at) = &self.check_out {
            visit.check_out = Some(instant_on("check_out", at, &visit.planned)?);
        }
        if let Some(outcome) = &self.outcome {
            visit.outcome = outcome.clone();
        }
        Ok(())
    }
}

fn log_planned(replica: &mut Replica, visit: &str, schedule: &VisitSchedule, log: &Log) -> anyhow::Result<()> {
    let id = replica.portfolio().find::<Visit>(visit)?;
    replica.apply(|portfolio| {
        portfolio.update::<Visit>(&id, "Log", |visit| {
            reschedule(visit, schedule)?;
            log.record(visit)
        })
    })?;
    println!("Logged visit {id}");
    Ok(())
}

fn log_unplanned(replica: &mut Replica, client: &str, schedule: &VisitSchedule, log: &Log) -> anyhow::Result<()> {
    let mut visit = new_visit(replica.portfolio(), client, schedule)?;
    log.record(&mut visit)?;
    let id = replica.apply(|portfolio| portfolio.add(visit))?;
    println!("{id}");
    Ok(())
}

fn edit(replica: &mut Replica, visit: &str, schedule: &VisitSchedule, outcome: Option<String>) -> anyhow::Result<()> {
    let id = replica.portfolio().find::<Visit>(visit)?;
    replica.apply(|portfolio| {
        portfolio.update::<Visit>(&id, "Edit", |visit| {
            reschedule(visit, schedule)?;
            if let Some(outcome) = outcome {
                visit.outcome = outcome;
            }
            Ok(())
        })
    })?;
    println!("Updated visit {id}");
    Ok(())
}

fn cancel(replica: &mut Replica, visit: &str) -> anyhow::Result<()> {
    let id = replica.portfolio().find::<Visit>(visit)?;
    replica.apply(|portfolio| {
        portfolio.update::<Visit>(&id, "Cancel", |visit| match visit.status {
            VisitStatus::Done => Err(FieldError::new("status", "the visit is already done")),
            _ => {
                visit.status = VisitStatus::Cancelled;
                Ok(())
            }
        })
    })?;
    println!("Cancelled visit {id}");
    Ok(())
}

/// A planned visit to `client` from the schedule flags; date and time are required.
fn new_visit(portfolio: &Portfolio, client: &str, schedule: &VisitSchedule) -> anyhow::Result<Visit> {
    let client_id = portfolio.find::<Client>(client)?;
    let required = |field: &str, value: &Option<String>| {
        value.clone().ok_or_else(|| FieldError::new(field, "is required"))
    };
    let zone = match &schedule.tz {
        Some(tz) => parse_zone(tz)?,
        None => portfolio.settings()?.time_zone,
    };
    let planned = PlannedStart {
        date: parse_date("date", &required("date", &schedule.date)?)?,
        time: parse_time("time", &required("time", &schedule.time)?)?,
        zone,
    };
    let mut visit = Visit::planned(VisitId::generate(&mut rand::rng()), client_id, planned, DEFAULT_DURATION_MIN);
    reschedule(&mut visit, schedule)?;
    Ok(visit)
}

/// Applies the schedule flags that were given to `visit`.
fn reschedule(visit: &mut Visit, schedule: &VisitSchedule) -> Result<(), FieldError> {
    if let Some(date) = &schedule.date {
        visit.planned.date = parse_date("date", date)?;
    }
    if let Some(time) = &schedule.time {
        visit.planned.time = parse_time("time", time)?;
    }
    if let Some(tz) = &schedule.tz {
        visit.planned.zone = parse_zone(tz)?;
    }
    if let Some(duration) = schedule.duration {
        visit.duration_min = duration;
    }
    if let Some(purpose) = &schedule.purpose {
        visit.purpose = purpose.parse()?;
    }
    Ok(())
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
        headers: &["id", "client", "date", "time", "purpose", "status", "check-in", "outcome"],
        records: visits,
        row: |v| {
            vec![
                v.id.to_string(),
                v.client_id.to_string(),
                v.planned.date.to_string(),
                format!("{} {}", v.planned.time, v.planned.zone),
                v.purpose.to_string(),
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

fn parse_time(field: &str, value: &str) -> Result<TimeOfDay, FieldError> {
    value.parse().map_err(|_| FieldError::new(field, format!("'{value}' is not a time HH:MM")))
}

fn parse_zone(value: &str) -> Result<Zone, FieldError> {
    value.parse().map_err(|_| FieldError::new("tz", format!("'{value}' is not an IANA time zone")))
}

/// `HH:MM` on the planned day in the visit's zone, or a full RFC 3339 instant.
fn instant_on(field: &str, value: &str, planned: &PlannedStart) -> Result<Instant, FieldError> {
    if let Ok(instant) = value.parse::<Instant>() {
        return Ok(instant);
    }
    let time = parse_time(field, value)
        .map_err(|_| FieldError::new(field, format!("'{value}' is neither HH:MM nor an RFC 3339 instant")))?;
    PlannedStart { time, ..*planned }
        .instant()
        .ok_or_else(|| FieldError::new(field, format!("{value} does not exist on {} in {}", planned.date, planned.zone)))
}

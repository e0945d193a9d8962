//! `fieldbook holidays`, `fieldbook agenda` and `fieldbook reminder …`: the
//! region's holiday calendar, the care reminders due, and what was done with them.

use std::path::Path;

use chrono::Duration;
use fieldbook_core::{
    CareLogId, CareReminder, Date, FieldError, Language, RecordId, Region, find_reminder, holidays as region_holidays,
};
use fieldbook_replica::Replica;
use serde::Serialize;

use crate::cli::{AgendaArgs, HolidaysArgs, ReminderCommand};
use crate::output::{Listing, or_blank};

/// One day of the holiday listing, as printed.
#[derive(Serialize)]
struct HolidayRow {
    date: Date,
    name: String,
    region: Region,
    estimated: bool,
    key: String,
    kind: fieldbook_core::DayKind,
}

/// Prints a region's holidays for a year.
pub fn holidays(data_dir: &Path, args: HolidaysArgs) -> anyhow::Result<()> {
    let region: Region = args.region.parse()?;
    let language = match &args.lang {
        Some(lang) => lang.parse::<Language>()?,
        // The portfolio's language when there is one; the calendar needs no portfolio.
        None => Replica::open(data_dir)
            .ok()
            .and_then(|replica| replica.portfolio().settings().ok())
            .map_or_else(|| region.defaults().0, |settings| settings.language),
    };
    let days = region_holidays(region, args.year).map_err(|e| FieldError::new("year", e.to_string()))?;
    let rows: Vec<HolidayRow> = days
        .iter()
        .map(|h| HolidayRow {
            date: h.date,
            name: h.name(language).to_string(),
            region: h.region,
            estimated: h.estimated,
            key: h.key.clone(),
            kind: h.kind,
        })
        .collect();
    Listing {
        headers: &["date", "name", "kind", "estimated"],
        records: &rows,
        row: |h| {
            let kind =
                serde_json::to_value(h.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
            vec![h.date.to_string(), h.name.clone(), kind, if h.estimated { "estimated".into() } else { String::new() }]
        },
    }
    .print(args.format.format)
}

/// Prints the reminders due.
pub fn agenda(replica: &Replica, args: AgendaArgs) -> anyhow::Result<()> {
    let from = match &args.from {
        Some(from) => parse_date("from", from)?,
        None => super::today(replica)?,
    };
    let zone = replica.portfolio().settings()?.time_zone;
    let reminders = fieldbook_core::agenda(replica.portfolio(), from, args.days, zone)?;
    Listing {
        headers: &["id", "date", "kind", "client", "person", "what", "for"],
        records: &reminders,
        row: |r: &CareReminder| {
            let code = |v: serde_json::Value| v.as_str().map(str::to_owned).unwrap_or_default();
            let action = serde_json::to_value(&r.action).ok().map(|v| {
                let channel = v.get("channel").and_then(|c| c.get("kind")).cloned().unwrap_or_default();
                let kind = v.get("kind").cloned().unwrap_or_default();
                if channel.is_null() { code(kind) } else { code(channel) }
            });
            let kind = serde_json::to_value(r.kind).map(code).unwrap_or_default();
            vec![
                r.id.clone(),
                r.date.to_string(),
                kind,
                r.client_name.clone(),
                or_blank(&r.contact_name),
                format!("{} {}", action.unwrap_or_default(), r.subject).trim().to_string(),
                r.occasion_date.to_string(),
            ]
        },
    }
    .print(args.format.format)
}

/// Marks a reminder done, snoozed or dismissed.
pub fn reminder(replica: &mut Replica, command: ReminderCommand) -> anyhow::Result<()> {
    let on_or_today = |replica: &Replica, on: &Option<String>| match on {
        Some(on) => parse_date("on", on).map_err(anyhow::Error::from),
        None => super::today(replica),
    };
    let zone = replica.portfolio().settings()?.time_zone;
    match command {
        ReminderCommand::Done { id, note, on } => {
            let on = on_or_today(replica, &on)?;
            let reminder = find_reminder(replica.portfolio(), &id, on, zone)?;
            let entry = CareLogId::generate(&mut rand::rng());
            let logged = replica.apply(|portfolio| portfolio.complete_reminder(&reminder, on, entry, &note))?;
            match logged {
                Some(entry) => println!("Done {} (care log {entry})", reminder.id),
                None => println!("Done {}", reminder.id),
            }
        }
        ReminderCommand::Snooze { id, until, on } => {
            let on = on_or_today(replica, &on)?;
            let until = match until {
                Some(until) => parse_date("until", &until)?,
                None => Date(on.0 + Duration::days(1)),
            };
            let reminder = find_reminder(replica.portfolio(), &id, on, zone)?;
            replica.apply(|portfolio| portfolio.snooze_reminder(&reminder, on, until))?;
            println!("Snoozed {} until {until}", reminder.id);
        }
        ReminderCommand::Dismiss { id, on } => {
            let on = on_or_today(replica, &on)?;
            let reminder = find_reminder(replica.portfolio(), &id, on, zone)?;
            replica.apply(|portfolio| portfolio.dismiss_reminder(&reminder.id, on))?;
            println!("Dismissed {}", reminder.id);
        }
    }
    Ok(())
}

pub(super) fn parse_date(field: &str, value: &str) -> Result<Date, FieldError> {
    value.parse().map_err(|_| FieldError::new(field, format!("'{value}' is not a date YYYY-MM-DD")))
}

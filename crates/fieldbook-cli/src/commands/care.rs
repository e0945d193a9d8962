//! `fieldbook holidays`, `fieldbook agenda` and `fieldbook reminder …`: the
//! region's holiday calendar, the care reminders due, and what was done with them.

use std::path::Path;

use fieldbook_actions::{complete_reminder, dismiss_reminder, snooze_reminder};
use fieldbook_core::{CareReminder, Date, FieldError, Language, Region, holidays as region_holidays};
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
    let zone = replica.portfolio().settings()?.time_zone;
    let from = match &args.from {
        Some(from) => from.parse().map_err(|problem| FieldError::refused("from", problem))?,
        None => super::now().day_in(zone),
    };
    let reminders = fieldbook_core::agenda(replica.portfolio(), from, args.days, zone)?;
    Listing {
        headers: &["id", "date", "kind", "client", "person", "what", "for"],
        records: &reminders,
        row: |r: &CareReminder| {
            vec![
                r.id.clone(),
                r.date.to_string(),
                r.kind.code().to_owned(),
                r.client_name.clone(),
                or_blank(&r.contact_name),
                format!("{} {}", r.action.code(), r.subject).trim().to_string(),
                r.occasion_date.to_string(),
            ]
        },
    }
    .print(args.format.format)
}

/// Marks a reminder done, snoozed or dismissed.
pub fn reminder(replica: &mut Replica, command: ReminderCommand) -> anyhow::Result<()> {
    let now = super::now();
    match command {
        ReminderCommand::Done { id, note, on } => {
            let done = replica
                .apply(|portfolio| complete_reminder(portfolio, &id, on.as_deref(), &note, now, &mut rand::rng()))?;
            match done.care_log {
                Some(entry) => println!("Done {} (care log {entry})", done.reminder.id),
                None => println!("Done {}", done.reminder.id),
            }
        }
        ReminderCommand::Snooze { id, until, on } => {
            let (reminder, until) =
                replica.apply(|portfolio| snooze_reminder(portfolio, &id, on.as_deref(), until.as_deref(), now))?;
            println!("Snoozed {} until {until}", reminder.id);
        }
        ReminderCommand::Dismiss { id, on } => {
            let reminder = replica.apply(|portfolio| dismiss_reminder(portfolio, &id, on.as_deref(), now))?;
            println!("Dismissed {}", reminder.id);
        }
    }
    Ok(())
}

//! `fieldbook due` and `fieldbook plan`: who is due for a visit, and the day's route.

use fieldbook_core::{Client, Date, DayWindow, DueClient, FieldError, GeoPoint, TimeOfDay, due_list};
use fieldbook_planner::{DayPlan, DayRequest, Travel, due_clients, plan_day, save_plan, stops_for};
use fieldbook_replica::Replica;
use serde::Serialize;

use crate::cli::{DueArgs, Format, PlanArgs};
use crate::output::{Listing, or_blank};

/// A client of the due list as a table row, with the list it is on.
#[derive(Serialize)]
struct DueRow<'a> {
    list: &'static str,
    client: &'a DueClient,
}

/// Prints the due list and the coverage per tier.
pub fn due(replica: &Replica, args: DueArgs) -> anyhow::Result<()> {
    let portfolio = replica.portfolio();
    let today = match &args.today {
        Some(day) => parse_date("today", day)?,
        None => super::today(replica)?,
    };
    let list = due_list(portfolio, today, portfolio.settings()?.time_zone)?;
    if let Format::Json = args.format.format {
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    let lists =
        [("overdue", &list.overdue), ("due this week", &list.due_this_week), ("never visited", &list.never_visited)];
    let rows: Vec<DueRow<'_>> =
        lists.iter().flat_map(|(name, clients)| clients.iter().map(|client| DueRow { list: name, client })).collect();
    Listing {
        headers: &["list", "tier", "client", "name", "last contact", "due", "days overdue", "propose"],
        records: &rows,
        row: |r| {
            vec![
                r.list.to_string(),
                r.client.tier.to_string(),
                r.client.client_id.to_string(),
                r.client.name.clone(),
                or_blank(&r.client.last_contact),
                or_blank(&r.client.due),
                or_blank(&r.client.days_overdue),
                r.client.proposed.to_string(),
            ]
        },
    }
    .print(Format::Table)?;
    for tier in &list.coverage {
        println!(
            "Tier {}: {} of {} clients contacted within {} days ({:.0}%)",
            tier.tier,
            tier.covered,
            tier.clients,
            tier.cadence_days,
            tier.share() * 100.0
        );
    }
    Ok(())
}

fn parse_date(field: &str, value: &str) -> Result<Date, FieldError> {
    value.parse().map_err(|_| FieldError::new(field, format!("'{value}' is not a date YYYY-MM-DD")))
}

/// The most clients `plan --from-due` takes from the due list; the planner keeps those that fit.
const FROM_DUE_LIMIT: usize = 25;

/// Plans the day's route, prints it, and saves it as planned visits when asked.
pub fn plan(replica: &mut Replica, args: PlanArgs) -> anyhow::Result<()> {
    let portfolio = replica.portfolio();
    let settings = portfolio.settings()?;
    let date = parse_date("date", &args.date)?;
    let start: GeoPoint = args.start.parse().map_err(|problem| FieldError::refused("start", problem))?;
    let hours = DayWindow {
        start: parse_time("day-start", args.day_start.as_deref(), settings.working_hours.start)?,
        end: parse_time("day-end", args.day_end.as_deref(), settings.working_hours.end)?,
    };
    if hours.end <= hours.start {
        return Err(
            FieldError::new("day-end", format!("{} is not after the day start {}", hours.end, hours.start)).into()
        );
    }
    let travel = Travel {
        speed_kmh: number("speed-kmh", &args.speed_kmh)?,
        road_factor: number("road-factor", &args.road_factor)?,
    };
    travel.check().map_err(|(field, problem)| FieldError::refused(field, problem))?;
    let clients = match &args.clients {
        Some(list) => list
            .split(',')
            .map(|c| portfolio.find::<Client>(c).map_err(|e| FieldError::new("clients", e.to_string())))
            .collect::<Result<Vec<_>, _>>()?,
        None => due_clients(portfolio, date, settings.time_zone, FROM_DUE_LIMIT)?,
    };
    let plan = plan_day(&DayRequest::new(start, hours, travel, stops_for(portfolio, &clients)?));
    if args.save {
        let saved =
            replica.apply(|portfolio| save_plan(portfolio, &plan, date, settings.time_zone, &mut rand::rng()))?;
        eprintln!("Saved {} planned visits on {date}", saved.len());
    }
    print_plan(&plan, args.format.format)
}

fn print_plan(plan: &DayPlan, format: Format) -> anyhow::Result<()> {
    if let Format::Json = format {
        println!("{}", serde_json::to_string_pretty(plan)?);
        return Ok(());
    }
    Listing {
        headers: &["client", "arrive", "depart", "km from previous"],
        records: &plan.stops,
        row: |s| {
            vec![
                s.client_id.to_string(),
                s.arrive.to_string(),
                s.depart.to_string(),
                format!("{:.1}", s.travel_km_from_prev),
            ]
        },
    }
    .print(format)?;
    for left_out in &plan.unassigned {
        let reason = serde_json::to_value(left_out.reason)?;
        println!("Left out {}: {}", left_out.client_id, reason.as_str().unwrap_or_default());
    }
    println!("Travel: {:.1} km, {:.0} min", plan.total_travel_km, plan.total_travel_min);
    Ok(())
}

fn parse_time(field: &str, value: Option<&str>, default: TimeOfDay) -> Result<TimeOfDay, FieldError> {
    value.map_or(Ok(default), |v| v.parse().map_err(|_| FieldError::new(field, format!("'{v}' is not a time HH:MM"))))
}

fn number(field: &str, value: &str) -> Result<f64, FieldError> {
    value
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| FieldError::new(field, format!("'{value}' is not a number")))
}

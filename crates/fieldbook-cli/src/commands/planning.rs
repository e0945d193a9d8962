//! `fieldbook due` and `fieldbook plan`: who is due for a visit, and the day's route.

use fieldbook_actions::{DayPlanRequest, PlanMode, PlanStopInput, due_on, due_stops, plan_day, save_day};
use fieldbook_core::DueClient;
use fieldbook_planner::DayPlan;
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
    let list = due_on(replica.portfolio(), args.today.as_deref(), super::now())?;
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

/// Plans the day's route, prints it, and saves it as planned visits when asked.
pub fn plan(replica: &mut Replica, args: PlanArgs) -> anyhow::Result<()> {
    let stops = match &args.clients {
        Some(list) => {
            list.split(',').map(|c| PlanStopInput { client_id: c.trim().to_owned(), locked: false }).collect()
        }
        None => due_stops(replica.portfolio(), &args.date)?,
    };
    let request = DayPlanRequest {
        date: args.date,
        start: args.start,
        day_start: args.day_start,
        day_end: args.day_end,
        speed_kmh: args.speed_kmh,
        road_factor: args.road_factor,
        stops,
        mode: PlanMode::Optimise,
    };
    let plan = if args.save {
        let (plan, saved) = replica.apply(|portfolio| save_day(portfolio, &request, &mut rand::rng()))?;
        eprintln!("Saved {} planned visits on {}", saved.len(), request.date);
        plan
    } else {
        plan_day(replica.portfolio(), &request)?
    };
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

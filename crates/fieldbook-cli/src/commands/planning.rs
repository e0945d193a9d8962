//! `fieldbook due` and `fieldbook plan`: who is due for a visit, and the day's route.

use fieldbook_core::{Date, DueClient, FieldError, due_list};
use fieldbook_replica::Replica;
use serde::Serialize;

use crate::cli::{DueArgs, Format};
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

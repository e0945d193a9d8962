//! `fieldbook demo`: a realistic synthetic portfolio for trying the app.

use fieldbook_core::{Date, FieldError, Region};
use fieldbook_demo::{ClientMix, DemoSpec, generate_demo};
use fieldbook_replica::Replica;

use crate::cli::DemoArgs;

/// Generates the demo into the portfolio as one durable action, then compacts the store.
pub fn run(replica: &mut Replica, args: DemoArgs) -> anyhow::Result<()> {
    let regions = args.regions.iter().map(|r| r.parse::<Region>()).collect::<Result<Vec<_>, _>>()?;
    let today = match &args.today {
        Some(day) => day.parse::<Date>().map_err(|problem| FieldError::refused("today", problem))?,
        None => super::today(replica)?,
    };
    let spec = DemoSpec { mix: ClientMix::Regions(regions), ..DemoSpec::new(args.clients as usize, args.seed, today) };
    let summary = replica.apply(|portfolio| generate_demo(portfolio, &spec))?;
    replica.compact()?;
    println!(
        "Added a demo portfolio: {} clients, {} contacts ({} key persons), {} visits, {} cases, {} tasks, {} care log entries",
        summary.clients,
        summary.contacts,
        summary.key_persons,
        summary.visits,
        summary.cases,
        summary.tasks,
        summary.care_log_entries
    );
    Ok(())
}

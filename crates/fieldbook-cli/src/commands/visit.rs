//! `fieldbook visit …` and `fieldbook note`.

use fieldbook_actions::{
    VisitFilter, VisitLog, append_note, cancel_visit, edit_visit, list_visits, log_visit, plan_visit,
};
use fieldbook_core::Visit;
use fieldbook_replica::Replica;

use crate::cli::VisitCommand;
use crate::output::{Listing, or_blank};

/// Runs a visit command.
pub fn run(replica: &mut Replica, command: VisitCommand) -> anyhow::Result<()> {
    let mut ids = rand::rng();
    match command {
        VisitCommand::Plan { client, fields } => {
            let visit = replica.apply(|portfolio| plan_visit(portfolio, &client, &fields.given, &mut ids))?;
            println!("{}", visit.id);
        }
        VisitCommand::Log { visit, client, fields, follow_ups } => {
            let which = VisitLog { visit, client };
            let planned = which.visit.is_some();
            let visit =
                replica.apply(|portfolio| log_visit(portfolio, &which, &fields.given, &follow_ups, &mut ids))?;
            if planned { println!("Logged visit {}", visit.id) } else { println!("{}", visit.id) }
        }
        VisitCommand::List { client, status, from, to, format } => {
            let visits = list_visits(replica.portfolio(), &VisitFilter { client, status, from, to })?;
            listing(&visits).print(format.format)?;
        }
        VisitCommand::Edit { visit, fields, follow_ups } => {
            let visit =
                replica.apply(|portfolio| edit_visit(portfolio, &visit, &fields.given, &follow_ups, &mut ids))?;
            println!("Updated visit {}", visit.id);
        }
        VisitCommand::Cancel { visit } => {
            let visit = replica.apply(|portfolio| cancel_visit(portfolio, &visit))?;
            println!("Cancelled visit {}", visit.id);
        }
    }
    Ok(())
}

/// Appends `text` as a new line of the visit's notes.
pub fn note(replica: &mut Replica, visit: &str, text: &str) -> anyhow::Result<()> {
    let visit = replica.apply(|portfolio| append_note(portfolio, visit, text))?;
    println!("Noted on visit {}", visit.id);
    Ok(())
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

//! `fieldbook case …`: complaints opened, listed, shown and taken step by step;
//! `fieldbook settings sla`. Instants are printed in the manager's time zone.

use fieldbook_actions::{
    Actor, CaseFilter, CaseOpening, StepInput, list_cases, open_case, set_sla, show_case, take_step,
};
use fieldbook_core::{CaseDetail, CaseRow, CaseStep, Portfolio, PortfolioError, Severity, SlaPolicies};
use fieldbook_replica::{Replica, ReplicaError};
use serde::Serialize;

use super::now;
use crate::cli::{CaseCommand, CaseOpenArgs, Format, SlaArgs, StepArgs};
use crate::output::{Listing, or_blank};

/// Runs a case command.
pub fn run(replica: &mut Replica, command: CaseCommand) -> anyhow::Result<()> {
    let step = |step: CaseStep, args: StepArgs| (step, args);
    let (step, args) = match command {
        CaseCommand::Open(args) => return open(replica, args),
        CaseCommand::List(args) => {
            let filter = CaseFilter {
                client: args.client,
                status: args.status,
                severity: args.severity,
                open: args.open,
                breached: args.breached,
            };
            let rows = list_cases(replica.portfolio(), &filter, now())?;
            return listing(&rows).print(args.format.format);
        }
        CaseCommand::Show { case, format } => {
            return show(&show_case(replica.portfolio(), &case, now())?, format.format);
        }
        CaseCommand::Start(args) => step(CaseStep::Start, args),
        CaseCommand::Note(args) => step(CaseStep::Note, args),
        CaseCommand::Handover(args) => step(CaseStep::Handover, args),
        CaseCommand::Wait(args) => step(CaseStep::Wait, args),
        CaseCommand::Reply(args) => step(CaseStep::Reply, args),
        CaseCommand::Resolve(args) => step(CaseStep::Resolve, args),
        CaseCommand::Confirm(args) => step(CaseStep::Confirm, args),
        CaseCommand::Reopen(args) => step(CaseStep::Reopen, args),
    };
    let input = StepInput {
        text: args.resolution.or(args.reason).or(args.text),
        department: args.to,
        channel: args.channel,
        satisfaction: args.satisfaction,
        at: args.at,
    };
    let case = as_manager(replica, |portfolio, actor| {
        take_step(portfolio, &args.case, step, &input, actor, &mut rand::rng())
    })?;
    println!("Case {} is {}", case.id, case.status());
    Ok(())
}

fn open(replica: &mut Replica, args: CaseOpenArgs) -> anyhow::Result<()> {
    let opening = CaseOpening {
        client: args.client,
        contact: args.contact,
        category: args.category,
        severity: args.severity,
        channel: args.channel,
        description: args.description,
        at: args.at,
        visit: args.visit,
    };
    let case = as_manager(replica, |portfolio, actor| open_case(portfolio, &opening, actor, &mut rand::rng()))?;
    match args.format.format {
        Format::Table => println!("{}", case.id),
        Format::Json => show(&show_case(replica.portfolio(), case.id.as_ref(), now())?, Format::Json)?,
    }
    Ok(())
}

/// Runs `act` in one commit as the manager named in the settings, now.
fn as_manager<R>(
    replica: &mut Replica,
    act: impl FnOnce(&mut Portfolio, Actor<'_>) -> Result<R, PortfolioError>,
) -> Result<R, ReplicaError> {
    replica.apply(|portfolio| {
        let by = portfolio.settings()?.manager_name;
        act(portfolio, Actor { by: &by, now: now() })
    })
}

/// Cases as a listing.
fn listing(rows: &[CaseRow]) -> Listing<'_, CaseRow> {
    Listing {
        headers: &["id", "client", "status", "severity", "category", "opened", "respond by", "resolve by", "sla"],
        records: rows,
        row: |row| {
            vec![
                row.id.to_string(),
                row.client_name.clone(),
                row.status.to_string(),
                row.severity.to_string(),
                row.category.clone(),
                row.opened_at.to_string(),
                or_blank(&row.response_due),
                or_blank(&row.resolution_due),
                sla_text(row),
            ]
        },
    }
}

fn sla_text(row: &CaseRow) -> String {
    match (row.breached, row.at_risk) {
        (true, _) => "BREACHED".into(),
        (false, true) => "at risk".into(),
        _ => String::new(),
    }
}

fn show(detail: &CaseDetail, format: Format) -> anyhow::Result<()> {
    if let Format::Json = format {
        println!("{}", serde_json::to_string_pretty(detail)?);
        return Ok(());
    }
    let row = &detail.row;
    println!("{} · {} · {} · {}", row.id, row.client_name, row.severity, row.category);
    println!("status: {}{}", row.status, row.department.as_ref().map(|d| format!(" ({d})")).unwrap_or_default());
    println!("received: {} via {}", row.opened_at, row.channel);
    println!("respond by: {} ({:?})", or_blank(&row.response_due), detail.sla.response.state);
    println!(
        "resolve by: {} ({:?})",
        row.resolution_due.map_or("paused".into(), |d| d.to_string()),
        detail.sla.resolution.state
    );
    if !detail.description.is_empty() {
        println!("\n{}", detail.description);
    }
    println!("\n{}", detail.timeline);
    for visit in &detail.visits {
        println!("visit {} {} {}", visit.id, visit.planned.date, visit.status);
    }
    for task in &detail.tasks {
        println!("task {} [{}] {} {}", task.id, if task.done { "x" } else { " " }, or_blank(&task.due), task.title);
    }
    Ok(())
}

/// One severity's targets as printed.
#[derive(Serialize)]
struct TargetRow {
    severity: Severity,
    response: String,
    resolution: String,
}

/// Shows the SLA targets, after changing one severity's when the flags say so.
pub fn sla(replica: &mut Replica, args: SlaArgs) -> anyhow::Result<()> {
    let policies = match &args.severity {
        Some(severity) => replica
            .apply(|portfolio| set_sla(portfolio, severity, args.response.as_deref(), args.resolution.as_deref()))?,
        None => replica.portfolio().settings()?.sla,
    };
    let rows = targets(&policies);
    Listing {
        headers: &["severity", "response", "resolution"],
        records: &rows,
        row: |r| vec![r.severity.to_string(), r.response.clone(), r.resolution.clone()],
    }
    .print(args.format.format)
}

fn targets(policies: &SlaPolicies) -> Vec<TargetRow> {
    Severity::GRAVEST_FIRST
        .iter()
        .map(|severity| {
            let target = policies.target(*severity);
            TargetRow {
                severity: *severity,
                response: target.response.to_string(),
                resolution: target.resolution.to_string(),
            }
        })
        .collect()
}

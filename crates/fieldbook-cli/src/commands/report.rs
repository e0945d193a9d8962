//! `fieldbook report week` and `fieldbook report team`: the week's summary, and
//! the lead's view of the team's week from the members' synced copies, as tables
//! in the chosen language, as JSON, as CSV figures, or as an A4 PDF.

use std::io::Write;
use std::path::Path;

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use fieldbook_core::{FieldError, Instant, IsoWeek, Language, MemberCopy, Settings, team_report, week_summary};
use fieldbook_replica::Replica;
use fieldbook_replica::sync::{TeamCopy, team_dirs};
use fieldbook_report::{Report, Typesetter, figures_csv, lay_out, lay_out_team, team_csv};
use serde::Serialize;

use super::transfer::write_whole;
use super::{now, open};
use crate::cli::{ReportArgs, ReportCommand, ReportFormat};
use crate::exit::BadInput;

/// Runs a report command in the data directory `data_dir`.
pub fn run(data_dir: &Path, command: ReportCommand) -> anyhow::Result<()> {
    match command {
        ReportCommand::Week(args) => week(&open(data_dir)?, args),
        ReportCommand::Team(args) => team(data_dir, args),
    }
}

fn week(replica: &Replica, args: ReportArgs) -> anyhow::Result<()> {
    let settings = replica.portfolio().settings()?;
    let now = now();
    let (week, language) = week_and_language(&args, &settings, now)?;
    let summary = week_summary(replica.portfolio(), week, settings.time_zone, now)?;
    emit(&args, &summary, figures_csv, |summary| lay_out(summary, language))
}

/// The team's week from the copies this lead's device keeps; the week and language
/// default to the lead's own portfolio's, else the first member's.
fn team(data_dir: &Path, args: ReportArgs) -> anyhow::Result<()> {
    let copies = team_dirs(data_dir)?.iter().map(|dir| TeamCopy::open(dir)).collect::<Result<Vec<_>, _>>()?;
    let Some(first) = copies.first() else {
        return Err(BadInput(format!(
            "no team portfolios in {}: a lead's device keeps them once `fieldbook sync` has pulled them",
            data_dir.display()
        ))
        .into());
    };
    let settings = match Replica::open(data_dir) {
        Ok(own) => own.portfolio().settings()?,
        Err(_) => first.replica.portfolio().settings()?,
    };
    let now = now();
    let (week, language) = week_and_language(&args, &settings, now)?;
    let mut members = Vec::new();
    for copy in &copies {
        let portfolio = copy.replica.portfolio();
        let zone = portfolio.settings()?.time_zone;
        let last_synced = copy.last_synced()?.and_then(|at| at.parse::<Instant>().ok());
        members.push(MemberCopy {
            owner: copy.owner.clone(),
            last_synced,
            summary: week_summary(portfolio, week, zone, now)?,
        });
    }
    let report = team_report(week, members, now.in_zone(settings.time_zone));
    emit(&args, &report, team_csv, |report| lay_out_team(report, language))
}

/// Writes `report` in the format asked for: itself as JSON, its `csv`, or its `layout`
/// as tables or a PDF.
fn emit<T: Serialize>(
    args: &ReportArgs,
    report: &T,
    csv: fn(&T) -> String,
    layout: impl Fn(&T) -> Report,
) -> anyhow::Result<()> {
    let text = match args.format {
        ReportFormat::Json => serde_json::to_string_pretty(report)? + "\n",
        ReportFormat::Csv => csv(report),
        ReportFormat::Table => tables(&layout(report)),
        ReportFormat::Pdf => return write(args.output.as_deref(), &Typesetter::new().pdf(&layout(report))?),
    };
    write(args.output.as_deref(), text.as_bytes())
}

/// The week asked for (else the current one in `settings`' zone) and the language
/// (else `settings`'); a PDF without `--output` is refused before any work.
fn week_and_language(args: &ReportArgs, settings: &Settings, now: Instant) -> anyhow::Result<(IsoWeek, Language)> {
    let week = match &args.week {
        Some(text) => text.parse::<IsoWeek>().map_err(|problem| FieldError::refused("week", problem))?,
        None => IsoWeek::of(now.day_in(settings.time_zone)),
    };
    let language = match &args.lang {
        Some(lang) => lang.parse::<Language>()?,
        None => settings.language,
    };
    if matches!(args.format, ReportFormat::Pdf) && args.output.is_none() {
        return Err(BadInput("a PDF is written to a file: give --output FILE.pdf".into()).into());
    }
    Ok((week, language))
}

fn write(output: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match output {
        Some(path) => {
            write_whole(path, bytes)?;
            eprintln!("Wrote {}", path.display());
        }
        None => std::io::stdout().lock().write_all(bytes)?,
    }
    Ok(())
}

/// The report as text: its title, figures, the coverage bars, then a table per section.
fn tables(report: &Report) -> String {
    let mut text = format!("{}\n{}\n\n", report.title, report.subtitle);
    for figure in &report.figures {
        text += &format!("{}: {}\n", figure.label, figure.value);
    }
    text += &format!("\n{}\n", report.coverage_title);
    for bar in &report.coverage {
        let filled = (bar.percent / 5.0).round() as usize;
        text += &format!("{} {:<20} {}\n", bar.label, "█".repeat(filled), bar.text);
    }
    for section in &report.sections {
        text += &format!("\n{}\n", section.heading);
        if section.rows.is_empty() {
            text += &format!("{}\n", report.none);
            continue;
        }
        let mut table = Table::new();
        table.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
        table.set_header(section.headers.clone());
        for row in &section.rows {
            table.add_row(row.clone());
        }
        text += &format!("{table}\n");
    }
    text
}

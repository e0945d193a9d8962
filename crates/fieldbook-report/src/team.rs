//! The team's week laid out for the lead: a row per member (coverage per tier,
//! overdue clients, open cases at risk and breached, visits, when the copy last
//! synced — a stale copy marked as such) and the team's totals, as the same
//! [`Report`] the week's summary is laid out as; and its figures as CSV.

use fieldbook_core::{Language, TeamFigures, TeamReport};

use crate::layout::{Bar, DayBars, Figure, Report, RowLink, Section, Words, typst_lang};

/// `report` laid out in `language`.
pub fn lay_out_team(report: &TeamReport, language: Language) -> Report {
    let words = Words::new(language);
    let w = |id: &str| words.say(id);
    let totals = &report.totals;
    let synced = |row: &fieldbook_core::MemberRow| {
        let when =
            row.last_synced.map_or_else(|| w("report-never-synced"), |at| at.0.format("%Y-%m-%d %H:%M").to_string());
        if row.stale { format!("{when} ({})", w("report-stale")) } else { when }
    };
    let mut headers = vec![w("report-member"), w("report-last-synced"), w("report-visits")];
    headers.extend(totals.coverage.iter().map(|tier| format!("{} %", tier.tier)));
    headers.extend([w("report-overdue"), w("report-open"), w("report-at-risk"), w("report-breached")]);
    let figures_row = |name: String, synced: String, figures: &TeamFigures| {
        let mut row = vec![name, synced, format!("{} / {}", figures.visits_done, figures.visits_planned)];
        row.extend(figures.coverage.iter().map(|tier| tier.percent.to_string()));
        row.extend(
            [figures.overdue, figures.cases_open, figures.cases_at_risk, figures.cases_breached].map(|n| n.to_string()),
        );
        row
    };
    let mut members: Vec<Vec<String>> = report
        .members
        .iter()
        .map(|row| figures_row(format!("{} ({})", row.manager, row.owner), synced(row), &row.figures))
        .collect();
    members.push(figures_row(w("report-team-total"), String::new(), totals));
    let key_clients = report.members.iter().flat_map(|row| {
        row.key_clients_overdue.iter().map(|client| {
            let days = client.days_overdue.map(|d| d.to_string()).unwrap_or_default();
            let link = RowLink::client(&client.client_id).of(&row.owner, 1);
            (vec![row.owner.clone(), client.name.clone(), days], link)
        })
    });
    let cases = report.members.iter().flat_map(|row| {
        row.cases_attention.iter().map(|case| {
            let due = case.resolution_due.map(|due| due.0.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default();
            let state = if case.breached { w("report-breached") } else { w("report-at-risk") };
            (vec![row.owner.clone(), case.client_name.clone(), due, state], RowLink::case(&case.id).of(&row.owner, 1))
        })
    });
    Report {
        lang: typst_lang(language).to_owned(),
        title: format!("{} — {}", w("report-team-title"), report.week),
        subtitle: format!("{} {}", w("report-as-of"), report.made_at.0.format("%Y-%m-%d %H:%M")),
        figures: vec![
            Figure { label: w("report-visits"), value: format!("{} / {}", totals.visits_done, totals.visits_planned) },
            Figure { label: w("report-overdue"), value: totals.overdue.to_string() },
            Figure { label: w("report-breached"), value: totals.cases_breached.to_string() },
            Figure { label: w("report-stale-copies"), value: format!("{} / {}", report.stale, report.members.len()) },
        ],
        coverage_title: w("report-coverage"),
        coverage_legend: [report.week.to_string(), w("report-team-total")],
        coverage: totals
            .coverage
            .iter()
            .map(|tier| Bar {
                label: tier.tier.to_string(),
                percent: tier.percent,
                before: tier.percent,
                text: format!("{} %", tier.percent),
            })
            .collect(),
        per_day: DayBars {
            title: w("report-team-visits"),
            legend: [w("report-planned"), w("report-done")],
            days: report.members.iter().map(|row| row.owner.clone()).collect(),
            planned: report.members.iter().map(|row| row.figures.visits_planned).collect(),
            done: report.members.iter().map(|row| row.figures.visits_done).collect(),
        },
        sections: vec![
            Section::new(w("report-members"), headers, members),
            Section::linked(
                w("report-key-overdue"),
                vec![w("report-member"), w("report-client"), w("report-days-overdue")],
                key_clients.collect(),
            ),
            Section::linked(
                w("report-attention"),
                vec![w("report-member"), w("report-client"), w("report-date"), String::new()],
                cases.collect(),
            ),
        ],
        none: w("report-none"),
    }
}

/// The team's figures as CSV, a row per member and a last row `team`, in stable codes.
pub fn team_csv(report: &TeamReport) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = ["week", "owner", "manager", "last_synced", "stale", "visits_planned", "visits_done"]
        .map(str::to_owned)
        .to_vec();
    header.extend(report.totals.coverage.iter().map(|tier| format!("coverage_{}", tier.tier)));
    header.extend(
        [
            "overdue",
            "never_contacted",
            "cases_opened",
            "cases_resolved",
            "cases_open",
            "cases_at_risk",
            "cases_breached",
            "tasks_overdue",
        ]
        .map(str::to_owned),
    );
    out.write_record(&header).expect("CSV written to memory");
    let week = report.week.to_string();
    let row = |owner: &str, manager: &str, synced: String, stale: String, figures: &TeamFigures| {
        let mut row = vec![week.clone(), owner.to_owned(), manager.to_owned(), synced, stale];
        row.extend([figures.visits_planned, figures.visits_done].map(|n| n.to_string()));
        row.extend(figures.coverage.iter().map(|tier| tier.percent.to_string()));
        row.extend(
            [
                figures.overdue,
                figures.never_contacted,
                figures.cases_opened,
                figures.cases_resolved,
                figures.cases_open,
                figures.cases_at_risk,
                figures.cases_breached,
                figures.tasks_overdue,
            ]
            .map(|n| n.to_string()),
        );
        row
    };
    for member in &report.members {
        let synced = member.last_synced.map(|at| at.to_string()).unwrap_or_default();
        let record = row(&member.owner, &member.manager, synced, member.stale.to_string(), &member.figures);
        out.write_record(&record).expect("CSV written to memory");
    }
    out.write_record(row("team", "", String::new(), report.stale.to_string(), &report.totals))
        .expect("CSV written to memory");
    String::from_utf8(out.into_inner().expect("CSV written to memory")).expect("CSV of UTF-8 text")
}

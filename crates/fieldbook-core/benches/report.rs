//! Benchmark of the week's summary on the `demo --clients 1000` portfolio (seed 1, clients in
//! CN, PL and AZ, with a year of visits, care, complaint cases and their tasks):
//!
//! - `report/week_summary_cold`: the summary of the demo's current week read from the document
//!   alone, as `fieldbook report week` makes it before formatting;
//! - `report/week_summary`: the same from a kept [`WeekBasis`] brought up to date, as the app's
//!   Report view makes it once its basis has been read;
//! - `report/team_of_ten_kept`: the lead's team report over ten members' copies of that size
//!   (the demo forked ten times), each from a kept basis — the app's dashboard;
//! - `report/team_of_ten_cold`: the same from the ten documents alone, as `fieldbook report
//!   team` makes it.
//!
//! Run with `cargo bench -p fieldbook-core --bench report`.

#![allow(missing_docs, reason = "criterion_group! generates an undocumented function")]

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use fieldbook_core::{ActorId, Derived, Instant, IsoWeek, MemberCopy, WeekBasis, team_report, week_summary};

use crate::support::demo_portfolio;

fn report(c: &mut Criterion) {
    let mut portfolio = demo_portfolio();
    let settings = portfolio.settings().expect("settings");
    let mut basis = WeekBasis::default();
    basis.update(&mut portfolio).expect("basis");
    let zone = settings.time_zone;
    let now: Instant = "2026-11-27T17:00:00+08:00".parse().expect("an instant");
    let week = IsoWeek::of(now.day_in(zone));
    let summary = week_summary(&portfolio, week, zone, now).expect("summary");
    println!(
        "demo --clients 1000, {week}: {} visits planned, {} made, {} cases opened, {} overdue clients",
        summary.visits.planned,
        summary.visits.done,
        summary.cases.opened,
        summary.overdue.len()
    );

    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.bench_function("week_summary_cold", |b| {
        b.iter(|| week_summary(&portfolio, week, zone, now).expect("summary").visits.planned)
    });
    group.bench_function("week_summary", |b| {
        b.iter(|| {
            basis.update(&mut portfolio).expect("basis");
            basis.summary(&settings, week, zone, now).visits.planned
        })
    });
    let mut team: Vec<_> = (0..10).map(|_| portfolio.fork(ActorId::random())).collect();
    let mut bases: Vec<WeekBasis> = team.iter_mut().map(|_| WeekBasis::default()).collect();
    let copy = |n: usize, summary| MemberCopy { owner: format!("member{n}"), last_synced: Some(now), summary };
    group.bench_function("team_of_ten_kept", |b| {
        b.iter(|| {
            let copies = team.iter_mut().zip(&mut bases).enumerate().map(|(n, (member, basis))| {
                basis.update(member).expect("basis");
                copy(n, basis.summary(&settings, week, zone, now))
            });
            team_report(week, copies.collect(), now).totals.visits_planned
        })
    });
    group.bench_function("team_of_ten_cold", |b| {
        b.iter(|| {
            let copies = team
                .iter()
                .enumerate()
                .map(|(n, member)| copy(n, week_summary(member, week, zone, now).expect("summary")));
            team_report(week, copies.collect(), now).totals.visits_planned
        })
    });
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);

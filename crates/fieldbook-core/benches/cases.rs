//! Benchmarks of follow-through on the `demo --clients 1000` portfolio (seed 1, clients in
//! CN, PL and AZ, with open and closed complaint cases and their follow-up tasks):
//!
//! - `cases/rows`: every case with its status replayed from its timeline and both SLA clocks
//!   on the working calendar at one instant — the Cases view and `fieldbook case list`;
//! - `cases/detail`: one case whole (timeline, clocks, its visits and tasks) — the case page;
//! - `cases/today_agenda`: Today's reminders, cases at risk and breached among them.
//!
//! Run with `cargo bench -p fieldbook-core --bench cases`.

#![allow(missing_docs, reason = "criterion_group! generates an undocumented function")]

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use fieldbook_core::{Date, Instant, agenda, case_detail, case_rows};

use crate::support::demo_portfolio;

fn cases(c: &mut Criterion) {
    let portfolio = demo_portfolio();
    let zone = portfolio.settings().expect("settings").time_zone;
    let today: Date = "2026-11-25".parse().expect("a date");
    let now: Instant = "2026-11-25T09:00:00+08:00".parse().expect("an instant");
    let rows = case_rows(&portfolio, now).expect("rows");
    let open = rows.iter().filter(|row| row.status.is_open()).count();
    let breached = rows.iter().filter(|row| row.breached).count();
    let at_risk = rows.iter().filter(|row| row.at_risk).count();
    println!("demo --clients 1000: {} cases, {open} open, {breached} breached, {at_risk} at risk", rows.len());
    let one = rows.first().expect("a case").id.clone();

    let mut group = c.benchmark_group("cases");
    group.sample_size(10);
    group.bench_function("rows", |b| b.iter(|| case_rows(&portfolio, now).expect("rows").len()));
    group.bench_function("detail", |b| {
        b.iter(|| case_detail(&portfolio, &one, now).expect("detail").timeline.entries.len())
    });
    group.bench_function("today_agenda", |b| b.iter(|| agenda(&portfolio, today, 1, zone).expect("agenda").len()));
    group.finish();
}

criterion_group!(benches, cases);
criterion_main!(benches);

//! Benchmarks of the care reminders on the `demo --clients 1000` portfolio
//! (seed 1, clients in CN, PL and AZ: about 5,000 contacts, half of them key persons):
//!
//! - `agenda/365_days`: the agenda for a whole year from 2026-11-25;
//! - `agenda/ics_365_days`: the same year written as an iCalendar file with the planned visits;
//! - `agenda/to_notify`: the decision the desktop app makes every minute (today's reminders
//!   not yet announced).
//!
//! Run with `cargo bench -p fieldbook-core --bench agenda`.

#![allow(missing_docs, reason = "criterion_group! generates an undocumented function")]

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use fieldbook_core::{Date, Instant, agenda, reminders_to_notify};
use fieldbook_formats::export_ics;

use crate::support::demo_portfolio;

fn year_agenda(c: &mut Criterion) {
    let portfolio = demo_portfolio();
    let zone = portfolio.settings().expect("settings").time_zone;
    let from: Date = "2026-11-25".parse().expect("a date");
    let now: Instant = "2026-11-25T09:00:00+08:00".parse().expect("an instant");
    let reminders = agenda(&portfolio, from, 365, zone).expect("agenda").len();
    let ics = export_ics(&portfolio, from, 365, zone, now).expect("ics");
    println!("demo --clients 1000: {reminders} reminders in 365 days; ics {} bytes", ics.len());

    let mut group = c.benchmark_group("agenda");
    group.sample_size(10);
    group.bench_function("365_days", |b| b.iter(|| agenda(&portfolio, from, 365, zone).expect("agenda").len()));
    group.bench_function("ics_365_days", |b| {
        b.iter(|| export_ics(&portfolio, from, 365, zone, now).expect("ics").len())
    });
    group
        .bench_function("to_notify", |b| b.iter(|| reminders_to_notify(&portfolio, now, zone).expect("decided").len()));
    group.finish();
}

criterion_group!(benches, year_agenda);
criterion_main!(benches);

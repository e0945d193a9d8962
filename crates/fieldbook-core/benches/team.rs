//! Benchmark of what the desktop app's Team view reads from each team member's
//! portfolio, on the `demo --clients 1000` portfolio (seed 1, clients in CN, PL
//! and AZ): every client's row (last contact, next visit) and the due list that
//! says how many days each overdue client is past its cadence.
//!
//! - `team/member_rows`: `Portfolio::client_rows` alone;
//! - `team/member_rows_and_due_list`: the rows and `due_list`, as `team_portfolios` reads them.
//!
//! Run with `cargo bench -p fieldbook-core --bench team`.

#![allow(missing_docs, reason = "criterion_group! generates an undocumented function")]

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use fieldbook_core::{Date, client_rows, due_list};

use crate::support::demo_portfolio;

fn member(c: &mut Criterion) {
    let portfolio = demo_portfolio();
    let zone = portfolio.settings().expect("settings").time_zone;
    let today: Date = "2026-11-25".parse().expect("a date");
    let overdue = due_list(&portfolio, today, zone).expect("due list").overdue.len();
    println!("demo --clients 1000: {overdue} clients overdue on {today}");

    let mut group = c.benchmark_group("team");
    group.sample_size(10);
    group.bench_function("member_rows", |b| b.iter(|| client_rows(&portfolio).expect("rows").len()));
    group.bench_function("member_rows_and_due_list", |b| {
        b.iter(|| {
            let rows = client_rows(&portfolio).expect("rows").len();
            rows + due_list(&portfolio, today, zone).expect("due list").overdue.len()
        })
    });
    group.finish();
}

criterion_group!(benches, member);
criterion_main!(benches);

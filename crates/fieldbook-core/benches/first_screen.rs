//! Benchmarks of the app's first screens on the `demo --clients 1000` portfolio (seed 1,
//! clients in CN, PL and AZ: about 5,000 contacts and 20,000 visits):
//!
//! - `first_screen/whole_records`: every client and visit read whole, what the portfolio
//!   table and Today each cost before the client list;
//! - `first_screen/build_client_list`: reading the `ClientList` from the document (once,
//!   at start-up);
//! - `first_screen/rows`: the portfolio table's rows from the list;
//! - `first_screen/today`: Today's visits (only the day's read whole) and open follow-ups;
//! - `first_screen/update_after_note`: bringing the list up to date after one note
//!   appended to a visit (the note's commit is made outside the timed part).
//!
//! Run with `cargo bench -p fieldbook-core --bench first_screen`.

#![allow(missing_docs, reason = "criterion_group! generates an undocumented function")]

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use fieldbook_core::{Client, ClientList, Date, Derived, Visit, VisitStatus};

use crate::support::{demo_portfolio, time_after_notes};

fn first_screen(c: &mut Criterion) {
    let mut portfolio = demo_portfolio();
    let mut list = ClientList::default();
    list.update(&mut portfolio).expect("list");
    let visits = portfolio.records::<Visit>().expect("visits");
    let day: Date = visits.iter().find(|v| v.status == VisitStatus::Planned).expect("a planned visit").planned.date;
    let visit = visits[10_000].id.clone();
    drop(visits);
    println!(
        "demo --clients 1000: {} rows, {} visits planned on {day}",
        list.rows().len(),
        list.today(&portfolio, day).expect("today").visits.len()
    );

    let mut group = c.benchmark_group("first_screen");
    group.sample_size(10);
    group.bench_function("whole_records", |b| {
        b.iter(|| {
            let clients = portfolio.records::<Client>().expect("clients");
            let visits = portfolio.records::<Visit>().expect("visits");
            (clients.len(), visits.len())
        })
    });
    group.bench_function("build_client_list", |b| {
        b.iter(|| {
            let mut fresh = ClientList::default();
            fresh.update(&mut portfolio).expect("list");
            fresh
        })
    });
    group.bench_function("rows", |b| b.iter(|| list.rows().len()));
    group.bench_function("today", |b| b.iter(|| list.today(&portfolio, day).expect("today").visits.len()));
    group.bench_function("update_after_note", |b| {
        b.iter_custom(|times| {
            time_after_notes(&mut portfolio, &visit, times, |portfolio| list.update(portfolio).expect("update"))
        })
    });
    group.finish();
}

criterion_group!(benches, first_screen);
criterion_main!(benches);

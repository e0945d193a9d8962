//! Benchmarks of search-as-you-type on the `demo --clients 1000` portfolio (seed 1,
//! clients in CN, PL and AZ: about 5,000 contacts and 20,000 visits):
//!
//! - `search/full_read`: `Portfolio::search`, which reads every record whole (the cost of a
//!   keystroke before the index);
//! - `search/build_index`: building the `SearchIndex` from the document;
//! - `search/query_3_letters`, `search/query_client_name`: one keystroke on the index;
//! - `search/update_after_note`: bringing the index up to date after one note appended
//!   to a visit (the note's commit is made outside the timed part).
//!
//! Run with `cargo bench -p fieldbook-core --bench search`.

#![allow(missing_docs, reason = "criterion_group! generates an undocumented function")]

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use fieldbook_core::{Client, Derived, SearchIndex, Visit};

use crate::support::{demo_portfolio, time_after_notes};

fn search(c: &mut Criterion) {
    let mut portfolio = demo_portfolio();
    let mut index = SearchIndex::default();
    index.update(&mut portfolio).expect("index");
    let client_name = portfolio.records::<Client>().expect("clients")[500].name.clone();
    let short = client_name.chars().take(3).collect::<String>();
    let visit = portfolio.records::<Visit>().expect("visits")[10_000].id.clone();
    println!(
        "demo --clients 1000: {:?} finds {} hits, {client_name:?} {}",
        short,
        index.search(&short, 50).len(),
        index.search(&client_name, 50).len()
    );

    let mut group = c.benchmark_group("search");
    group.sample_size(10);
    group.bench_function("full_read", |b| {
        b.iter(|| fieldbook_core::search(&portfolio, &short, 50).expect("search").len())
    });
    group.bench_function("build_index", |b| {
        b.iter(|| {
            let mut fresh = SearchIndex::default();
            fresh.update(&mut portfolio).expect("index");
            fresh
        })
    });
    group.bench_function("query_3_letters", |b| b.iter(|| index.search(&short, 50).len()));
    group.bench_function("query_client_name", |b| b.iter(|| index.search(&client_name, 50).len()));
    group.bench_function("update_after_note", |b| {
        b.iter_custom(|times| {
            time_after_notes(&mut portfolio, &visit, times, |portfolio| index.update(portfolio).expect("update"))
        })
    });
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);

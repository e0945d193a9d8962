//! Benchmarks of the portfolio on disk, on the `demo --clients 1000` portfolio
//! (about 5,000 contacts and 20,000 visits) and on a 10-client one:
//!
//! - `open/automerge_load`: a bare `Automerge::load` of the bytes the store holds;
//! - `open/replica_first_query`: `Replica::open` plus the first query (the client list),
//!   to be compared with the bare load (target ≤ 1.3×);
//! - `action/durable/{10,1000}`: one user action (editing a client's field) made durable,
//!   on the small and on the large portfolio (target ratio ≤ 1.5).
//!
//! The store's size on disk is printed before the timings.
//! Run with `cargo bench -p fieldbook-replica --bench portfolio`.

#![allow(missing_docs, reason = "criterion_group! generates an undocumented function")]

use std::path::Path;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use fieldbook_core::{Client, Fields, Region, Settings};
use fieldbook_demo::{ClientMix, DemoSpec, generate_demo};
use fieldbook_replica::{Replica, STORE_FILE};
use tempfile::TempDir;

/// A data directory holding a compacted demo portfolio of `clients` clients.
fn demo_store(clients: usize) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut replica = Replica::create(dir.path(), &Settings::new("Demo Manager", Region::Cn)).expect("create");
    let today = "2026-11-25".parse().expect("a date");
    let spec = DemoSpec {
        mix: ClientMix::Regions(vec![Region::Cn, Region::Pl, Region::Az]),
        ..DemoSpec::new(clients, 1, today)
    };
    replica.apply(|portfolio| generate_demo(portfolio, &spec)).expect("demo");
    replica.compact().expect("compact");
    dir
}

/// What the store holds, as `Automerge::load` would be given it.
fn stored_bytes(dir: &Path) -> Vec<u8> {
    let conn = rusqlite::Connection::open(dir.join(STORE_FILE)).expect("open store");
    let mut bytes: Vec<u8> = conn.query_row("SELECT bytes FROM snapshot", [], |row| row.get(0)).expect("snapshot");
    let mut rows = conn.prepare("SELECT bytes FROM changes ORDER BY seq").expect("changes");
    for chunk in rows.query_map([], |row| row.get::<_, Vec<u8>>(0)).expect("rows") {
        bytes.extend(chunk.expect("row"));
    }
    bytes
}

fn open(c: &mut Criterion) {
    let large = demo_store(1000);
    let bytes = stored_bytes(large.path());
    let file = std::fs::metadata(large.path().join(STORE_FILE)).expect("store file").len();
    println!("demo --clients 1000: document {} bytes, store file {file} bytes", bytes.len());

    let mut group = c.benchmark_group("open");
    group.sample_size(10);
    group.bench_function("automerge_load", |b| b.iter(|| automerge::Automerge::load(&bytes).expect("load")));
    group.bench_function("replica_first_query", |b| {
        b.iter(|| {
            let replica = Replica::open(large.path()).expect("open");
            replica.portfolio().records::<Client>().expect("clients").len()
        })
    });
    group.finish();
}

fn durable_action(c: &mut Criterion) {
    let mut group = c.benchmark_group("action/durable");
    for clients in [10, 1000] {
        let dir = demo_store(clients);
        let mut replica = Replica::open(dir.path()).expect("open");
        let client = replica.portfolio().records::<Client>().expect("clients")[0].id.clone();
        let mut n = 0u64;
        group.bench_function(clients.to_string(), |b| {
            b.iter_batched(
                || {
                    n += 1;
                    format!("industry {n}")
                },
                |industry| {
                    replica
                        .apply(|p| p.update::<Client>(&client, "Edit", |c| c.set_field("industry", &industry)))
                        .expect("edit")
                },
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, open, durable_action);
criterion_main!(benches);

//! Benchmarks of the weekly report's PDF, for the week's summary of the `demo --clients 1000`
//! portfolio (seed 1, clients in CN, PL and AZ), laid out in Chinese (both fonts in use):
//!
//! - `pdf/fonts`: finding the system's fonts (`Typesetter::new`), once per `fieldbook report`;
//! - `pdf/week`: laying the summary out and typesetting it as an A4 PDF, typst's memoized
//!   results dropped before each run (as for a report with new figures);
//! - `pdf/week_again`: the same report typeset again, typst's memoized results kept.
//!
//! Run with `cargo bench -p fieldbook-report --bench pdf`.

#![allow(missing_docs, reason = "criterion_group! generates an undocumented function")]

use criterion::{Criterion, criterion_group, criterion_main};
use fieldbook_core::{ActorId, Date, Instant, IsoWeek, Language, Portfolio, Region, Settings, week_summary};
use fieldbook_demo::{ClientMix, DemoSpec, generate_demo};
use fieldbook_report::{Typesetter, lay_out};

fn pdf(c: &mut Criterion) {
    let mut portfolio =
        Portfolio::create(&Settings::new("Demo Manager", Region::Cn), ActorId::random()).expect("create");
    let today: Date = "2026-11-25".parse().expect("a date");
    let spec =
        DemoSpec { mix: ClientMix::Regions(vec![Region::Cn, Region::Pl, Region::Az]), ..DemoSpec::new(1000, 1, today) };
    generate_demo(&mut portfolio, &spec).expect("demo");
    let zone = portfolio.settings().expect("settings").time_zone;
    let now: Instant = "2026-11-27T17:00:00+08:00".parse().expect("an instant");
    let summary = week_summary(&portfolio, IsoWeek::of(now.day_in(zone)), zone, now).expect("summary");
    let typesetter = Typesetter::new();
    let bytes = typesetter.pdf(&lay_out(&summary, Language::ZhCn)).expect("pdf");
    println!("demo --clients 1000, {}: a PDF of {} KiB", summary.week, bytes.len() / 1024);

    let mut group = c.benchmark_group("pdf");
    group.sample_size(10);
    group.bench_function("fonts", |b| b.iter(Typesetter::new));
    group.bench_function("week", |b| {
        b.iter(|| {
            typst::comemo::evict(0);
            typesetter.pdf(&lay_out(&summary, Language::ZhCn)).expect("pdf").len()
        })
    });
    group.bench_function("week_again", |b| {
        b.iter(|| typesetter.pdf(&lay_out(&summary, Language::ZhCn)).expect("pdf").len())
    });
    group.finish();
}

criterion_group!(benches, pdf);
criterion_main!(benches);

//! What the benchmarks share: the `demo --clients 1000` portfolio as the app opens it.

use std::time::{Duration, Instant};

use automerge::ActorId;
use fieldbook_core::{Date, Portfolio, Region, Settings, Visit, VisitId};
use fieldbook_demo::{ClientMix, DemoSpec, generate_demo};

/// The 1,000-client demo (seed 1, clients in CN, PL and AZ), saved and loaded again.
pub fn demo_portfolio() -> Portfolio {
    let mut portfolio =
        Portfolio::create(&Settings::new("Demo Manager", Region::Cn), ActorId::random()).expect("create");
    let today: Date = "2026-11-25".parse().expect("a date");
    let spec =
        DemoSpec { mix: ClientMix::Regions(vec![Region::Cn, Region::Pl, Region::Az]), ..DemoSpec::new(1000, 1, today) };
    generate_demo(&mut portfolio, &spec).expect("demo");
    // As the app has it: loaded from the saved document, not built up op by op.
    Portfolio::load(&portfolio.save()).expect("load")
}

/// How long `update` takes in all after each of `times` note lines appended to `visit`
/// (the notes' commits are not timed).
#[allow(dead_code, reason = "not every benchmark binary that includes this module uses it")]
pub fn time_after_notes(
    portfolio: &mut Portfolio,
    visit: &VisitId,
    times: u64,
    mut update: impl FnMut(&mut Portfolio),
) -> Duration {
    let mut updating = Duration::ZERO;
    for line in 0..times {
        let note = format!("line {line}");
        portfolio
            .update::<Visit>(visit, "Note on", |v| {
                v.append_note(&note);
                Ok(())
            })
            .expect("note");
        let started = Instant::now();
        update(portfolio);
        updating += started.elapsed();
    }
    updating
}

//! What the benchmarks share: the `demo --clients 1000` portfolio as the app opens it.

use automerge::ActorId;
use fieldbook_core::{ClientMix, Date, DemoSpec, Portfolio, Region, Settings, generate_demo};

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

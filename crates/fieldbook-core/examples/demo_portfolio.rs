//! Generates a demo portfolio and reports how long it took and how big it is:
//! `cargo run --release -p fieldbook-core --example demo_portfolio -- 1000 [SEED]`.

use std::time::Instant;

use fieldbook_core::{ActorId, ClientMix, DemoSpec, Portfolio, Region, Settings, generate_demo};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let clients = args.next().map_or(Ok(1000), |n| n.parse())?;
    let seed = args.next().map_or(Ok(1), |n| n.parse())?;
    let spec = DemoSpec {
        mix: ClientMix::Regions(vec![Region::Cn, Region::Pl, Region::Az]),
        ..DemoSpec::new(clients, seed, "2026-03-09".parse()?)
    };
    let mut portfolio = Portfolio::create(&Settings::new("Demo Manager", Region::Cn), ActorId::from(vec![1u8; 16]))?;

    let started = Instant::now();
    let summary = generate_demo(&mut portfolio, &spec)?;
    let generated = started.elapsed();
    let saved = Instant::now();
    let bytes = portfolio.save();
    let save_time = saved.elapsed();
    let loaded = Instant::now();
    Portfolio::load(&bytes)?;
    let load_time = loaded.elapsed();

    println!("{summary:#?}");
    println!("generate_demo: {generated:.2?}");
    println!("save: {save_time:.2?}, {} bytes ({:.1} MiB)", bytes.len(), bytes.len() as f64 / 1048576.0);
    println!("load: {load_time:.2?}");
    Ok(())
}

//! Larger days: the free stops ordered by `vrp-core`'s metaheuristic, with the
//! visit windows (office hours within the working day) as hard constraints.

use std::sync::Arc;

use vrp_core::models::common::TimeWindow;
use vrp_core::prelude::*;

use crate::schedule::Day;

/// Generations of the evolutionary search: enough for a day of 50 stops to settle.
const GENERATIONS: usize = 300;
/// A bound on the search's time, seconds, whatever the day's size.
const MAX_SECONDS: usize = 2;

/// The order `vrp-core` finds for `stops`; a stop it leaves out is not in the order.
pub(crate) fn order(day: &Day, stops: &[usize]) -> Vec<usize> {
    solve(day, stops).unwrap_or_else(|_| nearest_neighbour(day, stops))
}

fn solve(day: &Day, stops: &[usize]) -> GenericResult<Vec<usize>> {
    // The solver's matrix covers the start and `stops` only: location k + 1 is `stops[k]`.
    let places: Vec<usize> = std::iter::once(0).chain(stops.iter().map(|s| s + 1)).collect();
    let cell = |f: &dyn Fn(usize, usize) -> f64| -> Vec<f64> {
        places.iter().flat_map(|&a| places.iter().map(move |&b| (a, b))).map(|(a, b)| f(a, b)).collect()
    };
    let transport: Arc<dyn TransportCost> =
        Arc::new(SimpleTransportCost::new(cell(&|a, b| day.drive(a, b)), cell(&|a, b| day.km(a, b)))?);
    let goal = GoalContextBuilder::with_features(&[
        MinimizeUnassignedBuilder::new("min-unassigned").build()?,
        // Driving time is proportional to distance; minimising the route's duration instead
        // would trade driving for less waiting at closed offices.
        TransportFeatureBuilder::new("min-distance").set_transport_cost(transport.clone()).build_minimize_distance()?,
    ])?
    .build()?;
    let jobs = stops
        .iter()
        .enumerate()
        .map(|(k, &stop)| {
            let slot = day.slots[stop];
            // vrp-core bounds the start of a visit; ours must also end by the close.
            let latest_start = (slot.close - slot.duration).max(slot.open);
            SingleBuilder::default()
                .id(&format!("stop{stop}"))
                .location(k + 1)?
                .duration(slot.duration)?
                .times(vec![TimeWindow::new(slot.open, latest_start)])?
                .build_as_job()
        })
        .collect::<GenericResult<Vec<_>>>()?;
    let manager = VehicleBuilder::default()
        .id("manager")
        .add_detail(VehicleDetailBuilder::default().set_start_location(0).set_start_time(day.start).build()?)
        .build()?;
    // The solver's own messages are not the user's: without a logger of ours, building the
    // problem prints "job index created in …" to standard output, which `--format json` owns.
    let quiet: InfoLogger = Arc::new(|_: &str| {});
    let problem = Arc::new(
        ProblemBuilder::default()
            .add_jobs(jobs.into_iter())
            .add_vehicles(std::iter::once(manager))
            .with_goal(goal)
            .with_transport_cost(transport)
            .with_logger(quiet.clone())
            .build()?,
    );
    let environment = Arc::new(Environment {
        random: Arc::new(DefaultRandom::new_repeatable()),
        logger: quiet,
        ..Environment::default()
    });
    let config = VrpConfigBuilder::new(problem.clone())
        .set_environment(environment)
        .prebuild()?
        .with_max_time(Some(MAX_SECONDS))
        .with_max_generations(Some(GENERATIONS))
        .build()?;
    let solution = Solver::new(problem, config).solve()?;
    let route = solution.get_locations().next().map(|locations| locations.collect::<Vec<_>>()).unwrap_or_default();
    Ok(route.into_iter().filter(|&location| location > 0).map(|location| stops[location - 1]).collect())
}

/// Nearest next feasible stop first: the fallback should the solver refuse the problem.
fn nearest_neighbour(day: &Day, stops: &[usize]) -> Vec<usize> {
    let mut left: Vec<usize> = stops.to_vec();
    let mut order: Vec<usize> = Vec::new();
    let (mut at, mut time) = (0, day.start);
    while let Some((index, begin)) = left
        .iter()
        .enumerate()
        .filter_map(|(i, &s)| Some((i, day.visit(at, time, s)?)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
    {
        let stop = left.swap_remove(index);
        (at, time) = (stop + 1, begin + day.slots[stop].duration);
        order.push(stop);
    }
    order
}

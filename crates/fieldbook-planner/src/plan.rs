//! The day plan: what the manager asks for (a start point, working hours, the
//! stops), what comes back (stops in order with their times, the stops left out
//! and why, the travel), and the two ways to get it: optimised or as ordered.

use chrono::NaiveTime;
use fieldbook_core::{ClientId, DayWindow, GeoPoint, TimeOfDay};
use serde::Serialize;

use crate::exact::{self, Lock};
use crate::geo::Travel;
use crate::heuristic;
use crate::schedule::{Day, Slot, legs, minutes};

/// Up to this many stops to place (locked ones not counted) the plan is exact.
pub const EXACT_LIMIT: usize = 9;

/// A client to visit.
#[derive(Debug, Clone, PartialEq)]
pub struct Stop {
    /// The client.
    pub client_id: ClientId,
    /// Where; a stop without coordinates cannot be routed.
    pub location: Option<GeoPoint>,
    /// Length of the visit, minutes.
    pub duration_min: u32,
    /// The client's office hours, if it has any.
    pub window: Option<DayWindow>,
    /// Held at its position in the request when the day is re-optimised.
    pub locked: bool,
}

impl Stop {
    /// An unlocked stop without office hours.
    pub fn new(client_id: ClientId, location: Option<GeoPoint>, duration_min: u32) -> Stop {
        Stop { client_id, location, duration_min, window: None, locked: false }
    }
}

/// A day to plan: its stops are in the current order (which locked stops keep).
#[derive(Debug, Clone, PartialEq)]
pub struct DayRequest {
    /// Where the day starts (home or office).
    pub start: GeoPoint,
    /// The working day.
    pub hours: DayWindow,
    /// How the manager travels.
    pub travel: Travel,
    /// The clients to visit.
    pub stops: Vec<Stop>,
}

impl DayRequest {
    /// A day from `start` during `hours`.
    pub fn new(start: GeoPoint, hours: DayWindow, travel: Travel, stops: Vec<Stop>) -> DayRequest {
        DayRequest { start, hours, travel, stops }
    }
}

/// A visit in the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedStop {
    /// The client.
    pub client_id: ClientId,
    /// When the visit starts (after any wait for the office to open).
    pub arrive: TimeOfDay,
    /// When it ends.
    pub depart: TimeOfDay,
    /// Road kilometres from the previous stop (or the start point).
    pub travel_km_from_prev: f64,
}

/// Why a stop is not in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum UnassignedReason {
    /// The client has no coordinates.
    NoCoordinates,
    /// Its office hours cannot be met, not even as the only visit of the day.
    TimeWindow,
    /// The working day cannot hold it with the other visits: it fits a day of its own.
    DayTooShort,
    /// Too far to drive there, visit and drive back within the working day, even alone.
    TooFar,
}

/// A stop left out of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unassigned {
    /// The client.
    pub client_id: ClientId,
    /// Why.
    pub reason: UnassignedReason,
}

/// The day's route.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayPlan {
    /// The visits, in order.
    pub stops: Vec<PlannedStop>,
    /// The stops that do not fit.
    pub unassigned: Vec<Unassigned>,
    /// Road kilometres from the start point to the last stop.
    pub total_travel_km: f64,
    /// Driving minutes from the start point to the last stop.
    pub total_travel_min: f64,
    /// Whether the order is proven optimal (exact search) rather than a heuristic's.
    #[serde(skip)]
    pub optimal: bool,
}

/// The request in numbers: the routable stops (those with coordinates) by index.
struct Numbers {
    day: Day,
    /// `routable[i]` is the request's stop that the day's stop `i` is.
    routable: Vec<usize>,
}

impl Numbers {
    fn of(request: &DayRequest) -> Numbers {
        let routable: Vec<usize> = (0..request.stops.len()).filter(|&i| request.stops[i].location.is_some()).collect();
        let points: Vec<GeoPoint> = routable.iter().filter_map(|&i| request.stops[i].location).collect();
        let slots = routable.iter().map(|&i| slot(&request.stops[i], request.hours)).collect();
        Numbers { day: Day::new(request.start, request.hours, request.travel, &points, slots), routable }
    }
}

impl Numbers {
    /// The routable stops to place, and the locked ones held at their positions.
    fn free_and_locked(&self, request: &DayRequest) -> (Vec<usize>, Vec<Lock>) {
        let (locked, free): (Vec<usize>, Vec<usize>) =
            (0..self.routable.len()).partition(|&index| request.stops[self.routable[index]].locked);
        (free, locked.into_iter().map(|index| Lock { position: index, stop: index }).collect())
    }
}

fn slot(stop: &Stop, hours: DayWindow) -> Slot {
    let window = stop.window.unwrap_or(hours);
    Slot { duration: f64::from(stop.duration_min), open: minutes(window.start), close: minutes(window.end) }
}

/// The order that visits the most stops and, among those, drives the least; locked
/// stops keep their positions. Exact up to [`EXACT_LIMIT`] free stops, `vrp-core` beyond.
pub fn plan_day(request: &DayRequest) -> DayPlan {
    let numbers = Numbers::of(request);
    let (free, locks) = numbers.free_and_locked(request);
    if free.len() > EXACT_LIMIT {
        return plan_day_heuristic(request);
    }
    build(request, &numbers, &exact::best_order(&numbers.day, &free, &locks), true)
}

/// The plan `vrp-core`'s metaheuristic finds, whatever the day's size (the
/// benchmarks compare it with the exact search). Locked stops are put back at
/// their positions in its order.
pub fn plan_day_heuristic(request: &DayRequest) -> DayPlan {
    let numbers = Numbers::of(request);
    let (free, locks) = numbers.free_and_locked(request);
    build(request, &numbers, &with_locks(heuristic::order(&numbers.day, &free), &locks), false)
}

/// The stops timed in the order given, as after a manual reorder or re-time; a
/// stop that no longer fits is left out and the rest move up.
pub fn retime(request: &DayRequest) -> DayPlan {
    let numbers = Numbers::of(request);
    build(request, &numbers, &(0..numbers.routable.len()).collect::<Vec<_>>(), false)
}

/// `order` with each locked stop put back at its position (or at the end, if the order is shorter).
fn with_locks(mut order: Vec<usize>, locks: &[Lock]) -> Vec<usize> {
    for lock in locks {
        order.insert(lock.position.min(order.len()), lock.stop);
    }
    order
}

/// The plan of `order`: each stop timed, those that do not fit left out with their reason.
fn build(request: &DayRequest, numbers: &Numbers, order: &[usize], optimal: bool) -> DayPlan {
    let day = &numbers.day;
    let mut kept: Vec<usize> = Vec::new();
    let mut begins: Vec<f64> = Vec::new();
    let (mut at, mut time) = (0, day.start);
    for &stop in order {
        if let Some(begin) = day.visit(at, time, stop) {
            kept.push(stop);
            begins.push(begin);
            (at, time) = (stop + 1, begin + day.slots[stop].duration);
        }
    }
    let stops: Vec<PlannedStop> = legs(&kept)
        .zip(&begins)
        .map(|((from, to), &begin)| PlannedStop {
            client_id: request.stops[numbers.routable[to - 1]].client_id.clone(),
            arrive: clock(begin),
            depart: clock(begin + day.slots[to - 1].duration),
            travel_km_from_prev: round(day.km(from, to), 10.0),
        })
        .collect();
    let total_km: f64 = legs(&kept).map(|(a, b)| day.km(a, b)).sum();
    DayPlan {
        stops,
        unassigned: unassigned(request, numbers, &kept),
        total_travel_km: round(total_km, 10.0),
        total_travel_min: round(day.drive_of(&kept), 1.0),
        optimal,
    }
}

/// The stops not kept, in request order, with the reason each is out.
fn unassigned(request: &DayRequest, numbers: &Numbers, kept: &[usize]) -> Vec<Unassigned> {
    let day = &numbers.day;
    let routable_index = |i: usize| numbers.routable.iter().position(|&r| r == i);
    request
        .stops
        .iter()
        .enumerate()
        .filter_map(|(i, stop)| {
            let reason = match routable_index(i) {
                None => UnassignedReason::NoCoordinates,
                Some(index) if kept.contains(&index) => return None,
                Some(index) if day.visit(0, day.start, index).is_some() => UnassignedReason::DayTooShort,
                Some(_) if fits_the_day_alone(request, stop) => UnassignedReason::TimeWindow,
                Some(_) => UnassignedReason::TooFar,
            };
            Some(Unassigned { client_id: stop.client_id.clone(), reason })
        })
        .collect()
}

/// Whether `stop` would fit as the day's only visit, there and back, if it had no office hours.
fn fits_the_day_alone(request: &DayRequest, stop: &Stop) -> bool {
    let Some(location) = stop.location else { return false };
    let drive = request.travel.minutes(request.travel.km(request.start, location));
    minutes(request.hours.start) + 2.0 * drive + f64::from(stop.duration_min) <= minutes(request.hours.end) + 1e-9
}

/// Minutes since midnight as a wall-clock time, to the nearest minute.
fn clock(minutes: f64) -> TimeOfDay {
    let whole = minutes.round().clamp(0.0, 24.0 * 60.0 - 1.0) as u32;
    TimeOfDay(NaiveTime::from_hms_opt(whole / 60, whole % 60, 0).unwrap_or_default())
}

fn round(value: f64, per_unit: f64) -> f64 {
    // Adding zero turns the -0.0 an empty sum gives into 0.0, which is what is meant.
    (value * per_unit).round() / per_unit + 0.0
}

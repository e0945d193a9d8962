//! The day in numbers: minutes since midnight, a travel matrix over the start
//! point and the stops that have coordinates, and the timing of a visit order.

use fieldbook_core::{DayWindow, GeoPoint, TimeOfDay};

use crate::geo::Travel;

/// Minutes since midnight of a time of day.
pub(crate) fn minutes(time: TimeOfDay) -> f64 {
    use chrono::Timelike;
    f64::from(time.0.num_seconds_from_midnight()) / 60.0
}

/// A stop as the search sees it: how long the visit lasts and when it may start.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Slot {
    /// Length of the visit, minutes.
    pub duration: f64,
    /// Earliest start, minutes since midnight.
    pub open: f64,
    /// Latest end, minutes since midnight: office hours and the working day, whichever ends first.
    pub close: f64,
}

/// The numbers of a day to plan. Location 0 is the start point, location `i + 1` is stop `i`.
#[derive(Debug, Clone)]
pub(crate) struct Day {
    /// Start of the working day.
    pub start: f64,
    /// The stops.
    pub slots: Vec<Slot>,
    km: Vec<f64>,
    minutes: Vec<f64>,
    size: usize,
}

impl Day {
    /// The day starting at `start` during `hours`, with stops at `points` (their slots in `slots`).
    pub fn new(start: GeoPoint, hours: DayWindow, travel: Travel, points: &[GeoPoint], slots: Vec<Slot>) -> Day {
        let places: Vec<GeoPoint> = std::iter::once(start).chain(points.iter().copied()).collect();
        let size = places.len();
        let km: Vec<f64> = places.iter().flat_map(|a| places.iter().map(move |b| travel.km(*a, *b))).collect();
        let drive = km.iter().map(|km| travel.minutes(*km)).collect();
        let day_end = minutes(hours.end);
        let slots = slots.into_iter().map(|s| Slot { close: s.close.min(day_end), ..s }).collect();
        Day { start: minutes(hours.start), slots, km, minutes: drive, size }
    }

    /// Road kilometres between two locations.
    pub fn km(&self, from: usize, to: usize) -> f64 {
        self.km[from * self.size + to]
    }

    /// Driving minutes between two locations.
    pub fn drive(&self, from: usize, to: usize) -> f64 {
        self.minutes[from * self.size + to]
    }

    /// The start of a visit to `stop` by someone free at `time` at location `from`,
    /// or `None` when the visit cannot be made in its slot.
    pub fn visit(&self, from: usize, time: f64, stop: usize) -> Option<f64> {
        let slot = self.slots[stop];
        let begin = (time + self.drive(from, stop + 1)).max(slot.open);
        (begin + slot.duration <= slot.close + 1e-9).then_some(begin)
    }

    /// Driving minutes of `order` from the start point to its last stop.
    pub fn drive_of(&self, order: &[usize]) -> f64 {
        legs(order).map(|(a, b)| self.drive(a, b)).sum()
    }
}

/// The legs of a route from the start point (location 0) through `order`.
pub(crate) fn legs(order: &[usize]) -> impl Iterator<Item = (usize, usize)> + '_ {
    std::iter::once(0).chain(order.iter().map(|s| s + 1)).zip(order.iter().map(|s| s + 1))
}

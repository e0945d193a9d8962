//! The exact search for small days: branch and bound over every order of every
//! subset of the free stops, with locked stops held at their positions. It finds
//! the order that visits the most stops and, among those, drives the least.

use crate::schedule::Day;

/// A stop held at a position of the route.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lock {
    /// Its index in the route.
    pub position: usize,
    /// The stop.
    pub stop: usize,
}

/// The best order found so far.
struct Best {
    order: Vec<usize>,
    drive: f64,
}

/// The search's state along the current branch.
struct Search<'a> {
    day: &'a Day,
    free: &'a [usize],
    locks: &'a [Lock],
    used: Vec<bool>,
    order: Vec<usize>,
    best: Best,
}

/// The optimal order of `free` stops around the `locks` (sorted by position).
pub(crate) fn best_order(day: &Day, free: &[usize], locks: &[Lock]) -> Vec<usize> {
    let mut search = Search {
        day,
        free,
        locks,
        used: vec![false; free.len()],
        order: Vec::new(),
        best: Best { order: Vec::new(), drive: 0.0 },
    };
    search.extend(0, day.start, 0.0, 0);
    search.best.order
}

impl Search<'_> {
    /// Explores every continuation of the current order, which ends at location
    /// `at` at `time` after `drive` minutes, with `next_lock` the first lock not yet placed.
    fn extend(&mut self, at: usize, time: f64, drive: f64, next_lock: usize) {
        let remaining = (self.free.len() - self.used.iter().filter(|u| **u).count()) + (self.locks.len() - next_lock);
        let potential = self.order.len() + remaining;
        let best = self.best.order.len();
        if potential < best || (potential == best && drive >= self.best.drive - 1e-9 && !self.order.is_empty()) {
            return;
        }
        match self.locks.get(next_lock) {
            Some(lock) if lock.position <= self.order.len() || self.all_free_used() => {
                self.try_stop(at, time, drive, lock.stop, next_lock + 1, None);
                // Leaving the locked stop out can only help if it blocks others.
                self.extend(at, time, drive, next_lock + 1);
            }
            _ => {
                if next_lock == self.locks.len() {
                    self.consider(drive);
                } else {
                    self.close(at, time, drive, next_lock);
                }
                for index in 0..self.free.len() {
                    if !self.used[index] {
                        self.try_stop(at, time, drive, self.free[index], next_lock, Some(index));
                    }
                }
            }
        }
    }

    /// Ends the free part of the route here: the locked stops left follow one after
    /// another, each that still fits (too few free stops fit to fill their positions).
    fn close(&mut self, mut at: usize, mut time: f64, mut drive: f64, next_lock: usize) {
        let placed = self.order.len();
        let locks = self.locks;
        for lock in &locks[next_lock..] {
            if let Some(begin) = self.day.visit(at, time, lock.stop) {
                drive += self.day.drive(at, lock.stop + 1);
                self.order.push(lock.stop);
                (at, time) = (lock.stop + 1, begin + self.day.slots[lock.stop].duration);
            }
        }
        self.consider(drive);
        self.order.truncate(placed);
    }

    fn all_free_used(&self) -> bool {
        self.used.iter().all(|u| *u)
    }

    /// Visits `stop` next if it fits, and explores on from there.
    fn try_stop(&mut self, at: usize, time: f64, drive: f64, stop: usize, next_lock: usize, free: Option<usize>) {
        let Some(begin) = self.day.visit(at, time, stop) else { return };
        let leg = self.day.drive(at, stop + 1);
        if let Some(index) = free {
            self.used[index] = true;
        }
        self.order.push(stop);
        let after = begin + self.day.slots[stop].duration;
        self.extend(stop + 1, after, drive + leg, next_lock);
        self.order.pop();
        if let Some(index) = free {
            self.used[index] = false;
        }
    }

    /// Keeps the current order if it visits more stops, or as many with less driving.
    fn consider(&mut self, drive: f64) {
        let (count, best) = (self.order.len(), self.best.order.len());
        if count > best || (count == best && drive < self.best.drive - 1e-9) {
            self.best = Best { order: self.order.clone(), drive };
        }
    }
}

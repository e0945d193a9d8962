//! Tests of the day planner through its public API: optimality against brute
//! force, office hours, the reasons stops are left out, locks, re-timing, and
//! saving a plan into a real portfolio.

#![allow(clippy::unwrap_used, reason = "a test fails loudly on an unexpected error, which is what it is for")]

mod brute_force;
mod day;
mod support;

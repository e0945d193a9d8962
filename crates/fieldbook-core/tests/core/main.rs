//! Integration tests of fieldbook-core through its public API, one binary with a module per area.

#![allow(clippy::unwrap_used, reason = "a test fails loudly on an unexpected error, which is what it is for")]

mod agenda;
mod birthdays;
mod cadence;
mod care_rules;
mod convergence;
mod delivery;
mod fields;
mod greetings;
mod holidays;
mod merge;
mod notifications;
mod overview;
mod portfolio;
mod problems;
mod regressions;
mod report;
mod search_index;
mod sla;
mod tidy;
mod upgrade;

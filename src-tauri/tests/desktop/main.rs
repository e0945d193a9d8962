//! Integration tests of the desktop shell through its public API, one binary with a module per area.

#![allow(clippy::unwrap_used, reason = "a test fails loudly on an unexpected error, which is what it is for")]

mod bindings;
mod care;
mod commands;
mod desks;
mod errors;
mod join;
mod locales;
mod planning;
mod refusals;
mod saving;
mod sync;
mod team;

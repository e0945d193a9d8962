//! Tests of the `fieldbook` binary, run for real on a temporary data directory.

mod care;
mod cases;
mod clients;
mod greetings;
mod planning;
mod report;
mod transfer;
mod util;
mod visits;

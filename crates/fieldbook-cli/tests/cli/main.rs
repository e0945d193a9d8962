//! Tests of the `fieldbook` binary, run for real on a temporary data directory.

mod care;
mod clients;
mod planning;
mod greetings;
mod transfer;
mod util;
mod visits;

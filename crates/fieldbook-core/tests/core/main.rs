//! The integration tests of `fieldbook-core`, one binary with a module per area.

#![allow(clippy::unwrap_used, reason = "a test fails loudly on an unexpected error, which is what it is for")]

mod import;
mod interchange;
mod regressions;

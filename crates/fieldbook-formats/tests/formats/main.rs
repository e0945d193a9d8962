//! Integration tests of fieldbook-formats through its public API, one binary with a module per format.

#![allow(clippy::unwrap_used, reason = "a test fails loudly on an unexpected error, which is what it is for")]

mod ics;
mod import;
mod interchange;
mod reimport;
mod sheet;
mod vcf;
mod xlsx;

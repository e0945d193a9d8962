//! Integration tests of fieldbook-core through its public API.

mod convergence;
mod fields;
mod merge;
mod portfolio;
mod support;

//! Integration tests of fieldbook-core through its public API.

mod convergence;
mod demo;
mod fields;
mod merge;
mod portfolio;
mod support;

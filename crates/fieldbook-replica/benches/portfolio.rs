//! Benchmarks of the replica: a placeholder until the first one is written.

fn main() {}

//! `fieldbook demo`.

use fieldbook_replica::Replica;

use crate::cli::DemoArgs;

/// Generates a demo portfolio.
pub fn run(_replica: &mut Replica, _args: DemoArgs) -> anyhow::Result<()> {
    anyhow::bail!("demo lands with the demo module")
}

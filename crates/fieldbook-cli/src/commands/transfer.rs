//! `fieldbook import` and `fieldbook export`.

use fieldbook_replica::Replica;

use crate::cli::{ExportArgs, ImportArgs};

/// Imports a CSV file, all or nothing.
pub fn import(_replica: &mut Replica, _args: ImportArgs) -> anyhow::Result<()> {
    anyhow::bail!("import lands with the import module")
}

/// Exports the portfolio.
pub fn export(_replica: &Replica, _args: ExportArgs) -> anyhow::Result<()> {
    anyhow::bail!("export lands with the interchange module")
}

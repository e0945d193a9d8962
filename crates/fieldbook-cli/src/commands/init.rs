//! `fieldbook init`: a new portfolio for a manager.

use std::path::Path;

use fieldbook_actions::{Setup, new_settings};
use fieldbook_replica::Replica;

use crate::cli::InitArgs;

/// Creates the portfolio and prints where it lives.
pub fn run(data_dir: &Path, args: InitArgs) -> anyhow::Result<()> {
    let settings =
        new_settings(&Setup { manager_name: args.name, region: args.region, language: args.lang, time_zone: args.tz })?;
    Replica::create(data_dir, &settings)?;
    println!("Created a portfolio for {} in {}", settings.manager_name, data_dir.display());
    Ok(())
}

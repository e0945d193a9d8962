//! `fieldbook settings …`: the manager's settings shared by every device.

use fieldbook_core::Tier;
use fieldbook_replica::Replica;

use crate::cli::SettingsCommand;

/// Runs a settings command.
pub fn run(replica: &mut Replica, command: SettingsCommand) -> anyhow::Result<()> {
    match command {
        SettingsCommand::Cadence { tier, days } => {
            let tier: Tier = tier.parse()?;
            let field = format!("cadence_{}", tier.to_string().to_ascii_lowercase());
            let days = days.trim().to_string();
            replica.apply(|portfolio| portfolio.update_settings(|settings| settings.set_field(&field, &days)))?;
            println!("Tier {tier}: a visit at least every {days} days");
            Ok(())
        }
    }
}

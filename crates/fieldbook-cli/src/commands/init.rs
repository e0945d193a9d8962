//! `fieldbook init`: a new portfolio for a manager.

use std::path::Path;

use fieldbook_core::{Region, Settings};
use fieldbook_replica::Replica;

use crate::cli::InitArgs;

/// Creates the portfolio and prints where it lives.
pub fn run(data_dir: &Path, args: InitArgs) -> anyhow::Result<()> {
    let region: Region = args.region.parse()?;
    let mut settings = Settings::new(args.name, region);
    if let Some(lang) = &args.lang {
        settings.language = lang.parse()?;
    }
    if let Some(tz) = &args.tz {
        settings.time_zone = tz
            .parse()
            .map_err(|_| fieldbook_core::FieldError::new("tz", format!("'{tz}' is not an IANA time zone")))?;
    }
    Replica::create(data_dir, &settings)?;
    println!("Created a portfolio for {} in {}", settings.manager_name, data_dir.display());
    Ok(())
}

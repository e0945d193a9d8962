//! `fieldbook login`, `fieldbook join`, `fieldbook sync` and `fieldbook sync
//! status`: the device's link to the team's sync server. The token is never printed.

use std::path::Path;
use std::time::Duration;

use fieldbook_replica::sync::{self, Credentials, SyncStatus};

use crate::cli::{Format, JoinArgs, LoginArgs, SyncArgs, SyncCommand};

/// Checks the token with the server, keeps the login, and says who it is.
pub fn login(data_dir: &Path, args: LoginArgs) -> anyhow::Result<()> {
    let credentials = Credentials::new(&args.server, &args.token)?;
    let account = runtime()?.block_on(sync::login(data_dir, &credentials))?;
    println!("Logged in to {} as {} ({})", credentials.server(), account.user, account.role);
    if account.documents.is_empty() {
        println!("No portfolio on the server yet; `fieldbook sync` uploads this device's.");
    } else {
        println!("{} portfolio(s) to sync; run `fieldbook sync`.", account.documents.len());
    }
    Ok(())
}

/// Pulls the user's portfolio into the empty data directory and keeps the login.
pub fn join(data_dir: &Path, args: JoinArgs) -> anyhow::Result<()> {
    let credentials = Credentials::new(&args.login.server, &args.login.token)?;
    let joining = sync::join(data_dir, &credentials, Duration::from_secs(args.timeout));
    let report = runtime()?.block_on(joining)?;
    println!("Joined {} as {}; the portfolio is in {}", credentials.server(), report.user, data_dir.display());
    Ok(())
}

/// One round, or the status.
pub fn run(data_dir: &Path, args: SyncArgs) -> anyhow::Result<()> {
    match args.command {
        Some(SyncCommand::Status(format)) => status(data_dir, format.format),
        None => round(data_dir, Duration::from_secs(args.timeout)),
    }
}

fn round(data_dir: &Path, timeout: Duration) -> anyhow::Result<()> {
    let report = runtime()?.block_on(sync::sync_round(data_dir, timeout))?;
    for portfolio in &report.portfolios {
        let how = match (portfolio.pulled, portfolio.read_only) {
            (true, true) => "pulled (read-only)",
            (true, false) => "pulled",
            (false, true) => "up to date (read-only)",
            (false, false) => "up to date",
        };
        println!("{}: {how} in {}", portfolio.owner, portfolio.data_dir.display());
        if portfolio.read_only && portfolio.unconfirmed_changes > 0 {
            println!(
                "  {} local change(s) refused: this portfolio is read-only for {}",
                portfolio.unconfirmed_changes, report.user
            );
        }
    }
    println!("up to date");
    Ok(())
}

fn status(data_dir: &Path, format: Format) -> anyhow::Result<()> {
    let status: SyncStatus = sync::sync_status(data_dir)?;
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&status)?),
        Format::Table => {
            let or_none = |value: &Option<String>| value.clone().unwrap_or_else(|| "-".into());
            println!("state                {}", status.state);
            println!("server               {}", or_none(&status.server));
            println!("user                 {}", or_none(&status.user));
            println!("last synced          {}", or_none(&status.last_synced));
            println!("unconfirmed changes  {}", status.unconfirmed_changes);
            if status.read_only {
                println!("read-only            yes (a team member's portfolio)");
            }
        }
    }
    Ok(())
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?)
}

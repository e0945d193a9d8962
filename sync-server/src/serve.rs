//! Runs the server: prepares the data directory, starts the sync hub, binds
//! the listener, serves the [`app`](crate::app), watches the accounts for
//! changes made by admin commands, and on SIGTERM or Ctrl-C stops the hub
//! (which waits for every pending write) before exiting.

use std::{io::Write, path::PathBuf, sync::Arc, time::Duration};

use anyhow::Context;
use tokio::{net::TcpListener, sync::watch};

use crate::{
    AppState,
    accounts::Accounts,
    app,
    config::ServerConfig,
    database,
    hub::{REPO_IDLE, SyncHub},
    store::ChunkStore,
};

/// How often the server looks for account changes made by other processes.
const ACCOUNTS_POLL: Duration = Duration::from_millis(250);

/// Serves until a shutdown signal arrives and the open requests are done.
///
/// Once bound, prints `listening on ADDR` on stdout: with port 0 that line is
/// the only way for the caller to learn the port.
pub async fn serve(config: ServerConfig) -> anyhow::Result<()> {
    let data_dir = config.data_dir;
    tokio::fs::create_dir_all(&data_dir)
        .await
        .with_context(|| format!("cannot create the data directory {}", data_dir.display()))?;
    let accounts = Arc::new(
        Accounts::open(&data_dir).with_context(|| format!("cannot open the accounts in {}", data_dir.display()))?,
    );
    let store = ChunkStore::open(&data_dir)
        .with_context(|| format!("cannot open the document store in {}", data_dir.display()))?;
    let (access_changed, access_watch) = watch::channel(0);
    let hub = SyncHub::start(store, accounts.clone(), access_watch, REPO_IDLE).await?;

    let listener =
        TcpListener::bind(config.listen).await.with_context(|| format!("cannot listen on {}", config.listen))?;
    let local_addr = listener.local_addr().context("cannot read the address the server listens on")?;
    let watcher = tokio::spawn(watch_accounts(data_dir.clone(), accounts.clone(), hub.clone(), access_changed));

    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "listening on {local_addr}").and_then(|()| stdout.flush()).context("cannot write to stdout")?;
    drop(stdout);
    tracing::info!(address = %local_addr, "listening");

    let stopping_hub = hub.clone();
    let shutdown = async move {
        shutdown_signal().await;
        // Closes the sync connections once every pending write is on disk.
        stopping_hub.stop().await;
        tracing::info!("storage flushed");
    };
    let state = AppState { data_dir, accounts, hub };
    let served = axum::serve(listener, app(state)).with_graceful_shutdown(shutdown).await;
    watcher.abort();
    served.context("the server stopped on an error")?;
    tracing::info!("stopped");
    Ok(())
}

/// Every [`ACCOUNTS_POLL`], reads the accounts version; when an account
/// table changed, ticks `access_changed` (share decisions are taken again)
/// and closes the live connections of tokens that are no longer valid.
async fn watch_accounts(data_dir: PathBuf, accounts: Arc<Accounts>, hub: SyncHub, access_changed: watch::Sender<u64>) {
    let connection = match database::open(&data_dir) {
        Ok(connection) => Arc::new(std::sync::Mutex::new(connection)),
        Err(err) => {
            tracing::error!(error = %err, "cannot watch the accounts; revocations will not close live connections");
            return;
        }
    };
    let mut seen = None;
    let mut ticks = tokio::time::interval(ACCOUNTS_POLL);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let polled = {
            let connection = connection.clone();
            tokio::task::spawn_blocking(move || {
                let connection = connection.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                database::accounts_version(&connection)
            })
            .await
        };
        let version = match polled {
            Ok(Ok(version)) => version,
            Ok(Err(err)) => {
                tracing::warn!(error = %err, "cannot read the accounts version");
                continue;
            }
            Err(err) => {
                tracing::warn!(error = %err, "cannot read the accounts version");
                continue;
            }
        };
        if seen == Some(version) {
            continue;
        }
        seen = Some(version);
        access_changed.send_modify(|generation| *generation += 1);
        let tokens = hub.live_tokens();
        let accounts = accounts.clone();
        let revoked = tokio::task::spawn_blocking(move || {
            tokens.into_iter().filter(|token| !matches!(accounts.token_is_live(token), Ok(true))).collect::<Vec<_>>()
        })
        .await
        .unwrap_or_default();
        for token in revoked {
            hub.close_token(&token);
        }
    }
}

/// Resolves on the first Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        match tokio::signal::ctrl_c().await {
            Ok(()) => tracing::info!("Ctrl-C received, shutting down"),
            Err(err) => {
                tracing::error!(%err, "cannot listen for Ctrl-C");
                std::future::pending::<()>().await;
            }
        }
    };

    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut sigterm) => {
                sigterm.recv().await;
                tracing::info!("SIGTERM received, shutting down");
            }
            Err(err) => {
                tracing::error!(%err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();

    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}

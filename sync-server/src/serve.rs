//! Runs the server: prepares the data directory, binds the listener, serves
//! the [`app`](crate::app) and stops gracefully on SIGTERM or Ctrl-C.

use std::io::Write;

use anyhow::Context;
use tokio::net::TcpListener;

use crate::{AppState, app, cli::ServeArgs};

/// Serves until a shutdown signal arrives and the open requests are done.
///
/// Once bound, prints `listening on ADDR` on stdout: with port 0 that line is
/// the only way for the caller to learn the port.
pub async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    tokio::fs::create_dir_all(&args.data)
        .await
        .with_context(|| format!("cannot create the data directory {}", args.data.display()))?;
    let listener = TcpListener::bind(args.listen).await.with_context(|| format!("cannot listen on {}", args.listen))?;
    let local_addr = listener.local_addr().context("cannot read the address the server listens on")?;

    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "listening on {local_addr}").and_then(|()| stdout.flush()).context("cannot write to stdout")?;
    drop(stdout);
    tracing::info!(address = %local_addr, "listening");

    let state = AppState { data_dir: args.data };
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("the server stopped on an error")?;
    tracing::info!("stopped");
    Ok(())
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

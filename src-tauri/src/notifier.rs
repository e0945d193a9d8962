//! The background task that announces the day's reminders as a desktop
//! notification once the manager's notification time has come.
//!
//! At start-up and then every minute it asks [`commands::take_due_reminders`],
//! which decides in the core what is due and records it as announced in the
//! document before answering, so that a restart, a second window of time, or
//! another device after a sync never announces the same reminder again. A
//! failed notification is therefore lost rather than repeated: the rule is
//! never twice.

use std::time::Duration;

use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;

use crate::commands::{self, Desk};
use crate::error::ErrorCode;

/// How often the task looks for reminders due.
const EVERY: Duration = Duration::from_secs(60);

/// Starts the task on a thread of its own for the life of the app.
pub fn start(app: AppHandle) {
    let spawned = std::thread::Builder::new().name("fieldbook-notifier".into()).spawn(move || {
        loop {
            announce(&app);
            std::thread::sleep(EVERY);
        }
    });
    if let Err(err) = spawned {
        eprintln!("fieldbook: no reminder notifications: {err}");
    }
}

fn announce(app: &AppHandle) {
    let desk = app.state::<Desk>();
    match commands::take_due_reminders(&desk) {
        Ok(Some(notice)) => {
            if let Err(err) = app.notification().builder().title(&notice.title).body(&notice.body).show() {
                eprintln!("fieldbook: cannot show the reminders notification: {err}");
            }
        }
        Ok(None) => {}
        // Before first run there is no portfolio and nothing to announce.
        Err(error) if error.code == ErrorCode::NotInitialized => {}
        Err(error) => eprintln!("fieldbook: cannot check the reminders due: {}", error.message),
    }
}

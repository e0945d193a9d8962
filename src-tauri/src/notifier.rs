//! The background task that announces the day's reminders as a desktop
//! notification once the manager's notification time has come.
//!
//! At start-up and then every minute it asks [`commands::take_due_reminders`],
//! which decides in the core what is due and records it as announced in the
//! document before answering, so that a restart, a second window of time, or
//! another device after a sync never announces the same reminder again. A
//! failed notification is therefore lost rather than repeated: the rule is
//! never twice.
//!
//! Names in the body are the user's and may hold `<` or `&`, which a server
//! reading markup would take for markup, so the task asks the notification
//! server how it reads bodies ([`BodyFormat`]) before its first notification
//! and sends each body written for that.

use std::time::Duration;

use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;

use crate::commands::{self, Desk};
use crate::dto::BodyFormat;
use crate::error::ErrorCode;

/// How often the task looks for reminders due.
const EVERY: Duration = Duration::from_secs(60);

/// Starts the task on a thread of its own for the life of the app.
pub fn start(app: AppHandle) {
    let spawned = std::thread::Builder::new().name("fieldbook-notifier".into()).spawn(move || {
        let mut server = NotificationServer::default();
        loop {
            announce(&app, &mut server);
            std::thread::sleep(EVERY);
        }
    });
    if let Err(err) = spawned {
        eprintln!("fieldbook: no reminder notifications: {err}");
    }
}

fn announce(app: &AppHandle, server: &mut NotificationServer) {
    let desk = app.state::<Desk>();
    match commands::take_due_reminders(&desk) {
        Ok(Some(notice)) => {
            let body = notice.body_for(server.body_format());
            if let Err(err) = app.notification().builder().title(&notice.title).body(body).show() {
                eprintln!("fieldbook: cannot show the reminders notification: {err}");
            }
        }
        Ok(None) => {}
        // Before first run there is no portfolio and nothing to announce.
        Err(error) if error.code == ErrorCode::NotInitialized => {}
        Err(error) => eprintln!("fieldbook: cannot check the reminders due: {}", error.message),
    }
}

/// The desktop's notification server, as far as the notifier needs to know it.
#[derive(Default)]
struct NotificationServer {
    /// How it reads bodies, once it has said so: asked once per app start.
    body_format: Option<BodyFormat>,
}

impl NotificationServer {
    /// How the server reads bodies. A server that cannot be asked is written to in plain
    /// text, and asked again before the next notification.
    fn body_format(&mut self) -> BodyFormat {
        if let Some(format) = self.body_format {
            return format;
        }
        match ask_body_format() {
            Ok(format) => *self.body_format.insert(format),
            Err(err) => {
                eprintln!("fieldbook: cannot ask the notification server how it reads text: {err}");
                BodyFormat::PlainText
            }
        }
    }
}

/// Linux and the BSDs: asks the Desktop Notifications server on the session bus for its
/// capabilities, through the notification library the plugin shows notifications with.
#[cfg(all(unix, not(target_os = "macos")))]
fn ask_body_format() -> notify_rust::error::Result<BodyFormat> {
    Ok(BodyFormat::of_server(&notify_rust::get_capabilities()?))
}

/// macOS and Windows show a notification's body as plain text.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn ask_body_format() -> Result<BodyFormat, std::convert::Infallible> {
    Ok(BodyFormat::PlainText)
}

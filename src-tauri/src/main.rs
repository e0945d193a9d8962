//! The `fieldbook-desktop` binary: everything happens in [`fieldbook_desktop::run`].

// No console window next to the app in Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    fieldbook_desktop::run();
}

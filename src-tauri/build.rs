//! Build script: lets `tauri-build` read `tauri.conf.json` and the
//! capabilities, and check that `ui/dist` and the icons exist.

fn main() {
    tauri_build::build();
}

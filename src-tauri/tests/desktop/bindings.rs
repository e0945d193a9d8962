//! The TypeScript types in `ui/src/bindings/` are generated from the wire types;
//! this test fails when they are stale. `UPDATE_BINDINGS=1 cargo test -p
//! fieldbook-desktop --test desktop bindings` rewrites them.

use std::path::Path;

#[test]
fn committed_typescript_bindings_match_the_rust_wire_types() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings");
    let update = std::env::var_os("UPDATE_BINDINGS").is_some();
    let generated = fieldbook_desktop::ui_bindings().expect("every wire type exports");
    let mut stale = Vec::new();
    for (file, contents) in &generated {
        let path = dir.join(file);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(contents.as_str()) {
            if update {
                std::fs::create_dir_all(&dir).expect("bindings dir");
                std::fs::write(&path, contents).expect("write binding");
            } else {
                stale.push(file.clone());
            }
        }
    }
    let expected: Vec<&str> = generated.iter().map(|(file, _)| file.as_str()).collect();
    let strays: Vec<String> = std::fs::read_dir(&dir)
        .expect("ui/src/bindings exists")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| !expected.contains(&name.as_str()))
        .collect();
    assert!(
        stale.is_empty() && strays.is_empty(),
        "ui/src/bindings is stale (changed: {stale:?}, not generated: {strays:?}); \
         run UPDATE_BINDINGS=1 cargo test -p fieldbook-desktop --test desktop bindings"
    );
}

//! Tidy checks over the sources, run as ordinary tests: the core's layers import
//! only from the layers below them, and the pure crates (the core and those
//! built beside it) never reach for the clock, the disk, the network or the
//! environment. Each file is parsed with `syn`, so only real paths count, not
//! words in comments.

use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// The core's layers, lowest first, with their rank: a module may import from a
/// layer of lower rank or from its own layer. `care` and `planning` share a rank
/// and know nothing of each other.
const LAYERS: [(&str, u8); 6] =
    [("values", 0), ("calendar", 1), ("model", 2), ("care", 3), ("planning", 3), ("views", 4)];

/// The crates that do no IO and never read the clock.
const PURE_CRATES: [&str; 5] =
    ["fieldbook-core", "fieldbook-formats", "fieldbook-planner", "fieldbook-demo", "fieldbook-actions"];

/// Paths that reach for the clock, the disk, the network, the environment or other processes.
const FORBIDDEN: [&str; 14] = [
    "std::fs",
    "std::net",
    "std::env",
    "std::process",
    "std::io::stdin",
    "std::io::stdout",
    "std::thread::sleep",
    "std::time::SystemTime",
    "std::time::Instant",
    "SystemTime",
    "Utc::now",
    "Local::now",
    "chrono::Local",
    "rand::rng",
];

fn crates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `.rs` file under `dir`, parsed.
fn sources(dir: &Path) -> Vec<(PathBuf, syn::File)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a readable source file");
                let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                files.push((path, file));
            }
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// Every path a file names, in `use` trees and in code, as `a::b::c`.
#[derive(Default)]
struct Paths(Vec<String>);

impl Paths {
    fn of(file: &syn::File) -> Vec<String> {
        let mut paths = Paths::default();
        paths.visit_file(file);
        paths.0
    }

    fn use_tree(&mut self, prefix: &str, tree: &syn::UseTree) {
        let join = |name: &str| if prefix.is_empty() { name.to_owned() } else { format!("{prefix}::{name}") };
        match tree {
            syn::UseTree::Path(path) => self.use_tree(&join(&path.ident.to_string()), &path.tree),
            syn::UseTree::Name(name) => self.0.push(join(&name.ident.to_string())),
            syn::UseTree::Rename(rename) => self.0.push(join(&rename.ident.to_string())),
            syn::UseTree::Glob(_) => self.0.push(join("*")),
            syn::UseTree::Group(group) => group.items.iter().for_each(|tree| self.use_tree(prefix, tree)),
        }
    }
}

impl<'ast> Visit<'ast> for Paths {
    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree("", &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let text: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.0.push(text.join("::"));
        syn::visit::visit_path(self, path);
    }
}

fn rank(layer: &str) -> Option<u8> {
    LAYERS.iter().find(|(name, _)| *name == layer).map(|(_, rank)| *rank)
}

/// The layer `path` (a file under `src/`) belongs to: its first folder.
fn layer_of(src: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(src).ok()?;
    let mut parts = relative.components();
    let first = parts.next()?.as_os_str().to_str()?.to_owned();
    parts.next().map(|_| first)
}

#[test]
fn each_layer_of_the_core_imports_only_from_the_layers_below_it() {
    let src = crates_dir().join("fieldbook-core/src");
    let mut wrong = Vec::new();
    let files = sources(&src);
    assert!(files.len() > 30, "found only {} source files in {}", files.len(), src.display());
    for (path, file) in &files {
        let Some(layer) = layer_of(&src, path) else { continue };
        let own = rank(&layer).unwrap_or_else(|| panic!("{} is in no layer of {LAYERS:?}", path.display()));
        for used in Paths::of(file) {
            let Some(rest) = used.strip_prefix("crate::") else { continue };
            let target = rest.split("::").next().unwrap_or_default();
            let allowed = match rank(target) {
                Some(_) if target == layer => true,
                Some(theirs) => theirs < own,
                // Through the root re-exports, the layer of a name would not show.
                None => false,
            };
            if !allowed {
                wrong.push(format!("{} ({layer}) uses {used}", path.display()));
            }
        }
    }
    wrong.dedup();
    assert!(wrong.is_empty(), "imports against the layers:\n{}", wrong.join("\n"));
}

#[test]
fn the_pure_crates_never_reach_for_the_clock_the_disk_or_the_network() {
    let mut reached = Vec::new();
    let mut checked = 0;
    for name in PURE_CRATES {
        let src = crates_dir().join(name).join("src");
        if !src.exists() {
            continue;
        }
        for (path, file) in sources(&src) {
            checked += 1;
            for used in Paths::of(&file) {
                if FORBIDDEN.iter().any(|f| used == *f || used.starts_with(&format!("{f}::")) || used.ends_with(f)) {
                    reached.push(format!("{}: {used}", path.display()));
                }
            }
        }
    }
    assert!(checked > 40, "checked only {checked} files");
    reached.dedup();
    assert!(reached.is_empty(), "the pure crates reach out:\n{}", reached.join("\n"));
}

/// The core builds without chrono's `clock` feature (`make test` builds it alone to
/// prove it); this keeps anyone from switching it back on in a manifest.
#[test]
fn the_core_asks_chrono_for_no_clock() {
    let workspace = std::fs::read_to_string(crates_dir().join("../Cargo.toml")).expect("the workspace manifest");
    let chrono = workspace.lines().find(|line| line.starts_with("chrono =")).expect("chrono in the workspace");
    assert!(!chrono.contains("clock"), "the workspace's chrono enables the clock: {chrono}");
    for name in PURE_CRATES {
        let Ok(manifest) = std::fs::read_to_string(crates_dir().join(name).join("Cargo.toml")) else { continue };
        let dependencies = manifest.split("[dev-dependencies]").next().unwrap_or_default();
        let chrono = dependencies.lines().find(|line| line.starts_with("chrono"));
        assert!(chrono.is_none_or(|line| !line.contains("clock")), "{name} enables chrono's clock: {chrono:?}");
    }
}

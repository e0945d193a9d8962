//! A small harness: a temporary data directory and a way to run `fieldbook` in it.

use std::path::PathBuf;
use std::process::{Command, Output};

/// A data directory of its own, removed when dropped.
pub struct Workspace {
    dir: tempfile::TempDir,
}

/// What a run printed and how it ended.
pub struct Run {
    /// Exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Workspace {
    /// An empty data directory.
    pub fn new() -> Workspace {
        Workspace { dir: tempfile::tempdir().expect("a temporary directory") }
    }

    /// A data directory holding a fresh CN portfolio for Li Na.
    pub fn initialised() -> Workspace {
        let workspace = Workspace::new();
        workspace.ok(&["init", "--name", "Li Na", "--region", "CN"]);
        workspace
    }

    /// A path inside the data directory for files the test writes.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `fieldbook ARGS` on this data directory.
    pub fn run(&self, args: &[&str]) -> Run {
        let output: Output = Command::new(env!("CARGO_BIN_EXE_fieldbook"))
            .args(args)
            .env("FIELDBOOK_DATA_DIR", self.dir.path())
            .output()
            .expect("fieldbook runs");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Runs and expects success; returns standard output trimmed.
    pub fn ok(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(run.code, 0, "fieldbook {args:?} failed: {}", run.stderr);
        run.stdout.trim().to_string()
    }

    /// Adds a key person of `client` born on `birthday`; returns the contact's id.
    pub fn key_person(&self, client: &str, name: &str, birthday: &str) -> String {
        self.ok(&["contact", "add", "--client", client, "--name", name, "--key-person", "yes", "--birthday", birthday])
    }

    /// Runs and expects failure with `code`; returns standard error.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(run.code, code, "fieldbook {args:?}: stdout {} stderr {}", run.stdout, run.stderr);
        run.stderr
    }

    /// Runs a listing with `--format json` and parses it.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut args = args.to_vec();
        args.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&args)).expect("valid JSON")
    }
}

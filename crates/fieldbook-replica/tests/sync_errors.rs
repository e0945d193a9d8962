//! The sync client's errors are data: each serializes to its derived code with
//! its named arguments (an OS error or a replica error as its text), every code
//! is listed in `SyncError::VARIANTS`, and the English the CLI prints is unchanged.

use std::collections::BTreeSet;

use fieldbook_core::VariantNames;
use fieldbook_replica::sync::{CREDENTIALS_FILE, Credentials, SyncError};
use fieldbook_replica::{Replica, ReplicaError};
use serde_json::{Value, json};

fn serialized(error: &SyncError) -> Value {
    serde_json::to_value(error).expect("a sync error serializes")
}

#[test]
fn a_bad_server_url_is_its_code_with_the_url_and_the_reason() {
    let error = Credentials::new("ftp://fieldbook.example", "secret").expect_err("not http");
    assert_eq!(error.code(), "bad_server_url");
    assert_eq!(
        serialized(&error),
        json!({ "code": "bad_server_url", "url": "ftp://fieldbook.example", "reason": "use http:// or https://" })
    );
    assert_eq!(error.to_string(), "'ftp://fieldbook.example' is not a server URL: use http:// or https://");
    let blank = Credentials::new("https://fieldbook.example", " ").expect_err("no token");
    assert_eq!(serialized(&blank), json!({ "code": "bad_token" }));
}

#[test]
fn an_os_error_is_serialized_as_its_text_under_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join(CREDENTIALS_FILE)).expect("a folder where the file should be");
    let error = Credentials::load(dir.path()).expect_err("a folder is no credentials file");
    let SyncError::Credentials { path, reason } = &error else { panic!("not a credentials error: {error:?}") };
    assert_eq!(
        serialized(&error),
        json!({ "code": "credentials", "path": path.display().to_string(), "reason": reason.to_string() })
    );
    assert!(!reason.to_string().is_empty());
}

#[test]
fn a_damaged_credentials_file_is_its_code_with_the_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join(CREDENTIALS_FILE);
    std::fs::write(&file, "not json").expect("written");
    let error = Credentials::load(dir.path()).expect_err("damaged");
    assert_eq!(serialized(&error), json!({ "code": "corrupt_credentials", "path": file.display().to_string() }));
    assert_eq!(
        error.to_string(),
        format!("the credentials file {} is damaged; run `fieldbook login` again", file.display())
    );
}

#[test]
fn a_replica_error_is_serialized_as_its_text_under_detail() {
    let dir = tempfile::tempdir().expect("temp dir");
    let failed: ReplicaError = Replica::open(dir.path()).err().expect("no portfolio here");
    let english = failed.to_string();
    let error = SyncError::from(failed);
    assert_eq!(serialized(&error), json!({ "code": "replica", "detail": english }));
    assert_eq!(error.to_string(), english);
}

#[test]
fn numbers_stay_numbers_and_the_servers_own_code_does_not_hide_the_errors() {
    let refused = SyncError::Refused {
        server: "https://fieldbook.example".into(),
        status: 403,
        error: "forbidden".into(),
        message: "not yours".into(),
    };
    assert_eq!(
        serialized(&refused),
        json!({
            "code": "refused", "server": "https://fieldbook.example", "status": 403,
            "error": "forbidden", "message": "not yours",
        })
    );
    assert_eq!(refused.to_string(), "https://fieldbook.example refused (403 forbidden): not yours");
    let timed_out = SyncError::TimedOut { server: "https://fieldbook.example".into(), seconds: 30 };
    assert_eq!(serialized(&timed_out)["seconds"], 30);
}

/// One sync error of each kind.
fn one_of_each() -> Vec<SyncError> {
    let server = || "https://fieldbook.example".to_owned();
    let path = || std::path::PathBuf::from("/home/li/.fieldbook");
    let user = || "li.na".to_owned();
    vec![
        SyncError::BadServerUrl { url: "ftp://x".into(), reason: "use http:// or https://".into() },
        SyncError::BadToken,
        SyncError::Unauthorized { server: server() },
        SyncError::Unreachable { server: server(), reason: "connection refused".into() },
        SyncError::Refused { server: server(), status: 500, error: "internal".into(), message: "oops".into() },
        SyncError::Protocol { detail: "unexpected answer".into() },
        SyncError::NotLoggedIn { data_dir: path() },
        SyncError::Credentials { path: path(), reason: std::io::Error::other("denied") },
        SyncError::TeamFolder { path: path(), reason: std::io::Error::other("denied") },
        SyncError::CorruptCredentials { path: path() },
        SyncError::OtherServer { data_dir: path(), synced_with: server(), logged_in: "https://other.example".into() },
        SyncError::TwoPortfolios { user: user(), data_dir: path() },
        SyncError::NothingToSync { user: user() },
        SyncError::NoPortfolioOnServer { user: user(), server: server() },
        SyncError::Unavailable { document: "doc".into() },
        SyncError::ConnectionLost { server: server(), reason: "reset".into() },
        SyncError::TimedOut { server: server(), seconds: 30 },
        SyncError::Stalled { server: server() },
        SyncError::Stopped,
        SyncError::from(ReplicaError::NotInitialized(path())),
    ]
}

#[test]
fn every_sync_error_serializes_to_its_listed_code() {
    let mut serialized_codes = BTreeSet::new();
    for error in one_of_each() {
        let value = serialized(&error);
        assert_eq!(value["code"], error.code(), "{error:?}");
        let arguments = value.as_object().expect("an object").iter().filter(|(name, _)| *name != "code");
        for (name, argument) in arguments {
            assert!(argument.is_string() || argument.is_number(), "{}: {name} is {argument}", error.code());
        }
        serialized_codes.insert(error.code());
    }
    let listed: BTreeSet<&str> = SyncError::VARIANTS.iter().copied().collect();
    assert_eq!(listed.len(), SyncError::VARIANTS.len(), "a code is listed twice");
    assert_eq!(serialized_codes, listed, "one_of_each lacks an error, or VARIANTS lists another");
}

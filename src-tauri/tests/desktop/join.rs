//! A manager's second laptop joins from the first-run view: with an empty data
//! directory it logs in and pulls the portfolio the first laptop synced,
//! through the shell's `join_portfolio`, against the real `fieldbook-sync` on
//! 127.0.0.1 (see `sync.rs` for the server harness). A failed join is
//! explained in the manager's language and leaves the directory empty.

use std::path::Path;

use crate::desks::new_client;
use fieldbook_core::Language;
use fieldbook_desktop::commands::{self, Desk};
use fieldbook_desktop::error::CommandError;

use super::sync::{Server, up_to_date, wait_for};

fn code(error: &CommandError) -> String {
    serde_json::to_value(error).expect("serialize")["code"].as_str().expect("a code").to_owned()
}

fn assert_empty(dir: &Path) {
    let left: Vec<_> =
        std::fs::read_dir(dir).expect("the data dir").map(|entry| entry.expect("entry").file_name()).collect();
    assert!(left.is_empty(), "a failed join left {left:?} in {}", dir.display());
}

fn client_names(desk: &Desk) -> Vec<String> {
    commands::list_clients(desk).expect("list").into_iter().map(|row| row.name).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_laptop_joins_from_first_run_and_sees_the_first_ones_clients() {
    let temp = tempfile::tempdir().expect("temp dir");
    let server = Server::start(&temp.path().join("server"));
    let token = server.manager_token("anna.kowalska");
    let second_dir = tempfile::tempdir().expect("the second laptop's data dir");
    let second = Desk::new(second_dir.path().to_path_buf());

    // Before the first laptop synced, the server has nothing to pull: said in Chinese.
    let nothing = commands::join_portfolio(&second, &server.url, &token, &"zh-CN".parse::<Language>().unwrap())
        .await
        .expect_err("no portfolio");
    assert_eq!(code(&nothing), "not_found");
    assert!(nothing.message.contains("还没有 anna.kowalska 的客户档案"), "message: {}", nothing.message);
    assert_empty(second_dir.path());

    // Wrong token, dead server, bad address: refused in Polish, nothing kept.
    let refused = commands::join_portfolio(&second, &server.url, "not-the-token", &"pl".parse::<Language>().unwrap())
        .await
        .expect_err("wrong token");
    assert_eq!(code(&refused), "unauthorized");
    assert!(refused.message.contains("odrzucił token"), "message: {}", refused.message);
    let unreachable =
        commands::join_portfolio(&second, "http://127.0.0.1:9", &token, &"pl".parse::<Language>().unwrap())
            .await
            .expect_err("nothing listens");
    assert_eq!(code(&unreachable), "unreachable");
    assert!(unreachable.message.starts_with("Nie można połączyć"), "message: {}", unreachable.message);
    let bad_url = commands::join_portfolio(&second, "sync.example.com", &token, &"pl".parse::<Language>().unwrap())
        .await
        .expect_err("no scheme");
    assert_eq!((code(&bad_url).as_str(), bad_url.field.as_deref()), ("bad_input", Some("server")));
    assert!(bad_url.message.contains("nie jest adresem serwera"), "message: {}", bad_url.message);
    let settings = commands::settings(&second).expect_err("no portfolio after failed joins");
    assert_eq!(code(&settings), "not_initialized");
    assert_empty(second_dir.path());

    // The first laptop syncs its portfolio with a client.
    let (_first_dir, first) = crate::desks::a_polish_desk();
    commands::add_client(&first, &new_client("PKN Orlen", "A")).expect("client added");
    commands::sync_login(&first, &server.url, &token).await.expect("first laptop logged in");
    wait_for(&first, "the first laptop up to date", up_to_date).await;

    // The second joins, opens the pulled portfolio and keeps syncing.
    let joined = commands::join_portfolio(&second, &server.url, &token, &"en".parse::<Language>().unwrap())
        .await
        .expect("joined");
    assert_eq!((joined.manager_name.as_str(), joined.language), ("Anna Kowalska", Language::Pl));
    assert_eq!(client_names(&second), ["PKN Orlen"]);
    let status = wait_for(&second, "the second laptop up to date", up_to_date).await;
    assert_eq!(status.user.as_deref(), Some("anna.kowalska"));

    // Its own changes reach the first laptop through background sync.
    commands::add_client(&second, &new_client("Tauron", "B")).expect("client added");
    wait_for(&first, "the first laptop taking in the second's client", |_| {
        client_names(&first).contains(&"Tauron".to_owned())
    })
    .await;

    // A computer with a portfolio cannot join over it.
    let again = commands::join_portfolio(&second, &server.url, &token, &"en".parse::<Language>().unwrap())
        .await
        .expect_err("already has one");
    assert_eq!(code(&again), "already_initialized");
}

//! The desktop commands as the UI sees them: their results serialized to the
//! JSON that crosses the IPC boundary.

use fieldbook_core::{Client, ClientId, Region, Settings, Tier};
use fieldbook_desktop::commands::{PortfolioSummary, portfolio_summary};
use fieldbook_replica::Replica;
use serde_json::json;

#[test]
fn summary_crosses_the_boundary_in_camel_case() {
    let summary = PortfolioSummary { manager_name: "Wang Fang".to_owned(), client_count: 42 };
    assert_eq!(
        serde_json::to_value(summary).expect("serialize"),
        json!({ "managerName": "Wang Fang", "clientCount": 42 })
    );
}

#[test]
fn empty_data_dir_answers_not_initialized() {
    let data = tempfile::tempdir().expect("temp dir");
    let error = portfolio_summary(data.path()).expect_err("no portfolio yet");
    let error = serde_json::to_value(error).expect("serialize");
    assert_eq!(error["code"], "not_initialized");
    let message = error["message"].as_str().expect("a message");
    assert!(message.contains(&data.path().display().to_string()), "message: {message}");
    assert!(message.contains("fieldbook init"), "message: {message}");
}

#[test]
fn the_summary_reads_the_portfolio_the_cli_writes() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut replica = Replica::create(data.path(), &Settings::new("Anna Kowalska", Region::Pl)).expect("create");
    for (n, name) in ["PKN Orlen", "PGE"].into_iter().enumerate() {
        let id = ClientId::from(format!("cl_{n}"));
        replica.apply(|p| p.add(Client::new(id, name, Tier::A))).expect("add");
    }
    drop(replica);
    let summary = portfolio_summary(data.path()).expect("summary");
    assert_eq!(summary, PortfolioSummary { manager_name: "Anna Kowalska".to_owned(), client_count: 2 });
}

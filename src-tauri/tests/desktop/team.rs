//! A team lead's Team view against the real `fieldbook-sync` on 127.0.0.1 (see
//! `sync.rs` for the server harness): once a member's laptop synced, the lead's
//! app keeps the member's portfolio in the background and shows its clients, and
//! nothing the lead does changes them.

use crate::desks::new_client;
use fieldbook_core::{ClientField, ClientStatus, Fields, Tier};
use fieldbook_desktop::commands::{self, Desk};
use fieldbook_desktop::dto::TeamPortfolioView;
use fieldbook_replica::{Replica, ReplicaError};

use super::sync::{Server, up_to_date, wait_for};

/// Anna Kowalska manages her portfolio; Zhou Min leads the team `north` she is in.
fn a_team(server: &Server) -> (String, String) {
    server.admin(&["user", "add", "zhou.min", "--role", "lead"]);
    let anna = server.manager_token("anna.kowalska");
    server.admin(&["team", "add", "north", "--lead", "zhou.min"]);
    server.admin(&["team", "add-member", "north", "anna.kowalska"]);
    let printed = server.admin(&["token", "issue", "zhou.min"]);
    let zhou = printed.lines().find_map(|line| line.strip_prefix("token: ")).expect("a token line").to_owned();
    (anna, zhou)
}

/// Polls the Team view until `done` holds for it; panics with the last view after the patience.
async fn wait_for_team(desk: &Desk, what: &str, done: impl Fn(&[TeamPortfolioView]) -> bool) -> Vec<TeamPortfolioView> {
    let deadline = std::time::Instant::now() + super::sync::PATIENCE;
    loop {
        let team = commands::team_portfolios(desk).expect("team portfolios");
        if done(&team) {
            return team;
        }
        assert!(std::time::Instant::now() < deadline, "never {what}; last team view: {team:?}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

fn client_names(team: &[TeamPortfolioView]) -> Vec<String> {
    team.iter().flat_map(|member| member.clients.iter().map(|client| client.row.name.clone())).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_sees_a_members_client_after_her_laptop_synced_and_cannot_change_it() {
    let temp = tempfile::tempdir().expect("temp dir");
    let server = Server::start(&temp.path().join("server"));
    let (anna_token, zhou_token) = a_team(&server);

    // The lead's app before any sync: no team, and not known to lead one.
    // Zhou Min's own laptop, in Chinese.
    let (lead_dir, lead) = crate::desks::a_chinese_desk();
    assert!(commands::team_portfolios(&lead).expect("team").is_empty());
    assert!(!commands::sync_status(&lead).expect("status").lead);

    // Anna's laptop syncs her portfolio with a client.
    let (_anna_dir, anna) = crate::desks::a_polish_desk();
    let orlen = commands::add_client(&anna, &new_client("PKN Orlen", "A")).expect("added");
    commands::sync_login(&anna, &server.url, &anna_token).await.expect("Anna logged in");
    wait_for(&anna, "Anna's laptop up to date", up_to_date).await;

    // The lead logs in; background sync pulls Anna's portfolio into the Team view.
    commands::sync_login(&lead, &server.url, &zhou_token).await.expect("the lead logged in");
    let team = wait_for_team(&lead, "Anna's client in the Team view", |team| {
        client_names(team) == ["PKN Orlen"] && team[0].last_synced.is_some()
    })
    .await;
    let member = &team[0];
    assert_eq!((member.owner.as_str(), member.manager_name.as_str()), ("anna.kowalska", "Anna Kowalska"));
    let client = &member.clients[0];
    assert_eq!((client.row.tier, client.row.status), (Tier::A, ClientStatus::Active));
    assert_eq!((client.row.last_contact.as_deref(), client.days_overdue), (None, None));
    assert!(commands::sync_status(&lead).expect("status").lead);
    let page = commands::team_client_detail(&lead, "anna.kowalska", &orlen).expect("her client's page");
    assert_eq!(page.profile.name, "PKN Orlen");

    // The lead cannot change it: the app's edits act on the lead's own portfolio
    // only, and the copy itself refuses every action.
    let refused =
        commands::set_client_field(&lead, &orlen, &ClientField::Name, "Orlen (renamed)").expect_err("not the lead's");
    assert_eq!(serde_json::to_value(&refused).expect("serialize")["code"], "not_found");
    let mut copy = Replica::open(&lead_dir.path().join("team").join("anna.kowalska")).expect("the team copy");
    let edit = copy.apply(|portfolio| {
        let id = portfolio.find::<fieldbook_core::Client>(&orlen)?;
        portfolio.update::<fieldbook_core::Client>(&id, "Edit", |c| c.set_field("name", "Orlen (renamed)"))
    });
    assert!(matches!(edit, Err(ReplicaError::ReadOnly(_))), "the copy took an edit: {edit:?}");
    let unknown = commands::team_client_detail(&lead, "li.na", &orlen).expect_err("no such member");
    assert_eq!(serde_json::to_value(&unknown).expect("serialize")["code"], "not_found");

    // What Anna changes later reaches the lead's Team view without being asked:
    // the status poll says so with a new revision, and the view reloads.
    let before = commands::sync_status(&lead).expect("status").revision;
    commands::set_client_field(&anna, &orlen, &ClientField::Status, "at_risk").expect("Anna edits her client");
    wait_for(&lead, "a new revision for Anna's edit", |status| status.revision > before).await;
    let team = commands::team_portfolios(&lead).expect("team portfolios");
    assert_eq!(team[0].clients[0].row.status, ClientStatus::AtRisk);
    assert_eq!(client_names(&team), ["PKN Orlen"]);
    assert_eq!(commands::team_client_detail(&lead, "anna.kowalska", &orlen).expect("page").profile.name, "PKN Orlen");
}

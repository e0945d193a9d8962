//! One path from any error to a `CommandError`: a refused value, a failed sync and
//! a missing portfolio all carry their problem as data (its code and named
//! arguments, as the core and the sync client serialize it), and their message is
//! the problem's `error-<code>` in the manager's language — the same for the
//! status bar's sync problem as for a failed command.

use std::sync::Arc;

use crate::desks::new_client;
use fieldbook_core::{Client, ClientField, ClientId, FieldName, Fields, Language, Tier};
use fieldbook_desktop::commands::{self, Desk};
use fieldbook_desktop::dto::SyncStatusView;
use fieldbook_desktop::error::{CommandError, CommandProblem};
use fieldbook_desktop::i18n::Messages;
use fieldbook_replica::sync::{BackgroundStatus, SyncError, SyncState, SyncStatus};
use serde_json::{Value, json};

use crate::desks::a_chinese_desk;

fn as_json(error: &CommandError) -> Value {
    serde_json::to_value(error).expect("serialize")
}

/// The refusals the app and the CLI once coded apart: the app's command and the
/// core's `set_field` the CLI's `client set` calls (and whose text it prints)
/// carry the same problem, and the app says it in Chinese, not the CLI's English.
#[test]
fn a_refused_field_carries_the_same_problem_in_the_app_as_in_the_cli() {
    let (_dir, desk) = a_chinese_desk();
    let id = commands::add_client(&desk, &new_client("中石化", "A")).expect("added");
    let refusals = [
        (ClientField::Tier, "Z"),
        (ClientField::ContractEnd, "明天"),
        (ClientField::OfficeHours, "18:00-09:00"),
        (ClientField::Location, "95,121"),
        (ClientField::Arrears, "lots"),
    ];
    for (field, value) in refusals {
        let in_the_app = commands::set_client_field(&desk, &id, &field, value).expect_err("refused in the app");
        let mut client = Client::new(ClientId::from("cl_sinopec01".to_owned()), "中石化", Tier::A);
        let in_the_cli = client.set_field(field.name(), value).expect_err("refused in the CLI");
        assert_eq!(
            as_json(&in_the_app)["problem"],
            serde_json::to_value(&*in_the_cli.problem).expect("serialize"),
            "{field} = {value:?}"
        );
        let CommandProblem::Refused(problem) = &in_the_app.problem else { panic!("not a refusal: {in_the_app:?}") };
        assert_eq!(problem.to_string(), in_the_cli.reason, "the CLI's English for {field}");
        assert_eq!(in_the_app.field.as_deref(), Some(in_the_cli.field.as_str()));
        assert!(!in_the_app.message.contains(&in_the_cli.reason), "{field}: {} is English", in_the_app.message);
        assert!(!in_the_app.message.is_ascii(), "{field}: {} is not Chinese", in_the_app.message);
    }
}

#[test]
fn a_bad_date_is_its_problem_and_a_translated_message() {
    let (_dir, desk) = a_chinese_desk();
    let id = commands::add_client(&desk, &new_client("中石化", "A")).expect("added");
    let refused = commands::set_client_field(&desk, &id, &ClientField::ContractEnd, "明天").expect_err("not a date");
    assert_eq!(
        as_json(&refused),
        json!({
            "code": "bad_input",
            "field": "contract_end",
            "problem": { "code": "not_a_date", "value": "明天" },
            "message": "合同结束：“明天”不是日期（YYYY-MM-DD）",
        })
    );
}

/// A login to a server nobody listens on, in Chinese: its category and field for
/// the login form, the sync client's own problem, and `error-unreachable` filled in.
#[tokio::test]
async fn an_unreachable_server_is_said_in_chinese_through_the_same_path() {
    let (_dir, desk) = a_chinese_desk();
    let unreachable = commands::sync_login(&desk, "http://127.0.0.1:9", "secret").await.expect_err("nothing listens");
    let said = as_json(&unreachable);
    assert_eq!((&said["code"], &said["field"]), (&json!("unreachable"), &json!("server")));
    assert_eq!(said["problem"]["code"], "unreachable");
    assert_eq!(said["problem"]["server"], "http://127.0.0.1:9/");
    let reason = said["problem"]["reason"].as_str().expect("the network's reason");
    assert_eq!(unreachable.message, format!("无法连接同步服务器 http://127.0.0.1:9/：{reason}"));
}

/// The status bar says the background sync's last problem as a command error would.
#[test]
fn the_status_bar_says_a_sync_problem_as_a_failed_command_does() {
    let lost = || SyncError::ConnectionLost { server: "https://sync.example.cn".into(), reason: "reset".into() };
    let sync = SyncStatus {
        state: SyncState::Offline,
        server: Some("https://sync.example.cn".into()),
        user: Some("li.na".into()),
        last_synced: None,
        unconfirmed_changes: 0,
        read_only: false,
    };
    let status = BackgroundStatus { sync, problem: Some(Arc::new(lost())), role: None };
    let shown = SyncStatusView::new(Some(&status), 0, false, &Messages::new(Language::ZhCn));
    let dir = tempfile::tempdir().expect("temp dir");
    let failed = CommandError::from_sync(lost(), Language::ZhCn, dir.path());
    assert_eq!(shown.problem.as_deref(), Some("与 https://sync.example.cn 的连接中断：reset"));
    assert_eq!(shown.problem.as_deref(), Some(failed.message.as_str()));
    assert_eq!(
        as_json(&failed)["problem"],
        json!({ "code": "connection_lost", "server": "https://sync.example.cn", "reason": "reset" })
    );
}

/// The portfolio's own failures take the same path, with the shell's problem codes.
#[test]
fn a_missing_portfolio_is_its_problem_with_the_directory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let desk = Desk::new(dir.path().to_path_buf());
    let missing = commands::portfolio_summary(&desk).expect_err("no portfolio yet");
    let shown = dir.path().display().to_string();
    assert_eq!(
        as_json(&missing),
        json!({
            "code": "not_initialized",
            "field": null,
            "problem": { "code": "not_initialized", "dir": shown },
            "message": format!("No portfolio on this computer yet (looked in {shown})."),
        })
    );
}

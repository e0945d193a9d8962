//! `fieldbook init`, `client …` and `contact …`.

use crate::util::Workspace;

#[test]
fn a_client_added_is_listed_and_shown() {
    let ws = Workspace::initialised();
    let id = ws.ok(&[
        "client",
        "add",
        "--name",
        "华东电力集团",
        "--tier",
        "A",
        "--tags",
        "能源;重点",
        "--arrears",
        "12500.5 CNY",
    ]);
    let clients = ws.json(&["client", "list"]);
    assert_eq!(clients[0]["id"], id.as_str());
    assert_eq!(clients[0]["name"], "华东电力集团");
    assert_eq!(clients[0]["tags"], serde_json::json!(["能源", "重点"]));
    assert_eq!(clients[0]["arrears"], serde_json::json!({"minor_units": 1250050, "currency": "CNY"}));
    let table = ws.ok(&["client", "show", &id[..6]]);
    assert!(table.contains("12500.50 CNY"), "{table}");
}

#[test]
fn listings_filter_by_tier_status_and_tag() {
    let ws = Workspace::initialised();
    ws.ok(&["client", "add", "--name", "A1", "--tier", "A", "--tags", "vip"]);
    ws.ok(&["client", "add", "--name", "B1", "--tier", "B", "--status", "at_risk"]);
    let names = |args: &[&str]| -> Vec<String> {
        let listed = ws.json(args);
        listed.as_array().expect("array").iter().map(|c| c["name"].as_str().unwrap_or("").to_string()).collect()
    };
    assert_eq!(names(&["client", "list", "--tier", "b"]), ["B1"]);
    assert_eq!(names(&["client", "list", "--status", "at_risk"]), ["B1"]);
    assert_eq!(names(&["client", "list", "--tag", "vip"]), ["A1"]);
}

#[test]
fn a_bad_field_exits_2_names_the_field_and_changes_nothing() {
    let ws = Workspace::initialised();
    let id = ws.ok(&["client", "add", "--name", "Orlen", "--tier", "B"]);
    let before = ws.json(&["client", "list"]);

    let stderr = ws.fails(2, &["client", "edit", &id, "--address", "Płock", "--tier", "E"]);
    assert!(stderr.contains("tier: 'E' is not one of A, B, C, D"), "{stderr}");
    let stderr = ws.fails(2, &["client", "edit", &id, "--location", "95,20"]);
    assert!(stderr.contains("location: latitude 95 is outside -90..90"), "{stderr}");
    let stderr = ws.fails(2, &["client", "add", "--name", "No tier"]);
    assert!(stderr.contains("tier: is required"), "{stderr}");

    assert_eq!(ws.json(&["client", "list"]), before);
}

#[test]
fn unknown_ids_and_bad_flags_exit_2() {
    let ws = Workspace::initialised();
    let stderr = ws.fails(2, &["client", "show", "cl_nobody"]);
    assert!(stderr.contains("no client with id 'cl_nobody'"), "{stderr}");
    ws.fails(2, &["client", "list", "--format", "xml"]);
    ws.fails(2, &["demo", "--clients", "0"]);
}

#[test]
fn commands_before_init_say_how_to_start() {
    let ws = Workspace::new();
    let stderr = ws.fails(1, &["client", "list"]);
    assert!(stderr.contains("create one with `fieldbook init`"), "{stderr}");
}

#[test]
fn init_twice_is_refused() {
    let ws = Workspace::initialised();
    let stderr = ws.fails(2, &["init", "--name", "Someone"]);
    assert!(stderr.contains("a portfolio already exists"), "{stderr}");
}

#[test]
fn init_refuses_an_unknown_region_language_or_zone() {
    let ws = Workspace::new();
    assert!(ws.fails(2, &["init", "--name", "X", "--region", "DE"]).contains("region: 'DE' is not one of CN, PL, AZ"));
    assert!(
        ws.fails(2, &["init", "--name", "X", "--lang", "fr"])
            .contains("language: 'fr' is not one of en, zh-CN, pl, az")
    );
    assert!(ws.fails(2, &["init", "--name", "X", "--tz", "Mars/Olympus"]).contains("time_zone: 'Mars/Olympus'"));
    ws.fails(1, &["client", "list"]);
}

#[test]
fn the_data_dir_flag_overrides_the_environment() {
    let ws = Workspace::initialised();
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let path = elsewhere.path().to_str().expect("utf-8 path");
    ws.ok(&["--data-dir", path, "init", "--name", "Anna Kowalska", "--region", "PL"]);
    ws.ok(&["--data-dir", path, "client", "add", "--name", "PKN Orlen", "--tier", "A"]);
    assert_eq!(ws.json(&["client", "list"]), serde_json::json!([]));
    assert!(elsewhere.path().join("portfolio.sqlite").exists());
}

#[test]
fn contacts_with_lunar_birthdays_and_key_persons() {
    let ws = Workspace::initialised();
    let client = ws.ok(&["client", "add", "--name", "华东电力", "--tier", "A"]);
    ws.ok(&[
        "contact",
        "add",
        "--client",
        &client,
        "--name",
        "王伟",
        "--title",
        "总经理",
        "--key-person",
        "是",
        "--birthday",
        "农历八月十五",
    ]);
    ws.ok(&["contact", "add", "--client", &client, "--name", "李强", "--birthday", "--03-08"]);
    let keys = ws.json(&["contact", "list", "--key-persons"]);
    assert_eq!(keys.as_array().map(Vec::len), Some(1));
    assert_eq!(
        keys[0]["birthday"],
        serde_json::json!({"calendar": "lunar", "year": null, "month": 8, "day": 15, "leap": false})
    );

    let stderr = ws.fails(2, &["contact", "add", "--client", &client, "--name", "X", "--email", "not-an-email"]);
    assert!(stderr.contains("email: 'not-an-email' is not an email address"), "{stderr}");
    assert_eq!(ws.json(&["contact", "list"]).as_array().map(Vec::len), Some(2));
}

#[test]
fn a_removed_client_leaves_the_listing() {
    let ws = Workspace::initialised();
    let id = ws.ok(&["client", "add", "--name", "PGE", "--tier", "D"]);
    ws.ok(&["client", "remove", &id]);
    assert_eq!(ws.json(&["client", "list"]), serde_json::json!([]));
    ws.fails(2, &["client", "show", &id]);
}

/// Regression: `client edit --tier A类` was accepted while `client add --tier A类`
/// was refused, because adding parsed the tier on its own; both read it now through
/// the client's field table, as an import cell and the app's inline edit do.
#[test]
fn a_tier_written_as_in_chinese_spreadsheets_is_taken_by_add_and_edit_alike() {
    let ws = Workspace::initialised();
    let id = ws.ok(&["client", "add", "--name", "华东电力", "--tier", "A类", "--status", "正常"]);
    ws.ok(&["client", "edit", &id, "--tier", "B级"]);
    let listed = ws.json(&["client", "list"]);
    assert_eq!(listed[0]["tier"], "B");
    assert_eq!(listed[0]["status"], "active");
}

/// Regression: the CLI read dates its own way (`YYYY-MM-DD` only, with wording of its
/// own) in four places; the filters now read them as every field does.
#[test]
fn dates_in_filters_take_the_spellings_fields_take_and_are_refused_in_the_same_words() {
    let ws = Workspace::initialised();
    let client = ws.ok(&["client", "add", "--name", "Orlen", "--tier", "A"]);
    ws.ok(&["visit", "plan", "--client", &client, "--date", "2026/03/10", "--time", "10:00"]);
    let found = ws.json(&["visit", "list", "--from", "2026年3月9日", "--to", "2026.03.10", "--status", "PLANNED"]);
    assert_eq!(found.as_array().map(Vec::len), Some(1), "{found}");
    let stderr = ws.fails(2, &["visit", "list", "--from", "next week"]);
    assert!(stderr.contains("from: 'next week' is not a date (YYYY-MM-DD)"), "{stderr}");
    let stderr = ws.fails(2, &["agenda", "--from", "next week"]);
    assert!(stderr.contains("from: 'next week' is not a date (YYYY-MM-DD)"), "{stderr}");
}

/// Every field of a client's table is a flag of `client add` and `client edit`.
#[test]
fn every_client_field_is_a_flag_with_its_help() {
    let ws = Workspace::initialised();
    let help = ws.ok(&["client", "add", "--help"]);
    for field in fieldbook_core_fields() {
        let flag = format!("--{}", field.replace('_', "-"));
        assert!(help.contains(&flag), "{flag} missing from:\n{help}");
    }
}

fn fieldbook_core_fields() -> Vec<&'static str> {
    use fieldbook_core::FieldName;
    fieldbook_core::ClientField::ALL.iter().map(|f| f.name()).collect()
}

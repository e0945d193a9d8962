//! `fieldbook import`, `export` and `demo`: portfolios in and out.

use crate::util::Workspace;

const GBK_FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../fieldbook-formats/tests/fixtures/clients-gbk.csv");

#[test]
fn a_gbk_file_from_chinese_excel_imports_with_its_chinese_headers() {
    let ws = Workspace::initialised();
    let said = ws.ok(&["import", "clients", GBK_FIXTURE]);
    assert!(said.starts_with("Imported 3 clients from clients-gbk.csv (GB18030)"), "{said}");
    let names: Vec<String> = ws
        .json(&["client", "list"])
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["name"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(names.len(), 3);
    assert!(names.iter().all(|n| !n.is_empty() && !n.contains('\u{fffd}')), "{names:?}");
}

#[test]
fn a_dry_run_reports_and_changes_nothing() {
    let ws = Workspace::initialised();
    let said = ws.ok(&["import", "clients", GBK_FIXTURE, "--dry-run"]);
    assert!(said.contains("3 clients would be imported; nothing was changed"), "{said}");
    assert_eq!(ws.json(&["client", "list"]), serde_json::json!([]));
}

#[test]
fn one_bad_row_imports_nothing_and_every_bad_line_is_listed_as_the_file_shows_it() {
    // LF, and CRLF as Excel saves on Windows, with a cell over two lines and a blank line.
    for end in ["\n", "\r\n"] {
        let ws = Workspace::initialised();
        let lines = [
            "\u{feff}客户名称,等级,地址",
            "华东电力,A,上海",
            "华北物流,E,北京",
            "\"深圳",
            "制造\",B,深圳",
            "",
            ",C,广州",
        ];
        let stderr = import_refused(&ws, "clients.csv", &(lines.join(end) + end));
        assert!(stderr.contains("2 problems in the file, nothing was imported"), "{end:?}: {stderr}");
        assert!(stderr.contains("line 3: tier: 'E' is not one of A, B, C, D"), "{end:?}: {stderr}");
        assert!(stderr.contains("line 7: name: must not be empty"), "{end:?}: {stderr}");
        assert_eq!(ws.json(&["client", "list"]), serde_json::json!([]));
    }
}

#[test]
fn contacts_import_against_clients_by_name_with_lunar_birthdays() {
    let ws = Workspace::initialised();
    ws.ok(&["client", "add", "--name", "华东电力", "--tier", "A"]);
    let file = ws.file("contacts.csv");
    std::fs::write(&file, "客户名称,联系人,职务,关键人,电话,生日\n华东电力,王伟,总经理,是,13800000000,农历八月十五\n")
        .expect("fixture written");
    ws.ok(&["import", "contacts", file.to_str().expect("utf-8 path")]);
    let contacts = ws.json(&["contact", "list", "--key-persons"]);
    assert_eq!(contacts[0]["name"], "王伟");
    assert_eq!(contacts[0]["birthday"]["calendar"], "lunar");
}

#[test]
fn a_missing_or_unreadable_file_is_bad_input_named_by_its_path() {
    let ws = Workspace::initialised();
    let stderr = ws.fails(2, &["import", "clients", "/nonexistent/clients.csv"]);
    assert!(stderr.contains("cannot read /nonexistent/clients.csv: No such file"), "{stderr}");
    let dir = ws.file("a-folder.csv");
    std::fs::create_dir(&dir).expect("folder made");
    let stderr = ws.fails(2, &["import", "contacts", dir.to_str().expect("utf-8 path")]);
    assert!(stderr.contains(&format!("cannot read {}: ", dir.display())), "{stderr}");
}

/// Writes `text` to `name` in the workspace and imports it as clients, expecting bad input; returns standard error.
fn import_refused(ws: &Workspace, name: &str, text: &str) -> String {
    let file = ws.file(name);
    std::fs::write(&file, text).expect("fixture written");
    ws.fails(2, &["import", "clients", file.to_str().expect("utf-8 path")])
}

#[test]
fn a_broken_file_is_refused_naming_what_is_wrong_and_where() {
    let ws = Workspace::initialised();
    let refused = |text: &str| import_refused(&ws, "broken.csv", text);
    let stderr = refused("name,tier,address\r\nOrlen,A,Płock\r\nWisła,B,\"ul. Długa 1\r\nPGE,C,Warszawa\r\n");
    assert!(stderr.contains("line 3: the quote (\") opening a cell here is never closed"), "{stderr}");
    assert!(!stderr.contains("must not be empty"), "{stderr}");
    let stderr = refused("name,tier\nOrlen,A,Płock\nPGE\n");
    assert!(stderr.contains("line 2: has 3 cells, but the header has 2"), "{stderr}");
    assert!(stderr.contains("line 3: tier: the row ends before this column (1 cell, the header has 2)"), "{stderr}");
    let stderr = refused("name,,tier\nOrlen,x,A\n");
    assert!(stderr.contains("line 2: column 2 has a value, but its header on line 1 is empty"), "{stderr}");
    assert!(refused(",,\nOrlen,A\n").contains("line 1: the header line names no columns"));
    assert!(refused("name,tier,Name\nOrlen,A,PGE\n").contains("line 1: column 'Name' repeats the name column"));
    assert_eq!(ws.json(&["client", "list"]), serde_json::json!([]));
}

#[test]
fn cells_take_the_spellings_the_cli_takes() {
    let ws = Workspace::initialised();
    let added = ws.ok(&["client", "add", "--name", "华东电力", "--tier", "A", "--arrears", "12500 CNY"]);
    ws.ok(&["contact", "add", "--client", &added, "--name", "王伟", "--birthday", "农历八月十五"]);
    let other = Workspace::initialised();
    let clients = other.file("clients.csv");
    std::fs::write(&clients, "name,tier,arrears\n华东电力,A,12500 CNY\n").expect("fixture written");
    other.ok(&["import", "clients", clients.to_str().expect("utf-8 path")]);
    let contacts = other.file("contacts.csv");
    std::fs::write(&contacts, "client,name,birthday\n华东电力,王伟,农历八月十五\n").expect("fixture written");
    other.ok(&["import", "contacts", contacts.to_str().expect("utf-8 path")]);
    let without_ids = |ws: &Workspace, what: &str| {
        let mut listed = ws.json(&[what, "list"]);
        for record in listed.as_array_mut().expect("array") {
            record.as_object_mut().expect("object").retain(|key, _| !key.ends_with("id") && key != "imported");
        }
        listed
    };
    assert_eq!(without_ids(&other, "client"), without_ids(&ws, "client"));
    assert_eq!(without_ids(&other, "contact"), without_ids(&ws, "contact"));
}

#[test]
fn json_export_is_stable_and_written_whole() {
    let ws = Workspace::initialised();
    let client = ws.ok(&["client", "add", "--name", "Orlen", "--tier", "A"]);
    ws.ok(&["client", "remove", &client]);
    ws.ok(&["client", "add", "--name", "PGE", "--tier", "B"]);
    let stdout = ws.ok(&["export", "json"]);
    let file = ws.file("portfolio.json");
    ws.ok(&["export", "json", "--output", file.to_str().expect("utf-8 path")]);
    let written = std::fs::read_to_string(&file).expect("export written");
    assert_eq!(written.trim(), stdout);
    let export: serde_json::Value = serde_json::from_str(&written).expect("valid JSON");
    assert_eq!(export["format"], "fieldbook-portfolio");
    assert_eq!(export["clients"].as_array().map(Vec::len), Some(2), "the removed client is kept");
}

/// The records `fieldbook WHAT list` shows, without what an import recorded of their fields.
fn listed(ws: &Workspace, what: &str) -> serde_json::Value {
    let mut listed = ws.json(&[what, "list"]);
    for record in listed.as_array_mut().expect("array") {
        record.as_object_mut().expect("object").remove("imported");
    }
    listed
}

#[test]
fn csv_export_writes_one_file_per_kind_that_imports_back() {
    let ws = Workspace::initialised();
    ws.ok(&["client", "add", "--name", "Azərsu", "--tier", "C", "--arrears", "80 AZN"]);
    let dir = ws.file("export");
    let dir = dir.to_str().expect("utf-8 path");
    ws.ok(&["export", "csv", "--output", dir]);
    let clients_csv = format!("{dir}/clients.csv");
    assert!(std::path::Path::new(&format!("{dir}/visits.csv")).exists());

    let other = Workspace::initialised();
    other.ok(&["import", "clients", &clients_csv]);
    assert_eq!(listed(&other, "client"), listed(&ws, "client"));
    ws.fails(2, &["export", "csv"]);
}

#[test]
fn csv_export_never_hands_a_spreadsheet_a_formula_and_still_imports_back() {
    let ws = Workspace::initialised();
    let client = ws.ok(&["client", "add", "--name", "=HYPERLINK(\"http://evil.example\",\"Pay\")", "--tier", "A"]);
    ws.ok(&["contact", "add", "--client", &client, "--name", "Anna Nowak", "--phones", "+48 600 100 200"]);
    let dir = ws.file("export");
    let dir = dir.to_str().expect("utf-8 path");
    ws.ok(&["export", "csv", "--output", dir]);
    let written = |name: &str| std::fs::read_to_string(format!("{dir}/{name}")).expect("export written");
    assert!(
        written("clients.csv").contains(r#","'=HYPERLINK(""http://evil.example"",""Pay"")",,A,active,"#),
        "{}",
        written("clients.csv")
    );
    assert!(written("contacts.csv").contains(",Anna Nowak,,no,'+48 600 100 200,"), "{}", written("contacts.csv"));

    let other = Workspace::initialised();
    other.ok(&["import", "clients", &format!("{dir}/clients.csv")]);
    other.ok(&["import", "contacts", &format!("{dir}/contacts.csv")]);
    assert_eq!(listed(&other, "client"), listed(&ws, "client"));
    assert_eq!(other.json(&["contact", "list"]), ws.json(&["contact", "list"]));
}

#[test]
fn the_same_demo_seed_gives_the_same_portfolio() {
    let demo = |seed: &str| {
        let ws = Workspace::initialised();
        let said = ws.ok(&["demo", "--clients", "5", "--seed", seed, "--today", "2026-11-25"]);
        assert!(said.starts_with("Added a demo portfolio: 5 clients"), "{said}");
        let export: serde_json::Value = serde_json::from_str(&ws.ok(&["export", "json"])).expect("valid JSON");
        export
    };
    let first = demo("7");
    assert_eq!(first, demo("7"));
    assert_ne!(first["clients"], demo("8")["clients"]);
    assert!(first["visits"].as_array().is_some_and(|v| v.len() >= 25), "years of visits");
}

#[test]
fn a_demo_with_an_unknown_region_changes_nothing() {
    let ws = Workspace::initialised();
    assert!(
        ws.fails(2, &["demo", "--clients", "3", "--regions", "CN,DE"])
            .contains("region: 'DE' is not one of CN, PL, AZ")
    );
    assert_eq!(ws.json(&["client", "list"]), serde_json::json!([]));
}

#[test]
fn export_ics_writes_planned_visits_and_reminders_to_a_file() {
    let ws = Workspace::initialised();
    let client = ws.ok(&["client", "add", "--name", "华东电力", "--tier", "A"]);
    let visit = ws.ok(&["visit", "plan", "--client", &client, "--date", "2025-10-03", "--time", "10:00"]);
    ws.key_person(&client, "王总", "1970-10-05");
    let file = ws.file("fieldbook.ics");
    let path = file.to_str().expect("utf-8 path");
    ws.ok(&["export", "ics", "--from", "2025-10-01", "--days", "7", "--output", path]);
    let text = std::fs::read_to_string(&file).expect("written");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"), "{text}");
    assert!(text.contains(&format!("UID:{visit}@fieldbook\r\n")), "{text}");
    assert!(text.contains("DTSTART:20251003T020000Z\r\n"), "10:00 in Shanghai, in UTC: {text}");
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 4, "the visit, flowers, a call and the mid-autumn visit");
    let printed = ws.ok(&["export", "ics", "--from", "2025-10-01", "--days", "7"]);
    assert!(printed.contains(&format!("UID:{visit}@fieldbook\r\n")), "without --output it is printed");
}

#[test]
fn export_ics_refuses_a_bad_first_day() {
    let ws = Workspace::initialised();
    assert!(ws.fails(2, &["export", "ics", "--from", "2025-13-01"]).contains("from: '2025-13-01' is not a date"));
    assert!(ws.fails(2, &["export", "json", "--from", "2025-10-01"]).contains("--from and --days go with export ics"));
}

const ANDROID_VCF: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../fieldbook-formats/tests/fixtures/android-2.1.vcf");

#[test]
fn phone_contacts_import_from_a_vcard_and_export_as_one() {
    let ws = Workspace::initialised();
    let sinopec = ws.ok(&["client", "add", "--name", "中国石化", "--tier", "A"]);
    ws.ok(&["client", "add", "--name", "PKN Orlen", "--tier", "B"]);
    let said = ws.ok(&["import", "contacts", ANDROID_VCF, "--dry-run"]);
    assert!(said.contains("2 contacts would be imported; nothing was changed"), "{said}");
    assert_eq!(ws.json(&["contact", "list"]), serde_json::json!([]));

    let said = ws.ok(&["import", "contacts", ANDROID_VCF]);
    assert!(said.starts_with("Imported 2 contacts from android-2.1.vcf"), "{said}");
    let names: Vec<String> = ws
        .json(&["contact", "list"])
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["name"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(names.len(), 2);
    assert!(names.contains(&"王伟".to_owned()) && names.contains(&"Małgorzata Wiśniewska".to_owned()), "{names:?}");

    let file = ws.file("sinopec.vcf");
    ws.ok(&["export", "vcf", "--client", &sinopec[..6], "--output", file.to_str().expect("utf-8 path")]);
    let written = std::fs::read_to_string(&file).expect("vCard written");
    assert!(written.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:王伟\r\nORG:中国石化\r\n"), "{written}");
    assert!(!written.contains("Wiśniewska"), "only the client's contacts: {written}");
}

#[test]
fn a_bad_vcard_imports_nothing_and_vcard_options_go_with_vcards() {
    let ws = Workspace::initialised();
    let orlen = ws.ok(&["client", "add", "--name", "PKN Orlen", "--tier", "B"]);
    let file = ws.file("phone.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan Nowak\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ewa Kos\r\nTEL:call me\r\nEND:VCARD\r\n",
    )
    .expect("fixture written");
    let path = file.to_str().expect("utf-8 path");
    let stderr = ws.fails(2, &["import", "contacts", path, "--client", &orlen]);
    assert!(stderr.contains("line 5: phones:") && stderr.contains("call me"), "{stderr}");
    assert_eq!(ws.json(&["contact", "list"]), serde_json::json!([]), "the good card is not imported either");

    assert!(ws.fails(2, &["import", "clients", path]).contains("phone.vcf is a vCard file: it holds contacts"));
    let csv = ws.file("contacts.csv");
    std::fs::write(&csv, "client,name\nPKN Orlen,Jan Nowak\n").expect("fixture written");
    let csv = csv.to_str().expect("utf-8 path");
    assert!(ws.fails(2, &["import", "contacts", csv, "--client", &orlen]).contains("--client goes with a vCard file"));
    assert!(ws.fails(2, &["export", "json", "--client", &orlen]).contains("--client goes with export vcf"));
    assert!(ws.fails(2, &["export", "vcf", "--client", "cl_nosuch"]).contains("cl_nosuch"));
}

const CLIENTS_ZH_XLSX: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../fieldbook-formats/tests/fixtures/clients-zh.xlsx");
const BAD_ROWS_XLSX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../fieldbook-formats/tests/fixtures/bad-rows.xlsx");

#[test]
fn a_workbook_imports_clients_from_its_first_sheet_and_contacts_from_the_sheet_named() {
    let ws = Workspace::initialised();
    let said = ws.ok(&["import", "clients", CLIENTS_ZH_XLSX]);
    assert_eq!(said, "Imported 3 clients from clients-zh.xlsx (sheet 客户)");
    let clients = ws.json(&["client", "list"]);
    let power = clients.as_array().expect("array").iter().find(|c| c["name"] == "华东电力集团").expect("imported");
    assert_eq!(power["contract_start"], "2025-01-01");
    assert_eq!(power["arrears"], serde_json::json!({"minor_units": 1_250_000, "currency": "CNY"}));

    let said = ws.ok(&["import", "contacts", CLIENTS_ZH_XLSX, "--sheet", "联系人"]);
    assert_eq!(said, "Imported 2 contacts from clients-zh.xlsx (sheet 联系人)");
    let contacts = ws.json(&["contact", "list", "--key-persons"]);
    assert_eq!((&contacts[0]["name"], &contacts[0]["phones"][0]), (&"张伟".into(), &"13800000000".into()));
}

#[test]
fn a_dry_run_of_a_workbook_reports_and_changes_nothing() {
    let ws = Workspace::initialised();
    let said = ws.ok(&["import", "clients", CLIENTS_ZH_XLSX, "--sheet", "客户", "--dry-run"]);
    assert_eq!(said, "clients-zh.xlsx (sheet 客户): 3 clients would be imported; nothing was changed (dry run)");
    assert_eq!(ws.json(&["client", "list"]), serde_json::json!([]));
}

#[test]
fn a_workbook_with_bad_rows_imports_nothing_naming_the_rows_excel_shows() {
    let ws = Workspace::initialised();
    let stderr = ws.fails(2, &["import", "clients", BAD_ROWS_XLSX]);
    let said = [
        "3 problems in the file, nothing was imported",
        "line 5: tier: 'E' is not one of A, B, C, D",
        "line 6: name: must not be empty",
        "line 7: arrears: cell E7 holds the error #N/A",
    ];
    assert!(said.iter().all(|line| stderr.contains(line)), "{stderr}");
    assert_eq!(ws.json(&["client", "list"]), serde_json::json!([]));
}

#[test]
fn a_sheet_the_workbook_lacks_or_sheet_on_a_csv_file_is_bad_input() {
    let ws = Workspace::initialised();
    let stderr = ws.fails(2, &["import", "clients", CLIENTS_ZH_XLSX, "--sheet", "Klienci"]);
    assert!(stderr.contains("the workbook has no sheet 'Klienci'; its sheets are: 客户, 联系人"), "{stderr}");
    let csv = ws.file("clients.csv");
    std::fs::write(&csv, "name,tier\nOrlen,A\n").expect("fixture written");
    let stderr = ws.fails(2, &["import", "clients", csv.to_str().expect("utf-8 path"), "--sheet", "Klienci"]);
    assert!(stderr.contains("--sheet goes with an Excel workbook (.xlsx)"), "{stderr}");
    assert_eq!(ws.json(&["client", "list"]), serde_json::json!([]));
}

#[test]
fn a_file_named_xlsx_that_is_no_workbook_is_bad_input_not_a_crash() {
    let ws = Workspace::initialised();
    for (name, bytes) in [("crm-export.xlsx", &b"name,tier\nOrlen,A\n"[..]), ("cut-short.dat", b"PK\x03\x04\x14\x00")] {
        let file = ws.file(name);
        std::fs::write(&file, bytes).expect("fixture written");
        let stderr = ws.fails(2, &["import", "clients", file.to_str().expect("utf-8 path")]);
        assert!(stderr.contains("the file is not an Excel workbook (.xlsx) Fieldbook can read"), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

/// A portfolio with the demo's clients, contacts, visits, cases, tasks and care log and a
/// removed client, exported as JSON to `backup.json` in `ws`; answers the file and its text.
fn backed_up(ws: &Workspace) -> (String, String) {
    ws.ok(&["demo", "--clients", "30", "--today", "2026-11-27"]);
    let gone = ws.ok(&["client", "add", "--name", "Closed Ltd", "--tier", "D"]);
    ws.ok(&["client", "remove", &gone]);
    let file = ws.file("backup.json").to_str().expect("utf-8 path").to_owned();
    ws.ok(&["export", "json", "--output", &file]);
    let text = std::fs::read_to_string(&file).expect("backup written");
    (file, text)
}

#[test]
fn a_json_backup_restores_into_an_empty_data_directory_and_exports_the_same_bytes() {
    let ws = Workspace::initialised();
    let (backup, text) = backed_up(&ws);
    let restored = Workspace::new();
    let said = restored.ok(&["import", "json", &backup, "--dry-run"]);
    assert!(said.contains("records would be restored; nothing was changed"), "{said}");
    assert!(!restored.file("portfolio.sqlite").exists());

    let said = restored.ok(&["import", "json", &backup]);
    assert!(said.starts_with("Restored ") && said.contains(" records from backup.json"), "{said}");
    assert_eq!(restored.ok(&["export", "json"]), text.trim_end());
    let again = restored.fails(2, &["import", "json", &backup]);
    assert!(again.contains("a portfolio already exists"), "{again}");
}

#[test]
fn a_bad_backup_is_refused_saying_where_and_leaves_the_directory_empty() {
    let ws = Workspace::initialised();
    let (_, text) = backed_up(&ws);
    let cases = [
        ("not json", "{\n  \"format\": ".to_owned(), "line 2, column"),
        (
            "another format",
            text.replacen("\"fieldbook-portfolio\"", "\"crm-export\"", 1),
            "'crm-export', not a Fieldbook backup",
        ),
        ("another schema", text.replacen("\"schema_version\": 1,", "\"schema_version\": 9,", 1), "schema version 9"),
        ("a bad tier", text.replacen("\"tier\": \"A\"", "\"tier\": \"E\"", 1), "unknown variant `E`"),
        (
            "an empty name",
            text.replacen("\"name\": \"Closed Ltd\"", "\"name\": \"  \"", 1),
            "1 problem in the backup, nothing was restored",
        ),
    ];
    for (what, bad, said) in cases {
        let restored = Workspace::new();
        let file = restored.file("bad.json");
        std::fs::write(&file, &bad).expect("backup written");
        let stderr = restored.fails(2, &["import", "json", file.to_str().expect("utf-8 path")]);
        assert!(stderr.contains(said), "{what}: {stderr}");
        assert!(!restored.file("portfolio.sqlite").exists(), "{what}: nothing written");
    }
}

#[test]
fn the_workbook_is_written_whole_to_the_file_given() {
    let ws = Workspace::initialised();
    ws.ok(&["client", "add", "--name", "中国石化", "--tier", "A"]);
    assert!(ws.fails(2, &["export", "xlsx"]).contains("give --output FILE.xlsx"));
    let file = ws.file("portfolio.xlsx");
    let said = ws.ok(&["export", "xlsx", "--output", file.to_str().expect("utf-8 path")]);
    assert!(said.starts_with("Wrote the portfolio as a workbook"), "{said}");
    let bytes = std::fs::read(&file).expect("workbook written");
    assert_eq!(&bytes[..4], b"PK\x03\x04", "an xlsx is a zip archive");
}

#[test]
fn next_months_client_list_updates_the_clients_it_names_and_keeps_what_the_manager_changed() {
    let ws = Workspace::initialised();
    let november = ws.file("crm-11.csv");
    std::fs::write(&november, "crm_id,name,tier,industry\nK-100,华东电力,A,能源\nK-200,江南银行,B,金融\n")
        .expect("written");
    let said = ws.ok(&["import", "clients", november.to_str().expect("utf-8 path")]);
    assert!(said.starts_with("Imported 2 clients from crm-11.csv"), "{said}");
    let bank =
        ws.json(&["client", "list"]).as_array().expect("array").iter().find(|c| c["name"] == "江南银行").expect("bank")
            ["id"]
            .as_str()
            .expect("id")
            .to_owned();
    ws.ok(&["client", "edit", &bank, "--tier", "A"]);

    let december = ws.file("crm-12.csv");
    std::fs::write(
        &december,
        "crm_id,name,tier,industry\nK-100,华东电力,A,电力\nK-200,江南银行,C,金融\nK-300,新客户,D,零售\n",
    )
    .expect("written");
    let path = december.to_str().expect("utf-8 path");
    let dry = ws.ok(&["import", "clients", path, "--dry-run"]);
    assert!(dry.contains("2 clients would be imported; nothing was changed (dry run)"), "{dry}");
    assert!(dry.contains("1 added, 1 changed, 1 as they were, 1 fields kept"), "{dry}");
    assert!(dry.contains("changed 华东电力 (line 2): industry: '能源' → '电力'"), "{dry}");
    assert!(
        dry.contains("kept 江南银行 (line 3): tier stays 'A', changed here since the last import (the file says 'C')"),
        "{dry}"
    );
    assert_eq!(ws.json(&["client", "list"]).as_array().map(Vec::len), Some(2), "a dry run changes nothing");

    ws.ok(&["import", "clients", path]);
    let clients = ws.json(&["client", "list"]);
    let find = |name: &str| clients.as_array().expect("array").iter().find(|c| c["name"] == name).expect(name).clone();
    assert_eq!((find("华东电力")["industry"].as_str(), find("江南银行")["tier"].as_str()), (Some("电力"), Some("A")));
    assert_eq!(clients.as_array().map(Vec::len), Some(3), "no client twice");
}

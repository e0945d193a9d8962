//! `fieldbook greetings …`: drafts for a festival, CSV, templates, marking sent.

use crate::util::Workspace;

/// A CN portfolio with key persons at a tier-A and a tier-C client.
fn a_book() -> (Workspace, String, String) {
    let ws = Workspace::initialised();
    let power = ws.ok(&["client", "add", "--name", "华东电力", "--tier", "A"]);
    let wang = ws.key_person(&power, "王总", "1970-10-05");
    let mill = ws.ok(&["client", "add", "--name", "纺织厂", "--tier", "C"]);
    let zhao = ws.key_person(&mill, "赵厂长", "--03-08");
    (ws, wang, zhao)
}

#[test]
fn greetings_are_drafted_for_the_chosen_tiers_and_exported_as_csv() {
    let (ws, wang, _) = a_book();
    let drafts = ws.json(&["greetings", "draft", "--holiday", "cn.mid_autumn", "--year", "2025", "--tiers", "A,B"]);
    let drafts = drafts.as_array().expect("array");
    assert_eq!(drafts.len(), 1, "only tier A and B key persons");
    assert_eq!(drafts[0]["contact_id"], wang.as_str());
    assert_eq!(drafts[0]["text"], "尊敬的王总：月圆中秋，祝您及家人中秋快乐、花好月圆！Li Na敬上");

    let csv = ws.ok(&["greetings", "draft", "--holiday", "cn.mid_autumn", "--year", "2025", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "\u{feff}client,tier,person,title,language,occasion,date,greeting,contact_id");
    assert_eq!(lines.len(), 3, "both key persons: {csv}");

    let english = ws.json(&["greetings", "draft", "--holiday", "cn.mid_autumn", "--year", "2025", "--language", "en"]);
    assert!(english[0]["text"].as_str().expect("text").starts_with("Dear 王总, warm wishes for Mid-Autumn Festival"));
}

#[test]
fn an_own_template_is_used_and_a_bad_placeholder_is_named() {
    let (ws, _, _) = a_book();
    let error = ws.fails(2, &["settings", "set", "greeting.zh-CN.cn.mid_autumn", "{name}，中秋快乐！{sender}"]);
    assert!(error.contains("greeting.zh-CN.cn.mid_autumn: unknown placeholder {sender}"), "{error}");
    ws.ok(&["settings", "set", "greeting.zh-CN.cn.mid_autumn", "{name}{title}，中秋快乐！{manager}"]);
    let drafts = ws.json(&["greetings", "draft", "--holiday", "cn.mid_autumn", "--year", "2025", "--tiers", "A"]);
    assert_eq!(drafts[0]["text"], "王总，中秋快乐！Li Na");
    let templates = ws.json(&["greetings", "templates"]);
    let own = templates.as_array().expect("array").iter().find(|t| t["occasion"] == "cn.mid_autumn").expect("listed");
    assert_eq!(own["own"], true);
}

#[test]
fn marking_greetings_sent_logs_them_and_bad_input_changes_nothing() {
    let (ws, wang, zhao) = a_book();
    let scope = ["--holiday", "cn.mid_autumn", "--year", "2025"];
    fn sent<'a>(scope: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
        [&["greetings", "sent"][..], scope, extra].concat()
    }
    assert!(
        ws.fails(2, &sent(&scope, &["--channel", "fax"]))
            .contains("'fax' is not one of message, call, visit, gift:WHAT")
    );
    assert!(
        ws.fails(2, &sent(&scope, &["--tiers", "A", "--contacts", &zhao]))
            .contains("is not a key person of the tiers given")
    );
    assert!(ws.fails(2, &["greetings", "draft", "--holiday", "cn.easter", "--year", "2025"]).contains("no holiday"));
    let export: serde_json::Value = serde_json::from_str(&ws.ok(&["export", "json"])).expect("json");
    assert_eq!(export["care_log"], serde_json::json!([]), "nothing logged");

    let said = ws.ok(&sent(&scope, &["--contacts", &wang, "--channel", "gift:月饼", "--on", "2025-10-05"]));
    assert_eq!(said, "Logged 1 greetings sent by gift:月饼 on 2025-10-05");
    let export: serde_json::Value = serde_json::from_str(&ws.ok(&["export", "json"])).expect("json");
    let log = export["care_log"].as_array().expect("array");
    assert_eq!(log.len(), 1);
    assert_eq!(log[0]["contact_id"], wang.as_str());
    assert_eq!(log[0]["channel"]["gift"], "月饼");
    assert_eq!(log[0]["note"], "尊敬的王总：月圆中秋，祝您及家人中秋快乐、花好月圆！Li Na敬上");
}

#[test]
fn birthday_greetings_are_drafted_for_a_range_and_marked_sent() {
    let (ws, wang, _) = a_book();
    let scope = ["--birthdays", "--from", "2025-10-01", "--days", "14"];
    let drafts = ws.json(&[&["greetings", "draft"][..], &scope, &["--tiers", "A,B"]].concat());
    let drafts = drafts.as_array().expect("array");
    assert_eq!(drafts.len(), 1, "王总 on 5 October; 赵厂长 (8 March) is out of the range: {drafts:?}");
    assert_eq!(drafts[0]["contact_id"], wang.as_str());
    assert_eq!(drafts[0]["date"], "2025-10-05");
    assert_eq!(drafts[0]["text"], "尊敬的王总：祝您生日快乐，身体健康，万事如意！Li Na敬上");

    let march =
        ws.ok(&["greetings", "draft", "--birthdays", "--from", "2026-03-01", "--days", "10", "--format", "csv"]);
    assert!(march.lines().nth(1).expect("赵厂长").contains(",birthday,2026-03-08,"), "{march}");

    assert!(ws.fails(2, &["greetings", "draft", "--birthdays", "--days", "0"]).contains("days"));
    assert!(ws.fails(2, &["greetings", "draft", "--birthdays", "--from", "October"]).contains("from"));
    assert!(
        ws.fails(2, &["greetings", "draft", "--birthdays", "--holiday", "cn.mid_autumn", "--year", "2025"])
            .contains("--holiday")
    );
    assert!(ws.fails(2, &["greetings", "draft"]).contains("--birthdays"));

    let said = ws.ok(&[&["greetings", "sent"][..], &scope, &["--on", "2025-10-05"]].concat());
    assert_eq!(said, "Logged 1 greetings sent by message on 2025-10-05");
    let export: serde_json::Value = serde_json::from_str(&ws.ok(&["export", "json"])).expect("json");
    let log = export["care_log"].as_array().expect("array");
    assert_eq!(
        (log.len(), &log[0]["contact_id"], &log[0]["occasion"]["kind"]),
        (1, &wang.as_str().into(), &"birthday".into())
    );
}

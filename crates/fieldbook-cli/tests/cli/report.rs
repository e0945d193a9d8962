//! `fieldbook report week`: the week's summary as a table in the manager's
//! language, as JSON, as CSV figures and as a PDF file; a bad week or language
//! exits 2 naming it.

use crate::util::Workspace;

/// Li Na's week 2026-W10 (2–8 March): two visits made, one with arrears collected, and a task done.
fn a_week(ws: &Workspace) {
    let power = ws.ok(&["client", "add", "--name", "华东电力", "--tier", "A"]);
    let bank = ws.ok(&["client", "add", "--name", "江南银行", "--tier", "B", "--arrears", "20000 CNY"]);
    ws.ok(&["visit", "log", "--client", &power, "--date", "2026-03-02", "--time", "10:00", "--outcome", "续约"]);
    let args = ["--date", "2026-03-04", "--time", "14:00", "--purpose", "collection", "--collected", "5000 CNY"];
    ws.ok(&[&["visit", "log", "--client", &bank][..], &args].concat());
    ws.ok(&["visit", "plan", "--client", &bank, "--date", "2026-03-10", "--time", "09:30"]);
}

#[test]
fn the_weeks_summary_is_printed_as_json_and_in_the_managers_language() {
    let ws = Workspace::initialised();
    a_week(&ws);
    let summary = ws.json(&["report", "week", "--week", "2026-W10"]);
    assert_eq!(summary["week"], "2026-W10");
    assert_eq!((summary["visits"]["planned"].as_u64(), summary["visits"]["done"].as_u64()), (Some(2), Some(2)));
    assert_eq!(summary["arrears"]["collected"][0]["minor_units"], 500_000);
    assert_eq!(summary["next_week"]["planned"][0]["client"]["name"], "江南银行");
    let table = ws.ok(&["report", "week", "--week", "2026-W10", "--lang", "zh-CN"]);
    assert!(table.starts_with("工作周报 — Li Na"), "{table}");
    assert!(table.contains("本周拜访结果") && table.contains("续约"), "{table}");
    let polish = ws.ok(&["report", "week", "--week", "2026-W10", "--lang", "pl"]);
    assert!(polish.contains("Zainkasowano w tym tygodniu") && polish.contains("5000.00 CNY"), "{polish}");
}

#[test]
fn the_figures_go_out_as_csv_and_the_pdf_to_a_file() {
    let ws = Workspace::initialised();
    a_week(&ws);
    let csv = ws.ok(&["report", "week", "--week", "2026-W10", "--format", "csv"]);
    assert!(csv.starts_with("week,metric,key,value\n"), "{csv}");
    assert!(csv.contains("2026-W10,visits.by_purpose.done,collection,1\n"), "{csv}");
    assert!(csv.contains("2026-W10,arrears.outstanding,CNY,20000.00\n"), "{csv}");
    let pdf = ws.file("w10.pdf");
    ws.ok(&[
        "report",
        "week",
        "--week",
        "2026-W10",
        "--format",
        "pdf",
        "--output",
        pdf.to_str().expect("a UTF-8 path"),
    ]);
    assert!(std::fs::read(&pdf).expect("the PDF written").starts_with(b"%PDF-"));
}

#[test]
fn a_bad_week_or_language_or_a_pdf_without_a_file_exits_2_naming_it() {
    let ws = Workspace::initialised();
    let error = ws.fails(2, &["report", "week", "--week", "2025-W53"]);
    assert!(error.contains("week") && error.contains("2025-W53") && error.contains("ISO week"), "{error}");
    let error = ws.fails(2, &["report", "week", "--lang", "de"]);
    assert!(error.contains("de"), "{error}");
    let error = ws.fails(2, &["report", "week", "--format", "pdf"]);
    assert!(error.contains("--output"), "{error}");
}

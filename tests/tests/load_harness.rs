//! The load harness (`sync-load`) against the real `fieldbook-sync` on
//! loopback, with a handful of simulated clients: every edit is confirmed by
//! the server and the report carries the numbers BENCHMARKS.md quotes. This
//! keeps the harness's own automerge-repo peer speaking the protocol as the
//! server does; the measurements themselves are `make bench`'s.

use std::process::Command;

use fieldbook_tests::sync_server::workspace_binary;

#[test]
fn every_simulated_edit_is_confirmed_and_reported() {
    let output = Command::new(env!("CARGO_BIN_EXE_sync-load"))
        .args(["--server", "fieldbook", "--clients", "4", "--edits", "3", "--fieldbook-sync"])
        .arg(workspace_binary("fieldbook-sync"))
        .output()
        .expect("run sync-load");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "sync-load failed: {}\n{stdout}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value = stdout
        .lines()
        .find_map(|line| serde_json::from_str(line).ok())
        .unwrap_or_else(|| panic!("no JSON report in {stdout}"));
    assert_eq!(report["server"], "fieldbook-sync");
    assert_eq!(report["confirmed"], 12, "{report}");
    assert_eq!(report["unconfirmed"], 0, "{report}");
    for measured in ["edits_per_second", "p50_ms", "p99_ms", "peak_rss_mib", "server_cpu_us_per_edit"] {
        assert!(report[measured].as_f64().is_some_and(|value| value >= 0.0), "{measured} missing in {report}");
    }
}

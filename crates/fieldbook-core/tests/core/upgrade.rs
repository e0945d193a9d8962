//! Portfolios from the first builds: their cases kept a status beside a list of
//! dated notes, and open today with a timeline that reaches the same status.

use automerge::transaction::Transactable;
use automerge::{AutoCommit, ObjType, ROOT, ReadDoc, ScalarValue};
use fieldbook_core::{
    ActorId, Case, CaseId, CaseStatus, CaseStep, Client, ClientId, Portfolio, Region, Settings, Tier,
};

/// Li Na's portfolio with Sinopec, and Sinopec's case as the first builds wrote it:
/// received on 3 March 2025, two dated notes, then `status` and its fields.
fn first_wave_portfolio(status: &str, satisfaction: Option<u64>) -> Vec<u8> {
    let mut portfolio = Portfolio::create(&Settings::new("Li Na", Region::Cn), ActorId::from(vec![1; 16])).unwrap();
    portfolio.add(Client::new(ClientId::from("cl_sinopec0001".to_string()), "Sinopec", Tier::A)).unwrap();
    let mut doc = AutoCommit::load(&portfolio.save()).unwrap();
    let (_, cases) = doc.get(ROOT, "cases").unwrap().unwrap();
    let case = doc.put_object(&cases, "cs_firstwave01", ObjType::Map).unwrap();
    let text = |doc: &mut AutoCommit, key: &str, value: &str| doc.put(&case, key, value).unwrap();
    text(&mut doc, "id", "cs_firstwave01");
    text(&mut doc, "client_id", "cl_sinopec0001");
    doc.put(&case, "raised_by", ScalarValue::Null).unwrap();
    text(&mut doc, "opened_at", "2025-03-03T09:30:00+08:00");
    text(&mut doc, "channel", "phone");
    text(&mut doc, "category", "账单");
    text(&mut doc, "severity", "medium");
    let description = doc.put_object(&case, "description", ObjType::Text).unwrap();
    doc.splice_text(&description, 0, 0, "发票重复").unwrap();
    text(&mut doc, "status", status);
    text(&mut doc, "handed_to", "财务部");
    text(&mut doc, "due", "2025-03-10");
    let timeline = doc.put_object(&case, "timeline", ObjType::List).unwrap();
    for (index, (at, what)) in
        [("2025-03-03T10:00:00+08:00", "已受理"), ("2025-03-04T15:00:00+08:00", "财务部已退款")].into_iter().enumerate()
    {
        let note = doc.insert_object(&timeline, index, ObjType::Map).unwrap();
        doc.put(&note, "at", at).unwrap();
        doc.put(&note, "what", what).unwrap();
    }
    text(&mut doc, "resolution", "重复的发票已作废");
    match satisfaction {
        Some(score) => doc.put(&case, "satisfaction", score).unwrap(),
        None => doc.put(&case, "satisfaction", ScalarValue::Null).unwrap(),
    }
    doc.put(&case, "removed", false).unwrap();
    doc.commit();
    doc.save()
}

fn the_case(portfolio: &Portfolio) -> Case {
    portfolio.get::<Case>(&CaseId::from("cs_firstwave01".to_string())).unwrap()
}

#[test]
fn a_confirmed_first_wave_case_opens_confirmed_with_its_notes_resolution_and_score() {
    let portfolio = Portfolio::load(&first_wave_portfolio("confirmed", Some(4))).unwrap();
    let timeline = the_case(&portfolio).timeline();
    let steps: Vec<(CaseStep, &str, bool)> =
        timeline.entries.iter().map(|e| (e.event.step, e.event.text.as_str(), e.applied)).collect();
    assert_eq!(
        steps,
        [
            (CaseStep::Open, "", true),
            (CaseStep::Note, "已受理", true),
            (CaseStep::Note, "财务部已退款", true),
            (CaseStep::Resolve, "重复的发票已作废", true),
            (CaseStep::Confirm, "", true),
        ]
    );
    assert_eq!(timeline.status, CaseStatus::Confirmed);
    assert_eq!(timeline.satisfaction, Some(4));
    assert_eq!(timeline.resolved_at.map(|at| at.to_string()), Some("2025-03-04T15:00:00+08:00".into()));
    assert!(timeline.entries.iter().all(|e| e.event.by == "Li Na"));
}

#[test]
fn first_wave_statuses_each_reach_the_same_status_today() {
    for (status, expected) in [
        ("open", CaseStatus::Open),
        ("in_progress", CaseStatus::InProgress),
        ("handed_over", CaseStatus::HandedOver),
        ("resolved", CaseStatus::Resolved),
        ("reopened", CaseStatus::Reopened),
    ] {
        let portfolio = Portfolio::load(&first_wave_portfolio(status, None)).unwrap();
        let timeline = the_case(&portfolio).timeline();
        assert_eq!(timeline.status, expected, "{status}");
        let department = (expected == CaseStatus::HandedOver).then(|| "财务部".to_string());
        assert_eq!(timeline.department, department, "{status}");
    }
}

#[test]
fn the_upgrade_is_one_commit_left_to_save_and_drops_the_old_fields() {
    let mut portfolio = Portfolio::load(&first_wave_portfolio("resolved", None)).unwrap();
    assert!(!portfolio.unsaved_changes().is_empty(), "the upgrade is saved with the next save");
    let saved = AutoCommit::load(&portfolio.save()).unwrap();
    let (_, cases) = saved.get(ROOT, "cases").unwrap().unwrap();
    let (_, case) = saved.get(&cases, "cs_firstwave01").unwrap().unwrap();
    let keys: Vec<String> = saved.keys(&case).collect();
    for old in ["status", "handed_to", "due", "timeline", "resolution", "satisfaction"] {
        assert!(!keys.iter().any(|key| key == old), "{old} is still there: {keys:?}");
    }
    let again = Portfolio::load(&portfolio.save()).unwrap();
    assert_eq!(the_case(&again).timeline().status, CaseStatus::Resolved);
}

#[test]
fn two_devices_upgrading_the_same_case_offline_agree_after_merging() {
    let bytes = first_wave_portfolio("handed_over", None);
    let mut laptop = Portfolio::load(&bytes).unwrap();
    let mut tablet = Portfolio::load(&bytes).unwrap();
    laptop.merge(&mut tablet).unwrap();
    let timeline = the_case(&laptop).timeline();
    assert_eq!(timeline.entries.len(), 4, "one copy of each step: {:?}", timeline.entries);
    assert_eq!(timeline.status, CaseStatus::HandedOver);
}

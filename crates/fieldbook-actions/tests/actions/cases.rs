//! The case lifecycle and follow-up tasks through the actions: each step one
//! commit appending one event, refusals naming the field and changing nothing,
//! and two devices acting on one case offline converging to the documented state.

use fieldbook_actions::{
    Actor, CaseFilter, CaseOpening, FieldMap, StepInput, TaskFilter, add_client, add_task, edit_task, list_cases,
    list_tasks, open_case, plan_visit, remove_task, set_sla, show_case, take_step, tick_task,
};
use fieldbook_core::{
    Case, CaseStatus, CaseStep, ClientField, ClockState, Portfolio, Severity, TaskField, VisitField, VisitPurpose,
};
use fieldbook_fixtures::{a_portfolio, another_device, at};

/// The day the tasks are added on.
const MONDAY: &str = "2026-10-12";

use super::{given, orlen, refused};

const NOW: &str = "2026-10-12T16:00:00+08:00";

fn li_na() -> Actor<'static> {
    Actor { by: "Li Na", now: at(NOW) }
}

fn outage(portfolio: &mut Portfolio, client: &str, at: &str) -> Case {
    let opening = CaseOpening {
        client: client.into(),
        category: "网络故障".into(),
        severity: "high".into(),
        channel: "phone".into(),
        description: Some("专线中断约两个小时".into()),
        at: Some(at.into()),
        ..CaseOpening::default()
    };
    open_case(portfolio, &opening, li_na(), &mut rand::rng()).unwrap()
}

fn step(
    portfolio: &mut Portfolio,
    case: &Case,
    step: CaseStep,
    input: StepInput,
) -> Result<Case, fieldbook_core::PortfolioError> {
    take_step(portfolio, case.id.as_ref(), step, &input, li_na(), &mut rand::rng())
}

fn text(text: &str) -> StepInput {
    StepInput { text: Some(text.into()), ..StepInput::default() }
}

#[test]
fn a_complaint_goes_from_receipt_to_the_clients_confirmation_one_commit_per_step() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let case = outage(&mut portfolio, client.id.as_ref(), "2026-10-12 09:30");
    assert_eq!(case.opened_at.to_string(), "2026-10-12T09:30:00+08:00", "received in the manager's zone");
    let commits = portfolio.history().len();
    step(&mut portfolio, &case, CaseStep::Start, StepInput::default()).unwrap();
    let handed = StepInput { department: Some("网络运维部".into()), ..StepInput::default() };
    step(&mut portfolio, &case, CaseStep::Handover, handed).unwrap();
    let detail = show_case(&portfolio, case.id.as_ref(), at(NOW)).unwrap();
    assert_eq!((detail.row.status, detail.row.department.as_deref()), (CaseStatus::HandedOver, Some("网络运维部")));
    step(&mut portfolio, &case, CaseStep::Wait, StepInput::default()).unwrap();
    let resolved = StepInput { channel: Some("phone".into()), ..text("更换了故障设备") };
    step(&mut portfolio, &case, CaseStep::Resolve, resolved).unwrap();
    let confirmed = step(
        &mut portfolio,
        &case,
        CaseStep::Confirm,
        StepInput { satisfaction: Some("4".into()), ..StepInput::default() },
    )
    .unwrap();
    assert_eq!(confirmed.status(), CaseStatus::Confirmed);
    assert_eq!(portfolio.history().len(), commits + 5, "one commit per step");
    let timeline = confirmed.timeline();
    let steps: Vec<CaseStep> = timeline.entries.iter().map(|e| e.event.step).collect();
    assert_eq!(
        steps,
        [CaseStep::Open, CaseStep::Start, CaseStep::Handover, CaseStep::Wait, CaseStep::Resolve, CaseStep::Confirm]
    );
    assert!(timeline.entries.iter().all(|e| e.applied && e.event.by == "Li Na"));
    assert_eq!((timeline.resolution.as_deref(), timeline.satisfaction), (Some("更换了故障设备"), Some(4)));
}

#[test]
fn a_step_that_does_not_fit_is_refused_and_changes_nothing() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let case = outage(&mut portfolio, client.id.as_ref(), "2026-10-12 09:30");
    let commits = portfolio.history().len();
    let confirm = step(
        &mut portfolio,
        &case,
        CaseStep::Confirm,
        StepInput { satisfaction: Some("5".into()), ..StepInput::default() },
    );
    assert_eq!(refused(confirm.unwrap_err()), ("step".into(), "step_does_not_fit"));
    let reopen = step(&mut portfolio, &case, CaseStep::Reopen, text("again"));
    assert_eq!(refused(reopen.unwrap_err()), ("step".into(), "step_does_not_fit"));
    let no_department = step(&mut portfolio, &case, CaseStep::Handover, StepInput::default());
    assert_eq!(refused(no_department.unwrap_err()), ("to".into(), "empty"));
    let no_resolution = step(&mut portfolio, &case, CaseStep::Resolve, StepInput::default());
    assert_eq!(refused(no_resolution.unwrap_err()), ("resolution".into(), "empty"));
    let future = step(
        &mut portfolio,
        &case,
        CaseStep::Start,
        StepInput { at: Some("2026-10-13 09:00".into()), ..StepInput::default() },
    );
    assert_eq!(refused(future.unwrap_err()), ("at".into(), "in_the_future"));
    let before = step(
        &mut portfolio,
        &case,
        CaseStep::Start,
        StepInput { at: Some("2026-10-12 09:00".into()), ..StepInput::default() },
    );
    assert_eq!(refused(before.unwrap_err()), ("at".into(), "not_after"));
    let bad_channel = step(
        &mut portfolio,
        &case,
        CaseStep::Reply,
        StepInput { channel: Some("pigeon".into()), ..StepInput::default() },
    );
    assert_eq!(refused(bad_channel.unwrap_err()), ("channel".into(), "not_one_of"));
    let satisfaction = StepInput { satisfaction: Some("9".into()), ..StepInput::default() };
    step(&mut portfolio, &case, CaseStep::Resolve, text("fixed")).unwrap();
    let commits_after_resolve = portfolio.history().len();
    assert_eq!(
        refused(step(&mut portfolio, &case, CaseStep::Confirm, satisfaction).unwrap_err()),
        ("satisfaction".into(), "outside_limits")
    );
    assert_eq!(portfolio.history().len(), commits_after_resolve);
    assert_eq!(commits_after_resolve, commits + 1, "only the resolution was committed");
}

#[test]
fn a_confirmed_case_reopens_within_thirty_days_and_not_after() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let case = outage(&mut portfolio, client.id.as_ref(), "2026-08-03 09:30");
    let at_time = |when: &str| StepInput { at: Some(when.into()), ..StepInput::default() };
    step(
        &mut portfolio,
        &case,
        CaseStep::Resolve,
        StepInput { text: Some("fixed".into()), ..at_time("2026-08-04 10:00") },
    )
    .unwrap();
    step(
        &mut portfolio,
        &case,
        CaseStep::Confirm,
        StepInput { satisfaction: Some("5".into()), ..at_time("2026-08-05 10:00") },
    )
    .unwrap();
    let late = step(
        &mut portfolio,
        &case,
        CaseStep::Reopen,
        StepInput { text: Some("down again".into()), ..at_time("2026-10-01 10:00") },
    );
    assert_eq!(refused(late.unwrap_err()), ("step".into(), "too_late_to_reopen"));
    let soon = step(
        &mut portfolio,
        &case,
        CaseStep::Reopen,
        StepInput { text: Some("down again".into()), ..at_time("2026-08-20 10:00") },
    );
    assert_eq!(soon.unwrap().status(), CaseStatus::Reopened);
}

#[test]
fn two_devices_acting_on_one_case_offline_keep_both_events_and_agree_on_its_status() {
    let mut laptop = a_portfolio();
    let client = orlen(&mut laptop);
    let case = outage(&mut laptop, client.id.as_ref(), "2026-10-12 09:30");
    step(
        &mut laptop,
        &case,
        CaseStep::Start,
        StepInput { at: Some("2026-10-12 10:00".into()), ..StepInput::default() },
    )
    .unwrap();
    let mut phone = another_device(&mut laptop);
    // Offline: the laptop resolves at 14:00; the phone, at the client, hands it over at 11:00 and notes at 15:00.
    let resolve = StepInput {
        text: Some("restarted the router".into()),
        at: Some("2026-10-12 14:00".into()),
        ..StepInput::default()
    };
    step(&mut laptop, &case, CaseStep::Resolve, resolve).unwrap();
    let handover = StepInput {
        department: Some("网络运维部".into()),
        at: Some("2026-10-12 11:00".into()),
        ..StepInput::default()
    };
    step(&mut phone, &case, CaseStep::Handover, handover).unwrap();
    step(
        &mut phone,
        &case,
        CaseStep::Note,
        StepInput { at: Some("2026-10-12 15:00".into()), ..text("客户说还会断线") },
    )
    .unwrap();
    laptop.merge(&mut phone).unwrap();
    phone.merge(&mut laptop).unwrap();
    let on_laptop = show_case(&laptop, case.id.as_ref(), at(NOW)).unwrap();
    let on_phone = show_case(&phone, case.id.as_ref(), at(NOW)).unwrap();
    assert_eq!(on_laptop, on_phone, "both devices show the same case");
    let steps: Vec<(CaseStep, bool)> = on_laptop.timeline.entries.iter().map(|e| (e.event.step, e.applied)).collect();
    assert_eq!(
        steps,
        [
            (CaseStep::Open, true),
            (CaseStep::Start, true),
            (CaseStep::Handover, true),
            (CaseStep::Resolve, true),
            (CaseStep::Note, true)
        ],
        "replayed by the time of each step: hand-over, then resolution"
    );
    assert_eq!(on_laptop.row.status, CaseStatus::Resolved);
}

#[test]
fn steps_that_no_longer_fit_after_a_merge_stay_on_the_timeline_as_not_applied() {
    let mut laptop = a_portfolio();
    let client = orlen(&mut laptop);
    let case = outage(&mut laptop, client.id.as_ref(), "2026-10-12 09:30");
    step(&mut laptop, &case, CaseStep::Resolve, StepInput { at: Some("2026-10-12 11:00".into()), ..text("fixed") })
        .unwrap();
    let mut phone = another_device(&mut laptop);
    let confirm =
        StepInput { satisfaction: Some("5".into()), at: Some("2026-10-12 12:00".into()), ..StepInput::default() };
    step(&mut laptop, &case, CaseStep::Confirm, confirm).unwrap();
    step(&mut phone, &case, CaseStep::Reopen, StepInput { at: Some("2026-10-12 13:00".into()), ..text("still down") })
        .unwrap();
    let mut tablet = another_device(&mut laptop);
    step(&mut tablet, &case, CaseStep::Reopen, StepInput { at: Some("2026-10-12 12:15".into()), ..text("flaky") })
        .unwrap();
    laptop.merge(&mut phone).unwrap();
    laptop.merge(&mut tablet).unwrap();
    let timeline = laptop.get::<Case>(&case.id).unwrap().timeline();
    let steps: Vec<(CaseStep, bool)> = timeline.entries.iter().map(|e| (e.event.step, e.applied)).collect();
    assert_eq!(
        steps,
        [
            (CaseStep::Open, true),
            (CaseStep::Resolve, true),
            (CaseStep::Confirm, true),
            (CaseStep::Reopen, true),
            (CaseStep::Reopen, false)
        ],
        "the second reopening met a reopened case"
    );
    assert_eq!(timeline.status, CaseStatus::Reopened);
}

#[test]
fn cases_are_listed_open_first_by_deadline_and_filtered() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let old = outage(&mut portfolio, client.id.as_ref(), "2026-10-05 09:30");
    let new = outage(&mut portfolio, client.id.as_ref(), "2026-10-12 09:30");
    let closed = outage(&mut portfolio, client.id.as_ref(), "2026-10-01 09:30");
    step(&mut portfolio, &closed, CaseStep::Resolve, text("fixed")).unwrap();
    let ids = |filter: &CaseFilter| -> Vec<String> {
        list_cases(&portfolio, filter, at(NOW)).unwrap().iter().map(|row| row.id.to_string()).collect()
    };
    assert_eq!(ids(&CaseFilter::default()), [old.id.to_string(), new.id.to_string(), closed.id.to_string()]);
    assert_eq!(ids(&CaseFilter { open: true, ..CaseFilter::default() }), [old.id.to_string(), new.id.to_string()]);
    let open_and_breached = CaseFilter { open: true, breached: true, ..CaseFilter::default() };
    assert_eq!(ids(&open_and_breached), [old.id.to_string(), new.id.to_string()], "new: no reply in 4 working hours");
    let closed_by = CaseFilter { status: Some("resolved".into()), breached: true, ..CaseFilter::default() };
    assert_eq!(ids(&closed_by), [closed.id.to_string()], "resolved past its deadline: the breach stays");
    let rows = list_cases(&portfolio, &CaseFilter::default(), at(NOW)).unwrap();
    assert_eq!(rows[1].response_due.unwrap().to_string(), "2026-10-12T13:30:00+08:00", "high: 4 working hours");
    assert_eq!(rows[1].response, ClockState::Breached);
    let bad = list_cases(&portfolio, &CaseFilter { status: Some("lost".into()), ..CaseFilter::default() }, at(NOW));
    assert_eq!(refused(bad.unwrap_err()), ("status".into(), "not_one_of"));
}

#[test]
fn sla_targets_change_per_severity_and_refuse_a_bad_duration() {
    let mut portfolio = a_portfolio();
    let commits = portfolio.history().len();
    let policies = set_sla(&mut portfolio, "high", Some("2h"), Some("2d")).unwrap();
    assert_eq!(policies.target(Severity::High).response.to_string(), "2h");
    assert_eq!(portfolio.settings().unwrap().sla.target(Severity::High).resolution.to_string(), "2d");
    assert_eq!(
        refused(set_sla(&mut portfolio, "high", Some("soon"), None).unwrap_err()),
        ("response".into(), "not_a_work_span")
    );
    assert_eq!(
        refused(set_sla(&mut portfolio, "urgent", Some("2h"), None).unwrap_err()),
        ("severity".into(), "not_one_of")
    );
    assert_eq!(
        refused(set_sla(&mut portfolio, "low", Some("0h"), None).unwrap_err()),
        ("response".into(), "outside_limits")
    );
    assert_eq!(portfolio.history().len(), commits + 1);
}

#[test]
fn a_complaint_recorded_during_a_visit_links_the_visit_in_the_same_commit() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let fields = given(&[(VisitField::Date, "2026-10-12"), (VisitField::Time, "10:00")]);
    let visit = plan_visit(&mut portfolio, client.id.as_ref(), &fields, &mut rand::rng()).unwrap();
    let commits = portfolio.history().len();
    let opening = CaseOpening {
        client: client.id.to_string(),
        category: "账单争议".into(),
        severity: "medium".into(),
        channel: "visit".into(),
        visit: Some(visit.id.to_string()),
        ..CaseOpening::default()
    };
    let case = open_case(&mut portfolio, &opening, li_na(), &mut rand::rng()).unwrap();
    assert_eq!(portfolio.history().len(), commits + 1);
    let detail = show_case(&portfolio, case.id.as_ref(), at(NOW)).unwrap();
    assert_eq!(detail.visits.len(), 1);
    // The visit keeps what it was planned for; it is linked, not turned into a follow-up.
    assert_eq!((detail.visits[0].id.clone(), detail.visits[0].purpose), (visit.id, VisitPurpose::Routine));
}

/// A second complaint recorded during the same visit silently moved the visit's
/// link to it, and the first case lost its visit.
#[test]
fn a_second_complaint_during_a_visit_is_refused_with_the_visit_and_keeps_the_first_link() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let fields = given(&[(VisitField::Date, "2026-10-12"), (VisitField::Time, "10:00")]);
    let visit = plan_visit(&mut portfolio, client.id.as_ref(), &fields, &mut rand::rng()).unwrap();
    let during = |category: &str| CaseOpening {
        client: client.id.to_string(),
        category: category.into(),
        severity: "medium".into(),
        channel: "visit".into(),
        visit: Some(visit.id.to_string()),
        ..CaseOpening::default()
    };
    let first = open_case(&mut portfolio, &during("账单争议"), li_na(), &mut rand::rng()).unwrap();
    let commits = portfolio.history().len();
    let second = open_case(&mut portfolio, &during("安装延误"), li_na(), &mut rand::rng()).unwrap_err();
    assert_eq!(
        second.to_string(),
        format!(
            "visit: the visit already follows up {}; record this complaint without the visit, or as a note on {}",
            first.id, first.id
        )
    );
    assert_eq!(refused(second), ("visit".into(), "visit_follows_up"));
    assert_eq!(portfolio.history().len(), commits, "nothing committed");
    assert_eq!(show_case(&portfolio, first.id.as_ref(), at(NOW)).unwrap().visits.len(), 1);
    let without_visit = CaseOpening { visit: None, ..during("安装延误") };
    open_case(&mut portfolio, &without_visit, li_na(), &mut rand::rng()).unwrap();
}

/// A task given both a case and a visit was checked against the case's client
/// only, so it could point at another client's visit.
#[test]
fn a_task_with_a_case_and_another_clients_visit_is_refused() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let case = outage(&mut portfolio, client.id.as_ref(), "2026-10-12 09:30");
    let other = add_client(
        &mut portfolio,
        &given(&[(ClientField::Name, "Sinopec"), (ClientField::Tier, "B")]),
        &mut rand::rng(),
    )
    .unwrap();
    let fields = given(&[(VisitField::Date, "2026-10-13"), (VisitField::Time, "10:00")]);
    let visit = plan_visit(&mut portfolio, other.id.as_ref(), &fields, &mut rand::rng()).unwrap();
    let commits = portfolio.history().len();
    let task = given(&[
        (TaskField::Title, "Bring the invoice"),
        (TaskField::Case, case.id.as_ref()),
        (TaskField::Visit, visit.id.as_ref()),
    ]);
    assert_eq!(
        refused(add_task(&mut portfolio, &task, MONDAY.parse().unwrap(), &mut rand::rng()).unwrap_err()),
        ("visit".into(), "not_of_client")
    );
    assert_eq!(portfolio.history().len(), commits, "nothing committed");
    let mine = add_task(
        &mut portfolio,
        &given(&[(TaskField::Title, "Call the NOC"), (TaskField::Case, case.id.as_ref())]),
        MONDAY.parse().unwrap(),
        &mut rand::rng(),
    )
    .unwrap();
    let moved = edit_task(&mut portfolio, mine.id.as_ref(), &given(&[(TaskField::Visit, visit.id.as_ref())]));
    assert_eq!(refused(moved.unwrap_err()), ("visit".into(), "not_of_client"));
}

/// Each step's commit said "Move (start) case cs_…".
#[test]
fn each_step_commits_under_a_message_naming_it() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let case = outage(&mut portfolio, client.id.as_ref(), "2026-10-12 09:30");
    step(&mut portfolio, &case, CaseStep::Start, StepInput::default()).unwrap();
    let handed = StepInput { department: Some("网络运维部".into()), ..StepInput::default() };
    step(&mut portfolio, &case, CaseStep::Handover, handed).unwrap();
    step(&mut portfolio, &case, CaseStep::Resolve, text("专线已恢复")).unwrap();
    let messages: Vec<String> = portfolio.history().into_iter().rev().take(4).collect();
    assert_eq!(
        messages,
        [
            format!("Resolve case {}", case.id),
            format!("Hand over case {}", case.id),
            format!("Start work on case {}", case.id),
            format!("Open case {}", case.id),
        ]
    );
}

#[test]
fn a_task_is_added_from_a_case_ticked_done_undone_edited_and_removed() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let case = outage(&mut portfolio, client.id.as_ref(), "2026-10-12 09:30");
    let prefix = &case.id.as_ref()[..6];
    let task = add_task(
        &mut portfolio,
        &given(&[(TaskField::Title, "Call the NOC"), (TaskField::Case, prefix), (TaskField::Due, "2026/10/14")]),
        MONDAY.parse().unwrap(),
        &mut rand::rng(),
    )
    .unwrap();
    assert_eq!(
        (task.case_id.as_ref(), task.client_id.as_ref()),
        (Some(&case.id), Some(&client.id)),
        "the case's client"
    );
    assert_eq!(task.due.unwrap().to_string(), "2026-10-14");
    let open = || list_tasks(&portfolio, &TaskFilter::open()).unwrap().len();
    assert_eq!(open(), 1);
    assert_eq!(task.opened_on.unwrap().to_string(), MONDAY, "a task keeps the day it was added");
    let done = tick_task(&mut portfolio, task.id.as_ref(), true, "2026-10-13".parse().unwrap()).unwrap();
    assert!(done.done);
    assert_eq!(done.done_on.unwrap().to_string(), "2026-10-13", "and the day it was done");
    assert_eq!(list_tasks(&portfolio, &TaskFilter::open()).unwrap().len(), 0);
    let undone = tick_task(&mut portfolio, task.id.as_ref(), false, "2026-10-14".parse().unwrap()).unwrap();
    assert_eq!((undone.done, undone.done_on), (false, None), "undone, it is open again");
    let edited = edit_task(&mut portfolio, task.id.as_ref(), &given(&[(TaskField::Due, "")])).unwrap();
    assert_eq!(edited.due, None, "an empty value clears the due date");
    assert_eq!(
        refused(edit_task(&mut portfolio, task.id.as_ref(), &FieldMap::new()).unwrap_err()),
        ("fields".into(), "nothing_to_change")
    );
    assert_eq!(
        refused(
            add_task(
                &mut portfolio,
                &given(&[(TaskField::Due, "2026-10-14")]),
                MONDAY.parse().unwrap(),
                &mut rand::rng()
            )
            .unwrap_err()
        ),
        ("title".into(), "required")
    );
    let commits = portfolio.history().len();
    let bad_due = add_task(
        &mut portfolio,
        &given(&[(TaskField::Title, "x"), (TaskField::Due, "Friday")]),
        MONDAY.parse().unwrap(),
        &mut rand::rng(),
    );
    assert_eq!(refused(bad_due.unwrap_err()), ("due".into(), "not_a_date"));
    assert_eq!(portfolio.history().len(), commits);
    remove_task(&mut portfolio, task.id.as_ref()).unwrap();
    assert!(list_tasks(&portfolio, &TaskFilter::default()).unwrap().is_empty());
}

//! The week's summary against a hand-built portfolio: Li Na's week 2026-W49
//! (30 November – 6 December), read on Friday afternoon — visits made, missed and
//! called off, a first visit, coverage against the week before, care, a complaint
//! resolved and confirmed, one breached, tasks and arrears, and next week's plan.

use expect_test::expect_file;
use fieldbook_core::{
    CareChannel, CareLogEntry, CareLogId, Case, CaseChannel, CaseEvent, CaseId, CaseStep, ClientId, Contact, ContactId,
    Derived, IsoWeek, MemberCopy, Money, Occasion, Portfolio, SalesStage, Severity, Task, TaskId, Text, Tier, Visit,
    VisitId, VisitPurpose, WeekBasis, team_report, week_summary,
};
use fieldbook_fixtures::{a_portfolio, add_client, at, date, plan_visit, shanghai};

fn w49() -> IsoWeek {
    "2026-W49".parse().unwrap()
}

/// Friday of W49, 17:00 in Shanghai.
const FRIDAY: &str = "2026-12-04T17:00:00+08:00";

fn made(portfolio: &mut Portfolio, client: &ClientId, id: &str, day: &str, change: impl FnOnce(&mut Visit)) {
    let visit = plan_visit(portfolio, client, id, day);
    portfolio
        .update::<Visit>(&visit, "Log", |v| {
            v.mark_done()?;
            change(v);
            Ok(())
        })
        .unwrap();
}

fn case(portfolio: &mut Portfolio, id: &str, client: &ClientId, opened: &str, steps: &[(CaseStep, &str)]) {
    let opened_at = at(opened);
    let mut case = Case {
        id: CaseId::from(id.to_string()),
        client_id: client.clone(),
        raised_by: None,
        opened_at,
        channel: CaseChannel::Phone,
        category: "网络故障".into(),
        severity: Severity::High,
        description: Text::with_value("专线中断"),
        events: Default::default(),
        removed: false,
    };
    case.events.insert("ev_0".into(), CaseEvent::new(CaseStep::Open, opened_at, opened_at, "Li Na"));
    for (n, (step, when)) in steps.iter().enumerate() {
        let mut event = CaseEvent::new(*step, at(when), at(when), "Li Na");
        event.text = "已更换光模块".into();
        event.channel = Some(CaseChannel::Phone);
        event.satisfaction = (*step == CaseStep::Confirm).then_some(4);
        case.events.insert(format!("ev_{}", n + 1), event);
    }
    portfolio.add(case).unwrap();
}

fn task(portfolio: &mut Portfolio, id: &str, opened: Option<&str>, due: Option<&str>, done: Option<&str>) {
    let mut task = Task::new(TaskId::from(id.to_string()), format!("Task {id}"));
    task.opened_on = opened.map(date);
    task.due = due.map(date);
    task.tick(done.map(date));
    portfolio.add(task).unwrap();
}

/// Li Na's portfolio as it stands on Friday of W49.
fn li_nas_week() -> Portfolio {
    let mut portfolio = a_portfolio();
    let power = add_client(&mut portfolio, "华东电力集团", Tier::A);
    let bank = add_client(&mut portfolio, "上海银行", Tier::B);
    let newcomer = add_client(&mut portfolio, "新能源科技", Tier::C);
    add_client(&mut portfolio, "Quiet", Tier::D);
    portfolio
        .update::<fieldbook_core::Client>(&bank, "Arrears", |c| {
            c.arrears = Some(Money { minor_units: 2_000_000, currency: "CNY".into() });
            c.arrears_due = Some(date("2026-11-15"));
            Ok(())
        })
        .unwrap();
    made(&mut portfolio, &power, "vi_oct", "2026-10-01", |_| {});
    made(&mut portfolio, &bank, "vi_sep", "2026-09-01", |_| {});
    made(&mut portfolio, &power, "vi_mon", "2026-11-30", |v| {
        v.stage = Some(SalesStage::Revisit);
        v.outcome = "续约意向明确".into();
    });
    made(&mut portfolio, &bank, "vi_tue", "2026-12-01", |v| {
        v.purpose = VisitPurpose::Collection;
        v.collected = Some(Money { minor_units: 500_000, currency: "CNY".into() });
        v.outcome = "收回部分欠款".into();
    });
    let called_off = plan_visit(&mut portfolio, &bank, "vi_off", "2026-12-02");
    portfolio.update::<Visit>(&called_off, "Cancel", Visit::cancel).unwrap();
    plan_visit(&mut portfolio, &newcomer, "vi_missed", "2026-12-02");
    made(&mut portfolio, &newcomer, "vi_first", "2026-12-03", |v| {
        v.purpose = VisitPurpose::SalesStep;
        v.stage = Some(SalesStage::FirstVisit);
        v.outcome = "了解储能需求".into();
    });
    plan_visit(&mut portfolio, &power, "vi_sat", "2026-12-05");
    plan_visit(&mut portfolio, &bank, "vi_next", "2026-12-08");

    let boss = ContactId::from("ct_wang".to_string());
    portfolio.add(Contact::new(boss.clone(), power.clone(), "王总")).unwrap();
    for (id, day, occasion, channel) in [
        ("cl_1", "2026-12-01", Occasion::Birthday, CareChannel::Message),
        ("cl_2", "2026-12-02", Occasion::Holiday("元旦".into()), CareChannel::Gift("茶叶".into())),
        ("cl_3", "2026-11-01", Occasion::Birthday, CareChannel::Call),
    ] {
        portfolio
            .add(CareLogEntry {
                id: CareLogId::from(id.to_string()),
                contact_id: boss.clone(),
                occasion,
                channel,
                date: date(day),
                note: String::new(),
                reminder_id: None,
                removed: false,
            })
            .unwrap();
    }
    case(
        &mut portfolio,
        "cs_done",
        &power,
        "2026-12-01T09:00:00+08:00",
        &[
            (CaseStep::Reply, "2026-12-01T09:30:00+08:00"),
            (CaseStep::Resolve, "2026-12-02T11:00:00+08:00"),
            (CaseStep::Confirm, "2026-12-03T10:00:00+08:00"),
        ],
    );
    case(
        &mut portfolio,
        "cs_late",
        &bank,
        "2026-11-24T09:00:00+08:00",
        &[(CaseStep::Reply, "2026-11-24T10:00:00+08:00")],
    );
    task(&mut portfolio, "tk_week", Some("2026-12-01"), Some("2026-12-03"), Some("2026-12-03"));
    task(&mut portfolio, "tk_late", Some("2026-11-20"), Some("2026-11-25"), None);
    task(&mut portfolio, "tk_old", None, None, None);
    portfolio
}

#[test]
fn the_weeks_summary_counts_what_the_manager_did_and_what_comes_next() {
    let portfolio = li_nas_week();
    let summary = week_summary(&portfolio, w49(), shanghai(), at(FRIDAY)).unwrap();
    let visits = &summary.visits;
    assert_eq!((visits.planned, visits.done, visits.cancelled, visits.missed), (6, 3, 1, 1));
    assert_eq!(summary.first_visits.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["新能源科技"]);
    assert_eq!((summary.care.given, summary.care.greetings_sent), (2, 1), "the care of 1 November is older");
    let cases = &summary.cases;
    assert_eq!((cases.opened, cases.resolved, cases.confirmed, cases.open), (1, 1, 1, 1));
    assert_eq!(cases.mean_satisfaction, Some(4.0));
    assert_eq!(cases.attention.iter().map(|c| c.id.to_string()).collect::<Vec<_>>(), ["cs_late"]);
    let tasks = &summary.tasks;
    assert_eq!((tasks.opened, tasks.done, tasks.open, tasks.overdue), (1, 1, 2, 1));
    assert_eq!(summary.arrears.collected, [Money { minor_units: 500_000, currency: "CNY".into() }]);
    assert_eq!(
        summary.next_week.planned.iter().map(|v| v.client.name.as_str()).collect::<Vec<_>>(),
        ["上海银行"],
        "the visit of 8 December is next week's"
    );
    expect_file!["snapshots/week_summary_w49.json"].assert_eq(&serde_json::to_string_pretty(&summary).unwrap());
}

#[test]
fn coverage_at_the_weeks_end_is_compared_with_the_week_before() {
    let summary = week_summary(&li_nas_week(), w49(), shanghai(), at(FRIDAY)).unwrap();
    let tier_a = &summary.coverage[0];
    assert_eq!((tier_a.clients, tier_a.covered), (1, 1));
    assert_eq!((tier_a.percent_before, tier_a.percent), (0.0, 100.0), "covered again by Monday's visit");
    assert!(summary.never_contacted.iter().any(|c| c.name == "Quiet"));
}

#[test]
fn a_past_weeks_summary_leaves_out_what_happened_after_it() {
    let portfolio = li_nas_week();
    let w48 = w49().previous();
    let last_week = week_summary(&portfolio, w48, shanghai(), at(FRIDAY)).unwrap();
    assert_eq!(last_week.as_of, at("2026-11-30T00:00:00+08:00"), "a past week stands at the end of its Sunday");
    assert_eq!(last_week.cases.opened, 1, "cs_late was received in W48");
    assert_eq!(last_week.cases.resolved, 0);
    assert!(last_week.first_visits.is_empty(), "新能源科技 was first visited in W49");
    assert_eq!(last_week.tasks.open, 2, "tk_week was added in W49, after the week");
    let planned = last_week.next_week.planned.iter().map(|v| v.planned.date).collect::<Vec<_>>();
    assert_eq!(
        planned,
        [date("2026-12-02"), date("2026-12-05")],
        "visits count as they stand: those made are not planned"
    );
}

#[test]
fn a_week_without_anything_in_it_is_all_zeros_and_tiers_without_clients_are_covered() {
    let summary = week_summary(&a_portfolio(), w49(), shanghai(), at(FRIDAY)).unwrap();
    assert_eq!((summary.visits.planned, summary.cases.opened, summary.tasks.open), (0, 0, 0));
    assert_eq!(summary.visits.per_day.len(), 7, "every day of the week has its bar");
    assert!(summary.coverage.iter().all(|tier| tier.percent == 100.0));
    assert_eq!(summary.cases.mean_satisfaction, None);
}

#[test]
fn a_kept_basis_brought_up_to_date_gives_the_summary_read_afresh() {
    let mut portfolio = li_nas_week();
    let mut basis = WeekBasis::default();
    basis.update(&mut portfolio).unwrap();
    let settings = portfolio.settings().unwrap();
    portfolio.update::<Visit>(&VisitId::from("vi_missed".to_string()), "Log", Visit::mark_done).unwrap();
    task(&mut portfolio, "tk_new", Some("2026-12-04"), None, None);
    portfolio.remove::<Task>(&TaskId::from("tk_late".to_string())).unwrap();
    basis.update(&mut portfolio).unwrap();
    let kept = basis.summary(&settings, w49(), shanghai(), at(FRIDAY));
    assert_eq!(kept, week_summary(&portfolio, w49(), shanghai(), at(FRIDAY)).unwrap());
    assert_eq!((kept.visits.done, kept.visits.missed, kept.tasks.opened, kept.tasks.overdue), (4, 0, 2, 0));
}

#[test]
fn the_team_report_has_a_row_per_member_flags_stale_copies_and_sums_coverage() {
    let summary = week_summary(&li_nas_week(), w49(), shanghai(), at(FRIDAY)).unwrap();
    let copy = |owner: &str, last_synced: Option<&str>| MemberCopy {
        owner: owner.into(),
        last_synced: last_synced.map(at),
        summary: summary.clone(),
    };
    let copies = vec![
        copy("wang.wei", Some("2026-12-04T16:00:00+08:00")),
        copy("li.na", Some("2026-12-02T09:00:00+08:00")),
        copy("chen.yu", None),
    ];
    let report = team_report(w49(), copies, at(FRIDAY));
    let rows: Vec<(&str, bool)> = report.members.iter().map(|m| (m.owner.as_str(), m.stale)).collect();
    assert_eq!(
        rows,
        [("chen.yu", true), ("li.na", true), ("wang.wei", false)],
        "synced 2 days ago, never, an hour ago"
    );
    assert_eq!(report.stale, 2);
    assert_eq!(report.totals.visits_done, 3 * summary.visits.done);
    let tier_a = &report.totals.coverage[0];
    assert_eq!((tier_a.clients, tier_a.covered, tier_a.percent), (3, 3, 100.0));
    assert_eq!(report.members[0].cases_attention.len(), 1, "cs_late, breached, is the lead's to chase");
    assert_eq!(report.totals.cases_breached, 3);
}

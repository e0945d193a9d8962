//! Visit cadence: the due list, its clock restarting at any contact, the days it
//! proposes around the region's holidays, and coverage per tier.

use expect_test::{Expect, expect};
use fieldbook_core::{
    CareChannel, CareLogEntry, CareLogId, Client, ClientId, ClientStatus, Contact, ContactId, Fields, Occasion,
    Portfolio, Region, Tier, Visit, VisitId, WorkingDays, due_list,
};

use fieldbook_fixtures::{a_portfolio, add_client, date, plan_visit, shanghai};

/// Logs a visit to `client` made on `day`.
fn visit_made(portfolio: &mut Portfolio, client: &ClientId, id: &str, day: &str) {
    let id: VisitId = plan_visit(portfolio, client, id, day);
    portfolio.update::<Visit>(&id, "Log", Visit::mark_done).expect("visit logged");
}

/// Logs a call to a person of `client` on `day`.
fn call_made(portfolio: &mut Portfolio, client: &ClientId, day: &str) {
    let contact = ContactId::from(format!("ct_{client}"));
    portfolio.add(Contact::new(contact.clone(), client.clone(), "王总")).expect("contact added");
    let call = CareLogEntry {
        id: CareLogId::from(format!("cr_{client}")),
        contact_id: contact,
        occasion: Occasion::Other("quarterly call".into()),
        channel: CareChannel::Call,
        date: date(day),
        note: String::new(),
        reminder_id: None,
        removed: false,
    };
    portfolio.add(call).expect("call logged");
}

/// One line per client of each list, then the coverage.
fn check(portfolio: &Portfolio, today: &str, expect: Expect) {
    let list = due_list(portfolio, date(today), shanghai()).expect("due list");
    let mut lines = Vec::new();
    for (heading, clients) in
        [("overdue", &list.overdue), ("due this week", &list.due_this_week), ("never visited", &list.never_visited)]
    {
        lines.push(format!("{heading}:"));
        for c in clients {
            let last = c.last_contact.map_or("-".into(), |d| d.to_string());
            let due = c.due.map_or("-".into(), |d| d.to_string());
            lines.push(format!(
                "  {} {} last {last} due {due} ({:?} overdue) propose {}",
                c.tier, c.name, c.days_overdue, c.proposed
            ));
        }
    }
    for t in &list.coverage {
        lines.push(format!("coverage {}: {}/{} within {} days", t.tier, t.covered, t.clients, t.cadence_days));
    }
    expect.assert_eq(&(lines.join("\n") + "\n"));
}

/// A CN book on 2026-02-12, two days before the Spring Festival days off: two tier-A
/// clients soon due, a tier-B client long overdue, a tier-C client never visited, a lost one.
fn spring_festival_book() -> Portfolio {
    let mut portfolio = a_portfolio();
    let power = add_client(&mut portfolio, "华东电力", Tier::A);
    visit_made(&mut portfolio, &power, "vi_power", "2026-01-20");
    call_made(&mut portfolio, &power, "2026-01-31");
    let bank = add_client(&mut portfolio, "江南银行", Tier::A);
    visit_made(&mut portfolio, &bank, "vi_bank", "2026-02-02");
    let mill = add_client(&mut portfolio, "纺织厂", Tier::B);
    visit_made(&mut portfolio, &mill, "vi_mill", "2025-12-01");
    add_client(&mut portfolio, "新客户", Tier::C);
    let mut gone = Client::new(ClientId::from("cl_gone".to_string()), "已流失", Tier::D);
    gone.status = ClientStatus::Lost;
    portfolio.add(gone).expect("client added");
    portfolio
}

#[test]
fn the_due_list_restarts_the_clock_at_any_contact_and_proposes_working_days() {
    // 华东电力's call on 31 January restarts its clock; it is due on Saturday 14 February,
    // a worked Saturday (调休上班). 江南银行 is due on 16 February, inside the days off
    // (15–23 February), so Tuesday 24 February is proposed.
    check(
        &spring_festival_book(),
        "2026-02-12",
        expect![[r#"
            overdue:
              B 纺织厂 last 2025-12-01 due 2025-12-31 (Some(43) overdue) propose 2026-02-12
            due this week:
              A 华东电力 last 2026-01-31 due 2026-02-14 (Some(-2) overdue) propose 2026-02-14
              A 江南银行 last 2026-02-02 due 2026-02-16 (Some(-4) overdue) propose 2026-02-24
            never visited:
              C 新客户 last - due - (None overdue) propose 2026-02-12
            coverage A: 2/2 within 14 days
            coverage B: 0/1 within 30 days
            coverage C: 0/1 within 90 days
            coverage D: 0/0 within 180 days
        "#]],
    );
}

#[test]
fn an_edited_cadence_moves_the_due_day() {
    let mut portfolio = spring_festival_book();
    portfolio.update_settings(|s| s.set_field("cadence_b", "120")).expect("cadence edited");
    let list = due_list(&portfolio, date("2026-02-12"), shanghai()).expect("due list");
    assert!(list.overdue.is_empty(), "纺织厂 is within 120 days: {:?}", list.overdue);
    assert_eq!(list.coverage[1].covered, 1);
}

#[test]
fn a_cadence_out_of_range_is_refused_naming_the_field_and_changes_nothing() {
    let mut portfolio = a_portfolio();
    for (field, value) in [("cadence_a", "0"), ("cadence_d", "731"), ("cadence_c", "often")] {
        let error = portfolio.update_settings(|s| s.set_field(field, value)).expect_err("refused");
        assert!(error.to_string().starts_with(field), "{error}");
    }
    assert_eq!(portfolio.settings().expect("settings").cadence, Default::default());
}

#[test]
fn working_days_follow_each_regions_calendar() {
    let mut poland = WorkingDays::new(Region::Pl);
    // Independence Day (Wednesday 11 November) is off; Thursday is worked.
    assert_eq!(poland.first_working_day(date("2026-11-11")), date("2026-11-12"));
    let mut azerbaijan = WorkingDays::new(Region::Az);
    assert!(!azerbaijan.is_working_day(date("2026-03-21")), "Novruz");
    let mut china = WorkingDays::new(Region::Cn);
    assert!(china.is_working_day(date("2026-02-28")), "a worked Saturday");
    assert!(!china.is_working_day(date("2026-10-05")), "National Day golden week");
}

//! The agenda: care reminders from birthdays, festivals and accounts, with
//! stable ids and states that sync.

use expect_test::{Expect, expect};
use fieldbook_core::{
    CareLogEntry, CareLogId, CareReminder, Client, ClientId, ClientStatus, Date, Money, Occasion, Portfolio,
    ReminderKind, ReminderState, ReminderStatus, Tier, agenda, complete_reminder, dismiss_reminder, find_reminder,
    reminder_states, set_reminder_state, snooze_reminder,
};

use fieldbook_fixtures::{a_portfolio, add_client, add_key_person, another_device, date, shanghai};

/// A CN portfolio: a tier-A client with a key person born on lunar 8/15, a
/// tier-B client whose key person was born on 1980-10-10, a tier-C client with
/// a contract ending and overdue arrears, and a tier-D client at risk.
fn a_book() -> Portfolio {
    let mut portfolio = a_portfolio();
    let power = add_client(&mut portfolio, "华东电力", Tier::A);
    add_key_person(&mut portfolio, &power, "王总", "农历1970年八月十五");
    let bank = add_client(&mut portfolio, "江南银行", Tier::B);
    add_key_person(&mut portfolio, &bank, "李经理", "1980-10-10");
    let mut mill = Client::new(ClientId::from("cl_mill".to_string()), "纺织厂", Tier::C);
    mill.contract_end = Some(date("2025-10-20"));
    mill.arrears = Some(Money::parse("12500", "CNY").expect("money"));
    mill.arrears_due = Some(date("2025-08-31"));
    portfolio.add(mill).expect("client added");
    let mut shop = Client::new(ClientId::from("cl_shop".to_string()), "小卖部", Tier::D);
    shop.status = ClientStatus::AtRisk;
    portfolio.add(shop).expect("client added");
    portfolio
}

/// One line per reminder: date, kind, action, who, subject.
fn check(portfolio: &Portfolio, from: &str, days: u32, expect: Expect) {
    let reminders = agenda(portfolio, date(from), days, shanghai()).expect("agenda");
    let lines: Vec<String> = reminders
        .iter()
        .map(|r| {
            let action = serde_json::to_string(&r.action).expect("json");
            let who = r.contact_name.clone().unwrap_or_default();
            format!("{} {:?} {action} {} {who} {} (for {})", r.date, r.kind, r.client_name, r.subject, r.occasion_date)
        })
        .collect();
    expect.assert_eq(&(lines.join("\n") + "\n"));
}

#[test]
fn the_agenda_follows_the_care_rules_of_each_tier() {
    // 中秋 2025 is 6 October; 国庆 is not a festival key persons are visited for.
    check(
        &a_book(),
        "2025-09-29",
        14,
        expect![[r#"
        2025-09-20 ContractRenewal {"kind":"renew_contract"} 纺织厂  2025-10-20 (for 2025-10-20)
        2025-09-29 ArrearsOverdue {"kind":"collect_arrears"} 纺织厂  12500.00 CNY (for 2025-08-31)
        2025-09-29 AtRisk {"kind":"retain_client"} 小卖部   (for 2025-09-29)
        2025-10-03 Birthday {"kind":"care","channel":{"kind":"gift","gift":"flowers or cake"}} 华东电力 王总 生日（55岁） (for 2025-10-06)
        2025-10-03 Holiday {"kind":"care","channel":{"kind":"visit"}} 华东电力 王总 中秋节 (for 2025-10-06)
        2025-10-05 Holiday {"kind":"care","channel":{"kind":"call"}} 江南银行 李经理 中秋节 (for 2025-10-06)
        2025-10-06 Birthday {"kind":"care","channel":{"kind":"call"}} 华东电力 王总 生日（55岁） (for 2025-10-06)
        2025-10-06 AtRisk {"kind":"retain_client"} 小卖部   (for 2025-10-06)
        2025-10-10 Birthday {"kind":"care","channel":{"kind":"call"}} 江南银行 李经理 生日（45岁） (for 2025-10-10)
    "#]],
    );
}

#[test]
fn a_reminder_has_the_same_id_on_every_device() {
    let mut laptop = a_book();
    let desktop = another_device(&mut laptop);
    let ids = |p: &Portfolio| {
        agenda(p, date("2025-09-29"), 14, shanghai()).expect("agenda").into_iter().map(|r| r.id).collect::<Vec<_>>()
    };
    assert_eq!(ids(&laptop), ids(&desktop));
    // And whatever range it is seen through.
    let wide: Vec<String> =
        agenda(&laptop, date("2025-09-01"), 60, shanghai()).expect("agenda").into_iter().map(|r| r.id).collect();
    assert!(ids(&laptop).iter().all(|id| wide.contains(id)));
}

#[test]
fn done_writes_the_care_log_in_the_same_commit_and_syncs() {
    let mut laptop = a_book();
    let mut desktop = another_device(&mut laptop);
    let reminders = agenda(&laptop, date("2025-10-03"), 1, shanghai()).expect("agenda");
    let flowers = reminders.iter().find(|r| r.kind == ReminderKind::Birthday).expect("flowers for 王总");
    let commits = laptop.history().len();
    complete_reminder(&mut laptop, flowers, date("2025-10-03"), CareLogId::from("cr_flowers".to_string()), "一束百合")
        .expect("done");
    assert_eq!(laptop.history().len(), commits + 1, "one commit");
    let entry = laptop.get::<CareLogEntry>(&CareLogId::from("cr_flowers".to_string())).expect("care logged");
    assert_eq!(entry.occasion, Occasion::Birthday);
    assert_eq!(entry.reminder_id.as_deref(), Some(flowers.id.as_str()));

    desktop.merge(&mut laptop).expect("sync");
    let left = agenda(&desktop, date("2025-10-03"), 1, shanghai()).expect("agenda");
    assert!(left.iter().all(|r| r.id != flowers.id), "done on the laptop, gone on the desktop");
}

#[test]
fn snoozed_reminders_come_back_on_their_day_and_dismissed_ones_do_not() {
    let mut portfolio = a_book();
    let first = agenda(&portfolio, date("2025-09-29"), 14, shanghai()).expect("agenda");
    let overdue = first.iter().find(|r| r.kind == ReminderKind::ArrearsOverdue).expect("arrears");
    let at_risk = first.iter().find(|r| r.kind == ReminderKind::AtRisk).expect("at risk");
    snooze_reminder(&mut portfolio, overdue, date("2025-09-29"), date("2025-10-02")).expect("snoozed");
    dismiss_reminder(&mut portfolio, &at_risk.id, date("2025-09-29")).expect("dismissed");
    let after = agenda(&portfolio, date("2025-09-29"), 14, shanghai()).expect("agenda");
    let snoozed = after.iter().find(|r| r.id == overdue.id).expect("still there");
    assert_eq!(snoozed.date, date("2025-10-02"));
    assert!(after.iter().all(|r| r.id != at_risk.id));
    assert!(
        snooze_reminder(&mut portfolio, overdue, date("2025-09-29"), date("2025-09-28"))
            .expect_err("backwards")
            .is_bad_input()
    );
}

/// The call to 李经理 (tier B) on his birthday, 2025-10-10.
fn the_birthday_call(portfolio: &Portfolio, on: &str) -> CareReminder {
    let day = agenda(portfolio, date(on), 1, shanghai()).expect("agenda");
    day.into_iter().find(|r| r.contact_name.as_deref() == Some("李经理")).expect("the call")
}

fn ids_from(portfolio: &Portfolio, from: &str, days: u32) -> Vec<(String, Date)> {
    agenda(portfolio, date(from), days, shanghai()).expect("agenda").into_iter().map(|r| (r.id, r.date)).collect()
}

#[test]
fn a_reminder_snoozed_to_tomorrow_is_in_tomorrows_agenda_with_its_id() {
    let mut portfolio = a_book();
    let call = the_birthday_call(&portfolio, "2025-10-10");
    snooze_reminder(&mut portfolio, &call, date("2025-10-10"), date("2025-10-11")).expect("snoozed");

    assert!(ids_from(&portfolio, "2025-10-10", 1).iter().all(|(id, _)| *id != call.id), "not today any more");
    for (from, days) in [("2025-10-11", 14), ("2025-10-11", 1), ("2025-10-05", 7)] {
        let listed = ids_from(&portfolio, from, days);
        let found: Vec<_> = listed.iter().filter(|(id, _)| *id == call.id).collect();
        assert_eq!(found, [&(call.id.clone(), date("2025-10-11"))], "once, on the 11th, from {from} for {days} days");
    }
    assert!(ids_from(&portfolio, "2025-10-12", 14).iter().all(|(id, _)| *id != call.id), "gone after its day");
    let reopened = Portfolio::load(&portfolio.save()).expect("reloaded");
    assert!(ids_from(&reopened, "2025-10-11", 14).iter().any(|(id, _)| *id == call.id), "kept in the document");
}

#[test]
fn a_snoozed_reminder_done_or_dismissed_later_is_gone() {
    let mut portfolio = a_book();
    let call = the_birthday_call(&portfolio, "2025-10-10");
    snooze_reminder(&mut portfolio, &call, date("2025-10-10"), date("2025-10-11")).expect("snoozed");
    let mut dismissed = another_device(&mut portfolio);

    let tomorrow = agenda(&portfolio, date("2025-10-11"), 14, shanghai()).expect("agenda");
    let snoozed = tomorrow.iter().find(|r| r.id == call.id).expect("back tomorrow");
    complete_reminder(&mut portfolio, snoozed, date("2025-10-11"), CareLogId::from("cr_call".to_string()), "")
        .expect("done");
    assert!(ids_from(&portfolio, "2025-10-11", 14).iter().all(|(id, _)| *id != call.id), "done");
    let entry = portfolio.get::<CareLogEntry>(&CareLogId::from("cr_call".to_string())).expect("care logged");
    assert_eq!(entry.reminder_id.as_deref(), Some(call.id.as_str()));

    dismiss_reminder(&mut dismissed, &call.id, date("2025-10-11")).expect("dismissed");
    assert!(ids_from(&dismissed, "2025-10-11", 14).iter().all(|(id, _)| *id != call.id), "dismissed");
}

#[test]
fn a_reminder_snoozed_twice_comes_back_on_the_last_day_only() {
    let mut portfolio = a_book();
    let call = the_birthday_call(&portfolio, "2025-10-10");
    snooze_reminder(&mut portfolio, &call, date("2025-10-10"), date("2025-10-11")).expect("snoozed");
    let tomorrow = agenda(&portfolio, date("2025-10-11"), 1, shanghai()).expect("agenda");
    let snoozed = tomorrow.iter().find(|r| r.id == call.id).expect("back tomorrow");
    snooze_reminder(&mut portfolio, snoozed, date("2025-10-11"), date("2025-10-13")).expect("snoozed again");

    assert!(ids_from(&portfolio, "2025-10-11", 2).iter().all(|(id, _)| *id != call.id), "not on the 11th or 12th");
    let back = agenda(&portfolio, date("2025-10-13"), 14, shanghai()).expect("agenda");
    let again = back.iter().find(|r| r.id == call.id).expect("back on the 13th");
    assert_eq!((again.date, again.occasion_date), (date("2025-10-13"), date("2025-10-10")));
    assert_eq!(again.snoozed_until, Some(date("2025-10-13")));
}

#[test]
fn a_snooze_recorded_without_its_due_day_is_found_from_the_day_it_was_made() {
    let mut portfolio = a_book();
    let call = the_birthday_call(&portfolio, "2025-10-10");
    let state = ReminderState {
        status: ReminderStatus::Snoozed,
        snoozed_until: Some(date("2025-10-12")),
        on: date("2025-10-08"),
        care_log_id: None,
        due: None,
    };
    portfolio.act("Snooze as an older build did", |action| set_reminder_state(action, &call.id, &state)).expect("set");
    assert!(ids_from(&portfolio, "2025-10-12", 7).contains(&(call.id.clone(), date("2025-10-12"))));
}

#[test]
fn a_reminder_is_found_by_its_id_prefix() {
    let portfolio = a_book();
    let reminders = agenda(&portfolio, date("2025-09-29"), 14, shanghai()).expect("agenda");
    let found = find_reminder(&portfolio, &reminders[0].id[..8], date("2025-09-29"), shanghai()).expect("found");
    assert_eq!(found.id, reminders[0].id);
}

/// The arrears reminders of the agenda from `from` for `days` days: (id, date, kind).
fn arrears_from(portfolio: &Portfolio, from: &str, days: u32) -> Vec<(String, Date, ReminderKind)> {
    let reminders = agenda(portfolio, date(from), days, shanghai()).expect("agenda");
    reminders
        .into_iter()
        .filter(|r| matches!(r.kind, ReminderKind::ArrearsDue | ReminderKind::ArrearsOverdue))
        .map(|r| (r.id, r.date, r.kind))
        .collect()
}

#[test]
fn arrears_keep_their_id_from_due_to_overdue_and_stay_dismissed() {
    let mut portfolio = a_book();
    let [(id, due, ReminderKind::ArrearsDue)] = &arrears_from(&portfolio, "2025-08-25", 7)[..] else {
        panic!("the arrears fall due on the 31st");
    };
    assert_eq!(*due, date("2025-08-31"));
    for from in ["2025-09-01", "2025-09-29", "2026-11-25"] {
        let overdue = arrears_from(&portfolio, from, 7);
        assert_eq!(overdue, [(id.clone(), date(from), ReminderKind::ArrearsOverdue)], "overdue from {from}");
    }

    let found = find_reminder(&portfolio, id, date("2025-09-29"), shanghai()).expect("found while overdue");
    dismiss_reminder(&mut portfolio, &found.id, date("2025-09-29")).expect("dismissed");
    for from in ["2025-09-29", "2025-09-30", "2026-11-25"] {
        assert_eq!(arrears_from(&portfolio, from, 7), [], "still dismissed from {from}");
    }
}

#[test]
fn undated_arrears_are_one_reminder_snoozed_and_done_whatever_the_day() {
    let mut portfolio = a_book();
    let mill = ClientId::from("cl_mill".to_string());
    let undated = |client: &mut Client| {
        client.arrears_due = None;
        Ok(())
    };
    portfolio.update::<Client>(&mill, "Edit", undated).expect("undated");
    let on_the_1st = arrears_from(&portfolio, "2025-10-01", 1);
    let on_the_15th = arrears_from(&portfolio, "2025-10-15", 1);
    assert_eq!(on_the_1st[0].0, on_the_15th[0].0, "one id on every day");
    let id = on_the_1st[0].0.clone();

    let found = find_reminder(&portfolio, &id, date("2025-10-15"), shanghai()).expect("found");
    snooze_reminder(&mut portfolio, &found, date("2025-10-15"), date("2025-10-18")).expect("snoozed");
    assert_eq!(arrears_from(&portfolio, "2025-10-16", 1), [], "snoozed");
    let back = arrears_from(&portfolio, "2025-10-16", 7);
    assert_eq!(back, [(id.clone(), date("2025-10-18"), ReminderKind::ArrearsOverdue)], "back on the 18th");

    let snoozed = find_reminder(&portfolio, &id, date("2025-10-18"), shanghai()).expect("found");
    complete_reminder(&mut portfolio, &snoozed, date("2025-10-18"), CareLogId::from("cr_paid".to_string()), "")
        .expect("done");
    assert_eq!(arrears_from(&portfolio, "2025-10-19", 30), [], "done for good");

    let less = |client: &mut Client| {
        client.arrears = Some(Money::parse("800", "CNY").expect("money"));
        Ok(())
    };
    portfolio.update::<Client>(&mill, "Edit", less).expect("new arrears");
    let new = arrears_from(&portfolio, "2025-10-19", 1);
    assert!(new.len() == 1 && new[0].0 != id, "new arrears are a new reminder: {new:?}");
}

#[test]
fn a_document_from_before_reminder_states_reads_as_having_none() {
    let mut portfolio = a_book();
    let loaded = Portfolio::load(&portfolio.save()).expect("load");
    assert!(reminder_states(&loaded).expect("states").is_empty());
}

#[test]
fn states_written_on_two_devices_that_both_created_the_map_are_kept() {
    let mut laptop = a_book();
    let mut desktop = another_device(&mut laptop);
    dismiss_reminder(&mut laptop, "rm_aaaaaaaaaa", date("2025-09-29")).expect("dismissed");
    dismiss_reminder(&mut desktop, "rm_bbbbbbbbbb", date("2025-09-29")).expect("dismissed");
    laptop.merge(&mut desktop).expect("sync");
    let states = reminder_states(&laptop).expect("states");
    assert!(states.contains_key("rm_aaaaaaaaaa") && states.contains_key("rm_bbbbbbbbbb"), "{states:?}");
}

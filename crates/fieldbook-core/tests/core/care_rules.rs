//! Care rules per tier: kept in the settings, defaults for older documents,
//! validated, used by the agenda, merged across devices.

use automerge::{AutoCommit, ROOT, ReadDoc, transaction::Transactable};
use fieldbook_core::{
    Birthday, CareChannel, CareRules, Contact, ContactId, Date, Fields, Portfolio, ReminderAction, ReminderKind, Tier,
    agenda, rules_text,
};

use fieldbook_fixtures::{a_portfolio, add_client, another_device, date, shanghai};

/// A portfolio with a tier-B client whose key person 李经理 was born on 1980-10-10.
fn a_tier_b_key_person() -> Portfolio {
    let mut portfolio = a_portfolio();
    let bank = add_client(&mut portfolio, "江南银行", Tier::B);
    let mut contact = Contact::new(ContactId::from("ct_li".to_string()), bank, "李经理");
    contact.key_person = true;
    contact.birthday = Some("1980-10-10".parse::<Birthday>().expect("a birthday"));
    portfolio.add(contact).expect("contact added");
    portfolio
}

/// (date, action) of every birthday reminder from 2025-10-01 for 14 days.
fn birthday_actions(portfolio: &Portfolio) -> Vec<(Date, ReminderAction)> {
    agenda(portfolio, date("2025-10-01"), 14, shanghai())
        .expect("agenda")
        .into_iter()
        .filter(|r| r.kind == ReminderKind::Birthday)
        .map(|r| (r.date, r.action))
        .collect()
}

#[test]
fn a_new_portfolio_has_the_default_rules_and_the_agenda_follows_edits() {
    let mut portfolio = a_tier_b_key_person();
    assert_eq!(portfolio.settings().expect("settings").care_rules, CareRules::default());
    assert_eq!(birthday_actions(&portfolio), vec![(date("2025-10-10"), ReminderAction::Care(CareChannel::Call))]);

    let commits = portfolio.history().len();
    portfolio.update_settings(|s| s.set_field("care.B.birthday", "2 gift:红酒; 0 message")).expect("rules changed");
    assert_eq!(portfolio.history().len(), commits + 1, "one commit");
    assert_eq!(
        birthday_actions(&portfolio),
        vec![
            (date("2025-10-08"), ReminderAction::Care(CareChannel::Gift("红酒".into()))),
            (date("2025-10-10"), ReminderAction::Care(CareChannel::Message)),
        ]
    );
    let rules = portfolio.settings().expect("settings").care_rules;
    assert_eq!(rules_text(&rules.b.birthday), "2 gift:红酒; 0 message");
}

#[test]
fn a_document_written_before_care_rules_reads_the_defaults() {
    let mut portfolio = a_tier_b_key_person();
    let mut doc = AutoCommit::load(&portfolio.save()).expect("automerge");
    let (_, settings) = doc.get(ROOT, "settings").expect("read").expect("settings");
    doc.delete(&settings, "care_rules").expect("deleted");
    let older = Portfolio::load(&doc.save()).expect("still a portfolio");
    assert_eq!(older.settings().expect("settings").care_rules, CareRules::default());
    assert_eq!(birthday_actions(&older), vec![(date("2025-10-10"), ReminderAction::Care(CareChannel::Call))]);
}

#[test]
fn bad_rules_name_the_field_and_change_nothing() {
    let mut portfolio = a_portfolio();
    let commits = portfolio.history().len();
    for (field, value, says) in [
        ("care.A.birthday", "61 call", "more than 60"),
        ("care.A.birthday", "0 call; 1 call", "'call' is used twice"),
        ("care.A.festival", "3 fax", "'fax' is not one of message, call, visit, gift:WHAT"),
        ("care.A.festival", "3 gift:", "a gift must say what it is"),
        ("care.B.birthday", "soon call", "'soon' in 'soon call' is not a number of days"),
        ("care.B.birthday", "call", "is not DAYS CHANNEL"),
        ("care.E.birthday", "0 call", "'E' is not one of A, B, C, D"),
        ("care.A.anniversary", "0 call", "not one of birthday, festival"),
        ("care.renewal_days", "0", "not a number of days 1–365"),
        ("notification_time", "25:00", "not a time HH:MM"),
    ] {
        let error = portfolio.update_settings(|s| s.set_field(field, value)).expect_err(value);
        assert!(error.is_bad_input(), "{error}");
        let text = error.to_string();
        assert!(text.starts_with(&format!("{field}: ")) && text.contains(says), "{field} = {value}: {text}");
    }
    assert_eq!(portfolio.history().len(), commits, "nothing committed");
    assert_eq!(portfolio.settings().expect("settings").care_rules, CareRules::default());
}

#[test]
fn no_rules_for_an_occasion_means_no_reminders() {
    let mut portfolio = a_tier_b_key_person();
    portfolio.update_settings(|s| s.set_field("care.B.birthday", "")).expect("cleared");
    assert_eq!(birthday_actions(&portfolio), vec![]);
}

#[test]
fn rule_edits_on_two_devices_both_survive_the_merge() {
    let mut laptop = a_portfolio();
    let mut desktop = another_device(&mut laptop);
    laptop.update_settings(|s| s.set_field("care.C.birthday", "1 call")).expect("laptop edit");
    desktop.update_settings(|s| s.set_field("care.renewal_days", "45")).expect("desktop edit");
    laptop.merge(&mut desktop).expect("sync");
    let rules = laptop.settings().expect("settings").care_rules;
    assert_eq!(rules_text(&rules.c.birthday), "1 call");
    assert_eq!(rules.renewal_days_before, 45);
}

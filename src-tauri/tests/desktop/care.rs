//! The care commands on a real data directory: care settings, greetings, and the
//! notifier's decision (announced once, also after the app starts again) and text
//! (written for the way the notification server reads it).

use chrono::{Datelike, Utc};
use fieldbook_actions::GreetingRequest;
use fieldbook_core::ContactField;
use fieldbook_core::{
    Birthday, CareLogEntry, Client, ClientField, ClientId, Contact, ContactId, Region, Settings, Tier,
};
use fieldbook_desktop::commands::{self, Desk};
use fieldbook_desktop::dto::{BodyFormat, Notice};

use crate::desks::new_contact;
use fieldbook_replica::Replica;
use serde_json::json;

/// A Polish manager's portfolio with a client of `tier` whose key person 'Jan Nowak'
/// was born on `birthday`, written through the replica as the CLI would.
fn a_desk_with_a_key_person(tier: Tier, birthday: &str) -> (tempfile::TempDir, Desk) {
    let data = tempfile::tempdir().expect("temp dir");
    let mut replica = Replica::create(data.path(), &Settings::new("Anna Kowalska", Region::Pl)).expect("create");
    let client = ClientId::from("cl_orlen".to_string());
    replica.apply(|p| p.add(Client::new(client.clone(), "PKN Orlen", tier))).expect("client");
    let mut jan = Contact::new(ContactId::from("ct_jan".to_string()), client, "Jan Nowak");
    jan.key_person = true;
    jan.title = "Prezes".into();
    jan.birthday = Some(birthday.parse::<Birthday>().expect("a birthday"));
    replica.apply(|p| p.add(jan)).expect("key person");
    let desk = Desk::new(data.path().to_path_buf());
    (data, desk)
}

fn christmas(tiers: &[&str]) -> GreetingRequest {
    GreetingRequest {
        holiday: Some("pl.christmas".into()),
        year: Some(2025),
        from: None,
        days: None,
        tiers: tiers.iter().map(|t| t.to_string()).collect(),
        language: None,
    }
}

#[test]
fn care_settings_cross_the_boundary_and_an_edit_is_one_setting() {
    let (_data, desk) = a_desk_with_a_key_person(Tier::A, "1970-05-17");
    let care = serde_json::to_value(commands::care_settings(&desk).expect("care")).expect("json");
    assert_eq!(
        care["tiers"][0],
        json!({ "tier": "A", "birthday": "3 gift:flowers or cake; 0 call", "festival": "3 visit" })
    );
    assert_eq!(care["renewalDays"], 30);
    assert_eq!(care["notificationTime"], "08:30");

    commands::set_setting(&desk, "care.C.festival", "1 message").expect("rule set");
    assert_eq!(commands::care_settings(&desk).expect("care").tiers[2].festival, "1 message");
    let error = serde_json::to_value(commands::set_setting(&desk, "care.A.birthday", "99 call").expect_err("too far"))
        .expect("json");
    assert_eq!(error["code"], "bad_input");
    assert_eq!(error["field"], "care.A.birthday");
}

#[test]
fn greetings_are_drafted_exported_and_marked_sent() {
    let (data, desk) = a_desk_with_a_key_person(Tier::A, "1970-05-17");
    let holidays = commands::greeting_holidays(&desk, &2025).expect("holidays");
    assert!(holidays.iter().any(|h| h.key == "pl.christmas" && h.date == "2025-12-25"), "{holidays:?}");

    let drafts =
        serde_json::to_value(commands::draft_greetings(&desk, &christmas(&["A"])).expect("drafts")).expect("json");
    assert_eq!(drafts[0]["contactId"], "ct_jan");
    assert!(drafts[0]["text"].as_str().expect("text").contains("Bożego Narodzenia"), "{drafts}");
    assert_eq!(commands::draft_greetings(&desk, &christmas(&["B"])).expect("drafts"), vec![]);
    let csv = commands::export_greetings_csv(&desk, &christmas(&["A"])).expect("csv");
    assert!(csv.lines().nth(1).expect("a row").starts_with("PKN Orlen,A,Jan Nowak,Prezes,pl,pl.christmas"), "{csv}");

    let bad = commands::mark_greetings_sent(&desk, &christmas(&["A"]), &["ct_jan".to_owned()], "fax");
    assert_eq!(bad.expect_err("no fax").field.as_deref(), Some("channel"));
    let sent = commands::mark_greetings_sent(&desk, &christmas(&["A"]), &["ct_jan".to_owned()], "message");
    assert_eq!(sent.expect("sent"), 1);
    let replica = Replica::open(data.path()).expect("open");
    let log = replica.portfolio().records::<CareLogEntry>().expect("care log");
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].note, drafts[0]["text"].as_str().expect("text"));
}

#[test]
fn birthday_greetings_are_drafted_for_a_date_range() {
    let (_data, desk) = a_desk_with_a_key_person(Tier::A, "1970-05-17");
    let birthdays = |from: &str, days: u32| GreetingRequest {
        holiday: None,
        year: None,
        from: Some(from.into()),
        days: Some(days),
        tiers: vec!["A".into()],
        language: None,
    };
    let drafts = commands::draft_greetings(&desk, &birthdays("2026-05-10", 14)).expect("drafts");
    assert_eq!(
        drafts.iter().map(|d| (d.contact_id.as_str(), d.date.as_str())).collect::<Vec<_>>(),
        [("ct_jan", "2026-05-17")]
    );
    assert!(drafts[0].text.contains("urodzin"), "{}", drafts[0].text);
    assert_eq!(commands::draft_greetings(&desk, &birthdays("2026-05-18", 14)).expect("drafts"), vec![]);
    let bad = commands::draft_greetings(&desk, &birthdays("May", 14)).expect_err("not a date");
    assert_eq!(bad.field.as_deref(), Some("from"));
}

/// Today in Warsaw as a birthday without a year.
fn born_today() -> String {
    let warsaw = Settings::new("Anna Kowalska", Region::Pl).time_zone;
    let today = Utc::now().with_timezone(&warsaw.0).date_naive();
    format!("--{:02}-{:02}", today.month(), today.day())
}

/// A desk whose tier-C key person (a message on the birthday, nothing before festivals)
/// was born today, announced from midnight: the birthday alone is due for announcing.
fn a_desk_with_a_birthday_to_announce() -> (tempfile::TempDir, Desk) {
    let (data, desk) = a_desk_with_a_key_person(Tier::C, &born_today());
    commands::set_setting(&desk, "notification_time", "00:00").expect("announce from midnight");
    (data, desk)
}

#[test]
fn todays_reminders_are_announced_once_even_after_a_restart() {
    let (data, desk) = a_desk_with_a_birthday_to_announce();
    let notice = commands::take_due_reminders(&desk).expect("decided").expect("the birthday call is due");
    assert_eq!(notice.title, "Przypomnienia na dziś: 1");
    assert_eq!(notice.body, "Jan Nowak, PKN Orlen: Wyślij wiadomość — urodziny");
    assert_eq!(commands::take_due_reminders(&desk).expect("decided"), None, "not twice");
    drop(desk);
    let restarted = Desk::new(data.path().to_path_buf());
    assert_eq!(commands::take_due_reminders(&restarted).expect("decided"), None, "not after a restart");
}

#[test]
fn a_notification_in_chinese_is_punctuated_in_chinese() {
    let (_data, desk) = a_desk_with_a_birthday_to_announce();
    commands::set_setting(&desk, "language", "zh-CN").expect("Chinese");

    let notice = commands::take_due_reminders(&desk).expect("decided").expect("the birthday message is due");
    assert_eq!(notice.title, "今日有 1 条提醒");
    assert_eq!(notice.body, "Jan Nowak，PKN Orlen：发送问候 — 生日");
}

#[test]
fn a_day_of_many_reminders_is_announced_as_the_first_five_and_a_count() {
    let (_data, desk) = a_desk_with_a_birthday_to_announce();
    for name in ["Adam Nowak", "Beata Nowak", "Cezary Nowak", "Dorota Nowak", "Edward Nowak", "Filip Nowak"] {
        let born = born_today();
        let person = new_contact(&[
            (ContactField::Name, name),
            (ContactField::KeyPerson, "yes"),
            (ContactField::Birthday, &born),
        ]);
        commands::add_contact(&desk, "cl_orlen", &person).expect("a key person");
    }

    let notice = commands::take_due_reminders(&desk).expect("decided").expect("seven birthdays are due");
    assert_eq!(notice.title, "Przypomnienia na dziś: 7");
    let lines: Vec<&str> = notice.body.lines().collect();
    assert_eq!(lines.len(), 6, "{}", notice.body);
    assert_eq!(lines[0], "Adam Nowak, PKN Orlen: Wyślij wiadomość — urodziny");
    assert_eq!(lines[5], "…i jeszcze 2");
}

#[test]
fn a_name_holding_markup_characters_is_escaped_for_a_server_reading_markup_only() {
    let (_data, desk) = a_desk_with_a_birthday_to_announce();
    commands::set_client_field(&desk, "cl_orlen", &ClientField::Name, "A&B <Ltd>").expect("renamed");
    let person = new_contact(&[
        (ContactField::Name, "Kowalski <Biuro>"),
        (ContactField::KeyPerson, "yes"),
        (ContactField::Birthday, &born_today()),
    ]);
    commands::add_contact(&desk, "cl_orlen", &person).expect("a key person");

    let notice = commands::take_due_reminders(&desk).expect("decided").expect("two birthdays are due");
    assert_eq!(
        notice.body_for(BodyFormat::PlainText),
        "Jan Nowak, A&B <Ltd>: Wyślij wiadomość — urodziny\nKowalski <Biuro>, A&B <Ltd>: Wyślij wiadomość — urodziny"
    );
    assert_eq!(
        notice.body_for(BodyFormat::Markup),
        "Jan Nowak, A&amp;B &lt;Ltd&gt;: Wyślij wiadomość — urodziny\n\
         Kowalski &lt;Biuro&gt;, A&amp;B &lt;Ltd&gt;: Wyślij wiadomość — urodziny"
    );
}

#[test]
fn only_the_characters_markup_reserves_are_escaped() {
    let notice =
        Notice { title: String::new(), body: "\"O'Brien\" & Co\r\n&amp; 5 > 3 < 4\n王总，华东电力".into() };
    assert_eq!(
        notice.body_for(BodyFormat::Markup),
        "\"O'Brien\" &amp; Co\r\n&amp;amp; 5 &gt; 3 &lt; 4\n王总，华东电力"
    );
}

#[test]
fn a_server_reads_markup_only_when_it_lists_body_markup() {
    // What dunst 1.9 answers `GetCapabilities` with, configured without and with `markup`.
    let dunst = ["actions", "body", "body-hyperlinks", "icon-static", "x-dunst-stack-tag"];
    assert_eq!(BodyFormat::of_server(&dunst), BodyFormat::PlainText);
    assert_eq!(BodyFormat::of_server(&[&dunst[..], &["body-markup"]].concat()), BodyFormat::Markup);
    assert_eq!(BodyFormat::of_server::<String>(&[]), BodyFormat::PlainText);
}

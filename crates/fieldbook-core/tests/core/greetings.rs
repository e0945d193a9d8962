//! Greetings: templates with placeholders, drafts for a festival or for the
//! birthdays in a range, CSV, marking sent.

use expect_test::expect;
use fieldbook_core::{
    CareChannel, CareLogEntry, CareLogId, Client, ClientId, ClientStatus, Contact, ContactId, Date, Fields, Language,
    Occasion, Portfolio, Tier, draft_birthday_greetings, draft_holiday_greetings, mark_greetings_sent,
};
use fieldbook_formats::greetings_csv;

use fieldbook_fixtures::{a_portfolio, add_client, date};

/// Adds a key person (or, with `key_person` false, an ordinary contact) of `client`.
fn add_person(portfolio: &mut Portfolio, client: &ClientId, name: &str, title: &str, key_person: bool) -> ContactId {
    let mut contact = Contact::new(ContactId::from(format!("ct_{name}")), client.clone(), name);
    contact.title = title.into();
    contact.key_person = key_person;
    portfolio.add(contact).expect("contact added")
}

/// Key persons at a tier-A, a tier-B and a tier-C client, an ordinary contact at
/// the tier-A client, and a key person at a lost tier-A client.
fn a_book() -> Portfolio {
    let mut portfolio = a_portfolio();
    let power = add_client(&mut portfolio, "华东电力", Tier::A);
    add_person(&mut portfolio, &power, "王总", "总经理", true);
    add_person(&mut portfolio, &power, "小张", "前台", false);
    let bank = add_client(&mut portfolio, "江南银行", Tier::B);
    add_person(&mut portfolio, &bank, "李经理", "行长", true);
    let mill = add_client(&mut portfolio, "纺织厂", Tier::C);
    add_person(&mut portfolio, &mill, "赵厂长", "厂长", true);
    let mut gone = Client::new(ClientId::from("cl_gone".to_string()), "已流失", Tier::A);
    gone.status = ClientStatus::Lost;
    portfolio.add(gone).expect("client added");
    add_person(&mut portfolio, &ClientId::from("cl_gone".to_string()), "钱总", "总裁", true);
    portfolio
}

fn drafts(portfolio: &Portfolio, key: &str, language: Option<Language>) -> Vec<String> {
    draft_holiday_greetings(portfolio, key, 2025, &[Tier::A, Tier::B], language)
        .expect("drafts")
        .iter()
        .map(|d| format!("{} {} {} {}: {}", d.date, d.tier, d.client_name, d.contact_name, d.text))
        .collect()
}

#[test]
fn every_key_person_of_the_chosen_tiers_gets_a_draft_from_the_festival_template() {
    let portfolio = a_book();
    expect![[r#"
        2025-10-06 A 华东电力 王总: 尊敬的王总：月圆中秋，祝您及家人中秋快乐、花好月圆！Li Na敬上
        2025-10-06 B 江南银行 李经理: 尊敬的李经理：月圆中秋，祝您及家人中秋快乐、花好月圆！Li Na敬上"#]]
    .assert_eq(&drafts(&portfolio, "cn.mid_autumn", None).join("\n"));
    // A festival without a template of its own takes the holiday template, here in English.
    expect![[r#"
        2025-05-01 A 华东电力 王总: Dear 王总, warm wishes for Labour Day to you and everyone at 华东电力. — Li Na
        2025-05-01 B 江南银行 李经理: Dear 李经理, warm wishes for Labour Day to you and everyone at 江南银行. — Li Na"#]]
    .assert_eq(&drafts(&portfolio, "cn.labour_day", Some(Language::En)).join("\n"));
}

#[test]
fn the_managers_templates_beat_the_defaults_and_an_empty_one_puts_the_default_back() {
    let mut portfolio = a_book();
    portfolio
        .update_settings(|s| {
            s.set_field("greeting.zh-CN.holiday", "{title}{name}，{holiday}快乐！—— {client}之友{manager}")
        })
        .expect("template set");
    let labour_day = drafts(&portfolio, "cn.labour_day", None);
    assert_eq!(labour_day[0], "2025-05-01 A 华东电力 王总: 总经理王总，劳动节快乐！—— 华东电力之友Li Na");
    assert!(drafts(&portfolio, "cn.mid_autumn", None)[0].contains("月圆中秋"), "its own default still wins");

    portfolio.update_settings(|s| s.set_field("greeting.zh-CN.holiday", "")).expect("reset");
    assert!(drafts(&portfolio, "cn.labour_day", None)[0].contains("诚挚的问候"));
    assert!(portfolio.settings().expect("settings").greetings.is_empty());
}

#[test]
fn a_bad_template_names_the_placeholder_and_changes_nothing() {
    let mut portfolio = a_book();
    let commits = portfolio.history().len();
    for (field, template, says) in [
        (
            "greeting.en.birthday",
            "Dear {nmae}!",
            "unknown placeholder {nmae}; use {name}, {title}, {client}, {holiday}, {manager}",
        ),
        ("greeting.en.birthday", "Happy {holiday}", "{holiday} has no value in a birthday greeting"),
        ("greeting.en.holiday", "Dear {name, happy {holiday}", "the placeholder at '{name, happy' is not closed"),
        ("greeting.en.generic", "Thanks} {name}", "a '}' without its '{'"),
        ("greeting.fr.birthday", "Bon anniversaire", "'fr' is not one of en, zh-CN, pl, az"),
        ("greeting.en.wedding", "Congratulations", "'wedding' is not birthday, holiday, generic or a holiday key"),
    ] {
        let error = portfolio.update_settings(|s| s.set_field(field, template)).expect_err(template);
        let text = error.to_string();
        assert!(error.is_bad_input() && text.starts_with(&format!("{field}: ")) && text.contains(says), "{text}");
    }
    assert_eq!(portfolio.history().len(), commits);
}

#[test]
fn an_unknown_holiday_is_refused_with_the_region_keys() {
    let error = draft_holiday_greetings(&a_book(), "pl.easter", 2025, &[Tier::A], None).expect_err("not in CN");
    assert!(error.to_string().contains("no holiday 'pl.easter' in CN 2025; there are cn.new_year"), "{error}");
}

#[test]
fn drafts_export_as_csv_for_excel() {
    let mut portfolio = a_book();
    portfolio.update_settings(|s| s.set_field("greeting.en.holiday", "Dear {name}, \"happy\" {holiday}")).expect("set");
    let drafts =
        draft_holiday_greetings(&portfolio, "cn.labour_day", 2025, &[Tier::A], Some(Language::En)).expect("drafts");
    let csv = greetings_csv(&drafts).expect("csv");
    expect![[r#"
        ﻿client,tier,person,title,language,occasion,date,greeting,contact_id
        华东电力,A,王总,总经理,en,cn.labour_day,2025-05-01,"Dear 王总, ""happy"" Labour Day",ct_王总
    "#]]
    .assert_eq(&csv);
}

#[test]
fn marking_drafts_sent_logs_each_in_one_commit() {
    let mut portfolio = a_book();
    let drafts = draft_holiday_greetings(&portfolio, "cn.mid_autumn", 2025, &[Tier::A, Tier::B], None).expect("drafts");
    let sent: Vec<(_, CareLogId)> =
        drafts.iter().enumerate().map(|(i, d)| (d.clone(), CareLogId::from(format!("cr_sent{i}")))).collect();
    let commits = portfolio.history().len();
    let on: Date = "2025-10-05".parse().expect("a date");
    mark_greetings_sent(&mut portfolio, &sent, &CareChannel::Message, on).expect("sent");
    assert_eq!(portfolio.history().len(), commits + 1, "one commit");
    assert_eq!(portfolio.history().last().map(String::as_str), Some("Send 2 greetings"));
    let entry = portfolio.get::<CareLogEntry>(&CareLogId::from("cr_sent0".to_string())).expect("logged");
    assert_eq!(entry.contact_id, drafts[0].contact_id);
    assert_eq!(entry.occasion, Occasion::Holiday("cn.mid_autumn".into()));
    assert_eq!(entry.channel, CareChannel::Message);
    assert_eq!(entry.note, drafts[0].text);
    assert_eq!(entry.date, on);
    assert!(mark_greetings_sent(&mut portfolio, &[], &CareChannel::Message, on).expect_err("none").is_bad_input());
}

/// Gives the person `name` of [`a_book`] a birthday.
fn born(portfolio: &mut Portfolio, name: &str, birthday: &str) {
    let id = ContactId::from(format!("ct_{name}"));
    portfolio
        .update::<Contact>(&id, "Edit contact", |contact| {
            contact.birthday = Some(birthday.parse().expect("a birthday"));
            Ok(())
        })
        .expect("birthday set");
}

/// [`a_book`] with birthdays: 王总 on lunar 8/15 (6 October 2025), 李经理 on
/// 10 October 1980, 赵厂长 on 8 October, 钱总 (of a lost client) on 7 October.
fn a_book_with_birthdays() -> Portfolio {
    let mut portfolio = a_book();
    born(&mut portfolio, "王总", "农历八月十五");
    born(&mut portfolio, "李经理", "1980-10-10");
    born(&mut portfolio, "赵厂长", "--10-08");
    born(&mut portfolio, "钱总", "--10-07");
    portfolio
}

#[test]
fn birthday_greetings_are_drafted_for_the_solar_and_lunar_birthdays_in_the_range() {
    let portfolio = a_book_with_birthdays();
    let drafts = |from: &str, days: u32, tiers: &[Tier]| -> String {
        let from = date(from);
        let drafts = draft_birthday_greetings(&portfolio, from, days, tiers, None).expect("drafts");
        let lines: Vec<String> = drafts
            .iter()
            .map(|d| format!("{} {} {} {}: {}", d.date, d.tier, d.client_name, d.contact_name, d.text))
            .collect();
        lines.join("\n")
    };
    expect![[r#"
        2025-10-06 A 华东电力 王总: 尊敬的王总：祝您生日快乐，身体健康，万事如意！Li Na敬上
        2025-10-10 B 江南银行 李经理: 尊敬的李经理：祝您生日快乐，身体健康，万事如意！Li Na敬上"#]]
    .assert_eq(&drafts("2025-10-01", 14, &[Tier::A, Tier::B]));
    assert_eq!(drafts("2025-10-07", 4, &[Tier::A, Tier::B, Tier::C, Tier::D]).lines().count(), 2, "赵厂长 and 李经理");
    assert_eq!(drafts("2025-10-11", 30, &[Tier::A, Tier::B, Tier::C]), "", "none in the range");
    // The lunar birthday moves: in 2026 中秋 is on 25 September.
    assert!(drafts("2026-09-20", 10, &[Tier::A]).starts_with("2026-09-25 A 华东电力 王总"));
}

#[test]
fn birthday_greetings_take_the_birthday_template_are_marked_sent_and_a_bad_range_is_refused() {
    let mut portfolio = a_book_with_birthdays();
    let from = date("2025-10-01");
    let english = draft_birthday_greetings(&portfolio, from, 7, &[Tier::A], Some(Language::En)).expect("drafts");
    assert_eq!(
        english[0].text,
        "Dear 王总, happy birthday! Wishing you good health and every success in the year ahead. — Li Na"
    );
    assert_eq!(english[0].occasion, Occasion::Birthday);
    let csv = greetings_csv(&english).expect("csv");
    assert!(csv.lines().nth(1).expect("a row").contains(",en,birthday,2025-10-06,"), "{csv}");

    for days in [0, 367] {
        let error = draft_birthday_greetings(&portfolio, from, days, &[Tier::A], None).expect_err("refused");
        assert!(error.to_string().contains("days"), "{error}");
    }
    let sent: Vec<_> = english.into_iter().map(|d| (d, CareLogId::from("cr_bday".to_string()))).collect();
    mark_greetings_sent(&mut portfolio, &sent, &CareChannel::Message, from).expect("marked sent");
    let entry = portfolio.get::<CareLogEntry>(&CareLogId::from("cr_bday".to_string())).expect("logged");
    assert_eq!((entry.occasion, entry.contact_id.to_string()), (Occasion::Birthday, "ct_王总".to_string()));
}

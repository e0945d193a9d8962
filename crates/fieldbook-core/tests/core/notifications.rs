//! Which reminders to announce: only today's, only from the notification time,
//! never twice — on one device or across two that merge.

use fieldbook_core::{
    Birthday, Contact, ContactId, Fields, Portfolio, Tier, agenda, mark_notified, notified_reminders,
    reminders_to_notify, snooze_reminder,
};

use fieldbook_fixtures::{a_portfolio, add_client, another_device, at, shanghai};

/// A tier-B key person born on 1980-10-10 (a call on the day) and a tier-A one
/// born on 1970-10-13 (flowers three days before: also on 10 October).
fn a_book() -> Portfolio {
    let mut portfolio = a_portfolio();
    for (client, tier, name, birthday) in
        [("江南银行", Tier::B, "李经理", "1980-10-10"), ("华东电力", Tier::A, "王总", "1970-10-13")]
    {
        let client = add_client(&mut portfolio, client, tier);
        let mut contact = Contact::new(ContactId::from(format!("ct_{name}")), client, name);
        contact.key_person = true;
        contact.birthday = Some(birthday.parse::<Birthday>().expect("a birthday"));
        portfolio.add(contact).expect("contact added");
    }
    portfolio
}

fn ids(portfolio: &Portfolio, now: &str) -> Vec<String> {
    reminders_to_notify(portfolio, at(now), shanghai()).expect("decided").into_iter().map(|r| r.id).collect()
}

#[test]
fn todays_reminders_are_announced_from_the_notification_time_once() {
    let mut portfolio = a_book();
    assert_eq!(ids(&portfolio, "2025-10-10T08:29:00+08:00"), Vec::<String>::new(), "before 08:30");
    let due = reminders_to_notify(&portfolio, at("2025-10-10T08:30:00+08:00"), shanghai()).expect("decided");
    let today = agenda(&portfolio, "2025-10-10".parse().expect("a date"), 1, shanghai()).expect("agenda");
    assert_eq!(due, today, "the call to 李经理 and the flowers for 王总");
    assert_eq!(due.len(), 2);

    let commits = portfolio.history().len();
    mark_notified(&mut portfolio, &due, at("2025-10-10T08:30:05+08:00"), shanghai()).expect("recorded");
    assert_eq!(portfolio.history().len(), commits + 1, "one commit");
    mark_notified(&mut portfolio, &due, at("2025-10-10T08:31:00+08:00"), shanghai()).expect("nothing new");
    assert_eq!(portfolio.history().len(), commits + 1, "no commit when nothing is new");
    assert_eq!(ids(&portfolio, "2025-10-10T17:00:00+08:00"), Vec::<String>::new(), "not again that day");

    let reopened = Portfolio::load(&portfolio.save()).expect("reloaded");
    assert_eq!(ids(&reopened, "2025-10-10T09:00:00+08:00"), Vec::<String>::new(), "not again after a restart");
    assert_eq!(ids(&reopened, "2025-10-11T09:00:00+08:00"), Vec::<String>::new(), "nothing due the next day");
}

#[test]
fn a_reminder_announced_on_one_device_is_not_announced_on_the_other_after_a_merge() {
    let mut laptop = a_book();
    let mut desktop = another_device(&mut laptop);
    let due = reminders_to_notify(&laptop, at("2025-10-10T08:30:00+08:00"), shanghai()).expect("decided");
    mark_notified(&mut laptop, &due[..1], at("2025-10-10T08:30:00+08:00"), shanghai()).expect("laptop announced one");
    mark_notified(&mut desktop, &due[1..], at("2025-10-10T08:31:00+08:00"), shanghai())
        .expect("desktop announced the other");
    desktop.merge(&mut laptop).expect("sync");
    laptop.merge(&mut desktop).expect("sync");
    for device in [&laptop, &desktop] {
        assert_eq!(ids(device, "2025-10-10T12:00:00+08:00"), Vec::<String>::new());
        assert_eq!(notified_reminders(device).expect("read").len(), 2, "both maps are read");
    }
}

#[test]
fn a_snoozed_reminder_is_announced_at_the_notification_time_of_its_new_day() {
    let mut portfolio = a_book();
    let due = reminders_to_notify(&portfolio, at("2025-10-10T08:30:00+08:00"), shanghai()).expect("decided");
    let (on, until) = ("2025-10-10".parse().expect("a date"), "2025-10-12".parse().expect("a date"));
    snooze_reminder(&mut portfolio, &due[0], on, until).expect("snoozed");
    assert!(!ids(&portfolio, "2025-10-10T09:00:00+08:00").contains(&due[0].id), "not today any more");
    let three_days = agenda(&portfolio, on, 3, shanghai()).expect("agenda");
    let snoozed = three_days.iter().find(|r| r.id == due[0].id).expect("on its new day");
    assert_eq!(snoozed.date, until);
    assert_eq!(snoozed.notify_at, at("2025-10-12T08:30:00+08:00"));
}

#[test]
fn a_reminder_announced_then_snoozed_to_tomorrow_is_announced_tomorrow_once() {
    let mut portfolio = a_book();
    let due = reminders_to_notify(&portfolio, at("2025-10-10T08:30:00+08:00"), shanghai()).expect("decided");
    mark_notified(&mut portfolio, &due, at("2025-10-10T08:30:00+08:00"), shanghai()).expect("announced today");
    let (on, tomorrow) = ("2025-10-10".parse().expect("a date"), "2025-10-11".parse().expect("a date"));
    snooze_reminder(&mut portfolio, &due[0], on, tomorrow).expect("snoozed");

    assert_eq!(ids(&portfolio, "2025-10-11T08:29:00+08:00"), Vec::<String>::new(), "before 08:30");
    let again = reminders_to_notify(&portfolio, at("2025-10-11T08:30:00+08:00"), shanghai()).expect("decided");
    assert_eq!(again.iter().map(|r| &r.id).collect::<Vec<_>>(), [&due[0].id], "only the snoozed one");
    assert_eq!(again[0].notify_at, at("2025-10-11T08:30:00+08:00"));
    mark_notified(&mut portfolio, &again, at("2025-10-11T08:30:02+08:00"), shanghai()).expect("announced tomorrow");
    assert_eq!(ids(&portfolio, "2025-10-11T18:00:00+08:00"), Vec::<String>::new(), "not twice");
    let reopened = Portfolio::load(&portfolio.save()).expect("reloaded");
    assert_eq!(ids(&reopened, "2025-10-11T19:00:00+08:00"), Vec::<String>::new(), "not after a restart");
}

#[test]
fn a_notification_time_moved_later_the_same_day_announces_nothing_again() {
    let mut portfolio = a_book();
    let due = reminders_to_notify(&portfolio, at("2025-10-10T08:30:00+08:00"), shanghai()).expect("decided");
    mark_notified(&mut portfolio, &due, at("2025-10-10T08:30:05+08:00"), shanghai()).expect("announced at 08:30");
    portfolio.update_settings(|s| s.set_field("notification_time", "10:00")).expect("moved to 10:00");

    assert_eq!(ids(&portfolio, "2025-10-10T10:00:00+08:00"), Vec::<String>::new(), "not again at 10:00");
}

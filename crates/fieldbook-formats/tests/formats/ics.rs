//! `export_ics`: planned visits and reminders as RFC 5545, read back with an
//! independent parser (`ical`).

use fieldbook_core::{
    Birthday, CareLogId, Case, CaseChannel, CaseEvent, CaseId, CaseStep, Client, ClientId, Contact, ContactId, Fields,
    Instant, Portfolio, Severity, Text, Tier, Visit, VisitId, VisitStatus, agenda, complete_reminder,
};
use fieldbook_formats::export_ics;
use ical::parser::ical::component::{IcalCalendar, IcalEvent};

use fieldbook_fixtures::{a_portfolio, at, date, plan_visit, shanghai};

fn now() -> Instant {
    "2025-09-30T08:00:00+08:00".parse().expect("an instant")
}

/// A tier-A client whose name needs escaping and whose address needs folding,
/// its key person born on 1970-10-05, a visit planned on 3 October at 10:00
/// Shanghai time and one cancelled.
fn a_book() -> Portfolio {
    let mut portfolio = a_portfolio();
    let id = ClientId::from("cl_power".to_string());
    let mut client = Client::new(id.clone(), "华东电力, 上海; 总部", Tier::A);
    client.address = "上海市浦东新区世纪大道 1000 号 华东电力大厦 28 层, 客户服务中心 (请在前台登记)".into();
    portfolio.add(client).expect("client added");
    let mut boss = Contact::new(ContactId::from("ct_wang".to_string()), id.clone(), "王总");
    boss.key_person = true;
    boss.birthday = Some("1970-10-05".parse::<Birthday>().expect("a birthday"));
    portfolio.add(boss).expect("contact added");
    plan_visit(&mut portfolio, &id, "vi_planned", "2025-10-03");
    let cancelled = plan_visit(&mut portfolio, &id, "vi_cancelled", "2025-10-04");
    portfolio
        .update::<Visit>(&cancelled, "Cancel", |v| {
            v.status = VisitStatus::Cancelled;
            Ok(())
        })
        .expect("cancelled");
    portfolio
}

fn parse(text: &str) -> IcalCalendar {
    let mut calendars = ical::IcalParser::new(text.as_bytes());
    let calendar = calendars.next().expect("one calendar").expect("valid iCalendar");
    assert!(calendars.next().is_none(), "exactly one calendar");
    calendar
}

fn value<'a>(event: &'a IcalEvent, name: &str) -> &'a str {
    event.properties.iter().find(|p| p.name == name).and_then(|p| p.value.as_deref()).unwrap_or("")
}

fn param(event: &IcalEvent, name: &str, param: &str) -> Option<String> {
    let property = event.properties.iter().find(|p| p.name == name)?;
    property.params.as_ref()?.iter().find(|(n, _)| n == param).map(|(_, values)| values.join(","))
}

fn event<'a>(calendar: &'a IcalCalendar, uid: &str) -> &'a IcalEvent {
    calendar.events.iter().find(|e| value(e, "UID") == uid).unwrap_or_else(|| panic!("no event {uid}"))
}

#[test]
fn visits_and_reminders_are_valid_icalendar_events() {
    let portfolio = a_book();
    let text = export_ics(&portfolio, date("2025-10-01"), 7, shanghai(), now()).expect("export");
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "a line of {} octets: {line}", line.len());
        assert!(!line.contains('\n'), "lines end with CRLF");
        // Regression: icalendar 0.17 folded after the space in "28 层", and readers
        // that trim line ends (as `ical` does) lost it.
        assert!(!line.ends_with(' ') && !line.starts_with("  "), "a fold beside a space: {line:?}");
    }
    let calendar = parse(&text);
    let version = calendar.properties.iter().find(|p| p.name == "VERSION").and_then(|p| p.value.clone());
    assert_eq!(version.as_deref(), Some("2.0"));

    let visit = event(&calendar, "vi_planned@fieldbook");
    assert_eq!(value(visit, "DTSTART"), "20251003T020000Z", "10:00 in Shanghai");
    assert_eq!(value(visit, "DTEND"), "20251003T030000Z");
    assert_eq!(value(visit, "SUMMARY"), r"华东电力\, 上海\; 总部", "escaped");
    assert_eq!(
        value(visit, "LOCATION"),
        r"上海市浦东新区世纪大道 1000 号 华东电力大厦 28 层\, 客户服务中心 (请在前台登记)",
        "unfolded whole"
    );
    assert!(
        calendar.events.iter().all(|e| value(e, "UID") != "vi_cancelled@fieldbook"),
        "cancelled visits are left out"
    );

    let reminders = agenda(&portfolio, date("2025-10-01"), 7, shanghai()).expect("agenda");
    assert_eq!(calendar.events.len(), 1 + reminders.len());
    for reminder in &reminders {
        let event = event(&calendar, &format!("{}@fieldbook", reminder.id));
        assert_eq!(param(event, "DTSTART", "VALUE").as_deref(), Some("DATE"));
        assert_eq!(value(event, "DTSTART"), reminder.date.0.format("%Y%m%d").to_string());
        let next = reminder.date.0.succ_opt().expect("a next day");
        assert_eq!(value(event, "DTEND"), next.format("%Y%m%d").to_string());
    }
    let flowers = calendar.events.iter().find(|e| value(e, "SUMMARY").starts_with("gift:")).expect("flowers");
    assert!(value(flowers, "SUMMARY").contains("王总"), "{}", value(flowers, "SUMMARY"));

    for event in &calendar.events {
        assert_eq!(value(event, "DTSTAMP"), "20250930T000000Z");
        assert!(
            event.properties.iter().all(|p| p.name != "ATTENDEE" && p.name != "ORGANIZER"),
            "the client is never invited"
        );
    }
}

#[test]
fn uids_stay_the_same_across_exports_and_done_reminders_leave() {
    let mut portfolio = a_book();
    let first = export_ics(&portfolio, date("2025-10-01"), 7, shanghai(), now()).expect("export");
    assert_eq!(first, export_ics(&portfolio, date("2025-10-01"), 7, shanghai(), now()).expect("again"));
    let uids = |text: &str| -> Vec<String> {
        parse(text).events.iter().map(|e| value(e, "UID").to_string()).collect::<Vec<_>>()
    };

    let reminder = agenda(&portfolio, date("2025-10-01"), 7, shanghai()).expect("agenda").remove(0);
    complete_reminder(&mut portfolio, &reminder, date("2025-10-02"), CareLogId::from("cr_done".to_string()), "")
        .expect("done");
    portfolio
        .update::<Visit>(&VisitId::from("vi_planned".to_string()), "Edit", |v| v.set_field("time", "15:00"))
        .expect("moved");
    let second = export_ics(&portfolio, date("2025-10-01"), 7, shanghai(), now()).expect("export");
    let expected: Vec<String> =
        uids(&first).into_iter().filter(|uid| *uid != format!("{}@fieldbook", reminder.id)).collect();
    assert_eq!(uids(&second), expected);
    assert_eq!(value(event(&parse(&second), "vi_planned@fieldbook"), "DTSTART"), "20251003T070000Z");
}

/// The power company's outage, high (answer in 4 working hours, resolve in 3
/// working days), received on Monday 13 October 2025 at 09:00 in Shanghai.
fn an_outage(portfolio: &mut Portfolio) -> CaseId {
    let id = CaseId::from("cs_outage".to_string());
    let opened_at = at("2025-10-13T09:00:00+08:00");
    portfolio
        .add(Case {
            id: id.clone(),
            client_id: ClientId::from("cl_power".to_string()),
            raised_by: None,
            opened_at,
            channel: CaseChannel::Phone,
            category: "停电".into(),
            severity: Severity::High,
            description: Text::with_value("总部停电"),
            events: [("ev_open".to_string(), CaseEvent::new(CaseStep::Open, opened_at, opened_at, "Li Na"))].into(),
            removed: false,
        })
        .expect("case added");
    id
}

/// The response deadline was written while the response clock was not "met", so
/// a case answered late kept a "response due" event after its reply.
#[test]
fn a_case_answered_late_keeps_only_its_resolution_deadline() {
    let mut portfolio = a_book();
    let case = an_outage(&mut portfolio);
    let evening = at("2025-10-13T17:00:00+08:00");
    let uids = |portfolio: &Portfolio| -> Vec<String> {
        let text = export_ics(portfolio, date("2025-10-13"), 7, shanghai(), evening).expect("export");
        let mut uids: Vec<String> = parse(&text)
            .events
            .iter()
            .map(|e| value(e, "UID").to_string())
            .filter(|uid| uid.starts_with("cs_"))
            .collect();
        uids.sort();
        uids
    };
    assert_eq!(uids(&portfolio), ["cs_outage-resolution@fieldbook", "cs_outage-response@fieldbook"]);
    let text = export_ics(&portfolio, date("2025-10-13"), 7, shanghai(), evening).expect("export");
    assert_eq!(
        value(event(&parse(&text), "cs_outage-response@fieldbook"), "DTSTART"),
        "20251013T050000Z",
        "13:00 in Shanghai"
    );
    let reply = CaseEvent {
        channel: Some(CaseChannel::Phone),
        ..CaseEvent::new(CaseStep::Reply, at("2025-10-13T15:00:00+08:00"), at("2025-10-13T15:00:00+08:00"), "Li Na")
    };
    portfolio
        .update::<Case>(&case, "Reply on", |case| {
            *case = case.with_step("ev_reply".into(), reply)?;
            Ok(())
        })
        .expect("replied, two hours late");
    assert_eq!(uids(&portfolio), ["cs_outage-resolution@fieldbook"]);
}

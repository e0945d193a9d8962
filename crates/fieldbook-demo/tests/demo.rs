//! The demo portfolio: deterministic, realistic in size, valid record by
//! record, with the calendar's edge cases, and with a history that ends today.

#![allow(clippy::unwrap_used, reason = "a test fails loudly on an unexpected error, which is what it is for")]

use fieldbook_core::{
    ActorId, Birthday, CareLogEntry, Case, Client, ClientStatus, Contact, Date, Portfolio, Record, Region, Settings,
    Task, Tier, Visit, VisitStatus,
};
use fieldbook_demo::{ClientMix, DemoSpec, DemoSummary, generate_demo};

fn today() -> Date {
    "2026-03-09".parse().expect("a date")
}

fn all_regions() -> ClientMix {
    ClientMix::Regions(vec![Region::Cn, Region::Pl, Region::Az])
}

fn spec(clients: usize, seed: u64, mix: ClientMix) -> DemoSpec {
    DemoSpec { mix, ..DemoSpec::new(clients, seed, today()) }
}

/// A fresh portfolio of a manager in `region` with the demo `spec` written into it.
fn demo(region: Region, spec: &DemoSpec) -> (Portfolio, DemoSummary) {
    let mut portfolio = Portfolio::create(&Settings::new("Demo Manager", region), ActorId::from(vec![7u8; 16]))
        .expect("a new portfolio");
    let summary = generate_demo(&mut portfolio, spec).expect("the demo is written");
    (portfolio, summary)
}

/// Every record of the portfolio, by kind.
#[derive(Debug, PartialEq)]
struct Records {
    clients: Vec<Client>,
    contacts: Vec<Contact>,
    visits: Vec<Visit>,
    cases: Vec<Case>,
    tasks: Vec<Task>,
    care_log: Vec<CareLogEntry>,
}

fn records(portfolio: &Portfolio) -> Records {
    Records {
        clients: portfolio.records().expect("clients"),
        contacts: portfolio.records().expect("contacts"),
        visits: portfolio.records().expect("visits"),
        cases: portfolio.records().expect("cases"),
        tasks: portfolio.records().expect("tasks"),
        care_log: portfolio.records().expect("care log"),
    }
}

fn key_birthdays(records: &Records) -> Vec<Birthday> {
    records.contacts.iter().filter(|c| c.key_person).filter_map(|c| c.birthday).collect()
}

fn is_leap_lunar(birthday: &Birthday) -> bool {
    matches!(birthday, Birthday::Lunar { leap: true, .. })
}

#[test]
fn the_same_seed_writes_the_same_records() {
    let (first, _) = demo(Region::Pl, &spec(12, 42, all_regions()));
    let (second, _) = demo(Region::Pl, &spec(12, 42, all_regions()));
    assert_eq!(records(&first), records(&second));
}

#[test]
fn another_seed_writes_other_records() {
    let (first, _) = demo(Region::Pl, &spec(12, 42, all_regions()));
    let (second, _) = demo(Region::Pl, &spec(12, 43, all_regions()));
    let names =
        |portfolio: &Portfolio| -> Vec<String> { records(portfolio).clients.into_iter().map(|c| c.name).collect() };
    assert_ne!(records(&first).clients, records(&second).clients);
    assert_ne!(names(&first), names(&second));
}

#[test]
fn a_fifty_client_demo_has_realistic_counts() {
    let (mut portfolio, summary) = demo(Region::Cn, &spec(50, 7, all_regions()));
    let records = records(&portfolio);

    assert_eq!(summary.clients, 50);
    assert_eq!(summary.commits, 50);
    assert!((150..=350).contains(&summary.contacts), "about 5 contacts per client: {summary:?}");
    assert!((50..=100).contains(&summary.key_persons), "one or two key persons per client: {summary:?}");
    assert!((600..=1500).contains(&summary.visits), "about 20 visits per client: {summary:?}");
    assert!((5..=60).contains(&summary.cases), "some complaints: {summary:?}");
    assert!(summary.tasks >= 50, "follow-ups: {summary:?}");
    assert!(summary.care_log_entries >= 50, "care for key persons: {summary:?}");

    let written = DemoSummary {
        clients: records.clients.len(),
        contacts: records.contacts.len(),
        key_persons: records.contacts.iter().filter(|c| c.key_person).count(),
        visits: records.visits.len(),
        cases: records.cases.len(),
        tasks: records.tasks.len(),
        care_log_entries: records.care_log.len(),
        commits: portfolio.history().iter().filter(|m| m.starts_with("Demo: client ")).count(),
    };
    assert_eq!(written, summary);

    for tier in Tier::ALL {
        assert!(records.clients.iter().any(|c| c.tier == tier), "no tier {tier} client");
    }
    let active = records.clients.iter().filter(|c| c.status == ClientStatus::Active).count();
    assert!(active > 25, "mostly active clients, got {active} of 50");
    assert!(records.clients.iter().any(|c| c.arrears.is_some()), "some arrears");
    assert!(records.clients.iter().all(|c| c.location.is_some()), "every client can be routed to");
    assert!(records.tasks.iter().any(|t| t.done) && records.tasks.iter().any(|t| !t.done));
}

#[test]
fn every_record_passes_validation() {
    let (portfolio, _) = demo(Region::Az, &spec(30, 11, all_regions()));
    let records = records(&portfolio);
    let problems: Vec<String> = std::iter::empty()
        .chain(records.clients.iter().map(|r| (r.id.to_string(), r.validate())))
        .chain(records.contacts.iter().map(|r| (r.id.to_string(), r.validate())))
        .chain(records.visits.iter().map(|r| (r.id.to_string(), r.validate())))
        .chain(records.cases.iter().map(|r| (r.id.to_string(), r.validate())))
        .chain(records.tasks.iter().map(|r| (r.id.to_string(), r.validate())))
        .chain(records.care_log.iter().map(|r| (r.id.to_string(), r.validate())))
        .filter_map(|(id, result)| result.err().map(|e| format!("{id}: {e}")))
        .collect();
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn chinese_key_persons_keep_lunar_birthdays_some_in_a_leap_month() {
    let (portfolio, _) = demo(Region::Cn, &spec(50, 3, ClientMix::PortfolioRegion));
    let records = records(&portfolio);
    let birthdays = key_birthdays(&records);
    let lunar = birthdays.iter().filter(|b| matches!(b, Birthday::Lunar { .. })).count();
    assert!(
        lunar * 2 > birthdays.len(),
        "most Chinese key persons use the lunar calendar: {lunar} of {}",
        birthdays.len()
    );
    assert!(birthdays.iter().any(is_leap_lunar), "no key person born in a leap month");
    let day_30 = records.contacts.iter().any(|c| matches!(c.birthday, Some(Birthday::Lunar { day: 30, .. })));
    assert!(day_30, "no contact born on lunar day 30");
}

#[test]
fn a_mix_with_chinese_clients_has_a_leap_month_key_person_even_in_a_polish_portfolio() {
    let (portfolio, _) = demo(Region::Pl, &spec(8, 5, ClientMix::Regions(vec![Region::Pl, Region::Cn])));
    assert!(key_birthdays(&records(&portfolio)).iter().any(is_leap_lunar));
}

#[test]
fn a_polish_portfolio_has_polish_clients_on_warsaw_time() {
    let (portfolio, _) = demo(Region::Pl, &spec(10, 9, ClientMix::PortfolioRegion));
    let records = records(&portfolio);
    assert!(records.visits.iter().all(|v| v.planned.zone.to_string() == "Europe/Warsaw"));
    assert!(records.contacts.iter().all(|c| c.phones.iter().all(|p| p.starts_with("+48 "))));
    assert!(records.clients.iter().all(|c| c.arrears.as_ref().is_none_or(|a| a.currency == "PLN")));
    let born_29_february = records
        .contacts
        .iter()
        .any(|c| matches!(c.birthday, Some(Birthday::Gregorian { month: 2, day: 29, .. })) && c.key_person);
    assert!(born_29_february, "the first client of a region carries a 29 February birthday");
    assert!(records.contacts.iter().all(|c| c.birthday.is_none_or(|b| matches!(b, Birthday::Gregorian { .. }))));
}

#[test]
fn done_visits_are_past_and_planned_visits_are_coming() {
    let (portfolio, _) = demo(Region::Cn, &spec(40, 21, all_regions()));
    let visits = records(&portfolio).visits;
    let today = today().0;
    for visit in &visits {
        let day = visit.planned.date.0;
        match visit.status {
            VisitStatus::Done => {
                let (check_in, check_out) =
                    visit.check_in.zip(visit.check_out).expect("a done visit has check-in and check-out");
                assert!(day < today, "{} done on {day}", visit.id);
                assert!(check_in.0.date_naive() < today && check_in <= check_out, "{}", visit.id);
                assert!(!visit.notes.as_str().is_empty() && !visit.outcome.is_empty(), "{} has no notes", visit.id);
            }
            VisitStatus::Cancelled => assert!(day < today && visit.check_in.is_none(), "{}", visit.id),
            VisitStatus::Planned => {
                assert!(day > today && (day - today).num_days() <= 40, "{} planned on {day}", visit.id);
                assert!(visit.check_in.is_none(), "{}", visit.id);
            }
        }
    }
    for status in [VisitStatus::Done, VisitStatus::Cancelled, VisitStatus::Planned] {
        assert!(visits.iter().any(|v| v.status == status), "no {status} visit");
    }
    let oldest = visits.iter().map(|v| v.planned.date.0).min().expect("visits");
    assert!((today - oldest).num_days() > 2 * 365, "about three years of history, oldest {oldest}");
}

#[test]
fn an_empty_region_mix_is_refused_and_writes_nothing() {
    let mut portfolio = Portfolio::create(&Settings::new("Demo Manager", Region::Az), ActorId::from(vec![7u8; 16]))
        .expect("a new portfolio");
    let error = generate_demo(&mut portfolio, &spec(5, 1, ClientMix::Regions(Vec::new()))).expect_err("no regions");
    assert!(error.is_bad_input(), "{error}");
    assert_eq!(portfolio.history().len(), 1);
}

//! Test fixtures in the domain's words, shared by the tests of every crate:
//! days, instants and zones written as people write them, and small portfolios
//! built step by step ("a tier-A client with a key person born on lunar 8/15").
//!
//! Each builder panics with a message on a value that does not parse or a
//! record the portfolio refuses: a fixture that cannot be built is a broken test.

#![allow(clippy::expect_used, reason = "a fixture that cannot be built fails the test loudly, which is what it is for")]

use fieldbook_core::{
    ActorId, Birthday, Client, ClientId, Contact, ContactId, Date, Instant, PlannedStart, Portfolio, Region, Settings,
    Tier, TimeOfDay, Visit, VisitId, Zone,
};

/// The day `text` (`2026-03-08`).
pub fn date(text: &str) -> Date {
    text.parse().expect("a date YYYY-MM-DD")
}

/// The instant `text` (RFC 3339, `2025-10-10T08:30:00+08:00`).
pub fn at(text: &str) -> Instant {
    text.parse().expect("an RFC 3339 instant")
}

/// China's time zone, where Li Na works.
pub fn shanghai() -> Zone {
    zone("Asia/Shanghai")
}

/// Poland's time zone.
pub fn warsaw() -> Zone {
    zone("Europe/Warsaw")
}

fn zone(name: &str) -> Zone {
    name.parse().expect("an IANA time zone")
}

/// A new CN portfolio for Li Na on a device of its own.
pub fn a_portfolio() -> Portfolio {
    Portfolio::create(&Settings::new("Li Na", Region::Cn), ActorId::random()).expect("a valid portfolio")
}

/// A second device holding a copy of `portfolio`, as after a sync.
pub fn another_device(portfolio: &mut Portfolio) -> Portfolio {
    portfolio.fork(ActorId::random())
}

/// Adds a client of `tier` named `name`, with the id `cl_<name>`.
pub fn add_client(portfolio: &mut Portfolio, name: &str, tier: Tier) -> ClientId {
    let id = ClientId::from(format!("cl_{name}"));
    portfolio.add(Client::new(id.clone(), name, tier)).expect("client added")
}

/// Adds a key person of `client` named `name` (id `ct_<name>`) born on `birthday`
/// as people write it (`1980-10-10`, `--05-17`, `农历1970年八月十五`).
pub fn add_key_person(portfolio: &mut Portfolio, client: &ClientId, name: &str, birthday: &str) -> ContactId {
    let mut contact = Contact::new(ContactId::from(format!("ct_{name}")), client.clone(), name);
    contact.key_person = true;
    contact.birthday = Some(birthday.parse::<Birthday>().expect("a birthday"));
    portfolio.add(contact).expect("key person added")
}

/// Plans a one-hour visit `id` to `client` on `day` at 10:00 Shanghai time.
pub fn plan_visit(portfolio: &mut Portfolio, client: &ClientId, id: &str, day: &str) -> VisitId {
    let planned =
        PlannedStart { date: date(day), time: "10:00".parse::<TimeOfDay>().expect("a time"), zone: shanghai() };
    portfolio.add(Visit::planned(VisitId::from(id.to_string()), client.clone(), planned, 60)).expect("visit planned")
}

/// Appends a line to a visit's notes, as `fieldbook note` does.
pub fn note(portfolio: &mut Portfolio, visit: &VisitId, line: &str) {
    portfolio
        .update::<Visit>(visit, "Note on", |v| {
            v.append_note(line);
            Ok(())
        })
        .expect("note appended");
}

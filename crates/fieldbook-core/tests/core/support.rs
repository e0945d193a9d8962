//! Fixture builders that read like the domain.

use fieldbook_core::{
    ActorId, Client, ClientId, Date, PlannedStart, Portfolio, Region, Settings, Tier, TimeOfDay, Visit, VisitId, Zone,
};

/// A new CN portfolio for Li Na on a device of its own.
pub fn a_portfolio() -> Portfolio {
    Portfolio::create(&Settings::new("Li Na", Region::Cn), ActorId::random()).expect("a valid portfolio")
}

/// A second device holding a copy of `portfolio`, as after a sync.
pub fn another_device(portfolio: &mut Portfolio) -> Portfolio {
    portfolio.fork(ActorId::random())
}

/// Adds a client of `tier` named `name` with a fixed id derived from the name.
pub fn add_client(portfolio: &mut Portfolio, name: &str, tier: Tier) -> ClientId {
    let id = ClientId::from(format!("cl_{name}"));
    portfolio.add(Client::new(id.clone(), name, tier)).expect("client added")
}

/// Plans a one-hour visit to `client` on `date` at 10:00 Shanghai time.
pub fn plan_visit(portfolio: &mut Portfolio, client: &ClientId, id: &str, date: &str) -> VisitId {
    let planned = PlannedStart {
        date: date.parse::<Date>().expect("a date"),
        time: "10:00".parse::<TimeOfDay>().expect("a time"),
        zone: "Asia/Shanghai".parse::<Zone>().expect("a zone"),
    };
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

//! Desks over new portfolios, each in its own temporary directory, as the
//! first-run screen creates them.

use fieldbook_actions::FieldMap;
use fieldbook_core::{ClientField, ContactField, VisitField};
use fieldbook_desktop::commands::{self, Desk};
use fieldbook_desktop::dto::PortfolioSetup;

/// A desk over a new portfolio made from `setup`, as the first-run screen makes it.
pub fn a_desk(setup: PortfolioSetup) -> (tempfile::TempDir, Desk) {
    let data = tempfile::tempdir().expect("temp dir");
    let desk = Desk::new(data.path().to_path_buf());
    commands::create_portfolio(&desk, &setup).expect("created");
    (data, desk)
}

/// What a Polish manager enters on the first-run screen.
pub fn polish_setup() -> PortfolioSetup {
    PortfolioSetup {
        manager_name: "Anna Kowalska".into(),
        region: "PL".into(),
        language: "pl".into(),
        time_zone: "Europe/Warsaw".into(),
        demo_clients: None,
    }
}

/// What a Chinese manager enters on the first-run screen.
pub fn chinese_setup() -> PortfolioSetup {
    PortfolioSetup {
        manager_name: "Li Na".into(),
        region: "CN".into(),
        language: "zh-CN".into(),
        time_zone: "Asia/Shanghai".into(),
        demo_clients: None,
    }
}

/// A desk over a new portfolio for a Polish manager.
pub fn a_polish_desk() -> (tempfile::TempDir, Desk) {
    a_desk(polish_setup())
}

/// A desk over a new portfolio for a Chinese manager.
pub fn a_chinese_desk() -> (tempfile::TempDir, Desk) {
    a_desk(chinese_setup())
}

/// What the add form sends for a new client named `name` in `tier`.
pub fn new_client(name: &str, tier: &str) -> FieldMap<ClientField> {
    FieldMap::from([(ClientField::Name, name.to_owned()), (ClientField::Tier, tier.to_owned())])
}

/// What the add form sends for a new contact: each field by name, as typed.
pub fn new_contact(fields: &[(ContactField, &str)]) -> FieldMap<ContactField> {
    fields.iter().map(|(field, value)| (*field, (*value).to_owned())).collect()
}

/// What the plan form sends for a visit on `date` at `time`, with more fields when given.
pub fn new_visit(date: &str, time: &str, more: &[(VisitField, &str)]) -> FieldMap<VisitField> {
    let mut visit = FieldMap::from([(VisitField::Date, date.to_owned()), (VisitField::Time, time.to_owned())]);
    visit.extend(more.iter().map(|(field, value)| (*field, (*value).to_owned())));
    visit
}

//! Desks over new portfolios, each in its own temporary directory, as the
//! first-run screen creates them.

use fieldbook_desktop::commands::{self, Desk};
use fieldbook_desktop::dto::PortfolioSetup;

/// A desk over a new portfolio made from `setup`, as the first-run screen makes it.
pub fn a_desk(setup: PortfolioSetup) -> (tempfile::TempDir, Desk) {
    let data = tempfile::tempdir().expect("temp dir");
    let desk = Desk::new(data.path().to_path_buf());
    commands::create_portfolio(&desk, setup).expect("created");
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

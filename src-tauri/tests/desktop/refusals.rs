//! Every refusal reaches the manager in their language: the core's reasons
//! carry a code and arguments the shell translates, while the English text the
//! CLI prints stays as it was.

use crate::desks::new_client;
use fieldbook_core::{Client, ClientField, ClientId, Fields, Tier};
use fieldbook_desktop::commands;
use fieldbook_desktop::error::CommandError;

/// The refusal's field, problem code (as the UI receives it) and message.
fn said(error: &CommandError) -> (Option<&str>, String, &str) {
    let problem = serde_json::to_value(&error.problem).expect("serialize");
    let code = problem["code"].as_str().expect("a problem code").to_owned();
    (error.field.as_deref(), code, error.message.as_str())
}

#[test]
fn refusals_are_said_in_chinese_with_their_codes() {
    let (_dir, desk) = crate::desks::a_chinese_desk();
    let client = commands::add_client(&desk, &new_client("中石化", "A")).expect("added");

    let hours =
        commands::set_client_field(&desk, &client, &ClientField::OfficeHours, "18:00-09:00").expect_err("backwards");
    assert_eq!(
        said(&hours),
        (Some("office_hours"), "ends_before_it_starts".to_owned(), "办公时间：“18:00-09:00”的结束时间早于开始时间")
    );
    let place =
        commands::set_client_field(&desk, &client, &ClientField::Location, "95,121").expect_err("off the globe");
    assert_eq!(said(&place).1, "degrees_out_of_range");
    assert!(place.message.ends_with("纬度 95 超出 -90..90 的范围"), "{}", place.message);
    let cadence = commands::set_setting(&desk, "cadence_a", "0").expect_err("no cadence");
    assert_eq!(said(&cadence).1, "cadence_out_of_range");
    assert!(cadence.message.ends_with("A 类：0 天不在 1 到 730 之间"), "{}", cadence.message);
    let gift = commands::set_setting(&desk, "care.A.birthday", "3 gift").expect_err("a gift of what");
    assert_eq!(said(&gift).1, "gift_without_what");
    assert!(gift.message.ends_with("礼物必须写明是什么（gift:flowers）"), "{}", gift.message);
    assert_eq!(commands::client_detail(&desk, &client).expect("unchanged").profile.value(ClientField::OfficeHours), "");
}

#[test]
fn the_english_reasons_the_cli_prints_are_unchanged() {
    let mut client = Client::new(ClientId::from("cl_sinopec01".to_owned()), "Sinopec", Tier::A);
    let refused = |client: &mut Client, field: &str, value: &str| {
        client.set_field(field, value).expect_err("refused").to_string()
    };
    assert_eq!(
        refused(&mut client, "office_hours", "18:00-09:00"),
        "office_hours: '18:00-09:00' ends before it starts"
    );
    assert_eq!(refused(&mut client, "location", "95,121"), "location: latitude 95 is outside -90..90");
    assert_eq!(refused(&mut client, "location", "north"), "location: 'north' is not LAT,LON");
    assert_eq!(refused(&mut client, "arrears", "lots"), "arrears: 'lots' is not AMOUNT CURRENCY (e.g. 12500.00 CNY)");
}

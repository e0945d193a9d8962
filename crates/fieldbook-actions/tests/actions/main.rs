//! The actions both shells call, through their public API: what they accept,
//! what they refuse (naming the field, changing nothing) and how many commits
//! each makes.

#![allow(clippy::unwrap_used, reason = "a test fails loudly on an unexpected error, which is what it is for")]

mod cases;

use fieldbook_actions::{
    DayPlanRequest, FieldMap, GreetingRequest, PlanMode, PlanStopInput, VisitLog, add_client, add_contact, append_note,
    edit_client, log_visit, mark_greetings_sent, plan_day, plan_visit, snooze_reminder,
};
use fieldbook_core::{
    Client, ClientField, ContactField, FieldName, Portfolio, PortfolioError, Problem, Task, Tier, Visit, VisitField,
    VisitStatus, agenda,
};
use fieldbook_fixtures::{a_portfolio, at, date, shanghai};

pub(crate) fn given<F: FieldName>(fields: &[(F, &str)]) -> FieldMap<F> {
    fields.iter().map(|(f, v)| (*f, (*v).to_owned())).collect()
}

/// The field and code of a refusal.
pub(crate) fn refused(error: PortfolioError) -> (String, &'static str) {
    match error {
        PortfolioError::InvalidField(bad) => (bad.field, bad.problem.code()),
        other => panic!("not a refusal: {other}"),
    }
}

pub(crate) fn orlen(portfolio: &mut Portfolio) -> Client {
    add_client(portfolio, &given(&[(ClientField::Name, "PKN Orlen"), (ClientField::Tier, "A类")]), &mut rand::rng())
        .unwrap()
}

#[test]
fn a_client_needs_a_name_and_a_tier_and_takes_the_tier_as_spreadsheets_write_it() {
    let mut portfolio = a_portfolio();
    let commits = portfolio.history().len();
    let missing = add_client(&mut portfolio, &given(&[(ClientField::Name, "No tier")]), &mut rand::rng());
    assert_eq!(refused(missing.unwrap_err()), ("tier".into(), "required"));
    assert_eq!(portfolio.history().len(), commits, "nothing committed");
    let client = orlen(&mut portfolio);
    assert_eq!(client.tier, Tier::A);
    let nothing = edit_client(&mut portfolio, client.id.as_ref(), &FieldMap::new());
    assert_eq!(refused(nothing.unwrap_err()), ("fields".into(), "nothing_to_change"));
}

#[test]
fn an_unplanned_visit_is_logged_with_its_follow_ups_in_one_commit() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let commits = portfolio.history().len();
    let which = VisitLog { visit: None, client: Some(client.id.to_string()) };
    let fields = given(&[
        (VisitField::Date, "2026/03/10"),
        (VisitField::Time, "10:00"),
        (VisitField::CheckOut, "11:05"),
        (VisitField::Outcome, "Renewal quote requested"),
    ]);
    let visit = log_visit(&mut portfolio, &which, &fields, &["Send the quote".into()], &mut rand::rng()).unwrap();
    assert_eq!(visit.status, VisitStatus::Done);
    assert_eq!(portfolio.history().len(), commits + 1);
    let tasks = portfolio.records::<Task>().unwrap();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].visit_id.as_ref(), Some(&visit.id));
    let neither = log_visit(&mut portfolio, &VisitLog::default(), &fields, &[], &mut rand::rng());
    assert_eq!(refused(neither.unwrap_err()), ("visit".into(), "required"));
}

#[test]
fn an_empty_note_is_refused_on_the_notes_field() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let fields = given(&[(VisitField::Date, "2026-03-10"), (VisitField::Time, "10:00")]);
    let visit = plan_visit(&mut portfolio, client.id.as_ref(), &fields, &mut rand::rng()).unwrap();
    assert_eq!(refused(append_note(&mut portfolio, visit.id.as_ref(), "  ").unwrap_err()), ("notes".into(), "empty"));
    assert_eq!(portfolio.get::<Visit>(&visit.id).unwrap().notes.as_str(), "");
}

#[test]
fn a_snoozed_reminder_comes_back_the_next_day_unless_a_day_is_given() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let person =
        given(&[(ContactField::Name, "王总"), (ContactField::KeyPerson, "是"), (ContactField::Birthday, "1970-10-10")]);
    add_contact(&mut portfolio, client.id.as_ref(), &person, &mut rand::rng()).unwrap();
    let reminder = agenda(&portfolio, date("2025-10-10"), 1, shanghai()).unwrap().remove(0);
    let now = at("2025-10-10T09:00:00+08:00");
    let (_, until) = snooze_reminder(&mut portfolio, &reminder.id, None, None, now).unwrap();
    assert_eq!(until, date("2025-10-11"));
    let bad = snooze_reminder(&mut portfolio, &reminder.id, None, Some("tomorrow"), now);
    assert_eq!(refused(bad.unwrap_err()), ("until".into(), "not_a_date"));
}

#[test]
fn greetings_are_marked_sent_only_to_key_persons_drafted() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let plain = given(&[(ContactField::Name, "小张")]);
    let stranger = add_contact(&mut portfolio, client.id.as_ref(), &plain, &mut rand::rng()).unwrap();
    let request = GreetingRequest {
        holiday: Some("cn.mid_autumn".into()),
        year: Some(2025),
        from: None,
        days: None,
        tiers: vec!["A".into()],
        language: None,
    };
    let now = at("2025-10-01T09:00:00+08:00");
    let sent = mark_greetings_sent(
        &mut portfolio,
        &request,
        &[stranger.id.to_string()],
        "message",
        None,
        now,
        &mut rand::rng(),
    );
    let (field, code) = refused(sent.unwrap_err());
    assert_eq!((field.as_str(), code), ("contacts", Problem::NoGreetingFor { contact: String::new() }.code()));
}

#[test]
fn a_day_ending_before_it_starts_is_refused_on_day_end() {
    let mut portfolio = a_portfolio();
    let client = orlen(&mut portfolio);
    let request = DayPlanRequest {
        date: "2026-03-10".into(),
        start: "31.2304,121.4737".into(),
        day_start: Some("18:00".into()),
        day_end: Some("09:00".into()),
        speed_kmh: 30.0,
        road_factor: 1.3,
        stops: vec![PlanStopInput { client_id: client.id.to_string(), locked: false }],
        mode: PlanMode::Optimise,
    };
    assert_eq!(refused(plan_day(&portfolio, &request).unwrap_err()), ("day_end".into(), "not_after"));
    let within_settings = DayPlanRequest { day_start: None, day_end: None, ..request };
    assert!(plan_day(&portfolio, &within_settings).is_ok(), "the working hours of the settings are the default");
}

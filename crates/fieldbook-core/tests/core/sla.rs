//! SLA clocks on the working calendar: working time across 春节, 国庆 with its
//! adjusted weekends, Polish Easter and Christmas Eve, Novruz and the Eid days;
//! the response and resolution clocks, paused while waiting on the client,
//! resumed on reopening, and a breach that stays recorded.

use fieldbook_core::{
    Case, CaseChannel, CaseEvent, CaseId, CaseStatus, CaseStep, ClientId, ClockState, DayWindow, Instant, Region,
    Settings, Severity, SlaPolicies, Text, WorkingTime, Zone, case_sla,
};
use fieldbook_fixtures::{at, shanghai, warsaw};

fn nine_to_six() -> DayWindow {
    "09:00-18:00".parse().unwrap()
}

fn working_time(region: Region, zone: Zone) -> WorkingTime {
    WorkingTime::new(region, nine_to_six(), zone)
}

fn baku() -> Zone {
    "Asia/Baku".parse().unwrap()
}

/// The instant `minutes` of working time after `from`, written in `zone`.
fn after(region: Region, zone: Zone, from: &str, minutes: i64) -> String {
    working_time(region, zone).add(at(from), minutes).in_zone(zone).to_string()
}

#[test]
fn working_time_skips_the_spring_festival_and_works_its_adjusted_saturday() {
    // 2026: 春节 off 15–23 February; Saturday 14 February is worked (调休上班).
    assert_eq!(after(Region::Cn, shanghai(), "2026-02-13T17:00:00+08:00", 9 * 60), "2026-02-14T17:00:00+08:00");
    assert_eq!(after(Region::Cn, shanghai(), "2026-02-14T17:00:00+08:00", 2 * 60), "2026-02-24T10:00:00+08:00");
}

#[test]
fn working_time_skips_national_day_week_and_counts_its_adjusted_sunday() {
    // 2025: 国庆/中秋 off 1–8 October; Sunday 28 September and Saturday 11 October worked.
    assert_eq!(after(Region::Cn, shanghai(), "2025-09-30T17:00:00+08:00", 2 * 60), "2025-10-09T10:00:00+08:00");
    let mut time = working_time(Region::Cn, shanghai());
    let weekend = time.between(at("2025-09-27T00:00:00+08:00"), at("2025-09-29T00:00:00+08:00"));
    assert_eq!(weekend, 9 * 60, "only the adjusted Sunday of that weekend is worked");
    let holiday_week = time.between(at("2025-10-01T00:00:00+08:00"), at("2025-10-09T00:00:00+08:00"));
    assert_eq!(holiday_week, 0);
}

#[test]
fn working_time_skips_easter_monday_and_christmas_eve_in_poland() {
    // Good Friday is worked in Poland; Easter Monday 2026 is 6 April.
    assert_eq!(after(Region::Pl, warsaw(), "2026-04-03T17:00:00+02:00", 2 * 60), "2026-04-07T10:00:00+02:00");
    // From 2025 Christmas Eve is a public holiday: 24–26 December 2025, then the weekend.
    assert_eq!(after(Region::Pl, warsaw(), "2025-12-23T17:00:00+01:00", 2 * 60), "2025-12-29T10:00:00+01:00");
    // In 2024 it was still a working day.
    assert_eq!(after(Region::Pl, warsaw(), "2024-12-23T17:00:00+01:00", 2 * 60), "2024-12-24T10:00:00+01:00");
}

#[test]
fn working_time_skips_novruz_with_ramazan_and_the_days_moved_after_them() {
    // 2026: Novruz 20–24 March with Ramazan 20–21 March: rest moved to 25, 26, 27 and 30 March.
    assert_eq!(after(Region::Az, baku(), "2026-03-19T17:00:00+04:00", 2 * 60), "2026-03-31T10:00:00+04:00");
    // Qurban bayramı 2026: 27–28 May, the 28th also Independence Day: that day's rest
    // moves to Friday 29 May, so the clock starts again on Monday 1 June.
    assert_eq!(after(Region::Az, baku(), "2026-05-26T17:00:00+04:00", 2 * 60), "2026-06-01T10:00:00+04:00");
}

#[test]
fn working_time_starts_counting_at_the_next_working_morning_and_ends_at_the_close() {
    // Received on a Saturday evening: the clock starts on Monday at nine.
    assert_eq!(after(Region::Pl, warsaw(), "2026-10-10T20:00:00+02:00", 60), "2026-10-12T10:00:00+02:00");
    // A span that ends at the day's close ends there, not the next morning.
    assert_eq!(after(Region::Pl, warsaw(), "2026-10-12T09:00:00+02:00", 9 * 60), "2026-10-12T18:00:00+02:00");
    let mut time = working_time(Region::Pl, warsaw());
    assert_eq!(time.between(at("2026-10-12T18:00:00+02:00"), at("2026-10-12T09:00:00+02:00")), 0);
    // Across the autumn clock change (25 October 2026) a working day is still nine hours.
    let week = time.between(at("2026-10-23T00:00:00+02:00"), at("2026-10-27T00:00:00+01:00"));
    assert_eq!(week, 2 * 9 * 60);
}

/// A case of Li Na's in Shanghai received at `opened`, with `steps` (step, at, text) taken in turn.
fn case(severity: Severity, opened: &str, steps: &[(CaseStep, &str)]) -> Case {
    let opened_at = at(opened);
    let mut case = Case {
        id: CaseId::from("cs_1".to_string()),
        client_id: ClientId::from("cl_1".to_string()),
        raised_by: None,
        opened_at,
        channel: CaseChannel::Phone,
        category: "网络故障".into(),
        severity,
        description: Text::with_value("专线中断"),
        events: Default::default(),
        removed: false,
    };
    case.events.insert("ev_0".into(), CaseEvent::new(CaseStep::Open, opened_at, opened_at, "Li Na"));
    for (number, (step, when)) in steps.iter().enumerate() {
        let mut event = CaseEvent::new(*step, at(when), at(when), "Li Na");
        match step {
            CaseStep::Handover => event.department = Some("网络运维部".into()),
            CaseStep::Reply => event.channel = Some(CaseChannel::Phone),
            CaseStep::Confirm => event.satisfaction = Some(4),
            CaseStep::Resolve | CaseStep::Reopen | CaseStep::Note => event.text = "已处理".into(),
            _ => {}
        }
        case = case.with_step(format!("ev_{}", number + 1), event).unwrap();
    }
    case
}

fn sla_at(case: &Case, now: &str) -> fieldbook_core::CaseSla {
    let settings = Settings::new("Li Na", Region::Cn);
    case_sla(case, &case.timeline(), &SlaPolicies::default(), &mut settings.working_time(), at(now))
}

fn due(clock: &fieldbook_core::SlaClock) -> String {
    clock.due.map(|due: Instant| due.in_zone(shanghai()).to_string()).unwrap_or_else(|| "paused".into())
}

#[test]
fn a_critical_complaint_received_before_the_spring_festival_falls_due_on_the_adjusted_saturday() {
    let case = case(Severity::Critical, "2026-02-13T17:30:00+08:00", &[]);
    let sla = sla_at(&case, "2026-02-13T18:00:00+08:00");
    assert_eq!(due(&sla.response), "2026-02-14T10:30:00+08:00", "2 working hours");
    assert_eq!(due(&sla.resolution), "2026-02-14T17:30:00+08:00", "1 working day");
    assert_eq!((sla.response.state, sla.resolution.state), (ClockState::OnTrack, ClockState::OnTrack));
    assert_eq!(sla.resolution.left_minutes, 9 * 60 - 30);
}

#[test]
fn a_clock_is_at_risk_past_three_quarters_of_its_target_and_breached_past_its_deadline() {
    let case = case(Severity::High, "2026-10-12T09:00:00+08:00", &[]);
    // High: 4 working hours to respond. 2h59 used: on track; 3h used: at risk; past 13:00: breached.
    assert_eq!(sla_at(&case, "2026-10-12T11:59:00+08:00").response.state, ClockState::OnTrack);
    let at_risk = sla_at(&case, "2026-10-12T12:00:00+08:00");
    assert_eq!(at_risk.response.state, ClockState::AtRisk);
    assert!(at_risk.at_risk() && !at_risk.breached());
    let breached = sla_at(&case, "2026-10-12T13:01:00+08:00");
    assert_eq!(breached.response.state, ClockState::Breached);
    assert!(breached.breached() && !breached.at_risk());
}

#[test]
fn answering_the_client_meets_the_response_target_and_stops_its_clock() {
    let case = case(Severity::High, "2026-10-12T09:00:00+08:00", &[(CaseStep::Reply, "2026-10-12T10:00:00+08:00")]);
    let sla = sla_at(&case, "2026-10-20T09:00:00+08:00");
    assert_eq!(sla.response.state, ClockState::Met);
    assert_eq!(sla.response.used_minutes, 60);
    assert_eq!(sla.resolution.state, ClockState::Breached, "3 working days passed without a resolution");
}

#[test]
fn waiting_on_the_client_pauses_the_resolution_clock_and_moving_on_resumes_it() {
    // High: 3 working days (27 h) to resolve. Waited on the client Tuesday 09:00 to Thursday 09:00.
    let steps = [
        (CaseStep::Start, "2026-10-12T10:00:00+08:00"),
        (CaseStep::Wait, "2026-10-13T09:00:00+08:00"),
        (CaseStep::Start, "2026-10-15T09:00:00+08:00"),
    ];
    let waiting = case(Severity::High, "2026-10-12T09:00:00+08:00", &steps[..2]);
    let paused = sla_at(&waiting, "2026-10-14T12:00:00+08:00");
    assert_eq!(paused.resolution.state, ClockState::Paused);
    assert_eq!(due(&paused.resolution), "paused");
    assert_eq!(paused.resolution.used_minutes, 9 * 60, "Monday only");
    let resumed = case(Severity::High, "2026-10-12T09:00:00+08:00", &steps);
    let sla = sla_at(&resumed, "2026-10-15T10:00:00+08:00");
    assert_eq!(due(&sla.resolution), "2026-10-16T18:00:00+08:00", "two days later than without the wait");
    assert_eq!(sla.resolution.used_minutes, 10 * 60);
}

#[test]
fn a_breach_stays_recorded_after_the_case_is_resolved_and_confirmed() {
    let case = case(
        Severity::Critical,
        "2026-10-12T09:00:00+08:00",
        &[
            (CaseStep::Reply, "2026-10-12T09:30:00+08:00"),
            (CaseStep::Resolve, "2026-10-14T09:00:00+08:00"),
            (CaseStep::Confirm, "2026-10-15T09:00:00+08:00"),
        ],
    );
    let sla = sla_at(&case, "2026-12-01T09:00:00+08:00");
    assert_eq!(case.status(), CaseStatus::Confirmed);
    assert_eq!((sla.response.state, sla.resolution.state), (ClockState::Met, ClockState::Breached));
    assert!(sla.breached());
}

#[test]
fn reopening_resumes_the_resolution_clock_with_the_time_already_used() {
    // Medium: 5 working days. Resolved after 1 day, reopened a week later: 4 days left from the reopening.
    let case = case(
        Severity::Medium,
        "2026-10-12T09:00:00+08:00",
        &[(CaseStep::Resolve, "2026-10-13T09:00:00+08:00"), (CaseStep::Reopen, "2026-10-20T09:00:00+08:00")],
    );
    let sla = sla_at(&case, "2026-10-20T09:00:00+08:00");
    assert_eq!(case.status(), CaseStatus::Reopened);
    assert_eq!(sla.resolution.state, ClockState::OnTrack);
    assert_eq!(due(&sla.resolution), "2026-10-23T18:00:00+08:00");
    assert_eq!(sla.resolution.left_minutes, 4 * 9 * 60);
}

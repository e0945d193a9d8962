//! The agenda: the care reminders due in a date range, computed from the
//! portfolio — key persons' birthdays and the region's festivals by the care
//! rules of each tier, contract renewals, arrears due and overdue, clients at
//! risk, and cases to follow (at risk or past their resolution deadline, a
//! department to chase after a hand-over, a client to ask for confirmation
//! after a resolution; each shown from its day on while the case stays so) —
//! minus those done or dismissed, with snoozed ones moved to their day.
//!
//! Reminders are never stored: the agenda is a pure function of the document,
//! the first day, the number of days and the time zone. Each reminder's id is
//! derived from its content — `kind|record id|occasion date|action` hashed with
//! 64-bit FNV-1a into `rm_` and ten base-32 characters — so every device
//! computes the same id for the same reminder, and its state (kept by id in the
//! document) follows it everywhere. Arrears are the exception to the
//! pattern: they are hashed from the client, the due date (or `undated`) and the
//! amount, so arrears falling due and then overdue, or undated arrears seen on
//! any day, keep one id; new arrears (another amount or due date) are a new reminder.
//!
//! A reminder snoozed into the range shows on its snooze day whatever day it was
//! due on. Its id is a hash, so it cannot be read back into an occasion; instead
//! the snooze records the day the reminder was due ([`ReminderState::due`]), and
//! the agenda regenerates the reminders of that one day for every snooze landing
//! in the range, keeping those with the snoozed ids. A snooze written before the
//! due day was recorded is looked for from the day it was made up to the range.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use autosurgeon::Hydrate;
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

use crate::calendar::{BirthdayOccurrence, DayKind, WorkingTime, holidays};
use crate::model::{
    AT_RISK_PERCENT, CareChannel, CareLogEntry, CareLogId, Case, CaseId, CaseStatus, Client, ClientId, ClientStatus,
    ContactId, KeyPerson, Occasion, Portfolio, PortfolioError, ReminderState, ReminderStatus, Settings, SlaPolicies,
    Tier,
};
use crate::model::{key_persons, reminder_states};
use crate::values::{Date, Instant, Language, Money, Zone};

/// Why a reminder is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ReminderKind {
    /// A key person's birthday.
    Birthday,
    /// A major festival of the manager's region.
    Holiday,
    /// A contract nearing its end.
    ContractRenewal,
    /// Arrears falling due in the range.
    ArrearsDue,
    /// Arrears already overdue.
    ArrearsOverdue,
    /// A client marked at risk (离网预警), once a week.
    AtRisk,
    /// An open case past three quarters of its resolution time.
    CaseAtRisk,
    /// An open case past its resolution deadline.
    CaseBreached,
    /// A case handed over a while ago: chase the department.
    ChaseDepartment,
    /// A case resolved a while ago: ask the client to confirm.
    AskConfirmation,
}

impl ReminderKind {
    /// The kind's stable code (`birthday`, `contract_renewal`, …), as in reminder ids and the JSON agenda.
    pub fn code(self) -> &'static str {
        match self {
            ReminderKind::Birthday => "birthday",
            ReminderKind::Holiday => "holiday",
            ReminderKind::ContractRenewal => "contract_renewal",
            ReminderKind::ArrearsDue => "arrears_due",
            ReminderKind::ArrearsOverdue => "arrears_overdue",
            ReminderKind::AtRisk => "at_risk",
            ReminderKind::CaseAtRisk => "case_at_risk",
            ReminderKind::CaseBreached => "case_breached",
            ReminderKind::ChaseDepartment => "chase_department",
            ReminderKind::AskConfirmation => "ask_confirmation",
        }
    }
}

/// What a reminder asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "channel", rename_all = "snake_case")]
pub enum ReminderAction {
    /// Care for a key person through a channel.
    Care(CareChannel),
    /// Start the contract's renewal.
    RenewContract,
    /// Collect the arrears (催缴欠费).
    CollectArrears,
    /// Talk the client into staying (客户挽留).
    RetainClient,
    /// Move a case on: resolve it, chase the department, ask for the client's confirmation.
    FollowCase,
}

impl ReminderAction {
    /// The action's stable code (`gift`, `call`, `renew`, …), as in reminder ids.
    pub fn code(&self) -> ReminderActionCode {
        match self {
            ReminderAction::Care(CareChannel::Gift(_)) => ReminderActionCode::Gift,
            ReminderAction::Care(CareChannel::Call) => ReminderActionCode::Call,
            ReminderAction::Care(CareChannel::Message) => ReminderActionCode::Message,
            ReminderAction::Care(CareChannel::Visit) => ReminderActionCode::Visit,
            ReminderAction::RenewContract => ReminderActionCode::Renew,
            ReminderAction::CollectArrears => ReminderActionCode::Collect,
            ReminderAction::RetainClient => ReminderActionCode::Retain,
            ReminderAction::FollowCase => ReminderActionCode::Follow,
        }
    }
}

/// What a reminder asks for, as one code without the gift's description; its
/// `Display` and serialized form are the code (`gift`, `call`, `renew`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::Display)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ReminderActionCode {
    /// Send a gift.
    Gift,
    /// Call.
    Call,
    /// Send a message.
    Message,
    /// Visit in person.
    Visit,
    /// Start the contract's renewal.
    Renew,
    /// Collect the arrears.
    Collect,
    /// Talk the client into staying.
    Retain,
    /// Move a case on.
    Follow,
}

/// One thing to do on one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CareReminder {
    /// Stable id, the same on every device (`rm_…`).
    pub id: String,
    /// The day to act.
    pub date: Date,
    /// The day of the occasion (the birthday, the festival's first day, the
    /// contract's last day, the arrears' due day, the week of an at-risk reminder).
    pub occasion_date: Date,
    /// Why.
    pub kind: ReminderKind,
    /// What to do.
    pub action: ReminderAction,
    /// The client.
    pub client_id: ClientId,
    /// The client's name.
    pub client_name: String,
    /// The client's tier.
    pub tier: Tier,
    /// The key person, for care reminders.
    pub contact_id: Option<ContactId>,
    /// The key person's name.
    pub contact_name: Option<String>,
    /// The festival's key (`cn.mid_autumn`), for holiday reminders.
    pub holiday_key: Option<String>,
    /// The case, for case reminders.
    pub case_id: Option<CaseId>,
    /// What the reminder is about, in the manager's language (festival name, or the age reached).
    pub subject: String,
    /// The age reached on a birthday, when the year of birth is known.
    pub age: Option<u32>,
    /// When to notify: `date` at the manager's notification time in the time zone.
    pub notify_at: Instant,
    /// Snoozed until this day (the reminder is shown again from then).
    pub snoozed_until: Option<Date>,
}

impl CareReminder {
    /// The care-log entry recording that this reminder was acted on, for
    /// reminders about a person; `None` for account reminders.
    pub fn care_log_entry(&self, id: CareLogId, on: Date, note: &str) -> Option<CareLogEntry> {
        let (ReminderAction::Care(channel), Some(contact_id)) = (&self.action, &self.contact_id) else {
            return None;
        };
        let occasion = match (&self.kind, &self.holiday_key) {
            (ReminderKind::Holiday, Some(key)) => Occasion::Holiday(key.clone()),
            _ => Occasion::Birthday,
        };
        Some(CareLogEntry {
            id,
            contact_id: contact_id.clone(),
            occasion,
            channel: channel.clone(),
            date: on,
            note: note.to_string(),
            reminder_id: Some(self.id.clone()),
            removed: false,
        })
    }
}

/// The reminders due from `from` for `days` days in time zone `zone`, by the care rules of the settings.
pub fn agenda(portfolio: &Portfolio, from: Date, days: u32, zone: Zone) -> Result<Vec<CareReminder>, PortfolioError> {
    if days == 0 {
        return Ok(Vec::new());
    }
    let states = reminder_states(portfolio)?;
    let to = last_day(from, days);
    let sources = Sources::read(portfolio)?;
    let mut found = sources.reminders(from, to, zone);
    found.extend(snoozed_into(&sources, &states, from, to, zone));
    let mut seen = HashSet::new();
    found.retain(|reminder| seen.insert(reminder.id.clone()));
    let mut reminders: Vec<CareReminder> =
        found.into_iter().filter_map(|r| apply_state(r, &states, to, zone)).collect();
    reminders.sort_by(|a, b| {
        (a.date, a.kind, &a.client_name, &a.contact_name, &a.id).cmp(&(
            b.date,
            b.kind,
            &b.client_name,
            &b.contact_name,
            &b.id,
        ))
    });
    Ok(reminders)
}

/// The reminders due before `from` and snoozed to a day from `from` to `to`,
/// regenerated on the day each was due (see the module documentation).
fn snoozed_into(
    sources: &Sources,
    states: &BTreeMap<String, ReminderState>,
    from: Date,
    to: Date,
    zone: Zone,
) -> Vec<CareReminder> {
    let mut wanted: BTreeMap<(Date, Date), BTreeSet<&str>> = BTreeMap::new();
    for (id, state) in states {
        let lands_in_range = state.snoozed_until.is_some_and(|until| (from..=to).contains(&until));
        if state.status != ReminderStatus::Snoozed || !lands_in_range {
            continue;
        }
        let days = match state.due {
            Some(due) => (due, due),
            None => (state.on, Date(from.0 - Duration::days(1))),
        };
        if days.0 < from {
            wanted.entry(days).or_default().insert(id.as_str());
        }
    }
    wanted
        .into_iter()
        .flat_map(|((first, last), ids)| {
            sources.reminders(first, last, zone).into_iter().filter(move |r| ids.contains(r.id.as_str()))
        })
        .collect()
}

/// The reminder with id `id` (or a unique prefix of it) among those due within
/// a year either side of `around`, whatever its state.
pub fn find_reminder(
    portfolio: &Portfolio,
    id: &str,
    around: Date,
    zone: Zone,
) -> Result<CareReminder, PortfolioError> {
    let not_found = || PortfolioError::NotFound { noun: "reminder", id: id.to_string() };
    let id = id.trim();
    if id.is_empty() {
        return Err(not_found());
    }
    let from = Date(around.0 - Duration::days(366));
    let mut matches: Vec<CareReminder> = Sources::read(portfolio)?
        .reminders(from, last_day(from, 2 * 366 + 1), zone)
        .into_iter()
        .filter(|r| r.id.starts_with(id))
        .collect();
    matches.dedup_by(|a, b| a.id == b.id);
    match matches.len() {
        0 => Err(not_found()),
        1 => Ok(matches.remove(0)),
        _ => Err(PortfolioError::Ambiguous {
            noun: "reminder",
            prefix: id.to_string(),
            matches: matches.iter().take(5).map(|r| r.id.as_str()).collect::<Vec<_>>().join(", "),
        }),
    }
}

fn last_day(from: Date, days: u32) -> Date {
    Date(from.0 + Duration::days(i64::from(days)) - Duration::days(1))
}

/// Drops done and dismissed reminders; a snoozed one moves to its snooze day (and is
/// announced at the notification time of that day), or out of the range.
fn apply_state(
    mut reminder: CareReminder,
    states: &BTreeMap<String, ReminderState>,
    to: Date,
    zone: Zone,
) -> Option<CareReminder> {
    let Some(state) = states.get(&reminder.id) else { return Some(reminder) };
    match (state.status, state.snoozed_until) {
        (ReminderStatus::Snoozed, Some(until)) if until <= to => {
            let moved = reminder.date.max(until);
            let local = reminder.notify_at.0.with_timezone(&zone.0).naive_local() + (moved.0 - reminder.date.0);
            reminder.notify_at = zone.instant_of(local);
            reminder.date = moved;
            reminder.snoozed_until = Some(until);
            Some(reminder)
        }
        (ReminderStatus::Snoozed, None) => Some(reminder),
        _ => None,
    }
}

/// What the agenda reads of a client: who it is and what its account reminders
/// come from, without its address, notes or coordinates.
#[derive(Hydrate)]
struct CaredClient {
    id: ClientId,
    name: String,
    tier: Tier,
    status: ClientStatus,
    contract_end: Option<Date>,
    arrears: Option<Money>,
    arrears_due: Option<Date>,
    removed: bool,
}

/// What reminders are computed from, read from the document once per agenda.
struct Sources {
    settings: Settings,
    clients: HashMap<ClientId, CaredClient>,
    key_persons: Vec<KeyPerson>,
    cases: Vec<FollowedCase>,
}

impl Sources {
    fn read(portfolio: &Portfolio) -> Result<Sources, PortfolioError> {
        let clients = portfolio
            .views::<Client, CaredClient>()?
            .into_iter()
            .filter(|c| !c.removed && c.status != ClientStatus::Lost)
            .map(|c| (c.id.clone(), c))
            .collect();
        let settings = portfolio.settings()?;
        let mut time = settings.working_time();
        let cases = portfolio
            .records::<Case>()?
            .iter()
            .filter_map(|case| FollowedCase::of(case, &settings.sla, &mut time))
            .collect();
        Ok(Sources { settings, clients, key_persons: key_persons(portfolio)?, cases })
    }

    /// Every reminder due from `from` to `to` (both included), whatever its state.
    fn reminders(&self, from: Date, to: Date, zone: Zone) -> Vec<CareReminder> {
        if to < from {
            return Vec::new();
        }
        let range = Range { from, to, zone, settings: self.settings.clone() };
        let key_persons: Vec<(&CaredClient, &KeyPerson)> =
            self.key_persons.iter().filter_map(|c| Some((self.clients.get(&c.client_id)?, c))).collect();
        let mut found = Vec::new();
        for (client, contact) in &key_persons {
            found.extend(range.birthdays(client, contact));
        }
        found.extend(range.festivals(&key_persons));
        for client in self.clients.values() {
            found.extend(range.account_reminders(client));
        }
        for case in &self.cases {
            if let Some(client) = self.clients.get(&case.client_id) {
                found.extend(range.case_reminders(case, client));
            }
        }
        found
    }
}

/// An open or resolved case as the agenda follows it: the days it needs the
/// manager, each as an instant in working time (see [`crate::model::sla`]).
struct FollowedCase {
    id: CaseId,
    client_id: ClientId,
    category: String,
    /// (kind, when it falls due); the reminder shows from that day on while the case stays so.
    moments: Vec<(ReminderKind, Instant)>,
}

impl FollowedCase {
    /// What `case` needs of the manager under `policies`; `None` for a confirmed case.
    fn of(case: &Case, policies: &SlaPolicies, time: &mut WorkingTime) -> Option<FollowedCase> {
        let timeline = case.timeline();
        let day = time.day_minutes();
        let mut moments = Vec::new();
        match timeline.status {
            CaseStatus::Confirmed => return None,
            CaseStatus::Resolved => {
                let resolved = timeline.resolved_at?;
                moments.push((ReminderKind::AskConfirmation, time.add(resolved, policies.confirm_after.minutes(day))));
            }
            status => {
                if let Some(handed) = timeline.handed_over_at.filter(|_| status == CaseStatus::HandedOver) {
                    moments.push((ReminderKind::ChaseDepartment, time.add(handed, policies.chase_after.minutes(day))));
                }
                if status.clock_runs() {
                    let target = policies.target(case.severity).resolution.minutes(day);
                    let (&(from, _), earlier) = timeline.runs.split_last()?;
                    let used: i64 = earlier.iter().filter_map(|(f, u)| Some(time.between(*f, (*u)?))).sum();
                    let risk = time.add(from, (target * AT_RISK_PERCENT / 100 - used).max(0));
                    moments.push((ReminderKind::CaseAtRisk, risk));
                    moments.push((ReminderKind::CaseBreached, time.add(from, (target - used).max(0))));
                }
            }
        }
        Some(FollowedCase {
            id: case.id.clone(),
            client_id: case.client_id.clone(),
            category: case.category.clone(),
            moments,
        })
    }
}

/// The days reminders are computed for, and what every reminder needs.
struct Range {
    from: Date,
    to: Date,
    zone: Zone,
    settings: Settings,
}

/// What a new reminder is about.
struct Subject<'a> {
    kind: ReminderKind,
    record: &'a str,
    occasion_date: Date,
    action: ReminderAction,
    client: &'a CaredClient,
    contact: Option<&'a KeyPerson>,
}

impl Subject<'_> {
    /// What the reminder's id is hashed from: `kind|record id|occasion date|action`.
    /// Arrears are one reminder whether still due or already overdue, whatever
    /// range they are seen through: `arrears|client id|due date or "undated"|amount|collect`.
    fn identity(&self) -> String {
        let action = self.action.code();
        match (self.kind, &self.client.arrears) {
            (ReminderKind::ArrearsDue | ReminderKind::ArrearsOverdue, Some(amount)) => {
                let due = self.client.arrears_due.map_or_else(|| "undated".to_string(), |due| due.to_string());
                format!("arrears|{}|{due}|{amount}|{action}", self.record)
            }
            _ => format!("{}|{}|{}|{action}", self.kind.code(), self.record, self.occasion_date),
        }
    }
}

impl Range {
    fn contains(&self, date: NaiveDate) -> bool {
        self.from.0 <= date && date <= self.to.0
    }

    fn reminder(&self, subject: Subject<'_>, date: NaiveDate, text: String) -> CareReminder {
        CareReminder {
            id: reminder_id(&subject.identity()),
            date: Date(date),
            occasion_date: subject.occasion_date,
            kind: subject.kind,
            action: subject.action,
            client_id: subject.client.id.clone(),
            client_name: subject.client.name.clone(),
            tier: subject.client.tier,
            contact_id: subject.contact.map(|c| c.id.clone()),
            contact_name: subject.contact.map(|c| c.name.clone()),
            holiday_key: None,
            case_id: None,
            subject: text,
            age: None,
            notify_at: self.notify_at(date),
            snoozed_until: None,
        }
    }

    fn notify_at(&self, date: NaiveDate) -> Instant {
        self.zone.instant_of(date.and_time(self.settings.notification_time.0))
    }

    fn birthdays(&self, client: &CaredClient, contact: &KeyPerson) -> Vec<CareReminder> {
        let Some(birthday) = contact.birthday else { return Vec::new() };
        let mut found = Vec::new();
        for rule in &self.settings.care_rules.tier(client.tier).birthday {
            let lead = Duration::days(i64::from(rule.days_before));
            for BirthdayOccurrence { date, age } in
                birthday.occurrences(Date(self.from.0 + lead), Date(self.to.0 + lead))
            {
                let subject = Subject {
                    kind: ReminderKind::Birthday,
                    record: contact.id.as_ref(),
                    occasion_date: date,
                    action: ReminderAction::Care(rule.channel.clone()),
                    client,
                    contact: Some(contact),
                };
                let text = birthday_text(self.settings.language, age);
                let mut reminder = self.reminder(subject, date.0 - lead, text);
                reminder.age = age;
                found.push(reminder);
            }
        }
        found
    }

    fn festivals(&self, key_persons: &[(&CaredClient, &KeyPerson)]) -> Vec<CareReminder> {
        let mut found = Vec::new();
        for (key, name, first_day) in self.festival_days() {
            for (client, contact) in key_persons {
                for rule in &self.settings.care_rules.tier(client.tier).festival {
                    let date = first_day - Duration::days(i64::from(rule.days_before));
                    if !self.contains(date) {
                        continue;
                    }
                    let subject = Subject {
                        kind: ReminderKind::Holiday,
                        record: contact.id.as_ref(),
                        occasion_date: Date(first_day),
                        action: ReminderAction::Care(rule.channel.clone()),
                        client,
                        contact: Some(contact),
                    };
                    let mut reminder = self.reminder(subject, date, name.clone());
                    reminder.holiday_key = Some(key.clone());
                    found.push(reminder);
                }
            }
        }
        found
    }

    /// (key, name, first day) of each major festival starting up to a month after the range.
    fn festival_days(&self) -> Vec<(String, String, NaiveDate)> {
        let region = self.settings.region;
        let mut first_days: BTreeMap<(String, i32), (String, NaiveDate)> = BTreeMap::new();
        for year in self.from.0.year()..=self.to.0.year() + 1 {
            for day in holidays(region, year).unwrap_or_default() {
                if !day.major || day.kind != DayKind::Holiday {
                    continue;
                }
                let name = day.name(self.settings.language).to_string();
                first_days.entry((day.key.clone(), year)).or_insert((name, day.date.0));
            }
        }
        first_days.into_iter().map(|((key, _), (name, date))| (key, name, date)).collect()
    }

    fn account_reminders(&self, client: &CaredClient) -> Vec<CareReminder> {
        let subject = |kind, occasion_date, action| Subject {
            kind,
            record: client.id.as_ref(),
            occasion_date,
            action,
            client,
            contact: None,
        };
        let mut found = Vec::new();
        if let Some(end) = client.contract_end {
            let start = end.0 - Duration::days(i64::from(self.settings.care_rules.renewal_days_before));
            if start <= self.to.0 && end >= self.from {
                let text = format!("{end}");
                found.push(self.reminder(
                    subject(ReminderKind::ContractRenewal, end, ReminderAction::RenewContract),
                    start,
                    text,
                ));
            }
        }
        if let Some(arrears) = &client.arrears {
            let text = arrears.to_string();
            match client.arrears_due {
                Some(due) if self.contains(due.0) => found.push(self.reminder(
                    subject(ReminderKind::ArrearsDue, due, ReminderAction::CollectArrears),
                    due.0,
                    text,
                )),
                Some(due) if due < self.from => found.push(self.reminder(
                    subject(ReminderKind::ArrearsOverdue, due, ReminderAction::CollectArrears),
                    self.from.0,
                    text,
                )),
                Some(_) => {}
                None => found.push(self.reminder(
                    subject(ReminderKind::ArrearsOverdue, self.from, ReminderAction::CollectArrears),
                    self.from.0,
                    text,
                )),
            }
        }
        if client.status == ClientStatus::AtRisk {
            found.extend(self.weeks().map(|(monday, first)| {
                self.reminder(
                    subject(ReminderKind::AtRisk, Date(monday), ReminderAction::RetainClient),
                    first,
                    String::new(),
                )
            }));
        }
        found
    }

    /// The case's reminders: each on the day it falls due, or on the range's first
    /// day once past (the case still needing it); at risk gives way to breached.
    fn case_reminders(&self, case: &FollowedCase, client: &CaredClient) -> Vec<CareReminder> {
        let due_days: Vec<(ReminderKind, Date)> =
            case.moments.iter().map(|(kind, at)| (*kind, at.day_in(self.zone))).collect();
        let breached_by = |day: Date| due_days.iter().any(|(k, d)| *k == ReminderKind::CaseBreached && *d <= day);
        let mut found = Vec::new();
        for (kind, due) in &due_days {
            let shown = due.0.max(self.from.0);
            if shown > self.to.0 || (*kind == ReminderKind::CaseAtRisk && breached_by(Date(shown))) {
                continue;
            }
            let subject = Subject {
                kind: *kind,
                record: case.id.as_ref(),
                occasion_date: *due,
                action: ReminderAction::FollowCase,
                client,
                contact: None,
            };
            let mut reminder = self.reminder(subject, shown, case.category.clone());
            reminder.case_id = Some(case.id.clone());
            found.push(reminder);
        }
        found
    }

    /// (Monday, first day in the range) of every week overlapping the range.
    fn weeks(&self) -> impl Iterator<Item = (NaiveDate, NaiveDate)> + '_ {
        let first_monday = self.from.0 - Duration::days(i64::from(self.from.0.weekday().num_days_from_monday()));
        (0..)
            .map(move |week| first_monday + Duration::weeks(week))
            .take_while(|monday| *monday <= self.to.0)
            .map(|monday| (monday, monday.max(self.from.0)))
    }
}

fn birthday_text(language: Language, age: Option<u32>) -> String {
    match (language, age) {
        (Language::ZhCn, Some(age)) => format!("生日（{age}岁）"),
        (Language::ZhCn, None) => "生日".into(),
        (Language::Pl, Some(age)) => format!("urodziny ({age})"),
        (Language::Pl, None) => "urodziny".into(),
        (Language::Az, Some(age)) => format!("ad günü ({age})"),
        (Language::Az, None) => "ad günü".into(),
        (Language::En, Some(age)) => format!("birthday ({age})"),
        (Language::En, None) => "birthday".into(),
    }
}

/// `rm_` and ten base-32 characters of the 64-bit FNV-1a hash of `canonical`.
/// FNV-1a is fixed by its definition, so the id never changes between builds or devices.
fn reminder_id(canonical: &str) -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz023456789";
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in canonical.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let tail: String = (0..10).map(|i| char::from(ALPHABET[((hash >> (i * 5)) & 31) as usize])).collect();
    format!("rm_{tail}")
}

//! The week's summary (工作总结): what a manager sends the team lead at the end of
//! an ISO week — visits done against planned, coverage per tier and its change,
//! who is overdue, care given, cases and their SLA, tasks, arrears, the visits'
//! outcomes and next week's plan. A pure function of the document, the week, the
//! manager's time zone and `now`: for the current week it stands as of `now`,
//! for a past one as of the end of its Sunday. Case steps taken after that are
//! left out, so an old week's report reads the same next month; the document
//! keeps no history of arrears or tasks, which are counted as they stand.

use std::collections::{BTreeMap, HashMap};

use automerge::{ChangeHash, ObjId};
use autosurgeon::Hydrate;
use chrono::NaiveTime;
use serde::Serialize;

use crate::model::{
    CareChannel, CareLogEntry, Case, CaseStep, Client, ClientId, ClientStatus, ClockState, Contact, ContactId,
    Occasion, PlannedStart, Portfolio, PortfolioError, Record, SalesStage, Settings, Task, Tier, Visit, VisitPurpose,
    VisitStatus,
};
use crate::planning::{CadencedClient, ContactDays, DueClient, DueList, day_made, due_list_of};
use crate::values::{Date, Instant, IsoWeek, Money, Zone};
use crate::views::{ByRecord, CaseRow, SlaContext, read_view, read_whole};

/// The week's summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekSummary {
    /// The week, `2026-W49`.
    pub week: IsoWeek,
    /// Its Monday.
    pub first_day: Date,
    /// Its Sunday.
    pub last_day: Date,
    /// Whose portfolio.
    pub manager: String,
    /// The instant the summary stands at: the end of the week, or now while it lasts.
    pub as_of: Instant,
    /// The week's visits, counted.
    pub visits: VisitTally,
    /// Clients visited for the first time ever this week.
    pub first_visits: Vec<ClientRef>,
    /// Coverage per tier at the week's end, A first, with the week before's.
    pub coverage: Vec<CoverageChange>,
    /// Clients past their cadence at the week's end (today while it lasts), most overdue first.
    pub overdue: Vec<DueClient>,
    /// Clients never contacted at the week's end.
    pub never_contacted: Vec<DueClient>,
    /// Care given to the clients' people this week.
    pub care: CareTally,
    /// Complaints this week.
    pub cases: CaseTally,
    /// Follow-up tasks this week.
    pub tasks: TaskTally,
    /// Arrears outstanding, and collected on this week's visits.
    pub arrears: ArrearsTally,
    /// What came of each visit made this week, in order.
    pub outcomes: Vec<VisitOutcome>,
    /// What next week holds.
    pub next_week: NextWeek,
}

/// A client named in the summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClientRef {
    /// The client.
    pub id: ClientId,
    /// Its name.
    pub name: String,
    /// Its tier.
    pub tier: Tier,
}

/// Visits planned and made, for one key (a purpose, a stage, a tier, a day).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tally {
    /// What is counted: a purpose or stage code, a tier letter, a day.
    pub key: String,
    /// Visits planned for the week (made, cancelled or not yet).
    pub planned: usize,
    /// Those made.
    pub done: usize,
}

/// The week's visits, counted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VisitTally {
    /// Visits planned for the week's days, whatever became of them.
    pub planned: usize,
    /// Those made.
    pub done: usize,
    /// Those called off.
    pub cancelled: usize,
    /// Those still planned on a day already past: neither made nor called off.
    pub missed: usize,
    /// By purpose, in the purposes' order; purposes without visits left out.
    pub by_purpose: Vec<Tally>,
    /// By the sales stage served, in the stages' order; visits without a stage left out.
    pub by_stage: Vec<Tally>,
    /// By the client's tier, A first.
    pub by_tier: Vec<Tally>,
    /// By day, Monday first, every day of the week.
    pub per_day: Vec<Tally>,
}

/// A tier's coverage at the week's end and at the end of the week before.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoverageChange {
    /// The tier.
    pub tier: Tier,
    /// Its interval in days.
    pub cadence_days: u32,
    /// Its clients (lost ones not counted).
    pub clients: usize,
    /// Those contacted within the interval at the week's end.
    pub covered: usize,
    /// `covered / clients` in percent, 100 for a tier without clients.
    pub percent: f64,
    /// Those covered at the end of the week before (of its clients then, who are the same
    /// clients: the portfolio keeps no history of tiers).
    pub covered_before: usize,
    /// The same in percent.
    pub percent_before: f64,
}

/// A count per key (an occasion, a channel).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Counted {
    /// What is counted.
    pub key: String,
    /// How many.
    pub count: usize,
}

/// Care logged this week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CareTally {
    /// Care log entries dated this week.
    pub given: usize,
    /// By occasion: `birthday`, a holiday's name, or `other`.
    pub by_occasion: Vec<Counted>,
    /// By channel: `message`, `call`, `visit`, `gift`.
    pub by_channel: Vec<Counted>,
    /// Greetings sent: care given by message.
    pub greetings_sent: usize,
}

/// Complaints this week, and those open at its end.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseTally {
    /// Received this week.
    pub opened: usize,
    /// Resolved this week.
    pub resolved: usize,
    /// Confirmed by the client this week.
    pub confirmed: usize,
    /// Of those resolved this week, how many within their resolution target.
    pub sla_met: usize,
    /// Of those resolved this week, how many past it.
    pub sla_breached: usize,
    /// The clients' mean satisfaction (1–5) on the cases confirmed this week.
    pub mean_satisfaction: Option<f64>,
    /// Open at the week's end.
    pub open: usize,
    /// The open ones at risk or breached at the week's end, soonest deadline first.
    pub attention: Vec<CaseRow>,
}

/// Follow-up tasks this week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskTally {
    /// Added this week.
    pub opened: usize,
    /// Ticked done this week.
    pub done: usize,
    /// Still open at the week's end.
    pub open: usize,
    /// Of those, past their due day.
    pub overdue: usize,
}

/// Arrears at the week's end and collected during it, per currency.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArrearsTally {
    /// Outstanding, summed per currency.
    pub outstanding: Vec<Money>,
    /// Clients in arrears.
    pub clients: usize,
    /// Of those, past the day their debt was due.
    pub past_due: usize,
    /// Collected on this week's visits, summed per currency.
    pub collected: Vec<Money>,
}

/// A visit made this week and what came of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VisitOutcome {
    /// The day.
    pub date: Date,
    /// The client.
    pub client: ClientRef,
    /// Why it was made.
    pub purpose: VisitPurpose,
    /// The sales step it served.
    pub stage: Option<SalesStage>,
    /// What came of it.
    pub outcome: String,
}

/// A visit planned for next week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedVisit {
    /// When, in the site's time zone.
    pub planned: PlannedStart,
    /// The client.
    pub client: ClientRef,
    /// Why.
    pub purpose: VisitPurpose,
}

/// Next week's plan and who falls due in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextWeek {
    /// The week.
    pub week: IsoWeek,
    /// Visits planned for it, in order.
    pub planned: Vec<PlannedVisit>,
    /// Clients overdue or falling due by its Sunday, as of its Monday, without a visit planned in it.
    pub due: Vec<DueClient>,
}

/// What the week's summary reads of every record: views without notes or
/// addresses, and the cases whole. A [`crate::views::Derived`] view like the client list, so a
/// shell that keeps one makes each summary from memory, reading nothing again but the
/// records changed since.
#[derive(Debug, Default)]
pub struct WeekBasis {
    heads: Vec<ChangeHash>,
    clients: BTreeMap<String, ClientFacts>,
    visits: BTreeMap<String, VisitFacts>,
    contacts: BTreeMap<String, Employee>,
    care: BTreeMap<String, CareFacts>,
    tasks: BTreeMap<String, TaskDays>,
    cases: BTreeMap<String, Case>,
}

/// What the summary reads of a client.
#[derive(Debug, Hydrate)]
struct ClientFacts {
    id: ClientId,
    name: String,
    tier: Tier,
    status: ClientStatus,
    arrears: Option<Money>,
    arrears_due: Option<Date>,
    removed: bool,
}

/// What the summary reads of a visit: all but its notes.
#[derive(Debug, Hydrate)]
struct VisitFacts {
    client_id: ClientId,
    planned: PlannedStart,
    purpose: VisitPurpose,
    status: VisitStatus,
    outcome: String,
    #[autosurgeon(missing = "Option::default")]
    stage: Option<SalesStage>,
    #[autosurgeon(missing = "Option::default")]
    collected: Option<Money>,
    check_in: Option<Instant>,
    check_out: Option<Instant>,
    removed: bool,
}

/// Whose person a contact is.
#[derive(Debug, Hydrate)]
struct Employee {
    client_id: ClientId,
    removed: bool,
}

/// What the summary reads of a task.
#[derive(Debug, Hydrate)]
struct TaskDays {
    due: Option<Date>,
    done: bool,
    #[autosurgeon(missing = "Option::default")]
    opened_on: Option<Date>,
    #[autosurgeon(missing = "Option::default")]
    done_on: Option<Date>,
    removed: bool,
}

/// What the summary reads of a care log entry.
#[derive(Debug, Hydrate)]
struct CareFacts {
    contact_id: ContactId,
    occasion: Occasion,
    channel: CareChannel,
    date: Date,
    removed: bool,
}

/// The summary of `week` in `portfolio`, days read in `zone`, as of `now` or the week's end,
/// from a basis read for this once; a shell that makes summaries again and again keeps a
/// [`WeekBasis`] and brings it up to date.
pub fn week_summary(
    portfolio: &Portfolio,
    week: IsoWeek,
    zone: Zone,
    now: Instant,
) -> Result<WeekSummary, PortfolioError> {
    Ok(read_whole::<WeekBasis>(portfolio)?.summary(&portfolio.settings()?, week, zone, now))
}

impl WeekBasis {
    /// The summary of `week` under `settings`, days read in `zone`, as of `now` or the week's end.
    pub fn summary(&self, settings: &Settings, week: IsoWeek, zone: Zone, now: Instant) -> WeekSummary {
        let end = zone.instant_of(week.next().first_day().0.and_time(NaiveTime::MIN));
        let as_of = if now < end { now } else { end }.in_zone(zone);
        let last_day = week.last_day();
        // "At the week's end" is today while the week lasts: who is overdue now, not by Sunday.
        let end_day = as_of.day_in(zone).min(last_day);
        let clients: HashMap<&ClientId, &ClientFacts> =
            self.clients.values().filter(|c| !c.removed).map(|c| (&c.id, c)).collect();
        let reference = |id: &ClientId| client_ref(&clients, id);
        let visits: Vec<&VisitFacts> =
            self.visits.values().filter(|v| !v.removed && clients.contains_key(&v.client_id)).collect();
        let contacts = self.contact_days(&visits, zone);
        let cadenced: Vec<CadencedClient> = clients.values().map(|c| c.cadenced()).collect();
        let due_on = |day: Date| due_list_of(settings, &cadenced, &contacts, day);
        let (at_end, before) = (due_on(end_day), due_on(week.previous().last_day()));
        let this_week: Vec<&VisitFacts> = visits.iter().copied().filter(|v| week.contains(v.planned.date)).collect();
        let mut first_visits: Vec<ClientRef> = clients
            .keys()
            .filter(|id| contacts.first_visit(id).is_some_and(|day| week.contains(day)))
            .map(|id| reference(id))
            .collect();
        first_visits.sort_by(|a, b| (a.tier, &a.name).cmp(&(b.tier, &b.name)));
        let next = week.next();
        WeekSummary {
            week,
            first_day: week.first_day(),
            last_day,
            manager: settings.manager_name.clone(),
            as_of,
            visits: visit_tally(&this_week, week, &clients, as_of.day_in(zone)),
            first_visits,
            coverage: coverage_change(&at_end, &before),
            overdue: at_end.overdue,
            never_contacted: at_end.never_visited,
            care: self.care_tally(week),
            cases: self.case_tally(settings, week, &clients, as_of),
            tasks: self.task_tally(week, end_day),
            arrears: arrears_tally(&clients, &this_week, end_day),
            outcomes: outcomes(&this_week, &reference),
            next_week: next_week(&visits, next, due_on(next.first_day()), &reference),
        }
    }

    /// The contact days of the live `visits` made and of the care logged for live contacts.
    fn contact_days(&self, visits: &[&VisitFacts], zone: Zone) -> ContactDays {
        let made = visits.iter().filter(|v| v.status == VisitStatus::Done);
        let made = made.map(|v| (v.client_id.clone(), day_made(v.planned.date, v.check_in, v.check_out, zone)));
        let care = self.care.values().filter(|care| !care.removed);
        let care = care.filter_map(|care| Some((self.employer(&care.contact_id)?.clone(), care.date)));
        ContactDays::new(made, care)
    }

    /// The client of the live contact `id`.
    fn employer(&self, id: &ContactId) -> Option<&ClientId> {
        self.contacts.get(id.as_ref()).filter(|c| !c.removed).map(|c| &c.client_id)
    }
}

impl ClientFacts {
    fn cadenced(&self) -> CadencedClient {
        CadencedClient {
            id: self.id.clone(),
            name: self.name.clone(),
            tier: self.tier,
            status: self.status,
            removed: self.removed,
        }
    }
}

impl ByRecord for WeekBasis {
    const COLLECTIONS: &'static [&'static str] = &[
        Client::COLLECTION,
        Visit::COLLECTION,
        Contact::COLLECTION,
        CareLogEntry::COLLECTION,
        Task::COLLECTION,
        Case::COLLECTION,
    ];

    fn heads(&mut self) -> &mut Vec<ChangeHash> {
        &mut self.heads
    }

    /// Reads the record at `key` again into the map of its collection.
    fn read_record(
        &mut self,
        portfolio: &Portfolio,
        collection: &'static str,
        key: &str,
        record: Option<&ObjId>,
    ) -> Result<(), PortfolioError> {
        match collection {
            Client::COLLECTION => kept(&mut self.clients, key, read_view(portfolio, record)?),
            Visit::COLLECTION => kept(&mut self.visits, key, read_view(portfolio, record)?),
            Contact::COLLECTION => kept(&mut self.contacts, key, read_view(portfolio, record)?),
            CareLogEntry::COLLECTION => kept(&mut self.care, key, read_view(portfolio, record)?),
            Task::COLLECTION => kept(&mut self.tasks, key, read_view(portfolio, record)?),
            _ => kept(&mut self.cases, key, read_view::<Case>(portfolio, record)?.filter(|c| !c.removed)),
        }
        Ok(())
    }
}

/// Keeps `read` at `key` in `records` if there is one, drops the key otherwise (removed
/// records are kept with their tombstone and skipped when summing up).
fn kept<T>(records: &mut BTreeMap<String, T>, key: &str, read: Option<T>) {
    match read {
        Some(record) => records.insert(key.to_owned(), record),
        None => records.remove(key),
    };
}

/// Each tier's coverage on the due list `at_end` beside the one `before`.
fn coverage_change(at_end: &DueList, before: &DueList) -> Vec<CoverageChange> {
    let changes = at_end.coverage.iter().zip(&before.coverage);
    changes
        .map(|(now, then)| CoverageChange {
            tier: now.tier,
            cadence_days: now.cadence_days,
            clients: now.clients,
            covered: now.covered,
            percent: percent(now.share()),
            covered_before: then.covered,
            percent_before: percent(then.share()),
        })
        .collect()
}

/// What came of each of the week's `visits` made, in order.
fn outcomes(visits: &[&VisitFacts], reference: &dyn Fn(&ClientId) -> ClientRef) -> Vec<VisitOutcome> {
    let mut made: Vec<&VisitFacts> = visits.iter().copied().filter(|v| v.status == VisitStatus::Done).collect();
    made.sort_by_key(|v| (v.planned.date, v.planned.time));
    made.into_iter()
        .map(|v| VisitOutcome {
            date: v.planned.date,
            client: reference(&v.client_id),
            purpose: v.purpose,
            stage: v.stage,
            outcome: v.outcome.clone(),
        })
        .collect()
}

/// The live client `id` (the summary reads only live clients' visits).
fn client_ref(clients: &HashMap<&ClientId, &ClientFacts>, id: &ClientId) -> ClientRef {
    let client = clients[id];
    ClientRef { id: id.clone(), name: client.name.clone(), tier: client.tier }
}

/// A share as a percentage with one decimal.
pub(crate) fn percent(share: f64) -> f64 {
    (share * 1000.0).round() / 10.0
}

fn visit_tally(
    visits: &[&VisitFacts],
    week: IsoWeek,
    clients: &HashMap<&ClientId, &ClientFacts>,
    today: Date,
) -> VisitTally {
    let count = |key: String, of: &dyn Fn(&VisitFacts) -> bool| {
        let matching = visits.iter().filter(|v| of(v));
        let (planned, done) =
            matching.fold((0, 0), |(p, d), v| (p + 1, d + usize::from(v.status == VisitStatus::Done)));
        Tally { key, planned, done }
    };
    let tier_of = |v: &VisitFacts| clients.get(&v.client_id).map(|c| c.tier);
    let present = |tally: &Tally| tally.planned > 0;
    VisitTally {
        planned: visits.len(),
        done: visits.iter().filter(|v| v.status == VisitStatus::Done).count(),
        cancelled: visits.iter().filter(|v| v.status == VisitStatus::Cancelled).count(),
        missed: visits.iter().filter(|v| v.status == VisitStatus::Planned && v.planned.date < today).count(),
        by_purpose: VisitPurpose::CODES
            .iter()
            .map(|code| count(code.to_string(), &|v| v.purpose.to_string() == *code))
            .filter(present)
            .collect(),
        by_stage: SalesStage::CODES
            .iter()
            .map(|code| count(code.to_string(), &|v| v.stage.is_some_and(|s| s.to_string() == *code)))
            .filter(present)
            .collect(),
        by_tier: Tier::ALL.iter().map(|tier| count(tier.to_string(), &|v| tier_of(v) == Some(*tier))).collect(),
        per_day: week.days().map(|day| count(day.to_string(), &|v| v.planned.date == day)).collect(),
    }
}

impl WeekBasis {
    fn care_tally(&self, week: IsoWeek) -> CareTally {
        let given: Vec<&CareFacts> = self
            .care
            .values()
            .filter(|care| !care.removed && week.contains(care.date) && self.employer(&care.contact_id).is_some())
            .collect();
        let mut occasions: BTreeMap<String, usize> = BTreeMap::new();
        let mut channels: BTreeMap<String, usize> = BTreeMap::new();
        for care in &given {
            let occasion = match &care.occasion {
                Occasion::Birthday => "birthday".to_owned(),
                Occasion::Holiday(name) => name.clone(),
                Occasion::Other(_) => "other".to_owned(),
            };
            *occasions.entry(occasion).or_default() += 1;
            *channels.entry(care.channel.code().to_owned()).or_default() += 1;
        }
        let counted =
            |map: BTreeMap<String, usize>| map.into_iter().map(|(key, count)| Counted { key, count }).collect();
        CareTally {
            given: given.len(),
            greetings_sent: given.iter().filter(|care| care.channel == CareChannel::Message).count(),
            by_occasion: counted(occasions),
            by_channel: counted(channels),
        }
    }

    /// The cases as they stood at `as_of`: steps taken later left out. Clocks are worked
    /// out only for the cases the week's figures need (open at its end, or resolved in it).
    fn case_tally(
        &self,
        settings: &Settings,
        week: IsoWeek,
        clients: &HashMap<&ClientId, &ClientFacts>,
        as_of: Instant,
    ) -> CaseTally {
        let mut context = SlaContext::of(settings);
        let zone = context.zone();
        let in_week = |at: &Instant| week.contains(at.day_in(zone)) && *at <= as_of;
        let mut tally = CaseTally {
            opened: 0,
            resolved: 0,
            confirmed: 0,
            sla_met: 0,
            sla_breached: 0,
            mean_satisfaction: None,
            open: 0,
            attention: Vec::new(),
        };
        let mut satisfaction = Vec::new();
        for case in self.cases.values().filter(|case| case.opened_at <= as_of) {
            let mut case = case.clone();
            case.events.retain(|_, event| event.at <= as_of);
            let timeline = case.timeline();
            let applied = |step: CaseStep| {
                timeline.entries.iter().filter(move |e| e.applied && e.event.step == step && in_week(&e.event.at))
            };
            let resolved = applied(CaseStep::Resolve).next().is_some();
            let confirmations: Vec<u8> = applied(CaseStep::Confirm).filter_map(|e| e.event.satisfaction).collect();
            tally.opened += usize::from(in_week(&case.opened_at));
            tally.confirmed += usize::from(!confirmations.is_empty());
            satisfaction.extend(confirmations);
            if !resolved && !timeline.status.is_open() {
                continue;
            }
            let name = clients.get(&case.client_id).map(|c| c.name.clone()).unwrap_or_default();
            let (row, _, sla) = context.row(&case, name, as_of);
            if resolved {
                tally.resolved += 1;
                match sla.resolution.state {
                    ClockState::Breached => tally.sla_breached += 1,
                    _ => tally.sla_met += 1,
                }
            }
            if row.status.is_open() {
                tally.open += 1;
                if row.at_risk || row.breached {
                    tally.attention.push(row);
                }
            }
        }
        tally.attention.sort_by_key(|row| (row.resolution_due.is_none(), row.resolution_due));
        if !satisfaction.is_empty() {
            let mean = satisfaction.iter().map(|s| f64::from(*s)).sum::<f64>() / satisfaction.len() as f64;
            tally.mean_satisfaction = Some((mean * 100.0).round() / 100.0);
        }
        tally
    }

    /// The week's tasks, those open on `end_day` (the week's last day, or today while it lasts).
    fn task_tally(&self, week: IsoWeek, end_day: Date) -> TaskTally {
        let tasks: Vec<&TaskDays> = self.tasks.values().filter(|t| !t.removed).collect();
        let in_week = |day: Option<Date>| day.is_some_and(|day| week.contains(day));
        let open_at_end = |t: &&&TaskDays| {
            t.opened_on.is_none_or(|day| day <= end_day) && (!t.done || t.done_on.is_some_and(|day| day > end_day))
        };
        let open: Vec<&&TaskDays> = tasks.iter().filter(open_at_end).collect();
        TaskTally {
            opened: tasks.iter().filter(|t| in_week(t.opened_on)).count(),
            done: tasks.iter().filter(|t| t.done && in_week(t.done_on)).count(),
            open: open.len(),
            overdue: open.iter().filter(|t| t.due.is_some_and(|due| due < end_day)).count(),
        }
    }
}

fn arrears_tally(clients: &HashMap<&ClientId, &ClientFacts>, visits: &[&VisitFacts], end_day: Date) -> ArrearsTally {
    let in_arrears: Vec<&&ClientFacts> = clients.values().filter(|c| c.arrears.is_some()).collect();
    ArrearsTally {
        outstanding: summed(in_arrears.iter().filter_map(|c| c.arrears.as_ref())),
        clients: in_arrears.len(),
        past_due: in_arrears.iter().filter(|c| c.arrears_due.is_some_and(|due| due < end_day)).count(),
        collected: summed(visits.iter().filter(|v| v.status == VisitStatus::Done).filter_map(|v| v.collected.as_ref())),
    }
}

/// Amounts summed per currency, in the currencies' order.
fn summed<'a>(amounts: impl Iterator<Item = &'a Money>) -> Vec<Money> {
    let mut sums: BTreeMap<&str, i64> = BTreeMap::new();
    for money in amounts {
        *sums.entry(money.currency.as_str()).or_default() += money.minor_units;
    }
    sums.into_iter().map(|(currency, minor_units)| Money { minor_units, currency: currency.to_owned() }).collect()
}

/// Next `week`'s planned visits, and who on its Monday's due `list` falls due by its Sunday unbooked.
fn next_week(
    visits: &[&VisitFacts],
    week: IsoWeek,
    list: DueList,
    reference: &dyn Fn(&ClientId) -> ClientRef,
) -> NextWeek {
    let mut planned: Vec<&VisitFacts> =
        visits.iter().copied().filter(|v| v.status == VisitStatus::Planned && week.contains(v.planned.date)).collect();
    planned.sort_by_key(|v| (v.planned.date, v.planned.time));
    let booked = |client: &ClientId| planned.iter().any(|v| &v.client_id == client);
    let falls_due = |c: &DueClient| c.due.is_some_and(|due| due <= week.last_day());
    let due = list.overdue.iter().chain(&list.due_this_week).filter(|c| falls_due(c) && !booked(&c.client_id));
    NextWeek {
        week,
        due: due.cloned().collect(),
        planned: planned
            .iter()
            .map(|v| PlannedVisit { planned: v.planned, client: reference(&v.client_id), purpose: v.purpose })
            .collect(),
    }
}

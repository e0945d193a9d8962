//! Visit cadence: when each client was last contacted, when it is due again by
//! its tier's interval, which clients are overdue, due this week or never
//! contacted, and how much of each tier is covered.
//!
//! The clock of a client restarts at its last contact of any kind: a visit
//! made, or care logged for one of its people (a call, a message, a gift, a
//! visit). Lost clients have no cadence. Days proposed for a visit skip the
//! non-working days of the manager's holiday region.

use std::collections::HashMap;

use chrono::Days;
use serde::Serialize;

use autosurgeon::Hydrate;

use crate::calendar::WorkingDays;
use crate::model::{
    CareLogEntry, Client, ClientId, ClientStatus, Contact, ContactId, PlannedDay, Portfolio, PortfolioError, Settings,
    Tier, Visit, VisitStatus,
};
use crate::values::{Date, Instant, Zone};

/// How many days, today included, "due this week" looks ahead.
pub const WEEK_DAYS: u64 = 7;

/// A client's place in its cadence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DueClient {
    /// The client.
    pub client_id: ClientId,
    /// Its name.
    pub name: String,
    /// Its tier.
    pub tier: Tier,
    /// The day of its last contact of any kind; `None` if it was never contacted.
    pub last_contact: Option<Date>,
    /// The last day its cadence allows; `None` if it was never contacted.
    pub due: Option<Date>,
    /// Days past `due` (negative: days left).
    pub days_overdue: Option<i64>,
    /// The first working day on or after both today and `due`: the day to propose for a visit.
    pub proposed: Date,
}

/// The share of a tier's clients contacted within their cadence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierCoverage {
    /// The tier.
    pub tier: Tier,
    /// The tier's interval in days.
    pub cadence_days: u32,
    /// Its clients (lost ones not counted).
    pub clients: usize,
    /// Those contacted within the interval.
    pub covered: usize,
}

impl TierCoverage {
    /// `covered / clients`, 1 for a tier without clients.
    pub fn share(&self) -> f64 {
        if self.clients == 0 { 1.0 } else { self.covered as f64 / self.clients as f64 }
    }
}

/// Who is due for a visit, as of a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DueList {
    /// The day the list is for.
    pub today: Date,
    /// Clients past their due day, most overdue first.
    pub overdue: Vec<DueClient>,
    /// Clients due today or in the next six days, soonest first.
    pub due_this_week: Vec<DueClient>,
    /// Clients never contacted, by tier then name.
    pub never_visited: Vec<DueClient>,
    /// Coverage per tier, A first.
    pub coverage: Vec<TierCoverage>,
}

impl DueList {
    /// Overdue, then due this week, then never visited: the order the day planner fills from.
    pub fn to_visit(&self) -> impl Iterator<Item = &DueClient> {
        self.overdue.iter().chain(&self.due_this_week).chain(&self.never_visited)
    }
}

/// The due list of `portfolio` on `today`; contact instants are read as days in `zone`.
pub fn due_list(portfolio: &Portfolio, today: Date, zone: Zone) -> Result<DueList, PortfolioError> {
    let clients = portfolio.views::<Client, CadencedClient>()?;
    Ok(due_list_of(&portfolio.settings()?, &clients, &ContactDays::read(portfolio, zone)?, today))
}

/// The due list on `today` of `clients` (the live ones but the lost) under `settings`,
/// from their `contacts`, those after `today` not counted: the list as it stood that day.
pub fn due_list_of(settings: &Settings, clients: &[CadencedClient], contacts: &ContactDays, today: Date) -> DueList {
    let last = contacts.last_until(today);
    let mut calendar = WorkingDays::new(settings.region);
    let mut list = DueList {
        today,
        overdue: Vec::new(),
        due_this_week: Vec::new(),
        never_visited: Vec::new(),
        coverage: Vec::new(),
    };
    let mut clients: Vec<&CadencedClient> =
        clients.iter().filter(|c| !c.removed && c.status != ClientStatus::Lost).collect();
    clients.sort_by(|a, b| (a.tier, &a.name).cmp(&(b.tier, &b.name)));
    for client in &clients {
        let interval = settings.cadence.days(client.tier);
        let last_contact = last.get(&client.id).copied();
        let due = last_contact.map(|day| add_days(day, interval));
        let proposed = calendar.first_working_day(due.map_or(today, |due| due.max(today)));
        let days_overdue = due.map(|due| (today.0 - due.0).num_days());
        let entry = DueClient {
            client_id: client.id.clone(),
            name: client.name.clone(),
            tier: client.tier,
            last_contact,
            due,
            days_overdue,
            proposed,
        };
        match days_overdue {
            None => list.never_visited.push(entry),
            Some(days) if days > 0 => list.overdue.push(entry),
            Some(days) if -days < WEEK_DAYS as i64 => list.due_this_week.push(entry),
            Some(_) => {}
        }
    }
    list.overdue.sort_by_key(|c| std::cmp::Reverse(c.days_overdue));
    list.due_this_week.sort_by_key(|c| c.due);
    list.coverage = coverage(&clients, &last, today, &settings.cadence);
    list
}

fn coverage(
    clients: &[&CadencedClient],
    last: &HashMap<ClientId, Date>,
    today: Date,
    cadence: &crate::model::Cadence,
) -> Vec<TierCoverage> {
    let mut tiers: Vec<TierCoverage> = Tier::ALL
        .iter()
        .map(|&tier| TierCoverage { tier, cadence_days: cadence.days(tier), clients: 0, covered: 0 })
        .collect();
    for client in clients {
        let Some(row) = tiers.iter_mut().find(|t| t.tier == client.tier) else { continue };
        row.clients += 1;
        let within = |day: &Date| day.0 <= today.0 && (today.0 - day.0).num_days() <= i64::from(row.cadence_days);
        if last.get(&client.id).is_some_and(within) {
            row.covered += 1;
        }
    }
    tiers
}

/// What the cadence reads of a client.
#[derive(Debug, Clone, Hydrate)]
pub struct CadencedClient {
    /// The client.
    pub id: ClientId,
    /// Its name.
    pub name: String,
    /// Its tier.
    pub tier: Tier,
    /// Lost clients have no cadence.
    pub status: ClientStatus,
    /// Tombstone.
    pub removed: bool,
}

/// What the cadence reads of a visit: whose, when, and whether it was made.
#[derive(Hydrate)]
struct VisitMade {
    client_id: ClientId,
    planned: PlannedDay,
    status: VisitStatus,
    check_in: Option<Instant>,
    check_out: Option<Instant>,
    removed: bool,
}

/// What the cadence reads of a contact: whose person it is, if still live.
#[derive(Hydrate)]
struct Employee {
    id: ContactId,
    client_id: ClientId,
    removed: bool,
}

/// What the cadence reads of a care-log entry: for whom, and when.
#[derive(Hydrate)]
struct CareGiven {
    contact_id: ContactId,
    date: Date,
    removed: bool,
}

/// Every day each client was contacted: the visits made, and the care logged for its people.
#[derive(Debug, Default)]
pub struct ContactDays {
    visits: HashMap<ClientId, Vec<Date>>,
    care: HashMap<ClientId, Vec<Date>>,
}

impl ContactDays {
    /// The contact days of `portfolio`, visits read as days in `zone`.
    pub fn read(portfolio: &Portfolio, zone: Zone) -> Result<ContactDays, PortfolioError> {
        let made =
            portfolio.views::<Visit, VisitMade>()?.into_iter().filter(|v| !v.removed && v.status == VisitStatus::Done);
        let employers: HashMap<_, _> = portfolio
            .views::<Contact, Employee>()?
            .into_iter()
            .filter(|c| !c.removed)
            .map(|c| (c.id, c.client_id))
            .collect();
        let care = portfolio.views::<CareLogEntry, CareGiven>()?.into_iter().filter(|care| !care.removed);
        let care = care.filter_map(|care| Some((employers.get(&care.contact_id)?.clone(), care.date)));
        Ok(ContactDays::new(made.map(|v| (v.client_id.clone(), v.day(zone))), care))
    }

    /// The contact days from the clients and days of the visits `made` and of the `care` given.
    pub fn new(
        made: impl IntoIterator<Item = (ClientId, Date)>,
        care: impl IntoIterator<Item = (ClientId, Date)>,
    ) -> ContactDays {
        let mut days = ContactDays::default();
        for (client, day) in made {
            days.visits.entry(client).or_default().push(day);
        }
        for (client, day) in care {
            days.care.entry(client).or_default().push(day);
        }
        days
    }

    /// Each client's last contact on or before `day`.
    pub fn last_until(&self, day: Date) -> HashMap<ClientId, Date> {
        let mut last: HashMap<ClientId, Date> = HashMap::new();
        for (client, days) in self.visits.iter().chain(&self.care) {
            if let Some(latest) = days.iter().filter(|d| **d <= day).max() {
                let entry = last.entry(client.clone()).or_insert(*latest);
                *entry = (*entry).max(*latest);
            }
        }
        last
    }

    /// The day `client` was first visited, if it ever was.
    pub fn first_visit(&self, client: &ClientId) -> Option<Date> {
        self.visits.get(client).and_then(|days| days.iter().min().copied())
    }
}

impl VisitMade {
    fn day(&self, zone: Zone) -> Date {
        day_made(self.planned.date, self.check_in, self.check_out, zone)
    }
}

/// The day a visit was made: its check-out (else check-in) in `zone`, else its planned day.
pub fn day_made(planned: Date, check_in: Option<Instant>, check_out: Option<Instant>, zone: Zone) -> Date {
    check_out.or(check_in).map_or(planned, |at| at.day_in(zone))
}

fn add_days(day: Date, days: u32) -> Date {
    Date(day.0.checked_add_days(Days::new(u64::from(days))).unwrap_or(day.0))
}

//! The wire types of visit planning: the due list, the day planner and the week.

use fieldbook_core::{CareReminder, DueClient, DueList, Tier, TierCoverage};
use fieldbook_planner::{DayPlan, UnassignedReason};
use serde::Serialize;
use ts_rs::TS;

/// A client's place in its cadence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DueClientView {
    /// Client id.
    pub client_id: String,
    /// Its name.
    pub name: String,
    /// Tier letter.
    pub tier: Tier,
    /// Last contact of any kind, `YYYY-MM-DD`.
    pub last_contact: Option<String>,
    /// The last day its cadence allows.
    pub due: Option<String>,
    /// Days past due (negative: days left).
    pub days_overdue: Option<i32>,
    /// The working day proposed for a visit.
    pub proposed: String,
}

impl From<&DueClient> for DueClientView {
    fn from(c: &DueClient) -> DueClientView {
        DueClientView {
            client_id: c.client_id.to_string(),
            name: c.name.clone(),
            tier: c.tier,
            last_contact: c.last_contact.map(|d| d.to_string()),
            due: c.due.map(|d| d.to_string()),
            days_overdue: c.days_overdue.map(|d| i32::try_from(d).unwrap_or(i32::MAX)),
            proposed: c.proposed.to_string(),
        }
    }
}

/// Coverage of one tier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CoverageView {
    /// Tier letter.
    pub tier: Tier,
    /// The tier's interval in days.
    pub cadence_days: u32,
    /// Its clients.
    pub clients: u32,
    /// Those contacted within the interval.
    pub covered: u32,
}

impl From<&TierCoverage> for CoverageView {
    fn from(t: &TierCoverage) -> CoverageView {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        CoverageView {
            tier: t.tier,
            cadence_days: t.cadence_days,
            clients: count(t.clients),
            covered: count(t.covered),
        }
    }
}

/// Who is due for a visit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DueListView {
    /// The day the list is for.
    pub today: String,
    /// Past their due day.
    pub overdue: Vec<DueClientView>,
    /// Due within the next seven days.
    pub due_this_week: Vec<DueClientView>,
    /// Never contacted.
    pub never_visited: Vec<DueClientView>,
    /// Coverage per tier.
    pub coverage: Vec<CoverageView>,
}

impl From<&DueList> for DueListView {
    fn from(list: &DueList) -> DueListView {
        let views = |clients: &[DueClient]| clients.iter().map(DueClientView::from).collect();
        DueListView {
            today: list.today.to_string(),
            overdue: views(&list.overdue),
            due_this_week: views(&list.due_this_week),
            never_visited: views(&list.never_visited),
            coverage: list.coverage.iter().map(CoverageView::from).collect(),
        }
    }
}

/// A visit in the planned day.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlannedStopView {
    /// Client id.
    pub client_id: String,
    /// Its name.
    pub client_name: String,
    /// Start of the visit, `HH:MM`.
    pub arrive: String,
    /// End of the visit, `HH:MM`.
    pub depart: String,
    /// Road km from the previous stop.
    pub travel_km_from_prev: f64,
}

/// A client left out of the day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UnassignedView {
    /// Client id.
    pub client_id: String,
    /// Its name.
    pub client_name: String,
    /// Why it is out.
    pub reason: UnassignedReason,
}

/// The planned day.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DayPlanView {
    /// The visits in order.
    pub stops: Vec<PlannedStopView>,
    /// The clients left out.
    pub unassigned: Vec<UnassignedView>,
    /// Road km in all.
    pub total_travel_km: f64,
    /// Driving minutes in all.
    pub total_travel_min: f64,
}

impl DayPlanView {
    /// The view of `plan`, naming clients with `name_of`.
    pub fn new(plan: &DayPlan, name_of: impl Fn(&str) -> String) -> DayPlanView {
        DayPlanView {
            stops: plan
                .stops
                .iter()
                .map(|s| PlannedStopView {
                    client_id: s.client_id.to_string(),
                    client_name: name_of(s.client_id.as_ref()),
                    arrive: s.arrive.to_string(),
                    depart: s.depart.to_string(),
                    travel_km_from_prev: s.travel_km_from_prev,
                })
                .collect(),
            unassigned: plan
                .unassigned
                .iter()
                .map(|u| UnassignedView {
                    client_id: u.client_id.to_string(),
                    client_name: name_of(u.client_id.as_ref()),
                    reason: u.reason,
                })
                .collect(),
            total_travel_km: plan.total_travel_km,
            total_travel_min: plan.total_travel_min,
        }
    }
}

/// A care reminder in the week view (an all-day entry).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WeekReminderView {
    /// Reminder id.
    pub id: String,
    /// The day to act, `YYYY-MM-DD`.
    pub date: String,
    /// The client.
    pub client_name: String,
    /// The key person, for care reminders.
    pub contact_name: Option<String>,
    /// What it is about, in the manager's language.
    pub subject: String,
}

impl From<&CareReminder> for WeekReminderView {
    fn from(r: &CareReminder) -> WeekReminderView {
        WeekReminderView {
            id: r.id.clone(),
            date: r.date.to_string(),
            client_name: r.client_name.clone(),
            contact_name: r.contact_name.clone(),
            subject: r.subject.clone(),
        }
    }
}

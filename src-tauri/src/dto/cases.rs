//! The wire types of follow-through: cases with their SLA clocks and timelines,
//! what opening a case and taking a step send, the SLA targets, and tasks.

use fieldbook_core::{
    CaseChannel, CaseDetail, CaseRow, CaseStatus, CaseStep, ClockState, Date, Severity, SlaPolicies, Task,
    TimelineEntry,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dto::VisitView;

/// One case in the Cases view.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseRowView {
    /// Case id.
    pub id: String,
    /// Its client.
    pub client_id: String,
    /// The client's name.
    pub client_name: String,
    /// Where it stands.
    pub status: CaseStatus,
    /// How bad it is.
    pub severity: Severity,
    /// Kind of problem.
    pub category: String,
    /// How it was received.
    pub channel: CaseChannel,
    /// When it was received, RFC 3339 in the manager's zone.
    pub opened_at: String,
    /// The department it is with, while handed over.
    pub department: Option<String>,
    /// When the client must first be answered.
    pub response_due: Option<String>,
    /// When it must be resolved; null while waiting on the client.
    pub resolution_due: Option<String>,
    /// The first-response clock.
    pub response: ClockState,
    /// The resolution clock.
    pub resolution: ClockState,
    /// Working minutes left to resolve it (negative once past).
    pub resolution_left_minutes: i64,
    /// Whether a target was missed.
    pub breached: bool,
    /// Whether a running clock is past 75 % of its target.
    pub at_risk: bool,
    /// The steps that fit now, as the case page's buttons.
    pub next_steps: Vec<CaseStep>,
}

impl From<&CaseRow> for CaseRowView {
    fn from(row: &CaseRow) -> CaseRowView {
        CaseRowView {
            id: row.id.to_string(),
            client_id: row.client_id.to_string(),
            client_name: row.client_name.clone(),
            status: row.status,
            severity: row.severity,
            category: row.category.clone(),
            channel: row.channel,
            opened_at: row.opened_at.to_string(),
            department: row.department.clone(),
            response_due: row.response_due.map(|at| at.to_string()),
            resolution_due: row.resolution_due.map(|at| at.to_string()),
            response: row.response,
            resolution: row.resolution,
            resolution_left_minutes: row.resolution_left_minutes,
            breached: row.breached,
            at_risk: row.at_risk,
            next_steps: row.next_steps.clone(),
        }
    }
}

/// One step on a case's timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseEventView {
    /// Event id.
    pub id: String,
    /// When it happened, RFC 3339.
    pub at: String,
    /// Who took it.
    pub by: String,
    /// What was done.
    pub step: CaseStep,
    /// The note, resolution, reply or reason.
    pub text: String,
    /// The department handed to.
    pub department: Option<String>,
    /// The channel of a reply.
    pub channel: Option<CaseChannel>,
    /// The client's satisfaction, 1–5.
    pub satisfaction: Option<u8>,
    /// False for a step taken on another device that no longer fit once merged.
    pub applied: bool,
}

impl From<&TimelineEntry> for CaseEventView {
    fn from(entry: &TimelineEntry) -> CaseEventView {
        let event = &entry.event;
        CaseEventView {
            id: entry.id.clone(),
            at: event.at.to_string(),
            by: event.by.clone(),
            step: event.step,
            text: event.text.clone(),
            department: event.department.clone(),
            channel: event.channel,
            satisfaction: event.satisfaction,
            applied: entry.applied,
        }
    }
}

/// A case whole: its row, the complaint, its timeline, its visits and tasks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDetailView {
    /// The case as listed.
    pub case: CaseRowView,
    /// Who raised it.
    pub raised_by: Option<String>,
    /// The complaint in the client's words.
    pub description: String,
    /// Its steps in order.
    pub timeline: Vec<CaseEventView>,
    /// The resolution, once resolved.
    pub resolution: Option<String>,
    /// The complaint follow-up visits linked to it.
    pub visits: Vec<VisitView>,
    /// Its tasks.
    pub tasks: Vec<TaskView>,
}

impl CaseDetailView {
    /// The view of `detail`, its tasks as of `today`.
    pub fn new(detail: &CaseDetail, today: Date) -> CaseDetailView {
        let name = &detail.row.client_name;
        CaseDetailView {
            case: CaseRowView::from(&detail.row),
            raised_by: detail.raised_by.clone(),
            description: detail.description.clone(),
            timeline: detail.timeline.entries.iter().map(CaseEventView::from).collect(),
            resolution: detail.timeline.resolution.clone(),
            visits: detail.visits.iter().map(|visit| VisitView::new(visit, name)).collect(),
            tasks: detail.tasks.iter().map(|task| TaskView::new(task, Some(name), today)).collect(),
        }
    }
}

/// A complaint as received, as the "record a complaint" form sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseOpeningInput {
    /// The client.
    pub client_id: String,
    /// The contact who raised it.
    pub contact_id: Option<String>,
    /// Kind of problem.
    pub category: String,
    /// A severity code.
    pub severity: String,
    /// A channel code.
    pub channel: String,
    /// The complaint in the client's words.
    pub description: Option<String>,
    /// When it was received, `YYYY-MM-DD HH:MM`; now when null.
    pub at: Option<String>,
    /// The visit it was recorded during: it becomes that case's follow-up visit.
    pub visit_id: Option<String>,
}

/// What a step on a case sends; which parts a step needs is the core's to say.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseStepInput {
    /// The note, resolution, reply or reason.
    pub text: Option<String>,
    /// The department handed to.
    pub department: Option<String>,
    /// A channel code.
    pub channel: Option<String>,
    /// The client's satisfaction, 1–5.
    pub satisfaction: Option<String>,
    /// When it happened, `YYYY-MM-DD HH:MM`; now when null.
    pub at: Option<String>,
}

/// One severity's SLA targets, as `set_sla` takes them (`4h`, `3d`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SlaTargetView {
    /// The severity.
    pub severity: Severity,
    /// Until the client is first answered.
    pub response: String,
    /// Until the case is resolved.
    pub resolution: String,
}

/// Every severity's targets, the gravest first.
pub fn sla_targets(policies: &SlaPolicies) -> Vec<SlaTargetView> {
    Severity::GRAVEST_FIRST
        .iter()
        .map(|severity| {
            let target = policies.target(*severity);
            SlaTargetView {
                severity: *severity,
                response: target.response.to_string(),
                resolution: target.resolution.to_string(),
            }
        })
        .collect()
}

/// A follow-up to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskView {
    /// Task id.
    pub id: String,
    /// What to do.
    pub title: String,
    /// By when, `YYYY-MM-DD`.
    pub due: Option<String>,
    /// Whether it is done.
    pub done: bool,
    /// Whether it is open and its due day has passed.
    pub overdue: bool,
    /// The client it concerns.
    pub client_id: Option<String>,
    /// That client's name.
    pub client_name: Option<String>,
    /// The visit it came from.
    pub visit_id: Option<String>,
    /// The case it belongs to.
    pub case_id: Option<String>,
}

impl TaskView {
    /// The view of `task` on `today`, concerning the client named `client_name` if any.
    pub fn new(task: &Task, client_name: Option<&str>, today: Date) -> TaskView {
        TaskView {
            id: task.id.to_string(),
            title: task.title.clone(),
            due: task.due.map(|day| day.to_string()),
            done: task.done,
            overdue: !task.done && task.due.is_some_and(|due| due < today),
            client_id: task.client_id.as_ref().map(ToString::to_string),
            client_name: client_name.map(str::to_string),
            visit_id: task.visit_id.as_ref().map(ToString::to_string),
            case_id: task.case_id.as_ref().map(ToString::to_string),
        }
    }
}

//! The case: a client's complaint, followed from receipt to the client's
//! confirmation of the result (受理投诉, 跟踪解决过程, 回复处理结果) — one-stop
//! service: the manager who took it stays with it after handing it to another
//! department.
//!
//! A case keeps what was received (client, who raised it, channel, category,
//! severity, description, when) and a timeline of steps, one event per step,
//! kept in a map by event id so that steps taken on two devices offline both
//! survive the merge. Where the case stands is never stored: it is derived by
//! replaying the timeline ([`Case::timeline`]) in the order of the steps' times
//! (`at`, then when they were typed in, then how many steps the case had where
//! each was typed, then their ids — the same order on every device). A step that does not fit the status reached before it (a device
//! confirmed while another, offline, handed the case over) stays on the timeline
//! as not applied and changes nothing. On one device a step that does not fit is
//! refused ([`Case::with_step`]) and the case is left as it was.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile, Text};
use chrono::Duration;
use serde::{Deserialize, Serialize};

use crate::model::{
    CaseId, Client, ClientId, Contact, ContactId, Portfolio, PortfolioError, Record, record_basics, require_text,
};
use crate::values::{FieldError, Instant, Problem, code_enum, text_serde};

/// A confirmed case can be reopened within this many days of its confirmation;
/// after that the client's new complaint is a new case.
pub const REOPEN_WITHIN_DAYS: i64 = 30;

code_enum!(
    /// How the complaint reached the manager, or how the manager replied.
    CaseChannel, "channel", {
        /// By telephone.
        Phone = "phone",
        /// In person, during a visit.
        Visit = "visit",
        /// By email.
        Email = "email",
        /// By text or messenger.
        Message = "message",
        /// On social media.
        SocialMedia = "social_media",
    }
);

code_enum!(
    /// How badly the client is affected; sets the SLA targets.
    Severity, "severity", {
        /// An annoyance.
        Low = "low",
        /// Hurts the client's work.
        Medium = "medium",
        /// Stops the client's work.
        High = "high",
        /// Threatens the account.
        Critical = "critical",
    }
);

impl Severity {
    /// Every severity, the gravest first.
    pub const GRAVEST_FIRST: [Severity; 4] = [Severity::Critical, Severity::High, Severity::Medium, Severity::Low];

    /// 0 for the gravest, for sorting.
    pub fn rank(self) -> usize {
        Severity::GRAVEST_FIRST.iter().position(|s| *s == self).unwrap_or_default()
    }
}

code_enum!(
    /// Where a case stands, as derived from its timeline.
    CaseStatus, "status", {
        /// Received, nothing done yet.
        Open = "open",
        /// Being worked on.
        InProgress = "in_progress",
        /// Handed to another department; still followed by the manager.
        HandedOver = "handed_over",
        /// Waiting on the client (the resolution clock is paused).
        Waiting = "waiting",
        /// Resolved and replied to; waiting for the client's confirmation.
        Resolved = "resolved",
        /// The client confirmed the result.
        Confirmed = "confirmed",
        /// Came back after being resolved or confirmed.
        Reopened = "reopened",
    }
);

impl CaseStatus {
    /// Whether the case still needs work (its resolution clock runs or is paused).
    pub fn is_open(self) -> bool {
        !matches!(self, CaseStatus::Resolved | CaseStatus::Confirmed)
    }

    /// Whether the resolution clock runs in this status.
    pub fn clock_runs(self) -> bool {
        self.is_open() && self != CaseStatus::Waiting
    }

    /// The status after `step`, or `None` when the step does not fit.
    pub fn after(self, step: CaseStep) -> Option<CaseStatus> {
        use CaseStatus as S;
        let working = matches!(self, S::Open | S::InProgress | S::HandedOver | S::Waiting | S::Reopened);
        match step {
            CaseStep::Open => None,
            CaseStep::Note => Some(self),
            CaseStep::Reply => (self != S::Confirmed).then_some(self),
            CaseStep::Start => (working && self != S::InProgress).then_some(S::InProgress),
            CaseStep::Handover => working.then_some(S::HandedOver),
            CaseStep::Wait => (working && self != S::Waiting).then_some(S::Waiting),
            CaseStep::Resolve => working.then_some(S::Resolved),
            CaseStep::Confirm => (self == S::Resolved).then_some(S::Confirmed),
            CaseStep::Reopen => matches!(self, S::Resolved | S::Confirmed).then_some(S::Reopened),
        }
    }

    /// The steps that fit now, in the order a case usually takes them.
    pub fn next_steps(self) -> Vec<CaseStep> {
        CaseStep::ALL.into_iter().filter(|step| self.after(*step).is_some()).collect()
    }
}

code_enum!(
    /// One step on a case's timeline.
    CaseStep, "step", {
        /// The complaint was received.
        Open = "open",
        /// Work on it started.
        Start = "start",
        /// A note: what was found or done; changes nothing.
        Note = "note",
        /// Handed to a department.
        Handover = "handover",
        /// Waiting on the client (information, access, a test).
        Wait = "wait",
        /// A reply to the client through a channel.
        Reply = "reply",
        /// Resolved, with the resolution (and the reply to the client).
        Resolve = "resolve",
        /// The client confirmed the result, with their satisfaction.
        Confirm = "confirm",
        /// The client came back: reopened, with the reason.
        Reopen = "reopen",
    }
);

impl CaseStep {
    /// The steps a manager takes, in their usual order.
    pub const ALL: [CaseStep; 8] = [
        CaseStep::Start,
        CaseStep::Note,
        CaseStep::Handover,
        CaseStep::Wait,
        CaseStep::Reply,
        CaseStep::Resolve,
        CaseStep::Confirm,
        CaseStep::Reopen,
    ];

    /// Whether this step answers the client, meeting the first-response target.
    pub fn answers_client(self) -> bool {
        matches!(self, CaseStep::Reply | CaseStep::Wait | CaseStep::Resolve)
    }
}

/// One step on a case's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct CaseEvent {
    /// When it happened (as the manager says: notes are written up after a visit).
    pub at: Instant,
    /// When it was typed in.
    pub recorded_at: Instant,
    /// Who took it: the user of the device it was typed on.
    pub by: String,
    /// What was done.
    pub step: CaseStep,
    /// The note, the resolution, the reply or the reason for reopening.
    pub text: String,
    /// The department handed to.
    pub department: Option<String>,
    /// The channel of a reply (or of the resolution's reply).
    pub channel: Option<CaseChannel>,
    /// The client's satisfaction when confirming, 1–5.
    pub satisfaction: Option<u8>,
    /// How many steps the case had on the device it was typed on: orders steps
    /// typed in the same minute in the order they were taken.
    #[autosurgeon(missing = "Default::default")]
    #[serde(default)]
    pub order: u64,
}

impl CaseEvent {
    /// A step taken at `at`, typed in at `recorded_at` by `by`, with nothing else said.
    pub fn new(step: CaseStep, at: Instant, recorded_at: Instant, by: impl Into<String>) -> CaseEvent {
        CaseEvent {
            at,
            recorded_at,
            by: by.into(),
            step,
            text: String::new(),
            department: None,
            channel: None,
            satisfaction: None,
            order: 0,
        }
    }

    /// Checks the step carries what it needs: a note its text, a hand-over its
    /// department, a reply its channel, a resolution its text, a confirmation the
    /// satisfaction, a reopening its reason.
    pub fn validate(&self) -> Result<(), FieldError> {
        match self.step {
            CaseStep::Note => require_text("text", &self.text),
            CaseStep::Handover => require_text("to", self.department.as_deref().unwrap_or_default()),
            CaseStep::Reply if self.channel.is_none() => Err(FieldError::refused("channel", Problem::Required)),
            CaseStep::Resolve => require_text("resolution", &self.text),
            CaseStep::Reopen => require_text("reason", &self.text),
            CaseStep::Confirm => match self.satisfaction {
                Some(1..=5) => Ok(()),
                Some(other) => Err(FieldError::refused(
                    "satisfaction",
                    Problem::OutsideLimits {
                        value: other.to_string(),
                        min: "1".into(),
                        max: "5".into(),
                        unit: "".into(),
                    },
                )),
                None => Err(FieldError::refused("satisfaction", Problem::Required)),
            },
            _ => Ok(()),
        }
    }
}

/// A complaint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct Case {
    /// Stable id.
    pub id: CaseId,
    /// The client complaining.
    pub client_id: ClientId,
    /// The contact who raised it, if known.
    pub raised_by: Option<ContactId>,
    /// When it was received; the SLA clocks start here.
    pub opened_at: Instant,
    /// How it was received.
    pub channel: CaseChannel,
    /// Kind of problem (billing, outage, service quality, …).
    pub category: String,
    /// How bad it is.
    pub severity: Severity,
    /// The complaint in the client's words; merges character by character.
    #[serde(with = "text_serde")]
    pub description: Text,
    /// Every step by event id, the opening included.
    #[autosurgeon(missing = "BTreeMap::new")]
    #[serde(default)]
    pub events: BTreeMap<String, CaseEvent>,
    /// Tombstone.
    pub removed: bool,
}

/// A case's timeline replayed: each event in order, whether it applied, and
/// where the case stands after all of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    /// The events in order, each with its id and whether it applied.
    pub entries: Vec<TimelineEntry>,
    /// Where the case stands.
    pub status: CaseStatus,
    /// The department it was last handed to, while it is there.
    pub department: Option<String>,
    /// The resolution, once resolved (the latest).
    pub resolution: Option<String>,
    /// The client's satisfaction, once confirmed.
    pub satisfaction: Option<u8>,
    /// When the client was first answered.
    pub responded_at: Option<Instant>,
    /// When it was last handed over, while it is there.
    pub handed_over_at: Option<Instant>,
    /// When it was last resolved, while it is resolved.
    pub resolved_at: Option<Instant>,
    /// The spans the resolution clock ran: from, and until (`None`: still running).
    pub runs: Vec<(Instant, Option<Instant>)>,
}

/// One event on a replayed timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// The event's id.
    pub id: String,
    /// The event.
    #[serde(flatten)]
    pub event: CaseEvent,
    /// Whether it applied; `false` for a step taken on another device that no longer fit once merged.
    pub applied: bool,
}

impl Case {
    /// Where the case stands.
    pub fn status(&self) -> CaseStatus {
        self.timeline().status
    }

    /// The timeline replayed in order: by `at`, then `recorded_at`, then the
    /// steps' order on their device, then event id.
    pub fn timeline(&self) -> Timeline {
        let mut events: Vec<(&String, &CaseEvent)> = self.events.iter().collect();
        events.sort_by(|(a_id, a), (b_id, b)| {
            (a.at, a.recorded_at, a.order, a_id).cmp(&(b.at, b.recorded_at, b.order, b_id))
        });
        let mut timeline = Timeline {
            entries: Vec::with_capacity(events.len()),
            status: CaseStatus::Open,
            department: None,
            resolution: None,
            satisfaction: None,
            responded_at: None,
            handed_over_at: None,
            resolved_at: None,
            runs: vec![(self.opened_at, None)],
        };
        let mut confirmed_at = None;
        for (id, event) in events {
            let applied = event.step == CaseStep::Open || timeline.apply(event, confirmed_at);
            if applied && event.step == CaseStep::Confirm {
                confirmed_at = Some(event.at);
            }
            timeline.entries.push(TimelineEntry { id: id.clone(), event: event.clone(), applied });
        }
        timeline
    }

    /// The case with `event` added as `id`, refused when the step does not fit
    /// where the case stands at the step's time, or makes a later step unfit.
    pub fn with_step(&self, id: String, mut event: CaseEvent) -> Result<Case, FieldError> {
        event.validate()?;
        event.order = u64::try_from(self.events.len()).unwrap_or(u64::MAX);
        if event.at < self.opened_at {
            let problem = Problem::NotAfter { value: event.at.to_string(), after: self.opened_at.to_string() };
            return Err(FieldError::refused("at", problem));
        }
        let before = self.timeline();
        let mut case = self.clone();
        case.events.insert(id.clone(), event.clone());
        let after = case.timeline();
        let applied = |timeline: &Timeline, id: &str| timeline.entries.iter().any(|e| e.id == id && e.applied);
        let fits = applied(&after, &id) && before.entries.iter().filter(|e| e.applied).all(|e| applied(&after, &e.id));
        if fits {
            return Ok(case);
        }
        Err(refusal(&before, &event))
    }
}

/// Why `event` does not fit `timeline`: too late to reopen, or the status it met.
fn refusal(timeline: &Timeline, event: &CaseEvent) -> FieldError {
    let status_then = timeline
        .entries
        .iter()
        .filter(|entry| entry.applied && entry.event.at <= event.at)
        .fold(CaseStatus::Open, |status, entry| status.after(entry.event.step).unwrap_or(status));
    if event.step == CaseStep::Reopen && status_then == CaseStatus::Confirmed {
        return FieldError::refused("step", Problem::TooLateToReopen { days: REOPEN_WITHIN_DAYS.to_string() });
    }
    FieldError::refused(
        "step",
        Problem::StepDoesNotFit { step: event.step.to_string(), status: status_then.to_string() },
    )
}

impl Timeline {
    /// Applies `event` if it fits; says whether it did.
    fn apply(&mut self, event: &CaseEvent, confirmed_at: Option<Instant>) -> bool {
        let Some(next) = self.status.after(event.step) else { return false };
        let too_late = confirmed_at.is_some_and(|at| event.at.0 - at.0 > Duration::days(REOPEN_WITHIN_DAYS));
        if event.step == CaseStep::Reopen && self.status == CaseStatus::Confirmed && too_late {
            return false;
        }
        if event.step.answers_client() && self.responded_at.is_none() {
            self.responded_at = Some(event.at);
        }
        match event.step {
            CaseStep::Handover => {
                self.department.clone_from(&event.department);
                self.handed_over_at = Some(event.at);
            }
            CaseStep::Resolve => {
                self.resolution = Some(event.text.clone());
                self.resolved_at = Some(event.at);
            }
            CaseStep::Confirm => self.satisfaction = event.satisfaction,
            CaseStep::Reopen => (self.resolved_at, self.satisfaction) = (None, None),
            _ => {}
        }
        if next != CaseStatus::HandedOver && event.step != CaseStep::Note && event.step != CaseStep::Reply {
            (self.department, self.handed_over_at) = (None, None);
        }
        self.move_clock(next, event.at);
        self.status = next;
        true
    }

    /// Stops or restarts the resolution clock as the case moves to `next` at `at`.
    fn move_clock(&mut self, next: CaseStatus, at: Instant) {
        let running = self.runs.last().is_some_and(|(_, until)| until.is_none());
        if running && !next.clock_runs() {
            if let Some(run) = self.runs.last_mut() {
                run.1 = Some(at);
            }
        } else if !running && next.clock_runs() {
            self.runs.push((at, None));
        }
    }
}

impl fmt::Display for Timeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for entry in &self.entries {
            let event = &entry.event;
            write!(f, "{} {}", event.at, event.step)?;
            if let Some(department) = &event.department {
                write!(f, " → {department}")?;
            }
            if let Some(channel) = event.channel {
                write!(f, " via {channel}")?;
            }
            if let Some(satisfaction) = event.satisfaction {
                write!(f, " {satisfaction}/5")?;
            }
            if !event.text.is_empty() {
                write!(f, ": {}", event.text)?;
            }
            writeln!(f, "{}", if entry.applied { "" } else { " (not applied)" })?;
        }
        Ok(())
    }
}

impl Record for Case {
    record_basics!(CaseId, "cases", "case");

    fn validate(&self) -> Result<(), FieldError> {
        require_text("category", &self.category)?;
        self.events.values().try_for_each(CaseEvent::validate)
    }

    fn check_references(&self, portfolio: &Portfolio) -> Result<(), PortfolioError> {
        portfolio.get::<Client>(&self.client_id)?;
        if let Some(contact) = &self.raised_by {
            portfolio.get::<Contact>(contact)?;
        }
        Ok(())
    }
}

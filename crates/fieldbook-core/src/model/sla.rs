//! Service-level targets and the clocks that hold cases to them.
//!
//! Each severity has a first-response target and a resolution target, in
//! working hours or working days ([`WorkSpan`]); the defaults are in the code
//! and the manager's own are in the settings (synced). Both clocks start when
//! the complaint was received and count working time only ([`WorkingTime`]):
//!
//! - the **response** clock stops at the first step that answers the client
//!   (a reply, asking the client something, or the resolution);
//! - the **resolution** clock runs while the case is open, in progress, handed
//!   over or reopened, pauses while it waits on the client, and stops when it is
//!   resolved; reopening resumes it with the time already used.
//!
//! A clock is at risk once [`AT_RISK_PERCENT`] of its target is used, and
//! breached when it ran past its deadline; the breach is derived from the
//! timeline, so it stays recorded after the case is resolved. Everything here is
//! a pure function of the case, the targets, the working time and `now`.

use autosurgeon::{Hydrate, Reconcile};
use serde::{Deserialize, Serialize};

use crate::calendar::WorkingTime;
use crate::model::{Case, CaseStatus, Severity, Timeline};
use crate::values::{FieldError, Instant, WorkSpan};

/// The share of a target used from which a clock is at risk.
pub const AT_RISK_PERCENT: i64 = 75;

/// One severity's targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct SlaTarget {
    /// Until the client is first answered.
    pub response: WorkSpan,
    /// Until the case is resolved.
    pub resolution: WorkSpan,
}

/// The targets per severity, and when to chase a department or the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct SlaPolicies {
    /// Critical cases.
    pub critical: SlaTarget,
    /// High.
    pub high: SlaTarget,
    /// Medium.
    pub medium: SlaTarget,
    /// Low.
    pub low: SlaTarget,
    /// How long after a hand-over to chase the department.
    pub chase_after: WorkSpan,
    /// How long after a resolution to ask the client to confirm it.
    pub confirm_after: WorkSpan,
}

impl Default for SlaPolicies {
    fn default() -> SlaPolicies {
        let target = |response, resolution| SlaTarget { response, resolution };
        SlaPolicies {
            critical: target(WorkSpan::Hours(2), WorkSpan::Days(1)),
            high: target(WorkSpan::Hours(4), WorkSpan::Days(3)),
            medium: target(WorkSpan::Days(1), WorkSpan::Days(5)),
            low: target(WorkSpan::Days(2), WorkSpan::Days(10)),
            chase_after: WorkSpan::Days(1),
            confirm_after: WorkSpan::Days(2),
        }
    }
}

impl SlaPolicies {
    /// The targets of `severity`.
    pub fn target(&self, severity: Severity) -> SlaTarget {
        match severity {
            Severity::Critical => self.critical,
            Severity::High => self.high,
            Severity::Medium => self.medium,
            Severity::Low => self.low,
        }
    }

    /// Sets `severity`'s targets from what was typed (`4h`, `3d`); `None` keeps one.
    pub fn set(
        &mut self,
        severity: Severity,
        response: Option<&str>,
        resolution: Option<&str>,
    ) -> Result<SlaTarget, FieldError> {
        let read = |field: &str, value: &str| value.parse::<WorkSpan>().map_err(|p| FieldError::refused(field, p));
        let slot = match severity {
            Severity::Critical => &mut self.critical,
            Severity::High => &mut self.high,
            Severity::Medium => &mut self.medium,
            Severity::Low => &mut self.low,
        };
        let mut target = *slot;
        if let Some(response) = response {
            target.response = read("response", response)?;
        }
        if let Some(resolution) = resolution {
            target.resolution = read("resolution", resolution)?;
        }
        *slot = target;
        Ok(target)
    }
}

/// Where a clock stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ClockState {
    /// Running, under [`AT_RISK_PERCENT`] of its target.
    OnTrack,
    /// Running, past [`AT_RISK_PERCENT`] of its target.
    AtRisk,
    /// Paused: the case waits on the client.
    Paused,
    /// Stopped within the target.
    Met,
    /// Ran past its deadline (stays so once stopped).
    Breached,
}

/// One SLA clock of a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SlaClock {
    /// The target.
    pub target: WorkSpan,
    /// When it falls due; `None` while paused.
    pub due: Option<Instant>,
    /// Working minutes used.
    pub used_minutes: i64,
    /// Working minutes left (negative once past).
    pub left_minutes: i64,
    /// Where it stands.
    pub state: ClockState,
}

/// A case's two clocks, and its state as one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseSla {
    /// Until the client is first answered.
    pub response: SlaClock,
    /// Until the case is resolved.
    pub resolution: SlaClock,
}

impl CaseSla {
    /// Whether either target was missed.
    pub fn breached(&self) -> bool {
        self.response.state == ClockState::Breached || self.resolution.state == ClockState::Breached
    }

    /// Whether either running clock is at risk (and none breached).
    pub fn at_risk(&self) -> bool {
        !self.breached() && (self.response.state == ClockState::AtRisk || self.resolution.state == ClockState::AtRisk)
    }
}

/// The clocks of `case` (replayed as `timeline`) under `policies`, at `now`.
pub fn case_sla(
    case: &Case,
    timeline: &Timeline,
    policies: &SlaPolicies,
    time: &mut WorkingTime,
    now: Instant,
) -> CaseSla {
    let target = policies.target(case.severity);
    let day = time.day_minutes();
    let answered = [(case.opened_at, timeline.responded_at)];
    let response = clock(target.response, target.response.minutes(day), &answered, false, time, now);
    let paused = timeline.status == CaseStatus::Waiting;
    let resolution = clock(target.resolution, target.resolution.minutes(day), &timeline.runs, paused, time, now);
    CaseSla { response, resolution }
}

/// A clock toward `minutes` that ran over `runs` (the last one still running when
/// its end is `None`); `paused` when the last run ended for a while, not for good.
fn clock(
    target: WorkSpan,
    minutes: i64,
    runs: &[(Instant, Option<Instant>)],
    paused: bool,
    time: &mut WorkingTime,
    now: Instant,
) -> SlaClock {
    let Some((&(last_from, last_until), earlier)) = runs.split_last() else {
        return SlaClock { target, due: None, used_minutes: 0, left_minutes: minutes, state: ClockState::Met };
    };
    let used_before: i64 = earlier.iter().map(|(from, until)| time.between(*from, until.unwrap_or(now))).sum();
    let due = time.add(last_from, (minutes - used_before).max(0));
    let end = last_until.unwrap_or(now);
    let used = used_before + time.between(last_from, end);
    let state = if used_before >= minutes || end > due {
        ClockState::Breached
    } else if paused {
        ClockState::Paused
    } else if last_until.is_some() {
        ClockState::Met
    } else if used * 100 >= minutes * AT_RISK_PERCENT {
        ClockState::AtRisk
    } else {
        ClockState::OnTrack
    };
    let due = (state != ClockState::Paused).then_some(due);
    SlaClock { target, due, used_minutes: used, left_minutes: minutes - used, state }
}

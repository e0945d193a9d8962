//! The visit: an on-site meeting with a client, planned ahead and logged on
//! the spot, with notes that merge character by character across devices.

use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile, Text};
use chrono::{LocalResult, TimeZone};
use serde::{Deserialize, Serialize};

use crate::model::{
    Case, CaseId, Client, ClientId, Fields, Portfolio, PortfolioError, Record, Spec, Task, TaskId, VisitId, assign,
    field_names, optional, record_basics, text_of,
};
use crate::values::{
    Date, FieldError, Instant, Money, Problem, TimeOfDay, Zone, code_enum, parse_amount_with_currency, parse_time,
    parse_zone, text_serde,
};

/// Why the visit is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Hydrate, Reconcile)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum VisitPurpose {
    /// A tier-cadence visit.
    #[autosurgeon(rename = "routine")]
    Routine,
    /// Care for a key person (greeting, gift).
    #[autosurgeon(rename = "care")]
    Care,
    /// A step of the sales process.
    #[autosurgeon(rename = "sales_step")]
    SalesStep,
    /// Following up a complaint.
    #[autosurgeon(rename = "complaint_follow_up")]
    ComplaintFollowUp,
    /// Collecting arrears.
    #[autosurgeon(rename = "collection")]
    Collection,
}

impl VisitPurpose {
    /// Every purpose's code.
    pub const CODES: &'static [&'static str] = &["routine", "care", "sales_step", "complaint_follow_up", "collection"];

    const NAMES: [(&'static str, VisitPurpose); 5] = [
        ("routine", VisitPurpose::Routine),
        ("care", VisitPurpose::Care),
        ("sales_step", VisitPurpose::SalesStep),
        ("complaint_follow_up", VisitPurpose::ComplaintFollowUp),
        ("collection", VisitPurpose::Collection),
    ];
}

impl fmt::Display for VisitPurpose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = Self::NAMES.iter().find(|(_, p)| p == self).map_or("routine", |(n, _)| n);
        f.write_str(name)
    }
}

impl FromStr for VisitPurpose {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        Self::NAMES.iter().find(|(n, _)| *n == wanted).map(|(_, p)| *p).ok_or_else(|| {
            let allowed = Self::CODES.join(", ");
            FieldError::refused("purpose", Problem::NotOneOf { value: s.to_owned(), allowed })
        })
    }
}

code_enum!(
    /// The step of the sales process a visit served: pre-sale (售前) six steps, in-sale (售中)
    /// five, after-sale (售后) five.
    SalesStage, "stage", {
        /// Pre-sale: the first visit.
        FirstVisit = "first_visit",
        /// Pre-sale: finding out what the client needs.
        NeedsDiscovery = "needs_discovery",
        /// Pre-sale: designing the solution.
        Solution = "solution",
        /// Pre-sale: presenting it.
        Presentation = "presentation",
        /// Pre-sale: negotiating.
        Negotiation = "negotiation",
        /// Pre-sale: signing the contract.
        Contract = "contract",
        /// In-sale: the work order.
        WorkOrder = "work_order",
        /// In-sale: provisioning the service.
        Provisioning = "provisioning",
        /// In-sale: testing.
        Testing = "testing",
        /// In-sale: the trial run.
        Trial = "trial",
        /// In-sale: going live.
        GoLive = "go_live",
        /// After-sale: a return visit.
        Revisit = "revisit",
        /// After-sale: caring for the relationship.
        RelationshipCare = "relationship_care",
        /// After-sale: a complaint.
        Complaint = "complaint",
        /// After-sale: a change to the service.
        Change = "change",
        /// After-sale: maintenance.
        Maintenance = "maintenance",
    }
);

impl SalesStage {
    /// `pre_sale`, `in_sale` or `after_sale`.
    pub fn phase(self) -> &'static str {
        use SalesStage::*;
        match self {
            FirstVisit | NeedsDiscovery | Solution | Presentation | Negotiation | Contract => "pre_sale",
            WorkOrder | Provisioning | Testing | Trial | GoLive => "in_sale",
            Revisit | RelationshipCare | Complaint | Change | Maintenance => "after_sale",
        }
    }
}

/// Where the visit stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Hydrate, Reconcile)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum VisitStatus {
    /// Planned, not yet made.
    #[autosurgeon(rename = "planned")]
    Planned,
    /// Made.
    #[autosurgeon(rename = "done")]
    Done,
    /// Called off.
    #[autosurgeon(rename = "cancelled")]
    Cancelled,
}

impl VisitStatus {
    /// Every status's code.
    pub const CODES: &'static [&'static str] = &["planned", "done", "cancelled"];
}

impl FromStr for VisitStatus {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "planned" => Ok(VisitStatus::Planned),
            "done" => Ok(VisitStatus::Done),
            "cancelled" | "canceled" => Ok(VisitStatus::Cancelled),
            _ => Err(FieldError::refused(
                "status",
                Problem::NotOneOf { value: s.to_owned(), allowed: Self::CODES.join(", ") },
            )),
        }
    }
}

impl fmt::Display for VisitStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            VisitStatus::Planned => "planned",
            VisitStatus::Done => "done",
            VisitStatus::Cancelled => "cancelled",
        })
    }
}

/// When a visit is planned: a wall-clock date and time in the client's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct PlannedStart {
    /// Day of the visit.
    pub date: Date,
    /// Time of arrival.
    pub time: TimeOfDay,
    /// IANA time zone of the site.
    pub zone: Zone,
}

impl PlannedStart {
    /// A planned start from a date (`YYYY-MM-DD`) and a time (`HH:MM`) as typed, in `zone`.
    pub fn parse(date: &str, time: &str, zone: Zone) -> Result<PlannedStart, FieldError> {
        let date = date.parse().map_err(|problem| FieldError::refused("date", problem))?;
        Ok(PlannedStart { date, time: parse_time("time", time)?, zone })
    }

    /// `value` read as `HH:MM` on the planned day in the planned zone, or as an RFC 3339 instant.
    pub fn instant_at(&self, field: &str, value: &str) -> Result<Instant, FieldError> {
        if let Ok(instant) = value.parse::<Instant>() {
            return Ok(instant);
        }
        let time = parse_time(field, value)
            .map_err(|_| FieldError::refused(field, Problem::NotTimeOrInstant { value: value.to_owned() }))?;
        PlannedStart { time, ..*self }.instant().ok_or_else(|| {
            let problem = Problem::NoSuchTime {
                value: value.to_owned(),
                date: self.date.to_string(),
                zone: self.zone.to_string(),
            };
            FieldError::refused(field, problem)
        })
    }

    /// The instant this wall-clock time denotes; the earlier one when clocks fall back,
    /// and `None` for a time skipped when clocks spring forward.
    pub fn instant(&self) -> Option<Instant> {
        let local = self.date.0.and_time(self.time.0);
        match self.zone.0.from_local_datetime(&local) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(Instant(t.fixed_offset())),
            LocalResult::None => None,
        }
    }
}

/// An on-site visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct Visit {
    /// Stable id.
    pub id: VisitId,
    /// The client visited.
    pub client_id: ClientId,
    /// When it is planned to start.
    pub planned: PlannedStart,
    /// Planned length in minutes.
    pub duration_min: u32,
    /// Why it is made.
    pub purpose: VisitPurpose,
    /// Planned, done or cancelled.
    pub status: VisitStatus,
    /// Arrival on site.
    pub check_in: Option<Instant>,
    /// Departure from site.
    pub check_out: Option<Instant>,
    /// Notes taken during the visit; concurrent edits merge character by character.
    #[serde(with = "text_serde")]
    pub notes: Text,
    /// What came of it.
    pub outcome: String,
    /// The sales step it served, if any. Added without a schema bump: visits stored
    /// before it existed have no such key and read as `None`.
    #[serde(default)]
    #[autosurgeon(missing = "Option::default")]
    pub stage: Option<SalesStage>,
    /// The case this visit follows up (the case page lists it); one case at most.
    #[serde(default)]
    #[autosurgeon(missing = "Option::default")]
    pub case_id: Option<CaseId>,
    /// The arrears collected on it, if any (a collection visit's takings).
    #[serde(default)]
    #[autosurgeon(missing = "Option::default")]
    pub collected: Option<Money>,
    /// Tombstone.
    pub removed: bool,
}

impl Visit {
    /// A planned routine visit.
    pub fn planned(id: VisitId, client_id: ClientId, planned: PlannedStart, duration_min: u32) -> Visit {
        Visit {
            id,
            client_id,
            planned,
            duration_min,
            purpose: VisitPurpose::Routine,
            status: VisitStatus::Planned,
            check_in: None,
            check_out: None,
            notes: Text::default(),
            outcome: String::new(),
            stage: None,
            case_id: None,
            collected: None,
            removed: false,
        }
    }
}

impl Visit {
    /// Records the arrival on site. A cancelled visit cannot be checked into.
    pub fn check_in(&mut self, at: Instant) -> Result<(), FieldError> {
        self.refuse_if_cancelled("check_in")?;
        self.check_in = Some(at);
        Ok(())
    }

    /// Records the departure from site; the visit is then done.
    pub fn check_out(&mut self, at: Instant) -> Result<(), FieldError> {
        self.mark_done()?;
        self.check_out = Some(at);
        Ok(())
    }

    /// Marks the visit made. A cancelled visit cannot be.
    pub fn mark_done(&mut self) -> Result<(), FieldError> {
        self.refuse_if_cancelled("status")?;
        self.status = VisitStatus::Done;
        Ok(())
    }

    /// Calls the visit off. A visit already made cannot be.
    pub fn cancel(&mut self) -> Result<(), FieldError> {
        if self.status == VisitStatus::Done {
            return Err(FieldError::refused("status", Problem::VisitDone));
        }
        self.status = VisitStatus::Cancelled;
        Ok(())
    }

    fn refuse_if_cancelled(&self, field: &str) -> Result<(), FieldError> {
        match self.status {
            VisitStatus::Cancelled => Err(FieldError::refused(field, Problem::VisitCancelled)),
            _ => Ok(()),
        }
    }

    /// A follow-up task that came out of this visit, for its client, opened on the visit's day.
    pub fn follow_up(&self, id: TaskId, title: &str) -> Task {
        Task {
            client_id: Some(self.client_id.clone()),
            visit_id: Some(self.id.clone()),
            opened_on: Some(self.planned.date),
            ..Task::new(id, title.trim())
        }
    }

    /// Makes the notes read `text`, as typed in the app. Only the spans that differ
    /// are changed, so what another device typed meanwhile merges in.
    pub fn replace_notes(&mut self, text: &str) {
        self.notes.update(text);
    }

    /// Appends `line` to the notes as a line of its own. Every appended line ends with a
    /// newline, so lines appended concurrently on two devices merge as separate lines.
    pub fn append_note(&mut self, line: &str) {
        let mut addition = String::new();
        if !self.notes.as_str().is_empty() && !self.notes.as_str().ends_with('\n') {
            addition.push('\n');
        }
        addition.push_str(line.trim_end_matches('\n'));
        addition.push('\n');
        let end = self.notes.as_str().len();
        self.notes.splice(end, 0, addition);
    }
}

impl Record for Visit {
    record_basics!(VisitId, "visits", "visit");

    fn validate(&self) -> Result<(), FieldError> {
        if self.duration_min == 0 || self.duration_min > 24 * 60 {
            let problem = Problem::DurationOutOfRange { minutes: self.duration_min.to_string() };
            return Err(FieldError::refused("duration", problem));
        }
        if let (Some(check_in), Some(check_out)) = (self.check_in, self.check_out)
            && check_out < check_in
        {
            let problem =
                Problem::CheckOutBeforeCheckIn { check_out: check_out.to_string(), check_in: check_in.to_string() };
            return Err(FieldError::refused("check_out", problem));
        }
        if self.planned.instant().is_none() {
            let problem = Problem::SkippedTime {
                date: self.planned.date.to_string(),
                time: self.planned.time.to_string(),
                zone: self.planned.zone.to_string(),
            };
            return Err(FieldError::refused("time", problem));
        }
        Ok(())
    }

    fn check_references(&self, portfolio: &Portfolio) -> Result<(), PortfolioError> {
        portfolio.get::<Client>(&self.client_id)?;
        match &self.case_id {
            Some(case) if portfolio.get::<Case>(case)?.client_id != self.client_id => {
                let problem = Problem::NotOfClient { record: case.to_string(), client: self.client_id.to_string() };
                Err(FieldError::refused("case", problem).into())
            }
            _ => Ok(()),
        }
    }
}

field_names!(
    /// A visit's fields, in the order its page and the CSV file show them.
    VisitField {
        /// Planned day.
        Date = "date",
        /// Planned start, `HH:MM`.
        Time = "time",
        /// The site's IANA time zone.
        Tz = "tz",
        /// Planned length in minutes.
        Duration = "duration",
        /// Why it is made.
        Purpose = "purpose",
        /// The sales step it served.
        Stage = "stage",
        /// The case it follows up (its id); its purpose is kept.
        Case = "case",
        /// Planned, done or cancelled: follows from checking out and cancelling.
        Status = "status",
        /// Arrival: `HH:MM` on the planned day, or an RFC 3339 instant.
        CheckIn = "check_in",
        /// Departure, likewise; checking out marks the visit done.
        CheckOut = "check_out",
        /// What came of it.
        Outcome = "outcome",
        /// The arrears collected on it, `AMOUNT CURRENCY` (`5000 CNY`) or with a currency sign.
        Collected = "collected",
        /// The notes taken.
        Notes = "notes",
    }
);

impl Fields for Visit {
    type Field = VisitField;

    fn spec(field: VisitField) -> Spec<Visit> {
        use VisitField as F;
        match field {
            F::Date => Spec::line(
                &["day", "日期", "data"],
                |v, t| assign(&mut v.planned.date, t.parse()?),
                |v| v.planned.date.to_string(),
            ),
            F::Time => Spec::line(
                &["start", "时间", "godzina"],
                |v, t| assign(&mut v.planned.time, parse_time("time", t)?),
                |v| v.planned.time.to_string(),
            ),
            F::Tz => Spec::line(
                &["zone", "time zone", "时区", "strefa"],
                |v, t| assign(&mut v.planned.zone, parse_zone("tz", t)?),
                |v| v.planned.zone.to_string(),
            ),
            F::Duration => {
                Spec::line(&["duration_min", "时长", "czas trwania"], read_duration, |v| v.duration_min.to_string())
            }
            F::Purpose => Spec::choice(
                &["目的", "cel"],
                VisitPurpose::CODES,
                |v, t| assign(&mut v.purpose, t.parse()?),
                |v| v.purpose.to_string(),
            ),
            F::Stage => Spec::choice(
                &["sales stage", "销售阶段", "etap"],
                SalesStage::CODES,
                |v, t| assign(&mut v.stage, optional(t, str::parse::<SalesStage>)?),
                |v| text_of(&v.stage),
            ),
            F::Case => Spec::line(
                &["case_id", "工单", "sprawa"],
                |v, t| assign(&mut v.case_id, optional(t, |id| Ok::<_, Problem>(CaseId::from(id.to_owned())))?),
                |v| text_of(&v.case_id),
            ),
            F::Status => Spec::shown(&["状态"], |v| v.status.to_string()),
            F::CheckIn => Spec::line(
                &["check in", "签到", "przyjazd"],
                |v, t| {
                    let at = v.planned.instant_at("check_in", t)?;
                    Ok(v.check_in(at)?)
                },
                |v| text_of(&v.check_in),
            ),
            F::CheckOut => Spec::line(
                &["check out", "签退", "wyjazd"],
                |v, t| {
                    let at = v.planned.instant_at("check_out", t)?;
                    Ok(v.check_out(at)?)
                },
                |v| text_of(&v.check_out),
            ),
            F::Outcome => {
                Spec::line(&["结果", "wynik"], |v, t| assign(&mut v.outcome, t.to_owned()), |v| v.outcome.clone())
            }
            F::Collected => {
                Spec::line(&["collected amount", "收款", "回款", "wpłata", "zainkasowano"], read_collected, |v| {
                    text_of(&v.collected)
                })
            }
            F::Notes => Spec::text(
                &["备注", "notatki"],
                |v, t| {
                    v.replace_notes(t);
                    Ok(())
                },
                |v| v.notes.as_str().to_owned(),
            ),
        }
    }
}

/// The arrears collected: an amount with its currency; zero means none, a negative amount is refused.
fn read_collected(visit: &mut Visit, text: &str) -> Result<(), Problem> {
    let collected = optional(text, parse_amount_with_currency)?;
    if collected.as_ref().is_some_and(|money| money.minor_units < 0) {
        return Err(Problem::Negative { value: text.to_owned() });
    }
    assign(&mut visit.collected, collected.filter(|money| money.minor_units != 0))
}

/// The planned length, a whole number of minutes.
fn read_duration(visit: &mut Visit, text: &str) -> Result<(), Problem> {
    let minutes = text.parse().map_err(|_| Problem::NotMinutes { value: text.to_owned() })?;
    assign(&mut visit.duration_min, minutes)
}

//! Cases: open one as received, take it through its steps to the client's
//! confirmation, list and show them with their SLA clocks, change the targets.

use fieldbook_core::{
    Case, CaseDetail, CaseEvent, CaseEventId, CaseId, CaseRow, CaseStatus, CaseStep, Client, Contact, FieldError,
    Instant, Portfolio, PortfolioError, Problem, RecordId, Severity, SlaPolicies, Text, Visit, VisitField, VisitId,
    Zone, case_detail, case_rows, set_known_field,
};
use rand::Rng;

/// A complaint as received, each part as typed.
#[derive(Debug, Clone, Default)]
pub struct CaseOpening {
    /// The client (an id or a unique id prefix).
    pub client: String,
    /// The contact who raised it.
    pub contact: Option<String>,
    /// Kind of problem.
    pub category: String,
    /// `low`, `medium`, `high` or `critical`.
    pub severity: String,
    /// How it came: `phone`, `visit`, `email`, `message` or `social_media`.
    pub channel: String,
    /// The complaint in the client's words.
    pub description: Option<String>,
    /// When it was received (`YYYY-MM-DD HH:MM` in the manager's zone); now when `None`.
    pub at: Option<String>,
    /// The visit it was recorded during, which becomes its follow-up visit.
    pub visit: Option<String>,
}

/// Who acts and when: the device's user and the clock.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    /// The user of the device, as the timeline names them.
    pub by: &'a str,
    /// Now.
    pub now: Instant,
}

/// Opens a case from `opening`, in one commit; its timeline starts with the
/// receipt. Recorded during a visit, the visit is linked to it in the same commit.
pub fn open_case(
    portfolio: &mut Portfolio,
    opening: &CaseOpening,
    actor: Actor<'_>,
    ids: &mut impl Rng,
) -> Result<Case, PortfolioError> {
    let zone = portfolio.settings()?.time_zone;
    let client_id = portfolio.find::<Client>(&opening.client)?;
    let raised_by = opening.contact.as_deref().map(|c| portfolio.find::<Contact>(c)).transpose()?;
    if let Some(contact) = &raised_by
        && portfolio.get::<Contact>(contact)?.client_id != client_id
    {
        let problem = Problem::NotOfClient { record: contact.to_string(), client: client_id.to_string() };
        return Err(FieldError::refused("contact", problem).into());
    }
    let opened_at = when(opening.at.as_deref(), zone, actor.now)?;
    let mut case = Case {
        id: CaseId::generate(ids),
        client_id,
        raised_by,
        opened_at,
        channel: opening.channel.parse()?,
        category: opening.category.trim().to_owned(),
        severity: opening.severity.parse()?,
        description: Text::with_value(opening.description.as_deref().unwrap_or_default().trim()),
        events: Default::default(),
        removed: false,
    };
    let received =
        CaseEvent { channel: Some(case.channel), ..CaseEvent::new(CaseStep::Open, opened_at, actor.now, actor.by) };
    case.events.insert(CaseEventId::generate(ids).to_string(), received);
    let visit = opening.visit.as_deref().map(|v| visit_free_for_a_case(portfolio, v)).transpose()?;
    portfolio.act(format!("Open case {}", case.id), |action| {
        action.insert(&case)?;
        if let Some(visit) = &visit {
            action.update::<Visit>(visit, |visit| set_known_field(visit, VisitField::Case, case.id.as_ref()))?;
        }
        Ok(())
    })?;
    Ok(case)
}

/// The visit `visit` (an id or a unique prefix), refused when it already follows
/// up a case: a visit holds one case, and relinking it would hide the first.
fn visit_free_for_a_case(portfolio: &Portfolio, visit: &str) -> Result<VisitId, PortfolioError> {
    let id = portfolio.find::<Visit>(visit)?;
    match portfolio.get::<Visit>(&id)?.case_id {
        Some(case) => Err(FieldError::refused("visit", Problem::VisitFollowsUp { case: case.to_string() }).into()),
        None => Ok(id),
    }
}

/// One step on a case, each part as typed; which parts a step needs is the core's
/// to say ([`CaseEvent::validate`]).
#[derive(Debug, Clone, Default)]
pub struct StepInput {
    /// The note, the resolution, the reply or the reason for reopening.
    pub text: Option<String>,
    /// The department handed to.
    pub department: Option<String>,
    /// The channel of a reply or of the resolution's reply.
    pub channel: Option<String>,
    /// The client's satisfaction, 1–5.
    pub satisfaction: Option<String>,
    /// When it happened (`YYYY-MM-DD HH:MM`); now when `None`.
    pub at: Option<String>,
}

/// Takes `step` on the case `case` as `input` says, in one commit; refused, with
/// nothing written, when the step does not fit where the case stands.
pub fn take_step(
    portfolio: &mut Portfolio,
    case: &str,
    step: CaseStep,
    input: &StepInput,
    actor: Actor<'_>,
    ids: &mut impl Rng,
) -> Result<Case, PortfolioError> {
    if step == CaseStep::Open {
        let problem = Problem::NotOneOf { value: step.to_string(), allowed: step_codes() };
        return Err(FieldError::refused("step", problem).into());
    }
    let id = portfolio.find::<Case>(case)?;
    let zone = portfolio.settings()?.time_zone;
    let event = CaseEvent {
        text: input.text.as_deref().unwrap_or_default().trim().to_owned(),
        department: input.department.as_deref().map(str::trim).filter(|d| !d.is_empty()).map(str::to_owned),
        channel: input.channel.as_deref().map(str::parse).transpose()?,
        satisfaction: input.satisfaction.as_deref().map(satisfaction).transpose()?,
        ..CaseEvent::new(step, when(input.at.as_deref(), zone, actor.now)?, actor.now, actor.by)
    };
    let event_id = CaseEventId::generate(ids).to_string();
    portfolio.update::<Case>(&id, verb(step), |case| {
        *case = case.with_step(event_id, event)?;
        Ok(())
    })
}

/// Which cases a listing shows; each given as typed, `None` or `false` for any.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    /// Only this client's (an id or a unique id prefix).
    pub client: Option<String>,
    /// Only those in this status.
    pub status: Option<String>,
    /// Only those of this severity.
    pub severity: Option<String>,
    /// Only open ones (not resolved nor confirmed).
    pub open: bool,
    /// Only those that missed a target.
    pub breached: bool,
}

/// The live cases `filter` lets through at `now`, open ones by deadline first.
pub fn list_cases(portfolio: &Portfolio, filter: &CaseFilter, now: Instant) -> Result<Vec<CaseRow>, PortfolioError> {
    let client = filter.client.as_deref().map(|c| portfolio.find::<Client>(c)).transpose()?;
    let status: Option<CaseStatus> = filter.status.as_deref().map(str::parse).transpose()?;
    let severity: Option<Severity> = filter.severity.as_deref().map(str::parse).transpose()?;
    let mut rows = case_rows(portfolio, now)?;
    rows.retain(|row| {
        client.as_ref().is_none_or(|c| &row.client_id == c)
            && status.is_none_or(|s| row.status == s)
            && severity.is_none_or(|s| row.severity == s)
            && (!filter.open || row.status.is_open())
            && (!filter.breached || row.breached)
    });
    Ok(rows)
}

/// The case `case` whole at `now`.
pub fn show_case(portfolio: &Portfolio, case: &str, now: Instant) -> Result<CaseDetail, PortfolioError> {
    case_detail(portfolio, &portfolio.find::<Case>(case)?, now)
}

/// Sets the targets of `severity` (`4h`, `3d`; `None` keeps one), in one commit;
/// answers every target.
pub fn set_sla(
    portfolio: &mut Portfolio,
    severity: &str,
    response: Option<&str>,
    resolution: Option<&str>,
) -> Result<SlaPolicies, PortfolioError> {
    let severity: Severity = severity.parse()?;
    if response.is_none() && resolution.is_none() {
        return Err(FieldError::refused("fields", Problem::NothingToChange).into());
    }
    let settings =
        portfolio.update_settings(|settings| settings.sla.set(severity, response, resolution).map(|_| ()))?;
    Ok(settings.sla)
}

/// When a step happened: `at` as typed in `zone`, refused when later than `now`; `now` when `None`.
fn when(at: Option<&str>, zone: Zone, now: Instant) -> Result<Instant, FieldError> {
    let Some(text) = at else { return Ok(now) };
    let at = Instant::parse_in(text, zone).map_err(|problem| FieldError::refused("at", problem))?;
    if at > now {
        return Err(FieldError::refused("at", Problem::InTheFuture { value: text.trim().to_owned() }));
    }
    Ok(at)
}

fn satisfaction(text: &str) -> Result<u8, FieldError> {
    text.trim().parse().map_err(|_| {
        FieldError::refused(
            "satisfaction",
            Problem::OutsideLimits { value: text.to_owned(), min: "1".into(), max: "5".into(), unit: String::new() },
        )
    })
}

fn step_codes() -> String {
    CaseStep::ALL.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

/// The commit message's verb for `step`, before "case cs_…".
fn verb(step: CaseStep) -> &'static str {
    match step {
        CaseStep::Open => "Open",
        CaseStep::Note => "Note on",
        CaseStep::Reply => "Reply on",
        CaseStep::Start => "Start work on",
        CaseStep::Handover => "Hand over",
        CaseStep::Wait => "Wait on the client about",
        CaseStep::Resolve => "Resolve",
        CaseStep::Confirm => "Confirm",
        CaseStep::Reopen => "Reopen",
    }
}

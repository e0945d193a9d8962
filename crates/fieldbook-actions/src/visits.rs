//! Visits: plan one, log one as made (planned or not), change, move, cancel,
//! check in and out, take notes, list.

use fieldbook_core::{
    Action, Client, FieldError, Instant, PlannedStart, Portfolio, PortfolioError, Problem, RecordId, TaskId, Visit,
    VisitField, VisitId, VisitStatus,
};
use rand::Rng;

use crate::fields::{FieldMap, day, require, set_all};

/// Length of a visit when none is given, in minutes.
pub const DEFAULT_DURATION_MIN: u32 = 60;

/// Plans a visit to the client `client` from the fields given (its date and time at
/// least; the manager's time zone unless `tz` is given), in one commit.
pub fn plan_visit(
    portfolio: &mut Portfolio,
    client: &str,
    given: &FieldMap<VisitField>,
    ids: &mut impl Rng,
) -> Result<Visit, PortfolioError> {
    let visit = new_visit(portfolio, client, given, ids)?;
    portfolio.add(visit.clone())?;
    Ok(visit)
}

/// Which visit is logged: a planned one, or an unplanned one at a client.
#[derive(Debug, Clone, Default)]
pub struct VisitLog {
    /// The planned visit (an id or a unique id prefix).
    pub visit: Option<String>,
    /// The client of an unplanned visit, whose date and time are then given.
    pub client: Option<String>,
}

/// Logs a visit as made with the fields given (check-in, check-out, outcome, …) and
/// the follow-up tasks that came of it, in one commit.
pub fn log_visit(
    portfolio: &mut Portfolio,
    which: &VisitLog,
    given: &FieldMap<VisitField>,
    follow_ups: &[String],
    ids: &mut impl Rng,
) -> Result<Visit, PortfolioError> {
    match (&which.visit, &which.client) {
        (Some(visit), None) => change(portfolio, visit, "Log", follow_ups, ids, |visit| {
            visit.mark_done()?;
            set_all(visit, given)
        }),
        (None, Some(client)) => {
            let mut visit = new_visit(portfolio, client, given, ids)?;
            visit.mark_done()?;
            portfolio.act(format!("Add visit {}", visit.id), |action| {
                action.insert(&visit)?;
                add_follow_ups(action, &visit, follow_ups, ids)
            })?;
            Ok(visit)
        }
        _ => Err(FieldError::refused("visit", Problem::Required).into()),
    }
}

/// Changes the fields given of the visit `visit` and adds the follow-up tasks given, in one commit.
pub fn edit_visit(
    portfolio: &mut Portfolio,
    visit: &str,
    given: &FieldMap<VisitField>,
    follow_ups: &[String],
    ids: &mut impl Rng,
) -> Result<Visit, PortfolioError> {
    if given.is_empty() && follow_ups.is_empty() {
        return Err(FieldError::refused("fields", Problem::NothingToChange).into());
    }
    change(portfolio, visit, "Edit", follow_ups, ids, |visit| set_all(visit, given))
}

/// Moves the visit `visit` to another day and time, as dragged in the week view.
pub fn move_visit(portfolio: &mut Portfolio, visit: &str, date: &str, time: &str) -> Result<Visit, PortfolioError> {
    let given = FieldMap::from([(VisitField::Date, date.to_owned()), (VisitField::Time, time.to_owned())]);
    change_fields(portfolio, visit, "Move", &given)
}

/// Records what came of the visit `visit`.
pub fn record_outcome(portfolio: &mut Portfolio, visit: &str, outcome: &str) -> Result<Visit, PortfolioError> {
    change_fields(portfolio, visit, "Record outcome of", &FieldMap::from([(VisitField::Outcome, outcome.to_owned())]))
}

/// Records the sales stage the visit `visit` served (`""` clears it).
pub fn set_stage(portfolio: &mut Portfolio, visit: &str, stage: &str) -> Result<Visit, PortfolioError> {
    change_fields(portfolio, visit, "Record stage of", &FieldMap::from([(VisitField::Stage, stage.to_owned())]))
}

/// Checks in at the visit `visit` at `now`.
pub fn check_in(portfolio: &mut Portfolio, visit: &str, now: Instant) -> Result<Visit, PortfolioError> {
    change_fields(portfolio, visit, "Check in at", &FieldMap::from([(VisitField::CheckIn, now.to_string())]))
}

/// Checks out of the visit `visit` at `now`; it is then done.
pub fn check_out(portfolio: &mut Portfolio, visit: &str, now: Instant) -> Result<Visit, PortfolioError> {
    change_fields(portfolio, visit, "Check out of", &FieldMap::from([(VisitField::CheckOut, now.to_string())]))
}

/// Calls off the planned visit `visit` (a visit made cannot be).
pub fn cancel_visit(portfolio: &mut Portfolio, visit: &str) -> Result<Visit, PortfolioError> {
    let id = portfolio.find::<Visit>(visit)?;
    portfolio.update::<Visit>(&id, "Cancel", Visit::cancel)
}

/// Appends `line` to the notes of the visit `visit` as a line of its own.
pub fn append_note(portfolio: &mut Portfolio, visit: &str, line: &str) -> Result<Visit, PortfolioError> {
    let id = portfolio.find::<Visit>(visit)?;
    if line.trim().is_empty() {
        return Err(FieldError::refused("notes", Problem::Empty).into());
    }
    portfolio.update::<Visit>(&id, "Note on", |visit| {
        visit.append_note(line);
        Ok(())
    })
}

/// Makes the notes of the visit `visit` read `text`, as typed, changing only what
/// differs; no commit when nothing does. Answers whether anything changed.
pub fn save_notes(portfolio: &mut Portfolio, visit: &str, text: &str) -> Result<bool, PortfolioError> {
    let id = portfolio.find::<Visit>(visit)?;
    if portfolio.get::<Visit>(&id)?.notes.as_str() == text {
        return Ok(false);
    }
    portfolio.update::<Visit>(&id, "Write notes on", |visit| {
        visit.replace_notes(text);
        Ok(())
    })?;
    Ok(true)
}

/// Which visits a listing shows; each given as typed, `None` for any.
#[derive(Debug, Clone, Default)]
pub struct VisitFilter {
    /// Only this client's (an id or a unique id prefix).
    pub client: Option<String>,
    /// Only planned, done or cancelled ones.
    pub status: Option<String>,
    /// From this day on.
    pub from: Option<String>,
    /// Up to this day.
    pub to: Option<String>,
}

/// The live visits `filter` lets through, by planned start.
pub fn list_visits(portfolio: &Portfolio, filter: &VisitFilter) -> Result<Vec<Visit>, PortfolioError> {
    let client = filter.client.as_deref().map(|c| portfolio.find::<Client>(c)).transpose()?;
    let status: Option<VisitStatus> = filter.status.as_deref().map(str::parse).transpose()?;
    let from = filter.from.as_deref().map(|d| day("from", d)).transpose()?;
    let to = filter.to.as_deref().map(|d| day("to", d)).transpose()?;
    let mut visits = portfolio.records::<Visit>()?;
    visits.retain(|v| {
        client.as_ref().is_none_or(|c| &v.client_id == c)
            && status.is_none_or(|s| v.status == s)
            && from.is_none_or(|d| v.planned.date >= d)
            && to.is_none_or(|d| v.planned.date <= d)
    });
    visits.sort_by_key(|v| (v.planned.date, v.planned.time));
    Ok(visits)
}

/// The visits planned or made (not cancelled) from the day `from` for `days` days, by start.
pub fn visits_between(portfolio: &Portfolio, from: &str, days: u32) -> Result<Vec<Visit>, PortfolioError> {
    let first = day("from", from)?;
    let end = first.0 + chrono::Duration::days(i64::from(days));
    let mut visits = portfolio.records::<Visit>()?;
    visits.retain(|v| v.planned.date >= first && v.planned.date.0 < end && v.status != VisitStatus::Cancelled);
    visits.sort_by_key(|v| (v.planned.date, v.planned.time));
    Ok(visits)
}

/// A planned visit to `client` from the fields given; its date and time are required.
fn new_visit(
    portfolio: &Portfolio,
    client: &str,
    given: &FieldMap<VisitField>,
    ids: &mut impl Rng,
) -> Result<Visit, PortfolioError> {
    require(given, &[VisitField::Date, VisitField::Time])?;
    let client_id = portfolio.find::<Client>(client)?;
    let text = |field| given.get(&field).map_or("", String::as_str);
    let planned = PlannedStart::parse(text(VisitField::Date), text(VisitField::Time), portfolio.settings()?.time_zone)?;
    let mut visit = Visit::planned(VisitId::generate(ids), client_id, planned, DEFAULT_DURATION_MIN);
    set_all(&mut visit, given)?;
    Ok(visit)
}

/// Sets the fields given of the visit `visit`, in one commit named `verb`.
fn change_fields(
    portfolio: &mut Portfolio,
    visit: &str,
    verb: &str,
    given: &FieldMap<VisitField>,
) -> Result<Visit, PortfolioError> {
    let id = portfolio.find::<Visit>(visit)?;
    portfolio.update::<Visit>(&id, verb, |visit| set_all(visit, given))
}

/// Changes the visit `visit` with `edit` and adds its follow-up tasks, in one commit named `verb`.
fn change(
    portfolio: &mut Portfolio,
    visit: &str,
    verb: &str,
    follow_ups: &[String],
    ids: &mut impl Rng,
    edit: impl FnOnce(&mut Visit) -> Result<(), FieldError>,
) -> Result<Visit, PortfolioError> {
    let id = portfolio.find::<Visit>(visit)?;
    portfolio.act(format!("{verb} visit {id}"), |action| {
        let visit = action.update::<Visit>(&id, edit)?;
        add_follow_ups(action, &visit, follow_ups, ids)?;
        Ok(visit)
    })
}

fn add_follow_ups(
    action: &mut Action<'_>,
    visit: &Visit,
    titles: &[String],
    ids: &mut impl Rng,
) -> Result<(), PortfolioError> {
    titles.iter().try_for_each(|title| action.insert(&visit.follow_up(TaskId::generate(ids), title)))
}

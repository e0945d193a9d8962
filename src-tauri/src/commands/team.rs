//! The Team view's commands: a lead reads their team members' portfolios,
//! which sync keeps in the data directory's team folder (read-only copies,
//! see `fieldbook_replica::sync::TeamCopy`). Nothing here changes them: there
//! is no command to, and the replica refuses any action on a read-only copy.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use fieldbook_core::{
    Client, ClientId, Date, Instant, IsoWeek, Language, MemberCopy, Portfolio, PortfolioError, WeekBasis, due_list,
};
use fieldbook_replica::ReplicaError;
use fieldbook_replica::sync::{SyncError, TeamCopy, team_dirs};
use fieldbook_report::lay_out_team;

use super::cases::case_view;
use super::report::week_asked;
use super::{Answer, Desk};
use crate::dto::{CaseDetailView, ClientDetail, ClientRowView, TeamClientView, TeamPortfolioView, WeekReportView};

/// The team copies this app has opened, by data directory, kept open so that
/// each read only takes in what sync saved since the last one.
#[derive(Default)]
pub struct TeamShelf {
    copies: Mutex<BTreeMap<PathBuf, Shelved>>,
}

/// An open team copy, with its Team view as last computed and what its week's summary reads.
struct Shelved {
    copy: TeamCopy,
    /// Kept up to date with the copy, so the dashboard's summaries after the first are made from memory.
    basis: WeekBasis,
    /// The member's view and the day it was computed for, until sync changes the copy:
    /// reading every client and the due list takes seconds on a large portfolio
    /// (BENCHMARKS.md), and the view reloads whenever anything syncs.
    view: Option<(Date, TeamPortfolioView)>,
}

impl TeamShelf {
    fn lock(&self) -> MutexGuard<'_, BTreeMap<PathBuf, Shelved>> {
        // A panic while reading leaves each copy as consistent as SQLite left it.
        self.copies.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// What the status poll learns of the team copies.
pub(super) struct TeamNews {
    /// Whether this computer keeps any team member's portfolio.
    pub(super) kept: bool,
    /// Whether sync changed the copies the Team view reads since the last look.
    pub(super) changed: bool,
}

/// Looks at the team copies for the status poll: once the Team view opened
/// them, they take in what sync saved, and a copy sync pulled since is opened,
/// so that the view reloads when anything changed.
pub(super) fn team_news(desk: &Desk) -> Result<TeamNews, SyncError> {
    let dirs = team_dirs(&desk.data_dir)?;
    let mut copies = desk.team.lock();
    let changed = !copies.is_empty() && take_in(&mut copies, dirs.clone())?;
    Ok(TeamNews { kept: !dirs.is_empty(), changed })
}

/// Opens the copies in `dirs` not open yet and has every open copy take in
/// what sync saved; answers whether anything was new.
fn take_in(copies: &mut BTreeMap<PathBuf, Shelved>, dirs: Vec<PathBuf>) -> Result<bool, SyncError> {
    let mut changed = false;
    for dir in dirs {
        if let Entry::Vacant(slot) = copies.entry(dir) {
            let copy = TeamCopy::open(slot.key())?;
            slot.insert(Shelved { copy, basis: WeekBasis::default(), view: None });
            changed = true;
        }
    }
    for shelved in copies.values_mut() {
        if shelved.copy.replica.refresh()? {
            shelved.view = None;
            changed = true;
        }
    }
    Ok(changed)
}

/// Every team member's portfolio kept here, by owner, each with its clients.
pub fn team_portfolios(desk: &Desk) -> Answer<Vec<TeamPortfolioView>> {
    with_copies(desk, |copies| {
        let now = desk.now();
        let mut views =
            copies.values_mut().map(|shelved| portfolio_view(shelved, now)).collect::<Result<Vec<_>, SyncError>>()?;
        views.sort_by(|a, b| a.owner.cmp(&b.owner));
        Ok(views)
    })
}

/// A client's page in `owner`'s portfolio, to read.
pub fn team_client_detail(desk: &Desk, owner: &str, client_id: &str) -> Answer<ClientDetail> {
    with_copies(desk, |copies| {
        let copy = member_copy(copies, owner)?;
        let portfolio = copy.replica.portfolio();
        let page = portfolio.find::<Client>(client_id).and_then(|id| fieldbook_core::client_page(portfolio, &id));
        Ok(ClientDetail::from(&page.map_err(ReplicaError::from)?))
    })
}

/// A case in `owner`'s portfolio, to read: no step is offered on a copy nobody here may change.
pub fn team_case_detail(desk: &Desk, owner: &str, case_id: &str) -> Answer<CaseDetailView> {
    with_copies(desk, |copies| {
        let copy = member_copy(copies, owner)?;
        let mut view = case_view(copy.replica.portfolio(), case_id, desk.now()).map_err(ReplicaError::from)?;
        view.case.next_steps.clear();
        Ok(view)
    })
}

/// The lead's dashboard: the team's `week` (`""`: this week in the lead's zone, else the
/// first member's) from the members' copies, laid out in `language`.
pub fn team_report(desk: &Desk, week: &str, language: &Language) -> Answer<WeekReportView> {
    let now = desk.now();
    let own = desk.read(|portfolio| portfolio.settings()).ok();
    with_copies(desk, |copies| {
        let settings = match (&own, copies.values().next()) {
            (Some(own), _) => own.clone(),
            (None, Some(first)) => first.copy.replica.portfolio().settings().map_err(ReplicaError::from)?,
            (None, None) => return Err(no_such_member("")),
        };
        let asked = week_asked(week, &settings, now).map_err(|e| ReplicaError::from(PortfolioError::from(e)))?;
        let mut members = Vec::new();
        for shelved in copies.values_mut() {
            shelved.copy.replica.update_derived(&mut shelved.basis)?;
            let member = shelved.copy.replica.portfolio().settings().map_err(ReplicaError::from)?;
            let last_synced = shelved.copy.last_synced()?.and_then(|at| at.parse::<Instant>().ok());
            let summary = shelved.basis.summary(&member, asked, member.time_zone, now);
            members.push(MemberCopy { owner: shelved.copy.owner.clone(), last_synced, summary });
        }
        let report = fieldbook_core::team_report(asked, members, now.in_zone(settings.time_zone));
        let current = IsoWeek::of(now.day_in(settings.time_zone));
        Ok(WeekReportView::new(asked, current, lay_out_team(&report, *language)))
    })
}

/// The copy of `owner`'s portfolio.
fn member_copy<'a>(copies: &'a BTreeMap<PathBuf, Shelved>, owner: &str) -> Result<&'a TeamCopy, SyncError> {
    let copy = copies.values().map(|shelved| &shelved.copy).find(|copy| copy.owner == owner);
    copy.ok_or_else(|| no_such_member(owner))
}

fn no_such_member(owner: &str) -> SyncError {
    ReplicaError::from(PortfolioError::NotFound { noun: "team portfolio", id: owner.to_owned() }).into()
}

/// Runs `read` on the team copies, opening those sync pulled since the last
/// call and taking in what it saved to the others.
fn with_copies<T>(
    desk: &Desk,
    read: impl FnOnce(&mut BTreeMap<PathBuf, Shelved>) -> Result<T, SyncError>,
) -> Answer<T> {
    let mut copies = desk.team.lock();
    let found = team_dirs(&desk.data_dir).and_then(|dirs| take_in(&mut copies, dirs)).and_then(|_| read(&mut copies));
    found.map_err(|error| desk.sync_error(error))
}

/// The member's view: computed again only when sync changed the copy or the day
/// changed; the last sync is read afresh each time.
fn portfolio_view(shelved: &mut Shelved, now: Instant) -> Result<TeamPortfolioView, SyncError> {
    let settings = shelved.copy.replica.portfolio().settings().map_err(ReplicaError::from)?;
    let day = now.day_in(settings.time_zone);
    let mut view = match shelved.view.take() {
        Some((computed_for, view)) if computed_for == day => view,
        _ => member_view(&shelved.copy, settings.manager_name, day)?,
    };
    view.last_synced = shelved.copy.last_synced()?;
    shelved.view = Some((day, view.clone()));
    Ok(view)
}

fn member_view(copy: &TeamCopy, manager_name: String, today: Date) -> Result<TeamPortfolioView, SyncError> {
    let portfolio = copy.replica.portfolio();
    let overdue = days_overdue(portfolio, today).map_err(ReplicaError::from)?;
    let rows = fieldbook_core::client_rows(portfolio).map_err(ReplicaError::from)?;
    Ok(TeamPortfolioView {
        owner: copy.owner.clone(),
        manager_name,
        last_synced: None,
        clients: rows
            .iter()
            .map(|row| TeamClientView {
                row: ClientRowView::from(row),
                days_overdue: overdue.get(&row.client.id).copied(),
            })
            .collect(),
    })
}

/// The overdue clients of the member's due list on `today` (in the member's time zone).
fn days_overdue(portfolio: &Portfolio, today: Date) -> Result<HashMap<ClientId, u32>, PortfolioError> {
    let list = due_list(portfolio, today, portfolio.settings()?.time_zone)?;
    Ok(list
        .overdue
        .iter()
        .filter_map(|due| Some((due.client_id.clone(), u32::try_from(due.days_overdue?).ok()?)))
        .collect())
}

//! First-wave cases in today's shape. The first builds kept a case's status,
//! department, resolution and satisfaction as fields beside a list of dated
//! notes; today a case is its timeline of steps ([`crate::Case::timeline`]).
//! On load, each case without a timeline map has one written from those fields
//! — the notes as note steps, then the steps that reach its status — and the
//! old fields are deleted, in one commit.
//!
//! The steps' ids are fixed (`ev_first_wave_00`, …), so two devices that
//! upgrade the same case offline write the same steps, and the merge keeps one
//! of two identical timelines.

use std::collections::BTreeMap;

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{AutoCommit, ObjId, ObjType, ROOT, ReadDoc, Value, ValueRef};
use autosurgeon::{Hydrate, hydrate_prop, reconcile_prop};

use crate::model::{Case, CaseChannel, CaseEvent, CaseStep, PortfolioError, Record, Settings};
use crate::values::Instant;

/// The fields of a first-wave case that today's timeline is written from.
#[derive(Hydrate)]
struct FirstWaveCase {
    opened_at: Instant,
    channel: CaseChannel,
    status: String,
    handed_to: Option<String>,
    resolution: String,
    satisfaction: Option<u8>,
    timeline: Vec<FirstWaveNote>,
}

/// A dated note on a first-wave case.
#[derive(Hydrate)]
struct FirstWaveNote {
    at: Instant,
    what: String,
}

/// The first-wave fields, deleted once the timeline is written.
const FIRST_WAVE_KEYS: [&str; 6] = ["status", "handed_to", "due", "timeline", "resolution", "satisfaction"];

/// Writes a timeline for every first-wave case in `doc`, in one commit; none when there are none.
pub(crate) fn upgrade_first_wave_cases(doc: &mut AutoCommit, settings_key: &str) -> Result<(), PortfolioError> {
    let Some((Value::Object(ObjType::Map), cases)) = doc.get(ROOT, Case::COLLECTION)? else { return Ok(()) };
    let first_wave: Vec<ObjId> = doc
        .map_range(&cases, ..)
        .filter(|item| matches!(item.value, ValueRef::Object(ObjType::Map)))
        .map(|item| item.id())
        .filter(|case| !has_key(doc, case, "events") && has_key(doc, case, "status"))
        .collect();
    if first_wave.is_empty() {
        return Ok(());
    }
    let settings: Settings = hydrate_prop(doc, ROOT, settings_key)?;
    for case in first_wave {
        let old = FirstWaveCase::hydrate_map(doc, &case)?;
        reconcile_prop(&mut *doc, &case, "events", timeline_of(&old, &settings.manager_name))?;
        for key in FIRST_WAVE_KEYS {
            if has_key(doc, &case, key) {
                doc.delete(&case, key)?;
            }
        }
    }
    doc.commit_with(CommitOptions::default().with_message("Upgrade first-wave cases"));
    Ok(())
}

fn has_key(doc: &AutoCommit, map: &ObjId, key: &str) -> bool {
    doc.get(map, key).ok().flatten().is_some()
}

/// The steps that tell `case`'s story by `by`: received, its notes, then what
/// brought it to its status, at its last note's time.
fn timeline_of(case: &FirstWaveCase, by: &str) -> BTreeMap<String, CaseEvent> {
    let mut steps = vec![CaseEvent {
        channel: Some(case.channel),
        ..CaseEvent::new(CaseStep::Open, case.opened_at, case.opened_at, by)
    }];
    for note in &case.timeline {
        steps.push(CaseEvent { text: note.what.clone(), ..CaseEvent::new(CaseStep::Note, note.at, note.at, by) });
    }
    let last = case.timeline.iter().map(|note| note.at).chain([case.opened_at]).max().unwrap_or(case.opened_at);
    let step = |step: CaseStep| CaseEvent::new(step, last, last, by);
    let resolve = CaseEvent { text: case.resolution.clone(), ..step(CaseStep::Resolve) };
    match case.status.as_str() {
        "in_progress" => steps.push(step(CaseStep::Start)),
        "handed_over" => steps.push(CaseEvent { department: case.handed_to.clone(), ..step(CaseStep::Handover) }),
        "resolved" => steps.push(resolve),
        "confirmed" => {
            steps.extend([resolve, CaseEvent { satisfaction: case.satisfaction, ..step(CaseStep::Confirm) }])
        }
        "reopened" => steps.extend([resolve, step(CaseStep::Reopen)]),
        _ => {}
    }
    (0u64..)
        .zip(steps)
        .map(|(order, event)| (format!("ev_first_wave_{order:02}"), CaseEvent { order, ..event }))
        .collect()
}

//! Property: any schedule of edits on three devices, merged in any order, converges
//! to the same portfolio everywhere, and no acknowledged edit is lost.

use fieldbook_core::{ActorId, Client, ClientId, Fields, Portfolio, Tier, Visit};
use proptest::prelude::*;

use fieldbook_fixtures::{a_portfolio, add_client, note, plan_visit};

#[derive(Debug, Clone)]
enum Step {
    AddClient { device: usize, n: u8 },
    EditAddress { device: usize, n: u8 },
    Note { device: usize, n: u8 },
    RemoveClient { device: usize },
    Merge { from: usize, into: usize },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..3usize, any::<u8>()).prop_map(|(device, n)| Step::AddClient { device, n }),
        (0..3usize, any::<u8>()).prop_map(|(device, n)| Step::EditAddress { device, n }),
        (0..3usize, any::<u8>()).prop_map(|(device, n)| Step::Note { device, n }),
        (0..3usize).prop_map(|device| Step::RemoveClient { device }),
        (0..3usize, 0..3usize).prop_map(|(from, into)| Step::Merge { from, into }),
    ]
}

/// Merges `from` into `into` on distinct devices.
fn merge(devices: &mut [Portfolio], from: usize, into: usize) {
    if from == into {
        return;
    }
    let mut source = devices[from].fork(ActorId::random());
    devices[into].merge(&mut source).expect("merge");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_schedule_converges_and_keeps_every_note(steps in prop::collection::vec(step(), 1..40)) {
        let mut origin = a_portfolio();
        let shared = add_client(&mut origin, "shared", Tier::A);
        let visit = plan_visit(&mut origin, &shared, "vi_shared", "2026-12-01");
        let mut devices: Vec<Portfolio> = (0..3).map(|_| origin.fork(ActorId::random())).collect();
        let mut notes = Vec::new();
        for (i, step) in steps.into_iter().enumerate() {
            match step {
                Step::AddClient { device, n } => {
                    add_client(&mut devices[device], &format!("c{i}-{n}"), Tier::B);
                }
                Step::EditAddress { device, n } => {
                    devices[device]
                        .update::<Client>(&shared, "Edit", |c| c.set_field("address", &format!("street {n}")))
                        .expect("edit");
                }
                Step::Note { device, n } => {
                    let line = format!("note {i}/{n}");
                    note(&mut devices[device], &visit, &line);
                    notes.push(line);
                }
                Step::RemoveClient { device } => {
                    let victim = devices[device].records::<Client>().expect("clients").into_iter()
                        .map(|c| c.id).find(|id| *id != shared);
                    if let Some(id) = victim {
                        devices[device].remove::<Client>(&id).expect("remove");
                    }
                }
                Step::Merge { from, into } => merge(&mut devices, from, into),
            }
        }
        for from in 0..3 {
            for into in 0..3 {
                merge(&mut devices, from, into);
            }
        }
        let snapshot = |p: &Portfolio| (
            p.all_records::<Client>().expect("clients"),
            p.all_records::<Visit>().expect("visits"),
        );
        let first = snapshot(&devices[0]);
        for device in &devices[1..] {
            prop_assert_eq!(&snapshot(device), &first);
        }
        let merged_notes = devices[0].get::<Visit>(&visit).expect("visit").notes.as_str().to_string();
        for line in &notes {
            prop_assert!(merged_notes.lines().any(|l| l == line), "note {} lost from {:?}", line, merged_notes);
        }
        prop_assert!(devices[0].get::<Client>(&ClientId::from("cl_shared".to_string())).is_ok());
    }
}

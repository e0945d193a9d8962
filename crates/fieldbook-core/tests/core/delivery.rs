//! Property: devices that ship each action's change over an unreliable network —
//! messages dropped, duplicated and delivered out of order — stay readable at every
//! step, and once they reconnect and exchange what they hold they converge to the same
//! portfolio with every acknowledged note, edit and removal in it.

use fieldbook_core::{ActorId, Client, ClientId, Fields, Portfolio, Tier, Visit, VisitId};
use proptest::prelude::*;

use fieldbook_fixtures::{a_portfolio, add_client, note, plan_visit};

const DEVICES: usize = 3;

#[derive(Debug, Clone)]
enum Step {
    Note {
        device: usize,
    },
    EditIndustry {
        device: usize,
        n: u8,
    },
    AddClient {
        device: usize,
    },
    RemoveClient {
        device: usize,
    },
    /// Delivers the message at `pick` (modulo the queue length) of the queue into `to`.
    Deliver {
        to: usize,
        pick: usize,
    },
    /// Delivers a message but keeps a copy in the queue, to arrive again later.
    Duplicate {
        to: usize,
        pick: usize,
    },
    /// Loses a message.
    Drop {
        to: usize,
        pick: usize,
    },
}

fn step() -> impl Strategy<Value = Step> {
    let device = 0..DEVICES;
    prop_oneof![
        device.clone().prop_map(|device| Step::Note { device }),
        (device.clone(), any::<u8>()).prop_map(|(device, n)| Step::EditIndustry { device, n }),
        device.clone().prop_map(|device| Step::AddClient { device }),
        device.clone().prop_map(|device| Step::RemoveClient { device }),
        (device.clone(), any::<usize>()).prop_map(|(to, pick)| Step::Deliver { to, pick }),
        (device.clone(), any::<usize>()).prop_map(|(to, pick)| Step::Duplicate { to, pick }),
        (device, any::<usize>()).prop_map(|(to, pick)| Step::Drop { to, pick }),
    ]
}

/// Three devices of one manager and the messages in flight to each of them.
struct Network {
    devices: Vec<Portfolio>,
    inboxes: Vec<Vec<Vec<u8>>>,
}

impl Network {
    fn new(origin: &mut Portfolio) -> Network {
        let devices = (0..DEVICES).map(|_| origin.fork(ActorId::random())).collect::<Vec<_>>();
        let mut network = Network { devices, inboxes: vec![Vec::new(); DEVICES] };
        for device in 0..DEVICES {
            network.devices[device].mark_saved();
        }
        network
    }

    /// Sends the change `device` just made to every other device.
    fn broadcast(&mut self, device: usize) {
        let change = self.devices[device].unsaved_changes();
        self.devices[device].mark_saved();
        if change.is_empty() {
            return;
        }
        for (to, inbox) in self.inboxes.iter_mut().enumerate() {
            if to != device {
                inbox.push(change.clone());
            }
        }
    }

    /// Takes the message at `pick` out of `to`'s inbox, or a copy of it when `keep`.
    fn take(&mut self, to: usize, pick: usize, keep: bool) -> Option<Vec<u8>> {
        let inbox = &mut self.inboxes[to];
        if inbox.is_empty() {
            return None;
        }
        let at = pick % inbox.len();
        Some(if keep { inbox[at].clone() } else { inbox.remove(at) })
    }

    fn deliver(&mut self, to: usize, message: &[u8]) {
        let device = &mut self.devices[to];
        device.apply_changes(message).expect("a change arriving in any order is accepted");
        device.mark_saved();
        device.records::<Client>().expect("the portfolio stays readable with changes still missing their history");
    }

    /// Reconnection: every device sends everything it holds to every other.
    fn heal(&mut self) {
        let everything: Vec<Vec<u8>> = self.devices.iter_mut().map(Portfolio::save).collect();
        for to in 0..DEVICES {
            for message in &everything {
                self.deliver(to, message);
            }
        }
    }
}

/// What every device must agree on.
fn snapshot(portfolio: &Portfolio) -> (Vec<Client>, Vec<Visit>) {
    (portfolio.all_records::<Client>().expect("clients"), portfolio.all_records::<Visit>().expect("visits"))
}

/// What the devices have promised their users so far.
#[derive(Default)]
struct Acknowledged {
    notes: Vec<String>,
    added: Vec<ClientId>,
    removed: Vec<ClientId>,
}

fn act(
    network: &mut Network,
    acknowledged: &mut Acknowledged,
    visit: &VisitId,
    shared: &ClientId,
    i: usize,
    step: Step,
) {
    match step {
        Step::Note { device } => {
            let line = format!("note {i} on device {device}");
            note(&mut network.devices[device], visit, &line);
            acknowledged.notes.push(line);
            network.broadcast(device);
        }
        Step::EditIndustry { device, n } => {
            network.devices[device]
                .update::<Client>(shared, "Edit", |c| c.set_field("industry", &format!("industry {n}")))
                .expect("edit");
            network.broadcast(device);
        }
        Step::AddClient { device } => {
            let id = add_client(&mut network.devices[device], &format!("c{i}"), Tier::C);
            acknowledged.added.push(id);
            network.broadcast(device);
        }
        Step::RemoveClient { device } => {
            let portfolio = &mut network.devices[device];
            let victim =
                portfolio.records::<Client>().expect("clients").into_iter().map(|c| c.id).find(|id| id != shared);
            if let Some(id) = victim {
                portfolio.remove::<Client>(&id).expect("remove");
                acknowledged.removed.push(id);
                network.broadcast(device);
            }
        }
        Step::Deliver { to, pick } => {
            if let Some(message) = network.take(to, pick, false) {
                network.deliver(to, &message);
            }
        }
        Step::Duplicate { to, pick } => {
            if let Some(message) = network.take(to, pick, true) {
                network.deliver(to, &message);
            }
        }
        Step::Drop { to, pick } => {
            network.take(to, pick, false);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn dropped_duplicated_and_reordered_changes_converge(steps in prop::collection::vec(step(), 1..48)) {
        let mut origin = a_portfolio();
        let shared = add_client(&mut origin, "shared", Tier::A);
        let visit = plan_visit(&mut origin, &shared, "vi_shared", "2026-12-01");
        let mut network = Network::new(&mut origin);
        let mut acknowledged = Acknowledged::default();
        for (i, step) in steps.into_iter().enumerate() {
            act(&mut network, &mut acknowledged, &visit, &shared, i, step);
        }
        network.heal();

        let first = snapshot(&network.devices[0]);
        for device in &network.devices[1..] {
            prop_assert_eq!(&snapshot(device), &first);
        }
        let portfolio = &network.devices[0];
        let notes = portfolio.get::<Visit>(&visit).expect("visit").notes.as_str().to_string();
        for line in &acknowledged.notes {
            prop_assert!(notes.lines().any(|l| l == line), "note {:?} lost from {:?}", line, notes);
        }
        let listed: Vec<ClientId> = portfolio.records::<Client>().expect("clients").into_iter().map(|c| c.id).collect();
        for id in &acknowledged.added {
            let kept = portfolio.get_any::<Client>(id).expect("read");
            prop_assert!(kept.is_some(), "client {:?} lost", id);
            prop_assert_eq!(listed.contains(id), !acknowledged.removed.contains(id), "client {:?}", id);
        }
        prop_assert!(listed.contains(&shared));
    }
}

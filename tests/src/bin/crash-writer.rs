//! `fieldbook-crash-writer DATA_DIR --run N --seed S [--compact-every N]`:
//! the process the crash test (`tests/crash.rs`) kills with SIGKILL.
//!
//! It opens the portfolio in `DATA_DIR` (creating it when there is none), prints
//! `ready`, then makes user actions through `Replica::apply` until it is killed:
//! adding clients, editing a client's industry, adding contacts, planning
//! visits and appending to a visit's notes, each carrying a marker
//! `crash-RUN-ACTION`. Only once `apply` has returned does it print the
//! action's line and flush it: that line is the acknowledgement the test holds
//! the store to. Every `--compact-every` actions it compacts the store between a
//! `compacting` and a `compacted` line, so that kills land inside compactions too.
//! It stops with an error when its standard output is closed.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, bail};
use fieldbook_core::{
    Client, ClientId, Contact, ContactId, PlannedStart, RecordId, Region, Settings, Text, Tier, Visit, VisitId,
};
use fieldbook_replica::{Replica, ReplicaError};
use fieldbook_tests::{Line, Marker};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

/// What the command line asks for.
struct Args {
    data_dir: PathBuf,
    run: u32,
    seed: u64,
    compact_every: u32,
}

fn parse_args() -> anyhow::Result<Args> {
    let usage = "usage: fieldbook-crash-writer DATA_DIR --run N --seed S [--compact-every N]";
    let mut args = std::env::args().skip(1);
    let data_dir = PathBuf::from(args.next().context(usage)?);
    let (mut run, mut seed, mut compact_every) = (None, None, 0);
    while let Some(flag) = args.next() {
        let value = args.next().with_context(|| format!("{flag} needs a value; {usage}"))?;
        let number = |what: &str| format!("{flag} takes {what}, not '{value}'");
        match flag.as_str() {
            "--run" => run = Some(value.parse().with_context(|| number("a run number"))?),
            "--seed" => seed = Some(value.parse().with_context(|| number("a number"))?),
            "--compact-every" => compact_every = value.parse().with_context(|| number("a number of actions"))?,
            _ => bail!("unknown argument {flag}; {usage}"),
        }
    }
    Ok(Args { data_dir, run: run.context(usage)?, seed: seed.context(usage)?, compact_every })
}

/// Prints one line and flushes it, so that it reaches the test even if the
/// process is killed right after.
fn say(line: &Line) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{line}").and_then(|()| stdout.flush()).context("standard output is closed")
}

fn main() -> anyhow::Result<()> {
    let args = parse_args()?;
    let mut rng = StdRng::seed_from_u64(args.seed);
    let mut replica = match Replica::open(&args.data_dir) {
        Err(ReplicaError::NotInitialized(_)) => {
            Replica::create(&args.data_dir, &Settings::new("Crash Test", Region::Pl))?
        }
        opened => opened?,
    };
    let mut clients: Vec<ClientId> = replica.portfolio().records::<Client>()?.into_iter().map(|c| c.id).collect();
    let mut visits: Vec<VisitId> = replica.portfolio().records::<Visit>()?.into_iter().map(|v| v.id).collect();
    let planned = PlannedStart {
        date: "2026-03-10".parse().context("the visit date")?,
        time: "10:00".parse().context("the visit time")?,
        zone: "Europe/Warsaw".parse().context("the visit zone")?,
    };
    say(&Line::Ready)?;

    for action in 1.. {
        let marker = Marker { run: args.run, action };
        let roll = rng.random_range(0..10);
        let line = match (clients.choose(&mut rng).cloned(), visits.choose(&mut rng).cloned()) {
            (Some(client), _) if roll < 2 => {
                replica.apply(|p| {
                    p.update::<Client>(&client, "Edit", |c| {
                        c.industry = marker.to_string();
                        Ok(())
                    })
                })?;
                Line::Industry(client, marker)
            }
            (Some(client), _) if roll < 4 => {
                let contact = Contact::new(ContactId::generate(&mut rng), client, marker.to_string());
                replica.apply(|p| p.add(contact))?;
                Line::Contact(marker)
            }
            (Some(_), Some(visit)) if roll < 7 => {
                replica.apply(|p| {
                    p.update::<Visit>(&visit, "Note on", |v| {
                        v.notes.update(format!("{}{}\n", v.notes.as_str(), marker.noted_line()));
                        Ok(())
                    })
                })?;
                Line::Note(marker)
            }
            (Some(client), _) if roll < 9 => {
                let mut visit = Visit::planned(VisitId::generate(&mut rng), client, planned, 60);
                visit.notes = Text::with_value(format!("{}\n", marker.planned_line()));
                visits.push(replica.apply(|p| p.add(visit))?);
                Line::Visit(marker)
            }
            _ => {
                let client = Client::new(ClientId::generate(&mut rng), marker.to_string(), Tier::C);
                clients.push(replica.apply(|p| p.add(client))?);
                Line::Client(marker)
            }
        };
        say(&line)?;
        if args.compact_every > 0 && action % args.compact_every == 0 {
            say(&Line::Compacting)?;
            replica.compact()?;
            say(&Line::Compacted)?;
        }
    }
    Ok(())
}

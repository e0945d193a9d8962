//! Carrying out each command against the replica in the data directory.

mod care;
mod case;
mod client;
mod contact;
mod demo;
mod greetings;
mod init;
mod planning;
mod report;
mod settings;
mod sync;
mod task;
mod transfer;
mod visit;

use std::path::PathBuf;

use anyhow::Context;
use fieldbook_replica::{DATA_DIR_VARIABLE, Replica};

use crate::cli::{Cli, Command};
use crate::exit::BadInput;

/// Runs `cli`.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let data_dir = data_dir(cli.data_dir)?;
    match cli.command {
        Command::Init(args) => init::run(&data_dir, args),
        Command::Client(command) => client::run(&mut open(&data_dir)?, command),
        Command::Contact(command) => contact::run(&mut open(&data_dir)?, command),
        Command::Visit(command) => visit::run(&mut open(&data_dir)?, command),
        Command::Note { visit: id, text } => visit::note(&mut open(&data_dir)?, &id, &text),
        Command::Case(command) => case::run(&mut open(&data_dir)?, command),
        Command::Task(command) => task::run(&mut open(&data_dir)?, command),
        Command::Import(args) => transfer::import(&data_dir, args),
        Command::Export(args) => transfer::export(&open(&data_dir)?, args),
        Command::Demo(args) => demo::run(&mut open(&data_dir)?, args),
        Command::Holidays(args) => care::holidays(&data_dir, args),
        Command::Agenda(args) => care::agenda(&open(&data_dir)?, args),
        Command::Reminder(command) => care::reminder(&mut open(&data_dir)?, command),
        Command::Due(args) => planning::due(&open(&data_dir)?, args),
        Command::Report(command) => report::run(&data_dir, command),
        Command::Plan(args) => planning::plan(&mut open(&data_dir)?, args),
        Command::Greetings(command) => greetings::run(&mut open(&data_dir)?, command),
        Command::Settings(command) => settings::run(&mut open(&data_dir)?, command),
        Command::Login(args) => sync::login(&data_dir, args),
        Command::Sync(args) => sync::run(&data_dir, args),
        Command::Join(args) => sync::join(&data_dir, args),
    }
}

fn data_dir(flag: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    flag.or_else(fieldbook_replica::default_data_dir)
        .ok_or_else(|| BadInput(format!("no home directory; pass --data-dir DIR or set {DATA_DIR_VARIABLE}")).into())
}

fn open(data_dir: &std::path::Path) -> anyhow::Result<Replica> {
    Replica::open(data_dir).with_context(|| format!("cannot open the portfolio in {}", data_dir.display()))
}

/// The current instant: the CLI is where the clock is read.
fn now() -> fieldbook_core::Instant {
    fieldbook_core::Instant(chrono::Utc::now().fixed_offset())
}

/// Today in the manager's time zone.
fn today(replica: &Replica) -> anyhow::Result<fieldbook_core::Date> {
    Ok(now().day_in(replica.portfolio().settings()?.time_zone))
}

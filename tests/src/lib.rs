//! End-to-end tests of Fieldbook across crates and real processes.
//!
//! [`sync_server`] runs `fieldbook-sync` as a child process for the sync tests
//! (this crate's and the server's own) and the sync benchmarks; [`wire_tap`]
//! counts what crosses the wire between a sync client and the server.
//!
//! The crate root holds what the crash writer (`src/bin/crash-writer.rs`) and the
//! crash test (`tests/crash.rs`) must agree on: the [`Marker`] naming each
//! action, and the [`Line`]s the writer prints, one per event, on its standard
//! output. An acknowledgement line is printed only after `Replica::apply`
//! returned, so every acknowledged action must survive the writer being killed.

pub mod sync_server;
pub mod wire_tap;

use std::fmt;
use std::str::FromStr;

use fieldbook_core::ClientId;

/// Names one action of one writer run (`crash-17-42`: run 17, action 42).
/// Markers order by run, then action, which is the order they were written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Marker {
    /// The writer run, counted from 1 by the test.
    pub run: u32,
    /// The action within the run, counted from 1.
    pub action: u32,
}

impl Marker {
    /// The line a visit's notes start with when it is planned.
    pub fn planned_line(self) -> String {
        format!("{self} planned")
    }

    /// The line appended to a visit's notes by a note action.
    pub fn noted_line(self) -> String {
        format!("{self} noted")
    }
}

impl fmt::Display for Marker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "crash-{}-{}", self.run, self.action)
    }
}

impl FromStr for Marker {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("'{s}' is not a marker crash-RUN-ACTION");
        let (run, action) = s.strip_prefix("crash-").and_then(|rest| rest.split_once('-')).ok_or_else(bad)?;
        Ok(Marker { run: run.parse().map_err(|_| bad())?, action: action.parse().map_err(|_| bad())? })
    }
}

/// One line of the crash writer's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// The replica is open; actions follow.
    Ready,
    /// A compaction starts.
    Compacting,
    /// The compaction finished.
    Compacted,
    /// A client named after the marker was added.
    Client(Marker),
    /// The client's industry was set to the marker.
    Industry(ClientId, Marker),
    /// A contact named after the marker was added.
    Contact(Marker),
    /// A visit was planned whose notes hold [`Marker::planned_line`].
    Visit(Marker),
    /// [`Marker::noted_line`] was appended to a visit's notes.
    Note(Marker),
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Line::Ready => f.write_str("ready"),
            Line::Compacting => f.write_str("compacting"),
            Line::Compacted => f.write_str("compacted"),
            Line::Client(marker) => write!(f, "client {marker}"),
            Line::Industry(client, marker) => write!(f, "industry {client} {marker}"),
            Line::Contact(marker) => write!(f, "contact {marker}"),
            Line::Visit(marker) => write!(f, "visit {marker}"),
            Line::Note(marker) => write!(f, "note {marker}"),
        }
    }
}

impl FromStr for Line {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let words: Vec<&str> = s.split(' ').collect();
        Ok(match words.as_slice() {
            ["ready"] => Line::Ready,
            ["compacting"] => Line::Compacting,
            ["compacted"] => Line::Compacted,
            ["client", marker] => Line::Client(marker.parse()?),
            ["industry", client, marker] => Line::Industry(ClientId::from(client.to_string()), marker.parse()?),
            ["contact", marker] => Line::Contact(marker.parse()?),
            ["visit", marker] => Line::Visit(marker.parse()?),
            ["note", marker] => Line::Note(marker.parse()?),
            _ => return Err(format!("'{s}' is not a line of the crash writer")),
        })
    }
}

impl Line {
    /// The action the line acknowledges, if it is an acknowledgement.
    pub fn marker(&self) -> Option<Marker> {
        match self {
            Line::Ready | Line::Compacting | Line::Compacted => None,
            Line::Client(marker)
            | Line::Industry(_, marker)
            | Line::Contact(marker)
            | Line::Visit(marker)
            | Line::Note(marker) => Some(*marker),
        }
    }
}

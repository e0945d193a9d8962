//! The care log: what was done for a client's person (a greeting, a call, a gift)
//! and on which occasion.

use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile};
use serde::{Deserialize, Serialize};

use crate::model::{CareLogId, Contact, ContactId, Portfolio, PortfolioError, Record, record_basics};
use crate::values::{Date, FieldError, Problem};

/// Why care was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
#[serde(tag = "kind", content = "name", rename_all = "snake_case")]
pub enum Occasion {
    /// The person's birthday.
    #[autosurgeon(rename = "birthday")]
    Birthday,
    /// A holiday, by its calendar key (`cn.spring_festival`).
    #[autosurgeon(rename = "holiday")]
    Holiday(String),
    /// Anything else, described.
    #[autosurgeon(rename = "other")]
    Other(String),
}

/// How care was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
#[serde(tag = "kind", content = "gift", rename_all = "snake_case")]
pub enum CareChannel {
    /// A text or messenger message.
    #[autosurgeon(rename = "message")]
    Message,
    /// A phone call.
    #[autosurgeon(rename = "call")]
    Call,
    /// In person.
    #[autosurgeon(rename = "visit")]
    Visit,
    /// A gift, described (flowers, cake, …).
    #[autosurgeon(rename = "gift")]
    Gift(String),
}

impl CareChannel {
    /// The channel's code, without the gift's description: `message`, `call`, `visit`, `gift`.
    pub fn code(&self) -> &'static str {
        match self {
            CareChannel::Message => "message",
            CareChannel::Call => "call",
            CareChannel::Visit => "visit",
            CareChannel::Gift(_) => "gift",
        }
    }
}

impl fmt::Display for CareChannel {
    /// `message`, `call`, `visit` or `gift:WHAT`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CareChannel::Gift(what) => write!(f, "gift:{what}"),
            other => f.write_str(other.code()),
        }
    }
}

impl FromStr for CareChannel {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let text = s.trim();
        let (code, what) = text.split_once(':').map_or((text, None), |(code, what)| (code, Some(what.trim())));
        match (code.trim().to_ascii_lowercase().as_str(), what) {
            ("message", None) => Ok(CareChannel::Message),
            ("call", None) => Ok(CareChannel::Call),
            ("visit", None) => Ok(CareChannel::Visit),
            ("gift", Some(what)) if !what.is_empty() => Ok(CareChannel::Gift(what.to_string())),
            ("gift", _) => Err(FieldError::refused("channel", Problem::GiftWithoutWhat)),
            _ => Err(FieldError::refused(
                "channel",
                Problem::NotOneOf { value: text.to_owned(), allowed: "message, call, visit, gift:WHAT".into() },
            )),
        }
    }
}

/// One act of care.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct CareLogEntry {
    /// Stable id.
    pub id: CareLogId,
    /// The person cared for.
    pub contact_id: ContactId,
    /// The occasion.
    pub occasion: Occasion,
    /// The channel.
    pub channel: CareChannel,
    /// When.
    pub date: Date,
    /// What was said or sent.
    pub note: String,
    /// The reminder this answered, if any.
    pub reminder_id: Option<String>,
    /// Tombstone.
    pub removed: bool,
}

impl Record for CareLogEntry {
    record_basics!(CareLogId, "care_log", "care log entry");

    fn validate(&self) -> Result<(), FieldError> {
        match &self.occasion {
            Occasion::Holiday(name) | Occasion::Other(name) if name.trim().is_empty() => {
                Err(FieldError::refused("occasion", Problem::NoOccasionName))
            }
            _ => Ok(()),
        }
    }

    fn check_references(&self, portfolio: &Portfolio) -> Result<(), PortfolioError> {
        portfolio.get::<Contact>(&self.contact_id).map(|_| ())
    }
}

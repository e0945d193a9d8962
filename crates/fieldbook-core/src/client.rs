//! The client: a business account in the manager's portfolio.

use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile, Text};
use serde::{Deserialize, Serialize};

use crate::error::{FieldError, Problem};
use crate::record::{ClientId, Record, record_basics, require_text};
use crate::values::{Date, DayWindow, GeoPoint, Money, text_serde};

/// The tier sets how often a client must be visited and how its key people are cared for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Hydrate, Reconcile)]
pub enum Tier {
    /// The most valuable accounts.
    A,
    /// Important accounts.
    B,
    /// Ordinary accounts.
    C,
    /// Small or dormant accounts.
    D,
}

impl Tier {
    /// All tiers, most valuable first.
    pub const ALL: [Tier; 4] = [Tier::A, Tier::B, Tier::C, Tier::D];
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl FromStr for Tier {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_uppercase().as_str() {
            "A" => Ok(Tier::A),
            "B" => Ok(Tier::B),
            "C" => Ok(Tier::C),
            "D" => Ok(Tier::D),
            _ => Err(not_one_of("tier", s, "A, B, C, D")),
        }
    }
}

/// Where the relationship stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Hydrate, Reconcile)]
#[serde(rename_all = "snake_case")]
pub enum ClientStatus {
    /// Not yet a customer.
    #[autosurgeon(rename = "prospect")]
    Prospect,
    /// A customer in good standing.
    #[autosurgeon(rename = "active")]
    Active,
    /// A customer showing signs of leaving (离网预警).
    #[autosurgeon(rename = "at_risk")]
    AtRisk,
    /// A customer that has left.
    #[autosurgeon(rename = "lost")]
    Lost,
}

impl fmt::Display for ClientStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ClientStatus::Prospect => "prospect",
            ClientStatus::Active => "active",
            ClientStatus::AtRisk => "at_risk",
            ClientStatus::Lost => "lost",
        })
    }
}

impl FromStr for ClientStatus {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().replace([' ', '-'], "_").as_str() {
            "prospect" => Ok(ClientStatus::Prospect),
            "active" => Ok(ClientStatus::Active),
            "at_risk" => Ok(ClientStatus::AtRisk),
            "lost" => Ok(ClientStatus::Lost),
            _ => Err(not_one_of("status", s, "prospect, active, at_risk, lost")),
        }
    }
}

/// A business account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct Client {
    /// Stable id.
    pub id: ClientId,
    /// Company name.
    pub name: String,
    /// Line of business.
    pub industry: String,
    /// Tier A–D.
    pub tier: Tier,
    /// Relationship status.
    pub status: ClientStatus,
    /// Street address of the site visited.
    pub address: String,
    /// Coordinates of the site, when known (for route planning).
    pub location: Option<GeoPoint>,
    /// When the client receives visitors.
    pub office_hours: Option<DayWindow>,
    /// First day of the current contract.
    pub contract_start: Option<Date>,
    /// Last day of the current contract.
    pub contract_end: Option<Date>,
    /// Outstanding debt (催缴欠费), if any.
    pub arrears: Option<Money>,
    /// When the outstanding debt was or is due.
    pub arrears_due: Option<Date>,
    /// Free labels.
    pub tags: Vec<String>,
    /// What the competition offers this client (竞争对手信息); merges character by character.
    #[serde(with = "text_serde")]
    pub competitor_notes: Text,
    /// Tombstone: removed clients are hidden but kept.
    pub removed: bool,
}

impl Client {
    /// A new active client with only the required fields set.
    pub fn new(id: ClientId, name: impl Into<String>, tier: Tier) -> Client {
        Client {
            id,
            name: name.into(),
            industry: String::new(),
            tier,
            status: ClientStatus::Active,
            address: String::new(),
            location: None,
            office_hours: None,
            contract_start: None,
            contract_end: None,
            arrears: None,
            arrears_due: None,
            tags: Vec::new(),
            competitor_notes: Text::default(),
            removed: false,
        }
    }
}

impl Record for Client {
    record_basics!(ClientId, "clients", "client");

    fn validate(&self) -> Result<(), FieldError> {
        require_text("name", &self.name)?;
        if let (Some(start), Some(end)) = (self.contract_start, self.contract_end)
            && end < start
        {
            return Err(FieldError::refused(
                "contract_end",
                Problem::ContractEndsBeforeStart { end: end.to_string(), start: start.to_string() },
            ));
        }
        if self.arrears_due.is_some() && self.arrears.is_none() {
            return Err(FieldError::refused("arrears_due", Problem::ArrearsDueWithoutArrears));
        }
        if self.tags.iter().any(|tag| tag.trim().is_empty()) {
            return Err(FieldError::refused("tags", Problem::EmptyTag));
        }
        Ok(())
    }
}

/// `value` refused on `field`: only `allowed` are accepted.
pub(crate) fn not_one_of(field: &str, value: &str, allowed: &str) -> FieldError {
    FieldError::refused(field, Problem::NotOneOf { value: value.to_owned(), allowed: allowed.to_owned() })
}

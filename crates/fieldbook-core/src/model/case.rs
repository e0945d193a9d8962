//! The case: a client's complaint, tracked from receipt to the client's
//! confirmation of the result (受理投诉, 跟踪解决过程, 回复处理结果).

use autosurgeon::{Hydrate, Reconcile, Text};
use serde::{Deserialize, Serialize};

use crate::model::{
    CaseId, Client, ClientId, Contact, ContactId, Portfolio, PortfolioError, Record, record_basics, require_text,
};
use crate::values::{Date, FieldError, Instant, Problem, text_serde};

/// How the complaint reached the manager.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
#[serde(rename_all = "snake_case")]
pub enum CaseChannel {
    /// By telephone.
    #[autosurgeon(rename = "phone")]
    Phone,
    /// In person, during a visit.
    #[autosurgeon(rename = "visit")]
    Visit,
    /// By email.
    #[autosurgeon(rename = "email")]
    Email,
    /// By text or messenger.
    #[autosurgeon(rename = "message")]
    Message,
    /// On social media.
    #[autosurgeon(rename = "social_media")]
    SocialMedia,
}

/// How badly the client is affected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hydrate, Reconcile)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// An annoyance.
    #[autosurgeon(rename = "low")]
    Low,
    /// Hurts the client's work.
    #[autosurgeon(rename = "medium")]
    Medium,
    /// Stops the client's work.
    #[autosurgeon(rename = "high")]
    High,
    /// Threatens the account.
    #[autosurgeon(rename = "critical")]
    Critical,
}

/// Where the case stands. One-stop service: the manager follows it to the client's confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// Received.
    #[autosurgeon(rename = "open")]
    Open,
    /// Being worked on.
    #[autosurgeon(rename = "in_progress")]
    InProgress,
    /// Handed to another department; still followed by the manager.
    #[autosurgeon(rename = "handed_over")]
    HandedOver,
    /// Fixed, waiting for the client's word.
    #[autosurgeon(rename = "resolved")]
    Resolved,
    /// The client confirmed the result.
    #[autosurgeon(rename = "confirmed")]
    Confirmed,
    /// Came back after being resolved.
    #[autosurgeon(rename = "reopened")]
    Reopened,
}

/// One step on a case's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct CaseEvent {
    /// When it happened.
    pub at: Instant,
    /// What was done.
    pub what: String,
}

/// A complaint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct Case {
    /// Stable id.
    pub id: CaseId,
    /// The client complaining.
    pub client_id: ClientId,
    /// The contact who raised it, if known.
    pub raised_by: Option<ContactId>,
    /// When it was received.
    pub opened_at: Instant,
    /// How it was received.
    pub channel: CaseChannel,
    /// Kind of problem (billing, outage, service quality, …).
    pub category: String,
    /// How bad it is.
    pub severity: Severity,
    /// The complaint in the client's words; merges character by character.
    #[serde(with = "text_serde")]
    pub description: Text,
    /// Where it stands.
    pub status: CaseStatus,
    /// The department it was handed to, if any.
    pub handed_to: Option<String>,
    /// The SLA deadline.
    pub due: Option<Date>,
    /// What was done, in order.
    pub timeline: Vec<CaseEvent>,
    /// How it was resolved.
    pub resolution: String,
    /// The client's satisfaction when confirming, 1–5.
    pub satisfaction: Option<u8>,
    /// Tombstone.
    pub removed: bool,
}

impl Record for Case {
    record_basics!(CaseId, "cases", "case");

    fn validate(&self) -> Result<(), FieldError> {
        require_text("category", &self.category)?;
        if self.satisfaction.is_some_and(|s| !(1..=5).contains(&s)) {
            return Err(FieldError::refused("satisfaction", Problem::OutOfRange { min: "1".into(), max: "5".into() }));
        }
        Ok(())
    }

    fn check_references(&self, portfolio: &Portfolio) -> Result<(), PortfolioError> {
        portfolio.get::<Client>(&self.client_id)?;
        if let Some(contact) = &self.raised_by {
            portfolio.get::<Contact>(contact)?;
        }
        Ok(())
    }
}

//! Planning: who is due for a visit by the tier cadence, and coverage per tier.

mod cadence;

pub use cadence::{DueClient, DueList, TierCoverage, WEEK_DAYS, due_list, last_contacts};

//! Planning: who is due for a visit by the tier cadence, and coverage per tier.

mod cadence;

pub use cadence::{
    CadencedClient, ContactDays, DueClient, DueList, TierCoverage, WEEK_DAYS, day_made, due_list, due_list_of,
};

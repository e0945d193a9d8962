//! Fieldbook's day planner: orders a day's client visits for the least travel
//! time, fully offline, keeping to the working day, each client's office hours
//! and the stops the manager locked in place.
//!
//! Distances are great-circle (haversine) kilometres times a road factor,
//! driven at an average speed; no map or network is needed. Up to
//! [`EXACT_LIMIT`] stops to place, the plan is provably optimal (an exact
//! branch-and-bound search); beyond that `vrp-core`'s metaheuristic orders them.
//! Like the core, the planner reads no clock and does no IO: the date, the start
//! point and the stops are arguments.
//!
//! ```
//! use fieldbook_core::{ClientId, GeoPoint};
//! use fieldbook_planner::{DayRequest, Stop, Travel, plan_day};
//!
//! let stop = |id: &str, lat, lon| Stop::new(ClientId::from(id.to_string()), Some(GeoPoint { lat, lon }), 45);
//! let request = DayRequest::new(
//!     GeoPoint { lat: 31.23, lon: 121.47 },
//!     "09:00-18:00".parse().unwrap(),
//!     Travel::default(),
//!     vec![stop("cl_far", 31.40, 121.60), stop("cl_near", 31.25, 121.50)],
//! );
//! let plan = plan_day(&request);
//! assert_eq!(plan.stops[0].client_id.as_ref(), "cl_near");
//! assert!(plan.unassigned.is_empty());
//! ```

mod exact;
mod geo;
mod heuristic;
mod plan;
mod portfolio;
mod schedule;

pub use geo::{Travel, haversine_km};
pub use plan::{
    DayPlan, DayRequest, EXACT_LIMIT, PlannedStop, Stop, Unassigned, UnassignedReason, plan_day, plan_day_heuristic,
    retime,
};
pub use portfolio::{PlanError, default_duration_min, due_clients, save_plan, stops_for};

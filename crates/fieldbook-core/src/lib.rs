//! Fieldbook's domain: a field account manager's portfolio — clients, their
//! people, visits, complaints, follow-ups and care — kept in one Automerge
//! document, with the actions that change it and the queries that read it.
//!
//! This crate does no IO and never reads the clock: "today", time zones,
//! randomness for new ids and file contents are all passed in. The local store,
//! the sync client, the CLI and the desktop app build on it.
//!
//! The modules are layers, each importing only from the layers before it:
//! `values` → `calendar` → `model` → `care`, `planning` → `views`
//! (a tidy test keeps it so). Everything public is re-exported here.
//!
//! ```
//! use fieldbook_core::{Client, ClientId, Portfolio, RecordId, Region, Settings, Tier};
//! use automerge::ActorId;
//!
//! let mut portfolio = Portfolio::create(&Settings::new("Li Na", Region::Cn), ActorId::random())?;
//! let id = ClientId::generate(&mut rand::rng());
//! portfolio.add(Client::new(id.clone(), "华东电力集团", Tier::A))?;
//! assert_eq!(portfolio.get::<Client>(&id)?.name, "华东电力集团");
//! # Ok::<(), fieldbook_core::PortfolioError>(())
//! ```

mod calendar;
mod care;

mod model;
mod planning;
mod values;
mod views;

pub use automerge::{ActorId, ChangeHash};
pub use autosurgeon::Text;
pub use calendar::*;
pub use care::*;

pub use model::*;
pub use planning::*;
pub use values::*;
pub use views::*;

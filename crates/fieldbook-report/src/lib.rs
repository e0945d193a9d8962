//! The weekly report in the manager's language: the core's [`WeekSummary`]
//! laid out as a [`Report`] — headline figures, the two charts' bars and
//! sections of tables, every word from the UI's Fluent files — then written as
//! tables for the terminal (by the CLI), as a CSV of its figures in stable
//! codes ([`figures_csv`]), or as an A4 PDF typeset by typst ([`Typesetter`]).
//! The lead's team report is laid out the same way ([`lay_out_team`], [`team_csv`]).
//!
//! [`WeekSummary`]: fieldbook_core::WeekSummary

mod figures;
mod layout;
mod pdf;
mod team;

pub use figures::figures_csv;
pub use layout::{Bar, DayBars, Figure, Record, Report, RowLink, Section, lay_out};
pub use pdf::{PdfError, Typesetter};
pub use team::{lay_out_team, team_csv};

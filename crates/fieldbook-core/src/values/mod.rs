//! Values: the small types every record is made of (days, ISO weeks, times, instants, zones,
//! money, coordinates, birthdays, working-time spans, the region and language codes), how each is
//! read from text as people type it, and [`Problem`]: why a value was refused.
//! Knows nothing of records or of the document.

mod birthday;
mod codes;
mod geo;
mod money;
mod problem;
mod text;
mod time;
mod week;
mod work_span;

pub use birthday::Birthday;
pub(crate) use codes::code_enum;
pub use codes::{Language, Region};
pub use geo::{GeoPoint, parse_degrees};
pub use money::{Money, parse_amount_with_currency, parse_money};
pub use problem::{FieldError, Problem};
/// Lists every code of an error enum ([`Problem::VARIANTS`]), for whoever checks each has a translation.
pub use strum::VariantNames;
pub(crate) use text::text_serde;
pub use text::{LIST_SEPARATORS, PHONE_SEPARATORS, list, parse_yes_no};
pub(crate) use time::stored_as_string;
pub use time::{Date, DayWindow, Instant, TimeOfDay, Zone, parse_day_window, parse_time, parse_zone};
pub use week::IsoWeek;
pub use work_span::WorkSpan;

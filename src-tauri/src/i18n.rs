//! The app's words in its four languages, from the Fluent files shared with the UI.

pub use fieldbook_i18n::{FluentValue, LOCALES, Messages};

//! Fields given by name, as the shells collect them: the CLI from its flags,
//! the app from its forms.

use std::collections::BTreeMap;

use fieldbook_core::{Date, FieldError, FieldName, Fields, Instant, Problem, Settings, set_known_field};

/// Fields given as typed, by name; kept in the order of the record's field table.
pub type FieldMap<F> = BTreeMap<F, String>;

/// Sets every field given on `record`, in the table's order, naming the first refused.
pub(crate) fn set_all<R: Fields>(record: &mut R, given: &FieldMap<R::Field>) -> Result<(), FieldError> {
    given.iter().try_for_each(|(field, value)| set_known_field(record, *field, value))
}

/// Refuses a new record without a value for each of `required`.
pub(crate) fn require<F: FieldName>(given: &FieldMap<F>, required: &[F]) -> Result<(), FieldError> {
    match required.iter().find(|field| given.get(*field).is_none_or(|value| value.trim().is_empty())) {
        Some(missing) => Err(FieldError::refused(missing.name(), Problem::Required)),
        None => Ok(()),
    }
}

/// Refuses an edit that gives no field at all.
pub(crate) fn something<F>(given: &FieldMap<F>) -> Result<(), FieldError> {
    if given.is_empty() {
        return Err(FieldError::refused("fields", Problem::NothingToChange));
    }
    Ok(())
}

/// The day given as text under the name of `field`, or today in the manager's zone.
pub(crate) fn day_or_today(
    field: &str,
    given: Option<&str>,
    now: Instant,
    settings: &Settings,
) -> Result<Date, FieldError> {
    match given {
        Some(text) => day(field, text),
        None => Ok(now.day_in(settings.time_zone)),
    }
}

/// A day as typed, refused under the name of `field`.
pub(crate) fn day(field: &str, text: &str) -> Result<Date, FieldError> {
    text.parse().map_err(|problem| FieldError::refused(field, problem))
}

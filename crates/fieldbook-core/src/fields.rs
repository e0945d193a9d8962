//! Setting a record's fields by name from text, as typed in a CLI flag, an
//! import cell or an inline edit in the app. One parser per field, so every
//! entry point accepts the same spellings and names the field when refusing.
//! An empty value clears an optional field.

use std::str::FromStr;

use crate::error::FieldError;
use crate::values::{Date, DayWindow, GeoPoint, Money};
use crate::{Birthday, Client, Contact, Text};

/// The client fields [`Client::set_field`] accepts.
pub const CLIENT_FIELDS: &[&str] = &[
    "name",
    "industry",
    "tier",
    "status",
    "address",
    "location",
    "office_hours",
    "contract_start",
    "contract_end",
    "arrears",
    "arrears_due",
    "tags",
    "competitor_notes",
];

/// The contact fields [`Contact::set_field`] accepts.
pub const CONTACT_FIELDS: &[&str] =
    &["name", "title", "key_person", "phones", "email", "birthday", "preferences", "notes"];

impl Client {
    /// Sets `field` from `value`. `location` is `LAT,LON`, `office_hours` `HH:MM-HH:MM`,
    /// `arrears` `AMOUNT CURRENCY` (`12500.00 CNY`), `tags` a list separated by `;`.
    pub fn set_field(&mut self, field: &str, value: &str) -> Result<(), FieldError> {
        let value = value.trim();
        match field {
            "name" => self.name = value.to_string(),
            "industry" => self.industry = value.to_string(),
            "tier" => self.tier = value.parse()?,
            "status" => self.status = value.parse()?,
            "address" => self.address = value.to_string(),
            "location" => self.location = optional(field, value, GeoPoint::from_str)?,
            "office_hours" => self.office_hours = optional(field, value, DayWindow::from_str)?,
            "contract_start" => self.contract_start = optional_date(field, value)?,
            "contract_end" => self.contract_end = optional_date(field, value)?,
            "arrears" => self.arrears = optional(field, value, parse_money)?,
            "arrears_due" => self.arrears_due = optional_date(field, value)?,
            "tags" => self.tags = list(value),
            "competitor_notes" => self.competitor_notes = Text::with_value(value),
            _ => return Err(unknown(field, CLIENT_FIELDS)),
        }
        Ok(())
    }
}

impl Contact {
    /// Sets `field` from `value`. `key_person` is yes/no (also 是/否, tak/nie, bəli/xeyr),
    /// `phones` and `preferences` lists separated by `;`, `birthday` as [`Birthday`] reads it.
    pub fn set_field(&mut self, field: &str, value: &str) -> Result<(), FieldError> {
        let value = value.trim();
        match field {
            "name" => self.name = value.to_string(),
            "title" => self.title = value.to_string(),
            "key_person" => {
                self.key_person = parse_yes_no(value).ok_or_else(|| {
                    FieldError::new(field, format!("'{value}' is not yes or no"))
                })?;
            }
            "phones" => self.phones = list(value),
            "email" => self.email = (!value.is_empty()).then(|| value.to_string()),
            "birthday" => self.birthday = optional(field, value, Birthday::from_str)?,
            "preferences" => self.preferences = list(value),
            "notes" => self.notes = Text::with_value(value),
            _ => return Err(unknown(field, CONTACT_FIELDS)),
        }
        Ok(())
    }
}

/// Reads yes/no in the four languages of the app and as 1/0, true/false, y/n.
pub fn parse_yes_no(value: &str) -> Option<bool> {
    match value.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "是" | "tak" | "bəli" | "beli" | "hə" => Some(true),
        "no" | "n" | "false" | "0" | "否" | "nie" | "xeyr" | "yox" | "" => Some(false),
        _ => None,
    }
}

/// `AMOUNT CURRENCY`, e.g. `12500.50 CNY`.
fn parse_money(value: &str) -> Result<Money, String> {
    let (amount, currency) =
        value.rsplit_once(' ').ok_or_else(|| format!("'{value}' is not AMOUNT CURRENCY (e.g. 12500.00 CNY)"))?;
    Money::parse(amount, currency)
}

fn optional<T, E: ToString>(
    field: &str,
    value: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<Option<T>, FieldError> {
    if value.is_empty() {
        return Ok(None);
    }
    parse(value).map(Some).map_err(|e| {
        let reason = e.to_string();
        // Parsers that already name a field say `field: reason`; keep only the reason.
        let reason = reason.split_once(": ").filter(|(f, _)| !f.contains(' ')).map_or(reason.clone(), |(_, r)| r.to_string());
        FieldError::new(field, reason)
    })
}

fn optional_date(field: &str, value: &str) -> Result<Option<Date>, FieldError> {
    optional(field, value, |v| v.parse::<Date>().map_err(|_| format!("'{v}' is not a date YYYY-MM-DD")))
}

/// Splits a list written with `;` (or the Chinese `；`), dropping blanks.
fn list(value: &str) -> Vec<String> {
    value.split([';', '；']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

fn unknown(field: &str, known: &[&str]) -> FieldError {
    FieldError::new(field, format!("no such field; known fields: {}", known.join(", ")))
}

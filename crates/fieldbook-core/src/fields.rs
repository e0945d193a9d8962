//! Setting a record's fields by name from text, as typed in a CLI flag, an
//! import cell or an inline edit in the app. One parser per field, so every
//! entry point accepts the same spellings and names the field when refusing.
//! An empty value clears an optional field.

use std::str::FromStr;

use crate::client::not_one_of;
use crate::error::{FieldError, Problem};
use chrono::NaiveDate;

use crate::care_rules::CareOccasion;
use crate::values::{Date, DayWindow, GeoPoint, Money};
use crate::visit::{parse_time, parse_zone};
use crate::{
    Birthday, Client, ClientStatus, Contact, Language, Region, SalesStage, Settings, Tier, Visit, VisitPurpose,
};

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

/// The visit fields [`Visit::set_field`] accepts.
pub const VISIT_FIELDS: &[&str] =
    &["date", "time", "tz", "duration", "purpose", "stage", "check_in", "check_out", "outcome", "notes"];

/// The settings [`Settings::set_field`] accepts (`TIER` is A–D).
pub const SETTINGS_FIELDS: &[&str] = &[
    "name",
    "region",
    "language",
    "time_zone",
    "home",
    "office",
    "working_hours",
    "notification_time",
    "cadence_a",
    "cadence_b",
    "cadence_c",
    "cadence_d",
    "care.TIER.birthday",
    "care.TIER.festival",
    "care.renewal_days",
    "greeting.LANGUAGE.OCCASION",
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
            "tier" => self.tier = parse_tier(value).map_err(|_| not_one_of(field, value, "A, B, C, D"))?,
            "status" => {
                self.status =
                    parse_status(value).map_err(|_| not_one_of(field, value, "prospect, active, at_risk, lost"))?;
            }
            "address" => self.address = value.to_string(),
            "location" => self.location = optional(field, value, GeoPoint::from_str)?,
            "office_hours" => self.office_hours = optional(field, value, parse_day_window)?,
            "contract_start" => self.contract_start = optional_date(field, value)?,
            "contract_end" => self.contract_end = optional_date(field, value)?,
            "arrears" => self.arrears = optional(field, value, parse_amount_with_currency)?,
            "arrears_due" => self.arrears_due = optional_date(field, value)?,
            "tags" => self.tags = list(value),
            "competitor_notes" => self.competitor_notes.update(value),
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
                self.key_person =
                    !value.is_empty() && parse_yes_no(value).map_err(|problem| FieldError::refused(field, problem))?;
            }
            "phones" => self.phones = list(value),
            "email" => self.email = (!value.is_empty()).then(|| value.to_string()),
            "birthday" => self.birthday = (!value.is_empty()).then(|| value.parse::<Birthday>()).transpose()?,
            "preferences" => self.preferences = list(value),
            "notes" => self.notes.update(value),
            _ => return Err(unknown(field, CONTACT_FIELDS)),
        }
        Ok(())
    }
}

impl Visit {
    /// Sets `field` from `value`: `date` `YYYY-MM-DD`, `time` `HH:MM`, `tz` an IANA zone,
    /// `duration` minutes, `purpose` a [`VisitPurpose`] code, `stage` a [`SalesStage`] code ("" clears), `check_in`/`check_out` `HH:MM`
    /// on the planned day or an RFC 3339 instant (checking out marks the visit done).
    pub fn set_field(&mut self, field: &str, value: &str) -> Result<(), FieldError> {
        let value = value.trim();
        match field {
            "date" => self.planned.date = parse_date(value).map_err(|_| not_a_date(field, value))?,
            "time" => self.planned.time = parse_time(field, value)?,
            "tz" => self.planned.zone = parse_zone(field, value)?,
            "duration" => {
                self.duration_min = value
                    .parse()
                    .map_err(|_| FieldError::refused(field, Problem::NotMinutes { value: value.to_owned() }))?;
            }
            "purpose" => self.purpose = value.parse::<VisitPurpose>()?,
            "stage" => self.stage = optional(field, value, str::parse::<SalesStage>)?,
            "check_in" => self.check_in(self.planned.instant_at(field, value)?)?,
            "check_out" => self.check_out(self.planned.instant_at(field, value)?)?,
            "outcome" => self.outcome = value.to_string(),
            "notes" => self.replace_notes(value),
            _ => return Err(unknown(field, VISIT_FIELDS)),
        }
        Ok(())
    }
}

impl Settings {
    /// Sets `field` from `value`: `name`, `region` (CN, PL, AZ), `language` (en, zh-CN, pl, az),
    /// `time_zone` an IANA zone, `home` and `office` `LAT,LON` (blank for none), `working_hours`
    /// `HH:MM-HH:MM`, `notification_time` `HH:MM`, `cadence_a` … `cadence_d` the tier's
    /// visit interval in days, `care.TIER.birthday` and
    /// `care.TIER.festival` a tier's care rules (`3 gift:flowers; 0 call`, see [`crate::CareRules`]),
    /// `care.renewal_days` the days before a contract's end its renewal starts,
    /// `greeting.LANGUAGE.OCCASION` a greeting template (see [`Settings::set_greeting`]).
    pub fn set_field(&mut self, field: &str, value: &str) -> Result<(), FieldError> {
        let value = value.trim();
        let rename = |error: FieldError| error.renamed(field);
        match field {
            "name" => self.manager_name = value.to_string(),
            "region" => self.region = value.parse::<Region>().map_err(rename)?,
            "language" => self.language = value.parse::<Language>().map_err(rename)?,
            "time_zone" => self.time_zone = parse_zone(field, value)?,
            "home" => self.home = optional(field, value, GeoPoint::from_str)?,
            "office" => self.office = optional(field, value, GeoPoint::from_str)?,
            "working_hours" => {
                self.working_hours = parse_day_window(value).map_err(|problem| FieldError::refused(field, problem))?
            }
            "cadence_a" | "cadence_b" | "cadence_c" | "cadence_d" => {
                let tier = field["cadence_".len()..].parse::<Tier>().map_err(rename)?;
                let days = value
                    .parse()
                    .map_err(|_| FieldError::refused(field, Problem::NotDays { value: value.to_owned() }))?;
                self.cadence.set(tier, days).map_err(rename)?;
            }
            "notification_time" => self.notification_time = parse_time(field, value)?,
            "care.renewal_days" => self.care_rules.set_renewal_days(field, value)?,
            _ => {
                if let Some((tier, occasion)) = field.strip_prefix("care.").and_then(|rest| rest.split_once('.')) {
                    let tier = tier.parse::<Tier>().map_err(rename)?;
                    let occasion = occasion.parse::<CareOccasion>().map_err(rename)?;
                    self.care_rules.set_rules(field, tier, occasion, value)?;
                } else if let Some((language, occasion)) =
                    field.strip_prefix("greeting.").and_then(|rest| rest.split_once('.'))
                {
                    self.set_greeting(field, language, occasion, value)?;
                } else {
                    return Err(unknown(field, SETTINGS_FIELDS));
                }
            }
        }
        Ok(())
    }
}

/// `A`–`D`, also as written in Chinese spreadsheets (`A类`, `A级`).
pub(crate) fn parse_tier(cell: &str) -> Result<Tier, String> {
    let letter = cell.trim().trim_end_matches(['类', '類', '级', '級']);
    letter.parse().map_err(|_| format!("'{cell}' is not one of A, B, C, D"))
}

/// A status code, or its usual Chinese or Polish word.
pub(crate) fn parse_status(cell: &str) -> Result<ClientStatus, String> {
    let status = match cell.trim().to_lowercase().as_str() {
        "潜在" | "意向" | "潜在客户" | "potencjalny" => ClientStatus::Prospect,
        "正常" | "在网" | "活跃" | "aktywny" => ClientStatus::Active,
        "预警" | "离网预警" | "风险" | "zagrożony" => ClientStatus::AtRisk,
        "流失" | "离网" | "已流失" | "utracony" => ClientStatus::Lost,
        _ => return cell.parse().map_err(|e: crate::FieldError| e.reason),
    };
    Ok(status)
}

/// `YYYY-MM-DD`, also with `/` or `.` (as Excel writes dates) or as `2026年3月8日`.
pub(crate) fn parse_date(cell: &str) -> Result<Date, String> {
    ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(cell.trim(), format).ok())
        .map(Date)
        .ok_or_else(|| format!("'{cell}' is not a date (YYYY-MM-DD)"))
}

/// `09:00-18:00`, also with full-width colons or `~`, `～`, `至`, dashes between.
pub(crate) fn parse_day_window(cell: &str) -> Result<DayWindow, Problem> {
    let normalized = cell.replace('：', ":").replace(['~', '～', '至', '–', '—', '－'], "-");
    normalized.parse::<DayWindow>().map_err(|problem| match problem {
        Problem::NotADayWindow { .. } => Problem::NotADayWindow { value: cell.to_owned() },
        Problem::EndsBeforeItStarts { .. } => Problem::EndsBeforeItStarts { value: cell.to_owned() },
        other => other,
    })
}

/// Decimal degrees within ±`limit`, with a decimal point or comma.
pub(crate) fn parse_degrees(cell: &str, limit: f64) -> Result<f64, String> {
    let degrees: f64 = cell.trim().replace(',', ".").parse().map_err(|_| format!("'{cell}' is not a number"))?;
    if !(-limit..=limit).contains(&degrees) {
        return Err(format!("{degrees} is outside -{limit}..{limit}"));
    }
    Ok(degrees)
}

/// An amount as spreadsheets write it: `1,234.50`, `1 234,50` (decimal comma),
/// `¥1200`, `1200元`, `150 zł`, `80 ₼`. A currency symbol beats the `currency` given.
pub(crate) fn parse_money(cell: &str, currency: &str) -> Result<Money, Problem> {
    let compact: String = cell.chars().filter(|c| !c.is_whitespace() && *c != '\'').collect();
    let symbols = [("¥", "CNY"), ("￥", "CNY"), ("元", "CNY"), ("zł", "PLN"), ("₼", "AZN")];
    let mut amount = compact.as_str();
    let mut currency = currency;
    for (symbol, code) in symbols {
        if let Some(rest) = amount.strip_prefix(symbol).or_else(|| amount.strip_suffix(symbol)) {
            amount = rest;
            currency = code;
        }
    }
    let amount = with_decimal_point(amount);
    Money::parse(&amount, currency).map_err(|problem| match problem {
        Problem::NotTwoDecimals { .. } => Problem::NotTwoDecimals { value: cell.to_owned() },
        other => other,
    })
}

/// Rewrites a decimal comma (`1.234,5`, `12,50`) as a point; a comma followed by
/// three digits (`1,200`) is a thousands separator and is left for [`Money::parse`].
fn with_decimal_point(amount: &str) -> String {
    match amount.rfind([',', '.']) {
        Some(at) if amount[at..].starts_with(',') && (2..=3).contains(&amount[at..].len()) => {
            let whole: String = amount[..at].chars().filter(|c| *c != '.' && *c != ',').collect();
            format!("{whole}.{}", &amount[at + 1..])
        }
        _ => amount.to_string(),
    }
}

/// Yes or no in the languages of Fieldbook's users; spreadsheets also tick with `√` or `✓`.
pub(crate) fn parse_yes_no(cell: &str) -> Result<bool, Problem> {
    match cell.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "是" | "√" | "✓" | "x" | "tak" | "t" | "bəli" | "beli" => Ok(true),
        "no" | "n" | "false" | "0" | "否" | "nie" | "xeyr" => Ok(false),
        _ => Err(Problem::NotYesOrNo { value: cell.to_owned() }),
    }
}

/// `AMOUNT CURRENCY` (`12500.50 CNY`), or an amount with a currency sign (`¥800`, `150 zł`).
fn parse_amount_with_currency(value: &str) -> Result<Money, Problem> {
    match value.trim().rsplit_once(' ') {
        Some((amount, code)) if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) => {
            parse_money(amount, code)
        }
        _ => parse_money(value, "").map_err(|_| Problem::NotAnAmount { value: value.to_owned() }),
    }
}

fn optional<T, E: Into<Problem>>(
    field: &str,
    value: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<Option<T>, FieldError> {
    if value.is_empty() {
        return Ok(None);
    }
    parse(value).map(Some).map_err(|e| FieldError::refused(field, e.into()))
}

fn optional_date(field: &str, value: &str) -> Result<Option<Date>, FieldError> {
    (!value.is_empty()).then(|| parse_date(value).map_err(|_| not_a_date(field, value))).transpose()
}

fn not_a_date(field: &str, value: &str) -> FieldError {
    FieldError::refused(field, Problem::NotADate { value: value.to_owned() })
}

/// Splits a list written with `;` (or the Chinese `；`), dropping blanks.
fn list(value: &str) -> Vec<String> {
    value.split([';', '；']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

fn unknown(field: &str, known: &[&str]) -> FieldError {
    FieldError::refused(field, Problem::UnknownField { known: known.join(", ") })
}

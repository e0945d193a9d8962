//! Money: an amount in minor units with its ISO 4217 code, and the ways
//! spreadsheets and managers write amounts.

use std::fmt;

use autosurgeon::{Hydrate, Reconcile};
use serde::{Deserialize, Serialize};

use crate::values::Problem;

/// An amount of money in minor units (fen, grosz, qəpik) with its ISO 4217 code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct Money {
    /// Amount in hundredths of the currency unit.
    pub minor_units: i64,
    /// ISO 4217 code, upper case (`CNY`, `PLN`, `AZN`).
    pub currency: String,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount_text(), self.currency)
    }
}

impl Money {
    /// The amount with two decimals and no currency (`-1234.50`), as spreadsheets keep it.
    pub fn amount_text(&self) -> String {
        let sign = if self.minor_units < 0 { "-" } else { "" };
        let abs = self.minor_units.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }

    /// Parses a decimal amount such as `12345.6` or `-80` with at most two decimals.
    pub fn parse(amount: &str, currency: &str) -> Result<Money, Problem> {
        let currency = currency.trim().to_ascii_uppercase();
        if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(Problem::NotACurrency { value: currency });
        }
        let cleaned: String = amount.trim().chars().filter(|c| *c != ',' && *c != ' ').collect();
        let (negative, digits) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.as_str()),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let valid = !whole.is_empty()
            && whole.chars().all(|c| c.is_ascii_digit())
            && fraction.len() <= 2
            && fraction.chars().all(|c| c.is_ascii_digit());
        let not_amount = || Problem::NotTwoDecimals { value: amount.to_owned() };
        if !valid {
            return Err(not_amount());
        }
        let whole: i64 = whole.parse().map_err(|_| not_amount())?;
        let fraction: i64 = format!("{fraction:0<2}").parse().map_err(|_| not_amount())?;
        let minor = whole.checked_mul(100).and_then(|w| w.checked_add(fraction)).ok_or_else(not_amount)?;
        Ok(Money { minor_units: if negative { -minor } else { minor }, currency })
    }
}

/// An amount as spreadsheets write it: `1,234.50`, `1 234,50` (decimal comma),
/// `¥1200`, `1200元`, `150 zł`, `80 ₼`. A currency symbol beats the `currency` given.
pub fn parse_money(cell: &str, currency: &str) -> Result<Money, Problem> {
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

/// `AMOUNT CURRENCY` (`12500.50 CNY`), or an amount with a currency sign (`¥800`, `150 zł`).
pub fn parse_amount_with_currency(value: &str) -> Result<Money, Problem> {
    match value.trim().rsplit_once(' ') {
        Some((amount, code)) if !code.is_empty() && code.chars().all(|c| c.is_ascii_alphabetic()) => {
            parse_money(amount, code)
        }
        _ => parse_money(value, "").map_err(|_| Problem::NotAnAmount { value: value.to_owned() }),
    }
}

//! Care rules: how each tier's key persons are cared for (what to do, how many
//! days before a birthday or a major festival) and when contract renewals start.
//! They live in the manager's settings, so every device uses the same rules;
//! a document written before they existed reads the defaults in this module.
//!
//! A tier's rules for one occasion are written as text, the way the CLI and the
//! settings view take them: `3 gift:flowers or cake; 0 call` — days before,
//! then the channel (`message`, `call`, `visit`, `gift:WHAT`), `;` between rules.

use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile};
use serde::{Deserialize, Serialize};

use crate::model::{CareChannel, Tier};
use crate::values::{FieldError, Problem};

/// The longest lead time a care rule may have, in days.
pub const MAX_LEAD_DAYS: u32 = 60;
/// The longest lead time of a contract renewal, in days.
pub const MAX_RENEWAL_DAYS: u32 = 365;

/// One act of care due some days before an occasion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct CareRule {
    /// How many days before the occasion (0: on the day).
    pub days_before: u32,
    /// What to do.
    pub channel: CareChannel,
}

/// How a tier's key persons are cared for.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct TierCare {
    /// On their birthdays.
    pub birthday: Vec<CareRule>,
    /// Before the region's major festivals.
    pub festival: Vec<CareRule>,
}

/// The occasions a tier's care rules are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CareOccasion {
    /// A key person's birthday.
    Birthday,
    /// A major festival of the region.
    Festival,
}

impl FromStr for CareOccasion {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "birthday" => Ok(CareOccasion::Birthday),
            "festival" => Ok(CareOccasion::Festival),
            _ => Err(FieldError::refused(
                "occasion",
                Problem::NotOneOf { value: s.to_owned(), allowed: "birthday, festival".into() },
            )),
        }
    }
}

impl fmt::Display for CareOccasion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CareOccasion::Birthday => "birthday",
            CareOccasion::Festival => "festival",
        })
    }
}

/// The care rules of every tier and the lead time of contract renewals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct CareRules {
    /// Tier A.
    pub a: TierCare,
    /// Tier B.
    pub b: TierCare,
    /// Tier C.
    pub c: TierCare,
    /// Tier D.
    pub d: TierCare,
    /// Days before a contract's last day to start its renewal.
    pub renewal_days_before: u32,
}

impl Default for CareRules {
    /// Tier A: flowers or a cake 3 days before a key person's birthday and a call
    /// on the day, a visit 3 days before a major festival; B: a call on the
    /// birthday and the day before a festival; C and D: a message on the birthday.
    /// Renewals start 30 days before the contract ends.
    fn default() -> CareRules {
        let rule = |days_before, channel| CareRule { days_before, channel };
        let message = TierCare { birthday: vec![rule(0, CareChannel::Message)], festival: Vec::new() };
        CareRules {
            a: TierCare {
                birthday: vec![rule(3, CareChannel::Gift("flowers or cake".into())), rule(0, CareChannel::Call)],
                festival: vec![rule(3, CareChannel::Visit)],
            },
            b: TierCare { birthday: vec![rule(0, CareChannel::Call)], festival: vec![rule(1, CareChannel::Call)] },
            c: message.clone(),
            d: message,
            renewal_days_before: 30,
        }
    }
}

impl CareRules {
    /// The rules of `tier`.
    pub fn tier(&self, tier: Tier) -> &TierCare {
        match tier {
            Tier::A => &self.a,
            Tier::B => &self.b,
            Tier::C => &self.c,
            Tier::D => &self.d,
        }
    }

    fn tier_mut(&mut self, tier: Tier) -> &mut TierCare {
        match tier {
            Tier::A => &mut self.a,
            Tier::B => &mut self.b,
            Tier::C => &mut self.c,
            Tier::D => &mut self.d,
        }
    }

    /// The rules of `tier` for `occasion`.
    pub fn rules(&self, tier: Tier, occasion: CareOccasion) -> &[CareRule] {
        let care = self.tier(tier);
        match occasion {
            CareOccasion::Birthday => &care.birthday,
            CareOccasion::Festival => &care.festival,
        }
    }

    /// Replaces the rules of `tier` for `occasion` with those written in `text`
    /// (`3 gift:flowers; 0 call`; empty for none), refusing bad rules under `field`.
    pub fn set_rules(&mut self, field: &str, tier: Tier, occasion: CareOccasion, text: &str) -> Result<(), FieldError> {
        let rules = parse_rules(text).map_err(|problem| FieldError::refused(field, problem))?;
        check_rules(&rules).map_err(|problem| FieldError::refused(field, problem))?;
        let care = self.tier_mut(tier);
        match occasion {
            CareOccasion::Birthday => care.birthday = rules,
            CareOccasion::Festival => care.festival = rules,
        }
        Ok(())
    }

    /// Sets how many days before a contract's end its renewal starts.
    pub fn set_renewal_days(&mut self, field: &str, text: &str) -> Result<(), FieldError> {
        let days =
            text.trim().parse::<u32>().ok().filter(|days| (1..=MAX_RENEWAL_DAYS).contains(days)).ok_or_else(|| {
                FieldError::refused(
                    field,
                    Problem::NotDaysUpTo { value: text.to_owned(), max: MAX_RENEWAL_DAYS.to_string() },
                )
            })?;
        self.renewal_days_before = days;
        Ok(())
    }

    /// Checks every tier's rules and the renewal lead time, naming the first bad one.
    pub fn validate(&self) -> Result<(), FieldError> {
        for tier in Tier::ALL {
            for occasion in [CareOccasion::Birthday, CareOccasion::Festival] {
                check_rules(self.rules(tier, occasion))
                    .map_err(|problem| FieldError::refused(format!("care.{tier}.{occasion}"), problem))?;
            }
        }
        if !(1..=MAX_RENEWAL_DAYS).contains(&self.renewal_days_before) {
            return Err(FieldError::refused(
                "care.renewal_days",
                Problem::DaysUpTo { max: MAX_RENEWAL_DAYS.to_string() },
            ));
        }
        Ok(())
    }
}

/// Rules as text: `3 gift:flowers or cake; 0 call`.
pub fn rules_text(rules: &[CareRule]) -> String {
    rules.iter().map(|rule| format!("{} {}", rule.days_before, rule.channel)).collect::<Vec<_>>().join("; ")
}

fn parse_rules(text: &str) -> Result<Vec<CareRule>, Problem> {
    text.split([';', '；']).map(str::trim).filter(|rule| !rule.is_empty()).map(parse_rule).collect()
}

/// `DAYS CHANNEL`: `3 gift:flowers`, `0 call`.
fn parse_rule(text: &str) -> Result<CareRule, Problem> {
    let (days, channel) =
        text.split_once(char::is_whitespace).ok_or_else(|| Problem::NotACareRule { value: text.to_owned() })?;
    let days_before =
        days.parse::<u32>().map_err(|_| Problem::CareRuleDays { days: days.to_owned(), rule: text.to_owned() })?;
    let channel = channel.trim().parse::<CareChannel>()?;
    Ok(CareRule { days_before, channel })
}

/// Lead times within [`MAX_LEAD_DAYS`], and each channel at most once per occasion:
/// a reminder's id names its channel, so two rules with one channel would be one reminder.
fn check_rules(rules: &[CareRule]) -> Result<(), Problem> {
    for (i, rule) in rules.iter().enumerate() {
        if rule.days_before > MAX_LEAD_DAYS {
            return Err(Problem::LeadTooLong { days: rule.days_before.to_string(), max: MAX_LEAD_DAYS.to_string() });
        }
        if let CareChannel::Gift(what) = &rule.channel
            && what.trim().is_empty()
        {
            return Err(Problem::GiftWithoutWhat);
        }
        if rules[..i].iter().any(|earlier| earlier.channel.code() == rule.channel.code()) {
            return Err(Problem::ChannelTwice { channel: rule.channel.code().to_string() });
        }
    }
    Ok(())
}

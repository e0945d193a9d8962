//! The manager's settings, kept in the portfolio document so every device of
//! the manager shares them.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile};
use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use crate::care_rules::CareRules;
use crate::client::Tier;
use crate::error::{FieldError, Problem};
use crate::record::require_text;
use crate::values::{DayWindow, GeoPoint, TimeOfDay, Zone};

/// Declares a closed set of codes stored and written as strings.
macro_rules! code_enum {
    ($(#[$doc:meta])* $name:ident, $field:literal, { $($(#[$vdoc:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Hydrate, Reconcile)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $code)] #[autosurgeon(rename = $code)] $variant),+
        }

        impl $name {
            /// Every code, in order.
            pub const CODES: &'static [&'static str] = &[$($code),+];
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(match self { $($name::$variant => $code),+ })
            }
        }

        impl FromStr for $name {
            type Err = FieldError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s.trim() {
                    $(c if c.eq_ignore_ascii_case($code) => Ok($name::$variant),)+
                    _ => Err(FieldError::refused(
                        $field,
                        Problem::NotOneOf { value: s.to_owned(), allowed: Self::CODES.join(", ") },
                    )),
                }
            }
        }
    };
}
pub(crate) use code_enum;

code_enum!(
    /// The holiday calendar the manager works under.
    Region, "region", {
        /// China.
        Cn = "CN",
        /// Poland.
        Pl = "PL",
        /// Azerbaijan.
        Az = "AZ",
    }
);

code_enum!(
    /// The language of the user interface.
    Language, "lang", {
        /// English.
        En = "en",
        /// Simplified Chinese.
        ZhCn = "zh-CN",
        /// Polish.
        Pl = "pl",
        /// Azerbaijani.
        Az = "az",
    }
);

impl Region {
    /// The language and time zone a manager in this region most likely uses.
    pub fn defaults(self) -> (Language, Zone) {
        match self {
            Region::Cn => (Language::ZhCn, Zone(chrono_tz::Asia::Shanghai)),
            Region::Pl => (Language::Pl, Zone(chrono_tz::Europe::Warsaw)),
            Region::Az => (Language::Az, Zone(chrono_tz::Asia::Baku)),
        }
    }
}

/// The longest allowed gap between contacts, in days, per tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct Cadence {
    /// Tier A.
    pub a: u32,
    /// Tier B.
    pub b: u32,
    /// Tier C.
    pub c: u32,
    /// Tier D.
    pub d: u32,
}

impl Default for Cadence {
    /// A every two weeks, B monthly, C quarterly, D twice a year.
    fn default() -> Cadence {
        Cadence { a: 14, b: 30, c: 90, d: 180 }
    }
}

impl Cadence {
    /// The interval for `tier`, in days.
    pub fn days(&self, tier: Tier) -> u32 {
        match tier {
            Tier::A => self.a,
            Tier::B => self.b,
            Tier::C => self.c,
            Tier::D => self.d,
        }
    }

    /// Sets the interval for `tier`: 1 to [`Cadence::MAX_DAYS`] days.
    pub fn set(&mut self, tier: Tier, days: u32) -> Result<(), FieldError> {
        Self::check(tier, days)?;
        *match tier {
            Tier::A => &mut self.a,
            Tier::B => &mut self.b,
            Tier::C => &mut self.c,
            Tier::D => &mut self.d,
        } = days;
        Ok(())
    }

    /// The longest interval accepted: two years.
    pub const MAX_DAYS: u32 = 730;

    fn check(tier: Tier, days: u32) -> Result<(), FieldError> {
        if !(1..=Self::MAX_DAYS).contains(&days) {
            let problem = Problem::CadenceOutOfRange {
                tier: tier.to_string(),
                days: days.to_string(),
                max: Self::MAX_DAYS.to_string(),
            };
            return Err(FieldError::refused("cadence", problem));
        }
        Ok(())
    }
}

/// The manager's preferences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct Settings {
    /// The manager's name.
    pub manager_name: String,
    /// Holiday region.
    pub region: Region,
    /// UI language.
    pub language: Language,
    /// Home time zone.
    pub time_zone: Zone,
    /// Where the day starts when working from home.
    pub home: Option<GeoPoint>,
    /// Where the day starts when working from the office.
    pub office: Option<GeoPoint>,
    /// The working day.
    pub working_hours: DayWindow,
    /// Visit cadence per tier.
    pub cadence: Cadence,
    /// When to show the day's reminders.
    pub notification_time: TimeOfDay,
    /// How each tier's key persons are cared for (the defaults for documents written before).
    #[autosurgeon(missing = "CareRules::default")]
    #[serde(default)]
    pub care_rules: CareRules,
    /// The manager's greeting templates by `LANGUAGE.OCCASION` (`zh-CN.cn.mid_autumn`),
    /// beating the defaults in the code (see [`Settings::greeting_template`]).
    #[autosurgeon(missing = "BTreeMap::new")]
    #[serde(default)]
    pub greetings: BTreeMap<String, String>,
}

impl Settings {
    /// Settings for a new manager in `region`, with the region's language and time zone.
    pub fn new(manager_name: impl Into<String>, region: Region) -> Settings {
        let (language, time_zone) = region.defaults();
        let at = |h, m| TimeOfDay(NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default());
        Settings {
            manager_name: manager_name.into(),
            region,
            language,
            time_zone,
            home: None,
            office: None,
            working_hours: DayWindow { start: at(9, 0), end: at(18, 0) },
            cadence: Cadence::default(),
            notification_time: at(8, 30),
            care_rules: CareRules::default(),
            greetings: BTreeMap::new(),
        }
    }

    /// Checks every field, naming the first bad one.
    pub fn validate(&self) -> Result<(), FieldError> {
        require_text("name", &self.manager_name)?;
        if self.working_hours.end <= self.working_hours.start {
            return Err(FieldError::refused("working_hours", Problem::EndsBeforeStart));
        }
        Tier::ALL.into_iter().try_for_each(|tier| Cadence::check(tier, self.cadence.days(tier)))?;
        self.care_rules.validate()
    }
}

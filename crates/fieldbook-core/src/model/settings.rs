//! The manager's settings, kept in the portfolio document so every device of
//! the manager shares them.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};
use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use std::str::FromStr;

use crate::calendar::WorkingTime;
use crate::model::{
    CareOccasion, CareRules, FieldName, Fields, Severity, SlaPolicies, Spec, Tier, assign, field_names, optional,
    require_text, set_named, text_of,
};
use crate::values::{
    DayWindow, FieldError, GeoPoint, Language, Problem, Region, TimeOfDay, Zone, parse_day_window, parse_time,
    parse_zone,
};

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
    /// The SLA targets per severity (the defaults for documents written before).
    #[autosurgeon(missing = "SlaPolicies::default")]
    #[serde(default)]
    pub sla: SlaPolicies,
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
            sla: SlaPolicies::default(),
        }
    }

    /// The manager's working time: working hours on their region's working days, in their zone.
    pub fn working_time(&self) -> WorkingTime {
        WorkingTime::new(self.region, self.working_hours, self.time_zone)
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

field_names!(
    /// The settings typed in one by one, in the order `fieldbook settings show` lists them.
    /// The care rules (`care.TIER.birthday`, `care.TIER.festival`) and greeting templates
    /// (`greeting.LANGUAGE.OCCASION`) are set by name beside them.
    SettingsField {
        /// The manager's name.
        Name = "name",
        /// Holiday region: CN, PL or AZ.
        Region = "region",
        /// UI language: en, zh-CN, pl or az.
        Language = "language",
        /// Home IANA time zone.
        TimeZone = "time_zone",
        /// Home, `LAT,LON`.
        Home = "home",
        /// Office, `LAT,LON`.
        Office = "office",
        /// The working day, `HH:MM-HH:MM`.
        WorkingHours = "working_hours",
        /// Tier A's visit interval in days.
        CadenceA = "cadence_a",
        /// Tier B's.
        CadenceB = "cadence_b",
        /// Tier C's.
        CadenceC = "cadence_c",
        /// Tier D's.
        CadenceD = "cadence_d",
        /// When the day's reminders are announced, `HH:MM`.
        NotificationTime = "notification_time",
        /// Days before a contract's end its renewal starts.
        RenewalDays = "care.renewal_days",
    }
);

impl Fields for Settings {
    type Field = SettingsField;

    fn spec(field: SettingsField) -> Spec<Settings> {
        use SettingsField as F;
        match field {
            F::Name => Spec::line(
                &["manager_name"],
                |s, v| assign(&mut s.manager_name, v.to_owned()),
                |s| s.manager_name.clone(),
            ),
            F::Region => {
                Spec::choice(&[], Region::CODES, |s, v| assign(&mut s.region, v.parse()?), |s| s.region.to_string())
            }
            F::Language => Spec::choice(
                &["lang"],
                Language::CODES,
                |s, v| assign(&mut s.language, v.parse()?),
                |s| s.language.to_string(),
            ),
            F::TimeZone => Spec::line(
                &["tz"],
                |s, v| assign(&mut s.time_zone, parse_zone("time_zone", v)?),
                |s| s.time_zone.to_string(),
            ),
            F::Home => {
                Spec::line(&[], |s, v| assign(&mut s.home, optional(v, GeoPoint::from_str)?), |s| text_of(&s.home))
            }
            F::Office => {
                Spec::line(&[], |s, v| assign(&mut s.office, optional(v, GeoPoint::from_str)?), |s| text_of(&s.office))
            }
            F::WorkingHours => Spec::line(
                &[],
                |s, v| assign(&mut s.working_hours, parse_day_window(v)?),
                |s| s.working_hours.to_string(),
            ),
            F::CadenceA => Spec::line(&[], |s, v| set_cadence(s, Tier::A, v), |s| s.cadence.a.to_string()),
            F::CadenceB => Spec::line(&[], |s, v| set_cadence(s, Tier::B, v), |s| s.cadence.b.to_string()),
            F::CadenceC => Spec::line(&[], |s, v| set_cadence(s, Tier::C, v), |s| s.cadence.c.to_string()),
            F::CadenceD => Spec::line(&[], |s, v| set_cadence(s, Tier::D, v), |s| s.cadence.d.to_string()),
            F::NotificationTime => Spec::line(
                &[],
                |s, v| assign(&mut s.notification_time, parse_time("notification_time", v)?),
                |s| s.notification_time.to_string(),
            ),
            F::RenewalDays => Spec::line(
                &[],
                |s, v| Ok(s.care_rules.set_renewal_days("care.renewal_days", v)?),
                |s| s.care_rules.renewal_days_before.to_string(),
            ),
        }
    }

    /// Sets a setting by name: one of [`SettingsField`], `care.TIER.birthday`,
    /// `care.TIER.festival` (a tier's care rules, see [`crate::CareRules`]), or
    /// `greeting.LANGUAGE.OCCASION` (a greeting template, see [`Settings::set_greeting`]).
    fn set_field(&mut self, field: &str, value: &str) -> Result<(), FieldError> {
        let value = value.trim();
        let rename = |error: FieldError| error.renamed(field);
        if let Some((tier, occasion)) = field.strip_prefix("care.").and_then(|rest| rest.split_once('.'))
            && !SettingsField::ALL.iter().any(|known| known.name() == field)
        {
            let tier = tier.parse::<Tier>().map_err(rename)?;
            let occasion = occasion.parse::<CareOccasion>().map_err(rename)?;
            return self.care_rules.set_rules(field, tier, occasion, value);
        }
        if let Some(rest) = field.strip_prefix("sla.") {
            return self.set_sla(field, rest, value);
        }
        if let Some((language, occasion)) = field.strip_prefix("greeting.").and_then(|rest| rest.split_once('.')) {
            return self.set_greeting(field, language, occasion, value);
        }
        set_named(self, field, value).map_err(|error| match *error.problem {
            Problem::UnknownField { known } => FieldError::refused(
                field,
                Problem::UnknownField {
                    known: format!(
                        "{known}, care.TIER.birthday, care.TIER.festival, greeting.LANGUAGE.OCCASION, \
                         sla.SEVERITY.response, sla.SEVERITY.resolution, sla.chase_after, sla.confirm_after"
                    ),
                },
            ),
            _ => error,
        })
    }
}

impl Settings {
    /// Sets an SLA setting named `field`, `rest` being what follows `sla.`:
    /// `SEVERITY.response`, `SEVERITY.resolution`, `chase_after` or `confirm_after`.
    fn set_sla(&mut self, field: &str, rest: &str, value: &str) -> Result<(), FieldError> {
        let span = || value.parse().map_err(|problem| FieldError::refused(field, problem));
        match rest.split_once('.') {
            None if rest == "chase_after" => self.sla.chase_after = span()?,
            None if rest == "confirm_after" => self.sla.confirm_after = span()?,
            Some((severity, "response")) => {
                let severity = severity.parse::<Severity>().map_err(|e| e.renamed(field))?;
                self.sla.set(severity, Some(value), None).map_err(|e| e.renamed(field))?;
            }
            Some((severity, "resolution")) => {
                let severity = severity.parse::<Severity>().map_err(|e| e.renamed(field))?;
                self.sla.set(severity, None, Some(value)).map_err(|e| e.renamed(field))?;
            }
            _ => {
                let known = "sla.SEVERITY.response, sla.SEVERITY.resolution, sla.chase_after, sla.confirm_after";
                return Err(FieldError::refused(field, Problem::UnknownField { known: known.into() }));
            }
        }
        Ok(())
    }
}

/// Sets `tier`'s visit interval from days as typed.
fn set_cadence(settings: &mut Settings, tier: Tier, days: &str) -> Result<(), Problem> {
    let days = days.parse().map_err(|_| Problem::NotDays { value: days.to_owned() })?;
    Ok(settings.cadence.set(tier, days)?)
}

//! The manager's settings: a new portfolio's, one setting changed, a tier's
//! cadence, the care rules per tier.

use fieldbook_core::{
    CareOccasion, CareRules, FieldError, Fields, Portfolio, PortfolioError, Problem, Region, Settings, Tier,
};

/// What a new portfolio starts from, as typed on first run or given to `fieldbook init`.
#[derive(Debug, Clone)]
pub struct Setup {
    /// The manager's name.
    pub manager_name: String,
    /// Holiday region: CN, PL or AZ.
    pub region: String,
    /// UI language (the region's when `None`).
    pub language: Option<String>,
    /// IANA time zone (the region's when `None`).
    pub time_zone: Option<String>,
}

/// The settings of a new portfolio.
pub fn new_settings(setup: &Setup) -> Result<Settings, FieldError> {
    let region: Region = setup.region.parse()?;
    let mut settings = Settings::new(setup.manager_name.trim(), region);
    for (field, value) in [("language", &setup.language), ("time_zone", &setup.time_zone)] {
        if let Some(value) = value {
            settings.set_field(field, value)?;
        }
    }
    settings.validate()?;
    Ok(settings)
}

/// Changes the setting `field` (see [`Settings::set_field`]) to `value` as typed, in one commit.
pub fn set_setting(portfolio: &mut Portfolio, field: &str, value: &str) -> Result<Settings, PortfolioError> {
    portfolio.update_settings(|settings| settings.set_field(field, value))
}

/// Sets the visit interval of `tier` to `days`, as typed; answers the tier and the days.
pub fn set_cadence(portfolio: &mut Portfolio, tier: &str, days: &str) -> Result<(Tier, u32), PortfolioError> {
    let tier: Tier = tier.parse()?;
    let field = format!("cadence_{}", tier.to_string().to_ascii_lowercase());
    let settings = portfolio.update_settings(|settings| settings.set_field(&field, days))?;
    Ok((tier, settings.cadence.days(tier)))
}

/// A change to the care rules: a tier's birthday and festival rules, the renewal
/// lead time, or the defaults put back. Each given as typed.
#[derive(Debug, Clone, Default)]
pub struct CareChange {
    /// The tier whose rules change.
    pub tier: Option<String>,
    /// The tier's birthday rules, `DAYS CHANNEL; …` (`""` for none).
    pub birthday: Option<String>,
    /// The tier's festival rules.
    pub festival: Option<String>,
    /// Days before a contract's end to start its renewal.
    pub renewal_days: Option<String>,
    /// Put the default rules back instead.
    pub reset: bool,
}

/// Changes the care rules as `change` says, in one commit (none when it asks for
/// nothing); answers the rules now.
pub fn change_care_rules(portfolio: &mut Portfolio, change: &CareChange) -> Result<CareRules, PortfolioError> {
    if change.tier.is_some() && change.birthday.is_none() && change.festival.is_none() {
        return Err(
            FieldError::refused("tier", Problem::GivenWithout { other: "birthday or festival rules".into() }).into()
        );
    }
    let tier = change.tier.as_deref().map(str::parse::<Tier>).transpose()?;
    let mut fields: Vec<(String, &str)> = Vec::new();
    if let Some(tier) = tier {
        for (occasion, rules) in
            [(CareOccasion::Birthday, &change.birthday), (CareOccasion::Festival, &change.festival)]
        {
            if let Some(rules) = rules {
                fields.push((format!("care.{tier}.{occasion}"), rules));
            }
        }
    }
    if let Some(days) = &change.renewal_days {
        fields.push(("care.renewal_days".to_owned(), days));
    }
    if change.reset {
        portfolio.update_settings(|settings| {
            settings.care_rules = CareRules::default();
            Ok(())
        })?;
    } else if !fields.is_empty() {
        portfolio.update_settings(|settings| {
            fields.iter().try_for_each(|(field, value)| settings.set_field(field, value))
        })?;
    }
    Ok(portfolio.settings()?.care_rules)
}

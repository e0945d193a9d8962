//! `fieldbook settings …`: the manager's settings, the visit cadence and the care rules per tier.

use fieldbook_core::{CareOccasion, CareRules, Settings, Tier, rules_text};
use fieldbook_replica::Replica;
use serde::Serialize;

use crate::cli::{CareRulesArgs, Format, SettingsCommand};
use crate::exit::BadInput;
use crate::output::Listing;

/// Runs a settings command.
pub fn run(replica: &mut Replica, command: SettingsCommand) -> anyhow::Result<()> {
    match command {
        SettingsCommand::Show(format) => show(&replica.portfolio().settings()?, format.format),
        SettingsCommand::Set { field, value } => {
            let settings = replica.apply(|portfolio| portfolio.update_settings(|s| s.set_field(&field, &value)))?;
            show(&settings, Format::Table)
        }
        SettingsCommand::Care(args) => care(replica, args),
        SettingsCommand::Cadence { tier, days } => {
            let tier: Tier = tier.parse()?;
            let field = format!("cadence_{}", tier.to_string().to_ascii_lowercase());
            let days = days.trim().to_string();
            replica.apply(|portfolio| portfolio.update_settings(|settings| settings.set_field(&field, &days)))?;
            println!("Tier {tier}: a visit at least every {days} days");
            Ok(())
        }
    }
}

/// One setting as printed.
#[derive(Serialize)]
struct SettingRow {
    field: &'static str,
    value: String,
}

fn show(settings: &Settings, format: Format) -> anyhow::Result<()> {
    if let Format::Json = format {
        println!("{}", serde_json::to_string_pretty(settings)?);
        return Ok(());
    }
    let rows = [
        ("name", settings.manager_name.clone()),
        ("region", settings.region.to_string()),
        ("language", settings.language.to_string()),
        ("time_zone", settings.time_zone.to_string()),
        ("home", settings.home.map(|p| p.to_string()).unwrap_or_default()),
        ("office", settings.office.map(|p| p.to_string()).unwrap_or_default()),
        ("working_hours", settings.working_hours.to_string()),
        ("cadence_a", settings.cadence.a.to_string()),
        ("cadence_b", settings.cadence.b.to_string()),
        ("cadence_c", settings.cadence.c.to_string()),
        ("cadence_d", settings.cadence.d.to_string()),
        ("notification_time", settings.notification_time.to_string()),
        ("care.renewal_days", settings.care_rules.renewal_days_before.to_string()),
    ]
    .map(|(field, value)| SettingRow { field, value });
    Listing { headers: &["setting", "value"], records: &rows, row: |r| vec![r.field.to_string(), r.value.clone()] }
        .print(format)
}

/// One tier's care rules as printed.
#[derive(Serialize)]
struct TierRow {
    tier: Tier,
    birthday: String,
    festival: String,
}

/// Changes the care rules as the flags say (in one commit), then prints them.
fn care(replica: &mut Replica, args: CareRulesArgs) -> anyhow::Result<()> {
    if args.tier.is_some() && args.birthday.is_none() && args.festival.is_none() {
        return Err(BadInput("--tier needs --birthday or --festival: the rules to give the tier".into()).into());
    }
    let changes: Vec<(String, &str)> =
        [(CareOccasion::Birthday, &args.birthday), (CareOccasion::Festival, &args.festival)]
            .into_iter()
            .filter_map(|(occasion, rules)| {
                let tier = args.tier.as_deref()?.trim().to_ascii_uppercase();
                Some((format!("care.{tier}.{occasion}"), rules.as_deref()?))
            })
            .chain(args.renewal_days.as_deref().map(|days| ("care.renewal_days".to_string(), days)))
            .collect();
    if args.reset {
        replica.apply(|portfolio| {
            portfolio.update_settings(|s| {
                s.care_rules = CareRules::default();
                Ok(())
            })
        })?;
    } else if !changes.is_empty() {
        replica.apply(|portfolio| {
            portfolio.update_settings(|s| changes.iter().try_for_each(|(field, value)| s.set_field(field, value)))
        })?;
    }
    let rules = replica.portfolio().settings()?.care_rules;
    if let Format::Json = args.format.format {
        println!("{}", serde_json::to_string_pretty(&rules)?);
        return Ok(());
    }
    let rows = Tier::ALL.map(|tier| TierRow {
        tier,
        birthday: rules_text(rules.rules(tier, CareOccasion::Birthday)),
        festival: rules_text(rules.rules(tier, CareOccasion::Festival)),
    });
    Listing {
        headers: &["tier", "birthday", "festival"],
        records: &rows,
        row: |r| vec![r.tier.to_string(), r.birthday.clone(), r.festival.clone()],
    }
    .print(Format::Table)?;
    println!("Contract renewals start {} days before the end.", rules.renewal_days_before);
    Ok(())
}

//! `fieldbook settings …`: the manager's settings, the visit cadence and the care rules per tier.

use fieldbook_actions::{CareChange, change_care_rules, set_cadence, set_setting};
use fieldbook_core::{CareOccasion, FieldName, Settings, SettingsField, Tier, field_text, rules_text};
use fieldbook_replica::Replica;
use serde::Serialize;

use crate::cli::{CareRulesArgs, Format, SettingsCommand};
use crate::output::Listing;

/// Runs a settings command.
pub fn run(replica: &mut Replica, command: SettingsCommand) -> anyhow::Result<()> {
    match command {
        SettingsCommand::Show(format) => show(&replica.portfolio().settings()?, format.format),
        SettingsCommand::Set { field, value } => {
            let settings = replica.apply(|portfolio| set_setting(portfolio, &field, &value))?;
            show(&settings, Format::Table)
        }
        SettingsCommand::Care(args) => care(replica, args),
        SettingsCommand::Sla(args) => super::case::sla(replica, args),
        SettingsCommand::Cadence { tier, days } => {
            let (tier, days) = replica.apply(|portfolio| set_cadence(portfolio, &tier, &days))?;
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
    let rows: Vec<SettingRow> = SettingsField::ALL
        .iter()
        .map(|field| SettingRow { field: field.name(), value: field_text(settings, *field) })
        .collect();
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
    let change = CareChange {
        tier: args.tier,
        birthday: args.birthday,
        festival: args.festival,
        renewal_days: args.renewal_days,
        reset: args.reset,
    };
    let rules = replica.apply(|portfolio| change_care_rules(portfolio, &change))?;
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

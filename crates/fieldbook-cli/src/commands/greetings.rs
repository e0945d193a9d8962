//! `fieldbook greetings …`: greetings for key persons drafted for a holiday or
//! for the birthdays of a date range, printed or exported as CSV, marked sent,
//! and the templates they come from.

use std::io::Write;

use chrono::Datelike;
use fieldbook_core::{
    CareChannel, CareLogId, Contact, GREETING_OCCASIONS, GreetingDraft, Language, RecordId, Tier,
    draft_birthday_greetings, draft_holiday_greetings, greetings_csv, holidays,
};
use fieldbook_replica::Replica;
use serde::Serialize;

use crate::cli::{Format, GreetingFormat, GreetingScope, GreetingsCommand};
use crate::output::Listing;

/// Runs a greetings command.
pub fn run(replica: &mut Replica, command: GreetingsCommand) -> anyhow::Result<()> {
    match command {
        GreetingsCommand::Draft { scope, format } => print_drafts(&drafts(replica, &scope)?, format),
        GreetingsCommand::Sent { scope, channel, contacts, on } => {
            let channel: CareChannel = channel.parse()?;
            let on = match on {
                Some(on) => super::care::parse_date("on", &on)?,
                None => super::today(replica)?,
            };
            let chosen = chosen(replica, drafts(replica, &scope)?, &contacts)?;
            let mut rng = rand::rng();
            let sent: Vec<(GreetingDraft, CareLogId)> =
                chosen.into_iter().map(|draft| (draft, CareLogId::generate(&mut rng))).collect();
            replica.apply(|portfolio| portfolio.mark_greetings_sent(&sent, &channel, on))?;
            println!("Logged {} greetings sent by {channel} on {on}", sent.len());
            Ok(())
        }
        GreetingsCommand::Templates { language, format } => templates(replica, language.as_deref(), format.format),
    }
}

fn language(text: Option<&str>) -> anyhow::Result<Option<Language>> {
    Ok(text.map(str::parse::<Language>).transpose()?)
}

fn drafts(replica: &Replica, scope: &GreetingScope) -> anyhow::Result<Vec<GreetingDraft>> {
    let tiers = scope.tiers.iter().map(|tier| tier.parse::<Tier>()).collect::<Result<Vec<_>, _>>()?;
    let language = language(scope.language.as_deref())?;
    let portfolio = replica.portfolio();
    match (&scope.holiday, scope.year) {
        (Some(holiday), Some(year)) => Ok(draft_holiday_greetings(portfolio, holiday, year, &tiers, language)?),
        _ => {
            let from = match &scope.from {
                Some(from) => super::care::parse_date("from", from)?,
                None => super::today(replica)?,
            };
            Ok(draft_birthday_greetings(portfolio, from, scope.days.unwrap_or(14), &tiers, language)?)
        }
    }
}

/// The drafts for the contacts named (all of them when none is).
fn chosen(replica: &Replica, drafts: Vec<GreetingDraft>, contacts: &[String]) -> anyhow::Result<Vec<GreetingDraft>> {
    if contacts.is_empty() {
        return Ok(drafts);
    }
    let ids = contacts.iter().map(|c| replica.portfolio().find::<Contact>(c)).collect::<Result<Vec<_>, _>>()?;
    if let Some(missing) = ids.iter().find(|id| drafts.iter().all(|d| &d.contact_id != *id)) {
        return Err(crate::exit::BadInput(format!("contacts: {missing} is not a key person of the tiers given")).into());
    }
    Ok(drafts.into_iter().filter(|d| ids.contains(&d.contact_id)).collect())
}

fn print_drafts(drafts: &[GreetingDraft], format: GreetingFormat) -> anyhow::Result<()> {
    let format = match format {
        GreetingFormat::Csv => {
            std::io::stdout().lock().write_all(greetings_csv(drafts)?.as_bytes())?;
            return Ok(());
        }
        GreetingFormat::Json => Format::Json,
        GreetingFormat::Table => Format::Table,
    };
    Listing {
        headers: &["contact", "client", "tier", "person", "greeting"],
        records: drafts,
        row: |d| {
            vec![
                d.contact_id.to_string(),
                d.client_name.clone(),
                d.tier.to_string(),
                d.contact_name.clone(),
                d.text.clone(),
            ]
        },
    }
    .print(format)
}

/// One template as listed.
#[derive(Serialize)]
struct TemplateRow {
    occasion: String,
    own: bool,
    template: String,
}

/// Lists the templates of a language: the general occasions, the region's festivals, and any of the manager's own.
fn templates(replica: &Replica, language: Option<&str>, format: Format) -> anyhow::Result<()> {
    let settings = replica.portfolio().settings()?;
    let language = self::language(language)?.unwrap_or(settings.language);
    let prefix = format!("{language}.");
    let festivals = holidays(settings.region, super::today(replica)?.0.year()).unwrap_or_default();
    let mut occasions: Vec<String> = GREETING_OCCASIONS.iter().map(|o| o.to_string()).collect();
    let more = festivals.iter().filter(|d| d.major).map(|d| d.key.clone());
    for occasion in more.chain(settings.greetings.keys().filter_map(|k| k.strip_prefix(&prefix)).map(str::to_owned)) {
        if !occasions.contains(&occasion) {
            occasions.push(occasion);
        }
    }
    let rows: Vec<TemplateRow> = occasions
        .into_iter()
        .map(|occasion| TemplateRow {
            own: settings.greetings.contains_key(&format!("{prefix}{occasion}")),
            template: settings.greeting_template(language, &occasion),
            occasion,
        })
        .collect();
    Listing {
        headers: &["occasion", "own", "template"],
        records: &rows,
        row: |r| vec![r.occasion.clone(), if r.own { "yes".into() } else { String::new() }, r.template.clone()],
    }
    .print(format)
}

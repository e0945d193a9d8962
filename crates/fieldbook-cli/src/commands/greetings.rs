//! `fieldbook greetings …`: greetings for key persons drafted for a holiday or
//! for the birthdays of a date range, printed or exported as CSV, marked sent,
//! and the templates they come from.

use std::io::Write;

use fieldbook_actions::{GreetingRequest, draft_greetings, greeting_templates, mark_greetings_sent};
use fieldbook_core::GreetingDraft;
use fieldbook_formats::greetings_csv;
use fieldbook_replica::Replica;

use crate::cli::{Format, GreetingFormat, GreetingScope, GreetingsCommand};
use crate::output::Listing;

/// Runs a greetings command.
pub fn run(replica: &mut Replica, command: GreetingsCommand) -> anyhow::Result<()> {
    let now = super::now();
    match command {
        GreetingsCommand::Draft { scope, format } => {
            print_drafts(&draft_greetings(replica.portfolio(), &request(scope), now)?, format)
        }
        GreetingsCommand::Sent { scope, channel, contacts, on } => {
            let request = request(scope);
            let sent = replica.apply(|portfolio| {
                mark_greetings_sent(portfolio, &request, &contacts, &channel, on.as_deref(), now, &mut rand::rng())
            })?;
            let on = match on {
                Some(on) => on,
                None => super::today(replica)?.to_string(),
            };
            println!("Logged {sent} greetings sent by {channel} on {on}");
            Ok(())
        }
        GreetingsCommand::Templates { language, format } => {
            let rows = greeting_templates(&replica.portfolio().settings()?, language.as_deref(), now)?;
            Listing {
                headers: &["occasion", "own", "template"],
                records: &rows,
                row: |r| vec![r.occasion.clone(), if r.own { "yes".into() } else { String::new() }, r.template.clone()],
            }
            .print(format.format)
        }
    }
}

fn request(scope: GreetingScope) -> GreetingRequest {
    GreetingRequest {
        holiday: scope.holiday,
        year: scope.year,
        from: scope.from,
        days: scope.days,
        tiers: scope.tiers,
        language: scope.language,
    }
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

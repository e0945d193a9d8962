//! `fieldbook client …`.

use fieldbook_actions::{ClientFilter, add_client, client_page, edit_client, list_clients, remove_client};
use fieldbook_core::{Client, ClientField, Contact, FieldName, SalesStage, Visit, field_text};
use fieldbook_replica::Replica;
use serde::Serialize;

use super::{contact, visit};
use crate::cli::{ClientCommand, Format};
use crate::output::{Listing, or_blank};

/// Runs a client command.
pub fn run(replica: &mut Replica, command: ClientCommand) -> anyhow::Result<()> {
    match command {
        ClientCommand::Add(fields) => {
            let client = replica.apply(|portfolio| add_client(portfolio, &fields.given, &mut rand::rng()))?;
            println!("{}", client.id);
        }
        ClientCommand::List { tier, status, tag, format } => {
            let clients = list_clients(replica.portfolio(), &ClientFilter { tier, status, tag })?;
            listing(&clients).print(format.format)?;
        }
        ClientCommand::Show { client, format } => show(replica, &client, format.format)?,
        ClientCommand::Edit { client, fields } => {
            let client = replica.apply(|portfolio| edit_client(portfolio, &client, &fields.given))?;
            println!("Updated client {}", client.id);
        }
        ClientCommand::Remove { client } => {
            let id = replica.apply(|portfolio| remove_client(portfolio, &client))?;
            println!("Removed client {id}");
        }
    }
    Ok(())
}

fn listing(clients: &[Client]) -> Listing<'_, Client> {
    Listing {
        headers: &["id", "name", "tier", "status", "industry", "arrears", "tags"],
        records: clients,
        row: |c| {
            vec![
                c.id.to_string(),
                c.name.clone(),
                c.tier.to_string(),
                c.status.to_string(),
                c.industry.clone(),
                or_blank(&c.arrears),
                c.tags.join("; "),
            ]
        },
    }
}

/// A client with its people and visits, as `client show --format json` prints it.
#[derive(Serialize)]
struct ClientPage {
    client: Client,
    contacts: Vec<Contact>,
    visits: Vec<Visit>,
    stage: Option<SalesStage>,
}

fn show(replica: &Replica, client: &str, format: Format) -> anyhow::Result<()> {
    let fieldbook_core::ClientPage { client, contacts, visits, stage } = client_page(replica.portfolio(), client)?;
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&ClientPage { client, contacts, visits, stage })?),
        Format::Table => {
            let mut rows: Vec<(String, String)> = vec![("id".into(), client.id.to_string())];
            rows.extend(ClientField::ALL.iter().map(|f| (f.name().replace('_', " "), field_text(&client, *f))));
            rows.push(("sales stage".into(), stage.map(|s| format!("{s} ({})", s.phase())).unwrap_or_default()));
            Listing { headers: &["field", "value"], records: &rows, row: |(k, v)| vec![k.clone(), v.clone()] }
                .print(format)?;
            println!("Contacts");
            contact::listing(&contacts).print(format)?;
            println!("Visits");
            visit::listing(&visits).print(format)?;
        }
    }
    Ok(())
}

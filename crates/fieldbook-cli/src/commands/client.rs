//! `fieldbook client …`.

use fieldbook_core::{Client, ClientId, ClientStatus, Contact, FieldError, RecordId, SalesStage, Tier, Visit};
use fieldbook_replica::Replica;
use serde::Serialize;

use super::{contact, visit};
use crate::cli::{ClientCommand, ClientFields, Format};
use crate::output::{Listing, or_blank};

/// Runs a client command.
pub fn run(replica: &mut Replica, command: ClientCommand) -> anyhow::Result<()> {
    match command {
        ClientCommand::Add(fields) => add(replica, &fields),
        ClientCommand::List { tier, status, tag, format } => list(replica, tier, status, tag, format.format),
        ClientCommand::Show { client, format } => show(replica, &client, format.format),
        ClientCommand::Edit { client, fields } => edit(replica, &client, &fields),
        ClientCommand::Remove { client } => {
            let id = replica.portfolio().find::<Client>(&client)?;
            replica.apply(|portfolio| portfolio.remove::<Client>(&id))?;
            println!("Removed client {id}");
            Ok(())
        }
    }
}

fn add(replica: &mut Replica, fields: &ClientFields) -> anyhow::Result<()> {
    let tier: Tier =
        fields.tier.as_deref().ok_or_else(|| FieldError::new("tier", "is required (A, B, C or D)"))?.parse()?;
    let mut client = Client::new(ClientId::generate(&mut rand::rng()), "", tier);
    for (field, value) in fields.given() {
        client.set_field(field, value)?;
    }
    let id = replica.apply(|portfolio| portfolio.add(client))?;
    println!("{id}");
    Ok(())
}

fn edit(replica: &mut Replica, client: &str, fields: &ClientFields) -> anyhow::Result<()> {
    let id = replica.portfolio().find::<Client>(client)?;
    let given = fields.given();
    if given.is_empty() {
        return Err(crate::exit::BadInput("nothing to change: give at least one field flag".into()).into());
    }
    replica.apply(|portfolio| {
        portfolio.update::<Client>(&id, "Edit", |client| {
            given.iter().try_for_each(|(field, value)| client.set_field(field, value))
        })
    })?;
    println!("Updated client {id}");
    Ok(())
}

fn list(
    replica: &Replica,
    tier: Option<String>,
    status: Option<String>,
    tag: Option<String>,
    format: Format,
) -> anyhow::Result<()> {
    let tier: Option<Tier> = tier.map(|t| t.parse()).transpose()?;
    let status: Option<ClientStatus> = status.map(|s| s.parse()).transpose()?;
    let mut clients = replica.portfolio().records::<Client>()?;
    clients.retain(|c| {
        tier.is_none_or(|t| c.tier == t)
            && status.is_none_or(|s| c.status == s)
            && tag.as_ref().is_none_or(|t| c.tags.contains(t))
    });
    clients.sort_by(|a, b| (a.tier, &a.name).cmp(&(b.tier, &b.name)));
    Listing {
        headers: &["id", "name", "tier", "status", "industry", "arrears", "tags"],
        records: &clients,
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
    .print(format)
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
    let portfolio = replica.portfolio();
    let fieldbook_core::ClientPage { client, contacts, visits, stage } =
        portfolio.client_page(&portfolio.find::<Client>(client)?)?;
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&ClientPage { client, contacts, visits, stage })?),
        Format::Table => {
            let mut rows = profile(&client);
            rows.push(("sales stage", stage.map(|s| format!("{s} ({})", s.phase())).unwrap_or_default()));
            Listing { headers: &["field", "value"], records: &rows, row: |(k, v)| vec![(*k).to_string(), v.clone()] }
                .print(format)?;
            println!("Contacts");
            contact::listing(&contacts).print(format)?;
            println!("Visits");
            visit::listing(&visits).print(format)?;
        }
    }
    Ok(())
}

/// The client's fields as a person reads them.
fn profile(client: &Client) -> Vec<(&'static str, String)> {
    vec![
        ("id", client.id.to_string()),
        ("name", client.name.clone()),
        ("industry", client.industry.clone()),
        ("tier", client.tier.to_string()),
        ("status", client.status.to_string()),
        ("address", client.address.clone()),
        ("location", client.location.map(|p| format!("{}, {}", p.lat, p.lon)).unwrap_or_default()),
        ("office hours", or_blank(&client.office_hours)),
        ("contract", format!("{} – {}", or_blank(&client.contract_start), or_blank(&client.contract_end))),
        ("arrears", format!("{} {}", or_blank(&client.arrears), or_blank(&client.arrears_due)).trim().to_string()),
        ("tags", client.tags.join("; ")),
        ("competitor notes", client.competitor_notes.as_str().to_string()),
    ]
}

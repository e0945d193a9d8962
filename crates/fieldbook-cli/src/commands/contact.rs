//! `fieldbook contact …`.

use fieldbook_core::{Client, Contact, ContactId, RecordId};
use fieldbook_replica::Replica;

use crate::cli::{ContactCommand, ContactFields, Format};
use crate::exit::BadInput;
use crate::output::{Listing, or_blank};

/// Runs a contact command.
pub fn run(replica: &mut Replica, command: ContactCommand) -> anyhow::Result<()> {
    match command {
        ContactCommand::Add { client, fields } => add(replica, &client, &fields),
        ContactCommand::List { client, key_persons, format } => list(replica, client, key_persons, format.format),
        ContactCommand::Edit { contact, fields } => edit(replica, &contact, &fields),
        ContactCommand::Remove { contact } => {
            let id = replica.portfolio().find::<Contact>(&contact)?;
            replica.apply(|portfolio| portfolio.remove::<Contact>(&id))?;
            println!("Removed contact {id}");
            Ok(())
        }
    }
}

fn add(replica: &mut Replica, client: &str, fields: &ContactFields) -> anyhow::Result<()> {
    let client_id = replica.portfolio().find::<Client>(client)?;
    let mut contact = Contact::new(ContactId::generate(&mut rand::rng()), client_id, "");
    for (field, value) in fields.given() {
        contact.set_field(field, value)?;
    }
    let id = replica.apply(|portfolio| portfolio.add(contact))?;
    println!("{id}");
    Ok(())
}

fn edit(replica: &mut Replica, contact: &str, fields: &ContactFields) -> anyhow::Result<()> {
    let id = replica.portfolio().find::<Contact>(contact)?;
    let given = fields.given();
    if given.is_empty() {
        return Err(BadInput("nothing to change: give at least one field flag".into()).into());
    }
    replica.apply(|portfolio| {
        portfolio.update::<Contact>(&id, "Edit", |contact| {
            given.iter().try_for_each(|(field, value)| contact.set_field(field, value))
        })
    })?;
    println!("Updated contact {id}");
    Ok(())
}

fn list(replica: &Replica, client: Option<String>, key_persons: bool, format: Format) -> anyhow::Result<()> {
    let portfolio = replica.portfolio();
    let client = client.map(|c| portfolio.find::<Client>(&c)).transpose()?;
    let mut contacts = portfolio.records::<Contact>()?;
    contacts.retain(|c| client.as_ref().is_none_or(|id| &c.client_id == id) && (!key_persons || c.key_person));
    contacts.sort_by(|a, b| (&a.client_id, &a.name).cmp(&(&b.client_id, &b.name)));
    listing(&contacts).print(format)
}

/// Contacts as a listing.
pub fn listing(contacts: &[Contact]) -> Listing<'_, Contact> {
    Listing {
        headers: &["id", "client", "name", "title", "key", "phones", "birthday"],
        records: contacts,
        row: |c| {
            vec![
                c.id.to_string(),
                c.client_id.to_string(),
                c.name.clone(),
                c.title.clone(),
                if c.key_person { "★".into() } else { String::new() },
                c.phones.join("; "),
                or_blank(&c.birthday),
            ]
        },
    }
}

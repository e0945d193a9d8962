//! `fieldbook contact …`.

use fieldbook_actions::{ContactFilter, add_contact, edit_contact, list_contacts, remove_contact};
use fieldbook_core::Contact;
use fieldbook_replica::Replica;

use crate::cli::ContactCommand;
use crate::output::{Listing, or_blank};

/// Runs a contact command.
pub fn run(replica: &mut Replica, command: ContactCommand) -> anyhow::Result<()> {
    match command {
        ContactCommand::Add { client, fields } => {
            let contact =
                replica.apply(|portfolio| add_contact(portfolio, &client, &fields.given, &mut rand::rng()))?;
            println!("{}", contact.id);
        }
        ContactCommand::List { client, key_persons, format } => {
            let contacts = list_contacts(replica.portfolio(), &ContactFilter { client, key_persons })?;
            listing(&contacts).print(format.format)?;
        }
        ContactCommand::Edit { contact, fields } => {
            let contact = replica.apply(|portfolio| edit_contact(portfolio, &contact, &fields.given))?;
            println!("Updated contact {}", contact.id);
        }
        ContactCommand::Remove { contact } => {
            let id = replica.apply(|portfolio| remove_contact(portfolio, &contact))?;
            println!("Removed contact {id}");
        }
    }
    Ok(())
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

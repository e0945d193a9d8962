//! Contacts at clients: add, edit, remove, list.

use fieldbook_core::{Client, Contact, ContactField, ContactId, Portfolio, PortfolioError, RecordId};
use rand::Rng;

use crate::fields::{FieldMap, require, set_all, something};

/// Adds a contact to the client `client` from the fields given (the name at least), in one commit.
pub fn add_contact(
    portfolio: &mut Portfolio,
    client: &str,
    given: &FieldMap<ContactField>,
    ids: &mut impl Rng,
) -> Result<Contact, PortfolioError> {
    require(given, &[ContactField::Name])?;
    let client = portfolio.find::<Client>(client)?;
    let mut contact = Contact::new(ContactId::generate(ids), client, "");
    set_all(&mut contact, given)?;
    portfolio.add(contact.clone())?;
    Ok(contact)
}

/// Changes the fields given of the contact `contact`, in one commit.
pub fn edit_contact(
    portfolio: &mut Portfolio,
    contact: &str,
    given: &FieldMap<ContactField>,
) -> Result<Contact, PortfolioError> {
    something(given)?;
    let id = portfolio.find::<Contact>(contact)?;
    portfolio.update::<Contact>(&id, "Edit", |contact| set_all(contact, given))
}

/// Removes the contact `contact` (kept as a tombstone), in one commit.
pub fn remove_contact(portfolio: &mut Portfolio, contact: &str) -> Result<ContactId, PortfolioError> {
    let id = portfolio.find::<Contact>(contact)?;
    portfolio.remove::<Contact>(&id)?;
    Ok(id)
}

/// Which contacts a listing shows.
#[derive(Debug, Clone, Default)]
pub struct ContactFilter {
    /// Only this client's (an id or a unique id prefix).
    pub client: Option<String>,
    /// Only key persons.
    pub key_persons: bool,
}

/// The live contacts `filter` lets through, by client then name.
pub fn list_contacts(portfolio: &Portfolio, filter: &ContactFilter) -> Result<Vec<Contact>, PortfolioError> {
    let client = filter.client.as_deref().map(|c| portfolio.find::<Client>(c)).transpose()?;
    let mut contacts = portfolio.records::<Contact>()?;
    contacts.retain(|c| client.as_ref().is_none_or(|id| &c.client_id == id) && (!filter.key_persons || c.key_person));
    contacts.sort_by(|a, b| (&a.client_id, &a.name).cmp(&(&b.client_id, &b.name)));
    Ok(contacts)
}

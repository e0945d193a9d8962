//! Clients: add, edit, remove, list, and one client's page.

use fieldbook_core::{
    Client, ClientField, ClientId, ClientPage, ClientStatus, Portfolio, PortfolioError, RecordId, Tier,
};
use rand::Rng;

use crate::fields::{FieldMap, require, set_all, something};

/// Adds a client from the fields given (the name and the tier at least), in one commit.
pub fn add_client(
    portfolio: &mut Portfolio,
    given: &FieldMap<ClientField>,
    ids: &mut impl Rng,
) -> Result<Client, PortfolioError> {
    require(given, &[ClientField::Name, ClientField::Tier])?;
    let mut client = Client::new(ClientId::generate(ids), "", Tier::A);
    set_all(&mut client, given)?;
    portfolio.add(client.clone())?;
    Ok(client)
}

/// Changes the fields given of the client `client` (an id or a unique id prefix), in one commit.
pub fn edit_client(
    portfolio: &mut Portfolio,
    client: &str,
    given: &FieldMap<ClientField>,
) -> Result<Client, PortfolioError> {
    something(given)?;
    let id = portfolio.find::<Client>(client)?;
    portfolio.update::<Client>(&id, "Edit", |client| set_all(client, given))
}

/// Removes the client `client` (kept as a tombstone), in one commit.
pub fn remove_client(portfolio: &mut Portfolio, client: &str) -> Result<ClientId, PortfolioError> {
    let id = portfolio.find::<Client>(client)?;
    portfolio.remove::<Client>(&id)?;
    Ok(id)
}

/// Which clients a listing shows; each given as typed, `None` for any.
#[derive(Debug, Clone, Default)]
pub struct ClientFilter {
    /// Only this tier.
    pub tier: Option<String>,
    /// Only this status.
    pub status: Option<String>,
    /// Only clients with this tag.
    pub tag: Option<String>,
}

/// The live clients `filter` lets through, by tier then name.
pub fn list_clients(portfolio: &Portfolio, filter: &ClientFilter) -> Result<Vec<Client>, PortfolioError> {
    let tier: Option<Tier> = filter.tier.as_deref().map(str::parse).transpose()?;
    let status: Option<ClientStatus> = filter.status.as_deref().map(str::parse).transpose()?;
    let mut clients = portfolio.records::<Client>()?;
    clients.retain(|c| {
        tier.is_none_or(|t| c.tier == t)
            && status.is_none_or(|s| c.status == s)
            && filter.tag.as_ref().is_none_or(|t| c.tags.contains(t))
    });
    clients.sort_by(|a, b| (a.tier, &a.name).cmp(&(b.tier, &b.name)));
    Ok(clients)
}

/// The client `client` with its people and visits.
pub fn client_page(portfolio: &Portfolio, client: &str) -> Result<ClientPage, PortfolioError> {
    fieldbook_core::client_page(portfolio, &portfolio.find::<Client>(client)?)
}

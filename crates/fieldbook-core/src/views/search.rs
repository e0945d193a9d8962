//! Searching the portfolio as the manager types: clients by name, industry,
//! address and tags; contacts by name, title, phone and email; and the notes
//! kept on visits, contacts and competitors. Matching ignores case.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::{Client, ClientId, Contact, Portfolio, PortfolioError, Visit};

/// What a search result points at, serialized as `client`, `contact` or `visit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum SearchHitKind {
    /// A client matched by its own fields or its competitor notes.
    Client,
    /// A contact matched by its fields or notes.
    Contact,
    /// A visit matched by its notes or outcome.
    Visit,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// What matched.
    pub kind: SearchHitKind,
    /// The id of the record that matched.
    pub id: String,
    /// The client the record belongs to.
    pub client_id: ClientId,
    /// The client's name.
    pub client_name: String,
    /// The record's name (the client's, the contact's, or the visit's day).
    pub title: String,
    /// The text around the match, on one line.
    pub snippet: String,
}

/// Characters of context kept on each side of a match in a snippet.
const SNIPPET_CONTEXT: usize = 30;

/// Up to `limit` live records matching `query`: clients first, then contacts, then visits.
/// A blank query matches nothing.
///
/// Reads every record whole, which on a large portfolio takes seconds: it is the
/// reference a [`crate::views::SearchIndex`] answers like, and fits a single search.
pub fn search(portfolio: &Portfolio, query: &str, limit: usize) -> Result<Vec<SearchHit>, PortfolioError> {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return Ok(Vec::new());
    }
    let clients = portfolio.records::<Client>()?;
    let names: HashMap<&ClientId, &str> = clients.iter().map(|c| (&c.id, c.name.as_str())).collect();
    let name_of = |id: &ClientId| names.get(id).map(|n| n.to_string());
    let mut hits = Vec::new();
    for client in &clients {
        let tags = client.tags.join("; ");
        let fields = [client.name.as_str(), &client.industry, &client.address, &tags, client.competitor_notes.as_str()];
        if let Some(snippet) = first_match(&fields, &needle) {
            hits.push(SearchHit {
                kind: SearchHitKind::Client,
                id: client.id.to_string(),
                client_id: client.id.clone(),
                client_name: client.name.clone(),
                title: client.name.clone(),
                snippet,
            });
        }
    }
    for contact in portfolio.records::<Contact>()? {
        let Some(client_name) = name_of(&contact.client_id) else { continue };
        let phones = contact.phones.join("; ");
        let email = contact.email.clone().unwrap_or_default();
        let fields = [contact.name.as_str(), &contact.title, &phones, &email, contact.notes.as_str()];
        if let Some(snippet) = first_match(&fields, &needle) {
            hits.push(SearchHit {
                kind: SearchHitKind::Contact,
                id: contact.id.to_string(),
                client_id: contact.client_id.clone(),
                client_name,
                title: contact.name.clone(),
                snippet,
            });
        }
    }
    for visit in portfolio.records::<Visit>()? {
        let Some(client_name) = name_of(&visit.client_id) else { continue };
        if let Some(snippet) = first_match(&[visit.notes.as_str(), &visit.outcome], &needle) {
            hits.push(SearchHit {
                kind: SearchHitKind::Visit,
                id: visit.id.to_string(),
                client_id: visit.client_id.clone(),
                client_name,
                title: visit.planned.date.to_string(),
                snippet,
            });
        }
    }
    hits.truncate(limit);
    Ok(hits)
}

/// The snippet around the first field containing `needle` (already lower case).
fn first_match(fields: &[&str], needle: &str) -> Option<String> {
    fields.iter().find_map(|field| snippet(field, needle))
}

/// `text` around the first occurrence of `needle`, on one line, or `None` when it does not occur.
pub(crate) fn snippet(text: &str, needle: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let at = lower.find(needle)?;
    // Lower-casing can change byte lengths; count in characters to map back to `text`.
    let start_char = lower[..at].chars().count();
    let match_chars = needle.chars().count();
    let chars: Vec<char> = text.chars().collect();
    let from = start_char.saturating_sub(SNIPPET_CONTEXT);
    let to = (start_char + match_chars + SNIPPET_CONTEXT).min(chars.len());
    let from = from.min(to);
    let line: String = chars[from..to].iter().map(|c| if c.is_control() { ' ' } else { *c }).collect();
    let mut snippet = line.trim().to_string();
    if from > 0 {
        snippet.insert(0, '…');
    }
    if to < chars.len() {
        snippet.push('…');
    }
    Some(snippet)
}

//! Importing the company's client list again: each row is matched to a client already
//! in the portfolio and updates it, instead of being refused or added twice.
//!
//! A row matches the live client whose id its `id` cell gives (a file Fieldbook exported),
//! else the one with the same CRM customer number (`crm_id`) when the row gives one, else
//! (or when no client has that number yet) the client with the same name and the same
//! address, ignoring case and surrounding spaces — by name alone when the row gives no
//! address. A row that matches no client adds one.
//!
//! Of a matched client, only the fields the row fills are looked at, and each is changed
//! only while it still reads as the last import left it (`Client::imported`): a field the
//! manager changed in Fieldbook since is kept, and reported as kept with what the file
//! says. A field never imported before is filled when empty and kept otherwise. An empty
//! cell changes nothing. Whatever happens, the file's text becomes the field's last
//! imported text, so the next import compares with it.

use std::collections::HashMap;

use fieldbook_core::{Client, ClientField, FieldName, Portfolio, PortfolioError, field_text, set_known_field};

use crate::import::{RowError, count, same_name};

/// A data row read into a client, with the fields its cells filled.
#[derive(Debug, Clone)]
pub(crate) struct ClientRow {
    /// Its line in the file.
    pub(crate) line: usize,
    /// The client as the row alone describes it.
    pub(crate) client: Client,
    /// Whether its id is the one the row's `id` cell gives, rather than a new one.
    pub(crate) id_given: bool,
    /// The fields it has a cell for.
    pub(crate) given: Vec<ClientField>,
}

/// What an import of a client list does: the clients it adds, those it changes and how,
/// how many it leaves as they are, and the fields it keeps because the manager changed them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClientImport {
    /// New clients.
    pub added: Vec<Client>,
    /// Clients changed, each with what changed.
    pub changed: Vec<ClientChange>,
    /// Matched clients the file leaves as they are (their last imported texts aside).
    pub unchanged: Vec<ClientChange>,
    /// Fields kept as the manager has them though the file says otherwise.
    pub kept: Vec<KeptField>,
}

impl ClientImport {
    /// How many rows the file had.
    pub fn rows(&self) -> usize {
        self.added.len() + self.changed.len() + self.unchanged.len()
    }
}

/// A client the import matched.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientChange {
    /// The line of its row.
    pub line: usize,
    /// The client as it is, its last imported texts as the import leaves them.
    pub client: Client,
    /// Each field changed; none for an unchanged client.
    pub fields: Vec<FieldChange>,
}

/// A field an import changes, and its text before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// The field.
    pub field: ClientField,
    /// Its text before.
    pub from: String,
    /// Its text after, as the file gives it.
    pub to: String,
}

/// A field the import leaves as the manager changed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptField {
    /// The line of its row.
    pub line: usize,
    /// The client's name.
    pub client: String,
    /// The field.
    pub field: ClientField,
    /// Its text in Fieldbook, which stays.
    pub here: String,
    /// What the file says.
    pub file: String,
}

/// Matches `rows` to the live clients of `existing` and decides what changes; every row
/// that matches several clients, or the same client as another row, is an error.
pub(crate) fn plan_import(rows: Vec<ClientRow>, existing: &[Client]) -> Result<ClientImport, Vec<RowError>> {
    let mut plan = ClientImport::default();
    let mut problems = Vec::new();
    let mut matched: HashMap<String, usize> = HashMap::new();
    for row in rows {
        match match_client(&row, existing) {
            Err(reason) => problems.push(RowError { line: row.line, field: Some("name".into()), reason }),
            Ok(None) => plan.added.push(imported_as_given(row.client, &row.given)),
            Ok(Some(client)) => {
                if let Some(first) = matched.insert(client.id.to_string(), row.line) {
                    let reason = format!("matches the same client as line {first} ({})", client.name);
                    problems.push(RowError { line: row.line, field: Some("name".into()), reason });
                    continue;
                }
                update(&mut plan, client.clone(), &row);
            }
        }
    }
    if problems.is_empty() { Ok(plan) } else { Err(problems) }
}

/// The live client `row` is about: by the id its `id` cell gives (as in Fieldbook's own
/// export), else by CRM number, else by name and address.
fn match_client<'a>(row: &ClientRow, existing: &'a [Client]) -> Result<Option<&'a Client>, String> {
    let live = || existing.iter().filter(|c| !c.removed);
    if let Some(client) = live().find(|c| row.id_given && c.id == row.client.id) {
        return Ok(Some(client));
    }
    if let Some(crm_id) = &row.client.crm_id
        && let Some(client) = live().find(|c| c.crm_id.as_ref() == Some(crm_id))
    {
        return Ok(Some(client));
    }
    let by_address = row.given.contains(&ClientField::Address) && !row.client.address.trim().is_empty();
    let same = |c: &&Client| {
        same_name(&c.name) == same_name(&row.client.name)
            && (!by_address || same_name(&c.address) == same_name(&row.client.address))
            && (row.client.crm_id.is_none() || c.crm_id.is_none())
    };
    let named: Vec<&Client> = live().filter(same).collect();
    match named.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one)),
        several => Err(format!(
            "several clients are named '{}' ({}); give their CRM customer numbers (crm_id) or addresses",
            row.client.name,
            several.iter().map(|c| c.id.as_ref()).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// A new client, each field its row gave recorded as imported.
fn imported_as_given(mut client: Client, given: &[ClientField]) -> Client {
    for field in given {
        client.imported.insert(field.name().to_owned(), field_text(&client, *field));
    }
    client
}

/// Decides each field `row` gives of `client`, and files the client under changed or unchanged.
fn update(plan: &mut ClientImport, mut client: Client, row: &ClientRow) {
    let mut fields = Vec::new();
    for field in &row.given {
        let file = field_text(&row.client, *field);
        let here = field_text(&client, *field);
        let last = client.imported.insert(field.name().to_owned(), file.clone());
        if file == here {
            continue;
        }
        let untouched = last.as_deref().map_or(here.is_empty(), |last| last == here);
        if untouched {
            fields.push(FieldChange { field: *field, from: here, to: file });
        } else {
            let name = client.name.clone();
            plan.kept.push(KeptField { line: row.line, client: name, field: *field, here, file });
        }
    }
    let change = ClientChange { line: row.line, client, fields };
    if change.fields.is_empty() { plan.unchanged.push(change) } else { plan.changed.push(change) }
}

/// Writes `plan` in one commit ("Import 12 clients from clients.csv", or "Import
/// clients.csv: 3 added, 2 changed" when it changes some), or nothing if any client is
/// refused. Returns how many clients were added or changed.
pub fn apply_import(portfolio: &mut Portfolio, plan: &ClientImport, source: &str) -> Result<usize, PortfolioError> {
    let message = match plan.changed.len() {
        0 => format!("Import {} from {source}", count(plan.added.len(), "client")),
        changed => format!("Import {source}: {} added, {changed} changed", plan.added.len()),
    };
    portfolio.act(message, |action| {
        plan.added.iter().try_for_each(|client| action.insert(client))?;
        for change in plan.changed.iter().chain(&plan.unchanged) {
            action.update::<Client>(&change.client.id, |current| {
                for change in &change.fields {
                    set_known_field(current, change.field, &change.to)?;
                }
                current.imported.clone_from(&change.client.imported);
                Ok(())
            })?;
        }
        Ok(plan.added.len() + plan.changed.len())
    })
}

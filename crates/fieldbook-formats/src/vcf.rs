//! Contacts as phones keep them: vCard 2.1, 3.0 and 4.0 in — Android's 2.1 with
//! quoted-printable UTF-8, iOS's 3.0 with grouped lines, folded lines, foreign
//! charsets, all read by `vcard-rs` — and vCard 4.0 out.
//!
//! A card's `FN` (else its `N`) is the contact's name, `TITLE` the title, every `TEL`
//! a phone, the first `EMAIL` the email, `BDAY` the birthday (a year Apple marks as
//! omitted is dropped; a text `BDAY` takes Fieldbook's own spellings, `农历八月十五`),
//! `NOTE` the notes, and `ORG` names the client when no client is given. Each value is
//! read as the contact's field table reads it, so a card takes what a CSV cell takes.
//! As with CSV, an import is all or nothing, and every bad card is named by the line
//! its `BEGIN:VCARD` is on.

use std::collections::HashMap;

use fieldbook_core::{
    Birthday, Client, ClientId, Contact, ContactField, ContactId, FieldName, Portfolio, PortfolioError, Record,
    field_text, set_known_field,
};
use vcard::param::VcardParam;
use vcard::prop::VcardProp;
use vcard::tree::cst::VcardCst;
use vcard::tree::line::VcardLine;
use vcard::tree::value::cursor::VcardValueCursor;
use vcard::value::VcardValue;
use vcard::vcard::Vcard;
use vcard::version::VcardVersion;

use crate::import::{ImportError, RowError, find_client, first_line, same_name};

/// The extension property that keeps the key-person mark, which vCard has no word for.
const KEY_PERSON: &str = "X-FIELDBOOK-KEY-PERSON";

/// Reads the contacts of a vCard file, each for `client` when one is given, else for
/// the live client of `portfolio` its `ORG` names (by name, ignoring case, or by id).
/// Ids come from `ids`. Every problem of every card is listed, by the card's first line.
pub fn parse_vcards(
    text: &str,
    portfolio: &Portfolio,
    client: Option<&ClientId>,
    ids: &mut impl FnMut() -> ContactId,
) -> Result<Vec<Contact>, ImportError> {
    let clients = portfolio.records::<Client>()?;
    let existing = portfolio.records::<Contact>()?;
    let starts = card_starts(text);
    let mut contacts = Vec::new();
    let mut problems = Vec::new();
    let mut seen: HashMap<(ClientId, String), usize> = HashMap::new();
    for (index, parsed) in VcardCst::parse_many(text).enumerate() {
        let line = starts.get(index).copied().unwrap_or(1);
        let card = parsed.map_err(|error| ImportError::Card { line, reason: error.to_string() })?;
        let mut card = Card::read(&card, line);
        let client_id = match client {
            Some(client) => Some(client.clone()),
            None => card.client(&clients),
        };
        let contact = client_id.and_then(|client_id| card.contact(Contact::new(ids(), client_id, "")));
        if let Some(contact) = &contact {
            card.check_unique(contact, &mut seen, &existing);
        }
        problems.append(&mut card.problems);
        contacts.extend(contact);
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows(problems));
    }
    if contacts.is_empty() {
        return Err(ImportError::NoCards);
    }
    Ok(contacts)
}

/// The line each `BEGIN:VCARD` of `text` is on, in order.
fn card_starts(text: &str) -> Vec<usize> {
    let begins = |line: &str| line.trim_start_matches('\u{feff}').trim().eq_ignore_ascii_case("BEGIN:VCARD");
    text.lines().enumerate().filter(|(_, line)| begins(line)).map(|(index, _)| index + 1).collect()
}

/// What one card says, as the contact's fields read it, and what is wrong with it.
struct Card {
    line: usize,
    fields: Vec<(ContactField, String)>,
    organisation: Option<String>,
    problems: Vec<RowError>,
}

impl Card {
    fn read(card: &VcardCst<'_>, line: usize) -> Card {
        let mut name = None;
        let mut structured_name = None;
        let mut phones = Vec::new();
        let mut fields = Vec::new();
        let mut organisation = None;
        for property in &card.props {
            let text = value_text(property);
            let text = text.trim();
            match property_name(property).as_str() {
                "FN" => name = name.or(Some(text.to_owned())),
                "N" => structured_name = structured_name.or(Some(person_name(text))),
                "TEL" => phones.push(text.trim_start_matches("tel:").to_owned()),
                "ORG" => organisation = organisation.or(text.split(';').next().map(str::to_owned)),
                "TITLE" => fields.push((ContactField::Title, text.to_owned())),
                "EMAIL" if !fields.iter().any(|(field, _)| *field == ContactField::Email) => {
                    fields.push((ContactField::Email, text.to_owned()));
                }
                "BDAY" => fields.push((ContactField::Birthday, birthday_text(text, omitted_year(property)))),
                "NOTE" => fields.push((ContactField::Notes, text.to_owned())),
                KEY_PERSON => fields.push((ContactField::KeyPerson, text.to_owned())),
                _ => {}
            }
        }
        let name = name.filter(|n| !n.is_empty()).or(structured_name).unwrap_or_default();
        fields.insert(0, (ContactField::Name, name));
        if !phones.is_empty() {
            fields.push((ContactField::Phones, phones.join("; ")));
        }
        Card { line, fields, organisation: organisation.filter(|o| !o.is_empty()), problems: Vec::new() }
    }

    /// The client the card's `ORG` names, or `None` after saying why not.
    fn client(&mut self, clients: &[Client]) -> Option<ClientId> {
        let Some(organisation) = self.organisation.clone() else {
            self.problem(Some("client"), "the card names no organisation (ORG); give the client with --client");
            return None;
        };
        find_client(&organisation, clients).map_err(|reason| self.problem(Some("client"), reason)).ok()
    }

    /// `contact` with the card's fields set and checked, or `None` after recording what is wrong.
    fn contact(&mut self, mut contact: Contact) -> Option<Contact> {
        for (field, text) in std::mem::take(&mut self.fields) {
            if let Err(error) = set_known_field(&mut contact, field, &text) {
                self.problem(Some(field.name()), error.reason);
            }
        }
        if !self.problems.is_empty() {
            return None;
        }
        match contact.validate() {
            Ok(()) => Some(contact),
            Err(error) => {
                self.problem(Some(&error.field), error.reason);
                None
            }
        }
    }

    /// Refuses a second card of the same person at the same client, and a person the client already has.
    fn check_unique(&mut self, contact: &Contact, seen: &mut HashMap<(ClientId, String), usize>, existing: &[Contact]) {
        let key = (contact.client_id.clone(), same_name(&contact.name));
        if let Some(first) = first_line(seen, key, self.line) {
            self.problem(Some("name"), format!("'{}' of this client is already on line {first}", contact.name));
        } else if let Some(other) =
            existing.iter().find(|c| c.client_id == contact.client_id && same_name(&c.name) == same_name(&contact.name))
        {
            let reason = format!("this client already has a contact named '{}' ({})", other.name, other.id);
            self.problem(Some("name"), reason);
        }
    }

    fn problem(&mut self, field: Option<&str>, reason: impl Into<String>) {
        self.problems.push(RowError { line: self.line, field: field.map(str::to_owned), reason: reason.into() });
    }
}

/// The property's name without its group (`item1.TEL` is a `TEL`), in capitals.
fn property_name(property: &VcardLine<'_>) -> String {
    let name = property.name.get();
    name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase()
}

/// The value as text: escapes resolved, quoted-printable decoded and its charset read.
fn value_text(property: &VcardLine<'_>) -> String {
    let mut line = property.clone();
    VcardValueCursor { line: &mut line }.charset()
}

/// `N`'s family and given names as a name is written: `Jan Nowak`, and `张伟` for a Chinese one.
fn person_name(structured: &str) -> String {
    let mut parts = structured.split(';').map(str::trim);
    let (family, given) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let chinese = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if chinese(family) || chinese(given) {
        format!("{family}{given}")
    } else {
        [given, family].iter().filter(|part| !part.is_empty()).copied().collect::<Vec<_>>().join(" ")
    }
}

/// The year Apple's contacts write in place of one not known (`X-APPLE-OMIT-YEAR=1604`).
fn omitted_year(property: &VcardLine<'_>) -> Option<String> {
    let param = property.params.iter().find(|param| param.name.get().eq_ignore_ascii_case("X-APPLE-OMIT-YEAR"))?;
    param.values.first().map(|value| value.get().to_owned())
}

/// A `BDAY` value as Fieldbook's birthday field reads it: `19800517` → `1980-05-17`,
/// `--0517` → `--05-17`, a time of day dropped, an omitted year left out; text as it is.
fn birthday_text(value: &str, omitted_year: Option<String>) -> String {
    if !value.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
        return value.to_owned();
    }
    let date = value.split('T').next().unwrap_or(value);
    let date = match omitted_year {
        Some(year) if date.starts_with(&year) => format!("--{}", date[year.len()..].trim_start_matches('-')),
        _ => date.to_owned(),
    };
    let digits = |text: &str| text.len() == 4 && text.chars().all(|c| c.is_ascii_digit());
    match (date.strip_prefix("--"), date.len()) {
        (Some(month_day), _) if digits(month_day) => format!("--{}-{}", &month_day[..2], &month_day[2..]),
        (None, 8) if date.chars().all(|c| c.is_ascii_digit()) => {
            format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..])
        }
        _ => date,
    }
}

/// The live contacts of `client` (of every client when `None`) as vCard 4.0, by client and name;
/// each card's `ORG` is its client's name, so the file imports back without `--client`.
pub fn export_vcf(portfolio: &Portfolio, client: Option<&ClientId>) -> Result<String, PortfolioError> {
    let clients: HashMap<ClientId, String> =
        portfolio.records::<Client>()?.into_iter().map(|c| (c.id, c.name)).collect();
    let mut contacts: Vec<Contact> =
        portfolio.records::<Contact>()?.into_iter().filter(|c| client.is_none_or(|id| &c.client_id == id)).collect();
    let client_name = |contact: &Contact| clients.get(&contact.client_id).cloned().unwrap_or_default();
    contacts.sort_by_cached_key(|contact| (client_name(contact), contact.name.clone()));
    Ok(contacts.iter().map(|contact| folded(&card_of(contact, &client_name(contact)).to_string())).collect())
}

/// The most octets of a line, RFC 6350 §3.2.
const LINE_OCTETS: usize = 75;

/// `card` with each line longer than [`LINE_OCTETS`] folded (CRLF and a space) between
/// characters, which `vcard-rs` writes out unfolded.
fn folded(card: &str) -> String {
    let mut out = String::with_capacity(card.len());
    for line in card.split_inclusive("\r\n") {
        let mut room = LINE_OCTETS;
        let content = line.strip_suffix("\r\n").unwrap_or(line);
        for c in content.chars() {
            if c.len_utf8() > room {
                out.push_str("\r\n ");
                room = LINE_OCTETS - 1;
            }
            out.push(c);
            room -= c.len_utf8();
        }
        out.push_str(&line[content.len()..]);
    }
    out
}

fn card_of(contact: &Contact, client_name: &str) -> Vcard<'static> {
    let mut properties = vec![text("FN", &contact.name), org(client_name)];
    if !contact.title.is_empty() {
        properties.push(text("TITLE", &contact.title));
    }
    properties.extend(contact.phones.iter().map(|phone| typed_text("TEL", phone)));
    properties.extend(contact.email.iter().map(|email| text("EMAIL", email)));
    if let Some(birthday) = &contact.birthday {
        properties.push(bday(birthday));
    }
    let notes = field_text(contact, ContactField::Notes);
    if !notes.is_empty() {
        properties.push(text("NOTE", &notes));
    }
    if contact.key_person {
        properties.push(text(KEY_PERSON, "yes"));
    }
    Vcard { version: VcardVersion::V4_0, properties }
}

fn text(name: &'static str, value: &str) -> VcardProp<'static> {
    VcardProp { group: None, name: name.into(), params: vec![], value: VcardValue::Text(value.to_owned().into()) }
}

/// A text value where vCard 4.0 expects a URI (`TEL`, a lunar `BDAY`), marked `VALUE=text`.
fn typed_text(name: &'static str, value: &str) -> VcardProp<'static> {
    VcardProp { params: vec![VcardParam::Value("text".into())], ..text(name, value) }
}

fn org(client_name: &str) -> VcardProp<'static> {
    VcardProp {
        group: None,
        name: "ORG".into(),
        params: vec![],
        value: VcardValue::Org(vec![client_name.to_owned().into()].into()),
    }
}

/// `BDAY:19800517`, `BDAY:--0517`, and a lunar birthday as text in Fieldbook's spelling.
fn bday(birthday: &Birthday) -> VcardProp<'static> {
    match *birthday {
        Birthday::Gregorian { year: Some(year), month, day } => text("BDAY", &format!("{year:04}{month:02}{day:02}")),
        Birthday::Gregorian { year: None, month, day } => text("BDAY", &format!("--{month:02}{day:02}")),
        Birthday::Lunar { .. } => typed_text("BDAY", &birthday.to_string()),
    }
}

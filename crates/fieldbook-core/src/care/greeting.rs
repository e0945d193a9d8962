//! Greetings for key persons: templates per language and occasion with
//! placeholders, defaults in the code and the manager's own versions in the
//! settings; drafts for every key person of the chosen tiers for a holiday, or
//! for those whose birthday (solar or lunar) falls in a date range; and marking
//! drafts sent, which writes the care log in one commit.
//!
//! A template's occasion is `birthday`, `holiday` (any festival), `generic`, or
//! one festival's key (`cn.mid_autumn`), which beats `holiday`. The manager's
//! template beats the default. Placeholders: `{name}` (the person), `{title}`,
//! `{client}`, `{holiday}` (the festival's name; not in birthday greetings) and
//! `{manager}`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::calendar::{DayKind, holidays};
use crate::model::key_persons;
use crate::model::{
    CareChannel, CareLogEntry, CareLogId, Client, ClientId, ClientStatus, ContactId, KeyPerson, Occasion, Portfolio,
    PortfolioError, Settings, Tier,
};
use crate::values::{Date, FieldError, Language, Problem};

/// A greeting ready to be sent to one key person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GreetingDraft {
    /// The person.
    pub contact_id: ContactId,
    /// The person's name.
    pub contact_name: String,
    /// The person's title.
    pub title: String,
    /// Their client.
    pub client_id: ClientId,
    /// The client's name.
    pub client_name: String,
    /// The client's tier.
    pub tier: Tier,
    /// The language the greeting is in.
    pub language: Language,
    /// The occasion, as the care log records it.
    pub occasion: Occasion,
    /// The occasion's day.
    pub date: Date,
    /// The greeting itself.
    pub text: String,
}

/// `template` with its placeholders filled from `values`.
fn fill(template: &str, values: &BTreeMap<&str, &str>) -> String {
    let mut text = template.to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// Greetings for `holiday_key` (`cn.mid_autumn`) in `year` for every key person of
/// a live client of `tiers`, in `language` (default: the manager's), ordered by
/// tier, client and person.
pub fn draft_holiday_greetings(
    portfolio: &Portfolio,
    holiday_key: &str,
    year: i32,
    tiers: &[Tier],
    language: Option<Language>,
) -> Result<Vec<GreetingDraft>, PortfolioError> {
    let settings = portfolio.settings()?;
    let language = language.unwrap_or(settings.language);
    let days = holidays(settings.region, year).map_err(|e| e.refusal("year"))?;
    let Some(holiday) = days.iter().find(|day| day.key == holiday_key.trim() && day.kind == DayKind::Holiday) else {
        let mut keys: Vec<&str> = days.iter().map(|day| day.key.as_str()).collect();
        keys.dedup();
        let problem = Problem::NoSuchHoliday {
            key: holiday_key.to_owned(),
            region: settings.region.to_string(),
            year: year.to_string(),
            keys: keys.join(", "),
        };
        return Err(FieldError::refused("holiday", problem).into());
    };
    let template = settings.greeting_template(language, &holiday.key);
    let drafting = Drafting { settings: &settings, language };
    let mut drafts: Vec<GreetingDraft> = key_persons_of(portfolio, tiers)?
        .into_iter()
        .map(|(client, contact)| {
            let occasion = Occasion::Holiday(holiday.key.clone());
            drafting.draft(&client, &contact, occasion, holiday.date, &template, holiday.name(language))
        })
        .collect();
    drafts.sort_by(|a, b| (a.tier, &a.client_name, &a.contact_name).cmp(&(b.tier, &b.client_name, &b.contact_name)));
    Ok(drafts)
}

/// Birthday greetings for every key person of a live client of `tiers` whose
/// birthday, Gregorian or lunar, is kept from `from` for `days` days (1 to 366),
/// in `language` (default: the manager's), ordered by day, tier, client and person.
pub fn draft_birthday_greetings(
    portfolio: &Portfolio,
    from: Date,
    days: u32,
    tiers: &[Tier],
    language: Option<Language>,
) -> Result<Vec<GreetingDraft>, PortfolioError> {
    if !(1..=366).contains(&days) {
        return Err(FieldError::refused(
            "days",
            Problem::NotFromTo { value: days.to_string(), min: "1".into(), max: "366".into() },
        )
        .into());
    }
    let settings = portfolio.settings()?;
    let language = language.unwrap_or(settings.language);
    let template = settings.greeting_template(language, "birthday");
    let drafting = Drafting { settings: &settings, language };
    let to = Date(from.0 + chrono::Duration::days(i64::from(days) - 1));
    let mut drafts: Vec<GreetingDraft> = key_persons_of(portfolio, tiers)?
        .into_iter()
        .flat_map(|(client, contact)| {
            let occurrences =
                contact.birthday.as_ref().map(|birthday| birthday.occurrences(from, to)).unwrap_or_default();
            occurrences
                .into_iter()
                .map(|kept| drafting.draft(&client, &contact, Occasion::Birthday, kept.date, &template, ""))
                .collect::<Vec<_>>()
        })
        .collect();
    drafts.sort_by(|a, b| {
        (a.date, a.tier, &a.client_name, &a.contact_name).cmp(&(b.date, b.tier, &b.client_name, &b.contact_name))
    });
    Ok(drafts)
}

/// Every live key person of a live client of `tiers`, with the client.
fn key_persons_of(portfolio: &Portfolio, tiers: &[Tier]) -> Result<Vec<(Client, KeyPerson)>, PortfolioError> {
    let clients: BTreeMap<ClientId, Client> = portfolio
        .records::<Client>()?
        .into_iter()
        .filter(|c| c.status != ClientStatus::Lost && tiers.contains(&c.tier))
        .map(|c| (c.id.clone(), c))
        .collect();
    Ok(key_persons(portfolio)?
        .into_iter()
        .filter_map(|contact| Some((clients.get(&contact.client_id)?.clone(), contact)))
        .collect())
}

/// What every draft of one batch shares: the settings and the language.
struct Drafting<'a> {
    settings: &'a Settings,
    language: Language,
}

impl Drafting<'_> {
    /// The greeting of `template` for `contact` of `client` on `occasion`, kept on `date`.
    fn draft(
        &self,
        client: &Client,
        contact: &KeyPerson,
        occasion: Occasion,
        date: Date,
        template: &str,
        holiday: &str,
    ) -> GreetingDraft {
        let values = BTreeMap::from([
            ("name", contact.name.as_str()),
            ("title", contact.title.as_str()),
            ("client", client.name.as_str()),
            ("holiday", holiday),
            ("manager", self.settings.manager_name.as_str()),
        ]);
        GreetingDraft {
            text: fill(template, &values),
            contact_id: contact.id.clone(),
            contact_name: contact.name.clone(),
            title: contact.title.clone(),
            client_id: client.id.clone(),
            client_name: client.name.clone(),
            tier: client.tier,
            language: self.language,
            occasion,
            date,
        }
    }
}

/// Records that each draft was sent through `channel` on `on`, in one commit:
/// one care-log entry per draft (with the id beside it), noting the text sent.
pub fn mark_greetings_sent(
    portfolio: &mut Portfolio,
    sent: &[(GreetingDraft, CareLogId)],
    channel: &CareChannel,
    on: Date,
) -> Result<(), PortfolioError> {
    if sent.is_empty() {
        return Err(FieldError::refused("greetings", Problem::NoneToMarkSent).into());
    }
    portfolio.act(format!("Send {} greetings", sent.len()), |action| {
        sent.iter().try_for_each(|(draft, id)| {
            action.insert(&CareLogEntry {
                id: id.clone(),
                contact_id: draft.contact_id.clone(),
                occasion: draft.occasion.clone(),
                channel: channel.clone(),
                date: on,
                note: draft.text.clone(),
                reminder_id: None,
                removed: false,
            })
        })
    })
}

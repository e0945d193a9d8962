//! Greetings for key persons: drafted for a festival or for the birthdays of a
//! date range, marked sent (one care-log entry each, in one commit), and the
//! templates they come from.

use chrono::Datelike;
use fieldbook_core::{
    CareChannel, CareLogId, Contact, FieldError, GREETING_OCCASIONS, GreetingDraft, Instant, Language, Portfolio,
    PortfolioError, Problem, RecordId, Settings, Tier, draft_birthday_greetings, draft_holiday_greetings, holidays,
};
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::fields::day_or_today;

/// How many days of birthdays are greeted when the request does not say.
const BIRTHDAY_DAYS: u32 = 14;

/// Which greetings: a festival and its year, or the birthdays of a date range;
/// tiers and a language. Each given as typed.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GreetingRequest {
    /// The festival's key (`cn.mid_autumn`); absent for birthdays.
    pub holiday: Option<String>,
    /// The festival's year.
    pub year: Option<i32>,
    /// The first day of the birthdays greeted, YYYY-MM-DD (today when absent).
    pub from: Option<String>,
    /// How many days of birthdays, 1 to 366 (14 when absent).
    pub days: Option<u32>,
    /// Tiers A–D whose key persons are greeted.
    pub tiers: Vec<String>,
    /// en, zh-CN, pl or az; the manager's language when absent.
    pub language: Option<String>,
}

/// The greetings `request` asks for, today being the day of `now` in the manager's zone.
pub fn draft_greetings(
    portfolio: &Portfolio,
    request: &GreetingRequest,
    now: Instant,
) -> Result<Vec<GreetingDraft>, PortfolioError> {
    let tiers = request.tiers.iter().map(|tier| tier.parse::<Tier>()).collect::<Result<Vec<_>, _>>()?;
    let language = request.language.as_deref().map(str::parse::<Language>).transpose()?;
    match (&request.holiday, request.year) {
        (Some(holiday), Some(year)) => draft_holiday_greetings(portfolio, holiday, year, &tiers, language),
        (Some(_), None) => Err(FieldError::refused("year", Problem::FestivalNeedsYear).into()),
        (None, _) => {
            let from = day_or_today("from", request.from.as_deref(), now, &portfolio.settings()?)?;
            draft_birthday_greetings(portfolio, from, request.days.unwrap_or(BIRTHDAY_DAYS), &tiers, language)
        }
    }
}

/// Records the greetings of `request` as sent through `channel` (`message`, `call`,
/// `visit`, `gift:WHAT`) on the day `on` (today when `None`): to the contacts named
/// (ids or unique prefixes), or to everyone drafted when none is. One care-log entry
/// each, in one commit; answers how many were logged.
pub fn mark_greetings_sent(
    portfolio: &mut Portfolio,
    request: &GreetingRequest,
    contacts: &[String],
    channel: &str,
    on: Option<&str>,
    now: Instant,
    ids: &mut impl Rng,
) -> Result<usize, PortfolioError> {
    let channel: CareChannel = channel.parse()?;
    let on = day_or_today("on", on, now, &portfolio.settings()?)?;
    let drafts = draft_greetings(portfolio, request, now)?;
    let chosen = chosen(portfolio, drafts, contacts)?;
    let sent: Vec<(GreetingDraft, CareLogId)> =
        chosen.into_iter().map(|draft| (draft, CareLogId::generate(ids))).collect();
    fieldbook_core::mark_greetings_sent(portfolio, &sent, &channel, on)?;
    Ok(sent.len())
}

/// The drafts for the contacts named, every draft when none is; a contact named
/// who has no draft is refused.
fn chosen(
    portfolio: &Portfolio,
    drafts: Vec<GreetingDraft>,
    contacts: &[String],
) -> Result<Vec<GreetingDraft>, PortfolioError> {
    if contacts.is_empty() {
        return Ok(drafts);
    }
    let ids = contacts.iter().map(|c| portfolio.find::<Contact>(c)).collect::<Result<Vec<_>, _>>()?;
    if let Some(missing) = ids.iter().find(|id| drafts.iter().all(|d| &d.contact_id != *id)) {
        return Err(FieldError::refused("contacts", Problem::NoGreetingFor { contact: missing.to_string() }).into());
    }
    Ok(drafts.into_iter().filter(|d| ids.contains(&d.contact_id)).collect())
}

/// One greeting template of a language.
#[derive(Debug, Clone, Serialize)]
pub struct TemplateRow {
    /// `birthday`, `holiday`, `generic` or a festival's key.
    pub occasion: String,
    /// Whether it is the manager's own rather than the default.
    pub own: bool,
    /// The template.
    pub template: String,
}

/// The templates of `language` (the manager's when `None`): the general occasions,
/// the region's festivals of the year of `now`, and any of the manager's own.
pub fn greeting_templates(
    settings: &Settings,
    language: Option<&str>,
    now: Instant,
) -> Result<Vec<TemplateRow>, FieldError> {
    let language = language.map(str::parse::<Language>).transpose()?.unwrap_or(settings.language);
    let prefix = format!("{language}.");
    let year = now.day_in(settings.time_zone).0.year();
    let festivals = holidays(settings.region, year).unwrap_or_default();
    let mut occasions: Vec<String> = GREETING_OCCASIONS.iter().map(|o| o.to_string()).collect();
    let more = festivals.iter().filter(|d| d.major).map(|d| d.key.clone());
    for occasion in more.chain(settings.greetings.keys().filter_map(|k| k.strip_prefix(&prefix)).map(str::to_owned)) {
        if !occasions.contains(&occasion) {
            occasions.push(occasion);
        }
    }
    Ok(occasions
        .into_iter()
        .map(|occasion| TemplateRow {
            own: settings.greetings.contains_key(&format!("{prefix}{occasion}")),
            template: settings.greeting_template(language, &occasion),
            occasion,
        })
        .collect())
}

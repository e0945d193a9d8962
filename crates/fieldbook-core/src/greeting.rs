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

use crate::Problem;
use crate::care::{CareChannel, CareLogEntry, Occasion};
use crate::client::{Client, ClientStatus, Tier};
use crate::contact::KeyPerson;
use crate::error::{FieldError, PortfolioError};
use crate::holiday::{DayKind, holidays};
use crate::interchange::{ExportError, csv_file};
use crate::portfolio::Portfolio;
use crate::record::{CareLogId, ClientId, ContactId};
use crate::settings::{Language, Settings};
use crate::values::Date;

/// The placeholders a template may use.
pub const PLACEHOLDERS: [&str; 5] = ["name", "title", "client", "holiday", "manager"];

/// The occasions every language has a default template for.
pub const GREETING_OCCASIONS: [&str; 3] = ["birthday", "holiday", "generic"];

/// The columns of the greetings CSV file.
const CSV_HEADER: &[&str] =
    &["client", "tier", "person", "title", "language", "occasion", "date", "greeting", "contact_id"];

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

/// Checks that `template` uses only known placeholders, closes every `{`, and
/// uses `{holiday}` only where there is a holiday. `field` names it in the error.
pub fn check_template(field: &str, occasion: &str, template: &str) -> Result<(), FieldError> {
    for placeholder in placeholders(template).map_err(|problem| FieldError::refused(field, problem))? {
        if !PLACEHOLDERS.contains(&placeholder) {
            let known = PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ");
            return Err(FieldError::refused(
                field,
                Problem::UnknownPlaceholder { placeholder: placeholder.to_owned(), known },
            ));
        }
        if placeholder == "holiday" && occasion == "birthday" {
            return Err(FieldError::refused(field, Problem::HolidayInBirthdayGreeting));
        }
    }
    Ok(())
}

/// The placeholders of `template`, in order; an error for an unclosed `{` or a stray `}`.
fn placeholders(template: &str) -> Result<Vec<&str>, Problem> {
    let mut found = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(Problem::StrayBrace { at: excerpt(&rest[open..]) });
        }
        let after = &rest[open + 1..];
        let close = after.find('}').filter(|close| !after[..*close].contains('{'));
        let Some(close) = close else {
            return Err(Problem::PlaceholderNotClosed { at: excerpt(&rest[open..]) });
        };
        found.push(&after[..close]);
        rest = &after[close + 1..];
    }
    Ok(found)
}

/// The first few characters of `text`, for an error message.
fn excerpt(text: &str) -> String {
    text.chars().take(12).collect()
}

/// `template` with its placeholders filled from `values`.
fn fill(template: &str, values: &BTreeMap<&str, &str>) -> String {
    let mut text = template.to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

impl Settings {
    /// The template for `occasion` (a festival key, `holiday`, `birthday` or `generic`)
    /// in `language`: the manager's, else a default; a festival falls back to `holiday`.
    pub fn greeting_template(&self, language: Language, occasion: &str) -> String {
        let own = |occasion: &str| self.greetings.get(&template_key(language, occasion)).cloned();
        let default = |occasion: &str| default_template(language, occasion).map(str::to_string);
        own(occasion)
            .or_else(|| default(occasion))
            .or_else(|| own("holiday"))
            .or_else(|| default("holiday"))
            .unwrap_or_default()
    }

    /// Sets the manager's template for `language` and `occasion`; an empty
    /// text puts the default back. `field` names it in errors.
    pub fn set_greeting(&mut self, field: &str, language: &str, occasion: &str, text: &str) -> Result<(), FieldError> {
        let language = language.parse::<Language>().map_err(|e| e.renamed(field))?;
        let occasion = occasion.trim();
        let is_festival = occasion.split_once('.').is_some_and(|(region, name)| {
            ["cn", "pl", "az"].contains(&region) && !name.is_empty() && !name.contains(char::is_whitespace)
        });
        if !GREETING_OCCASIONS.contains(&occasion) && !is_festival {
            return Err(FieldError::refused(field, Problem::NotAGreetingOccasion { value: occasion.to_owned() }));
        }
        let key = template_key(language, occasion);
        if text.trim().is_empty() {
            self.greetings.remove(&key);
            return Ok(());
        }
        check_template(field, occasion, text)?;
        self.greetings.insert(key, text.trim().to_string());
        Ok(())
    }
}

fn template_key(language: Language, occasion: &str) -> String {
    format!("{language}.{occasion}")
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
    Ok(portfolio
        .key_persons()?
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

/// The drafts as a CSV file (UTF-8 with a byte-order mark, so Excel reads Chinese).
pub fn greetings_csv(drafts: &[GreetingDraft]) -> Result<String, ExportError> {
    let rows = drafts
        .iter()
        .map(|d| {
            let occasion = match &d.occasion {
                Occasion::Birthday => "birthday".to_string(),
                Occasion::Holiday(key) | Occasion::Other(key) => key.clone(),
            };
            vec![
                d.client_name.clone(),
                d.tier.to_string(),
                d.contact_name.clone(),
                d.title.clone(),
                d.language.to_string(),
                occasion,
                d.date.to_string(),
                d.text.clone(),
                d.contact_id.to_string(),
            ]
        })
        .collect();
    Ok(csv_file("greetings.csv", CSV_HEADER, rows)?.1)
}

impl Portfolio {
    /// Records that each draft was sent through `channel` on `on`, in one commit:
    /// one care-log entry per draft (with the id beside it), noting the text sent.
    pub fn mark_greetings_sent(
        &mut self,
        sent: &[(GreetingDraft, CareLogId)],
        channel: &CareChannel,
        on: Date,
    ) -> Result<(), PortfolioError> {
        if sent.is_empty() {
            return Err(FieldError::refused("greetings", Problem::NoneToMarkSent).into());
        }
        self.act(format!("Send {} greetings", sent.len()), |action| {
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
}

/// The default template for `occasion` in `language`, if the code has one.
fn default_template(language: Language, occasion: &str) -> Option<&'static str> {
    let template = match (language, occasion) {
        (Language::En, "birthday") => {
            "Dear {name}, happy birthday! Wishing you good health and every success in the year ahead. — {manager}"
        }
        (Language::En, "holiday") => {
            "Dear {name}, warm wishes for {holiday} to you and everyone at {client}. — {manager}"
        }
        (Language::En, "generic") => "Dear {name}, thank you for your trust and support. Best regards, {manager}",
        (Language::ZhCn, "birthday") => "尊敬的{name}：祝您生日快乐，身体健康，万事如意！{manager}敬上",
        (Language::ZhCn, "holiday") => {
            "尊敬的{name}：{holiday}将至，谨向您及{client}全体同仁致以诚挚的问候，祝节日快乐！{manager}敬上"
        }
        (Language::ZhCn, "generic") => "尊敬的{name}：感谢您一直以来对我们工作的信任与支持！{manager}敬上",
        (Language::ZhCn, "cn.new_year") => "尊敬的{name}：元旦快乐！祝您新的一年事业顺利、身体健康。{manager}敬上",
        (Language::ZhCn, "cn.spring_festival") => {
            "尊敬的{name}：新春佳节，恭祝您及家人新年快乐、阖家幸福！感谢{client}一年来的支持。{manager}敬上"
        }
        (Language::ZhCn, "cn.dragon_boat") => "尊敬的{name}：端午安康！感谢您和{client}的一贯支持。{manager}敬上",
        (Language::ZhCn, "cn.mid_autumn") => "尊敬的{name}：月圆中秋，祝您及家人中秋快乐、花好月圆！{manager}敬上",
        (Language::Pl, "birthday") => {
            "{name}, z okazji urodzin serdecznie życzę zdrowia, sukcesów i wszelkiej pomyślności. Z wyrazami szacunku, {manager}"
        }
        (Language::Pl, "holiday") => {
            "{name}, z okazji święta ({holiday}) składam najlepsze życzenia dla Pani/Pana i całego zespołu {client}. Z wyrazami szacunku, {manager}"
        }
        (Language::Pl, "generic") => "{name}, dziękuję za zaufanie i współpracę. Z wyrazami szacunku, {manager}",
        (Language::Pl, "pl.christmas") => {
            "{name}, z okazji Świąt Bożego Narodzenia życzę spokoju, radości i wszelkiej pomyślności. Z wyrazami szacunku, {manager}"
        }
        (Language::Pl, "pl.easter") => {
            "{name}, z okazji Świąt Wielkanocnych życzę zdrowia, radości i wiosennego optymizmu. Z wyrazami szacunku, {manager}"
        }
        (Language::Az, "birthday") => {
            "Hörmətli {name}, ad gününüz mübarək! Sizə cansağlığı və uğurlar arzulayıram. Hörmətlə, {manager}"
        }
        (Language::Az, "holiday") => {
            "Hörmətli {name}, {holiday} münasibətilə Sizi və {client} kollektivini səmimi qəlbdən təbrik edirəm! Hörmətlə, {manager}"
        }
        (Language::Az, "generic") => {
            "Hörmətli {name}, etimadınız və əməkdaşlığınız üçün təşəkkür edirəm. Hörmətlə, {manager}"
        }
        (Language::Az, "az.novruz") => {
            "Hörmətli {name}, Novruz bayramınız mübarək! Süfrənizdən bərəkət əskik olmasın. Hörmətlə, {manager}"
        }
        _ => return None,
    };
    Some(template)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every default template passes the check any manager's template must pass.
    #[test]
    fn the_default_templates_use_only_known_placeholders() {
        let occasions = [
            "birthday",
            "holiday",
            "generic",
            "cn.new_year",
            "cn.spring_festival",
            "cn.dragon_boat",
            "cn.mid_autumn",
            "pl.christmas",
            "pl.easter",
            "az.novruz",
        ];
        for language in [Language::En, Language::ZhCn, Language::Pl, Language::Az] {
            for occasion in occasions {
                if let Some(template) = default_template(language, occasion) {
                    check_template("default", occasion, template).expect(template);
                }
            }
            assert!(GREETING_OCCASIONS.iter().all(|o| default_template(language, o).is_some()), "{language}");
        }
    }
}

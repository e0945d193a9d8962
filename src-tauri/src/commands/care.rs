//! The care commands: the care settings, greetings drafted for a festival or
//! for the birthdays of a date range (as drafts or CSV) and marked sent, and
//! the reminders the notifier announces.

use fieldbook_core::{
    CareChannel, CareLogId, CareReminder, Contact, Date, DayKind, FieldError, GreetingDraft, Language, Portfolio,
    PortfolioError, Problem, RecordId, ReminderAction, Tier, draft_birthday_greetings, draft_holiday_greetings,
    greetings_csv, holidays, reminders_to_notify,
};

use super::{Answer, Desk, now, today};
use crate::dto::{CareSettingsView, GreetingDraftView, GreetingRequest, HolidayOption, Notice};
use crate::i18n::{FluentValue, Messages};

/// The care rules per tier, the renewal lead time and the notification time
/// (changed through `set_setting` with `care.TIER.birthday`, `care.renewal_days`, …).
pub fn care_settings(desk: &Desk) -> Answer<CareSettingsView> {
    desk.read(|portfolio| Ok(CareSettingsView::from(&portfolio.settings()?)))
}

/// The region's major festivals in `year`, first days, in the manager's language.
pub fn greeting_holidays(desk: &Desk, year: i32) -> Answer<Vec<HolidayOption>> {
    desk.read(|portfolio| {
        let settings = portfolio.settings()?;
        let days = holidays(settings.region, year).map_err(|e| e.refusal("year"))?;
        let mut options: Vec<HolidayOption> = Vec::new();
        for day in days.iter().filter(|d| d.major && d.kind == DayKind::Holiday) {
            if options.iter().all(|o| o.key != day.key) {
                options.push(HolidayOption::new(day, settings.language));
            }
        }
        Ok(options)
    })
}

/// The greetings `request` asks for.
pub fn draft_greetings(desk: &Desk, request: GreetingRequest) -> Answer<Vec<GreetingDraftView>> {
    desk.read(|portfolio| Ok(drafts(portfolio, &request)?.iter().map(GreetingDraftView::from).collect()))
}

/// The greetings `request` asks for, as a CSV file.
pub fn export_greetings_csv(desk: &Desk, request: GreetingRequest) -> Answer<String> {
    desk.read(|portfolio| {
        greetings_csv(&drafts(portfolio, &request)?).map_err(|e| FieldError::new("csv", e.to_string()).into())
    })
}

/// Records the greetings of `request` to `contact_ids` as sent through `channel`
/// today: one care-log entry each, in one action. Answers how many were logged.
pub fn mark_greetings_sent(
    desk: &Desk,
    request: GreetingRequest,
    contact_ids: Vec<String>,
    channel: String,
) -> Answer<u32> {
    desk.apply(|portfolio| {
        let channel: CareChannel = channel.parse()?;
        let ids = contact_ids.iter().map(|id| portfolio.find::<Contact>(id)).collect::<Result<Vec<_>, _>>()?;
        let mut rng = rand::rng();
        let sent: Vec<(GreetingDraft, CareLogId)> = drafts(portfolio, &request)?
            .into_iter()
            .filter(|draft| ids.contains(&draft.contact_id))
            .map(|draft| (draft, CareLogId::generate(&mut rng)))
            .collect();
        portfolio.mark_greetings_sent(&sent, &channel, today(&portfolio.settings()?))?;
        Ok(u32::try_from(sent.len()).unwrap_or(u32::MAX))
    })
}

fn drafts(portfolio: &Portfolio, request: &GreetingRequest) -> Result<Vec<GreetingDraft>, PortfolioError> {
    let tiers = request.tiers.iter().map(|tier| tier.parse::<Tier>()).collect::<Result<Vec<_>, _>>()?;
    let language = request.language.as_deref().map(str::parse::<Language>).transpose()?;
    match (&request.holiday, request.year) {
        (Some(holiday), Some(year)) => draft_holiday_greetings(portfolio, holiday, year, &tiers, language),
        (Some(_), None) => Err(FieldError::refused("year", Problem::FestivalNeedsYear).into()),
        (None, _) => {
            let from = match &request.from {
                Some(text) => text
                    .parse::<Date>()
                    .map_err(|_| FieldError::refused("from", Problem::NotADate { value: text.clone() }))?,
                None => today(&portfolio.settings()?),
            };
            draft_birthday_greetings(portfolio, from, request.days.unwrap_or(14), &tiers, language)
        }
    }
}

/// Today's reminders due for announcing now, recorded as announced (one action)
/// before they are answered, so that no restart or other device announces them
/// again; `None` when there is nothing to announce.
pub fn take_due_reminders(desk: &Desk) -> Answer<Option<Notice>> {
    desk.apply(|portfolio| {
        let settings = portfolio.settings()?;
        let at = now();
        let due = reminders_to_notify(portfolio, at, settings.time_zone)?;
        if due.is_empty() {
            return Ok(None);
        }
        portfolio.mark_notified(&due, at, settings.time_zone)?;
        Ok(Some(notice(&due, &Messages::new(settings.language))))
    })
}

/// How many reminders a notification lists: a day of two hundred would not fit on a screen.
const LISTED: usize = 5;

/// One notification for all of `due`: a title with the count, a line per reminder up to
/// [`LISTED`], then a line counting the rest.
fn notice(due: &[CareReminder], messages: &Messages) -> Notice {
    let count = FluentValue::from(due.len());
    let mut lines: Vec<String> = due.iter().take(LISTED).map(|reminder| line(reminder, messages)).collect();
    if due.len() > LISTED {
        lines.push(messages.format("notify-more", &[("count", FluentValue::from(due.len() - LISTED))]));
    }
    Notice { title: messages.format("notify-title", &[("count", count)]), body: lines.join("\n") }
}

/// `王总，华东电力：打电话 — 生日（55岁）`, punctuated for the manager's language.
fn line(reminder: &CareReminder, messages: &Messages) -> String {
    let action = match &reminder.action {
        ReminderAction::Care(CareChannel::Gift(what)) => {
            messages.format("notify-gift", &[("gift", FluentValue::from(what.as_str()))])
        }
        ReminderAction::Care(channel) => messages.format(&format!("notify-{}", channel.code()), &[]),
        ReminderAction::RenewContract => messages.format("notify-renew", &[]),
        ReminderAction::CollectArrears => messages.format("notify-collect", &[]),
        ReminderAction::RetainClient => messages.format("notify-retain", &[]),
    };
    let client = ("client", FluentValue::from(reminder.client_name.as_str()));
    let action = ("action", FluentValue::from(action));
    let line = match reminder.contact_name.as_deref() {
        Some(person) => messages.format("notify-line-person", &[("person", person.into()), client, action]),
        None => messages.format("notify-line", &[client, action]),
    };
    if reminder.subject.is_empty() { line } else { format!("{line} — {}", reminder.subject) }
}

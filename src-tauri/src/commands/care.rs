//! The care commands: the care settings, greetings drafted for a festival or
//! for the birthdays of a date range (as drafts or CSV) and marked sent, and
//! the reminders the notifier announces.

use fieldbook_core::{
    CareChannel, CareReminder, DayKind, FieldError, Problem, ReminderAction, holidays, reminders_to_notify,
};
use fieldbook_formats::greetings_csv;

use super::{Answer, Desk};
use fieldbook_actions::GreetingRequest;

use crate::dto::{CareSettingsView, GreetingDraftView, HolidayOption, Notice};
use crate::i18n::{FluentValue, Messages};

/// The care rules per tier, the renewal lead time and the notification time
/// (changed through `set_setting` with `care.TIER.birthday`, `care.renewal_days`, …).
pub fn care_settings(desk: &Desk) -> Answer<CareSettingsView> {
    desk.read(|portfolio| Ok(CareSettingsView::from(&portfolio.settings()?)))
}

/// The region's major festivals in `year`, first days, in the manager's language.
pub fn greeting_holidays(desk: &Desk, year: &i32) -> Answer<Vec<HolidayOption>> {
    desk.read(|portfolio| {
        let settings = portfolio.settings()?;
        let days = holidays(settings.region, *year).map_err(|e| e.refusal("year"))?;
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
pub fn draft_greetings(desk: &Desk, request: &GreetingRequest) -> Answer<Vec<GreetingDraftView>> {
    desk.read(|portfolio| {
        let drafts = fieldbook_actions::draft_greetings(portfolio, request, desk.now())?;
        Ok(drafts.iter().map(GreetingDraftView::from).collect())
    })
}

/// The greetings `request` asks for, as a CSV file.
pub fn export_greetings_csv(desk: &Desk, request: &GreetingRequest) -> Answer<String> {
    desk.read(|portfolio| {
        let drafts = fieldbook_actions::draft_greetings(portfolio, request, desk.now())?;
        greetings_csv(&drafts).map_err(|e| FieldError::refused("csv", Problem::Other { reason: e.to_string() }).into())
    })
}

/// Records the greetings of `request` to `contact_ids` as sent through `channel`
/// today: one care-log entry each, in one action. Answers how many were logged.
pub fn mark_greetings_sent(
    desk: &Desk,
    request: &GreetingRequest,
    contact_ids: &[String],
    channel: &str,
) -> Answer<u32> {
    desk.apply(|portfolio| {
        fieldbook_actions::mark_greetings_sent(
            portfolio,
            request,
            contact_ids,
            channel,
            None,
            desk.now(),
            &mut rand::rng(),
        )
    })
    .map(|sent| u32::try_from(sent).unwrap_or(u32::MAX))
}

/// Today's reminders due for announcing now, recorded as announced (one action)
/// before they are answered, so that no restart or other device announces them
/// again; `None` when there is nothing to announce.
pub fn take_due_reminders(desk: &Desk) -> Answer<Option<Notice>> {
    desk.apply(|portfolio| {
        let settings = portfolio.settings()?;
        let at = desk.now();
        let due = reminders_to_notify(portfolio, at, settings.time_zone)?;
        if due.is_empty() {
            return Ok(None);
        }
        fieldbook_core::mark_notified(portfolio, &due, at, settings.time_zone)?;
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
        ReminderAction::FollowCase => {
            messages.format(&format!("notify-{}", reminder.kind.code().replace('_', "-")), &[])
        }
    };
    let client = ("client", FluentValue::from(reminder.client_name.as_str()));
    let action = ("action", FluentValue::from(action));
    let line = match reminder.contact_name.as_deref() {
        Some(person) => messages.format("notify-line-person", &[("person", person.into()), client, action]),
        None => messages.format("notify-line", &[client, action]),
    };
    if reminder.subject.is_empty() { line } else { format!("{line} — {}", reminder.subject) }
}

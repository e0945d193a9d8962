//! Care: the reminders computed from the document (birthdays, festivals,
//! renewals, arrears, clients at risk), what the manager does with them,
//! which to announce, and greetings drafted for key persons.

mod agenda;
mod greeting;
mod notification;
mod reminder;

pub use agenda::{CareReminder, ReminderAction, ReminderActionCode, ReminderKind, agenda, find_reminder};
pub use greeting::{GreetingDraft, draft_birthday_greetings, draft_holiday_greetings, mark_greetings_sent};
pub use notification::{mark_notified, reminders_to_notify};
pub use reminder::{complete_reminder, dismiss_reminder, snooze_reminder};

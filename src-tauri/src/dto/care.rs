//! The wire types of care: the care rules and notification time the settings
//! view edits, the greetings view's holidays, requests and drafts, and the
//! notifier's notice, its body written for the way the notification server reads it.

use std::borrow::Cow;

use fieldbook_core::{CareOccasion, CareRules, GreetingDraft, Holiday, Language, Settings, Tier, rules_text};
use serde::Serialize;
use ts_rs::TS;

/// One tier's care rules, as the text `set_setting("care.TIER.birthday", …)` takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TierCareView {
    /// Tier A–D.
    pub tier: Tier,
    /// Birthday rules, `3 gift:flowers; 0 call`.
    pub birthday: String,
    /// Festival rules, `3 visit`.
    pub festival: String,
}

/// The care settings: rules per tier, the renewal lead time, the notification time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CareSettingsView {
    /// Tiers A to D.
    pub tiers: Vec<TierCareView>,
    /// Days before a contract's end its renewal starts.
    pub renewal_days: u32,
    /// When the day's reminders are announced, `HH:MM`.
    pub notification_time: String,
}

impl From<&Settings> for CareSettingsView {
    fn from(settings: &Settings) -> CareSettingsView {
        let rules: &CareRules = &settings.care_rules;
        CareSettingsView {
            tiers: Tier::ALL
                .iter()
                .map(|tier| TierCareView {
                    tier: *tier,
                    birthday: rules_text(rules.rules(*tier, CareOccasion::Birthday)),
                    festival: rules_text(rules.rules(*tier, CareOccasion::Festival)),
                })
                .collect(),
            renewal_days: rules.renewal_days_before,
            notification_time: settings.notification_time.to_string(),
        }
    }
}

/// A festival greetings can be drafted for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HolidayOption {
    /// Its key, `cn.mid_autumn`.
    pub key: String,
    /// Its name in the manager's language.
    pub name: String,
    /// Its first day.
    pub date: String,
}

impl HolidayOption {
    /// `holiday` named in `language`.
    pub fn new(holiday: &Holiday, language: Language) -> HolidayOption {
        HolidayOption {
            key: holiday.key.clone(),
            name: holiday.name(language).to_string(),
            date: holiday.date.to_string(),
        }
    }
}

/// A drafted greeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GreetingDraftView {
    /// The key person's id.
    pub contact_id: String,
    /// Their name.
    pub contact_name: String,
    /// Their title.
    pub title: String,
    /// Their client's name.
    pub client_name: String,
    /// The client's tier.
    pub tier: Tier,
    /// The festival's first day.
    pub date: String,
    /// The greeting.
    pub text: String,
}

impl From<&GreetingDraft> for GreetingDraftView {
    fn from(draft: &GreetingDraft) -> GreetingDraftView {
        GreetingDraftView {
            contact_id: draft.contact_id.to_string(),
            contact_name: draft.contact_name.clone(),
            title: draft.title.clone(),
            client_name: draft.client_name.clone(),
            tier: draft.tier,
            date: draft.date.to_string(),
            text: draft.text.clone(),
        }
    }
}

/// A desktop notification, in the manager's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// The title, plain text for every notification server.
    pub title: String,
    /// One line per reminder, as the manager should read it.
    pub body: String,
}

impl Notice {
    /// The body to send to a server that reads bodies as `format`, so that it shows the
    /// lines as written whatever the names in them hold: for markup, `&`, `<` and `>`
    /// become `&amp;`, `&lt;` and `&gt;`. Other characters stay as they are: the
    /// notification servers' markup readers do not all know other entities (GNOME Shell
    /// keeps only these and `&quot;`, `&apos;`), so `\r` or quotes are not rewritten.
    pub fn body_for(&self, format: BodyFormat) -> Cow<'_, str> {
        match format {
            BodyFormat::PlainText => Cow::Borrowed(&self.body),
            BodyFormat::Markup => escape_markup(&self.body),
        }
    }
}

/// How a notification server reads a notification's body. The Desktop Notifications
/// Specification lets a server read it as markup (a small subset of HTML: `<b>`, `<i>`,
/// `<a href>`, …) when it lists the `body-markup` capability, as dunst, GNOME Shell and
/// KDE Plasma do; a server without it shows the body as plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyFormat {
    /// The body is shown as it is sent.
    PlainText,
    /// The body is read as markup.
    Markup,
}

impl BodyFormat {
    /// How a server reads bodies, from the capabilities it answers `GetCapabilities` with.
    pub fn of_server<S: AsRef<str>>(capabilities: &[S]) -> BodyFormat {
        if capabilities.iter().any(|capability| capability.as_ref() == "body-markup") {
            BodyFormat::Markup
        } else {
            BodyFormat::PlainText
        }
    }
}

/// `text` with the three characters markup reserves in text written as entities.
fn escape_markup(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>']) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 16);
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            other => escaped.push(other),
        }
    }
    Cow::Owned(escaped)
}

//! The contact: a person at a client, possibly its key person (关键人), with a
//! birthday kept in the Gregorian or the Chinese lunar calendar.

use autosurgeon::{Hydrate, Reconcile, Text};
use serde::{Deserialize, Serialize};

use crate::model::{
    Client, ClientId, ContactId, Fields, Portfolio, PortfolioError, Record, Spec, assign, field_names, optional,
    record_basics, require_text, text_of,
};
use crate::values::{Birthday, FieldError, LIST_SEPARATORS, PHONE_SEPARATORS, Problem, list, parse_yes_no, text_serde};

/// A person at a client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct Contact {
    /// Stable id.
    pub id: ContactId,
    /// The client they work for.
    pub client_id: ClientId,
    /// Full name.
    pub name: String,
    /// Job title.
    pub title: String,
    /// Whether this is a key person (关键人) whose goodwill decides the account.
    pub key_person: bool,
    /// Phone numbers.
    pub phones: Vec<String>,
    /// Email address, if any.
    pub email: Option<String>,
    /// Birthday, if known.
    pub birthday: Option<Birthday>,
    /// Likes and dislikes ("likes green tea", "no alcohol").
    pub preferences: Vec<String>,
    /// Free notes; merge character by character.
    #[serde(with = "text_serde")]
    pub notes: Text,
    /// Tombstone.
    pub removed: bool,
}

impl Contact {
    /// A new contact with only the required fields set.
    pub fn new(id: ContactId, client_id: ClientId, name: impl Into<String>) -> Contact {
        Contact {
            id,
            client_id,
            name: name.into(),
            title: String::new(),
            key_person: false,
            phones: Vec::new(),
            email: None,
            birthday: None,
            preferences: Vec::new(),
            notes: Text::default(),
            removed: false,
        }
    }
}

impl Record for Contact {
    record_basics!(ContactId, "contacts", "contact");

    fn validate(&self) -> Result<(), FieldError> {
        require_text("name", &self.name)?;
        if let Some(email) = &self.email {
            let valid = email.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
            if !valid {
                return Err(FieldError::refused("email", Problem::NotAnEmail { value: email.clone() }));
            }
        }
        if let Some(phone) = self.phones.iter().find(|p| !is_phone_number(p)) {
            return Err(FieldError::refused("phones", Problem::NotAPhone { value: phone.clone() }));
        }
        if let Some(birthday) = &self.birthday {
            birthday.validate()?;
        }
        Ok(())
    }

    fn check_references(&self, portfolio: &Portfolio) -> Result<(), PortfolioError> {
        portfolio.get::<Client>(&self.client_id).map(|_| ())
    }
}

/// Digits with the usual separators and an optional leading `+`, at least five digits.
fn is_phone_number(text: &str) -> bool {
    let body = text.trim().strip_prefix('+').unwrap_or(text.trim());
    body.chars().filter(|c| c.is_ascii_digit()).count() >= 5
        && body.chars().all(|c| c.is_ascii_digit() || " -()".contains(c))
}

field_names!(
    /// A contact's fields, in the order the client's page and the CSV files show them.
    ContactField {
        /// Full name.
        Name = "name",
        /// Job title.
        Title = "title",
        /// Key person: yes or no.
        KeyPerson = "key_person",
        /// Phone numbers.
        Phones = "phones",
        /// Email address.
        Email = "email",
        /// Birthday, Gregorian or Chinese lunar.
        Birthday = "birthday",
        /// Likes and dislikes.
        Preferences = "preferences",
        /// Free notes.
        Notes = "notes",
    }
);

impl Fields for Contact {
    type Field = ContactField;

    fn spec(field: ContactField) -> Spec<Contact> {
        use ContactField as F;
        match field {
            F::Name => Spec::line(
                &["联系人", "姓名", "联系人姓名", "imię i nazwisko", "nazwisko", "osoba"],
                |c, v| assign(&mut c.name, v.to_owned()),
                |c| c.name.clone(),
            ),
            F::Title => Spec::line(
                &["职务", "职位", "stanowisko"],
                |c, v| assign(&mut c.title, v.to_owned()),
                |c| c.title.clone(),
            ),
            F::KeyPerson => Spec::choice(
                &["key person", "关键人", "是否关键人", "osoba kluczowa"],
                &["yes", "no"],
                |c, v| assign(&mut c.key_person, optional(v, parse_yes_no)?.unwrap_or(false)),
                |c| if c.key_person { "yes" } else { "no" }.to_owned(),
            ),
            F::Phones => Spec::line(
                &["phone", "电话", "手机", "联系电话", "手机号", "telefon"],
                |c, v| assign(&mut c.phones, list(v, PHONE_SEPARATORS)),
                |c| c.phones.join("; "),
            ),
            F::Email => Spec::line(
                &["e mail", "邮箱", "电子邮箱", "电子邮件"],
                |c, v| assign(&mut c.email, (!v.is_empty()).then(|| v.to_owned())),
                |c| c.email.clone().unwrap_or_default(),
            ),
            F::Birthday => Spec::line(
                &["生日", "出生日期", "urodziny", "data urodzenia"],
                |c, v| assign(&mut c.birthday, optional(v, str::parse::<Birthday>)?),
                |c| text_of(&c.birthday),
            ),
            F::Preferences => Spec::line(
                &["偏好", "喜好", "preferencje"],
                |c, v| assign(&mut c.preferences, list(v, LIST_SEPARATORS)),
                |c| c.preferences.join("; "),
            ),
            F::Notes => Spec::text(
                &["备注", "uwagi", "notatki"],
                |c, v| {
                    c.notes.update(v);
                    Ok(())
                },
                |c| c.notes.as_str().to_owned(),
            ),
        }
    }
}

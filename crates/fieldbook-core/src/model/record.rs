//! What every record kept in the portfolio has in common: a typed id, the
//! document collection it lives in, validation of its fields, and a tombstone
//! flag (records are marked removed, never erased, so a concurrent edit made on
//! another device is never lost).

use std::fmt;

use autosurgeon::{Hydrate, Reconcile};
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::model::{Portfolio, PortfolioError};
use crate::values::FieldError;

/// A typed record id: a short prefix naming the kind of record and ten
/// random base-32 characters (`cl_k3v9q2m7xa`), short enough to type in the CLI.
pub trait RecordId: Clone + Eq + Ord + fmt::Display + From<String> + AsRef<str> {
    /// The prefix before the underscore.
    const PREFIX: &'static str;

    /// A new id from `rng` (the OS generator on a device, a seeded one for demos and tests).
    fn generate(rng: &mut impl Rng) -> Self {
        const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz023456789";
        let tail: String = (0..10).map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())])).collect();
        Self::from(format!("{}_{tail}", Self::PREFIX))
    }
}

macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Reconcile)]
        #[serde(transparent)]
        pub struct $name(String);

        // Written by hand: the derived `Hydrate` of a newtype cannot read it from
        // a string inside an `Option` (a task's `client_id`, a case's `raised_by`).
        impl Hydrate for $name {
            fn hydrate_string(value: &'_ str) -> Result<Self, autosurgeon::HydrateError> {
                Ok($name(value.to_string()))
            }
        }

        impl RecordId for $name {
            const PREFIX: &'static str = $prefix;
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                $name(value)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

record_id!(
    /// Identifies a [`crate::model::Client`].
    ClientId, "cl"
);
record_id!(
    /// Identifies a [`crate::model::Contact`].
    ContactId, "ct"
);
record_id!(
    /// Identifies a [`crate::model::Visit`].
    VisitId, "vi"
);
record_id!(
    /// Identifies a [`crate::model::Case`].
    CaseId, "cs"
);
record_id!(
    /// Identifies a [`crate::model::CaseEvent`] on its case's timeline.
    CaseEventId, "ev"
);
record_id!(
    /// Identifies a [`crate::model::Task`].
    TaskId, "tk"
);
record_id!(
    /// Identifies a [`crate::model::CareLogEntry`].
    CareLogId, "cr"
);

/// The items every [`Record`] impl shares, for a record with an `id` field and a
/// `removed` tombstone: `record_basics!(ClientId, "clients", "client");` inside the impl.
macro_rules! record_basics {
    ($id:ty, $collection:literal, $noun:literal) => {
        type Id = $id;
        const COLLECTION: &'static str = $collection;
        const NOUN: &'static str = $noun;

        fn id(&self) -> &$id {
            &self.id
        }

        fn is_removed(&self) -> bool {
            self.removed
        }

        fn mark_removed(&mut self) {
            self.removed = true;
        }
    };
}
pub(crate) use record_basics;

/// A kind of record stored in its own map of the portfolio document, keyed by id.
pub trait Record: Hydrate + Reconcile + Clone {
    /// Its id type.
    type Id: RecordId;
    /// The document key of the map holding every record of this kind.
    const COLLECTION: &'static str;
    /// The word used for it in messages ("client").
    const NOUN: &'static str;

    /// Its id.
    fn id(&self) -> &Self::Id;

    /// Whether it has been removed (kept as a tombstone).
    fn is_removed(&self) -> bool;

    /// Marks it removed.
    fn mark_removed(&mut self);

    /// Checks its own fields, naming the first bad one.
    fn validate(&self) -> Result<(), FieldError>;

    /// Checks that the records it points to exist in `portfolio`.
    fn check_references(&self, portfolio: &Portfolio) -> Result<(), PortfolioError> {
        let _ = portfolio;
        Ok(())
    }
}

/// Fails with a [`FieldError`] on `field` when `value` is blank.
pub(crate) fn require_text(field: &str, value: &str) -> Result<(), FieldError> {
    if value.trim().is_empty() {
        return Err(FieldError::refused(field, crate::values::Problem::Empty));
    }
    Ok(())
}

//! Closed sets of codes stored and written as strings: the holiday region and
//! the language of the user interface.

use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile};
use serde::{Deserialize, Serialize};

use crate::values::{FieldError, Problem, Zone};

/// Declares a closed set of codes stored and written as strings.
macro_rules! code_enum {
    ($(#[$doc:meta])* $name:ident, $field:literal, { $($(#[$vdoc:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Hydrate, Reconcile)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $code)] #[autosurgeon(rename = $code)] $variant),+
        }

        impl $name {
            /// Every code, in order.
            pub const CODES: &'static [&'static str] = &[$($code),+];
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(match self { $($name::$variant => $code),+ })
            }
        }

        impl FromStr for $name {
            type Err = FieldError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s.trim() {
                    $(c if c.eq_ignore_ascii_case($code) => Ok($name::$variant),)+
                    _ => Err(FieldError::refused(
                        $field,
                        Problem::NotOneOf { value: s.to_owned(), allowed: Self::CODES.join(", ") },
                    )),
                }
            }
        }
    };
}
pub(crate) use code_enum;

code_enum!(
    /// The holiday calendar the manager works under.
    Region, "region", {
        /// China.
        Cn = "CN",
        /// Poland.
        Pl = "PL",
        /// Azerbaijan.
        Az = "AZ",
    }
);

code_enum!(
    /// The language of the user interface.
    Language, "lang", {
        /// English.
        En = "en",
        /// Simplified Chinese.
        ZhCn = "zh-CN",
        /// Polish.
        Pl = "pl",
        /// Azerbaijani.
        Az = "az",
    }
);

impl Region {
    /// The currency of amounts written without one (ISO 4217).
    pub fn currency(self) -> &'static str {
        match self {
            Region::Cn => "CNY",
            Region::Pl => "PLN",
            Region::Az => "AZN",
        }
    }

    /// The language and time zone a manager in this region most likely uses.
    pub fn defaults(self) -> (Language, Zone) {
        match self {
            Region::Cn => (Language::ZhCn, Zone(chrono_tz::Asia::Shanghai)),
            Region::Pl => (Language::Pl, Zone(chrono_tz::Europe::Warsaw)),
            Region::Az => (Language::Az, Zone(chrono_tz::Asia::Baku)),
        }
    }
}

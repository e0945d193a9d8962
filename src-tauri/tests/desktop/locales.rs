//! Every language has every message: the Fluent files shared with the UI parse,
//! and no locale lacks a message id another one has.

use std::collections::BTreeSet;

use fieldbook_core::Language;
use fieldbook_desktop::i18n::{LOCALES, Messages};
use fluent_bundle::FluentResource;

/// The message ids a Fluent file defines (`id = …` at the start of a line).
fn message_ids(source: &str) -> BTreeSet<&str> {
    source
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| id.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && !id.contains(' '))
        .collect()
}

#[test]
fn every_locale_parses() {
    for (language, source) in LOCALES {
        if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
            panic!("{language}: {errors:?}");
        }
    }
}

#[test]
fn every_locale_has_every_message() {
    let all: BTreeSet<&str> = LOCALES.iter().flat_map(|(_, source)| message_ids(source)).collect();
    assert!(all.len() > 100, "found only {} message ids", all.len());
    for (language, source) in LOCALES {
        let own = message_ids(source);
        let missing: Vec<&&str> = all.difference(&own).collect();
        assert!(missing.is_empty(), "{language} misses {missing:?}");
    }
}

#[test]
fn polish_counts_visits_with_three_plural_forms() {
    let polish = Messages::new(Language::Pl);
    let visits = |n: u32| polish.format("client-visit-count", &[("count", n.into())]);
    assert_eq!(visits(1), "1 wizyta");
    assert_eq!(visits(2), "2 wizyty");
    assert_eq!(visits(5), "5 wizyt");
    assert_eq!(visits(22), "22 wizyty");
}

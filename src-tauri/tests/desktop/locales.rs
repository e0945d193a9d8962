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

/// The codes a source file's `code` match gives out (`Variant => "code",` lines).
fn codes_in(source: &str) -> Vec<&str> {
    source
        .lines()
        .filter_map(|line| line.trim().split_once("=> \"")?.1.strip_suffix("\","))
        .filter(|code| code.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
}

/// The codes `SyncError::problem` gives out (`("code", vec![…])` or `("code", Vec::new())`).
fn sync_codes_in(source: &str) -> Vec<&str> {
    source
        .split("(\"")
        .skip(1)
        .filter_map(|rest| rest.split_once('"'))
        .filter(|(code, after)| {
            code.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                && (after.starts_with(", vec!") || after.starts_with(", Vec::new()"))
        })
        .map(|(code, _)| code)
        .collect()
}

/// A tidy check over the sources: a new `Problem` or `SyncError` without a
/// translation would reach the manager in English.
#[test]
fn every_refusal_and_sync_problem_is_translated() {
    let english = message_ids(LOCALES[0].1);
    let problems = codes_in(include_str!("../../../crates/fieldbook-core/src/error.rs"));
    assert!(problems.len() > 40, "found only {} problem codes", problems.len());
    let untranslated: Vec<&&str> = problems
        .iter()
        .filter(|code| **code != "other" && !english.contains(format!("error-reason-{code}").as_str()))
        .collect();
    assert!(untranslated.is_empty(), "no error-reason-* message for {untranslated:?}");

    let sync = sync_codes_in(include_str!("../../../crates/fieldbook-replica/src/sync/error.rs"));
    assert!(sync.len() > 15, "found only {} sync problem codes", sync.len());
    let messages = Messages::new(Language::ZhCn);
    for code in sync {
        let problem = fieldbook_replica::sync::SyncProblem { code, arguments: Vec::new(), text: "English".into() };
        let said = fieldbook_desktop::error::sync_problem_message(&problem, &messages);
        assert!(said != "English" && !said.is_ascii(), "{code} is not translated: {said}");
    }
}

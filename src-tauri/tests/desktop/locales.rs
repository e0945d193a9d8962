//! Every language has every message: the Fluent files shared with the UI parse,
//! no locale lacks a message id another one has, and every error code there is —
//! the core's `Problem`s, the sync client's `SyncError`s, the shell's own — has its
//! `error-<code>` message in every language, translated, with the same arguments.

use std::collections::{BTreeMap, BTreeSet};

use fieldbook_core::{Language, Problem, VariantNames};
use fieldbook_desktop::error::PortfolioProblem;
use fieldbook_desktop::i18n::{LOCALES, Messages};
use fieldbook_replica::sync::SyncError;
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

/// Every code a command error or the status bar can carry: the core's refusals, the
/// sync client's errors and the shell's own about the portfolio.
fn every_code() -> Vec<&'static str> {
    [Problem::VARIANTS, SyncError::VARIANTS, PortfolioProblem::VARIANTS].concat()
}

/// Each message of a Fluent file with its source: its `id = …` line and the
/// indented (or closing-brace) lines that continue it.
fn message_sources(source: &str) -> BTreeMap<&str, String> {
    let mut messages = BTreeMap::new();
    let mut current: Option<(&str, String)> = None;
    for line in source.lines() {
        let continues = line.starts_with([' ', '}', '[', '*']);
        match current.as_mut() {
            Some((_, text)) if continues => {
                text.push('\n');
                text.push_str(line);
                continue;
            }
            _ => {}
        }
        if let Some((id, text)) = current.take() {
            messages.insert(id, text);
        }
        if let Some((id, value)) = line.split_once(" = ").filter(|(id, _)| message_ids(line).contains(id)) {
            current = Some((id, value.to_owned()));
        }
    }
    if let Some((id, text)) = current {
        messages.insert(id, text);
    }
    messages
}

/// The variables (`$value`) a message's source uses.
fn variables(text: &str) -> BTreeSet<&str> {
    text.split('$')
        .skip(1)
        .filter_map(|rest| rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).next())
        .filter(|name| !name.is_empty())
        .collect()
}

#[test]
fn no_two_kinds_of_problem_share_a_code() {
    let codes = every_code();
    assert!(codes.len() > 80, "found only {} codes", codes.len());
    let unique: BTreeSet<&str> = codes.iter().copied().collect();
    assert_eq!(unique.len(), codes.len(), "one code, two problems: its message would say only one of them");
}

/// A new `Problem`, `SyncError` or `PortfolioProblem` without a translation would
/// reach the manager in English, or as its message id.
#[test]
fn every_code_has_its_message_in_every_locale() {
    for (language, source) in LOCALES {
        let ids = message_ids(source);
        let missing: Vec<&str> =
            every_code().into_iter().filter(|code| !ids.contains(format!("error-{code}").as_str())).collect();
        assert!(missing.is_empty(), "{language} has no error-<code> message for {missing:?}");
    }
}

/// Each translation is in its own language: Chinese in Chinese characters, Polish and
/// Azerbaijani not the English text. The `other` problem is the exception: it carries
/// a reason the core gives in English only, shown as it is.
#[test]
fn every_code_is_said_in_the_locales_own_language() {
    let english = message_sources(LOCALES[0].1);
    for (language, source) in &LOCALES[1..] {
        let own = message_sources(source);
        for code in every_code().into_iter().filter(|code| *code != "other") {
            let id = format!("error-{code}");
            let (Some(text), Some(in_english)) = (own.get(id.as_str()), english.get(id.as_str())) else {
                panic!("{language} or English has no {id}");
            };
            let said_in_its_language = match language {
                Language::ZhCn => text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                _ => text != in_english,
            };
            assert!(said_in_its_language, "{language}: {id} is not translated: {text}");
        }
    }
}

/// A translation fills in the arguments the English one does, by the same names, so
/// none shows as `{$name}` in one language only.
#[test]
fn every_code_uses_the_same_arguments_in_every_locale() {
    let english = message_sources(LOCALES[0].1);
    for (language, source) in &LOCALES[1..] {
        let own = message_sources(source);
        for code in every_code() {
            let id = format!("error-{code}");
            let (Some(text), Some(in_english)) = (own.get(id.as_str()), english.get(id.as_str())) else {
                panic!("{language} or English has no {id}");
            };
            assert_eq!(variables(text), variables(in_english), "{language}: {id} uses other arguments than English");
        }
    }
}

/// Every field of every field table is named in every language, as the app's pages
/// and refusals name it (`field-<name>`): a field added to a table without its
/// translations fails here.
#[test]
fn every_field_of_every_table_has_a_name_in_every_language() {
    use fieldbook_core::{ClientField, ContactField, FieldName, SettingsField, VisitField};
    let names: Vec<&str> = ClientField::ALL
        .iter()
        .map(|f| f.name())
        .chain(ContactField::ALL.iter().map(|f| f.name()))
        .chain(VisitField::ALL.iter().map(|f| f.name()))
        .chain(SettingsField::ALL.iter().map(|f| f.name()))
        .collect();
    for (language, source) in LOCALES {
        let own = message_ids(source);
        let id = |name: &str| format!("field-{}", name.replace('.', "_"));
        let missing: Vec<&&str> = names.iter().filter(|name| !own.contains(id(name).as_str())).collect();
        assert!(missing.is_empty(), "{language} names no field {missing:?}");
    }
}

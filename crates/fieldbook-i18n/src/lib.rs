//! Fieldbook's words in its four languages: the Fluent files in `ui/locales/`,
//! shared with the UI, compiled in for the messages the shells write themselves
//! (the desktop app's errors, the weekly report's PDF and tables).

use fieldbook_core::Language;
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

/// Every language's Fluent file, by language code, English first.
pub const LOCALES: [(Language, &str); 4] = [
    (Language::En, include_str!("../../../ui/locales/en/fieldbook.ftl")),
    (Language::ZhCn, include_str!("../../../ui/locales/zh-CN/fieldbook.ftl")),
    (Language::Pl, include_str!("../../../ui/locales/pl/fieldbook.ftl")),
    (Language::Az, include_str!("../../../ui/locales/az/fieldbook.ftl")),
];

/// The messages of one language, falling back to English for a message it lacks
/// (the locale tests make sure none does).
pub struct Messages {
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Messages {
    /// The messages of `language`.
    pub fn new(language: Language) -> Messages {
        let english = bundle(Language::En);
        let bundles = match language {
            Language::En => vec![english],
            other => vec![bundle(other), english],
        };
        Messages { bundles }
    }

    /// Message `id` with its arguments filled in; the id itself when no language has it.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.find(id, args).unwrap_or_else(|| id.to_string())
    }

    /// Message `id` with its arguments filled in, if any language has it.
    pub fn find(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.bundles.iter().find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned())
        })
    }
}

/// The bundle of `language`. A file that does not parse keeps the messages that do
/// (the locale tests fail on any parse error).
fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let source = LOCALES.iter().find(|(l, _)| *l == language).map_or(LOCALES[0].1, |(_, source)| source);
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
    let id: LanguageIdentifier = language.to_string().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // Bidi isolation marks around arguments would end up inside paths and ids.
    bundle.set_use_isolating(false);
    // A message defined twice keeps its first definition; the locale tests refuse such files.
    if let Err(errors) = bundle.add_resource(resource) {
        eprintln!("fieldbook: duplicate messages in the {language} locale: {errors:?}");
    }
    bundle
}

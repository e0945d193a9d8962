//! The weekly report's PDF in each of the four languages, from a demo portfolio
//! with clients in China, Poland and Azerbaijan: A4 pages, fonts embedded, and
//! `pdftotext` (poppler-utils) gives back the report's own words — the headings in
//! the language chosen, client names with ą, ł, ş, ə and Chinese characters intact.

#![allow(clippy::unwrap_used, reason = "a test fails loudly on an unexpected error, which is what it is for")]

use std::process::Command;

use fieldbook_core::{ActorId, IsoWeek, Language, MemberCopy, Portfolio, Region, Settings, team_report, week_summary};
use fieldbook_demo::{ClientMix, DemoSpec, generate_demo};
use fieldbook_fixtures::{at, date, shanghai};
use fieldbook_report::{Report, Typesetter, lay_out, lay_out_team};

fn demo() -> Portfolio {
    let mut portfolio = Portfolio::create(&Settings::new("Li Na", Region::Cn), ActorId::random()).unwrap();
    let spec = DemoSpec {
        mix: ClientMix::Regions(vec![Region::Cn, Region::Pl, Region::Az]),
        ..DemoSpec::new(90, 7, date("2026-12-04"))
    };
    generate_demo(&mut portfolio, &spec).unwrap();
    portfolio
}

/// A poppler tool's output on `pdf`.
fn poppler(tool: &str, pdf: &[u8], args: &[&str]) -> String {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), pdf).unwrap();
    let output = Command::new(tool).args(args).arg(file.path()).args((tool == "pdftotext").then_some("-")).output();
    let output = output.unwrap_or_else(|e| panic!("{tool} (apt install poppler-utils): {e}"));
    assert!(output.status.success(), "{tool}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_pdf_in_every_language_gives_back_its_words_on_a4_pages() {
    let portfolio = demo();
    let summary =
        week_summary(&portfolio, "2026-W49".parse::<IsoWeek>().unwrap(), shanghai(), at("2026-12-04T17:00:00+08:00"))
            .unwrap();
    assert!(!summary.outcomes.is_empty(), "the demo made visits that week");
    let typesetter = Typesetter::new();
    for language in [Language::En, Language::ZhCn, Language::Pl, Language::Az] {
        let report = lay_out(&summary, language);
        let pdf = typesetter.pdf(&report).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{language}");
        let info = poppler("pdfinfo", &pdf, &[]);
        assert!(info.contains("(A4)"), "{language}: {info}");
        let pages: usize = info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap();
        assert!((1..=6).contains(&pages), "{language}: {pages} pages");
        let fonts = poppler("pdffonts", &pdf, &[]);
        assert!(
            fonts.lines().skip(2).all(|l| l.contains(" yes yes yes ")),
            "{language}: every font embedded, subset, with Unicode\n{fonts}"
        );
        let text = squeezed(&poppler("pdftotext", &pdf, &["-enc", "UTF-8"]));
        let mut words: Vec<&str> = vec![&report.title, &report.coverage_title, &report.per_day.title];
        words.extend(report.sections.iter().map(|s| s.heading.as_str()));
        words.extend(summary.outcomes.iter().take(10).map(|v| v.client.name.as_str()));
        for word in words {
            assert!(text.contains(&squeezed(word)), "{language}: {word:?} is not in the PDF's text");
        }
    }
}

/// Every word of `report` that is still a message id: a message the layout asks for that no
/// Fluent file has.
fn untranslated(report: &Report) -> Vec<String> {
    let mut words =
        vec![report.title.clone(), report.subtitle.clone(), report.coverage_title.clone(), report.none.clone()];
    words.extend(report.figures.iter().map(|f| f.label.clone()));
    words.extend(report.per_day.legend.iter().cloned());
    for section in &report.sections {
        words.push(section.heading.clone());
        words.extend(section.headers.iter().cloned());
        words.extend(section.rows.iter().flatten().cloned());
    }
    words
        .into_iter()
        .filter(|word| word.contains("report-") || word.contains("care-") || word.contains("purpose-"))
        .collect()
}

#[test]
fn every_word_of_the_week_and_the_team_report_is_translated() {
    let portfolio = demo();
    let now = at("2026-12-04T17:00:00+08:00");
    let week: IsoWeek = "2026-W49".parse().unwrap();
    let summary = week_summary(&portfolio, week, shanghai(), now).unwrap();
    let copy = MemberCopy { owner: "li.na".into(), last_synced: Some(now), summary: summary.clone() };
    let team = team_report(week, vec![copy], now);
    for language in [Language::En, Language::ZhCn, Language::Pl, Language::Az] {
        assert_eq!(untranslated(&lay_out(&summary, language)), Vec::<String>::new(), "{language}: the week");
        assert_eq!(untranslated(&lay_out_team(&team, language)), Vec::<String>::new(), "{language}: the team");
    }
}

#[test]
fn every_script_of_the_three_countries_comes_out_of_the_pdf_as_it_went_in() {
    let portfolio = demo();
    let summary =
        week_summary(&portfolio, "2026-W49".parse::<IsoWeek>().unwrap(), shanghai(), at("2026-12-04T17:00:00+08:00"))
            .unwrap();
    let mut report = lay_out(&summary, Language::Pl);
    let names = ["Zakłady Łódź Gąsiorowski", "Şəki Gəncə İnşaat", "华东电力集团"];
    report.sections[0].rows.extend(names.iter().map(|name| vec![name.to_string(), "1".into()]));
    let text = poppler("pdftotext", &Typesetter::new().pdf(&report).unwrap(), &["-enc", "UTF-8"]);
    for name in names {
        assert!(squeezed(&text).contains(&squeezed(name)), "{name} came out of the PDF wrong:\n{text}");
    }
}

//! The Excel workbook: read back with calamine, an independent reader — a sheet per
//! kind of record with the CSV export's rows, named and headed in the manager's
//! language, and a value that looks like a formula kept as text.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use fieldbook_core::{ActorId, Instant, Language, Portfolio, Region, Settings, Tier};
use fieldbook_fixtures::{add_client, add_key_person, at};
use fieldbook_formats::{export_csv, export_xlsx, import_clients, import_contacts, parse_clients, parse_contacts};

const LANGUAGES: [Language; 4] = [Language::En, Language::ZhCn, Language::Pl, Language::Az];

fn now() -> Instant {
    at("2026-11-27T17:00:00+01:00")
}

/// A portfolio with a client named like a formula, and a contact whose phone starts with `+`.
fn portfolio() -> Portfolio {
    let mut portfolio =
        Portfolio::create(&Settings::new("Anna Kowalska", Region::Pl), ActorId::from(vec![2; 16])).unwrap();
    let orlen = add_client(&mut portfolio, "PKN Orlen", Tier::A);
    add_key_person(&mut portfolio, &orlen, "Jan Nowak", "--05-17");
    let text = "client,name,phones\nPKN Orlen,Ewa Kos,+48 600 100 200\n\"=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",Piotr Lis,\n";
    let names = "name,tier\n\"=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",B\n";
    let clients =
        parse_clients(names, &portfolio, &mut || fieldbook_core::ClientId::from("cl_xlsx000001".to_owned())).unwrap();
    import_clients(&mut portfolio, &clients, "clients.csv").unwrap();
    let mut n = 0;
    let contacts = parse_contacts(text, &portfolio, &mut || {
        n += 1;
        fieldbook_core::ContactId::from(format!("ct_xlsx{n:06}"))
    })
    .unwrap();
    import_contacts(&mut portfolio, &contacts, "contacts.csv").unwrap();
    portfolio
}

fn workbook(portfolio: &Portfolio, language: Language) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(export_xlsx(portfolio, now(), language).unwrap())).unwrap()
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(text) => text.clone(),
        Data::Empty => String::new(),
        other => panic!("every cell is text, found {other:?}"),
    }
}

#[test]
fn a_sheet_per_kind_of_record_named_in_the_managers_language_with_the_csv_rows() {
    let portfolio = portfolio();
    let mut book = workbook(&portfolio, Language::Pl);
    assert_eq!(
        book.sheet_names(),
        ["Klienci", "Kontakty", "Wizyty", "Reklamacje", "Przebieg reklamacji", "Zadania", "Dziennik opieki"]
    );
    let clients = book.worksheet_range("Klienci").unwrap();
    let header: Vec<String> = clients.rows().next().unwrap().iter().map(text).collect();
    assert_eq!(&header[..4], ["ID", "Nazwa", "Branża", "Kategoria"]);
    let csv = export_csv(&portfolio, now()).unwrap();
    for ((file, csv_text), sheet) in csv.iter().zip(book.sheet_names()) {
        let range = book.worksheet_range(&sheet).unwrap();
        let mut reader = csv::Reader::from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
        // The CSV writes a cell that would be a formula behind an apostrophe; the sheet holds it as text.
        let unguarded = |cell: &str| {
            cell.strip_prefix('\'')
                .filter(|rest| rest.starts_with(['=', '+', '-', '@', '\'']))
                .unwrap_or(cell)
                .to_owned()
        };
        let csv_rows: Vec<Vec<String>> =
            reader.records().map(|record| record.unwrap().iter().map(unguarded).collect()).collect();
        let sheet_rows: Vec<Vec<String>> = range.rows().skip(1).map(|row| row.iter().map(text).collect()).collect();
        assert_eq!(sheet_rows, csv_rows, "{sheet} holds what {file} does");
    }
}

#[test]
fn a_value_that_looks_like_a_formula_is_text_and_the_workbook_has_no_formula() {
    let portfolio = portfolio();
    let mut book = workbook(&portfolio, Language::En);
    let clients = book.worksheet_range("Clients").unwrap();
    let names: Vec<String> = clients.rows().skip(1).map(|row| text(&row[1])).collect();
    assert!(names.contains(&"=HYPERLINK(\"http://example.com\",\"x\")".to_owned()), "{names:?}");
    let contacts = book.worksheet_range("Contacts").unwrap();
    let phones = contacts.rows().skip(1).map(|row| text(&row[5])).collect::<Vec<_>>();
    assert!(phones.contains(&"+48 600 100 200".to_owned()), "{phones:?}");
    for sheet in book.sheet_names() {
        let formulas = book.worksheet_formula(&sheet).unwrap();
        assert!(formulas.used_cells().all(|(_, _, formula)| formula.is_empty()), "{sheet} has no formula");
    }
}

#[test]
fn every_header_is_in_words_in_every_language() {
    let portfolio = portfolio();
    let csv = export_csv(&portfolio, now()).unwrap();
    for language in LANGUAGES {
        let mut book = workbook(&portfolio, language);
        for ((file, csv_text), sheet) in csv.iter().zip(book.sheet_names()) {
            assert_ne!(format!("{sheet}.csv"), *file, "{language:?}: the sheet of {file} is named");
            let names = csv_text.trim_start_matches('\u{feff}').lines().next().unwrap().split(',');
            let range = book.worksheet_range(&sheet).unwrap();
            let header = range.rows().next().unwrap().iter().map(text);
            for (name, shown) in names.zip(header) {
                assert_ne!(shown, name, "{language:?}: column {name} of {file} is in words");
            }
        }
    }
}

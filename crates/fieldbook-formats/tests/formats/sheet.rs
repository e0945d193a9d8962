//! Excel import: a workbook's sheet read as the CSV import reads a file — the same
//! headers, cells, row checks and all or nothing — its cells as Excel stores them
//! (dates, numbers, booleans, errors) and its rows numbered as Excel shows them. The
//! workbooks are LibreOffice's (`tests/fixtures/README.md`) and rust_xlsxwriter's.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use fieldbook_core::{
    ActorId, Birthday, Client, ClientId, Contact, ContactId, GeoPoint, Money, Portfolio, Region, Settings, Tier,
};
use fieldbook_fixtures::{add_client, date};
use fieldbook_formats::{
    ClientImport, ImportError, RowError, Sheet, import_clients, parse_clients, parse_contacts, read_sheet,
};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

const CLIENTS_ZH: &[u8] = include_bytes!("../fixtures/clients-zh.xlsx");
const CONTACTS_PL: &[u8] = include_bytes!("../fixtures/contacts-pl.xlsx");
const BAD_ROWS: &[u8] = include_bytes!("../fixtures/bad-rows.xlsx");

fn portfolio_in(region: Region) -> Portfolio {
    Portfolio::create(&Settings::new("Li Na", region), ActorId::from(vec![3; 16])).unwrap()
}

/// What importing the clients of `sheet` into `portfolio` would do.
fn client_plan(sheet: &Sheet, portfolio: &Portfolio) -> Result<ClientImport, ImportError> {
    let mut n = 0;
    parse_clients(sheet, portfolio, &mut || {
        n += 1;
        ClientId::from(format!("cl_xlsx{n:06}"))
    })
}

/// The clients `sheet` adds to `portfolio`.
fn clients(sheet: &Sheet, portfolio: &Portfolio) -> Result<Vec<Client>, ImportError> {
    client_plan(sheet, portfolio).map(|plan| plan.added)
}

fn contacts(sheet: &Sheet, portfolio: &Portfolio) -> Result<Vec<Contact>, ImportError> {
    let mut n = 0;
    parse_contacts(sheet, portfolio, &mut || {
        n += 1;
        ContactId::from(format!("ct_xlsx{n:06}"))
    })
}

/// The cell at `cell` (`D2`) of sheet `name` as calamine reads it: what the fixture really holds.
fn stored(workbook: &[u8], name: &str, cell: &str) -> Data {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(workbook)).unwrap();
    let range = workbook.worksheet_range(name).unwrap();
    let column = u32::from(cell.as_bytes()[0] - b'A');
    let row: u32 = cell[1..].parse::<u32>().unwrap() - 1;
    range.get_value((row, column)).cloned().unwrap_or(Data::Empty)
}

fn row_errors<T: std::fmt::Debug>(result: Result<T, ImportError>) -> Vec<String> {
    match result {
        Err(ImportError::Rows(errors)) => errors.iter().map(RowError::to_string).collect(),
        other => panic!("expected row errors, got {other:?}"),
    }
}

#[test]
fn reads_clients_from_the_first_sheet_with_chinese_headers_and_typed_cells() {
    assert!(matches!(stored(CLIENTS_ZH, "客户", "D2"), Data::DateTime(_)), "the contract start is a date cell");
    assert_eq!(stored(CLIENTS_ZH, "客户", "F2"), Data::Float(12500.0), "the arrears a number shown 12,500.00");
    let sheet = read_sheet(CLIENTS_ZH, None).unwrap();
    assert_eq!(sheet.name(), "客户");
    let parsed = clients(&sheet, &portfolio_in(Region::Cn)).unwrap();
    let [power, tea, steel] = parsed.as_slice() else { panic!("three clients expected, got {parsed:?}") };
    assert_eq!((power.name.as_str(), power.tier, power.industry.as_str()), ("华东电力集团", Tier::A, "能源"));
    assert_eq!((power.contract_start, power.contract_end), (Some(date("2025-01-01")), Some(date("2027-12-31"))));
    assert_eq!(power.arrears, Some(Money::parse("12500", "CNY").unwrap()));
    assert_eq!(power.arrears_due, Some(date("2026-04-30")));
    assert_eq!(power.location, Some(GeoPoint::new(31.2304, 121.4737).unwrap()));
    assert_eq!(power.tags, ["重点", "国企"]);
    assert_eq!(tea.arrears.as_ref().map(ToString::to_string).as_deref(), Some("0.30 CNY"), "=0.1+0.2");
    assert_eq!((steel.tier, steel.contract_start), (Tier::C, Some(date("2024-07-15"))));
}

#[test]
fn reads_contacts_from_the_sheet_named_with_phones_stored_as_numbers_and_booleans() {
    assert_eq!(stored(CLIENTS_ZH, "联系人", "E2"), Data::Float(13_800_000_000.0));
    assert_eq!(stored(CLIENTS_ZH, "联系人", "D2"), Data::Bool(true));
    let mut portfolio = portfolio_in(Region::Cn);
    let power = add_client(&mut portfolio, "华东电力集团", Tier::A);
    let tea = add_client(&mut portfolio, "杭州西湖茶业", Tier::B);
    let sheet = read_sheet(CLIENTS_ZH, Some("联系人")).unwrap();
    let parsed = contacts(&sheet, &portfolio).unwrap();
    let [zhang, li] = parsed.as_slice() else { panic!("two contacts expected, got {parsed:?}") };
    assert_eq!((&zhang.client_id, zhang.name.as_str(), zhang.key_person), (&power, "张伟", true));
    assert_eq!(zhang.phones, ["13800000000"]);
    assert_eq!(zhang.birthday, Some(Birthday::Lunar { year: None, month: 8, day: 15, leap: false }));
    assert_eq!((&li.client_id, li.key_person, li.phones.as_slice()), (&tea, false, &["13912345678".to_owned()][..]));
    assert_eq!(li.birthday, Some(Birthday::Gregorian { year: Some(1980), month: 5, day: 17 }));
}

#[test]
fn reads_polish_headers_and_a_birthday_stored_as_a_date() {
    assert!(matches!(stored(CONTACTS_PL, "contacts-pl", "F2"), Data::DateTime(_)), "the birthday is a date cell");
    let mut portfolio = portfolio_in(Region::Pl);
    let orlen = add_client(&mut portfolio, "PKN Orlen", Tier::A);
    add_client(&mut portfolio, "Wisła Logistics", Tier::B);
    let sheet = read_sheet(CONTACTS_PL, Some("CONTACTS-PL")).unwrap();
    assert_eq!(sheet.name(), "contacts-pl", "a sheet is named ignoring case, as Excel does");
    let parsed = contacts(&sheet, &portfolio).unwrap();
    let [anna, jan] = parsed.as_slice() else { panic!("two contacts expected, got {parsed:?}") };
    assert_eq!((&anna.client_id, anna.name.as_str(), anna.title.as_str()), (&orlen, "Anna Nowak", "dyrektor"));
    assert_eq!((anna.key_person, anna.phones.as_slice()), (true, &["600100200".to_owned()][..]));
    assert_eq!(anna.birthday, Some(Birthday::Gregorian { year: Some(1980), month: 5, day: 17 }));
    assert_eq!((jan.key_person, jan.birthday.map(|b| b.to_string())), (false, Some("1975-11-02".to_owned())));
    assert_eq!(jan.notes.as_str(), "lubi kawę");
}

#[test]
fn names_every_bad_row_by_the_row_number_excel_shows_and_imports_nothing() {
    assert!(matches!(stored(BAD_ROWS, "Klienci", "E7"), Data::Error(_)), "E7 holds =NA()");
    let mut portfolio = portfolio_in(Region::Pl);
    let heads = portfolio.heads();
    let sheet = read_sheet(BAD_ROWS, None).unwrap();
    let result = clients(&sheet, &portfolio);
    // The sheet starts at B3: two empty rows and an empty column before the header.
    assert_eq!(
        row_errors(result),
        [
            "line 5: tier: 'E' is not one of A, B, C, D",
            "line 6: name: must not be empty",
            "line 7: arrears: cell E7 holds the error #N/A",
        ]
    );
    assert_eq!(portfolio.heads(), heads);
    assert!(portfolio.records::<Client>().unwrap().is_empty(), "not even the good row on line 4");

    // The same sheet, its bad rows mended by hand, imports in one commit.
    let good =
        workbook(&[&["name", "tier", "contract start"], &["Good Co", "A", "2025-01-01"], &["Other Co", "B", ""]]);
    let parsed = client_plan(&read_sheet(&good, None).unwrap(), &portfolio).unwrap();
    assert_eq!(import_clients(&mut portfolio, &parsed, "bad-rows.xlsx").unwrap(), 2);
    assert_eq!(portfolio.history().last().unwrap(), "Import 2 clients from bad-rows.xlsx");
}

/// A workbook of one sheet `Arkusz1` holding `rows` as text cells, written by rust_xlsxwriter.
fn workbook(rows: &[&[&str]]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("Arkusz1").unwrap();
    for (row, cells) in (0u32..).zip(rows) {
        for (column, cell) in (0u16..).zip(cells.iter()) {
            sheet.write_string(row, column, *cell).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

#[test]
fn numbers_dates_and_booleans_are_read_as_excel_keeps_them() {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let headers = ["name", "tier", "arrears", "latitude", "longitude", "contract start", "contract end", "industry"];
    for (column, header) in (0u16..).zip(headers) {
        sheet.write_string(0, column, header).unwrap();
    }
    let money = Format::new().set_num_format("#,##0.00");
    let day = Format::new().set_num_format("yyyy/m/d");
    sheet.write_string(1, 0, "Sum Co").unwrap();
    sheet.write_string(1, 1, "A").unwrap();
    sheet.write_number(1, 2, 0.1 + 0.2).unwrap();
    sheet.write_number(1, 3, 52.2297).unwrap();
    sheet.write_number(1, 4, 21.0122).unwrap();
    sheet.write_datetime_with_format(1, 5, ExcelDateTime::from_ymd(2025, 1, 1).unwrap(), &day).unwrap();
    let midnight = ExcelDateTime::from_ymd(2026, 12, 31).unwrap().and_hms(0, 0, 0).unwrap();
    sheet.write_datetime_with_format(1, 6, midnight, &day).unwrap();
    sheet.write_boolean(1, 7, true).unwrap();
    sheet.write_string(2, 0, "Round Co").unwrap();
    sheet.write_string(2, 1, "D").unwrap();
    sheet.write_number_with_format(2, 2, 12500.0, &money).unwrap();
    sheet.write_number(2, 7, 1e15).unwrap();
    let bytes = workbook.save_to_buffer().unwrap();
    assert_eq!(stored(&bytes, "Sheet1", "C2"), Data::Float(0.30000000000000004));

    let parsed = clients(&read_sheet(&bytes, None).unwrap(), &portfolio_in(Region::Pl));
    let [sum, round] = parsed.as_deref().unwrap() else { panic!("{parsed:?}") };
    assert_eq!(sum.arrears.as_ref().map(ToString::to_string).as_deref(), Some("0.30 PLN"));
    assert_eq!(sum.location, Some(GeoPoint::new(52.2297, 21.0122).unwrap()));
    assert_eq!((sum.contract_start, sum.contract_end), (Some(date("2025-01-01")), Some(date("2026-12-31"))));
    assert_eq!(sum.industry, "yes");
    assert_eq!(round.arrears.as_ref().map(ToString::to_string).as_deref(), Some("12500.00 PLN"));
    assert_eq!(round.industry, "1000000000000000", "no exponent");
}

#[test]
fn a_sheet_the_workbook_lacks_is_refused_naming_the_sheets_it_has() {
    let error = read_sheet(CLIENTS_ZH, Some("Klienci")).err().unwrap();
    assert!(
        matches!(&error, ImportError::NoSuchSheet { name, sheets } if name == "Klienci" && sheets == &["客户", "联系人"]),
        "{error:?}"
    );
    assert_eq!(error.to_string(), "the workbook has no sheet 'Klienci'; its sheets are: 客户, 联系人");
}

#[test]
fn bytes_that_are_no_workbook_are_refused_as_such() {
    for bytes in [&b"name,tier\nOrlen,A\n"[..], b"PK\x03\x04 a zip archive cut short", b""] {
        let error = read_sheet(bytes, None).err().unwrap();
        assert!(matches!(error, ImportError::Workbook { .. }), "{error:?}");
        assert!(error.to_string().starts_with("the file is not an Excel workbook (.xlsx) Fieldbook can read: "));
    }
}

#[test]
fn an_empty_sheet_or_one_without_rows_is_refused_as_an_empty_csv_file_is() {
    let empty = clients(&read_sheet(&workbook(&[]), None).unwrap(), &portfolio_in(Region::Pl));
    assert!(matches!(empty, Err(ImportError::Empty)), "{empty:?}");
    let header_only = clients(
        &read_sheet(&workbook(&[&["", ""], &["Nazwa", "Kategoria"]]), None).unwrap(),
        &portfolio_in(Region::Pl),
    );
    assert!(matches!(header_only, Err(ImportError::NoRows)), "{header_only:?}");
    let unknown = clients(
        &read_sheet(&workbook(&[&[], &["Nazwa", "Kolor"], &["Orlen", "red"]]), None).unwrap(),
        &portfolio_in(Region::Pl),
    );
    assert!(matches!(&unknown, Err(ImportError::Header { line: 2, .. })), "the header on row 2: {unknown:?}");
}

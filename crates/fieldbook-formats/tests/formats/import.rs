//! CSV import: decoding, header mapping, row checks with physical line numbers,
//! and all-or-nothing writing.

use fieldbook_core::{
    ActorId, Birthday, Client, ClientId, ClientStatus, Contact, ContactId, GeoPoint, Money, Portfolio, Region,
    Settings, Tier,
};
use fieldbook_fixtures::date;
use fieldbook_formats::{
    ClientImport, FieldChange, HeaderProblem, ImportError, RowError, SourceEncoding, decode_csv, import_clients,
    import_contacts, parse_clients, parse_contacts,
};

fn portfolio_in(region: Region) -> Portfolio {
    Portfolio::create(&Settings::new("Li Na", region), ActorId::from(vec![1; 16])).unwrap()
}

fn portfolio() -> Portfolio {
    portfolio_in(Region::Cn)
}

/// Client ids `cl_test000001`, `cl_test000002`, …
fn client_ids() -> impl FnMut() -> ClientId {
    let mut n = 0;
    move || {
        n += 1;
        ClientId::from(format!("cl_test{n:06}"))
    }
}

/// Contact ids `ct_test000001`, `ct_test000002`, …
fn contact_ids() -> impl FnMut() -> ContactId {
    let mut n = 0;
    move || {
        n += 1;
        ContactId::from(format!("ct_test{n:06}"))
    }
}

/// The clients a file adds to `portfolio`.
fn clients(text: &str, portfolio: &Portfolio) -> Result<Vec<Client>, ImportError> {
    client_plan(text, portfolio).map(|plan| plan.added)
}

/// What importing a file of clients into `portfolio` would do.
fn client_plan(text: &str, portfolio: &Portfolio) -> Result<ClientImport, ImportError> {
    parse_clients(text, portfolio, &mut client_ids())
}

fn contacts(text: &str, portfolio: &Portfolio) -> Result<Vec<Contact>, ImportError> {
    parse_contacts(text, portfolio, &mut contact_ids())
}

/// The row errors of a failed import, as displayed.
fn row_errors<T: std::fmt::Debug>(result: Result<T, ImportError>) -> Vec<String> {
    match result {
        Err(ImportError::Rows(errors)) => errors.iter().map(RowError::to_string).collect(),
        other => panic!("expected row errors, got {other:?}"),
    }
}

/// A portfolio holding 华东电力集团 (tier A) and Wisła Logistics (tier B).
fn portfolio_with_clients() -> Portfolio {
    let mut portfolio = portfolio();
    let parsed = client_plan("name,tier\n华东电力集团,A\nWisła Logistics,B\n", &portfolio).unwrap();
    import_clients(&mut portfolio, &parsed, "clients.csv").unwrap();
    portfolio
}

#[test]
fn decodes_utf8_with_a_byte_order_mark_and_drops_the_mark() {
    let (text, encoding) = decode_csv(b"\xEF\xBB\xBFname,tier\n").unwrap();
    assert_eq!((text.as_str(), encoding), ("name,tier\n", SourceEncoding::Utf8WithBom));
    assert_eq!(encoding.to_string(), "UTF-8 with BOM");
}

#[test]
fn decodes_plain_utf8() {
    let (text, encoding) = decode_csv("客户名称,等级\n".as_bytes()).unwrap();
    assert_eq!((text.as_str(), encoding), ("客户名称,等级\n", SourceEncoding::Utf8));
}

#[test]
fn decodes_gb18030_when_the_bytes_are_not_utf8() {
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode("客户名称,等级\n华东电力集团,A类\n");
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err());
    let (text, encoding) = decode_csv(&bytes).unwrap();
    assert_eq!((text.as_str(), encoding), ("客户名称,等级\n华东电力集团,A类\n", SourceEncoding::Gb18030));
    assert_eq!(encoding.to_string(), "GB18030");
}

#[test]
fn decodes_utf16_with_a_byte_order_mark() {
    let text = "name\ttier\nŁódź Energia\tA\n";
    let little: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let big: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    assert_eq!(decode_csv(&little).unwrap(), (text.to_string(), SourceEncoding::Utf16Le));
    assert_eq!(decode_csv(&big).unwrap(), (text.to_string(), SourceEncoding::Utf16Be));
}

#[test]
fn refuses_bytes_that_are_no_known_text() {
    assert!(matches!(decode_csv(b"name\n\xFF\xFF\n"), Err(ImportError::Undecodable)));
    assert!(matches!(
        decode_csv(b"\xEF\xBB\xBFname\n\xFF\n"),
        Err(ImportError::BrokenEncoding(SourceEncoding::Utf8WithBom))
    ));
}

#[test]
fn reads_every_client_field_from_english_headers() {
    let text = "\
Name,Industry,Tier,Status,Address,Latitude,Longitude,Office Hours,Contract Start,Contract End,Arrears,Currency,Arrears Due,Tags,Competitor Notes
Wisła Logistics,logistics,b,at risk,ul. Marszałkowska 1,52.2297,21.0122,08:00-16:00,2025-01-01,2026-12-31,1234.5,pln,2026-03-31,key; port,Orange offered 10% off
";
    let parsed = clients(text, &portfolio()).unwrap();
    let expected = Client {
        industry: "logistics".into(),
        status: ClientStatus::AtRisk,
        address: "ul. Marszałkowska 1".into(),
        location: Some(GeoPoint::new(52.2297, 21.0122).unwrap()),
        office_hours: Some("08:00-16:00".parse().unwrap()),
        contract_start: Some(date("2025-01-01")),
        contract_end: Some(date("2026-12-31")),
        arrears: Some(Money::parse("1234.50", "PLN").unwrap()),
        arrears_due: Some(date("2026-03-31")),
        tags: vec!["key".into(), "port".into()],
        competitor_notes: fieldbook_core::Text::with_value("Orange offered 10% off"),
        ..Client::new(ClientId::from("cl_test000001".to_string()), "Wisła Logistics", Tier::B)
    };
    // The client also records each field's text as imported, for the next import to compare with.
    let imported = |client: &Client| client.imported.get("arrears").cloned();
    assert_eq!(imported(&parsed[0]).as_deref(), Some("1234.50 PLN"));
    assert_eq!(parsed[0].imported.len(), 13, "every field the row fills: {:?}", parsed[0].imported);
    let mut read = parsed[0].clone();
    read.imported.clear();
    assert_eq!(vec![read], vec![expected]);
}

#[test]
fn reads_chinese_headers_and_the_way_chinese_spreadsheets_write_values() {
    let text = "\
客户名称,行业,客户等级,状态,地址,纬度,经度,办公时间,合同开始,合同结束,欠费,缴费期限,标签,竞争对手
华东电力集团,能源,A类,正常,上海市浦东新区,31.2304,121.4737,9：00～17：30,2025/1/1,2027年12月31日,\"12,500.00\",2026/4/30,重点；国企、华东,移动报价低
杭州西湖茶业,农业,B级,离网预警,,,,,,,¥800,2026-05-01,,
";
    let parsed = clients(text, &portfolio()).unwrap();
    let [power, tea] = parsed.as_slice() else { panic!("two clients expected, got {parsed:?}") };
    assert_eq!((power.name.as_str(), power.tier, power.status), ("华东电力集团", Tier::A, ClientStatus::Active));
    assert_eq!(power.office_hours.unwrap().to_string(), "09:00-17:30");
    assert_eq!((power.contract_start, power.contract_end), (Some(date("2025-01-01")), Some(date("2027-12-31"))));
    assert_eq!(power.arrears, Some(Money::parse("12500", "CNY").unwrap()));
    assert_eq!(power.tags, ["重点", "国企", "华东"]);
    assert_eq!(power.competitor_notes.as_str(), "移动报价低");
    assert_eq!((tea.tier, tea.status, tea.location), (Tier::B, ClientStatus::AtRisk, None));
    assert_eq!(tea.arrears.as_ref().unwrap().to_string(), "800.00 CNY");
}

#[test]
fn reads_a_polish_excel_file_with_semicolons_and_decimal_commas() {
    let text = "Nazwa;Kategoria;Szerokość;Długość;Zaległości;Termin płatności\n\
                Wisła Logistics;A;52,2297;21,0122;1 234,50;2026-03-31\n\
                Łódź Energia;C;;;150 zł;2026-04-15\n";
    let parsed = clients(text, &portfolio_in(Region::Pl)).unwrap();
    assert_eq!(parsed[0].location, Some(GeoPoint::new(52.2297, 21.0122).unwrap()));
    assert_eq!(parsed[0].arrears.as_ref().unwrap().to_string(), "1234.50 PLN");
    assert_eq!(parsed[1].arrears.as_ref().unwrap().to_string(), "150.00 PLN");
}

#[test]
fn arrears_without_a_currency_are_in_the_regions_currency_and_zero_means_none() {
    let text = "name,tier,arrears,arrears due\nNeftçala Port,A,80,2026-06-01\nGəncə Su,B,0,\n";
    let parsed = clients(text, &portfolio_in(Region::Az)).unwrap();
    assert_eq!(parsed[0].arrears.as_ref().unwrap().to_string(), "80.00 AZN");
    assert_eq!(parsed[1].arrears, None);
}

#[test]
fn reads_a_gb18030_encoded_file_with_chinese_headers_and_values() {
    let (bytes, _, _) =
        encoding_rs::GB18030.encode("客户名称,等级,地址,标签\n华东电力集团,A级,上海市浦东新区,重点、国企\n");
    let (text, encoding) = decode_csv(&bytes).unwrap();
    assert_eq!(encoding, SourceEncoding::Gb18030);
    let parsed = clients(&text, &portfolio()).unwrap();
    assert_eq!((parsed[0].name.as_str(), parsed[0].tier), ("华东电力集团", Tier::A));
    assert_eq!(
        (parsed[0].address.as_str(), parsed[0].tags.as_slice()),
        ("上海市浦东新区", &["重点".to_string(), "国企".to_string()][..])
    );
}

#[test]
fn reads_the_checked_in_gbk_fixture_saved_by_chinese_excel() {
    let bytes = include_bytes!("../fixtures/clients-gbk.csv");
    let (text, encoding) = decode_csv(bytes).unwrap();
    assert_eq!(encoding, SourceEncoding::Gb18030);
    let parsed = clients(&text, &portfolio()).unwrap();
    let summary: Vec<String> = parsed
        .iter()
        .map(|c| {
            let arrears = c
                .arrears
                .as_ref()
                .map(|a| format!("{a} due {}", c.arrears_due.map(|d| d.to_string()).unwrap_or_default()));
            format!("{} {} {} {:?} {:?} {:?}", c.id, c.tier, c.status, c.name, c.tags, arrears)
        })
        .collect();
    assert_eq!(
        summary,
        [
            r#"cl_test000001 A active "华东电力集团" ["重点", "国企"] Some("12500.00 CNY due 2026-04-30")"#,
            r#"cl_test000002 B at_risk "杭州西湖茶业有限公司" ["茶叶", "出口"] None"#,
            r#"cl_test000003 C lost "南京钢铁股份" [] None"#,
        ]
    );
    assert_eq!(parsed[1].office_hours.unwrap().to_string(), "08:30-17:30");
    assert_eq!(parsed[0].contract_end, Some(date("2027-12-31")));
    assert_eq!(parsed[2].competitor_notes.as_str(), "电信在谈");
}

#[test]
fn reports_every_bad_row_by_its_physical_line_even_after_a_multi_line_cell() {
    let text = "\
name,tier,address,contract start,contract end,latitude,longitude
华东电力集团,A,\"上海市
浦东新区
世纪大道100号\",2025-01-01,2027-12-31,31.2,121.4
Bad Tier,E,,,,,
,B,,,,,
Backwards,C,,2026-01-01,2025-01-01,,
Half a point,D,,,,31.2,
Everything wrong,X,,2026-13-01,,95,200
";
    assert_eq!(
        row_errors(clients(text, &portfolio())),
        [
            "line 5: tier: 'E' is not one of A, B, C, D",
            "line 6: name: must not be empty",
            "line 7: contract_end: 2025-01-01 is before the contract start 2026-01-01",
            "line 8: longitude: must be given with the latitude",
            "line 9: tier: 'X' is not one of A, B, C, D",
            "line 9: latitude: 95 is outside -90..90",
            "line 9: longitude: 200 is outside -180..180",
            "line 9: contract_start: '2026-13-01' is not a date (YYYY-MM-DD)",
        ]
    );
}

#[test]
fn reports_the_lines_the_file_shows_whatever_its_line_ends() {
    for end in ["\n", "\r\n", "\r"] {
        let lines = ["name,tier,address", "华东电力集团,A,\"上海市", "浦东新区\"", "", "Bad Tier,E,", ",B,"];
        let text = lines.join(end) + end;
        let errors = row_errors(clients(&text, &portfolio()));
        assert_eq!(
            errors,
            ["line 5: tier: 'E' is not one of A, B, C, D", "line 6: name: must not be empty"],
            "{end:?}"
        );

        let error = clients(&["", "", "name,colour", "A Corp,red"].join(end), &portfolio()).unwrap_err();
        assert!(matches!(error, ImportError::Header { line: 3, .. }), "{end:?}: {error:?}");
    }
}

#[test]
fn an_unclosed_quote_is_named_with_the_line_it_opens_on() {
    for end in ["\n", "\r\n"] {
        let lines =
            ["name,tier,address", "Screen 5\" Co,A,\"ul. \"\"Długa\"\" 1\"", "Wisła,B,\"ul. Krótka 2", "Orlen,C,Płock"];
        let error = clients(&(lines.join(end) + end), &portfolio()).unwrap_err();
        assert!(matches!(error, ImportError::UnclosedQuote { line: 3 }), "{end:?}: {error:?}");
        assert_eq!(
            error.to_string(),
            "line 3: the quote (\") opening a cell here is never closed, so the rest of the file would be that one cell; close it, and double a quote inside a cell (\"\")"
        );
    }
}

#[test]
fn an_error_lists_its_rows_one_per_line() {
    let error = clients("name,tier\nA Corp,E\nB Corp,F\n", &portfolio()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "2 problems in the file, nothing was imported:\nline 2: tier: 'E' is not one of A, B, C, D\nline 3: tier: 'F' is not one of A, B, C, D"
    );
}

#[test]
fn names_unknown_and_missing_columns_on_line_1() {
    let error = clients("name,tier,colour,客户名称\n", &portfolio()).unwrap_err();
    let ImportError::Header { line, problems, .. } = &error else { panic!("{error:?}") };
    assert_eq!(line, &1);
    assert_eq!(
        problems,
        &[
            HeaderProblem::Unknown("colour".into()),
            HeaderProblem::Repeated { column: "name", header: "客户名称".into() }
        ]
    );
    assert!(error.to_string().starts_with("line 1: unknown column 'colour'; column '客户名称' repeats the name column; the columns are: id, name, industry, tier"));

    let error = clients("客户名称,行业\n华东电力集团,能源\n", &portfolio()).unwrap_err();
    assert!(matches!(&error, ImportError::Header { problems, .. } if problems == &[HeaderProblem::Missing("tier")]));
    let error = contacts("name,phone\nZhang Wei,13800000000\n", &portfolio()).unwrap_err();
    assert!(matches!(&error, ImportError::Header { problems, .. } if problems == &[HeaderProblem::Missing("client")]));
}

#[test]
fn names_a_header_line_without_column_names() {
    let error = clients(",,\nA Corp,A,\n", &portfolio()).unwrap_err();
    assert!(matches!(&error, ImportError::Header { line: 1, problems, .. } if problems == &[HeaderProblem::Blank]));
    assert!(error.to_string().starts_with("line 1: the header line names no columns; the columns are: id, name"));
}

#[test]
fn refuses_a_file_without_data_rows() {
    assert!(matches!(clients("", &portfolio()), Err(ImportError::Empty)));
    assert!(matches!(clients("name,tier\n", &portfolio()), Err(ImportError::NoRows)));
    assert!(matches!(clients("\u{feff}name,tier\r\n,\r\n,\r\n", &portfolio()), Err(ImportError::NoRows)));
}

#[test]
fn refuses_a_value_in_a_column_without_a_header() {
    assert_eq!(
        row_errors(clients("name,tier,\nA Corp,A,\nB Corp,B,oops\nC Corp,C,,extra\nD Corp,D,,,\n", &portfolio())),
        [
            "line 3: column 3 has a value, but its header on line 1 is empty",
            "line 4: has 4 cells, but the header has 3",
        ]
    );
}

#[test]
fn a_row_ending_before_a_required_column_says_so() {
    assert_eq!(
        row_errors(clients("name,tier,address\nA Corp\nB Corp,,Płock\nC Corp,C\n", &portfolio())),
        ["line 2: tier: the row ends before this column (1 cell, the header has 3)", "line 3: tier: must not be empty",]
    );
}

#[test]
fn refuses_client_names_repeated_in_the_file_and_matches_those_already_in_the_portfolio() {
    let portfolio = portfolio_with_clients();
    let text = "name,tier\nNew Co,A\n  new co ,B\n华东电力集团,A\nwisła logistics,C\nNEW CO,D\n";
    assert_eq!(
        row_errors(clients(text, &portfolio)),
        ["line 3: name: 'new co' is already on line 2", "line 6: name: 'NEW CO' is already on line 2"]
    );
    // A client already here is the one the row is about (see the re-import tests), not a refusal.
    let plan = client_plan("name,tier\n华东电力集团,A\nwisła logistics,C\n", &portfolio).unwrap();
    assert_eq!((plan.added.len(), plan.unchanged.len(), plan.changed.len()), (0, 1, 1));
}

#[test]
fn keeps_ids_given_in_the_file_and_refuses_reused_ones() {
    let portfolio = portfolio_with_clients();
    let parsed = clients("id,name,tier\ncl_abc0000001,New Co,A\n,Other Co,B\n", &portfolio).unwrap();
    assert_eq!(parsed[0].id.as_ref(), "cl_abc0000001");
    assert_eq!(parsed[1].id.as_ref(), "cl_test000001");

    let text = "id,name,tier\ncl_abc0000001,One,A\ncl_abc0000001,Two,A\ncl_test000001,Three,A\nct_abc0000001,Four,A\n";
    assert_eq!(
        row_errors(clients(text, &portfolio)),
        [
            "line 3: id: cl_abc0000001 is already on line 2",
            "line 5: id: 'ct_abc0000001' is not an id like cl_k3v9q2m7xa"
        ]
    );
    // The id of a client here names that client: the row changes it (its name, here).
    let plan = client_plan("id,name,tier\ncl_test000001,Three,A\n", &portfolio).unwrap();
    let name = FieldChange {
        field: fieldbook_core::ClientField::Name,
        from: "华东电力集团".to_owned(),
        to: "Three".to_owned(),
    };
    assert_eq!(plan.changed[0].fields, [name]);
}

#[test]
fn refuses_a_due_date_without_arrears_or_an_unreadable_amount() {
    let text = "name,tier,arrears,currency,arrears due\nA Corp,A,,,2026-01-01\nB Corp,B,1.234,,2026-01-01\nC Corp,C,-5,,2026-01-01\nD Corp,D,5,EURO,2026-01-01\n";
    assert_eq!(
        row_errors(clients(text, &portfolio())),
        [
            "line 2: arrears_due: is set but there are no arrears",
            "line 3: arrears: '1.234' is not an amount with at most two decimals",
            "line 4: arrears: '-5 CNY' is negative",
            "line 5: arrears: 'EURO' is not a three-letter currency code",
        ]
    );
}

#[test]
fn reads_contacts_with_chinese_headers_and_lunar_birthdays() {
    let portfolio = portfolio_with_clients();
    let wisla = portfolio.records::<Client>().unwrap().into_iter().find(|c| c.name == "Wisła Logistics").unwrap();
    let text = format!(
        "客户名称,姓名,职务,关键人,手机,邮箱,生日,喜好,备注\n\
         华东电力集团,张伟,总经理,是,13800000000/021-55550000,zhang.wei@hdpower.cn,农历八月十五,喜欢绿茶；不喝酒,\"春节前拜访\"\n\
         {},Anna Nowak,dyrektor,tak,+48 600 100 200,,--05-17,,\n\
         wisła logistics  ,Piotr Zieliński,,nie,,,lunar:leap:04-12,,\n",
        wisla.id
    );
    let parsed = contacts(&text, &portfolio).unwrap();
    let power = portfolio.records::<Client>().unwrap().into_iter().find(|c| c.name == "华东电力集团").unwrap();
    let zhang = &parsed[0];
    assert_eq!(zhang.client_id, power.id);
    assert_eq!((zhang.name.as_str(), zhang.title.as_str(), zhang.key_person), ("张伟", "总经理", true));
    assert_eq!(zhang.phones, ["13800000000", "021-55550000"]);
    assert_eq!(zhang.email.as_deref(), Some("zhang.wei@hdpower.cn"));
    assert_eq!(zhang.birthday, Some(Birthday::Lunar { year: None, month: 8, day: 15, leap: false }));
    assert_eq!(zhang.preferences, ["喜欢绿茶", "不喝酒"]);
    assert_eq!(zhang.notes.as_str(), "春节前拜访");
    assert_eq!((parsed[1].client_id.clone(), parsed[1].key_person), (wisla.id.clone(), true));
    assert_eq!(parsed[1].birthday, Some(Birthday::Gregorian { year: None, month: 5, day: 17 }));
    assert_eq!((parsed[2].client_id.clone(), parsed[2].key_person), (wisla.id, false));
    assert_eq!(parsed[2].birthday.unwrap().to_string(), "lunar:leap:04-12");
    assert_eq!(
        parsed.iter().map(|c| c.id.as_ref()).collect::<Vec<_>>(),
        ["ct_test000001", "ct_test000002", "ct_test000003"]
    );
}

#[test]
fn reports_every_bad_contact_row() {
    let mut portfolio = portfolio_with_clients();
    let twin = Client::new(ClientId::from("cl_twin000001".to_string()), " 华东电力集团 ", Tier::C);
    portfolio.add(twin).unwrap();
    let text = "\
client,name,key person,phone,email,birthday
Wisła Logistics,Anna Nowak,maybe,,,
Nobody Ltd,Jan Kowalski,,,,
华东电力集团,张伟,,,,
Wisła Logistics,,,12,not-an-email,农历十三月初一
Wisła Logistics,anna nowak,,,,
";
    assert_eq!(
        row_errors(contacts(text, &portfolio)),
        [
            "line 2: key_person: 'maybe' is not yes or no",
            "line 3: client: no client is named 'Nobody Ltd' or has that id",
            "line 4: client: several clients are named '华东电力集团' (cl_test000001, cl_twin000001); give the client's id",
            "line 5: name: must not be empty",
            "line 5: birthday: lunar month must be 1–12 and day 1–30, got 13/1",
            "line 6: name: 'anna nowak' of this client is already on line 2",
        ]
    );
}

#[test]
fn a_contact_row_that_passes_its_cells_is_still_validated_as_a_record() {
    let portfolio = portfolio_with_clients();
    let text = "client,name,phone,email\nWisła Logistics,Anna Nowak,12,\nWisła Logistics,Jan Nowak,,jan@\n";
    assert_eq!(
        row_errors(contacts(text, &portfolio)),
        ["line 2: phones: '12' is not a phone number", "line 3: email: 'jan@' is not an email address"]
    );
}

#[test]
fn refuses_a_contact_already_in_the_portfolio() {
    let mut portfolio = portfolio_with_clients();
    let parsed = contacts("client,name\nWisła Logistics,Anna Nowak\n", &portfolio).unwrap();
    import_contacts(&mut portfolio, &parsed, "contacts.csv").unwrap();
    let errors = row_errors(contacts("client,name\nWisła Logistics, ANNA NOWAK \n", &portfolio));
    assert_eq!(errors, ["line 2: name: this client already has a contact named 'Anna Nowak' (ct_test000001)"]);
}

#[test]
fn a_successful_import_is_exactly_one_commit() {
    let mut portfolio = portfolio();
    let before = portfolio.history().len();
    let parsed = client_plan("name,tier\n华东电力集团,A\n杭州西湖茶业,B\n南京钢铁,C\n", &portfolio).unwrap();
    assert_eq!(import_clients(&mut portfolio, &parsed, "客户.csv").unwrap(), 3);
    let history = portfolio.history();
    assert_eq!(history.len(), before + 1);
    assert_eq!(history.last().unwrap(), "Import 3 clients from 客户.csv");
    assert_eq!(portfolio.records::<Client>().unwrap(), parsed.added);

    let people = contacts("client,name\n南京钢铁,王芳\n", &portfolio).unwrap();
    assert_eq!(import_contacts(&mut portfolio, &people, "contacts.csv").unwrap(), 1);
    assert_eq!(portfolio.history().last().unwrap(), "Import 1 contact from contacts.csv");
    assert_eq!(portfolio.history().len(), before + 2);
}

#[test]
fn nothing_is_written_when_a_row_is_bad() {
    let mut portfolio = portfolio_with_clients();
    let heads = portfolio.heads();
    assert!(clients("name,tier\nGood Co,A\nBad Co,Z\n", &portfolio).is_err());
    assert_eq!(portfolio.heads(), heads);

    // A record refused while writing (here its client was removed after parsing) rolls back the others.
    let parsed = contacts("client,name\n华东电力集团,张伟\nWisła Logistics,Anna Nowak\n", &portfolio).unwrap();
    portfolio.remove::<Client>(&parsed[1].client_id).unwrap();
    let heads = portfolio.heads();
    assert!(import_contacts(&mut portfolio, &parsed, "contacts.csv").is_err());
    assert_eq!(portfolio.heads(), heads);
    assert!(portfolio.records::<Contact>().unwrap().is_empty());
}

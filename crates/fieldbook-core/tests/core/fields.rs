//! Reading field values as users type them: birthdays in both calendars, yes/no in
//! four languages, money and coordinates.

use fieldbook_core::{Birthday, Client, ClientId, Contact, ContactId, Fields, Region, Settings, Tier};

fn birthday(text: &str) -> String {
    match text.parse::<Birthday>() {
        Ok(b) => b.to_string(),
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn birthdays_are_read_in_gregorian_lunar_and_chinese_forms() {
    let cases = [
        ("1980-05-17", "1980-05-17"),
        ("--02-29", "--02-29"),
        ("05-17", "--05-17"),
        ("lunar:08-15", "lunar:08-15"),
        ("lunar:1975-08-30", "lunar:1975-08-30"),
        ("lunar:leap:04-12", "lunar:leap:04-12"),
        ("农历八月十五", "lunar:08-15"),
        ("农历正月初五", "lunar:01-05"),
        ("农历闰四月廿三", "lunar:leap:04-23"),
        ("农历腊月三十", "lunar:12-30"),
        ("农历1968年冬月十二", "lunar:1968-11-12"),
        ("1981-02-29", "error: birthday: 1981-02-29 is not a date"),
        ("lunar:13-01", "error: birthday: lunar month must be 1–12 and day 1–30, got 13/1"),
        ("农历八月三十一", "error: birthday: lunar month must be 1–12 and day 1–30, got 8/31"),
        (
            "next spring",
            "error: birthday: 'next spring' is not a birthday (YYYY-MM-DD, --MM-DD, lunar:MM-DD, lunar:leap:MM-DD or 农历八月十五)",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(birthday(input), expected, "reading {input}");
    }
}

#[test]
fn client_fields_are_set_by_name_and_refused_with_the_field_named() {
    let mut client = Client::new(ClientId::from("cl_1".to_string()), "Orlen", Tier::B);
    client.set_field("arrears", "12 500.5 PLN").expect("money");
    client.set_field("location", "52.23,21.01").expect("coordinates");
    client.set_field("office_hours", "08:00-16:00").expect("hours");
    client.set_field("tags", "paliwa; kluczowy ;").expect("tags");
    assert_eq!(client.arrears.as_ref().map(ToString::to_string).as_deref(), Some("12500.50 PLN"));
    assert_eq!(client.tags, ["paliwa", "kluczowy"]);
    assert_eq!(client.office_hours.map(|h| h.to_string()).as_deref(), Some("08:00-16:00"));

    let refusals = [
        ("location", "52.2", "location: '52.2' is not LAT,LON"),
        ("office_hours", "16:00-08:00", "office_hours: '16:00-08:00' ends before it starts"),
        ("arrears", "lots PLN", "arrears: 'lots' is not an amount with at most two decimals"),
        ("contract_end", "2026-13-01", "contract_end: '2026-13-01' is not a date (YYYY-MM-DD)"),
        (
            "colour",
            "red",
            "colour: no such field; known fields: name, industry, tier, status, address, location, office_hours, contract_start, contract_end, arrears, arrears_due, tags, competitor_notes, crm_id",
        ),
    ];
    for (field, value, message) in refusals {
        let error = client.set_field(field, value).expect_err(value);
        assert_eq!(error.to_string(), message);
    }
    client.set_field("location", "").expect("cleared");
    assert_eq!(client.location, None);
}

#[test]
fn key_person_is_yes_or_no_in_the_four_languages() {
    let mut contact = Contact::new(ContactId::from("ct_1".to_string()), ClientId::from("cl_1".to_string()), "王伟");
    for (value, expected) in
        [("是", true), ("否", false), ("tak", true), ("nie", false), ("bəli", true), ("xeyr", false)]
    {
        contact.set_field("key_person", value).expect(value);
        assert_eq!(contact.key_person, expected, "{value}");
    }
    let error = contact.set_field("key_person", "maybe").expect_err("refused");
    assert_eq!(error.to_string(), "key_person: 'maybe' is not yes or no");
}

#[test]
fn home_office_and_working_hours_are_settings_the_planner_starts_from() {
    let mut settings = Settings::new("Anna Kowalska", Region::Pl);
    settings.set_field("home", "52.2297, 21.0122").expect("home");
    settings.set_field("office", "52.25,21.0").expect("office");
    settings.set_field("working_hours", "08:30–17:00").expect("hours");
    assert_eq!(settings.home.map(|p| (p.lat, p.lon)), Some((52.2297, 21.0122)));
    assert_eq!(settings.working_hours.to_string(), "08:30-17:00");

    let before = settings.clone();
    for (field, value, message) in [
        ("home", "52.2", "home: '52.2' is not LAT,LON"),
        ("office", "95,21", "office: latitude 95 is outside -90..90"),
        ("working_hours", "17:00-08:30", "working_hours: '17:00-08:30' ends before it starts"),
    ] {
        assert_eq!(settings.set_field(field, value).expect_err(value).to_string(), message);
    }
    assert_eq!(settings, before, "a refused value changes nothing");
    settings.set_field("office", "").expect("cleared");
    assert_eq!(settings.office, None);
}

/// Every field of a table reads back what it shows, under its name and under each of
/// its aliases, so set_field, the import and the export agree on every field.
fn each_field_reads_back_what_it_shows<R: Fields + Clone + PartialEq + std::fmt::Debug>(record: &R) {
    use fieldbook_core::{FieldName, field_text, find_field};
    for field in R::Field::ALL.iter().copied() {
        let spec = R::spec(field);
        let shown = field_text(record, field);
        for name in std::iter::once(field.name()).chain(spec.aliases.iter().copied()) {
            assert_eq!(find_field::<R>(name), Some(field), "{name} names {}", field.name());
        }
        if spec.read.is_none() {
            continue;
        }
        let mut again = record.clone();
        again.set_field(field.name(), &shown).unwrap_or_else(|e| panic!("{}: {shown:?}: {e}", field.name()));
        assert_eq!(&again, record, "{} does not read back {shown:?}", field.name());
    }
}

#[test]
fn every_field_of_every_table_reads_back_what_it_shows() {
    let mut client = Client::new(ClientId::from("cl_full".to_string()), "华东电力集团", Tier::A);
    for (field, value) in [
        ("industry", "能源"),
        ("status", "at_risk"),
        ("address", "上海市浦东新区世纪大道100号"),
        ("location", "31.2304,121.4737"),
        ("office_hours", "09:00-18:00"),
        ("contract_start", "2025-01-01"),
        ("contract_end", "2027-12-31"),
        ("arrears", "12500.50 CNY"),
        ("arrears_due", "2026-04-30"),
        ("tags", "重点; 国企"),
        ("competitor_notes", "移动报价低10%"),
    ] {
        client.set_field(field, value).unwrap();
    }
    each_field_reads_back_what_it_shows(&client);

    let mut contact = Contact::new(ContactId::from("ct_full".to_string()), client.id.clone(), "张伟");
    for (field, value) in [
        ("title", "总经理"),
        ("key_person", "是"),
        ("phones", "13800000000; 021-55550000"),
        ("email", "zhang.wei@hdpower.cn"),
        ("birthday", "农历八月十五"),
        ("preferences", "喜欢绿茶、不喝酒"),
        ("notes", "春节前拜访"),
    ] {
        contact.set_field(field, value).unwrap();
    }
    each_field_reads_back_what_it_shows(&contact);

    let mut settings = Settings::new("Li Na", Region::Cn);
    settings.set_field("home", "31.2304,121.4737").unwrap();
    each_field_reads_back_what_it_shows(&settings);
}

#[test]
fn a_visit_reads_back_every_field_it_shows() {
    use fieldbook_core::{PlannedStart, Visit, VisitId};
    let planned = PlannedStart::parse("2026-03-10", "10:00", fieldbook_fixtures::shanghai()).unwrap();
    let mut visit =
        Visit::planned(VisitId::from("vi_full".to_string()), ClientId::from("cl_full".to_string()), planned, 45);
    for (field, value) in [
        ("purpose", "sales_step"),
        ("stage", "negotiation"),
        ("check_in", "09:55"),
        ("check_out", "11:05"),
        ("outcome", "Renewal quote requested"),
        ("notes", "Discussed the 2027 renewal.\n"),
    ] {
        visit.set_field(field, value).unwrap();
    }
    each_field_reads_back_what_it_shows(&visit);
}

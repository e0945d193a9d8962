//! vCard in and out: the cards phones export (Android's 2.1 in quoted-printable UTF-8,
//! iOS's 3.0 with grouped lines, folded notes and omitted years), every bad card named
//! by its line and nothing read from a file with one, and 4.0 out that reads back the same.

use fieldbook_core::{ActorId, Birthday, ClientId, Contact, ContactId, Portfolio, Region, Settings, Tier};
use fieldbook_fixtures::add_client;
use fieldbook_formats::{ImportError, RowError, export_vcf, import_contacts, parse_vcards};

const ANDROID: &str = include_str!("../fixtures/android-2.1.vcf");
const IOS: &str = include_str!("../fixtures/ios-3.0.vcf");

/// Contact ids `ct_card000001`, `ct_card000002`, …
fn contact_ids() -> impl FnMut() -> ContactId {
    let mut n = 0;
    move || {
        n += 1;
        ContactId::from(format!("ct_card{n:06}"))
    }
}

/// A portfolio holding 中国石化 and PKN Orlen; answers their ids.
fn portfolio_with_clients() -> (Portfolio, ClientId, ClientId) {
    let mut portfolio = Portfolio::create(&Settings::new("Li Na", Region::Cn), ActorId::from(vec![1; 16])).unwrap();
    let sinopec = add_client(&mut portfolio, "中国石化", Tier::A);
    let orlen = add_client(&mut portfolio, "PKN Orlen", Tier::B);
    (portfolio, sinopec, orlen)
}

fn cards(text: &str, portfolio: &Portfolio, client: Option<&ClientId>) -> Result<Vec<Contact>, ImportError> {
    parse_vcards(text, portfolio, client, &mut contact_ids())
}

fn problems(result: Result<Vec<Contact>, ImportError>) -> Vec<String> {
    match result {
        Err(ImportError::Rows(errors)) => errors.iter().map(RowError::to_string).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn an_android_export_reads_its_quoted_printable_cards_each_at_the_client_its_organisation_names() {
    let (portfolio, sinopec, orlen) = portfolio_with_clients();
    let contacts = cards(ANDROID, &portfolio, None).unwrap();
    let [wang, malgorzata] = contacts.as_slice() else { panic!("two contacts: {contacts:?}") };
    assert_eq!((wang.name.as_str(), wang.title.as_str(), &wang.client_id), ("王伟", "采购经理", &sinopec));
    assert_eq!(wang.phones, ["+86 138 0013 8000", "021-5555-1234"]);
    assert_eq!(wang.email.as_deref(), Some("wang.wei@sinopec.example"));
    assert_eq!(wang.birthday, Some(Birthday::Gregorian { year: Some(1975), month: 9, day: 21 }));
    // The note's quoted-printable soft line breaks are joined back.
    assert_eq!(wang.notes.as_str(), "喜欢绿茶，不喝酒。每年中秋送月饼给他的团队，他会记得。");
    assert_eq!((malgorzata.name.as_str(), &malgorzata.client_id), ("Małgorzata Wiśniewska", &orlen));
    assert_eq!(
        (malgorzata.title.as_str(), malgorzata.phones.as_slice()),
        ("Kierownik zakupów", &["+48 601 234 567".to_owned()][..])
    );
}

#[test]
fn an_iphone_export_reads_grouped_phones_a_folded_note_and_a_birthday_without_its_year() {
    let (portfolio, _, orlen) = portfolio_with_clients();
    let contacts = cards(IOS, &portfolio, Some(&orlen)).unwrap();
    let [jan, leyla] = contacts.as_slice() else { panic!("two contacts: {contacts:?}") };
    assert_eq!((jan.name.as_str(), jan.title.as_str()), ("Jan Nowak", "Prezes"));
    assert_eq!(jan.phones, ["+48 601 000 000", "(22) 555-12-34"]);
    assert_eq!(jan.email.as_deref(), Some("jan.nowak@orlen.example"));
    assert_eq!(jan.birthday, Some(Birthday::Gregorian { year: None, month: 5, day: 17 }));
    assert_eq!(
        jan.notes.as_str(),
        "Lubi zieloną herbatę, nie pije alkoholu. Spotkania najlepiej we wtorki rano, przed naradą zarządu."
    );
    // With the client given, a card's own organisation (Azersun here) does not move it elsewhere.
    assert_eq!((leyla.name.as_str(), &leyla.client_id), ("Leyla Məmmədova", &orlen));
    assert_eq!(leyla.birthday, Some(Birthday::Gregorian { year: Some(1988), month: 3, day: 21 }));
}

#[test]
fn every_bad_card_is_named_by_its_first_line_and_nothing_is_read() {
    let (portfolio, _, _) = portfolio_with_clients();
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Zielińska\r\nORG:PKN Orlen\r\nTEL:call me\r\nEND:VCARD\r\n\
                BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Piotr Lis\r\nORG:Nowhere Ltd\r\nEND:VCARD\r\n\
                BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ewa Kos\r\nORG:PKN Orlen\r\nBDAY:1990-13-40\r\nEND:VCARD\r\n\
                BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan Nowak\r\nORG:PKN Orlen\r\nEND:VCARD\r\n";
    let said = problems(cards(text, &portfolio, None));
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(said[0].starts_with("line 1: phones:") && said[0].contains("call me"), "{said:?}");
    assert_eq!(said[1], "line 7: client: no client is named 'Nowhere Ltd' or has that id");
    assert!(said[2].starts_with("line 12: birthday:"), "{said:?}");
}

#[test]
fn a_second_card_of_the_same_person_or_one_the_client_has_is_refused() {
    let (mut portfolio, _, orlen) = portfolio_with_clients();
    let card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jan Nowak\r\nEND:VCARD\r\n";
    let first = cards(card, &portfolio, Some(&orlen)).unwrap();
    assert_eq!(
        problems(cards(&card.repeat(2), &portfolio, Some(&orlen))),
        ["line 5: name: 'Jan Nowak' of this client is already on line 1"]
    );
    import_contacts(&mut portfolio, &first, "jan.vcf").unwrap();
    let said = problems(cards(card, &portfolio, Some(&orlen)));
    assert_eq!(said, ["line 1: name: this client already has a contact named 'Jan Nowak' (ct_card000001)"]);
}

#[test]
fn a_card_without_its_end_or_a_file_without_cards_is_refused_as_such() {
    let (portfolio, _, orlen) = portfolio_with_clients();
    let broken = cards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan Nowak\r\n", &portfolio, Some(&orlen));
    assert!(matches!(broken, Err(ImportError::Card { line: 1, .. })), "{broken:?}");
    assert!(matches!(cards("", &portfolio, Some(&orlen)), Err(ImportError::NoCards)));
}

#[test]
fn a_text_birthday_takes_fieldbooks_lunar_spelling() {
    let (portfolio, sinopec, _) = portfolio_with_clients();
    let card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:张伟\r\nBDAY;VALUE=text:农历八月十五\r\nEND:VCARD\r\n";
    let contacts = cards(card, &portfolio, Some(&sinopec)).unwrap();
    assert_eq!(contacts[0].birthday, Some(Birthday::Lunar { year: None, month: 8, day: 15, leap: false }));
}

#[test]
fn the_export_is_vcard_4_and_reads_back_the_same_contacts() {
    let (mut portfolio, sinopec, orlen) = portfolio_with_clients();
    let mut contacts = cards(ANDROID, &portfolio, None).unwrap();
    let lunar = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:张伟\r\nTITLE:总经理\\, 董事\r\nBDAY;VALUE=text:农历八月十五\r\nX-FIELDBOOK-KEY-PERSON:yes\r\nEND:VCARD\r\n";
    contacts.extend(
        parse_vcards(lunar, &portfolio, Some(&sinopec), &mut || ContactId::from("ct_card000099".to_owned())).unwrap(),
    );
    import_contacts(&mut portfolio, &contacts, "phone.vcf").unwrap();

    let text = export_vcf(&portfolio, None).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD\r\nVERSION:4.0\r\n").count(), 3, "{text}");
    for line in [
        "FN:王伟",
        "ORG:中国石化",
        "TEL;VALUE=text:+86 138 0013 8000",
        "BDAY:19750921",
        "BDAY;VALUE=text:lunar:08-15",
        "X-FIELDBOOK-KEY-PERSON:yes",
    ] {
        assert!(text.contains(&format!("{line}\r\n")), "{line} in {text}");
    }
    assert!(text.lines().all(|line| line.len() <= 75), "folded at 75 octets: {text}");

    let (fresh, _, _) = portfolio_with_clients();
    let read_back = cards(&text, &fresh, None).unwrap();
    let shape = |c: &Contact| {
        (
            c.name.clone(),
            c.title.clone(),
            c.phones.clone(),
            c.email.clone(),
            c.birthday,
            c.key_person,
            c.notes.as_str().to_owned(),
        )
    };
    let mut before: Vec<_> = contacts.iter().map(shape).collect();
    let mut after: Vec<_> = read_back.iter().map(shape).collect();
    before.sort_by(|a, b| a.0.cmp(&b.0));
    after.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(after, before);
    assert_eq!(export_vcf(&portfolio, Some(&orlen)).unwrap().matches("BEGIN:VCARD").count(), 1);
}

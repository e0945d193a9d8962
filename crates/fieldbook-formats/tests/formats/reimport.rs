//! Importing the company's client list again: rows matched to the clients already here
//! (by CRM customer number, else by name and address) update them, a field the manager
//! changed since the last import is kept and reported, and new rows are added.

use std::sync::atomic::{AtomicUsize, Ordering};

use fieldbook_core::{ActorId, Client, ClientField, ClientId, Portfolio, Region, Settings, Tier, set_known_field};
use fieldbook_formats::{ClientImport, FieldChange, ImportError, RowError, import_clients, parse_clients};

/// Client ids `cl_list000001`, … never given twice in a test run, as real ones are not.
fn client_ids() -> impl FnMut() -> ClientId {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    || ClientId::from(format!("cl_list{:06}", NEXT.fetch_add(1, Ordering::Relaxed)))
}

fn plan(text: &str, portfolio: &Portfolio) -> ClientImport {
    parse_clients(text, portfolio, &mut client_ids()).unwrap()
}

fn names(clients: &[Client]) -> Vec<&str> {
    clients.iter().map(|c| c.name.as_str()).collect()
}

const NOVEMBER: &str = "crm_id,name,tier,industry,address\n\
                        K-100,PKN Orlen,A,Paliwa,Warszawa\n\
                        K-200,PGE,B,Energetyka,Lublin\n\
                        K-300,Azoty,C,Chemia,Tarnów\n";

/// The November list imported, then the manager's own change: PGE moved to tier A here.
fn after_november() -> Portfolio {
    let mut portfolio =
        Portfolio::create(&Settings::new("Anna Kowalska", Region::Pl), ActorId::from(vec![3; 16])).unwrap();
    let first = plan(NOVEMBER, &portfolio);
    assert_eq!((first.added.len(), first.changed.len(), first.unchanged.len()), (3, 0, 0));
    import_clients(&mut portfolio, &first, "lista-11.csv").unwrap();
    let pge = portfolio.records::<Client>().unwrap().into_iter().find(|c| c.name == "PGE").unwrap();
    portfolio
        .act("Edit PGE", |action| {
            action.update::<Client>(&pge.id, |c| set_known_field(c, ClientField::Tier, "A")).map(|_| ())
        })
        .unwrap();
    portfolio
}

#[test]
fn the_next_list_updates_the_clients_it_matches_keeps_the_managers_own_change_and_adds_the_new() {
    let mut portfolio = after_november();
    let december = "crm_id,name,tier,industry,address\n\
                    K-100,PKN Orlen,A,Paliwa,Płock\n\
                    K-200,PGE,C,Energia,Lublin\n\
                    K-300,Azoty,C,Chemia,Tarnów\n\
                    K-400,Ciech,D,Chemia,Inowrocław\n";
    let next = plan(december, &portfolio);
    assert_eq!(names(&next.added), ["Ciech"]);
    let changed: Vec<(&str, Vec<FieldChange>)> =
        next.changed.iter().map(|c| (c.client.name.as_str(), c.fields.clone())).collect();
    let change = |field, from: &str, to: &str| FieldChange { field, from: from.to_owned(), to: to.to_owned() };
    assert_eq!(
        changed,
        [
            ("PKN Orlen", vec![change(ClientField::Address, "Warszawa", "Płock")]),
            ("PGE", vec![change(ClientField::Industry, "Energetyka", "Energia")]),
        ]
    );
    assert_eq!(next.unchanged.iter().map(|c| c.client.name.as_str()).collect::<Vec<_>>(), ["Azoty"]);
    let kept: Vec<(&str, ClientField, &str, &str)> =
        next.kept.iter().map(|k| (k.client.as_str(), k.field, k.here.as_str(), k.file.as_str())).collect();
    assert_eq!(kept, [("PGE", ClientField::Tier, "A", "C")], "the manager's tier A stays");

    assert_eq!(import_clients(&mut portfolio, &next, "lista-12.csv").unwrap(), 3);
    let clients = portfolio.records::<Client>().unwrap();
    let find = |name: &str| clients.iter().find(|c| c.name == name).unwrap();
    assert_eq!(
        (find("PKN Orlen").address.as_str(), find("PGE").tier, find("PGE").industry.as_str()),
        ("Płock", Tier::A, "Energia")
    );
    assert_eq!(clients.len(), 4, "nothing added twice");

    // The same list again changes nothing, and still says the tier is kept.
    let again = plan(december, &portfolio);
    assert!(again.added.is_empty() && again.changed.is_empty(), "{again:?}");
    assert_eq!(again.kept.len(), 1);
}

#[test]
fn without_crm_numbers_rows_match_by_name_and_address() {
    let mut portfolio = after_november();
    let list = "name,tier,address\n PKN Orlen ,A,Warszawa\nPKN Orlen,B,Gdańsk\n";
    let next = plan(list, &portfolio);
    assert_eq!(names(&next.added), ["PKN Orlen"], "another address: another site");
    assert_eq!(next.unchanged.len(), 1);
    import_clients(&mut portfolio, &next, "lista.csv").unwrap();
    let ambiguous = parse_clients("name,tier\nPKN Orlen,A\n", &portfolio, &mut client_ids());
    match ambiguous {
        Err(ImportError::Rows(errors)) => {
            let said: Vec<String> = errors.iter().map(RowError::to_string).collect();
            assert!(said[0].starts_with("line 2: name: several clients are named 'PKN Orlen'"), "{said:?}");
        }
        other => panic!("expected the ambiguous row refused, got {other:?}"),
    }
}

#[test]
fn two_rows_of_the_same_client_are_refused_and_nothing_is_imported() {
    let portfolio = after_november();
    let said = |list: &str| match parse_clients(list, &portfolio, &mut client_ids()) {
        Err(ImportError::Rows(errors)) => errors.iter().map(RowError::to_string).collect::<Vec<_>>(),
        other => panic!("expected the second row refused, got {other:?}"),
    };
    assert_eq!(
        said("crm_id,name,tier\nK-100,PKN Orlen,A\nK-100,Orlen,B\n"),
        ["line 3: crm_id: K-100 is already on line 2"]
    );
    // Told apart in the file by their addresses, both rows are still the one client.
    assert_eq!(
        said("name,tier,address\nPKN Orlen,A,Warszawa\nPKN Orlen,A,\n"),
        ["line 3: name: matches the same client as line 2 (PKN Orlen)"]
    );
}

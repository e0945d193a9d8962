//! Actions on one device: one commit per action, validation that changes nothing,
//! and documents Fieldbook must refuse.

use fieldbook_core::{
    ActorId, Client, ClientId, Contact, ContactId, Fields, Portfolio, PortfolioError, Region, Settings, Tier, Visit,
};

use fieldbook_fixtures::{a_portfolio, add_client, note, plan_visit};

#[test]
fn every_action_is_one_commit_with_a_message_naming_it() {
    let mut portfolio = a_portfolio();
    let client = add_client(&mut portfolio, "华东电力", Tier::A);
    let visit = plan_visit(&mut portfolio, &client, "vi_1", "2026-12-01");
    portfolio
        .update::<Client>(&client, "Edit", |c| {
            c.set_field("address", "上海")?;
            c.set_field("tags", "能源;重点")?;
            c.set_field("location", "31.2,121.5")
        })
        .expect("three fields in one edit");
    note(&mut portfolio, &visit, "谈了续约");

    assert_eq!(
        portfolio.history(),
        [
            "Create portfolio",
            "Add client cl_华东电力",
            "Add visit vi_1",
            "Edit client cl_华东电力",
            "Note on visit vi_1",
        ]
    );
}

#[test]
fn a_bad_field_names_the_field_and_changes_nothing() {
    let mut portfolio = a_portfolio();
    let client = add_client(&mut portfolio, "Orlen", Tier::A);
    let heads = portfolio.heads();

    let error = portfolio
        .update::<Client>(&client, "Edit", |c| {
            c.set_field("address", "Płock")?;
            c.set_field("tier", "E")
        })
        .expect_err("tier E refused");

    assert_eq!(error.to_string(), "tier: 'E' is not one of A, B, C, D");
    assert!(error.is_bad_input());
    assert_eq!(portfolio.heads(), heads);
    assert_eq!(portfolio.get::<Client>(&client).expect("client").address, "");
}

#[test]
fn a_record_pointing_at_a_missing_client_is_refused() {
    let mut portfolio = a_portfolio();
    let heads = portfolio.heads();
    let orphan = Contact::new(ContactId::from("ct_x".to_string()), ClientId::from("cl_nobody".to_string()), "Jan");
    let error = portfolio.add(orphan).expect_err("orphan refused");
    assert!(matches!(error, PortfolioError::NotFound { noun: "client", .. }), "{error}");
    assert_eq!(portfolio.heads(), heads);
}

#[test]
fn a_failed_action_writes_none_of_its_records() {
    let mut portfolio = a_portfolio();
    let heads = portfolio.heads();
    let good = Client::new(ClientId::from("cl_good".to_string()), "Good", Tier::A);
    let bad = Client::new(ClientId::from("cl_bad".to_string()), " ", Tier::B);
    let result = portfolio.act("Import 2 clients", |action| {
        action.insert(&good)?;
        action.insert(&bad)
    });
    assert_eq!(result.expect_err("blank name refused").to_string(), "name: must not be empty");
    assert_eq!(portfolio.heads(), heads);
    assert!(portfolio.records::<Client>().expect("clients").is_empty());
}

#[test]
fn ids_resolve_from_a_unique_prefix_and_refuse_an_ambiguous_one() {
    let mut portfolio = a_portfolio();
    add_client(&mut portfolio, "abc1", Tier::A);
    add_client(&mut portfolio, "abc2", Tier::A);
    assert_eq!(portfolio.find::<Client>("cl_abc1").expect("exact").to_string(), "cl_abc1");
    let error = portfolio.find::<Client>("cl_abc").expect_err("ambiguous");
    assert_eq!(error.to_string(), "'cl_abc' matches several clients: cl_abc1, cl_abc2");
}

#[test]
fn a_removed_client_disappears_from_listings_but_is_kept() {
    let mut portfolio = a_portfolio();
    let client = add_client(&mut portfolio, "PGE", Tier::D);
    portfolio.remove::<Client>(&client).expect("removed");
    assert!(portfolio.records::<Client>().expect("clients").is_empty());
    assert_eq!(portfolio.all_records::<Client>().expect("all").len(), 1);
    assert!(portfolio.find::<Client>("cl_PGE").is_err());
}

#[test]
fn saved_bytes_load_back_to_the_same_portfolio() {
    let mut portfolio = a_portfolio();
    let client = add_client(&mut portfolio, "Azərsu", Tier::C);
    let visit = plan_visit(&mut portfolio, &client, "vi_1", "2026-03-20");
    note(&mut portfolio, &visit, "Novruz təbriki");
    let loaded = Portfolio::load(&portfolio.save()).expect("loads");
    assert_eq!(loaded.records::<Visit>().expect("visits"), portfolio.records::<Visit>().expect("visits"));
    assert_eq!(loaded.settings().expect("settings"), portfolio.settings().expect("settings"));
}

#[test]
fn a_document_from_a_newer_schema_is_refused_with_a_clear_message() {
    use automerge::transaction::Transactable;
    let mut portfolio = a_portfolio();
    let mut doc = automerge::AutoCommit::load(&portfolio.save()).expect("raw load");
    doc.put(automerge::ROOT, "schema_version", 99_u64).expect("bump");
    let error = Portfolio::load(&doc.save()).expect_err("refused");
    assert_eq!(
        error.to_string(),
        "this portfolio uses schema version 99, newer than the 1 this Fieldbook understands; update Fieldbook to open it"
    );
}

#[test]
fn an_automerge_document_that_is_not_a_portfolio_is_refused() {
    let mut other = automerge::AutoCommit::new();
    let error = Portfolio::load(&other.save()).expect_err("refused");
    assert_eq!(error.to_string(), "not a Fieldbook portfolio: it has no schema version");
}

#[test]
fn settings_are_checked_before_a_portfolio_is_created() {
    let error = Portfolio::create(&Settings::new("", Region::Pl), ActorId::random()).expect_err("refused");
    assert_eq!(error.to_string(), "name: must not be empty");
}

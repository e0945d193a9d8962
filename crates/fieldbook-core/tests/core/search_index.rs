//! Properties of the views derived from the document: brought up to date after
//! random edits, removals, merges from another device and reloads, the search index
//! answers every query exactly as a search that reads the whole portfolio, and the
//! client list shows what the whole records say.

use fieldbook_core::{
    ActorId, Client, ClientId, ClientList, Contact, ContactId, Date, Derived, Fields, Portfolio, PortfolioError,
    Record, SearchIndex, Tier, Visit, VisitStatus, search,
};
use proptest::prelude::*;

use fieldbook_fixtures::{a_portfolio, add_client, plan_visit};

/// Words the edits write and the queries look for, in several scripts and cases.
const WORDS: [&str; 6] = ["Orlen", "płock", "ŁÓDŹ", "green tea", "联通", "Baku"];
/// Few enough hits per query that the limit cuts some lists short.
const LIMIT: usize = 7;

#[derive(Debug, Clone, Copy)]
enum Kind {
    Client,
    Contact,
    Visit,
}

#[derive(Debug, Clone)]
enum Step {
    Add {
        kind: Kind,
        pick: usize,
        word: usize,
    },
    Edit {
        kind: Kind,
        pick: usize,
        field: usize,
        word: usize,
    },
    Remove {
        kind: Kind,
        pick: usize,
    },
    /// Another device adds a client and edits one of ours; we merge its changes.
    MergeFromAnotherDevice {
        pick: usize,
        word: usize,
    },
    Reload,
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![Just(Kind::Client), Just(Kind::Contact), Just(Kind::Visit)]
}

fn step() -> impl Strategy<Value = Step> {
    let word = 0..WORDS.len();
    prop_oneof![
        3 => (kind(), any::<usize>(), word.clone()).prop_map(|(kind, pick, word)| Step::Add { kind, pick, word }),
        4 => (kind(), any::<usize>(), any::<usize>(), word.clone())
            .prop_map(|(kind, pick, field, word)| Step::Edit { kind, pick, field, word }),
        1 => (kind(), any::<usize>()).prop_map(|(kind, pick)| Step::Remove { kind, pick }),
        1 => (any::<usize>(), word).prop_map(|(pick, word)| Step::MergeFromAnotherDevice { pick, word }),
        1 => Just(Step::Reload),
    ]
}

/// The id of the `pick`-th live record of a kind (wrapping), if there is any.
fn pick<T: Record>(portfolio: &Portfolio, pick: usize) -> Option<T::Id> {
    let records = portfolio.records::<T>().unwrap();
    (!records.is_empty()).then(|| records[pick % records.len()].id().clone())
}

/// Edits the record, if there is one; the records of a removed client are refused as not found.
fn edit<T: Record>(portfolio: &mut Portfolio, id: Option<T::Id>, change: impl FnOnce(&mut T)) {
    if let Some(id) = id {
        let edited = portfolio.update::<T>(&id, "Edit", |record| {
            change(record);
            Ok(())
        });
        assert_done_or_not_found(edited.map(drop));
    }
}

/// Removes the record, if there is one; as [`edit`].
fn remove<T: Record>(portfolio: &mut Portfolio, id: Option<T::Id>) {
    if let Some(id) = id {
        assert_done_or_not_found(portfolio.remove::<T>(&id));
    }
}

fn assert_done_or_not_found(outcome: Result<(), PortfolioError>) {
    match outcome {
        Ok(()) | Err(PortfolioError::NotFound { .. }) => {}
        Err(error) => panic!("{error}"),
    }
}

fn run(portfolio: &mut Portfolio, step: &Step, n: usize) {
    match *step {
        Step::Add { kind: Kind::Client, word, .. } => {
            add_client(portfolio, &format!("{} {n}", WORDS[word]), Tier::B);
        }
        Step::Add { kind: Kind::Contact, pick: at, word } => {
            if let Some(client) = pick::<Client>(portfolio, at) {
                let id = ContactId::from(format!("ct_{n:010}"));
                portfolio.add(Contact::new(id, client, format!("{} Kowalska", WORDS[word]))).unwrap();
            }
        }
        Step::Add { kind: Kind::Visit, pick: at, .. } => {
            if let Some(client) = pick::<Client>(portfolio, at) {
                plan_visit(portfolio, &client, &format!("vi_{n:010}"), "2026-12-01");
            }
        }
        Step::Edit { kind: Kind::Client, pick: at, field, word } => {
            let field = ["name", "industry", "address", "tags", "competitor_notes"][field % 5];
            edit::<Client>(portfolio, pick::<Client>(portfolio, at), |c| c.set_field(field, WORDS[word]).unwrap());
        }
        Step::Edit { kind: Kind::Contact, pick: at, field, word } => {
            let field = ["name", "title", "notes"][field % 3];
            edit::<Contact>(portfolio, pick::<Contact>(portfolio, at), |c| c.set_field(field, WORDS[word]).unwrap());
        }
        Step::Edit { kind: Kind::Visit, pick: at, field, word } => {
            let id = pick::<Visit>(portfolio, at);
            match field % 5 {
                0 => edit::<Visit>(portfolio, id, |v| v.append_note(&format!("talked about {}", WORDS[word]))),
                1 => edit::<Visit>(portfolio, id, |v| v.set_field("outcome", WORDS[word]).unwrap()),
                2 => edit::<Visit>(portfolio, id, |v| v.set_field("date", "2026-12-24").unwrap()),
                // Done or cancelled only once: a second time is refused, which is no change.
                3 => edit::<Visit>(portfolio, id, |v| drop(v.mark_done())),
                _ => edit::<Visit>(portfolio, id, |v| drop(v.cancel())),
            }
        }
        Step::Remove { kind: Kind::Client, pick: at } => remove::<Client>(portfolio, pick::<Client>(portfolio, at)),
        Step::Remove { kind: Kind::Contact, pick: at } => remove::<Contact>(portfolio, pick::<Contact>(portfolio, at)),
        Step::Remove { kind: Kind::Visit, pick: at } => remove::<Visit>(portfolio, pick::<Visit>(portfolio, at)),
        Step::MergeFromAnotherDevice { pick: at, word } => {
            let mut other = portfolio.fork(ActorId::random());
            add_client(&mut other, &format!("{} there {n}", WORDS[word]), Tier::A);
            edit::<Client>(&mut other, pick::<Client>(portfolio, at), |c| c.set_field("name", WORDS[word]).unwrap());
            // Our own edit to the same client meanwhile makes a conflict the merge resolves.
            edit::<Client>(portfolio, pick::<Client>(portfolio, at), |c| c.set_field("name", "Orlen here").unwrap());
            portfolio.merge(&mut other).unwrap();
        }
        Step::Reload => *portfolio = Portfolio::load(&portfolio.save()).unwrap(),
    }
}

fn assert_index_answers_like_a_full_search(index: &SearchIndex, portfolio: &Portfolio) {
    for query in WORDS.iter().copied().chain(["orl", "ŁÓD", "kowalska", "here", " ", "2026"]) {
        assert_eq!(index.search(query, LIMIT), search(portfolio, query, LIMIT).unwrap(), "query {query:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn an_updated_index_answers_like_a_full_search(steps in prop::collection::vec(step(), 1..30)) {
        let mut portfolio = a_portfolio();
        let first = add_client(&mut portfolio, "Orlen Płock", Tier::A);
        plan_visit(&mut portfolio, &first, "vi_first", "2026-11-30");
        let mut index = SearchIndex::default();
        for (n, step) in steps.iter().enumerate() {
            run(&mut portfolio, step, n);
            index.update(&mut portfolio).unwrap();
            assert_index_answers_like_a_full_search(&index, &portfolio);
        }
    }
}

/// Each live client's (name, tier, status, tags, last contact, next planned visit), by tier
/// then name, read from the whole records.
type Shown = Vec<(String, Tier, String, Vec<String>, Option<Date>, Option<Date>)>;

fn rows_from_whole_records(portfolio: &Portfolio) -> Shown {
    let visits = portfolio.records::<Visit>().unwrap();
    let mut clients = portfolio.records::<Client>().unwrap();
    clients.sort_by(|a, b| (a.tier, &a.name).cmp(&(b.tier, &b.name)));
    let days = |client: &ClientId, status| -> Vec<Date> {
        visits.iter().filter(|v| &v.client_id == client && v.status == status).map(|v| v.planned.date).collect()
    };
    clients
        .iter()
        .map(|c| {
            let last = days(&c.id, VisitStatus::Done).into_iter().max();
            let next = days(&c.id, VisitStatus::Planned).into_iter().min();
            (c.name.clone(), c.tier, c.status.to_string(), c.tags.clone(), last, next)
        })
        .collect()
}

fn rows_from_list(list: &ClientList) -> Shown {
    list.rows()
        .into_iter()
        .map(|row| {
            let c = row.client;
            (c.name, c.tier, c.status.to_string(), c.tags, row.last_contact, row.next_visit)
        })
        .collect()
}

/// The ids of the live visits still planned on `day`, from the whole records.
fn planned_on(portfolio: &Portfolio, day: Date) -> Vec<String> {
    let mut ids: Vec<String> = portfolio
        .records::<Visit>()
        .unwrap()
        .into_iter()
        .filter(|v| v.planned.date == day && v.status == VisitStatus::Planned)
        .map(|v| v.id.to_string())
        .collect();
    ids.sort();
    ids
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn an_updated_client_list_shows_what_the_whole_records_say(steps in prop::collection::vec(step(), 1..30)) {
        let mut portfolio = a_portfolio();
        let first = add_client(&mut portfolio, "Orlen Płock", Tier::A);
        plan_visit(&mut portfolio, &first, "vi_first", "2026-12-01");
        let mut list = ClientList::default();
        for (n, step) in steps.iter().enumerate() {
            run(&mut portfolio, step, n);
            list.update(&mut portfolio).unwrap();
            let rows = rows_from_whole_records(&portfolio);
            prop_assert_eq!(&rows_from_list(&list), &rows);
            prop_assert_eq!(list.client_count(), rows.len());
            for day in ["2026-12-01", "2026-12-24"] {
                let day: Date = day.parse().unwrap();
                let mut today: Vec<String> =
                    list.today(&portfolio, day).unwrap().visits.iter().map(|v| v.id.to_string()).collect();
                today.sort();
                prop_assert_eq!(today, planned_on(&portfolio, day));
            }
        }
    }
}

#[test]
fn an_index_follows_a_removed_client_and_a_renamed_one() {
    let mut portfolio = a_portfolio();
    let orlen = add_client(&mut portfolio, "Orlen Płock", Tier::A);
    let visit = plan_visit(&mut portfolio, &orlen, "vi_orlen", "2026-11-30");
    fieldbook_fixtures::note(&mut portfolio, &visit, "fibre to the refinery");
    let mut index = SearchIndex::default();
    index.update(&mut portfolio).unwrap();
    assert_eq!(index.search("fibre", 10)[0].client_name, "Orlen Płock");

    portfolio.update::<Client>(&orlen, "Edit", |c| c.set_field("name", "PKN Orlen")).unwrap();
    index.update(&mut portfolio).unwrap();
    assert_eq!(index.search("fibre", 10)[0].client_name, "PKN Orlen");

    portfolio.remove::<Client>(&orlen).unwrap();
    index.update(&mut portfolio).unwrap();
    assert!(index.search("fibre", 10).is_empty(), "a removed client's visits are not found");
    assert!(index.search("orlen", 10).is_empty());
}

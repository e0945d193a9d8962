//! Bugs found in the core while building import and export, pinned.

use fieldbook_core::{ActorId, Client, ClientId, Portfolio, Region, Settings, Task, TaskId, Tier};

fn portfolio() -> Portfolio {
    Portfolio::create(&Settings::new("Li Na", Region::Cn), ActorId::from(vec![1; 16])).unwrap()
}

/// `get_any` hydrated an absent key as `Option<T>`, which autosurgeon refuses, so
/// `Action::insert` (and with it every `add`) failed with a hydrate error.
#[test]
fn get_any_of_an_unknown_id_is_none_so_records_can_be_added() {
    let mut portfolio = portfolio();
    let id = ClientId::from("cl_test000001".to_string());
    assert_eq!(portfolio.get_any::<Client>(&id).unwrap(), None);
    portfolio.add(Client::new(id.clone(), "华东电力集团", Tier::A)).unwrap();
    assert_eq!(portfolio.get::<Client>(&id).unwrap().name, "华东电力集团");
}

/// The derived `Hydrate` of the id newtypes could not read an id inside an
/// `Option`, so a task tied to a client could be written but never read back.
#[test]
fn an_optional_id_reads_back() {
    let mut portfolio = portfolio();
    let client = ClientId::from("cl_test000001".to_string());
    portfolio.add(Client::new(client.clone(), "华东电力集团", Tier::A)).unwrap();
    let task = TaskId::from("tk_test000001".to_string());
    portfolio.add(Task { client_id: Some(client.clone()), ..Task::new(task.clone(), "Call back") }).unwrap();
    assert_eq!(portfolio.get::<Task>(&task).unwrap().client_id, Some(client));
}

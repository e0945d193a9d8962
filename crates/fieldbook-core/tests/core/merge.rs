//! Concurrent edits on two devices, merged: what survives and what the user sees.

use fieldbook_core::{Client, ClientStatus, Fields, Tier, Visit, VisitStatus};

use fieldbook_fixtures::{a_portfolio, add_client, another_device, note, plan_visit};

#[test]
fn concurrent_edits_to_different_fields_of_one_client_both_survive() {
    let mut laptop = a_portfolio();
    let client = add_client(&mut laptop, "华东电力", Tier::B);
    let mut second_laptop = another_device(&mut laptop);

    laptop.update::<Client>(&client, "Edit", |c| c.set_field("tier", "A")).expect("tier edited");
    second_laptop
        .update::<Client>(&client, "Edit", |c| c.set_field("address", "上海市浦东新区"))
        .expect("address edited");
    laptop.merge(&mut second_laptop).expect("merge");
    second_laptop.merge(&mut laptop).expect("merge back");

    for device in [&laptop, &second_laptop] {
        let merged = device.get::<Client>(&client).expect("client present");
        assert_eq!(merged.tier, Tier::A);
        assert_eq!(merged.address, "上海市浦东新区");
    }
}

#[test]
fn concurrent_notes_on_one_visit_merge_character_by_character() {
    let mut laptop = a_portfolio();
    let client = add_client(&mut laptop, "Orlen", Tier::A);
    let visit = plan_visit(&mut laptop, &client, "vi_one", "2026-12-01");
    note(&mut laptop, &visit, "Klient pyta o nowy cennik.");
    let mut tablet = another_device(&mut laptop);

    laptop
        .update::<Visit>(&visit, "Note on", |v| {
            v.notes.update("Klient pyta o nowy cennik na 2027.\n");
            Ok(())
        })
        .expect("laptop edits the middle");
    note(&mut tablet, &visit, "Umówić demo w styczniu.");
    laptop.merge(&mut tablet).expect("merge");
    tablet.merge(&mut laptop).expect("merge back");

    let expected = "Klient pyta o nowy cennik na 2027.\nUmówić demo w styczniu.\n";
    assert_eq!(laptop.get::<Visit>(&visit).expect("visit").notes.as_str(), expected);
    assert_eq!(tablet.get::<Visit>(&visit).expect("visit").notes.as_str(), expected);
}

/// The documented rule: a removal wins over a concurrent edit, and the edit is kept inside
/// the removed record (a tombstone), so it is hidden from listings but still exported.
#[test]
fn a_record_removed_on_one_device_and_edited_on_another_stays_removed_with_the_edit_kept() {
    let mut laptop = a_portfolio();
    let client = add_client(&mut laptop, "Azərsu", Tier::C);
    let visit = plan_visit(&mut laptop, &client, "vi_gone", "2026-12-02");
    let mut tablet = another_device(&mut laptop);

    laptop.remove::<Visit>(&visit).expect("removed on the laptop");
    note(&mut tablet, &visit, "Müştəri yeni müqavilə istəyir.");
    tablet
        .update::<Client>(&client, "Edit", |c| {
            c.status = ClientStatus::AtRisk;
            Ok(())
        })
        .expect("client edited on the tablet");
    laptop.merge(&mut tablet).expect("merge");
    tablet.merge(&mut laptop).expect("merge back");

    for device in [&laptop, &tablet] {
        assert!(device.get::<Visit>(&visit).is_err(), "the removed visit is hidden");
        assert!(device.records::<Visit>().expect("visits").is_empty());
        let tombstone = device.get_any::<Visit>(&visit).expect("read").expect("tombstone kept");
        assert!(tombstone.removed);
        assert_eq!(tombstone.status, VisitStatus::Planned);
        assert_eq!(tombstone.notes.as_str(), "Müştəri yeni müqavilə istəyir.\n");
        assert_eq!(device.get::<Client>(&client).expect("client").status, ClientStatus::AtRisk);
    }
}

#[test]
fn clients_added_on_two_devices_offline_are_all_there_after_merging() {
    let mut laptop = a_portfolio();
    let mut tablet = another_device(&mut laptop);
    add_client(&mut laptop, "PKN", Tier::A);
    add_client(&mut tablet, "PGE", Tier::B);
    laptop.merge(&mut tablet).expect("merge");
    let names: Vec<String> = laptop.records::<Client>().expect("clients").into_iter().map(|c| c.name).collect();
    assert_eq!(names, ["PGE", "PKN"]);
}

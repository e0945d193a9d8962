//! The views the app and the CLI show (client rows, a client's page, today),
//! searching, and the visit actions they share.

use fieldbook_core::{
    ClientList, Contact, ContactId, Derived, Fields, SalesStage, Settings, Task, TaskId, Tier, Visit, VisitStatus,
    client_page, client_rows, search,
};

use fieldbook_fixtures::{a_portfolio, add_client, another_device, date, note, plan_visit};

#[test]
fn a_client_row_shows_the_last_visit_made_and_the_next_one_planned() {
    let mut portfolio = a_portfolio();
    let client = add_client(&mut portfolio, "华东电力集团", Tier::A);
    add_client(&mut portfolio, "Quiet", Tier::D);
    for (id, date) in [("vi_1", "2026-01-10"), ("vi_2", "2026-02-10"), ("vi_3", "2026-04-01"), ("vi_4", "2026-03-01")] {
        plan_visit(&mut portfolio, &client, id, date);
    }
    for id in ["vi_1", "vi_2"] {
        portfolio.update::<Visit>(&id.to_string().into(), "Log", Visit::mark_done).unwrap();
    }
    let mut list = ClientList::default();
    list.update(&mut portfolio).unwrap();
    let rows = list.rows();
    assert_eq!(client_rows(&portfolio).unwrap(), rows, "read once, the rows are the list's");
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0].last_contact, rows[0].next_visit), (Some(date("2026-02-10")), Some(date("2026-03-01"))));
    assert_eq!((rows[1].last_contact, rows[1].next_visit), (None, None));
}

#[test]
fn a_client_page_lists_key_persons_first_and_visits_oldest_first() {
    let mut portfolio = a_portfolio();
    let client = add_client(&mut portfolio, "PGE", Tier::B);
    let mut boss = Contact::new(ContactId::from("ct_b".to_string()), client.clone(), "Zofia");
    boss.key_person = true;
    portfolio.add(Contact::new(ContactId::from("ct_a".to_string()), client.clone(), "Adam")).unwrap();
    portfolio.add(boss).unwrap();
    plan_visit(&mut portfolio, &client, "vi_late", "2026-05-01");
    plan_visit(&mut portfolio, &client, "vi_early", "2026-01-01");
    let page = client_page(&portfolio, &client).unwrap();
    assert_eq!(page.contacts.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["Zofia", "Adam"]);
    assert_eq!(page.visits.iter().map(|v| v.id.to_string()).collect::<Vec<_>>(), ["vi_early", "vi_late"]);
}

#[test]
fn today_holds_the_days_planned_visits_and_open_tasks_soonest_first() {
    let mut portfolio = a_portfolio();
    let client = add_client(&mut portfolio, "PGE", Tier::B);
    plan_visit(&mut portfolio, &client, "vi_today", "2026-03-08");
    plan_visit(&mut portfolio, &client, "vi_tomorrow", "2026-03-09");
    let mut later = Task::new(TaskId::from("tk_later".to_string()), "Send the offer");
    later.due = Some(date("2026-03-20"));
    let mut sooner = Task::new(TaskId::from("tk_sooner".to_string()), "Call back");
    sooner.due = Some(date("2026-03-01"));
    let mut done = Task::new(TaskId::from("tk_done".to_string()), "Done already");
    done.done = true;
    for task in [Task::new(TaskId::from("tk_undated".to_string()), "Someday"), later, sooner, done] {
        portfolio.add(task).unwrap();
    }
    let mut list = ClientList::default();
    list.update(&mut portfolio).unwrap();
    let today = list.today(&portfolio, date("2026-03-08")).unwrap();
    assert_eq!(today.visits.iter().map(|v| v.id.to_string()).collect::<Vec<_>>(), ["vi_today"]);
    assert_eq!(
        today.tasks.iter().map(|t| t.title.as_str()).collect::<Vec<_>>(),
        ["Call back", "Send the offer", "Someday"]
    );
}

#[test]
fn search_ignores_case_and_finds_notes_with_their_client() {
    let mut portfolio = a_portfolio();
    let client = add_client(&mut portfolio, "Orlen Płock", Tier::A);
    let visit = plan_visit(&mut portfolio, &client, "vi_1", "2026-03-08");
    note(&mut portfolio, &visit, "Klient pyta o ŚWIATŁOWÓD i 5G");
    let hits = search(&portfolio, "światłowód", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!((hits[0].id.as_str(), hits[0].client_name.as_str()), ("vi_1", "Orlen Płock"));
    assert_eq!(hits[0].snippet, "Klient pyta o ŚWIATŁOWÓD i 5G");
    assert_eq!(search(&portfolio, "PŁOCK", 10).unwrap()[0].title, "Orlen Płock");
    assert!(search(&portfolio, " ", 10).unwrap().is_empty());
}

#[test]
fn notes_replaced_as_typed_on_two_devices_keep_both_edits() {
    let mut laptop = a_portfolio();
    let client = add_client(&mut laptop, "PGE", Tier::A);
    let visit = plan_visit(&mut laptop, &client, "vi_1", "2026-03-08");
    note(&mut laptop, &visit, "wants fibre");
    let mut phone = another_device(&mut laptop);
    let replace = |portfolio: &mut fieldbook_core::Portfolio, text: &str| {
        portfolio
            .update::<Visit>(&visit, "Write notes on", |v| {
                v.replace_notes(text);
                Ok(())
            })
            .unwrap();
    };
    replace(&mut laptop, "Client wants fibre\n");
    replace(&mut phone, "wants fibre and 5G\n");
    laptop.merge(&mut phone).unwrap();
    assert_eq!(laptop.get::<Visit>(&visit).unwrap().notes.as_str(), "Client wants fibre and 5G\n");
}

#[test]
fn checking_out_makes_the_visit_done_but_a_cancelled_visit_cannot_be_checked_into() {
    let mut portfolio = a_portfolio();
    let client = add_client(&mut portfolio, "PGE", Tier::A);
    let visit = plan_visit(&mut portfolio, &client, "vi_1", "2026-03-08");
    let done = portfolio
        .update::<Visit>(&visit, "Log", |v| {
            v.set_field("check_in", "10:05")?;
            v.set_field("check_out", "11:10")
        })
        .unwrap();
    assert_eq!(done.status, VisitStatus::Done);
    assert_eq!(done.check_in.unwrap().to_string(), "2026-03-08T10:05:00+08:00");
    let other = plan_visit(&mut portfolio, &client, "vi_2", "2026-03-09");
    portfolio.update::<Visit>(&other, "Cancel", Visit::cancel).unwrap();
    let refused = portfolio.update::<Visit>(&other, "Check in at", |v| v.set_field("check_in", "10:00")).unwrap_err();
    assert_eq!(refused.to_string(), "check_in: the visit was cancelled");
}

#[test]
fn settings_are_set_by_field_name_and_name_the_field_when_refusing() {
    let mut settings = Settings::new("Li Na", fieldbook_core::Region::Cn);
    settings.set_field("language", "pl").unwrap();
    settings.set_field("time_zone", "Europe/Warsaw").unwrap();
    assert_eq!((settings.language.to_string(), settings.time_zone.to_string()), ("pl".into(), "Europe/Warsaw".into()));
    assert_eq!(settings.set_field("region", "FR").unwrap_err().field, "region");
    assert_eq!(settings.set_field("colour", "red").unwrap_err().field, "colour");
}

#[test]
fn the_client_page_shows_the_sales_stage_of_the_latest_visit_made_with_one() {
    let mut portfolio = a_portfolio();
    let client = add_client(&mut portfolio, "PGE", Tier::B);
    for (id, date, stage) in [("vi_1", "2026-01-10", "needs_discovery"), ("vi_2", "2026-02-10", "Presentation")] {
        let visit = plan_visit(&mut portfolio, &client, id, date);
        portfolio
            .update::<Visit>(&visit, "Log", |v| {
                v.set_field("stage", stage)?;
                v.mark_done()
            })
            .unwrap();
    }
    let planned = plan_visit(&mut portfolio, &client, "vi_3", "2026-03-10");
    portfolio.update::<Visit>(&planned, "Edit", |v| v.set_field("stage", "contract")).unwrap();
    let page = client_page(&portfolio, &client).unwrap();
    assert_eq!(page.stage, Some(SalesStage::Presentation));
    assert_eq!(page.stage.map(SalesStage::phase), Some("pre_sale"));
    assert_eq!(SalesStage::GoLive.phase(), "in_sale");

    let error = portfolio.update::<Visit>(&planned, "Edit", |v| v.set_field("stage", "closing")).unwrap_err();
    assert!(error.to_string().starts_with("stage: 'closing' is not one of first_visit"), "{error}");
    portfolio.update::<Visit>(&planned, "Edit", |v| v.set_field("stage", "")).unwrap();
    assert_eq!(portfolio.get::<Visit>(&planned).unwrap().stage, None);
}

#[test]
fn a_visit_stored_before_sales_stages_existed_reads_without_a_stage() {
    let mut portfolio = a_portfolio();
    let client = add_client(&mut portfolio, "PGE", Tier::B);
    let visit = plan_visit(&mut portfolio, &client, "vi_old", "2026-01-10");
    // Remove the key, as a visit written by an earlier build lacks it.
    let mut doc = automerge::AutoCommit::load(&portfolio.save()).unwrap();
    let visits = match automerge::ReadDoc::get(&doc, automerge::ROOT, "visits").unwrap() {
        Some((_, id)) => id,
        None => panic!("no visits map"),
    };
    let stored = automerge::ReadDoc::get(&doc, &visits, "vi_old").unwrap().unwrap().1;
    automerge::transaction::Transactable::delete(&mut doc, &stored, "stage").unwrap();
    let old = fieldbook_core::Portfolio::load(&doc.save()).unwrap();
    assert_eq!(old.get::<Visit>(&visit).unwrap().stage, None);
}

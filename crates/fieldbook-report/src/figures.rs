//! The week's figures as CSV in stable codes, one figure per row
//! (`metric,key,value`: `visits.by_purpose.done,routine,3`), for a spreadsheet
//! to pivot whatever the manager's language.

use fieldbook_core::{Money, Tally, WeekSummary};

/// The figures of `summary` as CSV with the header `week,metric,key,value`.
pub fn figures_csv(summary: &WeekSummary) -> String {
    let mut rows: Vec<(String, String, String)> = Vec::new();
    let mut put = |metric: &str, key: &str, value: String| rows.push((metric.to_owned(), key.to_owned(), value));
    let visits = &summary.visits;
    for (metric, value) in
        [("planned", visits.planned), ("done", visits.done), ("cancelled", visits.cancelled), ("missed", visits.missed)]
    {
        put(&format!("visits.{metric}"), "", value.to_string());
    }
    for (group, tallies) in [
        ("by_purpose", &visits.by_purpose),
        ("by_stage", &visits.by_stage),
        ("by_tier", &visits.by_tier),
        ("per_day", &visits.per_day),
    ] {
        tallied(&mut put, group, tallies);
    }
    put("first_visits", "", summary.first_visits.len().to_string());
    for tier in &summary.coverage {
        put("coverage.clients", &tier.tier.to_string(), tier.clients.to_string());
        put("coverage.covered", &tier.tier.to_string(), tier.covered.to_string());
        put("coverage.percent", &tier.tier.to_string(), tier.percent.to_string());
        put("coverage.percent_before", &tier.tier.to_string(), tier.percent_before.to_string());
    }
    put("overdue", "", summary.overdue.len().to_string());
    put("never_contacted", "", summary.never_contacted.len().to_string());
    let care = &summary.care;
    put("care.given", "", care.given.to_string());
    put("care.greetings_sent", "", care.greetings_sent.to_string());
    for counted in &care.by_occasion {
        put("care.by_occasion", &counted.key, counted.count.to_string());
    }
    for counted in &care.by_channel {
        put("care.by_channel", &counted.key, counted.count.to_string());
    }
    let cases = &summary.cases;
    for (metric, value) in [
        ("opened", cases.opened),
        ("resolved", cases.resolved),
        ("confirmed", cases.confirmed),
        ("sla_met", cases.sla_met),
        ("sla_breached", cases.sla_breached),
        ("open", cases.open),
        ("attention", cases.attention.len()),
    ] {
        put(&format!("cases.{metric}"), "", value.to_string());
    }
    put("cases.mean_satisfaction", "", cases.mean_satisfaction.map(|m| m.to_string()).unwrap_or_default());
    let tasks = &summary.tasks;
    for (metric, value) in
        [("opened", tasks.opened), ("done", tasks.done), ("open", tasks.open), ("overdue", tasks.overdue)]
    {
        put(&format!("tasks.{metric}"), "", value.to_string());
    }
    let arrears = &summary.arrears;
    amounts(&mut put, "arrears.outstanding", &arrears.outstanding);
    amounts(&mut put, "arrears.collected", &arrears.collected);
    put("arrears.clients", "", arrears.clients.to_string());
    put("arrears.past_due", "", arrears.past_due.to_string());
    put("next_week.planned", "", summary.next_week.planned.len().to_string());
    put("next_week.due", "", summary.next_week.due.len().to_string());
    let week = summary.week.to_string();
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(["week", "metric", "key", "value"]).expect("CSV written to memory");
    for (metric, key, value) in rows {
        out.write_record([&week, &metric, &key, &value]).expect("CSV written to memory");
    }
    String::from_utf8(out.into_inner().expect("CSV written to memory")).expect("CSV of UTF-8 text")
}

fn tallied(put: &mut impl FnMut(&str, &str, String), group: &str, tallies: &[Tally]) {
    for tally in tallies {
        put(&format!("visits.{group}.planned"), &tally.key, tally.planned.to_string());
        put(&format!("visits.{group}.done"), &tally.key, tally.done.to_string());
    }
}

fn amounts(put: &mut impl FnMut(&str, &str, String), metric: &str, amounts: &[Money]) {
    for money in amounts {
        put(metric, &money.currency, money.amount_text());
    }
}

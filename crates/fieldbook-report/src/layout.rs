//! The week's summary laid out in the manager's language: a title, headline
//! figures, the bars of the two charts (coverage per tier, visits per day) and
//! sections of tables — the one layout the terminal tables and the PDF share.
//! Long lists are cut to [`LIST_ROWS`] rows with a last row saying how many more.

use fieldbook_core::{Counted, DueClient, Language, Money, Tally, WeekSummary};
use fieldbook_i18n::{FluentValue, Messages};
use serde::Serialize;

/// The most rows a list (overdue clients, outcomes) shows; the JSON has them all.
pub const LIST_ROWS: usize = 25;

/// The report laid out, every word in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Report {
    /// BCP 47 language of the text, for hyphenation and quotes (`zh`, `pl`).
    pub lang: String,
    /// `Weekly report — Li Na`.
    pub title: String,
    /// The week and its days, and the instant it stands at.
    pub subtitle: String,
    /// The headline figures.
    pub figures: Vec<Figure>,
    /// The coverage chart's title.
    pub coverage_title: String,
    /// The coverage chart's legend: this week, the week before.
    pub coverage_legend: [String; 2],
    /// Coverage per tier, A first.
    pub coverage: Vec<Bar>,
    /// The visits-per-day chart.
    pub per_day: DayBars,
    /// The tables.
    pub sections: Vec<Section>,
    /// What an empty table shows.
    pub none: String,
}

/// A headline figure: `Visits made 3 / 6`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Figure {
    /// What it counts.
    pub label: String,
    /// The figure as shown.
    pub value: String,
}

/// A tier's coverage bar.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Bar {
    /// `A`.
    pub label: String,
    /// Percent at the week's end.
    pub percent: f64,
    /// Percent at the end of the week before.
    pub before: f64,
    /// `100 % (90 %)`.
    pub text: String,
}

/// The visits-per-day chart: a pair of columns per day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DayBars {
    /// The chart's title.
    pub title: String,
    /// Legend: planned, made.
    pub legend: [String; 2],
    /// `Mon 11-30` … one per day.
    pub days: Vec<String>,
    /// Visits planned per day.
    pub planned: Vec<usize>,
    /// Visits made per day.
    pub done: Vec<usize>,
}

/// A table under a heading.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Section {
    /// The heading.
    pub heading: String,
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows, each as long as `headers`.
    pub rows: Vec<Vec<String>>,
    /// The record each row names, by row, where the app can open it; empty when none does.
    pub links: Vec<Option<RowLink>>,
}

/// The record a row names, which the app opens from the cell at `column`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RowLink {
    /// The cell that names it.
    pub column: usize,
    /// What kind of record.
    pub record: Record,
    /// Its id.
    pub id: String,
    /// The team member whose portfolio it is in; `None` in the manager's own.
    pub owner: Option<String>,
}

/// A kind of record a report row can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Record {
    /// A client's page.
    Client,
    /// A case's page.
    Case,
}

impl RowLink {
    /// The client `id` of the manager's own portfolio, named in the first cell.
    pub(crate) fn client(id: &impl AsRef<str>) -> RowLink {
        RowLink { column: 0, record: Record::Client, id: id.as_ref().to_owned(), owner: None }
    }

    /// The case `id` of the manager's own portfolio, named in the first cell.
    pub(crate) fn case(id: &impl AsRef<str>) -> RowLink {
        RowLink { column: 0, record: Record::Case, id: id.as_ref().to_owned(), owner: None }
    }

    /// This link, named in cell `column` of a row of `owner`'s.
    pub(crate) fn of(self, owner: &str, column: usize) -> RowLink {
        RowLink { column, owner: Some(owner.to_owned()), ..self }
    }
}

impl Section {
    /// A table whose rows name no record.
    pub(crate) fn new(heading: String, headers: Vec<String>, rows: Vec<Vec<String>>) -> Section {
        Section { heading, headers, rows, links: Vec::new() }
    }

    /// A table whose rows each name a record, cut to [`LIST_ROWS`] like [`cut`].
    pub(crate) fn linked(heading: String, headers: Vec<String>, rows: Vec<(Vec<String>, RowLink)>) -> Section {
        let (rows, mut links): (Vec<_>, Vec<_>) = rows.into_iter().map(|(row, link)| (row, Some(link))).unzip();
        links.truncate(LIST_ROWS);
        Section { heading, headers, rows: cut(rows), links }
    }
}

/// `summary` laid out in `language`.
pub fn lay_out(summary: &WeekSummary, language: Language) -> Report {
    let words = Words::new(language);
    let w = |id: &str| words.say(id);
    let visits = &summary.visits;
    let zone_free_as_of = summary.as_of.0.format("%Y-%m-%d %H:%M").to_string();
    let subtitle = format!(
        "{} · {} {zone_free_as_of}",
        words.format(
            "report-week",
            &[
                ("week", summary.week.to_string().into()),
                ("from", summary.first_day.to_string().into()),
                ("to", summary.last_day.to_string().into())
            ]
        ),
        w("report-as-of"),
    );
    let figures = vec![
        Figure { label: w("report-visits"), value: format!("{} / {}", visits.done, visits.planned) },
        Figure { label: w("report-first-visits"), value: summary.first_visits.len().to_string() },
        Figure { label: w("report-overdue"), value: summary.overdue.len().to_string() },
        Figure { label: w("report-cases"), value: format!("{} / {}", summary.cases.resolved, summary.cases.opened) },
    ];
    Report {
        lang: typst_lang(language).to_owned(),
        title: format!("{} — {}", w("report-title"), summary.manager),
        subtitle,
        figures,
        coverage_title: w("report-coverage"),
        coverage_legend: [summary.week.to_string(), w("report-coverage-before")],
        coverage: summary
            .coverage
            .iter()
            .map(|tier| Bar {
                label: tier.tier.to_string(),
                percent: tier.percent,
                before: tier.percent_before,
                text: format!("{} % ({} %)", tier.percent, tier.percent_before),
            })
            .collect(),
        per_day: DayBars {
            title: w("report-per-day"),
            legend: [w("report-planned"), w("report-done")],
            days: visits.per_day.iter().map(|day| day.key.get(5..).unwrap_or(&day.key).to_owned()).collect(),
            planned: visits.per_day.iter().map(|day| day.planned).collect(),
            done: visits.per_day.iter().map(|day| day.done).collect(),
        },
        sections: words.sections(summary),
        none: w("report-none"),
    }
}

/// The language code typst hyphenates and quotes by.
pub(crate) fn typst_lang(language: Language) -> &'static str {
    match language {
        Language::En => "en",
        Language::ZhCn => "zh",
        Language::Pl => "pl",
        Language::Az => "az",
    }
}

/// The messages of one language, and the report's phrases made of them.
pub(crate) struct Words {
    messages: Messages,
}

impl Words {
    /// The words of `language`.
    pub(crate) fn new(language: Language) -> Words {
        Words { messages: Messages::new(language) }
    }

    /// Message `id`.
    pub(crate) fn say(&self, id: &str) -> String {
        self.messages.format(id, &[])
    }

    fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.messages.format(id, args)
    }

    /// A code's name from `prefix-<code>`, the code itself when there is none.
    fn named(&self, prefix: &str, code: &str) -> String {
        self.messages.find(&format!("{prefix}-{code}"), &[]).unwrap_or_else(|| code.to_owned())
    }

    fn sections(&self, summary: &WeekSummary) -> Vec<Section> {
        let w = |id: &str| self.say(id);
        let visits = &summary.visits;
        let counts = |rows: &[(&str, String)]| {
            rows.iter().map(|(label, value)| vec![w(label), value.clone()]).collect::<Vec<_>>()
        };
        let cases = &summary.cases;
        let tasks = &summary.tasks;
        let arrears = &summary.arrears;
        vec![
            Section::new(
                w("report-visits"),
                vec![String::new(), w("report-count")],
                counts(&[
                    ("report-planned", visits.planned.to_string()),
                    ("report-done", visits.done.to_string()),
                    ("report-cancelled", visits.cancelled.to_string()),
                    ("report-missed", visits.missed.to_string()),
                ]),
            ),
            self.tallies("report-by-purpose", "report-purpose", &visits.by_purpose, |key| self.named("purpose", key)),
            self.tallies("report-by-stage", "report-by-stage", &visits.by_stage, |key| self.named("stage", key)),
            self.tallies("report-by-tier", "report-tier", &visits.by_tier, str::to_owned),
            Section::new(
                w("report-coverage"),
                vec![
                    w("report-tier"),
                    w("report-clients"),
                    w("report-covered"),
                    "%".into(),
                    w("report-coverage-before"),
                ],
                summary
                    .coverage
                    .iter()
                    .map(|tier| {
                        vec![
                            tier.tier.to_string(),
                            tier.clients.to_string(),
                            tier.covered.to_string(),
                            format!("{} %", tier.percent),
                            format!("{} %", tier.percent_before),
                        ]
                    })
                    .collect(),
            ),
            Section::linked(
                w("report-first-visits"),
                vec![w("report-client"), w("report-tier")],
                summary
                    .first_visits
                    .iter()
                    .map(|c| (vec![c.name.clone(), c.tier.to_string()], RowLink::client(&c.id)))
                    .collect(),
            ),
            self.due_clients("report-overdue", &summary.overdue),
            self.due_clients("report-never-contacted", &summary.never_contacted),
            Section::new(
                w("report-care"),
                vec![w("report-occasion"), w("report-count")],
                self.counted(&summary.care.by_occasion, |key| match key {
                    "birthday" => w("care-birthday"),
                    "other" => w("report-other"),
                    holiday => holiday.to_owned(),
                }),
            ),
            Section::new(
                w("report-channel"),
                vec![w("report-channel"), w("report-count")],
                self.counted(&summary.care.by_channel, |key| match key {
                    "gift" => w("report-gift"),
                    channel => self.named("channel", channel),
                })
                .into_iter()
                .chain([vec![w("report-greetings-sent"), summary.care.greetings_sent.to_string()]])
                .collect(),
            ),
            Section::new(
                w("report-cases"),
                vec![String::new(), w("report-count")],
                counts(&[
                    ("report-opened", cases.opened.to_string()),
                    ("report-resolved", cases.resolved.to_string()),
                    ("report-confirmed", cases.confirmed.to_string()),
                    ("report-sla-met", cases.sla_met.to_string()),
                    ("report-sla-breached", cases.sla_breached.to_string()),
                    ("report-satisfaction", cases.mean_satisfaction.map(|m| format!("{m} / 5")).unwrap_or("—".into())),
                    ("report-open", cases.open.to_string()),
                ]),
            ),
            Section::linked(
                w("report-attention"),
                vec![w("report-client"), w("report-date"), w("report-sla-breached")],
                cases
                    .attention
                    .iter()
                    .map(|row| {
                        let due = row.resolution_due.map(|due| due.0.format("%Y-%m-%d %H:%M").to_string());
                        let breached = if row.breached { "✗" } else { "!" };
                        (
                            vec![row.client_name.clone(), due.unwrap_or_default(), breached.to_owned()],
                            RowLink::case(&row.id),
                        )
                    })
                    .collect(),
            ),
            Section::new(
                w("report-tasks"),
                vec![String::new(), w("report-count")],
                counts(&[
                    ("report-opened", tasks.opened.to_string()),
                    ("report-done", tasks.done.to_string()),
                    ("report-open", tasks.open.to_string()),
                    ("report-tasks-overdue", tasks.overdue.to_string()),
                ]),
            ),
            Section::new(
                w("report-arrears"),
                vec![String::new(), String::new()],
                counts(&[
                    ("report-outstanding", money(&arrears.outstanding)),
                    ("report-clients", arrears.clients.to_string()),
                    ("report-past-due", arrears.past_due.to_string()),
                    ("report-collected", money(&arrears.collected)),
                ]),
            ),
            Section::new(
                w("report-outcomes"),
                vec![w("report-date"), w("report-client"), w("report-purpose"), w("report-outcome")],
                cut(summary
                    .outcomes
                    .iter()
                    .map(|visit| {
                        vec![
                            visit.date.to_string(),
                            visit.client.name.clone(),
                            self.named("purpose", &visit.purpose.to_string()),
                            visit.outcome.clone(),
                        ]
                    })
                    .collect()),
            ),
            Section::new(
                format!("{} ({}) — {}", w("report-next-week"), summary.next_week.week, w("report-next-planned")),
                vec![w("report-date"), w("report-client"), w("report-purpose")],
                cut(summary
                    .next_week
                    .planned
                    .iter()
                    .map(|visit| {
                        vec![
                            format!("{} {}", visit.planned.date, visit.planned.time),
                            visit.client.name.clone(),
                            self.named("purpose", &visit.purpose.to_string()),
                        ]
                    })
                    .collect()),
            ),
            self.due_clients("report-next-due", &summary.next_week.due),
        ]
    }

    fn tallies(&self, heading: &str, key: &str, tallies: &[Tally], name: impl Fn(&str) -> String) -> Section {
        Section::new(
            self.say(heading),
            vec![self.say(key), self.say("report-planned"), self.say("report-done")],
            tallies
                .iter()
                .map(|tally| vec![name(&tally.key), tally.planned.to_string(), tally.done.to_string()])
                .collect(),
        )
    }

    fn due_clients(&self, heading: &str, clients: &[DueClient]) -> Section {
        Section::linked(
            format!("{} ({})", self.say(heading), clients.len()),
            vec![self.say("report-client"), self.say("report-tier"), self.say("report-days-overdue")],
            clients
                .iter()
                .map(|c| {
                    let days = c.days_overdue.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
                    (vec![c.name.clone(), c.tier.to_string(), days], RowLink::client(&c.client_id))
                })
                .collect(),
        )
    }

    fn counted(&self, counted: &[Counted], name: impl Fn(&str) -> String) -> Vec<Vec<String>> {
        counted.iter().map(|c| vec![name(&c.key), c.count.to_string()]).collect()
    }
}

/// `rows` cut to [`LIST_ROWS`], with a last row `… +N` when longer.
pub(crate) fn cut(mut rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    if rows.len() > LIST_ROWS {
        let more = rows.len() - LIST_ROWS;
        let width = rows[0].len();
        rows.truncate(LIST_ROWS);
        let mut last = vec![String::new(); width];
        last[0] = format!("… +{more}");
        rows.push(last);
    }
    rows
}

/// Amounts per currency, `12500.00 CNY, 800.00 PLN`; `0` for none.
fn money(amounts: &[Money]) -> String {
    if amounts.is_empty() {
        return "0".into();
    }
    amounts.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

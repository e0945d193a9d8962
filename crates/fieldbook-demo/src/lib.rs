//! Demo portfolios: a realistic, synthetic book of Chinese, Polish and
//! Azerbaijani clients with their people, three years of visits, complaints,
//! follow-ups and care, for trying the app and for benchmarks.
//!
//! Generation is deterministic: the same [`DemoSpec`] always writes the same
//! records (ids included), because every client draws from its own stream of
//! one seeded ChaCha generator and "today" is part of the spec. Each client
//! and everything about it is written in one commit through
//! [`Action::insert`](fieldbook_core::Action::insert), so every record is validated
//! like a user's would be.
//!
//! The first client of each region carries the calendar's edge cases, so even
//! a small demo has them: a Chinese key person born in a leap lunar month and a
//! contact born on lunar day 30, or a key person born on 29 February.

mod locale;

use autosurgeon::Text;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveTime, TimeZone, Timelike, Utc, Weekday};
use std::collections::BTreeMap;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use self::locale::{City, HolidayDates, Industry, Locale};
use fieldbook_core::Problem;
use fieldbook_core::{
    Birthday, Cadence, CareChannel, CareLogEntry, CareLogId, Case, CaseChannel, CaseEvent, CaseEventId, CaseId,
    CaseStep, Client, ClientId, ClientStatus, Contact, ContactId, Date, DayWindow, FieldError, GeoPoint, Instant,
    Money, Occasion, PlannedStart, Portfolio, PortfolioError, RecordId, Region, Severity, Task, TaskId, Tier,
    TimeOfDay, Visit, VisitId, VisitPurpose, VisitStatus, Zone,
};

/// How far back the demo's history reaches.
const HISTORY_DAYS: i64 = 3 * 365;
/// How far ahead visits are already planned.
const PLANNING_DAYS: i64 = 35;
/// Years with a leap lunar month, and that month: births in it are real dates.
const LEAP_MONTHS: &[(i32, u32)] = &[
    (1963, 4),
    (1966, 3),
    (1968, 7),
    (1971, 5),
    (1974, 4),
    (1976, 8),
    (1979, 6),
    (1982, 4),
    (1984, 10),
    (1987, 6),
    (1990, 5),
    (1993, 3),
    (1995, 8),
    (1998, 5),
];

/// Where the demo's clients are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientMix {
    /// Every client in the region of the portfolio's settings.
    PortfolioRegion,
    /// Each client in one of these regions, drawn at random with equal weight.
    Regions(Vec<Region>),
}

/// What demo portfolio to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSpec {
    /// How many clients (each with about 5 contacts and 20 visits).
    pub clients: usize,
    /// Seed of the generator: the same spec always writes the same records.
    pub seed: u64,
    /// The day the history leads up to: visits before it are done or cancelled,
    /// visits after it are planned.
    pub today: Date,
    /// Where the clients are.
    pub mix: ClientMix,
}

impl DemoSpec {
    /// A demo of `clients` clients in the portfolio's own region.
    pub fn new(clients: usize, seed: u64, today: Date) -> DemoSpec {
        DemoSpec { clients, seed, today, mix: ClientMix::PortfolioRegion }
    }

    fn check(&self) -> Result<(), FieldError> {
        if !(1970..=9000).contains(&self.today.0.year()) {
            return Err(FieldError::refused(
                "today",
                Problem::YearOutOfRange { value: self.today.to_string(), min: "1970".into(), max: "9000".into() },
            ));
        }
        if let ClientMix::Regions(regions) = &self.mix
            && regions.is_empty()
        {
            return Err(FieldError::refused("regions", Problem::NoRegion));
        }
        Ok(())
    }
}

/// How many records of each kind a demo wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DemoSummary {
    /// Clients.
    pub clients: usize,
    /// Contacts, key persons included.
    pub contacts: usize,
    /// Contacts who are key persons.
    pub key_persons: usize,
    /// Visits: done, cancelled and planned.
    pub visits: usize,
    /// Complaint cases.
    pub cases: usize,
    /// Follow-up tasks.
    pub tasks: usize,
    /// Care log entries.
    pub care_log_entries: usize,
    /// Commits made: one per client.
    pub commits: usize,
}

/// Writes a demo portfolio into `portfolio`: one commit per client holding the
/// client, its contacts, visits, cases, tasks and care log.
///
/// Fails, leaving the clients written so far, if the spec is unusable or a
/// record is refused (for instance when the same demo is generated twice into
/// one portfolio, its ids are already used).
pub fn generate_demo(portfolio: &mut Portfolio, spec: &DemoSpec) -> Result<DemoSummary, PortfolioError> {
    spec.check()?;
    let regions = match &spec.mix {
        ClientMix::PortfolioRegion => vec![portfolio.settings()?.region],
        ClientMix::Regions(regions) => regions.clone(),
    };
    let manager = portfolio.settings()?.manager_name;
    let mut showcased: Vec<Region> = Vec::new();
    let mut summary = DemoSummary::default();
    for number in 1..=spec.clients {
        let mut rng = client_rng(spec.seed, number);
        let region = *pick(&mut rng, &regions);
        let showcase = !showcased.contains(&region);
        if showcase {
            showcased.push(region);
        }
        let mut story =
            Story { rng: &mut rng, manager: manager.clone(), locale: Locale::of(region), today: spec.today.0 };
        let account = story.account(number, showcase);
        let message = format!("Demo: client {number} of {} {}", spec.clients, account.client.name);
        portfolio.act(message, |action| {
            action.insert(&account.client)?;
            account.contacts.iter().try_for_each(|record| action.insert(record))?;
            account.visits.iter().try_for_each(|record| action.insert(record))?;
            account.cases.iter().try_for_each(|record| action.insert(record))?;
            account.tasks.iter().try_for_each(|record| action.insert(record))?;
            account.care_log.iter().try_for_each(|record| action.insert(record))
        })?;
        summary.count(&account);
    }
    Ok(summary)
}

impl DemoSummary {
    fn count(&mut self, account: &DemoAccount) {
        self.clients += 1;
        self.contacts += account.contacts.len();
        self.key_persons += account.contacts.iter().filter(|c| c.key_person).count();
        self.visits += account.visits.len();
        self.cases += account.cases.len();
        self.tasks += account.tasks.len();
        self.care_log_entries += account.care_log.len();
        self.commits += 1;
    }
}

/// Client `number`'s own stream of the seeded generator, so that a client's
/// records do not depend on how many records the clients before it drew.
fn client_rng(seed: u64, number: usize) -> ChaCha8Rng {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(number as u64);
    rng
}

/// One client and everything recorded about it.
struct DemoAccount {
    client: Client,
    contacts: Vec<Contact>,
    visits: Vec<Visit>,
    cases: Vec<Case>,
    tasks: Vec<Task>,
    care_log: Vec<CareLogEntry>,
}

/// The stretch of the history in which the manager worked with a client.
struct Span {
    /// First day of the relationship within the history.
    since: NaiveDate,
    /// The day after the last possible visit: today, or the day the client left.
    until: NaiveDate,
}

/// A case and the day it was first resolved, if it was.
struct CaseStory {
    case: Case,
    resolved_on: Option<NaiveDate>,
}

/// Makes up one client's three years in the manager's portfolio.
struct Story<'a> {
    rng: &'a mut ChaCha8Rng,
    manager: String,
    locale: &'static Locale,
    today: NaiveDate,
}

impl Story<'_> {
    fn account(&mut self, number: usize, showcase: bool) -> DemoAccount {
        let industry = pick(self.rng, self.locale.industries);
        let city = pick(self.rng, self.locale.cities);
        let client = self.client(industry, city);
        let domain = format!("{}{number:04}.{}", industry.domain_stem, self.locale.tld);
        let mut contacts = self.contacts(&client, city, &domain);
        if showcase {
            self.showcase_birthdays(&mut contacts);
        }
        let key_people: Vec<String> = contacts.iter().filter(|c| c.key_person).map(|c| c.name.clone()).collect();
        let span = self.span(&client);
        let mut visits = self.visits(&client, &span, &key_people);
        let case_stories = self.cases(&client, &contacts, &span);
        visits.extend(self.case_follow_ups(&client, &case_stories, &key_people));
        let cases: Vec<Case> = case_stories.into_iter().map(|story| story.case).collect();
        let tasks = self.tasks(&client, &visits, &cases);
        let care_log = self.care_log(&client, &contacts, &span);
        DemoAccount { client, contacts, visits, cases, tasks, care_log }
    }

    // --- the client -------------------------------------------------------

    fn client(&mut self, industry: &Industry, city: &City) -> Client {
        let tier = weighted(self.rng, &[(Tier::A, 10), (Tier::B, 25), (Tier::C, 40), (Tier::D, 25)]);
        let status = weighted(
            self.rng,
            &[
                (ClientStatus::Active, 78),
                (ClientStatus::Prospect, 8),
                (ClientStatus::AtRisk, 9),
                (ClientStatus::Lost, 5),
            ],
        );
        let name = self.company_name(industry);
        let mut client = Client::new(ClientId::generate(self.rng), name, tier);
        client.industry = industry.label.to_string();
        client.status = status;
        client.address = self.address(city);
        client.location = Some(self.location(city));
        let (open, close) = *pick(self.rng, self.locale.office_hours);
        client.office_hours = Some(DayWindow { start: clock(open), end: clock(close) });
        if let Some((start, end)) = self.contract(status) {
            client.contract_start = Some(Date(start));
            client.contract_end = Some(Date(end));
        }
        if let Some((amount, due)) = self.arrears(tier, status) {
            client.arrears = Some(amount);
            client.arrears_due = Some(Date(due));
        }
        client.tags = self.tags(tier);
        let rivalry = if status == ClientStatus::AtRisk { 0.8 } else { 0.3 };
        if self.rng.random_bool(rivalry) {
            client.competitor_notes = Text::with_value(*pick(self.rng, self.locale.competitor_notes));
        }
        client
    }

    fn company_name(&mut self, industry: &Industry) -> String {
        let form = pick(self.rng, self.locale.company_forms);
        let prefix = pick(self.rng, self.locale.company_prefixes);
        let word = pick(self.rng, industry.name_words);
        form.replace("{prefix}", prefix).replace("{word}", word)
    }

    fn address(&mut self, city: &City) -> String {
        let district = pick(self.rng, city.districts);
        let street = pick(self.rng, city.streets);
        let house = self.rng.random_range(1..300);
        match self.locale.region {
            Region::Cn => format!("{}{district}{street}{}号", city.name, house * 3),
            Region::Pl => format!("ul. {street} {house}, {district}-{} {}", digits(self.rng, 3), city.name),
            Region::Az => format!("{street} {house}, {} {district}{}", city.name, digits(self.rng, 2)),
        }
    }

    fn location(&mut self, city: &City) -> GeoPoint {
        let lat = city.lat + self.rng.random_range(-0.12..0.12);
        let lon = city.lon + self.rng.random_range(-0.16..0.16);
        GeoPoint { lat: round5(lat), lon: round5(lon) }
    }

    /// The current contract's first and last day: running (a few just lapsed,
    /// awaiting renewal) for customers, ended for lost clients, none for prospects.
    fn contract(&mut self, status: ClientStatus) -> Option<(NaiveDate, NaiveDate)> {
        let end = match status {
            ClientStatus::Prospect => return None,
            ClientStatus::Lost => self.today - days(self.rng.random_range(30..500)),
            ClientStatus::Active | ClientStatus::AtRisk => self.today + days(self.rng.random_range(-20..900)),
        };
        let years = self.rng.random_range(1..=3);
        Some((end - days(365 * years - 1), end))
    }

    /// What a client owes and when it was due: a few customers, more of those at risk or lost.
    fn arrears(&mut self, tier: Tier, status: ClientStatus) -> Option<(Money, NaiveDate)> {
        let share = match status {
            ClientStatus::Prospect => 0.0,
            ClientStatus::Active => 0.07,
            ClientStatus::AtRisk => 0.35,
            ClientStatus::Lost => 0.25,
        };
        if !self.rng.random_bool(share) {
            return None;
        }
        let units: i64 = match tier {
            Tier::A => self.rng.random_range(20_000..300_000),
            Tier::B => self.rng.random_range(5_000..80_000),
            Tier::C => self.rng.random_range(1_000..20_000),
            Tier::D => self.rng.random_range(200..5_000),
        };
        let amount = Money {
            minor_units: units * 100 + self.rng.random_range(0..100),
            currency: self.locale.currency.to_string(),
        };
        Some((amount, self.today - days(self.rng.random_range(-30..120))))
    }

    /// Tier A clients carry the "key account" tag (the first of the locale's tags).
    fn tags(&mut self, tier: Tier) -> Vec<String> {
        let mut tags: Vec<String> = Vec::new();
        if tier == Tier::A {
            tags.extend(self.locale.tags.first().map(|tag| tag.to_string()));
        }
        for _ in 0..self.rng.random_range(0..=2) {
            let tag = pick(self.rng, &self.locale.tags[1..]).to_string();
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        tags
    }

    /// When the manager worked with the client: prospects are recent, lost
    /// clients stopped a while ago, a quarter of the customers are newer than
    /// the history.
    fn span(&mut self, client: &Client) -> Span {
        let today = self.today;
        let history_start = today - days(HISTORY_DAYS);
        match client.status {
            ClientStatus::Prospect => Span { since: today - days(self.rng.random_range(30..270)), until: today },
            ClientStatus::Lost => Span { since: history_start, until: today - days(self.rng.random_range(60..400)) },
            ClientStatus::Active | ClientStatus::AtRisk => {
                let since = if self.rng.random_bool(0.25) {
                    today - days(self.rng.random_range(120..HISTORY_DAYS))
                } else {
                    history_start
                };
                Span { since, until: today }
            }
        }
    }

    // --- people -----------------------------------------------------------

    /// The client's people, key persons first; bigger clients have more.
    fn contacts(&mut self, client: &Client, city: &City, domain: &str) -> Vec<Contact> {
        let (count, two_keys) = match client.tier {
            Tier::A => (self.rng.random_range(7..=10), 0.7),
            Tier::B => (self.rng.random_range(5..=7), 0.5),
            Tier::C => (self.rng.random_range(3..=6), 0.25),
            Tier::D => (self.rng.random_range(2..=4), 0.1),
        };
        let key_persons = if self.rng.random_bool(two_keys) { 2 } else { 1 };
        (0..count).map(|n| self.contact(client, city, domain, n < key_persons)).collect()
    }

    fn contact(&mut self, client: &Client, city: &City, domain: &str, key_person: bool) -> Contact {
        let female = self.rng.random_bool(0.45);
        let (male_surname, female_surname, male_ascii) = *pick(self.rng, self.locale.surnames);
        let (surname, surname_ascii) = if female && female_surname != male_surname {
            (female_surname, feminine_ascii(self.locale.region, male_ascii))
        } else {
            (male_surname, male_ascii.to_string())
        };
        let names = if female { self.locale.female_names } else { self.locale.male_names };
        let (given, given_ascii) = *pick(self.rng, names);
        let (name, email_user) = match self.locale.region {
            Region::Cn => (format!("{surname}{given}"), format!("{surname_ascii}{given_ascii}")),
            Region::Pl | Region::Az => (format!("{given} {surname}"), format!("{given_ascii}.{surname_ascii}")),
        };
        let mut contact = Contact::new(ContactId::generate(self.rng), client.id.clone(), name);
        contact.key_person = key_person;
        let titles = if key_person { self.locale.key_titles } else { self.locale.titles };
        contact.title = pick(self.rng, titles).to_string();
        contact.phones.push(self.mobile_phone());
        if self.rng.random_bool(0.4) {
            contact.phones.push(self.landline(city));
        }
        if self.rng.random_bool(0.75) {
            contact.email = Some(format!("{email_user}@{domain}"));
        }
        contact.birthday = self.birthday(key_person);
        contact.preferences = self.preferences(key_person);
        if key_person && self.rng.random_bool(0.4) {
            contact.notes = Text::with_value(*pick(self.rng, self.locale.person_notes));
        }
        contact
    }

    fn mobile_phone(&mut self) -> String {
        let prefix = pick(self.rng, self.locale.mobile_prefixes);
        let code = self.locale.country_code;
        match self.locale.region {
            Region::Cn => format!("{code} {prefix} {} {}", digits(self.rng, 4), digits(self.rng, 4)),
            Region::Pl => format!("{code} {prefix} {} {}", digits(self.rng, 3), digits(self.rng, 3)),
            Region::Az => {
                format!("{code} {prefix} {} {} {}", digits(self.rng, 3), digits(self.rng, 2), digits(self.rng, 2))
            }
        }
    }

    fn landline(&mut self, city: &City) -> String {
        let code = self.locale.country_code;
        let area = city.area_code;
        match self.locale.region {
            Region::Cn => format!("{code} {area} {} {}", digits(self.rng, 4), digits(self.rng, 4)),
            Region::Pl | Region::Az => {
                format!("{code} {area} {} {} {}", digits(self.rng, 3), digits(self.rng, 2), digits(self.rng, 2))
            }
        }
    }

    /// Most key persons' birthdays are known; Chinese key persons mostly keep
    /// theirs in the lunar calendar.
    fn birthday(&mut self, key_person: bool) -> Option<Birthday> {
        if !self.rng.random_bool(if key_person { 0.95 } else { 0.6 }) {
            return None;
        }
        let lunar_share = match (self.locale.region, key_person) {
            (Region::Cn, true) => 0.6,
            (Region::Cn, false) => 0.25,
            _ => 0.0,
        };
        Some(if self.rng.random_bool(lunar_share) { self.lunar_birthday() } else { self.gregorian_birthday() })
    }

    /// One in ten in a leap month (in a year that had it), and some on day 30,
    /// which many years' month lacks; those are kept without a year.
    fn lunar_birthday(&mut self) -> Birthday {
        let roll = self.rng.random_range(0..100);
        let known_year = self.rng.random_bool(0.5);
        if roll < 10 {
            let (year, month) = *pick(self.rng, LEAP_MONTHS);
            let day = self.rng.random_range(1..=29);
            return Birthday::Lunar { year: known_year.then_some(year), month, day, leap: true };
        }
        let month = self.rng.random_range(1..=12);
        if roll < 18 {
            return Birthday::Lunar { year: None, month, day: 30, leap: false };
        }
        let year = self.rng.random_range(1960..=1995);
        Birthday::Lunar { year: known_year.then_some(year), month, day: self.rng.random_range(1..=29), leap: false }
    }

    /// A few are born on 29 February (in a leap year when the year is known).
    fn gregorian_birthday(&mut self) -> Birthday {
        let known_year = self.rng.random_bool(0.6);
        if self.rng.random_bool(0.015) {
            let year = 1964 + 4 * self.rng.random_range(0..9);
            return Birthday::Gregorian { year: known_year.then_some(year), month: 2, day: 29 };
        }
        const MONTH_DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        let month = self.rng.random_range(1..=12);
        let day = self.rng.random_range(1..=MONTH_DAYS[month as usize - 1]);
        let year = self.rng.random_range(1960..=1998);
        Birthday::Gregorian { year: known_year.then_some(year), month, day }
    }

    fn showcase_birthdays(&self, contacts: &mut [Contact]) {
        let (key_birthday, other_birthday) = match self.locale.region {
            Region::Cn => (
                Birthday::Lunar { year: Some(1987), month: 6, day: 18, leap: true },
                Some(Birthday::Lunar { year: None, month: 12, day: 30, leap: false }),
            ),
            Region::Pl | Region::Az => (Birthday::Gregorian { year: Some(1984), month: 2, day: 29 }, None),
        };
        if let Some(key_person) = contacts.first_mut() {
            key_person.birthday = Some(key_birthday);
        }
        if let (Some(contact), Some(birthday)) = (contacts.get_mut(1), other_birthday) {
            contact.birthday = Some(birthday);
        }
    }

    fn preferences(&mut self, key_person: bool) -> Vec<String> {
        let count = if key_person { self.rng.random_range(1..=3) } else { self.rng.random_range(0..=1) };
        let mut preferences: Vec<String> = Vec::new();
        for _ in 0..count {
            let preference = pick(self.rng, self.locale.preferences).to_string();
            if !preferences.contains(&preference) {
                preferences.push(preference);
            }
        }
        preferences
    }

    // --- visits -----------------------------------------------------------

    /// Visits at the tier's cadence (give or take a quarter) through the span,
    /// then the ones already planned for the coming weeks. The last visit to a
    /// client in arrears was to collect.
    fn visits(&mut self, client: &Client, span: &Span, people: &[String]) -> Vec<Visit> {
        let mut past: Vec<NaiveDate> = Vec::new();
        let first_gap = self.gap(client);
        let mut due = span.since + days(self.rng.random_range(0..first_gap));
        while due < span.until {
            let day = weekday_on_or_before(due);
            if day < self.today && day >= span.since {
                past.push(day);
            }
            due += days(self.gap(client));
        }
        let last = past.len().checked_sub(1);
        let mut visits: Vec<Visit> = Vec::with_capacity(past.len() + 3);
        for (index, day) in past.into_iter().enumerate() {
            let purpose = if client.arrears.is_some() && Some(index) == last {
                VisitPurpose::Collection
            } else {
                self.purpose(client.status)
            };
            let mut visit = self.past_visit(client, day, purpose, people);
            if purpose == VisitPurpose::Collection {
                visit.collected = client.arrears.as_ref().map(part_payment);
            }
            visits.push(visit);
        }
        if span.until == self.today && client.status != ClientStatus::Lost {
            while due <= self.today + days(PLANNING_DAYS) {
                let day = weekday_on_or_after(due.max(self.today + days(1)));
                let purpose = self.purpose(client.status);
                visits.push(self.planned_visit(client, day, purpose));
                due += days(self.gap(client));
            }
        }
        visits
    }

    /// Days until the next visit: the tier's cadence give or take a quarter;
    /// prospects are courted every three to six weeks.
    fn gap(&mut self, client: &Client) -> i64 {
        if client.status == ClientStatus::Prospect {
            return self.rng.random_range(21..=45);
        }
        let cadence = i64::from(Cadence::default().days(client.tier));
        self.rng.random_range(cadence * 3 / 4..=cadence * 5 / 4)
    }

    fn purpose(&mut self, status: ClientStatus) -> VisitPurpose {
        if status == ClientStatus::Prospect {
            return weighted(self.rng, &[(VisitPurpose::SalesStep, 80), (VisitPurpose::Routine, 20)]);
        }
        weighted(self.rng, &[(VisitPurpose::Routine, 80), (VisitPurpose::SalesStep, 11), (VisitPurpose::Care, 9)])
    }

    fn planned_visit(&mut self, client: &Client, day: NaiveDate, purpose: VisitPurpose) -> Visit {
        let duration = weighted(self.rng, &[(30, 15), (45, 25), (60, 40), (90, 15), (120, 5)]);
        let planned = self.planned_start(client, day, duration);
        let mut visit = Visit::planned(VisitId::generate(self.rng), client.id.clone(), planned, duration);
        visit.purpose = purpose;
        visit
    }

    /// Mostly done, with check-in and check-out, notes and an outcome; one in twenty cancelled.
    fn past_visit(&mut self, client: &Client, day: NaiveDate, purpose: VisitPurpose, people: &[String]) -> Visit {
        let mut visit = self.planned_visit(client, day, purpose);
        if self.rng.random_bool(0.05) {
            visit.status = VisitStatus::Cancelled;
            visit.notes = Text::with_value(self.sentence(self.locale.cancellations, people));
            return visit;
        }
        visit.status = VisitStatus::Done;
        if let Some(start) = visit.planned.instant() {
            let check_in = start.0 + Duration::minutes(self.rng.random_range(-10..=20));
            let stay = i64::from(visit.duration_min) + self.rng.random_range(-15..=25);
            visit.check_in = Some(Instant(check_in));
            visit.check_out = Some(Instant(check_in + Duration::minutes(stay.max(10))));
        }
        visit.notes = Text::with_value(self.visit_notes(purpose, people));
        visit.outcome = pick(self.rng, self.locale.outcomes).to_string();
        visit
    }

    /// A half-hour slot within the client's office hours that leaves time for the visit.
    fn planned_start(&mut self, client: &Client, day: NaiveDate, duration_min: u32) -> PlannedStart {
        let (open, close) =
            client.office_hours.map_or((540, 1080), |hours| (minutes_of(hours.start), minutes_of(hours.end)));
        let earliest = open + 30;
        let latest = close.saturating_sub(duration_min).max(earliest);
        let start = earliest + 30 * self.rng.random_range(0..=(latest - earliest) / 30);
        PlannedStart { date: Date(day), time: clock(start), zone: Zone(self.locale.zone) }
    }

    /// One to three sentences, the first about the visit's purpose.
    fn visit_notes(&mut self, purpose: VisitPurpose, people: &[String]) -> String {
        let locale = self.locale;
        let pool = match purpose {
            VisitPurpose::Routine => locale.routine_notes,
            VisitPurpose::SalesStep => locale.sales_notes,
            VisitPurpose::Care => locale.care_notes,
            VisitPurpose::Collection => locale.collection_notes,
            VisitPurpose::ComplaintFollowUp => locale.follow_up_notes,
        };
        let mut sentences = vec![self.sentence(pool, people)];
        for _ in 0..self.rng.random_range(0..=2) {
            let sentence = self.sentence(locale.routine_notes, people);
            if !sentences.contains(&sentence) {
                sentences.push(sentence);
            }
        }
        sentences.join(if locale.joins_tight { "" } else { " " })
    }

    /// A sentence from `pool` about one of the client's key `people`.
    fn sentence(&mut self, pool: &[&str], people: &[String]) -> String {
        let sentence = pick(self.rng, pool);
        if people.is_empty() {
            return sentence.replace("{person}", "");
        }
        sentence.replace("{person}", pick(self.rng, people).as_str())
    }

    // --- complaints, tasks and care ------------------------------------------

    fn cases(&mut self, client: &Client, contacts: &[Contact], span: &Span) -> Vec<CaseStory> {
        let count = match client.tier {
            Tier::A => weighted(self.rng, &[(0, 30), (1, 35), (2, 25), (3, 10)]),
            Tier::B => weighted(self.rng, &[(0, 55), (1, 35), (2, 10)]),
            Tier::C => weighted(self.rng, &[(0, 75), (1, 25)]),
            Tier::D => weighted(self.rng, &[(0, 85), (1, 15)]),
        };
        let length = (span.until - span.since).num_days();
        if client.status == ClientStatus::Prospect || length < 2 {
            return Vec::new();
        }
        (0..count)
            .map(|_| {
                let opened = weekday_on_or_before(span.since + days(self.rng.random_range(1..length)));
                self.case(client, contacts, opened.max(span.since))
            })
            .collect()
    }

    /// A complaint walked through its steps (received, perhaps handed over, in
    /// progress, perhaps waiting on the client, resolved with a reply, perhaps
    /// reopened, confirmed) as far as time allows: old ones are settled, recent
    /// ones are still open at some step.
    fn case(&mut self, client: &Client, contacts: &[Contact], opened: NaiveDate) -> CaseStory {
        let locale = self.locale;
        let (category, description) = *pick(self.rng, locale.complaints);
        let severity = weighted(
            self.rng,
            &[(Severity::Low, 30), (Severity::Medium, 45), (Severity::High, 20), (Severity::Critical, 5)],
        );
        let department = *pick(self.rng, locale.departments);
        let opened_at = local_instant(locale.zone, opened, self.rng.random_range(540..1020));
        let steps = self.case_steps(department, opened_at);
        let settled = (self.today - opened).num_days() > 45;
        let reached = if settled {
            steps.len() - usize::from(self.rng.random_bool(0.1))
        } else {
            self.rng.random_range(1..=steps.len())
        };
        let mut case = Case {
            id: CaseId::generate(self.rng),
            client_id: client.id.clone(),
            raised_by: self.rng.random_bool(0.8).then(|| pick(self.rng, contacts).id.clone()),
            opened_at,
            channel: weighted(
                self.rng,
                &[
                    (CaseChannel::Phone, 40),
                    (CaseChannel::Visit, 20),
                    (CaseChannel::Email, 20),
                    (CaseChannel::Message, 15),
                    (CaseChannel::SocialMedia, 5),
                ],
            ),
            category: category.to_string(),
            severity,
            description: Text::with_value(description),
            events: BTreeMap::new(),
            removed: false,
        };
        let mut resolved_on = None;
        let mut at = opened_at;
        // Most complaints are handled within their SLA; about one in six drags on for days.
        let prompt = self.rng.random_bool(0.83);
        for mut event in steps.into_iter().take(reached) {
            if at.0.date_naive() >= self.today {
                break;
            }
            (event.at, event.recorded_at, event.order) = (at, at, case.events.len() as u64);
            if event.step == CaseStep::Resolve && resolved_on.is_none() {
                resolved_on = Some(at.0.date_naive());
            }
            case.events.insert(CaseEventId::generate(self.rng).to_string(), event);
            at = self.next_step_moment(at.0, prompt);
        }
        CaseStory { case, resolved_on }
    }

    /// When the step after one at `after` is taken, in office hours: within a few
    /// hours (else the next weekday's morning) on a case handled promptly, up to
    /// three days later on one that drags.
    fn next_step_moment(&mut self, after: DateTime<FixedOffset>, prompt: bool) -> Instant {
        if prompt {
            let next = after + Duration::minutes(self.rng.random_range(20..150));
            if next.date_naive() == after.date_naive() && next.time().hour() < 18 {
                return Instant(next);
            }
            let morning = weekday_on_or_after(after.date_naive() + days(1));
            return local_instant(self.locale.zone, morning, self.rng.random_range(540..600));
        }
        let day = after.date_naive() + days(self.rng.random_range(0..=3));
        let candidate = local_instant(self.locale.zone, day, self.rng.random_range(540..1080));
        if candidate.0 > after {
            return candidate;
        }
        Instant(after + Duration::minutes(self.rng.random_range(30..120)))
    }

    /// The steps of a case in order, their times still to be set.
    fn case_steps(&mut self, department: &str, opened_at: Instant) -> Vec<CaseEvent> {
        let [received, _, in_progress, replied, reopened, confirmed] = self.locale.case_steps;
        let step = |step, text: &str| CaseEvent {
            text: text.to_owned(),
            ..CaseEvent::new(step, opened_at, opened_at, self.manager.clone())
        };
        let mut steps = vec![step(CaseStep::Open, received)];
        steps.push(CaseEvent { channel: Some(CaseChannel::Phone), ..step(CaseStep::Reply, in_progress) });
        if self.rng.random_bool(0.5) {
            steps.push(CaseEvent { department: Some(department.to_owned()), ..step(CaseStep::Handover, "") });
        }
        steps.push(step(CaseStep::Start, ""));
        if self.rng.random_bool(0.25) {
            steps.push(CaseEvent { channel: Some(CaseChannel::Phone), ..step(CaseStep::Wait, "") });
            steps.push(step(CaseStep::Start, in_progress));
        }
        let resolution = format!("{} {replied}", pick(self.rng, self.locale.resolutions));
        let resolve = CaseEvent { channel: Some(CaseChannel::Phone), ..step(CaseStep::Resolve, &resolution) };
        steps.push(resolve.clone());
        if self.rng.random_bool(0.08) {
            steps.push(step(CaseStep::Reopen, reopened));
            steps.push(step(CaseStep::Start, in_progress));
            steps.push(resolve);
        }
        let satisfaction = weighted(self.rng, &[(5, 45), (4, 35), (3, 15), (2, 5)]);
        steps.push(CaseEvent { satisfaction: Some(satisfaction), ..step(CaseStep::Confirm, confirmed) });
        steps
    }

    /// After a complaint is resolved the manager visits to hear the client's word:
    /// done when it is past, planned when it is in the coming weeks.
    fn case_follow_ups(&mut self, client: &Client, cases: &[CaseStory], people: &[String]) -> Vec<Visit> {
        let mut visits = Vec::new();
        for resolved_on in cases.iter().filter_map(|story| story.resolved_on) {
            let day = weekday_on_or_after(resolved_on + days(self.rng.random_range(1..6)));
            let purpose = VisitPurpose::ComplaintFollowUp;
            if day < self.today {
                visits.push(self.past_visit(client, day, purpose, people));
            } else if day <= self.today + days(PLANNING_DAYS) {
                let day = weekday_on_or_after(day.max(self.today + days(1)));
                visits.push(self.planned_visit(client, day, purpose));
            }
        }
        visits
    }

    /// Follow-ups from about one visit in eight, a reply for every complaint,
    /// and a reminder to collect arrears.
    fn tasks(&mut self, client: &Client, visits: &[Visit], cases: &[Case]) -> Vec<Task> {
        let mut tasks = Vec::new();
        for visit in visits.iter().filter(|v| v.status == VisitStatus::Done) {
            if !self.rng.random_bool(0.12) {
                continue;
            }
            let due = visit.planned.date.0 + days(self.rng.random_range(3..=14));
            let mut task = Task::new(TaskId::generate(self.rng), *pick(self.rng, self.locale.visit_tasks));
            task.due = Some(Date(due));
            let done = due < self.today - days(14) || (due < self.today && self.rng.random_bool(0.7));
            task.tick(done.then_some(Date(due)));
            task.opened_on = Some(visit.planned.date);
            task.client_id = Some(client.id.clone());
            task.visit_id = Some(visit.id.clone());
            tasks.push(task);
        }
        for case in cases {
            let mut task = Task::new(TaskId::generate(self.rng), self.locale.case_reply_task);
            let timeline = case.timeline();
            task.due = Some(Date(case.opened_at.0.date_naive() + days(2)));
            task.tick(timeline.responded_at.map(|at| Date(at.0.date_naive())));
            task.opened_on = Some(Date(case.opened_at.0.date_naive()));
            task.client_id = Some(client.id.clone());
            task.case_id = Some(case.id.clone());
            tasks.push(task);
        }
        if let Some(amount) = &client.arrears {
            let title = format!("{}: {amount}", self.locale.arrears_task);
            let mut task = Task::new(TaskId::generate(self.rng), title);
            task.due = client.arrears_due;
            task.opened_on = visits.first().map(|visit| visit.planned.date);
            task.client_id = Some(client.id.clone());
            tasks.push(task);
        }
        tasks
    }

    /// Birthday greetings and gifts for key persons most years, and holiday
    /// greetings for the key persons of tier A and B clients.
    fn care_log(&mut self, client: &Client, contacts: &[Contact], span: &Span) -> Vec<CareLogEntry> {
        let mut entries = Vec::new();
        let holidays = matches!(client.tier, Tier::A | Tier::B);
        for contact in contacts.iter().filter(|c| c.key_person) {
            for year in span.since.year()..=span.until.year() {
                let birthday = contact.birthday.and_then(|b| approximate_birthday(b, year));
                if let Some(day) = birthday.filter(|_| self.rng.random_bool(0.8)) {
                    let entry = self.birthday_care(client, contact, day);
                    if span.since <= day && day < span.until {
                        entries.push(entry);
                    }
                }
                if !holidays {
                    continue;
                }
                for holiday in self.locale.holidays {
                    let Some(day) = holiday_date(&holiday.dates, year) else { continue };
                    if !self.rng.random_bool(0.7) {
                        continue;
                    }
                    let day = day - days(self.rng.random_range(0..=2));
                    let channel = if !holiday.gift.is_empty() && client.tier == Tier::A {
                        CareChannel::Gift(holiday.gift.to_string())
                    } else {
                        CareChannel::Message
                    };
                    let entry = self.care_entry(
                        contact,
                        Occasion::Holiday(holiday.key.to_string()),
                        channel,
                        day,
                        holiday.greeting,
                    );
                    if span.since <= day && day < span.until {
                        entries.push(entry);
                    }
                }
            }
        }
        entries
    }

    fn birthday_care(&mut self, client: &Client, contact: &Contact, day: NaiveDate) -> CareLogEntry {
        let gift_share = match client.tier {
            Tier::A => 0.7,
            Tier::B => 0.4,
            Tier::C | Tier::D => 0.1,
        };
        let channel = if self.rng.random_bool(gift_share) {
            CareChannel::Gift(pick(self.rng, self.locale.birthday_gifts).to_string())
        } else {
            weighted(self.rng, &[(CareChannel::Message, 3), (CareChannel::Call, 1)])
        };
        let greeting = *pick(self.rng, self.locale.birthday_greetings);
        self.care_entry(contact, Occasion::Birthday, channel, day, greeting)
    }

    fn care_entry(
        &mut self,
        contact: &Contact,
        occasion: Occasion,
        channel: CareChannel,
        day: NaiveDate,
        note: &str,
    ) -> CareLogEntry {
        CareLogEntry {
            id: CareLogId::generate(self.rng),
            contact_id: contact.id.clone(),
            occasion,
            channel,
            date: Date(day),
            note: note.to_string(),
            reminder_id: None,
            removed: false,
        }
    }
}

/// The ASCII spelling of a woman's family name from the man's: Polish
/// `-ski`/`-cki` become `-ska`/`-cka`, Azerbaijani `-ov`/`-yev` take an `a`.
fn feminine_ascii(region: Region, male_ascii: &str) -> String {
    match (region, male_ascii.strip_suffix('i')) {
        (Region::Pl, Some(stem)) => format!("{stem}a"),
        (Region::Az, _) => format!("{male_ascii}a"),
        _ => male_ascii.to_string(),
    }
}

/// The day a birthday was celebrated in `year`: the Gregorian day (28 February
/// for 29 February in common years), or for a lunar birthday roughly five weeks
/// after the same Gregorian month and day, which is close enough for a demo's
/// care log.
fn approximate_birthday(birthday: Birthday, year: i32) -> Option<NaiveDate> {
    match birthday {
        Birthday::Gregorian { month, day, .. } => NaiveDate::from_ymd_opt(year, month, day)
            .or_else(|| NaiveDate::from_ymd_opt(year, month, day.saturating_sub(1))),
        Birthday::Lunar { month, day, .. } => {
            NaiveDate::from_ymd_opt(year, month, 1).map(|first| first + days(34 + i64::from(day)))
        }
    }
}

fn holiday_date(dates: &HolidayDates, year: i32) -> Option<NaiveDate> {
    let (month, day) = match dates {
        HolidayDates::Fixed(month, day) => (*month, *day),
        HolidayDates::From2020(list) => *list.get(usize::try_from(year - 2020).ok()?)?,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// What a collection visit brings in: a third of the arrears, in whole units.
fn part_payment(arrears: &Money) -> Money {
    Money { minor_units: arrears.minor_units / 300 * 100, currency: arrears.currency.clone() }
}

/// `date`, or the Friday before when it falls on a weekend.
fn weekday_on_or_before(date: NaiveDate) -> NaiveDate {
    match date.weekday() {
        Weekday::Sat => date - days(1),
        Weekday::Sun => date - days(2),
        _ => date,
    }
}

/// `date`, or the Monday after when it falls on a weekend.
fn weekday_on_or_after(date: NaiveDate) -> NaiveDate {
    match date.weekday() {
        Weekday::Sat => date + days(2),
        Weekday::Sun => date + days(1),
        _ => date,
    }
}

/// The instant of `minutes` after midnight on `day` in `zone` (the earlier one
/// when clocks fall back, UTC's reading when they spring forward over it).
fn local_instant(zone: chrono_tz::Tz, day: NaiveDate, minutes: u32) -> Instant {
    let local = day.and_time(clock(minutes).0);
    match zone.from_local_datetime(&local).earliest() {
        Some(at) => Instant(at.fixed_offset()),
        None => Instant(Utc.from_utc_datetime(&local).fixed_offset()),
    }
}

fn clock(minutes: u32) -> TimeOfDay {
    TimeOfDay(NaiveTime::from_num_seconds_from_midnight_opt(minutes * 60, 0).unwrap_or(NaiveTime::MIN))
}

fn minutes_of(time: TimeOfDay) -> u32 {
    time.0.num_seconds_from_midnight() / 60
}

fn days(count: i64) -> Duration {
    Duration::days(count)
}

fn round5(degrees: f64) -> f64 {
    (degrees * 1e5).round() / 1e5
}

fn digits(rng: &mut impl Rng, count: usize) -> String {
    (0..count).map(|_| char::from(b'0' + rng.random_range(0..10u8))).collect()
}

/// One of `items`, which the demo's word lists never leave empty.
fn pick<'a, T>(rng: &mut impl Rng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// One of `choices`, in proportion to its weight.
fn weighted<T: Clone>(rng: &mut impl Rng, choices: &[(T, u32)]) -> T {
    let total: u32 = choices.iter().map(|(_, weight)| weight).sum();
    let mut roll = rng.random_range(0..total);
    for (choice, weight) in choices {
        if roll < *weight {
            return choice.clone();
        }
        roll -= weight;
    }
    choices[0].0.clone()
}

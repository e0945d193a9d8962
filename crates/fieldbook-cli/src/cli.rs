//! The command line: every command, flag and argument of `fieldbook`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use fieldbook_core::{Client, Contact, Task, Visit};

use crate::field_flags::FieldFlags;

/// Fieldbook: an offline-first portfolio for field account managers.
#[derive(Debug, Parser)]
#[command(name = "fieldbook", version, about)]
pub struct Cli {
    /// The data directory (default: $FIELDBOOK_DATA_DIR, else the platform data directory,
    /// shared with the desktop app).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

/// The top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new portfolio in the data directory.
    Init(InitArgs),
    /// Clients: add, list, show, edit, remove.
    #[command(subcommand)]
    Client(ClientCommand),
    /// Contacts at clients: add, list, edit, remove.
    #[command(subcommand)]
    Contact(ContactCommand),
    /// Visits: plan, log, list, edit, cancel.
    #[command(subcommand)]
    Visit(VisitCommand),
    /// Append a line to a visit's notes.
    Note {
        /// The visit (id or unique id prefix).
        visit: String,
        /// The text to append.
        text: String,
    },
    /// Complaints: open, list, show, and take each step to the client's confirmation.
    #[command(subcommand)]
    Case(CaseCommand),
    /// Follow-up tasks: add, list, tick done (or undo), edit, remove.
    #[command(subcommand)]
    Task(TaskCommand),
    /// Import clients or contacts from a CSV file (all or nothing).
    Import(ImportArgs),
    /// Export the whole portfolio.
    Export(ExportArgs),
    /// Fill the portfolio with a realistic synthetic one, for trying the app.
    Demo(DemoArgs),
    /// List a region's public holidays, days off and adjusted working days for a year.
    Holidays(HolidaysArgs),
    /// List the care reminders due: birthdays, festivals, renewals, arrears, clients at risk.
    Agenda(AgendaArgs),
    /// Mark a reminder done, snoozed or dismissed.
    #[command(subcommand)]
    Reminder(ReminderCommand),
    /// Who is due for a visit: overdue, due this week, never visited, and coverage per tier.
    Due(DueArgs),
    /// Reports for the team lead: the week's summary.
    #[command(subcommand)]
    Report(ReportCommand),
    /// Plan a day's route: the clients in the order that drives the least, within office hours.
    Plan(PlanArgs),
    /// Greetings for key persons: draft them for a holiday, mark them sent, list the templates.
    #[command(subcommand)]
    Greetings(GreetingsCommand),
    /// Show or change the manager's settings, the visit cadence and the care rules per tier.
    #[command(subcommand)]
    Settings(SettingsCommand),
    /// Log in to the team's sync server (checks the token, keeps it outside the portfolio).
    Login(LoginArgs),
    /// Sync with the server once, or show the sync status.
    Sync(SyncArgs),
    /// Set up this computer from the server: log in and pull your portfolio into an empty data directory.
    Join(JoinArgs),
}

/// `fieldbook holidays`.
#[derive(Debug, Args)]
pub struct HolidaysArgs {
    /// CN, PL or AZ.
    #[arg(long)]
    pub region: String,
    /// The year.
    #[arg(long)]
    pub year: i32,
    /// Language of the names: en, zh-CN, pl or az (default: the portfolio's, else the region's).
    #[arg(long)]
    pub lang: Option<String>,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `fieldbook agenda`.
#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// First day, YYYY-MM-DD (default: today in the manager's time zone).
    #[arg(long)]
    pub from: Option<String>,
    /// How many days.
    #[arg(long, default_value_t = 7)]
    pub days: u32,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `fieldbook due`.
#[derive(Debug, Args)]
pub struct DueArgs {
    /// The day to count from, YYYY-MM-DD (default: today in the manager's time zone).
    #[arg(long)]
    pub today: Option<String>,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `fieldbook plan`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("who").required(true).args(["clients", "from_due"]))]
pub struct PlanArgs {
    /// The day, YYYY-MM-DD.
    #[arg(long)]
    pub date: String,
    /// Where the day starts, LAT,LON.
    #[arg(long, allow_hyphen_values = true)]
    pub start: String,
    /// The clients to visit (ids or unique prefixes, separated by commas).
    #[arg(long)]
    pub clients: Option<String>,
    /// Fill the day from the due list: overdue first, then due by --date, then never visited.
    #[arg(long)]
    pub from_due: bool,
    /// When the day starts, HH:MM (default: the working hours in the settings).
    #[arg(long)]
    pub day_start: Option<String>,
    /// When the day ends, HH:MM (default: the working hours in the settings).
    #[arg(long)]
    pub day_end: Option<String>,
    /// Average speed, km/h.
    #[arg(long, default_value_t = 30.0)]
    pub speed_kmh: f64,
    /// Road distance over straight-line distance.
    #[arg(long, default_value_t = 1.3)]
    pub road_factor: f64,
    /// Save the plan as planned visits.
    #[arg(long)]
    pub save: bool,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `fieldbook reminder …`.
#[derive(Debug, Subcommand)]
pub enum ReminderCommand {
    /// Mark a reminder done; a reminder about a person is written to the care log.
    Done {
        /// Reminder id or unique id prefix.
        id: String,
        /// What was sent or said.
        #[arg(long, default_value = "")]
        note: String,
        /// The day it was done, YYYY-MM-DD (default: today).
        #[arg(long)]
        on: Option<String>,
    },
    /// Put a reminder off until a later day.
    Snooze {
        /// Reminder id or unique id prefix.
        id: String,
        /// The day it comes back, YYYY-MM-DD (default: the day after --on).
        #[arg(long)]
        until: Option<String>,
        /// Today, YYYY-MM-DD (default: today).
        #[arg(long)]
        on: Option<String>,
    },
    /// Dismiss a reminder.
    Dismiss {
        /// Reminder id or unique id prefix.
        id: String,
        /// Today, YYYY-MM-DD (default: today).
        #[arg(long)]
        on: Option<String>,
    },
}

/// Which greetings: a holiday and a year, or the birthdays of a date range;
/// tiers and a language.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("occasion").required(true).args(["holiday", "birthdays"])))]
pub struct GreetingScope {
    /// The holiday's key, e.g. cn.mid_autumn (see `fieldbook holidays --format json`).
    #[arg(long, requires = "year")]
    pub holiday: Option<String>,
    /// The holiday's year.
    #[arg(long, requires = "holiday")]
    pub year: Option<i32>,
    /// Greet the key persons whose birthday (solar or lunar) falls from --from for --days days.
    #[arg(long)]
    pub birthdays: bool,
    /// First day of the birthdays, YYYY-MM-DD (default: today in the manager's time zone).
    #[arg(long, requires = "birthdays")]
    pub from: Option<String>,
    /// How many days of birthdays, 1 to 366 (default: 14).
    #[arg(long, requires = "birthdays")]
    pub days: Option<u32>,
    /// The tiers whose key persons are greeted, separated by commas.
    #[arg(long, value_delimiter = ',', default_value = "A,B,C,D")]
    pub tiers: Vec<String>,
    /// en, zh-CN, pl or az (default: the manager's language).
    #[arg(long)]
    pub language: Option<String>,
}

/// How drafted greetings are printed.
#[derive(Debug, Clone, Copy, Default, ValueEnum)]
pub enum GreetingFormat {
    /// A table for people.
    #[default]
    Table,
    /// JSON for programs.
    Json,
    /// CSV (UTF-8 with a byte-order mark) for spreadsheets and bulk-messaging tools.
    Csv,
}

/// `fieldbook greetings …`.
#[derive(Debug, Subcommand)]
pub enum GreetingsCommand {
    /// Draft a greeting for every key person of the chosen tiers for a holiday.
    Draft {
        #[command(flatten)]
        scope: GreetingScope,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: GreetingFormat,
    },
    /// Record that the drafted greetings were sent: one care-log entry each, in one change.
    Sent {
        #[command(flatten)]
        scope: GreetingScope,
        /// How they were sent: message, call, visit or gift:WHAT.
        #[arg(long, default_value = "message")]
        channel: String,
        /// Only to these people (contact ids or unique prefixes, separated by commas).
        #[arg(long, value_delimiter = ',')]
        contacts: Vec<String>,
        /// The day they were sent, YYYY-MM-DD (default: today).
        #[arg(long)]
        on: Option<String>,
    },
    /// List the greeting templates of a language (change one with
    /// `fieldbook settings set greeting.LANGUAGE.OCCASION TEXT`).
    Templates {
        /// en, zh-CN, pl or az (default: the manager's language).
        #[arg(long)]
        language: Option<String>,
        #[command(flatten)]
        format: FormatArg,
    },
}

/// `fieldbook settings …`.
#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Show every setting.
    Show(FormatArg),
    /// Change one setting: name, region, language, time_zone, home and office (LAT,LON),
    /// working_hours (HH:MM-HH:MM), notification_time (HH:MM),
    /// cadence_a … cadence_d, care.TIER.birthday, care.TIER.festival, care.renewal_days.
    Set {
        /// The setting's name.
        field: String,
        /// Its new value, as typed.
        value: String,
    },
    /// Show the care rules per tier, or change them (one change for all flags given).
    Care(CareRulesArgs),
    /// Show the SLA targets per severity, or change one severity's (working hours `4h` or days `3d`).
    Sla(SlaArgs),
    /// Set a tier's visit cadence: the longest allowed gap between contacts.
    Cadence {
        /// Tier A, B, C or D.
        #[arg(long)]
        tier: String,
        /// Days, 1 to 730.
        #[arg(long)]
        days: String,
    },
}

/// `fieldbook settings sla`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("targets").multiple(true).args(["response", "resolution"]))]
pub struct SlaArgs {
    /// The severity whose targets change: low, medium, high or critical.
    #[arg(long, requires = "targets")]
    pub severity: Option<String>,
    /// Time to the first response: `4h` (working hours) or `1d` (working days).
    #[arg(long, requires = "severity")]
    pub response: Option<String>,
    /// Time to resolve, likewise.
    #[arg(long, requires = "severity")]
    pub resolution: Option<String>,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `fieldbook case …`.
#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Open a case as received; prints its id (the case with --format json).
    Open(CaseOpenArgs),
    /// List cases with their SLA deadlines, open ones by deadline first.
    List(CaseListArgs),
    /// Show a case with its timeline, clocks, visits and tasks.
    Show {
        /// The case (id or unique id prefix).
        case: String,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Start working on it.
    Start(StepArgs),
    /// Add a note to its timeline (--text).
    Note(StepArgs),
    /// Hand it over to a department (--to); you still own it.
    Handover(StepArgs),
    /// Wait on the client: the resolution clock pauses.
    Wait(StepArgs),
    /// Record a reply to the client (--channel, --text).
    Reply(StepArgs),
    /// Resolve it (--resolution; --channel of the reply to the client).
    Resolve(StepArgs),
    /// Record the client's confirmation (--satisfaction 1-5).
    Confirm(StepArgs),
    /// Reopen it (--reason).
    Reopen(StepArgs),
}

/// `fieldbook case open`.
#[derive(Debug, Args)]
pub struct CaseOpenArgs {
    /// The client (id or unique id prefix).
    #[arg(long)]
    pub client: String,
    /// Kind of problem (billing, outage, …).
    #[arg(long)]
    pub category: String,
    /// low, medium, high or critical.
    #[arg(long)]
    pub severity: String,
    /// phone, visit, email, message or social_media.
    #[arg(long)]
    pub channel: String,
    /// The contact who raised it.
    #[arg(long)]
    pub contact: Option<String>,
    /// The complaint in the client's words.
    #[arg(long)]
    pub description: Option<String>,
    /// When it was received, "YYYY-MM-DD HH:MM" in your time zone (default: now).
    #[arg(long)]
    pub at: Option<String>,
    /// The visit it was recorded during (it becomes the case's follow-up visit).
    #[arg(long)]
    pub visit: Option<String>,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `fieldbook case list`.
#[derive(Debug, Args)]
pub struct CaseListArgs {
    /// Only this client's.
    #[arg(long)]
    pub client: Option<String>,
    /// Only those in this status: open, in_progress, handed_over, waiting, resolved, confirmed, reopened.
    #[arg(long)]
    pub status: Option<String>,
    /// Only those of this severity.
    #[arg(long)]
    pub severity: Option<String>,
    /// Only open ones (not resolved nor confirmed).
    #[arg(long)]
    pub open: bool,
    /// Only those that missed a target.
    #[arg(long)]
    pub breached: bool,
    #[command(flatten)]
    pub format: FormatArg,
}

/// A step on a case.
#[derive(Debug, Args)]
pub struct StepArgs {
    /// The case (id or unique id prefix).
    pub case: String,
    /// The note or the reply.
    #[arg(long)]
    pub text: Option<String>,
    /// The department handed to.
    #[arg(long)]
    pub to: Option<String>,
    /// The channel of the reply: phone, visit, email, message or social_media.
    #[arg(long)]
    pub channel: Option<String>,
    /// The resolution.
    #[arg(long)]
    pub resolution: Option<String>,
    /// The client's satisfaction, 1 to 5.
    #[arg(long)]
    pub satisfaction: Option<String>,
    /// Why it is reopened.
    #[arg(long)]
    pub reason: Option<String>,
    /// When it happened, "YYYY-MM-DD HH:MM" in your time zone (default: now).
    #[arg(long)]
    pub at: Option<String>,
}

/// `fieldbook task …`.
#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Add a task (needs --title); prints its id.
    Add {
        #[command(flatten)]
        fields: FieldFlags<Task>,
    },
    /// List tasks, open ones soonest due first.
    List {
        /// Only those not done.
        #[arg(long)]
        open: bool,
        /// Only this client's.
        #[arg(long)]
        client: Option<String>,
        /// Only this case's.
        #[arg(long)]
        case: Option<String>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Tick a task done.
    Done {
        /// The task (id or unique id prefix).
        task: String,
    },
    /// Mark a task not done again.
    Undo {
        /// The task.
        task: String,
    },
    /// Change a task's fields.
    Edit {
        /// The task.
        task: String,
        #[command(flatten)]
        fields: FieldFlags<Task>,
    },
    /// Remove a task.
    Remove {
        /// The task.
        task: String,
    },
}

/// `fieldbook settings care`.
#[derive(Debug, Args)]
pub struct CareRulesArgs {
    /// The tier whose rules --birthday and --festival change.
    #[arg(long)]
    pub tier: Option<String>,
    /// The tier's birthday rules, "DAYS CHANNEL; …", e.g. "3 gift:flowers or cake; 0 call" ("" for none).
    #[arg(long, requires = "tier")]
    pub birthday: Option<String>,
    /// The tier's festival rules, e.g. "3 visit" ("" for none).
    #[arg(long, requires = "tier")]
    pub festival: Option<String>,
    /// Days before a contract's end to start its renewal.
    #[arg(long)]
    pub renewal_days: Option<String>,
    /// Put the default rules back.
    #[arg(long, conflicts_with_all = ["tier", "renewal_days"])]
    pub reset: bool,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `fieldbook login`.
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The sync server, e.g. http://sync.example.com:8080.
    #[arg(long, value_name = "URL")]
    pub server: String,
    /// The token `fieldbook-sync token issue` printed for you.
    #[arg(long, env = "FIELDBOOK_TOKEN", hide_env_values = true)]
    pub token: String,
}

/// `fieldbook join`.
#[derive(Debug, Args)]
pub struct JoinArgs {
    #[command(flatten)]
    pub login: LoginArgs,
    /// Give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub timeout: u64,
}

/// `fieldbook sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Give up a round after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub timeout: u64,
    #[command(subcommand)]
    pub command: Option<SyncCommand>,
}

/// `fieldbook sync` subcommands.
#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Where this device stands with the server.
    Status(FormatArg),
}

/// How listings are printed.
#[derive(Debug, Clone, Copy, Default, ValueEnum)]
pub enum Format {
    /// A table for people.
    #[default]
    Table,
    /// JSON for programs.
    Json,
}

/// `--format`, shared by every listing.
#[derive(Debug, Args)]
pub struct FormatArg {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// `fieldbook init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The manager's name.
    #[arg(long)]
    pub name: String,
    /// Holiday region: CN, PL or AZ.
    #[arg(long, default_value = "CN")]
    pub region: String,
    /// UI language: en, zh-CN, pl or az (default: the region's).
    #[arg(long)]
    pub lang: Option<String>,
    /// IANA time zone (default: the region's).
    #[arg(long)]
    pub tz: Option<String>,
}

/// `fieldbook client …`.
#[derive(Debug, Subcommand)]
pub enum ClientCommand {
    /// Add a client (needs --name and --tier).
    Add(FieldFlags<Client>),
    /// List clients.
    List {
        /// Only this tier.
        #[arg(long)]
        tier: Option<String>,
        /// Only this status.
        #[arg(long)]
        status: Option<String>,
        /// Only clients with this tag.
        #[arg(long)]
        tag: Option<String>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Show one client with its contacts and visits.
    Show {
        /// Client id or unique id prefix.
        client: String,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Change a client's fields.
    Edit {
        /// Client id or unique id prefix.
        client: String,
        #[command(flatten)]
        fields: FieldFlags<Client>,
    },
    /// Remove a client (kept as a tombstone; its data is still exported).
    Remove {
        /// Client id or unique id prefix.
        client: String,
    },
}

/// `fieldbook contact …`.
#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a contact to a client (needs --client and --name).
    Add {
        /// The client (id or unique id prefix).
        #[arg(long)]
        client: String,
        #[command(flatten)]
        fields: FieldFlags<Contact>,
    },
    /// List contacts.
    List {
        /// Only this client's.
        #[arg(long)]
        client: Option<String>,
        /// Only key persons.
        #[arg(long)]
        key_persons: bool,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Change a contact's fields.
    Edit {
        /// Contact id or unique id prefix.
        contact: String,
        #[command(flatten)]
        fields: FieldFlags<Contact>,
    },
    /// Remove a contact (kept as a tombstone).
    Remove {
        /// Contact id or unique id prefix.
        contact: String,
    },
}

/// `fieldbook visit …`.
#[derive(Debug, Subcommand)]
pub enum VisitCommand {
    /// Plan a visit (needs --client, --date and --time).
    Plan {
        /// The client (id or unique id prefix).
        #[arg(long)]
        client: String,
        #[command(flatten)]
        fields: FieldFlags<Visit>,
    },
    /// Log a visit as done: a planned one (VISIT), or an unplanned one (--client with --date and --time).
    Log {
        /// The planned visit (id or unique id prefix).
        visit: Option<String>,
        /// The client of an unplanned visit.
        #[arg(long, conflicts_with = "visit")]
        client: Option<String>,
        #[command(flatten)]
        fields: FieldFlags<Visit>,
        /// A follow-up task that came of it (repeatable).
        #[arg(long = "follow-up", value_name = "TITLE")]
        follow_ups: Vec<String>,
    },
    /// List visits.
    List {
        /// Only this client's.
        #[arg(long)]
        client: Option<String>,
        /// Only planned, done or cancelled ones.
        #[arg(long)]
        status: Option<String>,
        /// From this day on (YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// Up to this day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<String>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Change a visit's plan or outcome.
    Edit {
        /// Visit id or unique id prefix.
        visit: String,
        #[command(flatten)]
        fields: FieldFlags<Visit>,
        /// A follow-up task that came of it (repeatable).
        #[arg(long = "follow-up", value_name = "TITLE")]
        follow_ups: Vec<String>,
    },
    /// Cancel a planned visit.
    Cancel {
        /// Visit id or unique id prefix.
        visit: String,
    },
}

/// What `import` reads.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ImportKind {
    /// Clients.
    Clients,
    /// Contacts (their client named by name or id).
    Contacts,
    /// A backup made by `export json`, restored whole into an empty data directory.
    Json,
}

/// `fieldbook import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// clients, contacts, or json (a backup).
    #[arg(value_enum)]
    pub kind: ImportKind,
    /// CSV file with a header row (UTF-8, with or without BOM, or GB18030/GBK), an Excel
    /// workbook (.xlsx, .xlsm) whose sheet has one, or for contacts a vCard file (.vcf,
    /// vCard 2.1, 3.0 or 4.0) as phones export them.
    pub file: PathBuf,
    /// Excel workbook: the sheet to read (default: the first).
    #[arg(long)]
    pub sheet: Option<String>,
    /// Check the file and report what would be imported, without importing.
    #[arg(long)]
    pub dry_run: bool,
    /// vCard: the client (id or its first characters) every card is a contact of;
    /// without it, each card's organisation (ORG) names its client.
    #[arg(long)]
    pub client: Option<String>,
}

/// `fieldbook report`.
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// The week's summary: visits done against planned, coverage per tier, overdue clients,
    /// care, complaints and their SLA, tasks, arrears, the visits' outcomes and next week's plan.
    Week(ReportArgs),
    /// The lead's view of the team's week, from the members' synced read-only copies: a row
    /// per member (coverage, overdue clients, open cases at risk and breached, visits, last
    /// sync) and the team's totals.
    Team(ReportArgs),
}

/// `fieldbook report week` and `fieldbook report team`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The ISO week, such as 2026-W49 (default: this week in the manager's time zone).
    #[arg(long)]
    pub week: Option<String>,
    /// Language: en, zh-CN, pl or az (default: the portfolio's).
    #[arg(long)]
    pub lang: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ReportFormat,
    /// The file to write (default: standard output; a PDF is written to a file only).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// What `report` writes.
#[derive(Debug, Clone, Copy, Default, ValueEnum)]
pub enum ReportFormat {
    /// Tables for people, in the chosen language.
    #[default]
    Table,
    /// The whole report as JSON (docs/interchange.md).
    Json,
    /// The figures as CSV in stable codes: one per row for the week, a row per member for the team.
    Csv,
    /// An A4 PDF to send as it is, with charts, in the chosen language.
    Pdf,
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportKind {
    /// The documented interchange format, one JSON document.
    Json,
    /// One CSV file per kind of record.
    Csv,
    /// Planned visits and open reminders as an iCalendar file (RFC 5545) for calendar apps.
    Ics,
    /// Contacts as a vCard 4.0 file for phones and address books.
    Vcf,
    /// An Excel workbook, a sheet per kind of record, in the manager's language.
    Xlsx,
}

/// `fieldbook export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// json, csv, xlsx, ics or vcf.
    #[arg(value_enum)]
    pub kind: ExportKind,
    /// Where to write: a file for json, ics and vcf (default: standard output) and for xlsx,
    /// a directory for csv.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// ics: the first day, YYYY-MM-DD (default: today in the manager's time zone).
    #[arg(long)]
    pub from: Option<String>,
    /// ics: how many days.
    #[arg(long, default_value_t = 90)]
    pub days: u32,
    /// vcf: only this client's contacts (id or its first characters).
    #[arg(long)]
    pub client: Option<String>,
}

/// `fieldbook demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many clients to generate.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub clients: u32,
    /// Seed for the generator: the same seed gives the same portfolio.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Regions the clients are in, separated by commas.
    #[arg(long, value_delimiter = ',', default_value = "CN,PL,AZ")]
    pub regions: Vec<String>,
    /// The day the demo's history leads up to (default: today in the manager's time zone).
    #[arg(long)]
    pub today: Option<String>,
}

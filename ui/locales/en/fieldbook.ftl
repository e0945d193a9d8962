# Fieldbook's words in English. Shared by the UI and the desktop shell (errors).
# Every locale has exactly the same message ids: a Rust test and a vitest test check it.

app-title = Fieldbook
nav-label = Main
nav-today = Today
nav-portfolio = Portfolio
nav-settings = Settings
loading = Loading…
open = Open
back = Back

search-label = Search clients, contacts and notes
search-placeholder = Search (/ or Ctrl+K)
search-results-title = Results for “{ $query }”
search-no-results = Nothing matches “{ $query }”.
search-kind-client = Client
search-kind-contact = Contact
search-kind-visit = Visit notes

status-bar-label = Status
status-sync-not-configured = Sync not configured
status-clients = { $count ->
    [one] { $count } client
   *[other] { $count } clients
}
shortcuts-hint = Shortcuts: / or Ctrl+K search · n new visit · Ctrl+Shift+N new note

first-run-title = Welcome to Fieldbook
first-run-intro = Set up your portfolio on this computer.
first-run-name = Your name
first-run-region = Region
first-run-language = Language
first-run-time-zone = Time zone
first-run-demo = Load a demo portfolio
first-run-demo-clients = Demo clients
first-run-create = Create portfolio

region-CN = China
region-PL = Poland
region-AZ = Azerbaijan
language-en = English
language-zh-CN = 简体中文
language-pl = Polski
language-az = Azərbaycanca

today-title = Today, { $date }
today-visits = Planned visits
today-no-visits = No visits planned today.
today-tasks = Open follow-ups
today-no-tasks = No open follow-ups.
task-due = due { $date }

portfolio-title = Portfolio
portfolio-filter = Filter clients
portfolio-tier-filter = Tier
portfolio-status-filter = Status
portfolio-shown = Showing { $shown } of { $total }
filter-all = All
column-name = Client
column-tier = Tier
column-status = Status
column-last-contact = Last contact
column-next-visit = Next visit
column-arrears = Arrears
column-tags = Tags
client-status-prospect = Prospect
client-status-active = Active
client-status-at_risk = At risk
client-status-lost = Lost
add-client = Add client
add-client-name = Client name
add-client-tier = Tier

client-profile = Profile
field-name = Name
field-industry = Industry
field-tier = Tier
field-status = Status
field-address = Address
field-location = Location
field-office_hours = Office hours
field-contract_start = Contract start
field-contract_end = Contract end
field-arrears = Arrears
field-arrears_due = Arrears due
field-tags = Tags
field-competitor_notes = Competitor notes
edit-field = Edit { $field }
client-contacts = Contacts
client-no-contacts = No contacts yet.
key-person = Key person
contact-birthday = Birthday: { $date }
client-visit-count = { $count ->
    [one] { $count } visit
   *[other] { $count } visits
}
client-no-visits = No visits yet.

plan-visit = Plan a visit
visit-date = Date
visit-time = Time
visit-purpose = Purpose
plan-visit-submit = Plan visit
purpose-routine = Routine
purpose-care = Care
purpose-sales_step = Sales step
purpose-complaint_follow_up = Complaint follow-up
purpose-collection = Collection
visit-status-planned = Planned
visit-status-done = Done
visit-status-cancelled = Cancelled

visit-title = Visit to { $client }
visit-check-in = Check in
visit-check-out = Check out
visit-checked-in = Checked in at { $time }
visit-checked-out = Checked out at { $time }
visit-outcome = Outcome
visit-notes = Notes
visit-notes-saving = Saving…
visit-notes-saved = Saved
visit-add-line = Add a note line
visit-add-line-submit = Add

settings-title = Settings
settings-profile = Profile
settings-name = Name
settings-region = Holiday region
settings-language = Language
settings-time-zone = Time zone
settings-sync = Sync
settings-sync-server = Sync server
settings-sync-token = Token
settings-sync-coming = Coming with sync
settings-saved = Saved

error-not-initialized = No portfolio on this computer yet (looked in { $dir }).
error-already-initialized = There is already a portfolio in { $dir }.
error-bad-field = { $field }: { $reason }
error-not-found = Not found: { $detail }
error-failed = Something went wrong: { $detail }

## Care rules, greetings and reminder notifications
nav-greetings = Greetings
care-title = Care rules
care-intro = What to do for each tier's key persons and how many days ahead, e.g. “3 gift:flowers; 0 call” (message, call, visit, gift:WHAT).
care-tier = Tier { $tier }
care-birthday = Birthday
care-festival = Festivals
care-renewal-days = Contract renewal, days ahead
care-notification-time = Notify me of the day's reminders at
greetings-title = Greetings
greetings-holiday = Holiday
greetings-year = Year
greetings-tiers = Tiers
greetings-language = Language
greetings-none = No key persons in these tiers.
greetings-copy = Copy
greetings-copied = Copied
greetings-export-csv = Export CSV
greetings-channel = Sent by
greetings-mark-sent = Mark sent
greetings-marked-sent = { $count ->
    [one] One greeting logged as sent.
   *[other] { $count } greetings logged as sent.
}
greetings-select = Select { $name }
channel-message = Message
channel-call = Call
channel-visit = Visit
notify-title = { $count ->
    [one] One reminder today
   *[other] { $count } reminders today
}
notify-message = Send a message
notify-call = Call
notify-visit = Visit
notify-gift = Gift: { $gift }
notify-renew = Start the contract renewal
notify-collect = Collect the arrears
notify-retain = Talk to the client at risk

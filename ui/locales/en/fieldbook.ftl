# Fieldbook's words in English. Shared by the UI and the desktop shell (errors).
# Every locale has exactly the same message ids: a Rust test and a vitest test check it.
# An error's message is `error-<code>`, its problem's code verbatim (`error-not_a_date`,
# `error-unreachable`), filled with the problem's named arguments; a Rust test checks every code has one.

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
today-overdue = Overdue for a visit
today-no-overdue = Nobody is overdue for a visit.
today-overdue-client = { $name } · tier { $tier } · { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}
today-overdue-all = All { $count } overdue clients
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
field-crm_id = CRM customer number
edit-field = Edit { $field }
client-contacts = Contacts
client-no-contacts = No contacts yet.
key-person = Key person
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
settings-home = Home (LAT,LON)
settings-office = Office (LAT,LON)
settings-working-hours = Working hours
settings-sync = Sync
settings-sync-server = Sync server
settings-sync-token = Token
settings-saved = Saved

error-not_initialized = No portfolio on this computer yet (looked in { $dir }).
error-already_initialized = There is already a portfolio in { $dir }.
error-bad-field = { $field }: { $reason }
error-not_found = Not found: { $detail }
error-failed = Something went wrong: { $detail }

## Visit planning: due list, day planner, week view, sales stages
nav-due = Due
nav-plan = Day planner
nav-week = Week
due-title = Due for a visit
due-overdue = Overdue
due-this-week = Due this week
due-never = Never visited
due-none = Nobody.
due-col-client = Client
due-col-tier = Tier
due-col-last = Last contact
due-col-due = Due
due-col-overdue = Days overdue
due-col-propose = Proposed day
due-coverage = Coverage per tier
due-coverage-tier = Tier { $tier }: { $covered } of { $clients } clients within { $days } days
due-cadence = Tier { $tier }: a visit at least every (days)
due-plan-day = Plan a day from the due list
plan-title = Day planner
plan-date = Day
plan-start = Start point (LAT,LON)
plan-day-start = Day starts
plan-day-end = Day ends
plan-speed = Average speed (km/h)
plan-road-factor = Road factor
plan-add-client = Add a client
plan-from-due = Fill from the due list
plan-optimise = Optimise the route
plan-save = Save as planned visits
plan-saved = { $count ->
    [one] One visit planned.
   *[other] { $count } visits planned.
}
plan-no-stops = Add clients, or fill the day from the due list.
plan-col-client = Client
plan-col-arrive = Arrive
plan-col-depart = Depart
plan-col-km = km
plan-col-lock = Locked
plan-lock = Keep { $client } in place
plan-up = Move { $client } up
plan-down = Move { $client } down
plan-remove = Remove { $client }
plan-totals = { $km } km, { $min } min of driving
plan-unassigned = Left out
plan-reason-no_coordinates = no coordinates
plan-reason-time_window = its office hours cannot be met
plan-reason-day_too_short = the day is too short
plan-reason-too_far = too far to get there and back within the working day
week-title = Week
week-today = Today
week-previous = Previous week
week-next = Next week
week-all-day = All day
visit-stage = Sales stage
client-stage = Sales stage: { $stage }
stage-none = None
stage-first_visit = Pre-sale: first visit
stage-needs_discovery = Pre-sale: needs discovery
stage-solution = Pre-sale: solution
stage-presentation = Pre-sale: presentation
stage-negotiation = Pre-sale: negotiation
stage-contract = Pre-sale: contract
stage-work_order = In-sale: work order
stage-provisioning = In-sale: provisioning
stage-testing = In-sale: testing
stage-trial = In-sale: trial
stage-go_live = In-sale: go-live
stage-revisit = After-sale: revisit
stage-relationship_care = After-sale: relationship care
stage-complaint = After-sale: complaint
stage-change = After-sale: change
stage-maintenance = After-sale: maintenance
# Sync in the app: status bar, login in Settings, sync errors
status-sync-offline = Offline
status-sync-connecting = Connecting…
status-sync-syncing = Syncing…
status-sync-up_to_date = Up to date
status-last-synced = synced { $when }
status-never-synced = never synced
status-unsynced = { $count ->
    [one] { $count } unsynced change
   *[other] { $count } unsynced changes
}
status-read-only = read-only (a team member's portfolio)
settings-sync-login = Log in and sync
settings-sync-logging-in = Logging in…
settings-sync-logged-in = Syncing with { $server } as { $user }
settings-sync-configured = Syncing with { $server }
settings-sync-hint = Paste the token your admin issued for you; it is checked with the server and kept on this computer only.
error-bad_server_url = “{ $url }” is not a server address: { $reason }
error-bad_token = The token is empty or has spaces; paste it exactly as it was issued.
error-unauthorized = { $server } refused the token (wrong or revoked); ask your admin for a new one.
error-unreachable = Cannot reach the sync server at { $server }: { $reason }

# Contacts on the client page, cancelling a visit
contact-add = Add a contact
contact-add-submit = Add contact
contact-name = Name
contact-title = Title
contact-phones = Phones
contact-email = Email
contact-preferences = Preferences
contact-notes = Notes
contact-key-person-of = { $name } is a key person
contact-birthday-field = Birthday
contact-remove-button = Remove
contact-remove = Remove { $name }
contact-remove-confirm = Remove { $name } from this client?
contact-remove-yes = Yes, remove
confirm-keep = No, keep
birthday-calendar = Calendar
birthday-none = No birthday
birthday-gregorian = Gregorian
birthday-lunar = Chinese lunar
birthday-year = Year (optional)
birthday-month = Month
birthday-day = Day
birthday-leap = Leap month
birthday-save = Save birthday
birthday-discard = Discard
birthday-edit = Birthday of { $name }
birthday-lunar-date = { $leap ->
    [yes] lunar leap month { $month }, day { $day }
   *[no] lunar month { $month }, day { $day }
}
visit-cancel = Cancel visit
visit-cancel-confirm = Cancel this visit? It stays in the history as cancelled.
visit-cancel-yes = Yes, cancel it

# Translated reasons of refused values (the core's problem codes), and the fields they name
error-not_one_of = “{ $value }” is not one of { $allowed }
error-empty = must not be empty
error-not_a_date = “{ $value }” is not a date (YYYY-MM-DD)
error-not_a_week = “{ $value }” is not an ISO week (YYYY-Www, such as 2026-W49)
error-not_a_time = “{ $value }” is not a time (HH:MM)
error-not_a_time_zone = “{ $value }” is not a time zone (such as Europe/Warsaw)
error-not_an_email = “{ $value }” is not an email address
error-not_a_phone = “{ $value }” is not a phone number
error-not_a_birthday = “{ $value }” is not a birthday (YYYY-MM-DD, --MM-DD, lunar:MM-DD, lunar:leap:MM-DD or 农历八月十五)
error-visit_cancelled = the visit was cancelled
error-visit_done = the visit is already done
error-unknown_field = no such field; known fields: { $known }
field-title = Title
field-key_person = Key person
field-phones = Phones
field-email = Email
field-birthday = Birthday
field-preferences = Preferences
field-notes = Notes
field-time_zone = Time zone
field-language = Language
field-region = Holiday region
field-date = Date
field-time = Time
field-tz = Time zone
field-duration = Duration
field-purpose = Purpose
field-check_in = Check-in
field-check_out = Check-out
field-outcome = Outcome
field-collected = Collected

# Care reminders on the Today view
reminders-title = Care reminders
reminders-none = No care reminders for the next two weeks.
reminders-today = Due today
reminders-upcoming = Coming up
reminder-kind-birthday = Birthday
reminder-kind-holiday = Festival
reminder-kind-contract_renewal = Contract renewal
reminder-kind-arrears_due = Arrears due
reminder-kind-arrears_overdue = Arrears overdue
reminder-kind-at_risk = Client at risk
reminder-about = { $kind }: { $subject }
reminder-action-gift = Send a gift: { $gift }
reminder-action-call = Call
reminder-action-message = Send a message
reminder-action-visit = Visit
reminder-action-renew = Start the contract renewal
reminder-action-collect = Collect the arrears
reminder-action-retain = Talk to the client about staying
reminder-gift-flowers-or-cake = flowers or a cake
reminder-done = Done
reminder-snooze = Tomorrow
reminder-dismiss = Dismiss
reminder-done-label = Mark done: { $what }
reminder-snooze-label = Remind me tomorrow: { $what }
reminder-dismiss-label = Dismiss: { $what }
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
notify-case-at-risk = Case at risk: move it on
notify-case-breached = Case past its deadline
notify-chase-department = Chase the department on the case
notify-ask-confirmation = Ask the client to confirm the fix

## Notification lines: one reminder in the desktop notification, punctuated for the language,
## and the last line of a notification listing only the first few
notify-line = { $client }: { $action }
notify-line-person = { $person }, { $client }: { $action }
notify-more = …and { $count } more

## Birthday greetings
greetings-occasion = Greet for
greetings-occasion-festival = A festival
greetings-occasion-birthdays = Upcoming birthdays
greetings-from = From
greetings-days = Days
greetings-no-birthdays = No key person of these tiers has a birthday in these days.
greetings-birthday-on = birthday { $date }
# First run: joining from another computer (pulling the portfolio from the sync server)
first-run-new = Start a new portfolio
first-run-join-title = I already use Fieldbook on another computer
first-run-join-intro = Bring your portfolio here from your team's sync server.
first-run-join = Bring my portfolio here
first-run-joining = Bringing your portfolio here…
error-no_portfolio_on_server = { $server } holds no portfolio of { $user } yet. Sync it from the computer that has it first, or start a new portfolio here.

## Team view: a lead's read-only copies of the team members' portfolios
nav-team = Team
team-title = Team
team-read-only = Your team members' portfolios, as last synced. You can read them here but not change them.
team-none = No team portfolios on this computer yet. They arrive with the next sync.
team-member = { $name } ({ $owner })
team-col-last-contact = Last contact
team-col-next-visit = Next visit
team-col-overdue = Overdue
team-days-overdue = { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}
team-back = ← Team
team-client-read-only = A client of { $owner }'s, read-only.
team-case-read-only = A case of { $owner }'s, read-only.

## Sync problems, as the status bar and Settings show them
error-refused = { $server } refused ({ $status }): { $message }
error-protocol = The sync server answered unexpectedly: { $detail }
error-not_logged_in = This computer is not logged in to a sync server; log in under Settings.
error-credentials = Cannot use the saved login { $path }: { $reason }
error-corrupt_credentials = The saved login { $path } is damaged; log in again under Settings.
error-team_folder = Cannot read the team portfolios in { $path }: { $reason }
error-other_server = The portfolio in { $data_dir } syncs with { $synced_with }, not { $logged_in }; log in to { $synced_with }.
error-two_portfolios = { $user } already has a portfolio on the server, and { $data_dir } holds another one; pull the server's into an empty data directory instead.
error-nothing_to_sync = { $user } has no portfolio here nor on the server.
error-unavailable = The server has no document { $document } for this user.
error-connection_lost = Lost the connection to { $server }: { $reason }
error-timed_out = { $server } did not finish syncing within { $seconds } s.
error-stalled = Syncing with { $server } stalled; trying again.
error-stopped = Sync stopped.
error-replica = The portfolio could not be read or written: { $detail }

## Refusals of the core, translated (each `Problem` code)
error-not_yes_or_no = “{ $value }” is not yes or no
error-not_lat_lon = “{ $value }” is not LAT,LON (such as 52.2297,21.0122)
error-not_a_number = “{ $value }” is not a number
error-degrees_out_of_range = { $axis ->
    [latitude] latitude
   *[other] longitude
} { $value } is outside -{ $limit }..{ $limit }
error-not_a_day_window = “{ $value }” is not HH:MM-HH:MM
error-ends_before_it_starts = “{ $value }” ends before it starts
error-not_an_amount = “{ $value }” is not an amount with a currency (such as 12500.00 CNY)
error-not_minutes = “{ $value }” is not a number of minutes
error-not_days = “{ $value }” is not a number of days
error-not_days_up_to = “{ $value }” is not a number of days from 1 to { $max }
error-days_up_to = must be 1 to { $max } days
error-cadence_out_of_range = tier { $tier }: { $days } days is not between 1 and { $max }
error-ends_before_start = must end after they start
error-year_out_of_range = { $value } is not between the years { $min } and { $max }
error-no_region = name at least one region
error-out_of_range = must be between { $min } and { $max }
error-not_from_to = { $value } is not from { $min } to { $max }
error-placeholder_not_closed = the placeholder at “{ $at }” is not closed with “{"}"}”
error-stray_brace = a “{"}"}” without its “{"{"}” at “{ $at }”
error-unknown_placeholder = unknown placeholder {"{"}{ $placeholder }{"}"}; use { $known }
error-holiday_in_birthday_greeting = {"{"}holiday{"}"} has no value in a birthday greeting
error-not_a_greeting_occasion = “{ $value }” is not birthday, holiday, generic or a holiday key (such as cn.mid_autumn)
error-no_such_holiday = there is no holiday “{ $key }” in { $region } { $year }; there are { $keys }
error-calendar_year = the year { $value } is outside 1901–2099
error-none_to_mark_sent = none chosen to mark sent
error-contract_ends_before_start = { $end } is before the contract start { $start }
error-arrears_due_without_arrears = is set but there are no arrears
error-empty_tag = a tag must not be empty
error-id_in_use = { $id } is already used
error-no_such_day = { $value } is not a date
error-lunar_out_of_range = a lunar month must be 1–12 and the day 1–30, not { $month }/{ $day }
error-not_a_care_rule = “{ $value }” is not DAYS CHANNEL (such as “3 gift:flowers” or “0 call”)
error-care_rule_days = “{ $days }” in “{ $rule }” is not a number of days
error-lead_too_long = { $days } days before is more than { $max }
error-gift_without_what = a gift must say what it is (gift:flowers)
error-channel_twice = “{ $channel }” is used twice; each channel at most once per occasion
error-not_time_or_instant = “{ $value }” is neither HH:MM nor a date and time
error-no_such_time = { $value } does not exist on { $date } in { $zone }
error-duration_out_of_range = { $minutes } minutes is not between 1 and 1440
error-check_out_before_check_in = { $check_out } is before the check-in { $check_in }
error-skipped_time = { $date } { $time } does not exist in { $zone } (the clocks move forward)
error-not_after = { $value } is not after { $after }
error-empty_id = the id is empty
error-no_occasion_name = must name the holiday or occasion
error-outside_limits = { $value } is not between { $min } and { $max }{ $unit }
error-depart_before_arrival = is before the arrival
error-festival_needs_year = a festival’s greetings need its year
error-not_a_currency = “{ $value }” is not a three-letter currency code
error-not_two_decimals = “{ $value }” is not an amount with at most two decimals

# A reason the core gives in English only (the `other` problem), shown as it is
error-other = { $reason }

error-outside_degrees = { $value } is outside -{ $limit }..{ $limit }
error-not_typed_in = is not typed in: it follows from what is done
error-given_without = must be given with the { $other }
error-negative = “{ $value }” is negative
error-required = is required
error-no_greeting_for = { $contact } is not a key person of the tiers chosen
error-nothing_to_change = nothing to change: give at least one field
error-not_an_instant = '{ $value }' is not a date and time (YYYY-MM-DD HH:MM)
error-not_a_work_span = '{ $value }' is not a working time such as 4h (hours) or 3d (days)
error-step_does_not_fit = cannot { $step ->
        [open] record
        [start] start work on
        [note] add a note to
        [handover] hand over
        [wait] put on hold
        [reply] reply on
        [resolve] resolve
        [confirm] confirm
        [reopen] reopen
       *[other] { $step }
    } a case that is { $status ->
        [open] open
        [in_progress] in progress
        [handed_over] handed over
        [waiting] waiting on the client
        [resolved] resolved
        [confirmed] confirmed
        [reopened] reopened
       *[other] { $status }
    }
error-too_late_to_reopen = was confirmed more than { $days } days ago: open a new case instead
error-not_of_client = { $record } is not { $client }'s
error-visit_follows_up = the visit already follows up { $case }; record this complaint without the visit, or as a note on { $case }
error-in_the_future = { $value } is in the future

field-stage = Sales stage
field-case = Case
field-due = Due
field-client = Client
field-visit = Visit
field-done = Done
field-home = Home
field-office = Office
field-working_hours = Working hours
field-cadence_a = Tier A visit interval
field-cadence_b = Tier B visit interval
field-cadence_c = Tier C visit interval
field-cadence_d = Tier D visit interval
field-notification_time = Notification time
field-care_renewal_days = Days before a renewal

## Cases (complaints): the Cases view, the case page, recording a complaint, SLA targets; tasks
nav-cases = Cases
cases-title = Cases
cases-status-filter = Status
cases-severity-filter = Severity
cases-none = No cases.
cases-col-case = Case
cases-col-client = Client
cases-col-severity = Severity
cases-col-status = Status
cases-col-response = First response due
cases-col-resolution = Resolution due
cases-col-sla = SLA
case-status-open = Open
case-status-in_progress = In progress
case-status-handed_over = Handed over
case-status-waiting = Waiting on the client
case-status-resolved = Resolved
case-status-confirmed = Confirmed
case-status-reopened = Reopened
severity-critical = Critical
severity-high = High
severity-medium = Medium
severity-low = Low
case-channel-phone = Phone
case-channel-visit = In person, at a visit
case-channel-email = Email
case-channel-message = Message
case-channel-social_media = Social media
clock-on_track = on track
clock-at_risk = at risk
clock-paused = paused
clock-met = met
clock-breached = missed
case-breached = SLA breached
case-at-risk = SLA at risk
case-paused = Paused: waiting on the client
case-department = with { $department }
case-title = { $category } — { $client }
case-received = Received { $when } · { $channel }
case-raised-by = raised by { $name }
case-complaint = Complaint
case-no-description = No description.
case-resolution = Resolution
case-deadlines = Deadlines
case-response-due = First response
case-resolution-due = Resolution
case-next-steps = Next steps
case-timeline = Timeline
case-visits = Follow-up visits
case-no-visits = No follow-up visits.
case-plan-visit = Plan a follow-up visit
case-tasks = Tasks of the case
case-step-start = Start work
case-step-note = Add a note
case-step-handover = Hand over
case-step-wait = Wait on the client
case-step-reply = Reply to the client
case-step-resolve = Resolve
case-step-confirm = Client confirms
case-step-reopen = Reopen
case-event-open = Received
case-event-start = Work started
case-event-note = Note
case-event-handover = Handed over
case-event-wait = Waiting on the client
case-event-reply = Replied
case-event-resolve = Resolved
case-event-confirm = Confirmed by the client
case-event-reopen = Reopened
case-event-to = to { $department }
case-event-channel = by { $channel }
case-event-satisfaction = satisfaction { $score }/5
case-event-not-applied = not applied (taken on another device)
case-text-start = Note (optional)
case-text-note = Note
case-text-handover = Note for the department (optional)
case-text-wait = What you are waiting for (optional)
case-text-reply = What you told the client (optional)
case-text-resolve = Resolution
case-text-confirm = The client's words (optional)
case-text-reopen = Reason for reopening
case-input-department = Department
case-input-channel = Replied by
case-input-channel-optional = Replied by (optional)
case-input-satisfaction = Client's satisfaction
case-satisfaction-score = { $score } of 5
case-input-at = When (empty: now)
case-step-save = Save
case-step-cancel = Cancel
complaint-record = Record a complaint
complaint-category = Category
complaint-category-billing = Billing
complaint-category-outage = Outage
complaint-category-quality = Service quality
complaint-category-installation = Installation
complaint-category-contract = Contract
complaint-severity = Severity
complaint-channel = Received by
complaint-contact = Raised by
complaint-contact-none = —
complaint-description = In the client's words
complaint-at = Received (empty: now)
complaint-submit = Record complaint
complaint-recorded = Complaint “{ $category }” recorded: first response due { $response }, resolution due { $resolution }.
complaint-open-case = Open the case
client-cases = Cases
client-tasks = Tasks
tasks-none = No tasks.
task-done-label = Done: { $title }
task-overdue = overdue
task-add = Add a task
task-title = Task
task-due-date = Due (optional)
task-add-submit = Add task
task-ticked = Done: { $title }.
task-undo = Undo
sla-title = Service levels for cases (SLA)
sla-intro = How soon a case of each severity must first be answered and resolved, in working hours (4h) or working days (3d).
sla-response = First response
sla-resolution = Resolution

## Cases, continued: the case a visit follows up, case reminders, the fields a step's refusal names
visit-case = Complaint: { $category }
reminder-kind-case_at_risk = Case nearing its deadline
reminder-kind-case_breached = Case past its deadline
reminder-kind-chase_department = Handed over, no answer yet
reminder-kind-ask_confirmation = Resolved, awaiting the client's confirmation
reminder-action-follow = { $kind ->
    [case_at_risk] Move the case on before its deadline
    [case_breached] Resolve the case: its deadline has passed
    [chase_department] Chase the department on the case
    [ask_confirmation] Ask the client to confirm the fix
   *[other] Follow up the case
}
field-step = Step
field-to = Department
field-department = Department
field-text = Note
field-reason = Reason for reopening
field-resolution = Resolution
field-response = First response
field-satisfaction = Client's satisfaction
field-category = Category
field-severity = Severity
field-channel = Channel
field-contact = Raised by
field-at = When

# The weekly report (fieldbook report week, the Report view, its PDF).
report-title = Weekly report
report-week = Week { $week }: { $from } – { $to }
report-manager = Manager
report-as-of = As of
report-visits = Visits
report-planned = Planned
report-done = Made
report-cancelled = Cancelled
report-missed = Missed
report-by-purpose = By purpose
report-by-stage = By sales stage
report-by-tier = By tier
report-per-day = Visits per day
report-first-visits = Clients visited for the first time
report-coverage = Coverage per tier
report-coverage-before = Week before
report-tier = Tier
report-clients = Clients
report-covered = Covered
report-overdue = Overdue clients
report-never-contacted = Never contacted
report-days-overdue = Days overdue
report-care = Care given
report-greetings-sent = Greetings sent
report-occasion = Occasion
report-channel = Channel
report-cases = Complaints
report-opened = Opened
report-resolved = Resolved
report-confirmed = Confirmed by the client
report-sla-met = SLA met
report-sla-breached = SLA breached
report-satisfaction = Mean satisfaction
report-open = Open at the week's end
report-attention = At risk or breached
report-tasks = Follow-up tasks
report-tasks-overdue = Overdue
report-arrears = Arrears
report-outstanding = Outstanding
report-past-due = Clients past due
report-collected = Collected this week
report-outcomes = Outcomes of the week's visits
report-next-week = Next week
report-next-planned = Planned visits
report-next-due = Due and not yet planned
report-none = None
report-client = Client
report-date = Date
report-purpose = Purpose
report-outcome = Outcome
report-count = Count
report-other = Other
report-gift = Gift
report-team-title = Team report
report-member = Member
report-last-synced = Last synced
report-stale = stale
report-never-synced = never
report-team-total = Team
report-key-overdue = Tier A clients overdue
report-at-risk = At risk
report-breached = Breached
report-team-visits = Visits per member
report-stale-copies = Copies not synced for a day
nav-report = Report
report-previous = ‹ Week before
report-next-week-button = Week after ›
report-this-week = This week
report-save-pdf = Save as PDF
report-export-csv = Export CSV
report-making = Making the report…
report-making-pdf = Typesetting the PDF…
report-charts = Charts
team-dashboard = The team this week
report-members = Members

## The Excel export: its sheets, and the columns the fields do not name.
export-sheet-clients = Clients
export-sheet-contacts = Contacts
export-sheet-visits = Visits
export-sheet-cases = Cases
export-sheet-case_events = Case timeline
export-sheet-tasks = Tasks
export-sheet-care_log = Care log
column-id = ID
column-contact_id = Contact ID
column-occasion = Occasion
column-occasion_name = Occasion name
column-gift = Gift
column-note = Note
column-reminder_id = Reminder ID
column-case_id = Case ID
column-recorded_at = Recorded at
column-by = By
column-applied = Applied
column-client_id = Client ID
column-raised_by = Raised by
column-opened_at = Received
column-responded_at = Answered
column-response_due = Response due
column-resolution_due = Resolution due
column-resolved_at = Resolved
column-breached = SLA breached
column-description = Complaint
column-latitude = Latitude
column-longitude = Longitude
column-currency = Currency
column-visit_id = Visit ID

## The Export section of the settings, and where a saved file went.
saved-to = Saved to { $path }
export-title = Export
export-hint = Your portfolio as files: for the lead, a spreadsheet, a calendar, a phone, or as a backup to restore with fieldbook import json.
export-xlsx = Excel workbook
export-json = Backup (JSON)
export-ics = Calendar, next 90 days (iCalendar)
export-vcf = Contacts (vCard)
export-csv = Export CSV
export-csv-table = CSV file of
export-making = Making the file…

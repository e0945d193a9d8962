// Generated from the shell's list of commands (src-tauri/src/lib.rs) by
// `UPDATE_BINDINGS=1 cargo test -p fieldbook-desktop --test desktop bindings`; do not edit.
import { invoke } from '@tauri-apps/api/core';
import type { CareSettingsView } from './CareSettingsView';
import type { CaseDetailView } from './CaseDetailView';
import type { CaseOpeningInput } from './CaseOpeningInput';
import type { CaseRowView } from './CaseRowView';
import type { CaseStep } from './CaseStep';
import type { CaseStepInput } from './CaseStepInput';
import type { ClientDetail } from './ClientDetail';
import type { ClientField } from './ClientField';
import type { ClientProfile } from './ClientProfile';
import type { ClientRowView } from './ClientRowView';
import type { ContactField } from './ContactField';
import type { ContactView } from './ContactView';
import type { DayPlanRequest } from './DayPlanRequest';
import type { DayPlanView } from './DayPlanView';
import type { DueListView } from './DueListView';
import type { ExportChoice } from './ExportChoice';
import type { ExportedFile } from './ExportedFile';
import type { GreetingDraftView } from './GreetingDraftView';
import type { GreetingRequest } from './GreetingRequest';
import type { HolidayOption } from './HolidayOption';
import type { Language } from './Language';
import type { PortfolioSetup } from './PortfolioSetup';
import type { PortfolioSummary } from './PortfolioSummary';
import type { ReminderView } from './ReminderView';
import type { SearchHitView } from './SearchHitView';
import type { SettingsView } from './SettingsView';
import type { SlaTargetView } from './SlaTargetView';
import type { SyncStatusView } from './SyncStatusView';
import type { TaskField } from './TaskField';
import type { TaskView } from './TaskView';
import type { TeamPortfolioView } from './TeamPortfolioView';
import type { TodayView } from './TodayView';
import type { VisitField } from './VisitField';
import type { VisitView } from './VisitView';
import type { WeekReminderView } from './WeekReminderView';
import type { WeekReportView } from './WeekReportView';

/** How a command reaches the shell: Tauri's `invoke`, or in tests anything that answers alike. */
export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;

/** The shell's commands, each with the arguments the shell takes, sent through `invoke`. */
export function commandsVia(invoke: Invoke) {
  return {
    /** Creates the portfolio on first run, with a demo when asked. */
    createPortfolio: (setup: PortfolioSetup) => invoke<SettingsView>('create_portfolio', { setup }),
    /** The portfolio at a glance. */
    portfolioSummary: () => invoke<PortfolioSummary>('portfolio_summary'),
    /** The manager's settings. */
    settings: () => invoke<SettingsView>('settings'),
    /** Changes one setting. */
    setSetting: (field: string, value: string) => invoke<SettingsView>('set_setting', { field, value }),
    /** Every client with the columns of the portfolio table. */
    listClients: () => invoke<Array<ClientRowView>>('list_clients'),
    /** A client's profile, people and visits. */
    clientDetail: (clientId: string) => invoke<ClientDetail>('client_detail', { clientId }),
    /** Sets one field of a client, as typed. */
    setClientField: (clientId: string, field: ClientField, value: string) => invoke<ClientProfile>('set_client_field', { clientId, field, value }),
    /** Adds a client; answers its id. */
    addClient: (client: { [key in ClientField]?: string }) => invoke<string>('add_client', { client }),
    /** Plans a visit to a client. */
    planVisit: (clientId: string, visit: { [key in VisitField]?: string }) => invoke<VisitView>('plan_visit', { clientId, visit }),
    /** A visit, with its client's name. */
    visitDetail: (visitId: string) => invoke<VisitView>('visit_detail', { visitId }),
    /** Checks in now. */
    checkIn: (visitId: string) => invoke<VisitView>('check_in', { visitId }),
    /** Checks out now. */
    checkOut: (visitId: string) => invoke<VisitView>('check_out', { visitId }),
    /** Records what came of a visit. */
    recordOutcome: (visitId: string, outcome: string) => invoke<VisitView>('record_outcome', { visitId, outcome }),
    /** Sets one field of a visit, as typed. */
    setVisitField: (visitId: string, field: VisitField, value: string) => invoke<VisitView>('set_visit_field', { visitId, field, value }),
    /** Appends a line to a visit's notes. */
    appendVisitNote: (visitId: string, line: string) => invoke<VisitView>('append_visit_note', { visitId, line }),
    /** Makes a visit's notes read the text given. */
    saveVisitNotes: (visitId: string, text: string) => invoke<null>('save_visit_notes', { visitId, text }),
    /** Clients, contacts and notes matching the query. */
    search: (query: string) => invoke<Array<SearchHitView>>('search', { query }),
    /** Today's planned visits and open follow-ups. */
    todayAgenda: () => invoke<TodayView>('today_agenda'),
    /** Who is due for a visit, and coverage per tier. */
    dueClients: () => invoke<DueListView>('due_clients'),
    /** The day's route. */
    planDay: (request: DayPlanRequest) => invoke<DayPlanView>('plan_day', { request }),
    /** Saves the day's route as planned visits; answers their ids. */
    saveDayPlan: (request: DayPlanRequest) => invoke<Array<string>>('save_day_plan', { request }),
    /** The visits of some days. */
    visitsBetween: (from: string, days: number) => invoke<Array<VisitView>>('visits_between', { from, days }),
    /** The care reminders of some days. */
    weekReminders: (from: string, days: number) => invoke<Array<WeekReminderView>>('week_reminders', { from, days }),
    /** Moves a visit to another day and time. */
    moveVisit: (visitId: string, date: string, time: string) => invoke<VisitView>('move_visit', { visitId, date, time }),
    /** Records the sales stage a visit served. */
    setVisitStage: (visitId: string, stage: string) => invoke<VisitView>('set_visit_stage', { visitId, stage }),
    /** Where sync stands, for the status bar. */
    syncStatus: () => invoke<SyncStatusView>('sync_status'),
    /** Cancels a planned visit. */
    cancelVisit: (visitId: string) => invoke<VisitView>('cancel_visit', { visitId }),
    /** Adds a contact to a client. */
    addContact: (clientId: string, contact: { [key in ContactField]?: string }) => invoke<ContactView>('add_contact', { clientId, contact }),
    /** Sets one field of a contact, as typed. */
    setContactField: (contactId: string, field: ContactField, value: string) => invoke<ContactView>('set_contact_field', { contactId, field, value }),
    /** Removes a contact. */
    removeContact: (contactId: string) => invoke<null>('remove_contact', { contactId }),
    /** The care reminders of the next two weeks. */
    careReminders: () => invoke<Array<ReminderView>>('care_reminders'),
    /** Marks a reminder done today. */
    completeReminder: (reminderId: string, note: string) => invoke<null>('complete_reminder', { reminderId, note }),
    /** Hides a reminder until tomorrow. */
    snoozeReminder: (reminderId: string) => invoke<null>('snooze_reminder', { reminderId }),
    /** Drops a reminder for good. */
    dismissReminder: (reminderId: string) => invoke<null>('dismiss_reminder', { reminderId }),
    /** The care rules per tier, the renewal lead time and the notification time. */
    careSettings: () => invoke<CareSettingsView>('care_settings'),
    /** The region's major festivals of a year. */
    greetingHolidays: (year: number) => invoke<Array<HolidayOption>>('greeting_holidays', { year }),
    /** The greetings a request asks for. */
    draftGreetings: (request: GreetingRequest) => invoke<Array<GreetingDraftView>>('draft_greetings', { request }),
    /** The greetings a request asks for, as a CSV file. */
    exportGreetingsCsv: (request: GreetingRequest) => invoke<string>('export_greetings_csv', { request }),
    /** Records greetings as sent; answers how many. */
    markGreetingsSent: (request: GreetingRequest, contactIds: Array<string>, channel: string) => invoke<number>('mark_greetings_sent', { request, contactIds, channel }),
    /** A lead's team members' portfolios. */
    teamPortfolios: () => invoke<Array<TeamPortfolioView>>('team_portfolios'),
    /** A client's page in a team member's portfolio. */
    teamClientDetail: (owner: string, clientId: string) => invoke<ClientDetail>('team_client_detail', { owner, clientId }),
    /** A case in a team member's portfolio, with no step to take. */
    teamCaseDetail: (owner: string, caseId: string) => invoke<CaseDetailView>('team_case_detail', { owner, caseId }),
    /** The lead's dashboard: the team's week (`""`: this week) from the members' copies, in `language`. */
    teamReport: (week: string, language: Language) => invoke<WeekReportView>('team_report', { week, language }),
    /** The week's summary (`""`: this week) laid out in `language`. */
    weekReport: (week: string, language: Language) => invoke<WeekReportView>('week_report', { week, language }),
    /** The week's figures as CSV. */
    weekReportCsv: (week: string) => invoke<string>('week_report_csv', { week }),
    /** A file of the portfolio to save: the JSON backup, a kind's CSV (`table`), the workbook, the coming days as iCalendar, the contacts as vCard. */
    exportFile: (choice: ExportChoice, table: string) => invoke<ExportedFile>('export_file', { choice, table }),
    /** Saves a file (base64) in the Downloads folder as `name`, or `name (2)` when taken; answers its path. */
    saveDownload: (name: string, base64: string) => invoke<string>('save_download', { name, base64 }),
    /** The week's summary in `language` as an A4 PDF, base64-encoded. */
    weekReportPdf: (week: string, language: Language) => invoke<string>('week_report_pdf', { week, language }),
    /** The cases of a status and a severity (`""` for any), open ones by deadline first. */
    listCases: (status: string, severity: string) => invoke<Array<CaseRowView>>('list_cases', { status, severity }),
    /** A case whole: timeline, SLA clocks, follow-up visits, tasks. */
    caseDetail: (caseId: string) => invoke<CaseDetailView>('case_detail', { caseId }),
    /** Opens a case as received (from a visit: linked to it). */
    openCase: (opening: CaseOpeningInput) => invoke<CaseDetailView>('open_case', { opening }),
    /** Takes a step on a case; refused when it does not fit where the case stands. */
    caseStep: (caseId: string, step: CaseStep, input: CaseStepInput) => invoke<CaseDetailView>('case_step', { caseId, step, input }),
    /** The SLA targets per severity. */
    slaSettings: () => invoke<Array<SlaTargetView>>('sla_settings'),
    /** Sets a severity's SLA targets (`4h`, `3d`; `""` keeps one). */
    setSla: (severity: string, response: string, resolution: string) => invoke<Array<SlaTargetView>>('set_sla', { severity, response, resolution }),
    /** The tasks, open ones only when `open`, of one client unless `""`. */
    listTasks: (open: boolean, clientId: string) => invoke<Array<TaskView>>('list_tasks', { open, clientId }),
    /** Adds a task (its title at least). */
    addTask: (task: { [key in TaskField]?: string }) => invoke<TaskView>('add_task', { task }),
    /** Changes a task's fields. */
    editTask: (taskId: string, task: { [key in TaskField]?: string }) => invoke<TaskView>('edit_task', { taskId, task }),
    /** Ticks a task done, or not done again. */
    tickTask: (taskId: string, done: boolean) => invoke<TaskView>('tick_task', { taskId, done }),
    /** Removes a task. */
    removeTask: (taskId: string) => invoke<null>('remove_task', { taskId }),
    /** Logs this computer in to a sync server. */
    syncLogin: (server: string, token: string) => invoke<SyncStatusView>('sync_login', { server, token }),
    /** Sets this computer up from the sync server on first run. */
    joinPortfolio: (server: string, token: string, language: Language) => invoke<SettingsView>('join_portfolio', { server, token, language }),
  };
}

/** The shell's commands, through Tauri's `invoke`. */
export const commands = commandsVia(invoke);

// The typed IPC boundary with the desktop shell (src-tauri/src/lib.rs). Argument
// and result types are generated from Rust into ./bindings; this file only names
// the commands.
import { invoke } from '@tauri-apps/api/core';
import type { CareSettingsView } from './bindings/CareSettingsView';
import type { ClientDetail } from './bindings/ClientDetail';
import type { ClientProfile } from './bindings/ClientProfile';
import type { ClientRowView } from './bindings/ClientRowView';
import type { CommandError } from './bindings/CommandError';
import type { ContactView } from './bindings/ContactView';
import type { DayPlanRequest } from './bindings/DayPlanRequest';
import type { DayPlanView } from './bindings/DayPlanView';
import type { DueListView } from './bindings/DueListView';
import type { GreetingDraftView } from './bindings/GreetingDraftView';
import type { GreetingRequest } from './bindings/GreetingRequest';
import type { HolidayOption } from './bindings/HolidayOption';
import type { NewClient } from './bindings/NewClient';
import type { NewContact } from './bindings/NewContact';
import type { PortfolioSetup } from './bindings/PortfolioSetup';
import type { PortfolioSummary } from './bindings/PortfolioSummary';
import type { ReminderView } from './bindings/ReminderView';
import type { SearchHitView } from './bindings/SearchHitView';
import type { SettingsView } from './bindings/SettingsView';
import type { SyncStatusView } from './bindings/SyncStatusView';
import type { TeamPortfolioView } from './bindings/TeamPortfolioView';
import type { TodayView } from './bindings/TodayView';
import type { VisitPlan } from './bindings/VisitPlan';
import type { VisitView } from './bindings/VisitView';
import type { WeekReminderView } from './bindings/WeekReminderView';

export type Language = SettingsView['language'];

export const shell = {
  createPortfolio: (setup: PortfolioSetup) => invoke<SettingsView>('create_portfolio', { setup }),
  portfolioSummary: () => invoke<PortfolioSummary>('portfolio_summary'),
  settings: () => invoke<SettingsView>('settings'),
  setSetting: (field: string, value: string) => invoke<SettingsView>('set_setting', { field, value }),
  listClients: () => invoke<ClientRowView[]>('list_clients'),
  clientDetail: (clientId: string) => invoke<ClientDetail>('client_detail', { clientId }),
  setClientField: (clientId: string, field: string, value: string) =>
    invoke<ClientProfile>('set_client_field', { clientId, field, value }),
  addClient: (client: NewClient) => invoke<string>('add_client', { client }),
  planVisit: (plan: VisitPlan) => invoke<VisitView>('plan_visit', { plan }),
  visitDetail: (visitId: string) => invoke<VisitView>('visit_detail', { visitId }),
  checkIn: (visitId: string) => invoke<VisitView>('check_in', { visitId }),
  checkOut: (visitId: string) => invoke<VisitView>('check_out', { visitId }),
  recordOutcome: (visitId: string, outcome: string) => invoke<VisitView>('record_outcome', { visitId, outcome }),
  appendVisitNote: (visitId: string, line: string) => invoke<VisitView>('append_visit_note', { visitId, line }),
  saveVisitNotes: (visitId: string, text: string) => invoke<null>('save_visit_notes', { visitId, text }),
  search: (query: string) => invoke<SearchHitView[]>('search', { query }),
  // An empty query finds nothing but brings the search index up to date (built the first
  // time), so that the first keystroke after the search box is focused only looks up.
  prepareSearch: () => invoke<SearchHitView[]>('search', { query: '' }),
  todayAgenda: () => invoke<TodayView>('today_agenda'),
  // Visit planning.
  dueClients: () => invoke<DueListView>('due_clients'),
  planDay: (request: DayPlanRequest) => invoke<DayPlanView>('plan_day', { request }),
  saveDayPlan: (request: DayPlanRequest) => invoke<string[]>('save_day_plan', { request }),
  visitsBetween: (from: string, days: number) => invoke<VisitView[]>('visits_between', { from, days }),
  weekReminders: (from: string, days: number) => invoke<WeekReminderView[]>('week_reminders', { from, days }),
  moveVisit: (visitId: string, date: string, time: string) => invoke<VisitView>('move_visit', { visitId, date, time }),
  setVisitStage: (visitId: string, stage: string) => invoke<VisitView>('set_visit_stage', { visitId, stage }),
  syncLogin: (server: string, token: string) => invoke<SyncStatusView>('sync_login', { server, token }),
  syncStatus: () => invoke<SyncStatusView>('sync_status'),
  joinPortfolio: (server: string, token: string, language: Language) =>
    invoke<SettingsView>('join_portfolio', { server, token, language }),
  cancelVisit: (visitId: string) => invoke<VisitView>('cancel_visit', { visitId }),
  addContact: (clientId: string, contact: NewContact) => invoke<ContactView>('add_contact', { clientId, contact }),
  setContactField: (contactId: string, field: string, value: string) =>
    invoke<ContactView>('set_contact_field', { contactId, field, value }),
  removeContact: (contactId: string) => invoke<null>('remove_contact', { contactId }),
  careReminders: () => invoke<ReminderView[]>('care_reminders'),
  completeReminder: (reminderId: string, note: string) => invoke<null>('complete_reminder', { reminderId, note }),
  snoozeReminder: (reminderId: string) => invoke<null>('snooze_reminder', { reminderId }),
  dismissReminder: (reminderId: string) => invoke<null>('dismiss_reminder', { reminderId }),
  // Care settings and greetings.
  careSettings: () => invoke<CareSettingsView>('care_settings'),
  greetingHolidays: (year: number) => invoke<HolidayOption[]>('greeting_holidays', { year }),
  draftGreetings: (request: GreetingRequest) => invoke<GreetingDraftView[]>('draft_greetings', { request }),
  exportGreetingsCsv: (request: GreetingRequest) => invoke<string>('export_greetings_csv', { request }),
  markGreetingsSent: (request: GreetingRequest, contactIds: string[], channel: string) =>
    invoke<number>('mark_greetings_sent', { request, contactIds, channel }),
  // A lead's team portfolios, read-only.
  teamPortfolios: () => invoke<TeamPortfolioView[]>('team_portfolios'),
  teamClientDetail: (owner: string, clientId: string) =>
    invoke<ClientDetail>('team_client_detail', { owner, clientId }),
};

/** Turns whatever a rejected `invoke` carries into a `CommandError`. */
export function toCommandError(error: unknown): CommandError {
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    const given = error as Partial<CommandError> & Pick<CommandError, 'code' | 'message'>;
    return {
      code: given.code,
      message: String(given.message),
      field: given.field ?? null,
      problem: given.problem ?? null,
      arguments: given.arguments ?? {},
    };
  }
  return { code: 'failed', message: String(error), field: null, problem: null, arguments: {} };
}

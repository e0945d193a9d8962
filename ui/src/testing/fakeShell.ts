// An in-memory stand-in for the desktop shell, answering the same commands with
// the same wire types, for component tests (jsdom) and browser tests (Chromium).
// It is no model of the domain: just enough to drive the screens.
import { mockIPC } from '@tauri-apps/api/mocks';
import type { CareSettingsView } from '../bindings/CareSettingsView';
import type { ClientDetail } from '../bindings/ClientDetail';
import type { ClientProfile } from '../bindings/ClientProfile';
import type { ClientRowView } from '../bindings/ClientRowView';
import type { ContactView } from '../bindings/ContactView';
import type { ReminderView } from '../bindings/ReminderView';
import type { GreetingDraftView } from '../bindings/GreetingDraftView';
import type { GreetingRequest } from '../bindings/GreetingRequest';
import type { SettingsView } from '../bindings/SettingsView';
import type { SyncStatusView } from '../bindings/SyncStatusView';
import type { TaskView } from '../bindings/TaskView';
import type { TeamPortfolioView } from '../bindings/TeamPortfolioView';
import type { VisitView } from '../bindings/VisitView';
import { answerPlanning } from './fakePlanning';

export interface FakePortfolio {
  settings: SettingsView | null;
  clients: ClientProfile[];
  contacts: Record<string, ContactView[]>;
  visits: VisitView[];
  tasks: TaskView[];
  reminders: ReminderView[];
  sync: SyncStatusView;
  /** A lead's team members' portfolios, as `team_portfolios` answers. */
  team: TeamPortfolioView[];
  /** Their client pages, by `owner/clientId`. */
  teamClients: Record<string, ClientDetail>;
  /** The portfolio the fake sync server holds for the user of [`FAKE_TOKEN`], if any. */
  onServer?: FakePortfolio;
  calls: { command: string; args: Record<string, unknown> }[];
}

/** The only token the fake sync server takes. */
export const FAKE_TOKEN = 'fake-token-0123';

export function notConfigured(): SyncStatusView {
  return { state: 'not_configured', server: null, user: null, lastSynced: null, unsyncedChanges: 0, readOnly: false, problem: null, lead: false, revision: 0 };
}

export const TODAY = '2026-11-25';

export function emptyPortfolio(): FakePortfolio {
  return { settings: null, clients: [], contacts: {}, visits: [], tasks: [], reminders: [], sync: notConfigured(), team: [], teamClients: {}, calls: [] };
}

function profile(id: string, name: string, tier: ClientProfile['tier'], extra: Partial<ClientProfile> = {}): ClientProfile {
  return {
    id,
    name,
    industry: '',
    tier,
    status: 'active',
    address: '',
    location: '',
    officeHours: '',
    contractStart: '',
    contractEnd: '',
    arrears: '',
    arrearsDue: '',
    tags: '',
    competitorNotes: '',
    ...extra,
  };
}

/** A portfolio of `count` clients for a Polish manager, one visit planned today. */
export function demoPortfolio(count = 1200): FakePortfolio {
  const portfolio = emptyPortfolio();
  portfolio.settings = {
    managerName: 'Anna Kowalska',
    region: 'PL',
    language: 'pl',
    timeZone: 'Europe/Warsaw',
    home: '52.2297,21.0122',
    office: '',
    workingHours: '09:00-18:00',
  };
  const tiers = ['A', 'B', 'C', 'D'] as const;
  for (let n = 0; n < count; n++) {
    const id = `cl_${String(n).padStart(5, '0')}`;
    portfolio.clients.push(
      profile(id, `Klient ${n}`, tiers[n % 4], {
        industry: n % 2 ? 'Energetyka' : 'Logistyka',
        tags: n % 10 === 0 ? 'kluczowy' : '',
        arrears: n % 7 === 0 ? `${n * 10}.00 PLN` : '',
        status: n % 13 === 0 ? 'at_risk' : 'active',
      }),
    );
  }
  portfolio.clients[0].name = 'PKN Orlen';
  portfolio.contacts.cl_00000 = [
    { id: 'ct_1', name: 'Jan Nowak', title: 'Prezes', keyPerson: true, phones: ['+48 601 000 000'], email: null, birthday: '--05-17', preferences: [], notes: '' },
  ];
  portfolio.visits.push(visit('vi_today', 'cl_00000', 'PKN Orlen', TODAY, 'Rozmowa o światłowodzie'));
  portfolio.reminders.push(
    { id: 'rm_flowers', date: TODAY, occasionDate: '2026-11-28', kind: 'birthday', action: 'gift', gift: 'flowers or cake', clientId: 'cl_00000', clientName: 'PKN Orlen', contactName: 'Jan Nowak', subject: 'urodziny (58)', snoozedUntil: null },
    { id: 'rm_renewal', date: '2026-11-30', occasionDate: '2026-12-30', kind: 'contract_renewal', action: 'renew', gift: null, clientId: 'cl_00001', clientName: 'Klient 1', contactName: null, subject: '2026-12-30', snoozedUntil: null },
  );
  portfolio.tasks.push({ id: 'tk_1', title: 'Wysłać ofertę', due: TODAY, clientId: 'cl_00000', clientName: 'PKN Orlen' });
  return portfolio;
}

/**
 * A team lead's portfolio (`demoPortfolio` of `count` clients) synced with the
 * server, keeping team member Li Na's portfolio: Sinopec, 12 days overdue, and a
 * prospect never visited.
 */
export function leadPortfolio(count = 20): FakePortfolio {
  const portfolio = demoPortfolio(count);
  portfolio.sync = { ...notConfigured(), state: 'up_to_date', server: 'https://sync.example.com', user: 'zhou.min', lastSynced: new Date().toISOString(), lead: true };
  const sinopec = profile('cl_sinopec01', 'Sinopec', 'A', { industry: 'Energy', tags: 'key' });
  const cosco = profile('cl_cosco0001', 'COSCO', 'C', { status: 'prospect' });
  const done = { ...visit('vi_sinopec1', sinopec.id, sinopec.name, '2026-10-30', 'Discussed the fuel contract\n'), status: 'done' as const, outcome: 'Offer requested' };
  portfolio.team = [
    {
      owner: 'li.na',
      managerName: 'Li Na',
      lastSynced: new Date().toISOString(),
      clients: [
        { row: row(sinopec, [done]), daysOverdue: 12 },
        { row: row(cosco, []), daysOverdue: null },
      ],
    },
  ];
  portfolio.teamClients['li.na/cl_sinopec01'] = {
    profile: sinopec,
    contacts: [{ id: 'ct_wang', name: 'Wang Wei', title: 'CFO', keyPerson: true, phones: ['+86 138 0000 0000'], email: null, birthday: null, preferences: [], notes: '' }],
    visits: [done],
    stage: null,
  };
  portfolio.teamClients['li.na/cl_cosco0001'] = { profile: cosco, contacts: [], visits: [], stage: null };
  return portfolio;
}

function visit(id: string, clientId: string, clientName: string, date: string, notes = ''): VisitView {
  return {
    id,
    clientId,
    clientName,
    date,
    time: '10:00',
    timeZone: 'Europe/Warsaw',
    durationMin: 60,
    purpose: 'routine',
    status: 'planned',
    checkIn: null,
    checkOut: null,
    notes,
    outcome: '',
    stage: null,
  };
}

const camel = (field: string) => field.replace(/_(.)/g, (_, c: string) => c.toUpperCase());

function row(client: ClientProfile, visits: VisitView[]): ClientRowView {
  const own = visits.filter((v) => v.clientId === client.id);
  const done = own.filter((v) => v.status === 'done').map((v) => v.date).sort();
  const planned = own.filter((v) => v.status === 'planned').map((v) => v.date).sort();
  const [amount, currency] = client.arrears.split(' ');
  return {
    id: client.id,
    name: client.name,
    industry: client.industry,
    tier: client.tier,
    status: client.status,
    lastContact: done.at(-1) ?? null,
    nextVisit: planned[0] ?? null,
    arrears: client.arrears ? { minorUnits: Math.round(Number(amount) * 100), currency } : null,
    tags: client.tags ? client.tags.split('; ') : [],
  };
}

/** The fake sync server's answer to a login: the status once logged in, or the shell's error. */
function login(portfolio: FakePortfolio, server: string, token: unknown): SyncStatusView {
  if (!/^https?:\/\//.test(server)) {
    throw { code: 'bad_input', field: 'server', message: `“${server}” is not a server address: use http:// or https://` };
  }
  if (token !== FAKE_TOKEN) {
    throw { code: 'unauthorized', field: 'token', message: `${server} refused the token (wrong or revoked); ask your admin for a new one.` };
  }
  return { ...portfolio.sync, state: 'up_to_date', server, user: 'anna.kowalska', lastSynced: new Date().toISOString() };
}

const notFound = (what: string) => ({ code: 'not_found', field: null, message: `Not found: ${what}` });

/** Answers `invoke` from `portfolio`, changing it as the shell would change the real one. */
export function answer(portfolio: FakePortfolio, command: string, args: Record<string, unknown>): unknown {
  portfolio.calls.push({ command, args });
  const settings = portfolio.settings;
  if (settings === null && command !== 'create_portfolio' && command !== 'join_portfolio') {
    throw { code: 'not_initialized', field: null, message: 'No portfolio on this computer yet.' };
  }
  const findVisit = (id: unknown) => {
    const found = portfolio.visits.find((v) => v.id === id);
    if (!found) throw notFound(String(id));
    return found;
  };
  switch (command) {
    case 'create_portfolio': {
      const setup = args.setup as { managerName: string; region: SettingsView['region']; language: SettingsView['language']; timeZone: string; demoClients: number | null };
      if (!setup.managerName.trim()) throw { code: 'bad_input', field: 'name', message: 'name: must not be empty' };
      Object.assign(portfolio, setup.demoClients ? { ...demoPortfolio(setup.demoClients), calls: portfolio.calls } : {});
      portfolio.settings = {
        managerName: setup.managerName,
        region: setup.region,
        language: setup.language,
        timeZone: setup.timeZone,
        home: '',
        office: '',
        workingHours: '09:00-18:00',
      };
      return portfolio.settings;
    }
    case 'settings':
      return settings;
    case 'set_setting': {
      const key = { name: 'managerName', time_zone: 'timeZone', working_hours: 'workingHours' }[args.field as string] ?? (args.field as string);
      portfolio.settings = { ...settings, [key]: args.value } as SettingsView;
      return portfolio.settings;
    }
    case 'portfolio_summary':
      return { managerName: settings?.managerName, clientCount: portfolio.clients.length };
    case 'team_portfolios':
      return portfolio.team;
    case 'team_client_detail': {
      const detail = portfolio.teamClients[`${String(args.owner)}/${String(args.clientId)}`];
      if (!detail) throw notFound(String(args.clientId));
      return detail;
    }
    case 'list_clients':
      return portfolio.clients.map((c) => row(c, portfolio.visits));
    case 'client_detail': {
      const client = portfolio.clients.find((c) => c.id === args.clientId);
      if (!client) throw notFound(String(args.clientId));
      const visits = portfolio.visits.filter((v) => v.clientId === client.id);
      const stage = visits.filter((v) => v.status === 'done' && v.stage).at(-1)?.stage ?? null;
      return { profile: client, contacts: portfolio.contacts[client.id] ?? [], visits, stage };
    }
    case 'set_client_field': {
      const client = portfolio.clients.find((c) => c.id === args.clientId);
      if (!client) throw notFound(String(args.clientId));
      if (args.field === 'tier' && !['A', 'B', 'C', 'D'].includes(String(args.value))) {
        throw { code: 'bad_input', field: 'tier', message: `tier: '${String(args.value)}' is not one of A, B, C, D` };
      }
      Object.assign(client, { [camel(String(args.field))]: args.value });
      return client;
    }
    case 'add_client': {
      const { name, tier } = args.client as { name: string; tier: ClientProfile['tier'] };
      const id = `cl_new${portfolio.clients.length}`;
      portfolio.clients.push(profile(id, name, tier));
      return id;
    }
    case 'plan_visit': {
      const plan = args.plan as { clientId: string; date: string; time: string; purpose: VisitView['purpose'] | null };
      const client = portfolio.clients.find((c) => c.id === plan.clientId);
      if (!client) throw notFound(plan.clientId);
      const planned = { ...visit(`vi_new${portfolio.visits.length}`, client.id, client.name, plan.date), time: plan.time, purpose: plan.purpose ?? 'routine' };
      portfolio.visits.push(planned);
      return planned;
    }
    case 'visit_detail':
      return findVisit(args.visitId);
    case 'check_in':
      return Object.assign(findVisit(args.visitId), { checkIn: `${TODAY}T10:02:00+01:00` });
    case 'check_out':
      return Object.assign(findVisit(args.visitId), { checkOut: `${TODAY}T11:00:00+01:00`, status: 'done' });
    case 'record_outcome':
      return Object.assign(findVisit(args.visitId), { outcome: args.outcome });
    case 'append_visit_note': {
      const found = findVisit(args.visitId);
      const separator = found.notes === '' || found.notes.endsWith('\n') ? '' : '\n';
      return Object.assign(found, { notes: `${found.notes}${separator}${String(args.line)}\n` });
    }
    case 'save_visit_notes':
      findVisit(args.visitId).notes = String(args.text);
      return null;
    case 'search': {
      const needle = String(args.query).trim().toLowerCase();
      if (!needle) return [];
      const clients = portfolio.clients
        .filter((c) => c.name.toLowerCase().includes(needle))
        .map((c) => ({ kind: 'client', id: c.id, clientId: c.id, clientName: c.name, title: c.name, snippet: c.name }));
      const notes = portfolio.visits
        .filter((v) => v.notes.toLowerCase().includes(needle))
        .map((v) => ({ kind: 'visit', id: v.id, clientId: v.clientId, clientName: v.clientName, title: v.date, snippet: v.notes }));
      return [...clients, ...notes].slice(0, 50);
    }
    case 'cancel_visit': {
      const found = findVisit(args.visitId);
      if (found.status === 'done') throw { code: 'bad_input', field: 'status', message: 'status: the visit is already done' };
      return Object.assign(found, { status: 'cancelled' });
    }
    case 'add_contact': {
      const list = (portfolio.contacts[String(args.clientId)] ??= []);
      const given = args.contact as { name: string; title: string; keyPerson: boolean; birthday: string };
      if (!given.name.trim()) throw { code: 'bad_input', field: 'name', message: 'name: must not be empty' };
      const contact: ContactView = { id: `ct_new${list.length}`, name: given.name, title: given.title, keyPerson: given.keyPerson, phones: [], email: null, birthday: given.birthday || null, preferences: [], notes: '' };
      list.push(contact);
      return contact;
    }
    case 'set_contact_field': {
      const contact = Object.values(portfolio.contacts).flat().find((c) => c.id === args.contactId);
      if (!contact) throw notFound(String(args.contactId));
      const value = String(args.value);
      const field = String(args.field);
      if (field === 'key_person') contact.keyPerson = value === 'yes';
      else if (field === 'phones' || field === 'preferences') contact[field] = value ? value.split(/;\s*/) : [];
      else if (field === 'birthday' || field === 'email') contact[field] = value || null;
      else Object.assign(contact, { [field]: value });
      return contact;
    }
    case 'remove_contact':
      for (const [client, list] of Object.entries(portfolio.contacts)) {
        portfolio.contacts[client] = list.filter((c) => c.id !== args.contactId);
      }
      return null;
    case 'care_reminders':
      return portfolio.reminders;
    case 'complete_reminder':
    case 'snooze_reminder':
    case 'dismiss_reminder':
      if (!portfolio.reminders.some((r) => r.id === args.reminderId)) throw notFound(String(args.reminderId));
      portfolio.reminders = portfolio.reminders.filter((r) => r.id !== args.reminderId);
      return null;
    case 'sync_status':
      return portfolio.sync;
    case 'sync_login':
      portfolio.sync = login(portfolio, String(args.server), args.token);
      return portfolio.sync;
    case 'join_portfolio': {
      const status = login(portfolio, String(args.server), args.token);
      if (!portfolio.onServer) {
        throw { code: 'not_found', field: 'server', message: `${status.server} holds no portfolio of anna.kowalska yet.` };
      }
      Object.assign(portfolio, { ...portfolio.onServer, sync: status, calls: portfolio.calls, onServer: undefined });
      return portfolio.settings;
    }
    case 'today_agenda':
      return {
        date: TODAY,
        visits: portfolio.visits.filter((v) => v.date === TODAY && v.status === 'planned'),
        tasks: portfolio.tasks,
      };
    case 'care_settings':
      return careSettings(settings as SettingsView & Record<string, string>);
    case 'greeting_holidays':
      return [
        { key: 'pl.easter', name: 'Wielkanoc', date: `${String(args.year)}-04-05` },
        { key: 'pl.christmas', name: 'Boże Narodzenie', date: `${String(args.year)}-12-25` },
      ];
    case 'draft_greetings':
      return greetingDrafts(portfolio, args.request as GreetingRequest);
    case 'export_greetings_csv':
      return ['client,person,greeting', ...greetingDrafts(portfolio, args.request as GreetingRequest).map((d) => `${d.clientName},${d.contactName},"${d.text}"`)].join('\n');
    case 'mark_greetings_sent':
      return (args.contactIds as string[]).length;
    default:
      return answerPlanning(portfolio, command, args);
  }
}

/** The default care rules, with any `care.*` and `notification_time` set through `set_setting`. */
function careSettings(settings: SettingsView & Record<string, string>): CareSettingsView {
  const defaults: Record<string, [string, string]> = {
    A: ['3 gift:flowers or cake; 0 call', '3 visit'],
    B: ['0 call', '1 call'],
    C: ['0 message', ''],
    D: ['0 message', ''],
  };
  return {
    tiers: (['A', 'B', 'C', 'D'] as const).map((tier) => ({
      tier,
      birthday: settings[`care.${tier}.birthday`] ?? defaults[tier][0],
      festival: settings[`care.${tier}.festival`] ?? defaults[tier][1],
    })),
    renewalDays: Number(settings['care.renewal_days'] ?? 30),
    notificationTime: settings.notification_time ?? '08:30',
  };
}

/**
 * For a festival, a Christmas greeting for every key person of a client of the
 * tiers asked for; for birthdays, a greeting for each of them whose Gregorian
 * birthday (`--MM-DD` or `YYYY-MM-DD`) falls in the days asked for.
 */
function greetingDrafts(portfolio: FakePortfolio, request: GreetingRequest): GreetingDraftView[] {
  return portfolio.clients
    .filter((client) => request.tiers.includes(client.tier))
    .flatMap((client) =>
      (portfolio.contacts[client.id] ?? [])
        .filter((contact) => contact.keyPerson)
        .flatMap((contact) => {
          const date = request.holiday ? `${request.year}-12-25` : birthdayIn(contact.birthday, request);
          if (!date) return [];
          const text = request.holiday ? `${contact.name}, wesołych świąt!` : `${contact.name}, sto lat!`;
          return [{ contactId: contact.id, contactName: contact.name, title: contact.title, clientName: client.name, tier: client.tier, date, text }];
        }),
    );
}

/** The day `birthday` is kept from `request.from` for `request.days` days, if it is. */
function birthdayIn(birthday: string | null, request: GreetingRequest): string | null {
  const from = request.from ?? TODAY;
  const monthDay = birthday?.slice(-5);
  if (!monthDay) return null;
  const first = new Date(`${from}T00:00:00Z`);
  for (let offset = 0; offset < (request.days ?? 14); offset++) {
    const day = new Date(first.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    if (day.endsWith(monthDay)) return day;
  }
  return null;
}

/** Installs `portfolio` as the shell behind `invoke`. */
export function installFakeShell(portfolio: FakePortfolio): FakePortfolio {
  mockIPC((command, args) => answer(portfolio, command, (args ?? {}) as Record<string, unknown>));
  return portfolio;
}

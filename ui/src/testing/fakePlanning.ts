// The fake shell's answers to the visit-planning commands: a fixed due list and
// a day "planner" that puts unlocked stops in name order around the locked ones
// and gives each an hour from 09:00. Just enough to drive the planning screens.
import type { DayPlanRequest } from '../bindings/DayPlanRequest';
import type { DayPlanView } from '../bindings/DayPlanView';
import type { DueListView } from '../bindings/DueListView';
import type { FakePortfolio } from './fakeShell';
import { TODAY } from './fakeShell';

const notFound = (what: string) => ({ code: 'not_found', field: null, message: `Not found: ${what}` });

function dueList(portfolio: FakePortfolio): DueListView {
  const [first, second, ...rest] = portfolio.clients;
  const entry = (c: (typeof portfolio.clients)[number], daysOverdue: number | null) => ({
    clientId: c.id,
    name: c.name,
    tier: c.tier,
    lastContact: daysOverdue === null ? null : '2026-10-01',
    due: daysOverdue === null ? null : '2026-10-15',
    daysOverdue,
    proposed: TODAY,
  });
  return {
    today: TODAY,
    overdue: first ? [entry(first, 41)] : [],
    dueThisWeek: second ? [entry(second, -2)] : [],
    neverVisited: rest.slice(0, 2).map((c) => entry(c, null)),
    coverage: ['A', 'B', 'C', 'D'].map((tier) => ({ tier, cadenceDays: 14, clients: 2, covered: 1 })),
  };
}

function planDay(portfolio: FakePortfolio, request: DayPlanRequest): DayPlanView {
  const named = request.stops.map((s) => {
    const client = portfolio.clients.find((c) => c.id === s.clientId);
    if (!client) throw notFound(s.clientId);
    return { ...s, name: client.name, located: client.location !== '' };
  });
  const routable = named.filter((s) => s.located);
  let order = routable;
  if (request.mode === 'optimise') {
    const free = routable.filter((s) => !s.locked).sort((a, b) => a.name.localeCompare(b.name));
    order = routable.map((s) => (s.locked ? s : (free.shift() ?? s)));
  }
  const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return {
    stops: order.map((s, i) => ({
      clientId: s.clientId,
      clientName: s.name,
      arrive: clock(9 * 60 + i * 60),
      depart: clock(9 * 60 + i * 60 + 45),
      travelKmFromPrev: 2.5,
    })),
    unassigned: named.filter((s) => !s.located).map((s) => ({ clientId: s.clientId, clientName: s.name, reason: 'no_coordinates' })),
    totalTravelKm: 2.5 * order.length,
    totalTravelMin: 5 * order.length,
  };
}

/** Answers a visit-planning command, or refuses an unknown one. */
export function answerPlanning(portfolio: FakePortfolio, command: string, args: Record<string, unknown>): unknown {
  switch (command) {
    case 'due_clients':
      return dueList(portfolio);
    case 'plan_day':
      return planDay(portfolio, args.request as DayPlanRequest);
    case 'save_day_plan':
      return planDay(portfolio, args.request as DayPlanRequest).stops.map((_, i) => `vi_plan${i}`);
    case 'visits_between':
      return portfolio.visits.filter((v) => v.date >= String(args.from));
    case 'week_reminders':
      return [{ id: 'rm_1', date: TODAY, clientName: 'Klient 1', contactName: 'Anna Wiśniewska', subject: 'imieniny' }];
    case 'move_visit': {
      const visit = portfolio.visits.find((v) => v.id === args.visitId);
      if (!visit) throw notFound(String(args.visitId));
      return Object.assign(visit, { date: args.date, time: args.time });
    }
    case 'set_visit_stage': {
      const visit = portfolio.visits.find((v) => v.id === args.visitId);
      if (!visit) throw notFound(String(args.visitId));
      return Object.assign(visit, { stage: args.stage === '' ? null : args.stage });
    }
    default:
      throw { code: 'failed', field: null, message: `the fake shell does not know ${command}` };
  }
}

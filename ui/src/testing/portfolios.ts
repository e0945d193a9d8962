// Portfolios the UI's tests start from, made with the shell's own commands on a
// real desk (so every rule — default care rules, table rows, refusals — is the
// shell's), in the domain's words. Works in jsdom and in the browser alike.
import { commands } from '../bindings/commands';
import type { ClientField } from '../bindings/ClientField';
import type { Language } from '../bindings/Language';
import type { RealShell } from './realShell';

/** The ids of what a seeded portfolio holds, by name. */
export interface Seeded {
  /** The client PKN Orlen. */
  orlen: string;
  /** Jan Nowak, PKN Orlen's key person. */
  jan: string;
  /** Today's visit to PKN Orlen. */
  visitToday: string;
  /** `Klient 1` … `Klient n`, in order. */
  others: string[];
}

/** The shell's commands, through `invoke` or on a desk directly (`RealShell.commands`). */
export type Commands = typeof commands;

/** The first-run setup of Anna Kowalska, a manager in Warsaw, through `commands`. */
export async function annaKowalska(language: Language = 'pl', demoClients: number | null = null, via: Commands = commands): Promise<void> {
  await via.createPortfolio({ managerName: 'Anna Kowalska', region: 'PL', language, timeZone: 'Europe/Warsaw', demoClients });
}

/**
 * Anna Kowalska's portfolio: PKN Orlen (tier A, Logistyka, a key account) with its
 * key person Jan Nowak (born 17 May) and a visit today at 10:00, and `others` more
 * clients `Klient 1` … with tiers B, C, D, A, … It is made on the desk directly, so
 * `shell.calls` holds only what the UI invokes afterwards.
 */
export async function annasPortfolio(shell: RealShell, others = 1, language: Language = 'pl'): Promise<Seeded> {
  const via = shell.commands;
  await annaKowalska(language, null, via);
  const orlen = await client({ name: 'PKN Orlen', tier: 'A', industry: 'Logistyka', tags: 'kluczowy' }, via);
  const jan = await via.addContact(orlen, { name: 'Jan Nowak', title: 'Prezes', key_person: 'yes', phones: '+48 601 000 000', birthday: '--05-17' });
  const visit = await via.planVisit(orlen, { date: '2026-11-25', time: '10:00', purpose: 'sales_step', notes: 'Rozmowa o światłowodzie' });
  const tiers = ['B', 'C', 'D', 'A'];
  const rest: string[] = [];
  for (let n = 1; n <= others; n++) {
    rest.push(await client({ name: `Klient ${n}`, tier: tiers[(n - 1) % 4], industry: n % 2 ? 'Energetyka' : 'Logistyka' }, via));
  }
  return { orlen, jan: jan.id, visitToday: visit.id, others: rest };
}

/** Adds a client with `fields` through `commands`; answers its id. */
export function client(fields: Partial<Record<ClientField, string>>, via: Commands = commands): Promise<string> {
  return via.addClient(fields);
}

/**
 * Logs a visit to the client `clientId` as made on `date` (`YYYY-MM-DD`): checked in
 * at 10:00 and out at 11:00 (through `via`), so the client's cadence restarts that day.
 * Answers its id.
 */
export async function visitMade(clientId: string, date: string, via: Commands = commands): Promise<string> {
  const visit = await via.planVisit(clientId, { date, time: '10:00', check_in: '10:00', check_out: '11:00' });
  return visit.id;
}

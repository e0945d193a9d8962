// What the UI's component tests (jsdom) stand on: a desk of the real shell behind
// `invoke` (see realShell.ts), its clock fixed, and accounts on the real sync server
// started by globalSetup.ts. Each test opens its own desks; setup.ts closes them.
import { inject } from 'vitest';
import { adminOn, issueToken } from '../../e2e/fieldbook';
import { RealShell } from './realShell';

/** The day every desk's clock stands at: Wednesday 25 November 2026. */
export const TODAY = '2026-11-25';
/** 09:00 in Warsaw on [`TODAY`]. */
export const NOW = '2026-11-25T08:00:00Z';

const open: RealShell[] = [];

/** A new desk behind `invoke`, its clock at `now`. */
export async function realShell(now: string = NOW): Promise<RealShell> {
  const shell = (await RealShell.open(inject('bridge'), now)).install();
  open.push(shell);
  return shell;
}

/** A second desk, not behind `invoke` (another laptop), its clock at `now`. */
export async function anotherDesk(now: string = NOW): Promise<RealShell> {
  const shell = await RealShell.open(inject('bridge'), now);
  open.push(shell);
  return shell;
}

/** Closes the desks the test opened. */
export async function closeDesks(): Promise<void> {
  await Promise.all(open.splice(0).map((shell) => shell.close()));
}

/** The sync server's URL. */
export function syncServer(): string {
  return inject('syncServer').url;
}

let accounts = 0;

/**
 * A new account on the sync server, `name` made unique to this test run
 * (`anna.kowalska.7.3`), and a token for it.
 */
export function account(name: string, role: 'manager' | 'lead' = 'manager'): { user: string; token: string } {
  const data = inject('syncServer').data;
  accounts += 1;
  const user = `${name}.${process.pid}.${accounts}`;
  adminOn(data, 'user', 'add', user, '--role', role);
  return { user, token: issueToken(data, user) };
}

/** A team on the sync server led by `lead`, with `members` in it. */
export function team(lead: string, members: string[]): void {
  const data = inject('syncServer').data;
  const name = `team.${lead}`;
  adminOn(data, 'team', 'add', name, '--lead', lead);
  for (const member of members) adminOn(data, 'team', 'add-member', name, member);
}

/** Polls `read` until `done` holds for what it answers; throws with the last answer after 30 s. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`never ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

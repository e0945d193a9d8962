// The typed IPC boundary with the desktop shell. Every command's name, argument
// keys and types come from the shell's own list of commands (src-tauri/src/lib.rs),
// generated into ./bindings/commands.ts, so `tsc` checks every call against it.
import { commands } from './bindings/commands';
import type { CommandError } from './bindings/CommandError';
import type { Language } from './bindings/Language';

export type { Language };

export const shell = {
  ...commands,
  // An empty query finds nothing but brings the search index up to date (built the first
  // time), so that the first keystroke after the search box is focused only looks up.
  prepareSearch: () => commands.search(''),
};

/**
 * Turns whatever a rejected `invoke` carries into a `CommandError`. Anything but the
 * shell's own error (a failure of the IPC itself) is a `failed` one, its text the detail.
 */
export function toCommandError(error: unknown): CommandError {
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    const given = error as Partial<CommandError> & Pick<CommandError, 'code' | 'message'>;
    const message = String(given.message);
    return {
      code: given.code,
      message,
      field: given.field ?? null,
      problem: given.problem ?? { code: 'failed', detail: message },
    };
  }
  return { code: 'failed', message: String(error), field: null, problem: { code: 'failed', detail: String(error) } };
}

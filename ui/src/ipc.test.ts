import { describe, expect, it } from 'vitest';
import { toCommandError } from './ipc';

describe('toCommandError', () => {
  it('keeps the shell’s problem, its code and named arguments', () => {
    const thrown = {
      code: 'bad_input',
      field: 'contract_end',
      problem: { code: 'not_a_date', value: 'jutro' },
      message: 'Koniec umowy: „jutro” nie jest datą (RRRR-MM-DD)',
    };
    expect(toCommandError(thrown)).toEqual(thrown);
  });

  it('makes anything else a failed command, its text the detail', () => {
    expect(toCommandError('IPC closed')).toEqual({
      code: 'failed',
      field: null,
      problem: { code: 'failed', detail: 'IPC closed' },
      message: 'IPC closed',
    });
  });
});

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { demoPortfolio, installFakeShell } from '../testing/fakeShell';
import { DueList } from './DueList';

describe('DueList', () => {
  it('lists the overdue clients and saves an edited cadence', async () => {
    const shell = installFakeShell(demoPortfolio(4));
    render(
      <I18nProvider language="en">
        <DueList navigate={vi.fn()} />
      </I18nProvider>,
    );
    const overdue = await screen.findByRole('table', { name: 'Overdue' });
    expect(within(overdue).getByRole('button', { name: 'PKN Orlen' })).toBeTruthy();
    expect(within(overdue).getAllByRole('cell')[4].textContent).toBe('41');
    const cadence = screen.getByRole('spinbutton', { name: 'Tier B: a visit at least every (days)' });
    fireEvent.change(cadence, { target: { value: '21' } });
    fireEvent.keyDown(cadence, { key: 'Enter' });
    await waitFor(() =>
      expect(shell.calls.filter((c) => c.command === 'set_setting').map((c) => c.args)).toEqual([{ field: 'cadence_b', value: '21' }]),
    );
  });
});

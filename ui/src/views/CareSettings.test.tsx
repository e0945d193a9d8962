import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import { CareSettings } from './CareSettings';

describe('CareSettings', () => {
  it('shows each tier’s rules and saves an edit as one setting', async () => {
    const shell = await realShell();
    await annasPortfolio(shell, 2);
    render(
      <I18nProvider language="en">
        <CareSettings />
      </I18nProvider>,
    );
    // The shell's default rules: tier A sends flowers or a cake 3 days ahead and calls on the day.
    expect(await screen.findByText('3 gift:flowers or cake; 0 call')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Tier B · Birthday' }));
    const input = screen.getByRole('textbox', { name: 'Tier B · Birthday' });
    fireEvent.change(input, { target: { value: '2 gift:wine; 0 call' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText('2 gift:wine; 0 call')).toBeTruthy();
    expect(shell.calls).toContainEqual({
      command: 'set_setting',
      args: { field: 'care.B.birthday', value: '2 gift:wine; 0 call' },
    });
  });
});

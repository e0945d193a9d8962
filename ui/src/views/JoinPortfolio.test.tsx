import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { demoPortfolio, emptyPortfolio, FAKE_TOKEN, installFakeShell } from '../testing/fakeShell';

const JOIN = 'I already use Fieldbook on another computer';

async function join(server: string, token: string) {
  const form = await screen.findByRole('form', { name: JOIN });
  fireEvent.change(within(form).getByLabelText('Sync server'), { target: { value: server } });
  fireEvent.change(within(form).getByLabelText('Token'), { target: { value: token } });
  fireEvent.click(within(form).getByRole('button', { name: 'Bring my portfolio here' }));
  return form;
}

describe('joining from another computer on first run', () => {
  it('shows a refused token, then pulls the portfolio and opens it', async () => {
    const shell = installFakeShell({ ...emptyPortfolio(), onServer: demoPortfolio(3) });
    render(<App />);

    const form = await join('http://sync.example.com', 'wrong-token');
    expect((await within(form).findByRole('alert')).textContent).toContain('refused the token');
    expect(within(form).getByLabelText('Token').getAttribute('aria-invalid')).toBe('true');
    expect(shell.settings).toBeNull();

    fireEvent.change(within(form).getByLabelText('Token'), { target: { value: FAKE_TOKEN } });
    fireEvent.click(within(form).getByRole('button', { name: 'Bring my portfolio here' }));
    // The pulled portfolio is Polish: the workspace opens in Polish, synced.
    expect(await screen.findByRole('heading', { name: /^Dziś,/ })).toBeTruthy();
    expect(await screen.findByText('3 klientów')).toBeTruthy();
    expect(shell.calls.filter((c) => c.command === 'join_portfolio').at(-1)?.args).toEqual({
      server: 'http://sync.example.com',
      token: FAKE_TOKEN,
      language: 'en',
    });
  });

  it('says when the server has no portfolio yet, and a new one can still be created', async () => {
    const shell = installFakeShell(emptyPortfolio());
    render(<App />);

    const form = await join('http://sync.example.com', FAKE_TOKEN);
    expect((await within(form).findByRole('alert')).textContent).toContain('holds no portfolio');
    expect(within(form).getByRole('button', { name: 'Bring my portfolio here' })).toHaveProperty('disabled', false);

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Li Na' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Load a demo portfolio' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create portfolio' }));
    expect(await screen.findByRole('heading', { name: /^Today,/ })).toBeTruthy();
    expect(shell.settings?.managerName).toBe('Li Na');
  });
});

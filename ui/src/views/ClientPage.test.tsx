import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { demoPortfolio, installFakeShell } from '../testing/fakeShell';
import { ClientPage } from './ClientPage';

async function renderClient(language: 'en' | 'pl' = 'en') {
  const shell = installFakeShell(demoPortfolio(2));
  render(
    <I18nProvider language={language}>
      <ClientPage clientId="cl_00000" navigate={vi.fn()} />
    </I18nProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'PKN Orlen' });
  return shell;
}

describe('ClientPage', () => {
  it('edits a field in place and saves it on Enter', async () => {
    const shell = await renderClient();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Industry' }));
    const input = screen.getByRole('textbox', { name: 'Industry' });
    fireEvent.change(input, { target: { value: 'Petrochemia' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByRole('button', { name: 'Edit Industry' })).toBeTruthy();
    expect(screen.getByText('Petrochemia')).toBeTruthy();
    expect(shell.calls.at(-1)).toEqual({
      command: 'set_client_field',
      args: { clientId: 'cl_00000', field: 'industry', value: 'Petrochemia' },
    });
  });

  it('keeps a refused value in the input with the reason', async () => {
    await renderClient();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Tier' }));
    const input = screen.getByRole('textbox', { name: 'Tier' });
    fireEvent.change(input, { target: { value: 'Z' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toContain("'Z' is not one of A, B, C, D");
    expect((screen.getByRole('textbox', { name: 'Tier' }) as HTMLInputElement).value).toBe('Z');
  });

  it('shows the key person and counts visits with Polish plurals', async () => {
    await renderClient('pl');
    const contacts = screen.getByRole('region', { name: 'Kontakty' });
    expect(within(contacts).getByText(/Osoba kluczowa/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '1 wizyta' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Zaplanuj' }));
    expect(await screen.findByRole('heading', { name: '2 wizyty' })).toBeTruthy();
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { demoPortfolio, installFakeShell } from '../testing/fakeShell';
import { Today } from './Today';

describe('Today', () => {
  it('names the clients overdue for a visit, in Polish plurals, and opens one', async () => {
    installFakeShell(demoPortfolio(4));
    const navigate = vi.fn();
    render(
      <I18nProvider language="pl">
        <Today navigate={navigate} />
      </I18nProvider>,
    );
    const heading = await screen.findByRole('heading', { name: 'Zaległe wizyty' });
    const list = heading.nextElementSibling as HTMLElement;
    const client = within(list).getByRole('button', { name: /^PKN Orlen · segment [A-D] · 41 dni po terminie$/ });
    fireEvent.click(client);
    expect(navigate).toHaveBeenCalledWith({ view: 'client', clientId: 'cl_00000' });
  });
});

import { cleanup, render, screen } from '@testing-library/react';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { PortfolioScreen, PortfolioSummaryView } from './PortfolioScreen';

afterEach(() => {
  cleanup();
  clearMocks();
  delete window.__TAURI_INTERNALS__;
});

describe('PortfolioSummaryView', () => {
  it('shows the manager and the client count', () => {
    render(<PortfolioSummaryView summary={{ managerName: 'Wang Fang', clientCount: 42 }} />);
    expect(screen.getByRole('heading', { name: 'Wang Fang' })).toBeTruthy();
    expect(screen.getByText('42 clients')).toBeTruthy();
  });

  it('says "1 client", not "1 clients"', () => {
    render(<PortfolioSummaryView summary={{ managerName: 'Anna Nowak', clientCount: 1 }} />);
    expect(screen.getByText('1 client')).toBeTruthy();
  });
});

describe('PortfolioScreen', () => {
  it('asks for the desktop app outside Tauri', () => {
    render(<PortfolioScreen />);
    expect(screen.getByText('Open Fieldbook from the desktop app')).toBeTruthy();
  });

  it('shows what portfolio_summary returns inside Tauri', async () => {
    const calls: string[] = [];
    mockIPC((command) => {
      calls.push(command);
      return { managerName: 'Leyla Aliyeva', clientCount: 7 };
    });
    render(<PortfolioScreen />);
    expect(await screen.findByText('7 clients')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Leyla Aliyeva' })).toBeTruthy();
    expect(calls).toEqual(['portfolio_summary']);
  });

  it('explains a missing portfolio by its error code', async () => {
    mockIPC(() => {
      throw { code: 'not_initialized', message: 'Fieldbook looks for it in /home/anna/.local/share/fieldbook.' };
    });
    render(<PortfolioScreen />);
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe(
      'No portfolio on this computer yet. Fieldbook looks for it in /home/anna/.local/share/fieldbook.',
    );
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import { SlaSettings } from './SlaSettings';

async function renderSla() {
  const shell = await realShell();
  await annasPortfolio(shell, 1, 'zh-CN');
  render(
    <I18nProvider language="zh-CN">
      <SlaSettings />
    </I18nProvider>,
  );
  await screen.findByRole('button', { name: '编辑严重 · 首次响应' });
  return shell;
}

const value = (label: string) => screen.getByRole('button', { name: `编辑${label}` }).textContent;

describe('SlaSettings', () => {
  it('lists the targets per severity and changes one, keeping the other', async () => {
    const shell = await renderSla();
    // The shell's defaults, the gravest first.
    expect(['严重', '高', '中', '低'].map((s) => [value(`${s} · 首次响应`), value(`${s} · 解决`)])).toEqual([
      ['2h', '1d'],
      ['4h', '3d'],
      ['1d', '5d'],
      ['2d', '10d'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: '编辑高 · 首次响应' }));
    const input = screen.getByRole('textbox', { name: '高 · 首次响应' });
    fireEvent.change(input, { target: { value: '6h' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await screen.findByRole('button', { name: '编辑高 · 首次响应' });
    expect(value('高 · 首次响应')).toBe('6h');
    expect(value('高 · 解决')).toBe('3d');
    expect(shell.argsOf('set_sla')).toEqual([{ severity: 'high', response: '6h', resolution: '' }]);
    expect((await shell.commands.slaSettings()).find((t) => t.severity === 'high')).toEqual({ severity: 'high', response: '6h', resolution: '3d' });
  });

  it('keeps a refused target in its field with the reason', async () => {
    const shell = await renderSla();
    fireEvent.click(screen.getByRole('button', { name: '编辑低 · 解决' }));
    const input = screen.getByRole('textbox', { name: '低 · 解决' });
    fireEvent.change(input, { target: { value: 'two weeks' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0].textContent).toContain('“two weeks”不是工作时长');
    expect((screen.getByRole('textbox', { name: '低 · 解决' }) as HTMLInputElement).value).toBe('two weeks');
    expect((await shell.commands.slaSettings()).find((t) => t.severity === 'low')?.resolution).toBe('10d');
  });
});

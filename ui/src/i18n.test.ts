import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, formatters, localeSources } from './i18n';

const ids = (source: string) =>
  new Set(new FluentResource(source).body.map((entry) => ('id' in entry ? entry.id : '')).filter(Boolean));

describe('the Fluent files', () => {
  const sources = localeSources();

  it('exist for every language', () => {
    expect(Object.keys(sources).sort()).toEqual([...LANGUAGES].sort());
  });

  it('have every message in every language', () => {
    const all = new Set(Object.values(sources).flatMap((source) => [...ids(source)]));
    expect(all.size).toBeGreaterThan(100);
    for (const language of LANGUAGES) {
      const missing = [...all].filter((id) => !ids(sources[language]).has(id));
      expect(missing, `${language} misses`).toEqual([]);
    }
  });

  it('count Polish visits with three forms', () => {
    const bundle = new FluentBundle('pl', { useIsolating: false });
    bundle.addResource(new FluentResource(sources.pl));
    const message = bundle.getMessage('client-visit-count');
    const visits = (count: number) => (message?.value ? bundle.formatPattern(message.value, { count }) : '');
    expect([1, 2, 5, 22].map(visits)).toEqual(['1 wizyta', '2 wizyty', '5 wizyt', '22 wizyty']);
  });
});

describe('formatters', () => {
  it('write dates and money the way each locale does', () => {
    expect(formatters('pl').money(123450, 'PLN')).toBe(new Intl.NumberFormat('pl', { style: 'currency', currency: 'PLN' }).format(1234.5));
    expect(formatters('en').date('2026-03-08')).toBe('Mar 8, 2026');
    expect(formatters('zh-CN').date('2026-03-08')).toBe('2026年3月8日');
    expect(formatters('en').date(null)).toBe('');
  });
});

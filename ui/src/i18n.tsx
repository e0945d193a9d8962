// The UI's words: the Fluent files in ../locales (shared with the Rust shell),
// one bundle per language with English behind it, plus Intl formatting of
// dates, times and money in the same locale.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { LocalizationProvider, ReactLocalization, useLocalization } from '@fluent/react';
import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo } from 'react';
import type { Language } from './ipc';

const sources = import.meta.glob<string>('../locales/*/fieldbook.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const LANGUAGES: Language[] = ['en', 'zh-CN', 'pl', 'az'];

/** The Fluent source of each language. */
export function localeSources(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(sources).map(([path, source]) => [path.split('/').at(-2) ?? path, source]),
  );
}

function bundle(language: string): FluentBundle {
  const fluent = new FluentBundle(language, { useIsolating: false });
  const errors = fluent.addResource(new FluentResource(localeSources()[language] ?? ''));
  if (errors.length > 0) {
    console.error(`fieldbook: errors in the ${language} messages`, errors);
  }
  return fluent;
}

/** The language to start in before the portfolio says: the system's, if Fieldbook speaks it. */
export function systemLanguage(): Language {
  const wanted = navigator.language.toLowerCase();
  if (wanted.startsWith('zh')) return 'zh-CN';
  return LANGUAGES.find((l) => wanted.startsWith(l)) ?? 'en';
}

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const l10n = useMemo(
    () => new ReactLocalization(language === 'en' ? [bundle('en')] : [bundle(language), bundle('en')]),
    [language],
  );
  // Screen readers and the browser's own widgets follow the document's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LocalizationProvider l10n={l10n}>
      <LanguageContext value={language}>{children}</LanguageContext>
    </LocalizationProvider>
  );
}

const LanguageContext = createContext<Language>('en');

type Args = Record<string, string | number>;

/** `t(id, args)`: the message `id` in the current language. */
export function useT(): (id: string, args?: Args) => string {
  const { l10n } = useLocalization();
  return useCallback((id: string, args?: Args) => l10n.getString(id, args), [l10n]);
}

/** The UI's current language. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** Locale-aware formatting of the wire values (`YYYY-MM-DD`, RFC 3339, minor units). */
export function useFormat() {
  const language = useContext(LanguageContext);
  return useMemo(() => formatters(language), [language]);
}

export function formatters(language: string) {
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const longDay = new Intl.DateTimeFormat(language, { dateStyle: 'full' });
  const clock = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  const dayAndClock = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const dayOfYear = new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric' });
  const ago = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const toDate = (text: string) => {
    const [y, m, d] = text.split('-').map(Number);
    return new Date(y, m - 1, d);
  };
  return {
    date: (text: string | null) => (text ? day.format(toDate(text)) : ''),
    longDate: (text: string) => longDay.format(toDate(text)),
    /** A day of the year with no year: "17 May", "5月17日". */
    monthDay: (month: number, day: number) => dayOfYear.format(new Date(2000, month - 1, day)),
    time: (instant: string) => clock.format(new Date(instant)),
    /**
     * The day and time of an RFC 3339 instant as its own offset reads it (a deadline in the
     * manager's zone, whatever zone this computer is set to): "Nov 26, 2026, 9:00 AM".
     */
    dateTime: (instant: string) => {
      const [, y, m, d, h, min] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(instant)?.map(Number) ?? [];
      return y === undefined ? instant : dayAndClock.format(new Date(y, m - 1, d, h, min));
    },
    /** How long ago `instant` was, from `now`: "5 minutes ago", "5 分钟前". */
    relative: (instant: string, now: Date = new Date()) => {
      const seconds = Math.round((new Date(instant).getTime() - now.getTime()) / 1000);
      const [value, unit] = relativeUnit(Math.min(seconds, 0));
      return ago.format(value, unit);
    },
    money: (minorUnits: number, currency: string) =>
      new Intl.NumberFormat(language, { style: 'currency', currency }).format(minorUnits / 100),
  };
}

/** `seconds` (negative: past) in the largest unit that keeps it at least one. */
function relativeUnit(seconds: number): [number, Intl.RelativeTimeFormatUnit] {
  const size = Math.abs(seconds);
  if (size < 60) return [seconds, 'second'];
  if (size < 3600) return [Math.round(seconds / 60), 'minute'];
  if (size < 86400) return [Math.round(seconds / 3600), 'hour'];
  return [Math.round(seconds / 86400), 'day'];
}

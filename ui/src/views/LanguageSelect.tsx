import { LANGUAGES, useT } from '../i18n';
import type { Language } from '../ipc';

/**
 * A labelled drop-down of the app's four languages, each named in the language
 * the app is shown in: the manager's language in first run and Settings, a
 * greeting's language in Greetings.
 */
export function LanguageSelect(props: { label: string; value: string; onChange: (language: Language) => void }) {
  const t = useT();
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(`language-${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

import { type KeyboardEvent, useState } from 'react';
import { useT } from '../i18n';
import { toCommandError } from '../ipc';

/**
 * A value shown as text that becomes an input on click: Enter or leaving the
 * field saves, Escape gives up. A refused value stays in the input with the
 * shell's message under it.
 */
export function InlineField(props: {
  label: string;
  value: string;
  /** How the value reads when not being edited, when not as typed (a translated code). */
  display?: string;
  multiline?: boolean;
  save: (value: string) => Promise<unknown>;
}) {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');

  const commit = () => {
    if (draft === null || draft === props.value) {
      setDraft(null);
      return;
    }
    props.save(draft).then(
      () => {
        setDraft(null);
        setError('');
      },
      (e: unknown) => setError(toCommandError(e).message),
    );
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !(props.multiline && event.shiftKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setDraft(null);
      setError('');
    }
  };

  return (
    <div className="field">
      <dt>{props.label}</dt>
      <dd>
        {draft === null ? (
          <button type="button" className="value" aria-label={t('edit-field', { field: props.label })} onClick={() => setDraft(props.value)}>
            {(props.display ?? props.value) || '—'}
          </button>
        ) : props.multiline ? (
          <textarea aria-label={props.label} value={draft} autoFocus onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={onKey} />
        ) : (
          <input aria-label={props.label} value={draft} autoFocus onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={onKey} />
        )}
        {error && <span role="alert">{error}</span>}
      </dd>
    </div>
  );
}

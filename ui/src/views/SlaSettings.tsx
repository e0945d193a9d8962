import { useState } from 'react';
import type { SlaTargetView } from '../bindings/SlaTargetView';
import { useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import { useLoad } from '../load';
import { InlineField } from './InlineField';
import { LoadState } from './Status';

/**
 * The SLA targets of each severity, the gravest first: how soon a case must first be
 * answered and resolved, in working hours (`4h`) or working days (`3d`). Each edit is
 * one `set_sla` with the other target kept; a refused value stays in its field.
 */
export function SlaSettings() {
  const t = useT();
  const { loaded, set } = useLoad(shell.slaSettings, []);
  const [error, setError] = useState('');
  const save = (severity: string, response: string, resolution: string) =>
    shell.setSla(severity, response, resolution).then(
      (targets) => {
        setError('');
        set(targets);
      },
      (e: unknown) => {
        setError(toCommandError(e).message);
        throw e;
      },
    );
  return (
    <section aria-labelledby="sla-title" className="sla-settings">
      <h2 id="sla-title">{t('sla-title')}</h2>
      <p className="muted">{t('sla-intro')}</p>
      <LoadState loaded={loaded}>
        {(targets: SlaTargetView[]) => (
          <dl className="profile">
            {targets.map((target) => {
              const severity = t(`severity-${target.severity}`);
              return [
                <InlineField
                  key={`${target.severity}-response`}
                  label={`${severity} · ${t('sla-response')}`}
                  value={target.response}
                  save={(v) => save(target.severity, v, '')}
                />,
                <InlineField
                  key={`${target.severity}-resolution`}
                  label={`${severity} · ${t('sla-resolution')}`}
                  value={target.resolution}
                  save={(v) => save(target.severity, '', v)}
                />,
              ];
            })}
          </dl>
        )}
      </LoadState>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

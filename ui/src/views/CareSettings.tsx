import { useState } from 'react';
import type { CareSettingsView } from '../bindings/CareSettingsView';
import { useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import { useLoad } from '../load';
import { InlineField } from './InlineField';
import { LoadState } from './Status';

/**
 * The settings of care: each tier's rules for birthdays and festivals (as the
 * text `3 gift:flowers; 0 call`), the renewal lead time and the notification
 * time. Each edit is one `set_setting`; a refused value stays in its field with
 * the shell's message.
 */
export function CareSettings() {
  const t = useT();
  const { loaded, reload } = useLoad(shell.careSettings, []);
  const [error, setError] = useState('');
  const set = (field: string, value: string) =>
    shell.setSetting(field, value).then(
      () => {
        setError('');
        reload();
      },
      (e: unknown) => {
        setError(toCommandError(e).message);
        throw e;
      },
    );
  return (
    <section aria-labelledby="care-title" className="care-settings">
      <h2 id="care-title">{t('care-title')}</h2>
      <p className="muted">{t('care-intro')}</p>
      <LoadState loaded={loaded}>
        {(care: CareSettingsView) => (
          <>
            {care.tiers.map((tier) => (
              <fieldset key={tier.tier}>
                <legend>{t('care-tier', { tier: tier.tier })}</legend>
                <dl className="profile">
                  <InlineField
                    label={`${t('care-tier', { tier: tier.tier })} · ${t('care-birthday')}`}
                    value={tier.birthday}
                    save={(v) => set(`care.${tier.tier}.birthday`, v)}
                  />
                  <InlineField
                    label={`${t('care-tier', { tier: tier.tier })} · ${t('care-festival')}`}
                    value={tier.festival}
                    save={(v) => set(`care.${tier.tier}.festival`, v)}
                  />
                </dl>
              </fieldset>
            ))}
            <dl className="profile">
              <InlineField
                label={t('care-renewal-days')}
                value={String(care.renewalDays)}
                save={(v) => set('care.renewal_days', v)}
              />
              <InlineField
                label={t('care-notification-time')}
                value={care.notificationTime}
                save={(v) => set('notification_time', v)}
              />
            </dl>
          </>
        )}
      </LoadState>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

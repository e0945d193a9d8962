// The sales stage a visit served (售前 / 售中 / 售后 steps): chosen on the visit, shown on the client.
import type { VisitView } from '../bindings/VisitView';
import { useT } from '../i18n';

/** The stage codes, pre-sale, in-sale, then after-sale. */
export const STAGES = [
  'first_visit',
  'needs_discovery',
  'solution',
  'presentation',
  'negotiation',
  'contract',
  'work_order',
  'provisioning',
  'testing',
  'trial',
  'go_live',
  'revisit',
  'relationship_care',
  'complaint',
  'change',
  'maintenance',
] as const;

/** Chooses the stage of a visit; "" clears it. */
export function StageSelect({ visit, onChange }: { visit: VisitView; onChange: (stage: string) => void }) {
  const t = useT();
  return (
    <label className="stage">
      {t('visit-stage')}{' '}
      <select value={visit.stage ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('stage-none')}</option>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {t(`stage-${stage}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The client's current sales stage, if a visit recorded one. */
export function ClientStage({ stage }: { stage: string | null }) {
  const t = useT();
  return stage ? <p className="stage">{t('client-stage', { stage: t(`stage-${stage}`) })}</p> : null;
}

// The Team view of a team lead: the team's week, each team member's portfolio,
// which sync keeps on this computer read-only, with its clients; and a member's
// client page and case page, to read. Nothing here can change a member's portfolio: the shell offers no
// command to, and these views show no edit control.
import type { ClientDetail } from '../bindings/ClientDetail';
import type { RowLink } from '../bindings/RowLink';
import type { TeamPortfolioView } from '../bindings/TeamPortfolioView';
import { useFormat, useLanguage, useT } from '../i18n';
import { shell } from '../ipc';
import { useLoad } from '../load';
import type { Navigate, Route } from '../Workspace';
import { CaseRecord } from './CasePage';
import { Making, ReportBody } from './Report';
import { ClientStage } from './Stage';
import { LoadState } from './Status';

/** Every team member's portfolio with its clients. */
export function Team({ navigate }: { navigate: Navigate }) {
  const t = useT();
  const { loaded } = useLoad(shell.teamPortfolios, []);
  return (
    <section aria-labelledby="team-title">
      <h1 id="team-title">{t('team-title')}</h1>
      <p className="muted">{t('team-read-only')}</p>
      <Dashboard navigate={navigate} />
      <LoadState loaded={loaded}>
        {(team) =>
          team.length === 0 ? (
            <p>{t('team-none')}</p>
          ) : (
            team.map((member) => <Member key={member.owner} member={member} navigate={navigate} />)
          )
        }
      </LoadState>
    </section>
  );
}

/** The team's week: a row per member (coverage, overdue, open cases at risk and breached,
 * visits, last sync with stale copies marked) and the totals, once any copy is here; the
 * key clients and the cases it names open read-only. */
function Dashboard({ navigate }: { navigate: Navigate }) {
  const t = useT();
  const language = useLanguage();
  const { loaded } = useLoad(() => shell.teamReport('', language), [language]);
  if (loaded.state === 'failed') return null;
  return (
    <section aria-label={t('team-dashboard')} className="report">
      <Making loaded={loaded}>{(view) => <ReportBody report={view.report} onOpen={(link) => navigate(memberRoute(link))} />}</Making>
    </section>
  );
}

/** The read-only page of a record a member's row names. */
function memberRoute(link: RowLink): Route {
  const owner = link.owner ?? '';
  return link.record === 'case' ? { view: 'team-case', owner, caseId: link.id } : { view: 'team-client', owner, clientId: link.id };
}

function Member({ member, navigate }: { member: TeamPortfolioView; navigate: Navigate }) {
  const t = useT();
  const format = useFormat();
  const title = t('team-member', { name: member.managerName, owner: member.owner });
  return (
    <>
      <h2>{title}</h2>
      <p className="muted">
        {member.lastSynced ? t('status-last-synced', { when: format.relative(member.lastSynced) }) : t('status-never-synced')}
        {' · '}
        {t('status-clients', { count: member.clients.length })}
      </p>
      {member.clients.length > 0 && (
        <table aria-label={title}>
          <thead>
            <tr>
              <th>{t('field-name')}</th>
              <th>{t('field-tier')}</th>
              <th>{t('field-status')}</th>
              <th>{t('team-col-last-contact')}</th>
              <th>{t('team-col-next-visit')}</th>
              <th>{t('team-col-overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {member.clients.map(({ row, daysOverdue }) => (
              <tr key={row.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => navigate({ view: 'team-client', owner: member.owner, clientId: row.id })}
                  >
                    {row.name}
                  </button>
                </td>
                <td>{row.tier}</td>
                <td>{t(`client-status-${row.status}`)}</td>
                <td>{format.date(row.lastContact)}</td>
                <td>{format.date(row.nextVisit)}</td>
                <td>{daysOverdue === null ? '' : t('team-days-overdue', { days: daysOverdue })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}


/** A team member's client, to read: profile, people and visits, with no edit control. */
export function TeamClientPage(props: { owner: string; clientId: string; navigate: Navigate }) {
  const t = useT();
  const { owner, clientId } = props;
  const { loaded } = useLoad(() => shell.teamClientDetail(owner, clientId), [owner, clientId]);
  return (
    <LoadState loaded={loaded}>
      {(detail) => (
        <article className="client" aria-labelledby="client-title">
          <button type="button" className="link" onClick={() => props.navigate({ view: 'team' })}>
            {t('team-back')}
          </button>
          <h1 id="client-title">{detail.profile.name}</h1>
          <p className="muted">{t('team-client-read-only', { owner })}</p>
          <ClientStage stage={detail.stage} />
          <ReadOnlyProfile detail={detail} />
          <ReadOnlyPeople detail={detail} />
          <ReadOnlyVisits detail={detail} />
        </article>
      )}
    </LoadState>
  );
}

/** A team member's case, to read: its record whole, with no step, form or tick. */
export function TeamCasePage(props: { owner: string; caseId: string; navigate: Navigate }) {
  const t = useT();
  const { owner, caseId, navigate } = props;
  const { loaded } = useLoad(() => shell.teamCaseDetail(owner, caseId), [owner, caseId]);
  return (
    <LoadState loaded={loaded}>
      {(detail) => (
        <CaseRecord
          detail={detail}
          onBack={() => navigate({ view: 'team-client', owner, clientId: detail.case.clientId })}
          note={<p className="muted">{t('team-case-read-only', { owner })}</p>}
        />
      )}
    </LoadState>
  );
}

function ReadOnlyProfile({ detail }: { detail: ClientDetail }) {
  const t = useT();
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t('client-profile')}</h2>
      <dl className="profile">
        {detail.profile.fields.map(({ field, value }) => (
          <div key={field} className="field">
            <dt>{t(`field-${field}`)}</dt>
            <dd>{field === 'status' ? t(`client-status-${value}`) : value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ReadOnlyPeople({ detail }: { detail: ClientDetail }) {
  const t = useT();
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('client-contacts')}</h2>
      {detail.contacts.length === 0 && <p>{t('client-no-contacts')}</p>}
      <ul>
        {detail.contacts.map((contact) => (
          <li key={contact.id}>
            {contact.name}
            {contact.title && ` · ${contact.title}`}
            {contact.keyPerson && ` · ${t('key-person')}`}
            {contact.phones.length > 0 && ` · ${contact.phones.join(', ')}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReadOnlyVisits({ detail }: { detail: ClientDetail }) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="visits-title">
      <h2 id="visits-title">{t('client-visit-count', { count: detail.visits.length })}</h2>
      {detail.visits.length === 0 && <p>{t('client-no-visits')}</p>}
      <ul className="visits">
        {[...detail.visits].reverse().map((visit) => (
          <li key={visit.id}>
            {format.date(visit.date)} {visit.time} · {t(`purpose-${visit.purpose}`)} · {t(`visit-status-${visit.status}`)}
            {visit.outcome && <span className="muted"> · {visit.outcome}</span>}
            {visit.notes && <p className="visit-notes">{visit.notes}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

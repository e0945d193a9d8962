// The Report view: the week's summary for the team lead (工作总结), this week or an
// earlier one, laid out by the shell in the UI's language — headline figures, a chart
// of coverage per tier against the week before, one of visits per day, then a table
// per part — with "Save as PDF" (the same report typeset as A4) and "Export CSV" (its
// figures). The lead's dashboard shows the team's week through the same ReportBody.
import { useState } from 'react';
import type { Bar } from '../bindings/Bar';
import type { DayBars } from '../bindings/DayBars';
import type { Report as ReportLayout } from '../bindings/Report';
import type { RowLink } from '../bindings/RowLink';
import type { WeekReportView } from '../bindings/WeekReportView';
import { useLanguage, useT } from '../i18n';
import { shell } from '../ipc';
import { type Loaded, useLoad } from '../load';
import { SaveStatus, textBase64, useSave } from '../save';
import type { Navigate, Route } from '../Workspace';

/** The manager's weekly report, with the weeks before and after it a click away; a client
 * or a case it names opens its page. */
export function Report({ navigate }: { navigate: Navigate }) {
  const t = useT();
  const language = useLanguage();
  const [week, setWeek] = useState('');
  const { loaded } = useLoad(() => shell.weekReport(week, language), [week, language]);
  return (
    <section aria-labelledby="report-title" className="report">
      <h1 id="report-title">{t('nav-report')}</h1>
      {loaded.state === 'loaded' && <WeekBar view={loaded.value} onWeek={setWeek} />}
      <Making loaded={loaded}>{(view) => <ReportBody report={view.report} onOpen={(link) => navigate(ownRoute(link))} />}</Making>
    </section>
  );
}

/** The page of a record the manager's own report names. */
function ownRoute(link: RowLink): Route {
  return link.record === 'case' ? { view: 'case', caseId: link.id } : { view: 'client', clientId: link.id };
}

/** Stepping between weeks, and the report's files. */
function WeekBar({ view, onWeek }: { view: WeekReportView; onWeek: (week: string) => void }) {
  const t = useT();
  const language = useLanguage();
  const { busy, failure, savedTo, save } = useSave();
  const pdf = () => shell.weekReportPdf(view.week, language).then((base64) => ({ name: `fieldbook-${view.week}.pdf`, base64 }));
  const csv = () =>
    shell.weekReportCsv(view.week).then((text) => ({ name: `fieldbook-${view.week}.csv`, base64: textBase64(text) }));
  return (
    <div className="toolbar">
      <button type="button" onClick={() => onWeek(view.previous)}>
        {t('report-previous')}
      </button>
      <button type="button" onClick={() => onWeek('')} disabled={view.current}>
        {t('report-this-week')}
      </button>
      <button type="button" onClick={() => onWeek(view.next)} disabled={view.current}>
        {t('report-next-week-button')}
      </button>
      <button type="button" disabled={busy} onClick={() => save(pdf)}>
        {t('report-save-pdf')}
      </button>
      <button type="button" disabled={busy} onClick={() => save(csv)}>
        {t('report-export-csv')}
      </button>
      <SaveStatus busy={busy} failure={failure} savedTo={savedTo} making={t('report-making-pdf')} />
    </div>
  );
}

/** A progress indicator while the shell makes a report, its failure, or the report. */
export function Making<T>({ loaded, children }: { loaded: Loaded<T>; children: (value: T) => React.ReactNode }) {
  const t = useT();
  switch (loaded.state) {
    case 'loading':
      return (
        <p role="status">
          <progress aria-label={t('report-making')} /> {t('report-making')}
        </p>
      );
    case 'failed':
      return <p role="alert">{loaded.error.message}</p>;
    case 'loaded':
      return <>{children(loaded.value)}</>;
  }
}

/** A report laid out: its title, figures, the two charts and its tables. */
export function ReportBody({ report, onOpen }: { report: ReportLayout; onOpen: (link: RowLink) => void }) {
  const t = useT();
  return (
    <article aria-label={report.title}>
      <h2>{report.title}</h2>
      <p className="muted">{report.subtitle}</p>
      <dl className="figures">
        {report.figures.map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <div className="charts" role="group" aria-label={t('report-charts')}>
        <CoverageChart title={report.coverageTitle} legend={report.coverageLegend} bars={report.coverage} />
        <DayChart bars={report.perDay} />
      </div>
      {report.sections.map((section) => (
        <section key={section.heading}>
          <h3>{section.heading}</h3>
          {section.rows.length === 0 ? (
            <p className="muted">{report.none}</p>
          ) : (
            <table aria-label={section.heading}>
              <thead>
                <tr>
                  {section.headers.map((header, column) => (
                    <th key={column}>{header}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {section.rows.map((row, index) => {
                  const link = section.links[index];
                  return (
                    <tr key={index}>
                      {row.map((cell, column) => (
                        <td key={column}>
                          {link?.column === column ? (
                            <button type="button" className="link" onClick={() => onOpen(link)}>
                              {cell}
                            </button>
                          ) : (
                            cell
                          )}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </article>
  );
}

/** Coverage per tier: this week's bar over the week before's, each with its figure in words. */
function CoverageChart({ title, legend, bars }: { title: string; legend: [string, string]; bars: Bar[] }) {
  const row = 26;
  return (
    <figure>
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={title} viewBox={`0 0 320 ${bars.length * row}`} width="320">
        {bars.map((bar, index) => (
          <g key={bar.label} transform={`translate(0 ${index * row})`}>
            <title>{`${bar.label}: ${bar.text}`}</title>
            <text x="0" y="13" className="chart-label">
              {bar.label}
            </text>
            <rect x="18" y="3" height="10" width={bar.percent * 1.8} className="chart-now" />
            <rect x="18" y="15" height="5" width={bar.before * 1.8} className="chart-before" />
            <text x="206" y="13" className="chart-value">
              {bar.text}
            </text>
          </g>
        ))}
      </svg>
      <p className="legend">
        <span className="chart-now-key">{legend[0]}</span> <span className="chart-before-key">{legend[1]}</span>
      </p>
    </figure>
  );
}

/** Visits planned and made per day (or per member, on the team's report). */
function DayChart({ bars }: { bars: DayBars }) {
  const top = Math.max(1, ...bars.planned);
  const height = 90;
  const column = 320 / Math.max(1, bars.days.length);
  return (
    <figure>
      <figcaption>{bars.title}</figcaption>
      <svg role="img" aria-label={bars.title} viewBox={`0 0 320 ${height + 30}`} width="320">
        {bars.days.map((day, index) => {
          const planned = (bars.planned[index] / top) * height;
          const done = (bars.done[index] / top) * height;
          return (
            <g key={day} transform={`translate(${index * column} 0)`}>
              <title>{`${day}: ${bars.done[index]} / ${bars.planned[index]}`}</title>
              <rect x={column / 2 - 10} y={height - planned} width="9" height={planned} className="chart-before" />
              <rect x={column / 2 + 1} y={height - done} width="9" height={done} className="chart-now" />
              <text x={column / 2} y={height + 12} textAnchor="middle" className="chart-value">
                {`${bars.done[index]}/${bars.planned[index]}`}
              </text>
              <text x={column / 2} y={height + 25} textAnchor="middle" className="chart-label">
                {day}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="legend">
        <span className="chart-before-key">{bars.legend[0]}</span> <span className="chart-now-key">{bars.legend[1]}</span>
      </p>
    </figure>
  );
}

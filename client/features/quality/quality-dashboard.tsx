/**
 * The quality team's dashboard (issue 13): how the AI's suggestions are used, where clinicians
 * override it and why, what it misses, and whether some patients are served worse. Reached by a
 * quality reviewer's launch without a patient; it reads only de-identified aggregates and scrubbed
 * comments from /api/quality/*, and it cannot record decisions or write to any chart.
 * Every chart has a table of the same numbers beside it.
 */
import { useEffect, useMemo, useState, type FormEvent, type JSX } from 'react';
import type { LanguageModelRow, SourceDecisionRow } from '../../../server/quality/metrics';
import type { SmartSession } from '../../fhir/smart-session';
import { ApiError, createApiClient } from '../workspace/api-client';
import { RateBars, TrendChart, type RateRow } from './quality-charts';
import './quality.css';

const SOURCE_TEXT: Record<SourceDecisionRow['source'], string> = {
  engine: 'Engine only',
  both: 'Engine, also suggested by the language model',
  'llm-only': 'Language model only (not quantified)',
};

interface Rate {
  estimate: number;
  lower: number;
  upper: number;
  n: number;
}
interface MetricRow {
  key: string;
  shown: number;
  accepted: number;
  overridden: number;
  ignored: number;
  acceptanceRate: Rate;
  overrideRate: Rate;
  overrideAmongDecided: Rate;
  medianMinutesToDecision: number | null;
}
interface Alert {
  service: string;
  modelVersion: string;
  kind: string;
  message: string;
  p: number;
}
interface Outcomes {
  overriddenLaterConfirmed: Rate;
  ignoredLaterConfirmed: Rate;
  acceptedLaterConfirmed: Rate;
  acceptedLaterRefuted: Rate;
}
interface Agreement {
  sets: number;
  clinicianLeadInAiTop3: Rate;
  aiFirstOnClinicianList: Rate;
  accepted: { both: number; clinicianOnly: number; aiOnly: number; neither: number };
}
interface Definitions {
  metrics: Record<string, string>;
  breakdowns: string[];
}
interface Comment {
  suggestionId: string;
  week: string;
  conditionId: string;
  outcome: string;
  reasonCode: string | null;
  service: string;
  comment: string;
  negative: boolean;
}

/** Labels of the breakdowns the API offers. */
const BREAKDOWN_LABELS: Record<string, string> = {
  diagnosis: 'Diagnosis',
  service: 'CDS service',
  hook: 'Hook',
  surface: 'Surface',
  modelVersion: 'Model version',
  knowledgeVersion: 'Knowledge version',
  setting: 'Care setting',
  clinician: 'Clinician (pseudonymised)',
  ageBand: 'Age band',
  sex: 'Sex',
  race: 'Race',
  ethnicity: 'Ethnicity',
  language: 'Language',
};

interface Filter {
  from: string;
  to: string;
  surface: '' | 'app' | 'cds-hooks';
  modelVersion: string;
}

function query(filter: Filter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...extra })) {
    if (v) {
      params.set(k, v);
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const pct = (r: Rate): string => (r.n === 0 ? '–' : `${r.estimate.toFixed(1)}% (${r.lower.toFixed(1)}–${r.upper.toFixed(1)})`);

/** Props of {@link QualityDashboard}. */
export interface QualityDashboardProps {
  readonly session: SmartSession;
}

/**
 * @param props - the reviewer's SMART session
 * @returns the dashboard
 */
export default function QualityDashboard({ session }: QualityDashboardProps): JSX.Element {
  const api = useMemo(() => createApiClient(session), [session]);
  const [draft, setDraft] = useState<Filter>({ from: '', to: '', surface: '', modelVersion: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const [by, setBy] = useState('diagnosis');
  const [definitions, setDefinitions] = useState<Definitions>();
  const [total, setTotal] = useState<MetricRow>();
  const [weeks, setWeeks] = useState<MetricRow[]>([]);
  const [groups, setGroups] = useState<MetricRow[]>([]);
  const [reasons, setReasons] = useState<{ reason: string; count: number; hl7_reason: { display?: string } | null }[]>([]);
  const [missed, setMissed] = useState<{ conditionId: string | null; freeText: string | null; count: number }[]>([]);
  const [comments, setComments] = useState<Comment[]>([]);
  const [agreement, setAgreement] = useState<Agreement>();
  const [outcomes, setOutcomes] = useState<Outcomes>();
  const [languageModel, setLanguageModel] = useState<LanguageModelRow[]>([]);
  const [bySource, setBySource] = useState<SourceDecisionRow[]>([]);
  const [activity, setActivity] = useState<{ sets: number; setsWithFindingEdits: number; writeBacks: number; writeBacksRetracted: number; clinicianFirstSkipped: number }>();
  const [alerts, setAlerts] = useState<{ method: string; alerts: Alert[] }>();
  const [commentSearch, setCommentSearch] = useState('');
  const [status, setStatus] = useState<'loading' | 'ready' | { error: string }>('loading');
  const [asOf, setAsOf] = useState<{ refreshedAt: string; facts: number; seconds: number } | null>(null);
  const [refreshCount, setRefreshCount] = useState(0);
  const [refreshing, setRefreshing] = useState(false);

  // The counts come from views rebuilt from the decision store: rebuilt on opening when older than a
  // minute, and on request.
  useEffect(() => {
    let live = true;
    setRefreshing(true);
    // On opening: counts older than a minute are rebuilt in the background; "Update now" waits for it.
    api.postJson<{ asOf: typeof asOf }>(refreshCount === 0 ? '/quality/refresh?maxAgeSeconds=60' : '/quality/refresh?wait=true', {}).then(
      (r) => {
        if (live) {
          setAsOf(r.asOf);
          setRefreshing(false);
        }
      },
      (error: unknown) => {
        if (live) {
          setRefreshing(false);
          setStatus({ error: error instanceof ApiError && error.status === 403 ? 'This dashboard is for the quality-review role. Your account does not have it.' : (error as Error).message });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [api, refreshCount]);

  useEffect(() => {
    if (!asOf) {
      return undefined;
    }
    const controller = new AbortController();
    setStatus('loading');
    const get = <T,>(path: string): Promise<T> => api.getJson<T>(path, controller.signal);
    Promise.all([
      get<Definitions>('/quality/definitions'),
      get<{ rows: MetricRow[] }>(`/quality/metrics${query(filter, { by: 'all' })}`),
      get<{ rows: MetricRow[] }>(`/quality/metrics${query(filter, { by: 'week' })}`),
      get<{ rows: MetricRow[] }>(`/quality/metrics${query(filter, { by })}`),
      get<{ rows: typeof reasons }>(`/quality/override-reasons${query(filter)}`),
      get<{ rows: typeof missed }>(`/quality/missed${query(filter)}`),
      get<{ comments: Comment[] }>(`/quality/comments${query(filter, { q: commentSearch, limit: '50' })}`),
      get<{ method: string; alerts: Alert[] }>('/quality/alerts'),
      get<{ agreement: Agreement }>(`/quality/clinician-first${query({ ...filter, surface: '' })}`),
      get<{ outcomes: Outcomes }>(`/quality/outcomes${query(filter)}`),
      get<{ activity: typeof activity }>(`/quality/activity${query({ ...filter, surface: '' })}`),
      get<{ languageModel: LanguageModelRow[]; bySource: SourceDecisionRow[] }>(`/quality/language-model${query({ ...filter, surface: '' })}`),
    ]).then(
      ([defs, all, byWeek, byGroup, why, miss, said, changes, first, later, did, llm]) => {
        setActivity(did.activity);
        setLanguageModel(llm.languageModel);
        setBySource(llm.bySource);
        setOutcomes(later.outcomes);
        setAgreement(first.agreement);
        setAlerts(changes);
        setDefinitions(defs);
        setTotal(all.rows[0]);
        setWeeks(byWeek.rows);
        setGroups(byGroup.rows);
        setReasons(why.rows);
        setMissed(miss.rows);
        setComments(said.comments);
        setStatus('ready');
      },
      (error: unknown) => {
        if ((error as Error).name !== 'AbortError') {
          setStatus({ error: error instanceof ApiError && error.status === 403 ? 'This dashboard is for the quality-review role. Your account does not have it.' : (error as Error).message });
        }
      },
    );
    return () => controller.abort();
  }, [api, filter, by, commentSearch, asOf]);

  async function download(path: string, name: string): Promise<void> {
    const { text, type } = await api.getText(path);
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    URL.revokeObjectURL(url);
  }

  function apply(event: FormEvent): void {
    event.preventDefault();
    setFilter(draft);
  }

  if (typeof status === 'object') {
    return (
      <section className="notice notice-error" role="alert" data-testid="quality-error">
        <h2>The quality data could not be shown</h2>
        <p>{status.error}</p>
      </section>
    );
  }
  const groupRows: RateRow[] = groups.slice(0, 15).map((g) => ({ label: g.key, rate: g.overrideAmongDecided }));
  return (
    <div className="quality" data-testid="quality-dashboard">
      <h2>Quality review</h2>
      <p className="note">
        De-identified data from the decision store. You can look, filter and export; decisions and chart writes are only for clinicians in a patient’s chart.
      </p>
      <form className="quality-filters" onSubmit={apply} aria-label="Filters">
        <label>
          From <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} data-testid="filter-from" />
        </label>
        <label>
          To <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} data-testid="filter-to" />
        </label>
        <label>
          Surface{' '}
          <select value={draft.surface} onChange={(e) => setDraft({ ...draft, surface: e.target.value as Filter['surface'] })}>
            <option value="">All</option>
            <option value="app">Workspace</option>
            <option value="cds-hooks">CDS cards</option>
          </select>
        </label>
        <label>
          Model version <input value={draft.modelVersion} onChange={(e) => setDraft({ ...draft, modelVersion: e.target.value.trim() })} size={8} />
        </label>
        <button type="submit">Apply</button>
        <button type="button" onClick={() => void download(`/quality/export.csv${query(filter)}`, 'ddx-quality-export.csv')} data-testid="export-csv">
          Export CSV
        </button>
        <button type="button" onClick={() => void download('/quality/export-dictionary.csv', 'ddx-quality-export-dictionary.csv')}>
          Data dictionary
        </button>
      </form>
      <p className="note" data-testid="quality-as-of">
        {asOf ? `Counts as of ${asOf.refreshedAt.replace('T', ' ').replace('Z', ' UTC')} (${asOf.facts} shown suggestions).` : 'Preparing the counts…'}{' '}
        <button type="button" onClick={() => setRefreshCount((n) => n + 1)} disabled={refreshing} data-testid="quality-refresh">
          {refreshing ? 'Updating…' : 'Update now'}
        </button>
      </p>
      {status === 'loading' ? (
        <p role="status" data-testid="quality-loading">
          Loading…
        </p>
      ) : null}

      <section aria-labelledby="q-alerts" data-testid="quality-alerts">
        <h3 id="q-alerts">Changes to look at</h3>
        {alerts && alerts.alerts.length > 0 ? (
          <ul className="quality-alerts">
            {alerts.alerts.map((a) => (
              <li key={`${a.service}|${a.modelVersion}|${a.kind}`}>
                <strong>
                  {a.service} · model {a.modelVersion}
                </strong>
                : {a.message} <span className="note">(p = {a.p < 0.0001 ? '< 0.0001' : a.p.toFixed(4)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>No service stopped firing and no rate shifted beyond chance.</p>
        )}
        {alerts ? <p className="note">{alerts.method}</p> : null}
      </section>

      <section aria-labelledby="q-summary">
        <h3 id="q-summary">Summary</h3>
        {total ? (
          <dl className="quality-tiles" data-testid="quality-summary">
            <div>
              <dt>Suggestions shown</dt>
              <dd>{total.shown}</dd>
            </div>
            <div>
              <dt>Accepted</dt>
              <dd>
                {total.accepted} <span className="note">{pct(total.acceptanceRate)}</span>
              </dd>
            </div>
            <div>
              <dt>Overridden</dt>
              <dd>
                {total.overridden} <span className="note">{pct(total.overrideRate)}</span>
              </dd>
            </div>
            <div>
              <dt>Ignored</dt>
              <dd>{total.ignored}</dd>
            </div>
            <div>
              <dt>Override among decided</dt>
              <dd>{pct(total.overrideAmongDecided)}</dd>
            </div>
            <div>
              <dt>Median time to decision</dt>
              <dd>{total.medianMinutesToDecision === null ? '–' : `${total.medianMinutesToDecision} min`}</dd>
            </div>
          </dl>
        ) : (
          <p data-testid="quality-empty">No suggestions match these filters.</p>
        )}
        {activity ? (
          <p className="note" data-testid="quality-activity">
            In the workspace: {activity.sets} differentials shown, {activity.setsWithFindingEdits} with findings edited by the clinician, {activity.writeBacks} diagnoses written to the chart ({activity.writeBacksRetracted} later retracted),{' '}
            {activity.clinicianFirstSkipped} clinician-first steps skipped.
          </p>
        ) : null}
      </section>

      {languageModel.length > 0 ? (
        <section aria-labelledby="q-llm">
          <h3 id="q-llm">Language model</h3>
          <p className="note">
            Asked by clinicians beside the engine. Kept: suggestions that survived the checks, by source (the engine ranks it too, or the language model only, not
            quantified). Removed: what the checks took out of its answers.
          </p>
          <table className="quality-table" data-testid="quality-language-model">
            <thead>
              <tr>
                <th scope="col">Model (version)</th>
                <th scope="col">Asks</th>
                <th scope="col">Answers by status</th>
                <th scope="col">Kept: both</th>
                <th scope="col">Kept: language model only</th>
                <th scope="col">Removed: cited findings not in the chart or absent</th>
                <th scope="col">Removed: diagnoses without chart evidence</th>
                <th scope="col">Removed: references not in the registry</th>
              </tr>
            </thead>
            <tbody>
              {languageModel.map((r) => (
                <tr key={`${r.model}|${r.modelVersion}`}>
                  <th scope="row">
                    {r.model} ({r.modelVersion})
                  </th>
                  <td>{r.asks}</td>
                  <td>{Object.entries(r.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}</td>
                  <td>{r.kept.both}</td>
                  <td>{r.kept.llmOnly}</td>
                  <td>{r.dropped.inventedFindings + r.dropped.absentFindingsCited}</td>
                  <td>{r.dropped.diagnosesWithoutChartEvidence}</td>
                  <td>{r.dropped.unresolvedReferences}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="quality-table" data-testid="quality-by-source">
            <caption>Workspace lines by source: how clinicians answered them (latest decision per line; rates with 95% intervals)</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Shown</th>
                <th scope="col">Accepted</th>
                <th scope="col">Overridden</th>
                <th scope="col">No decision</th>
              </tr>
            </thead>
            <tbody>
              {bySource.map((r) => (
                <tr key={r.source}>
                  <th scope="row">{SOURCE_TEXT[r.source]}</th>
                  <td>{r.shown}</td>
                  <td>
                    {r.accepted} <span className="note">{pct(r.acceptanceRate)}</span>
                  </td>
                  <td>
                    {r.overridden} <span className="note">{pct(r.overrideRate)}</span>
                  </td>
                  <td>{r.ignored}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="q-trend">
        <h3 id="q-trend">Weekly trend</h3>
        <TrendChart weeks={weeks.map((w) => ({ week: w.key, accepted: w.acceptanceRate, overridden: w.overrideRate }))} />
        <table className="quality-table" data-testid="trend-table">
          <caption>Suggestions per week (rates with 95% intervals)</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Shown</th>
              <th scope="col">Accepted</th>
              <th scope="col">Overridden</th>
              <th scope="col">Ignored</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.key}>
                <th scope="row">{w.key}</th>
                <td>{w.shown}</td>
                <td>{pct(w.acceptanceRate)}</td>
                <td>{pct(w.overrideRate)}</td>
                <td>{w.ignored}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="q-breakdown">
        <h3 id="q-breakdown">Where clinicians override</h3>
        <label>
          Break down by{' '}
          <select value={by} onChange={(e) => setBy(e.target.value)} data-testid="breakdown-select">
            {(definitions?.breakdowns ?? Object.keys(BREAKDOWN_LABELS))
              .filter((b) => b in BREAKDOWN_LABELS)
              .map((b) => (
                <option key={b} value={b}>
                  {BREAKDOWN_LABELS[b]}
                </option>
              ))}
          </select>
        </label>
        <RateBars title={`Override among decided suggestions, by ${BREAKDOWN_LABELS[by]?.toLowerCase() ?? by}`} rows={groupRows} />
        <table className="quality-table" data-testid="breakdown-table">
          <caption>By {BREAKDOWN_LABELS[by] ?? by} (rates with 95% intervals)</caption>
          <thead>
            <tr>
              <th scope="col">{BREAKDOWN_LABELS[by] ?? by}</th>
              <th scope="col">Shown</th>
              <th scope="col">Accepted</th>
              <th scope="col">Overridden</th>
              <th scope="col">Ignored</th>
              <th scope="col">Override among decided</th>
              <th scope="col">Median min to decision</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key}>
                <th scope="row" className="quality-key">
                  {g.key}
                </th>
                <td>{g.shown}</td>
                <td>{g.accepted}</td>
                <td>{g.overridden}</td>
                <td>{g.ignored}</td>
                <td>{pct(g.overrideAmongDecided)}</td>
                <td>{g.medianMinutesToDecision ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div className="quality-columns">
        <section aria-labelledby="q-reasons">
          <h3 id="q-reasons">Override reasons</h3>
          <table className="quality-table" data-testid="reasons-table">
            <thead>
              <tr>
                <th scope="col">Reason</th>
                <th scope="col">Overrides</th>
              </tr>
            </thead>
            <tbody>
              {reasons.length === 0 ? (
                <tr>
                  <td colSpan={2}>No overrides for these filters.</td>
                </tr>
              ) : null}
              {reasons.map((r) => (
                <tr key={r.reason}>
                  <th scope="row">{r.hl7_reason?.display ? `${r.reason} (${r.hl7_reason.display})` : r.reason}</th>
                  <td>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="q-missed">
          <h3 id="q-missed">What the AI missed</h3>
          <p className="note">Diagnoses clinicians added that the AI did not list.</p>
          <table className="quality-table" data-testid="missed-table">
            <thead>
              <tr>
                <th scope="col">Diagnosis</th>
                <th scope="col">Times added</th>
              </tr>
            </thead>
            <tbody>
              {missed.length === 0 ? (
                <tr>
                  <td colSpan={2}>None recorded for these filters.</td>
                </tr>
              ) : null}
              {missed.map((m) => (
                <tr key={`${m.conditionId ?? ''}|${m.freeText ?? ''}`}>
                  <th scope="row">{m.conditionId ?? `“${m.freeText ?? ''}” (free text)`}</th>
                  <td>{m.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section aria-labelledby="q-outcomes" data-testid="quality-outcomes">
        <h3 id="q-outcomes">What happened next</h3>
        <p className="note">
          A suggestion is confirmed when the patient’s chart, read again later, records that diagnosis after the suggestion was shown (not the app’s own write-back), and refuted when it is recorded as
          refuted. Charts are read when a clinician next opens the app for the patient, so recent suggestions have had less time to be confirmed.
        </p>
        {outcomes ? (
          <table className="quality-table">
            <thead>
              <tr>
                <th scope="col">Final decision</th>
                <th scope="col">Later confirmed</th>
                <th scope="col">Later refuted</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Overridden (the AI may have been right)</th>
                <td>{pct(outcomes.overriddenLaterConfirmed)} of {outcomes.overriddenLaterConfirmed.n}</td>
                <td>–</td>
              </tr>
              <tr>
                <th scope="row">Ignored</th>
                <td>{pct(outcomes.ignoredLaterConfirmed)} of {outcomes.ignoredLaterConfirmed.n}</td>
                <td>–</td>
              </tr>
              <tr>
                <th scope="row">Accepted</th>
                <td>{pct(outcomes.acceptedLaterConfirmed)} of {outcomes.acceptedLaterConfirmed.n}</td>
                <td>{pct(outcomes.acceptedLaterRefuted)}</td>
              </tr>
            </tbody>
          </table>
        ) : null}
      </section>

      <section aria-labelledby="q-first" data-testid="clinician-first">
        <h3 id="q-first">Clinician-first mode</h3>
        {agreement && agreement.sets > 0 ? (
          <table className="quality-table">
            <caption>{agreement.sets} suggestion sets where the clinician listed their own differential before seeing the AI’s</caption>
            <tbody>
              <tr>
                <th scope="row">Clinician’s leading diagnosis in the AI’s top 3</th>
                <td>{pct(agreement.clinicianLeadInAiTop3)} of {agreement.clinicianLeadInAiTop3.n} coded</td>
              </tr>
              <tr>
                <th scope="row">AI’s first diagnosis on the clinician’s list</th>
                <td>{pct(agreement.aiFirstOnClinicianList)}</td>
              </tr>
              <tr>
                <th scope="row">Accepted diagnoses listed by both / clinician only / AI only / neither</th>
                <td>
                  {agreement.accepted.both} / {agreement.accepted.clinicianOnly} / {agreement.accepted.aiOnly} / {agreement.accepted.neither}
                </td>
              </tr>
            </tbody>
          </table>
        ) : (
          <p>No clinician-first differentials recorded for these filters.</p>
        )}
      </section>

      <section aria-labelledby="q-comments">
        <h3 id="q-comments">Comments</h3>
        <p className="note">Scrubbed of names after a title, dates, phone numbers, e-mails and record-like numbers; a bare name can still slip through. Complaints first.</p>
        <label>
          Search comments <input type="search" defaultValue={commentSearch} onKeyDown={(e) => e.key === 'Enter' && setCommentSearch(e.currentTarget.value)} data-testid="comment-search" />
        </label>
        <ul className="quality-comments" data-testid="comments">
          {comments.map((c) => (
            <li key={c.suggestionId} className={c.negative ? 'negative' : undefined}>
              <span className="note">
                {c.week} · {c.conditionId} · {c.outcome}
                {c.reasonCode ? ` · ${c.reasonCode}` : ''}
              </span>
              <p>{c.comment}</p>
            </li>
          ))}
        </ul>
      </section>

      {definitions ? (
        <details>
          <summary>How each number is defined</summary>
          <dl className="quality-definitions">
            {Object.entries(definitions.metrics).map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}

/**
 * The clinician workspace (lazy-loaded): reads the chart, gets the differential from the API, and
 * records every decision. Opt-out and clinician-first mode gate what is shown.
 */
import { useCallback, useMemo, useState, type JSX } from 'react';
import type { SmartSession } from '../../fhir/smart-session';
import type { DiagnosisResult } from '../../../server/reasoning/types';
import type { DecisionChoice } from '../decisions/decision-bar';
import { ClinicianFirstForm, type OwnDiagnosis } from '../decisions/clinician-first-form';
import { MissedDiagnosis } from '../decisions/missed-diagnosis';
import { UnsavedNotice } from '../decisions/unsaved-notice';
import { useDecisionQueue } from '../decisions/use-decision-queue';
import { WriteBackButton } from '../decisions/write-back-button';
import { createApiClient } from './api-client';
import { CardContextNotice } from './card-context-notice';
import { ChartLoadReport } from './chart-load-report';
import { DifferentialView } from './differential-view';
import { FindingsPanel } from './findings-panel';
import { newKey } from './new-key';
import { useWorkspace } from './use-workspace';
import './workspace.css';

function findingNames(differential: readonly DiagnosisResult[]): Map<string, string> {
  const names = new Map<string, string>();
  differential.forEach((d) => d.steps.forEach((s) => s.kind === 'finding' && names.set(s.findingId, s.findingName)));
  return names;
}

/**
 * @param props - the SMART session
 * @returns the workspace
 */
export default function Workspace({ session }: { readonly session: SmartSession }): JSX.Element {
  const api = useMemo(() => createApiClient(session), [session]);
  const ws = useWorkspace(session, api);
  const { queue, submit } = useDecisionQueue(api);
  const [revealed, setRevealed] = useState(false);
  const [decided, setDecided] = useState<Record<string, DecisionChoice>>({});
  const [missed, setMissed] = useState<string[]>([]);
  const fromCard = session.context.fromCard;
  const [focusPending, setFocusPending] = useState(fromCard?.conditionId !== undefined);
  const focused = useCallback(() => setFocusPending(false), []);
  const chartIndex = useMemo(() => new Map((ws.chart?.resources ?? []).map((r) => [`${r.resourceType}/${r.id}`, r])), [ws.chart]);
  const response = ws.response;
  const names = useMemo(() => findingNames(response && !response.optedOut ? response.result.differential : []), [response]);

  if (response?.optedOut) {
    return (
      <section className="notice" aria-labelledby="optout-h" data-testid="opted-out">
        <h2 id="optout-h">No AI suggestions for this patient</h2>
        <p>{response.message}</p>
      </section>
    );
  }
  const header = (
    <>
      <UnsavedNotice queue={queue} />
      <ChartLoadReport reads={ws.reads} done={ws.chart !== undefined} />
      {ws.error ? (
        <div className="notice notice-error" role="alert" data-testid="workspace-error">
          <p>{ws.error}</p>
          <button type="button" onClick={ws.retry}>
            Try again
          </button>
        </div>
      ) : null}
    </>
  );
  if (!response || !ws.me) {
    return <div className="workspace-grid">{header}{ws.chart && !ws.error ? <p role="status">Building the differential…</p> : null}</div>;
  }
  const { setId, suggestions, result, shown } = response;
  const decide = (d: DiagnosisResult, c: DecisionChoice): void => {
    setDecided((m) => ({ ...m, [d.conditionId]: c }));
    submit({ setId, suggestionId: suggestions[d.conditionId], conditionId: d.conditionId, outcome: c.outcome, reasonCode: c.reasonCode, comment: c.comment, idempotencyKey: newKey() });
  };
  const reveal = (own: readonly OwnDiagnosis[]): void => {
    if (own.length > 0) {
      submit({ setId, outcome: 'clinician-differential', clinicianDifferential: [...own], idempotencyKey: newKey() });
    }
    setRevealed(true);
  };
  if (ws.me.clinicianFirst && !revealed) {
    return (
      <div className="workspace-grid">
        {header}
        {fromCard ? <CardContextNotice fromCard={fromCard} /> : null}
        <ClinicianFirstForm searchConditions={api.searchConditions} onReveal={reveal} />
      </div>
    );
  }
  const write = async (d: DiagnosisResult, status: 'provisional' | 'differential'): Promise<string> => {
    const sources = d.steps.flatMap((s) => (s.kind === 'finding' ? s.sources.map((x) => x.reference) : []));
    const { condition } = await session.writeDiagnosis({ verificationStatus: status, diagnosis: { name: d.name, codes: d.codes }, model: result.model, knowledgeVersion: result.knowledge.version, sources });
    return `Condition/${condition.id}`;
  };
  const rendered = new Set([...shown, ...result.cantMiss.map((d) => d.conditionId)]);
  return (
    <div className="workspace-grid">
      {header}
      {fromCard ? <CardContextNotice fromCard={fromCard} result={result} rendered={rendered} /> : null}
      <DifferentialView
        result={result}
        shown={shown}
        chart={chartIndex}
        decided={decided}
        onDecide={decide}
        updating={ws.updating}
        fromCardConditionId={fromCard?.conditionId}
        focusPending={focusPending}
        onFocused={focused}
        afterAccept={(d) => <WriteBackButton scopes={session.grantedScopes} write={(s) => write(d, s)} />}
      />
      <FindingsPanel findings={result.findingsUsed} overrides={ws.overrides} names={names} chart={chartIndex} searchFindings={api.searchFindings} onChange={ws.changeFinding} />
      <MissedDiagnosis
        searchConditions={api.searchConditions}
        added={missed}
        onAdd={(m) => {
          setMissed((list) => [...list, m.text]);
          submit({ setId, outcome: 'added-missed', conditionId: m.conditionId, freeTextDiagnosis: m.conditionId ? undefined : m.text, idempotencyKey: newKey() });
        }}
      />
    </div>
  );
}

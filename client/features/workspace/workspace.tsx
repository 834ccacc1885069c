/**
 * The clinician workspace (lazy-loaded): reads the chart, gets the differential from the API, and
 * records every decision. Opt-out, the engine's abstentions (deceased, under 18, no presenting
 * problem) and clinician-first mode gate what is shown; scope notes come before anything else, and
 * what the chart held but the engine did not use is listed with why.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type JSX } from 'react';
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
import { RetractButton } from '../decisions/retract-button';
import { OwnDifferential } from '../decisions/own-differential';
import { decidedEarlier, restoreWork, type DecidedOn, type MissedItem } from '../decisions/restore-decisions';
import { EvokedList } from './evoked-list';
import { LanguageModelPanel } from './language-model-panel';
import type { LanguageModelResponse } from '../../../server/contract';
import { FindingsPanel } from './findings-panel';
import { newKey } from './new-key';
import { AsOfNote } from './differential-header';
import { NotUsedPanel } from './not-used-panel';
import { ProblemPicker } from './problem-picker';
import { unrecognisedProblems } from './presenting-problems';
import { viewOf, type WorkspaceView } from './request-state';
import { ChildGate, ScopeNotes, StopNotice } from './scope-notes';
import { useWorkspace } from './use-workspace';
import { useShortcuts } from '../decisions/use-shortcuts';
import './workspace.css';

const FOCUS_TARGET: Partial<Record<WorkspaceView, string>> = { differential: 'ddx-h', 'ask-problem': 'ask-h' };

function findingNames(differential: readonly DiagnosisResult[], known: Readonly<Record<string, string>> = {}): Map<string, string> {
  const names = new Map<string, string>(Object.entries(known));
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
  /** The clinician's own differential in clinician-first mode, kept beside the AI's after reveal. */
  const [own, setOwn] = useState<readonly OwnDiagnosis[]>([]);
  const [decided, setDecided] = useState<Record<string, DecisionChoice>>({});
  /** The computation each decision was made on (to mark decisions made on an earlier differential). */
  const [decidedOn, setDecidedOn] = useState<Record<string, DecidedOn>>({});
  /** Conditions this app wrote to the chart in this session, by diagnosis (so a later rejection can offer to retract them). */
  const [written, setWritten] = useState<Record<string, string>>({});
  /** What the patient disputes, by diagnosis: recorded beside the clinician's decision, never replacing it. */
  const [disputes, setDisputes] = useState<Record<string, string>>({});
  const [missed, setMissed] = useState<MissedItem[]>([]);
  const [keysOpen, setKeysOpen] = useState(false);
  const toggleKeys = useCallback(() => setKeysOpen((o) => !o), []);
  const showingDifferential = ws.response !== undefined && !ws.response.optedOut && ws.me?.role !== 'quality-reviewer' && (!ws.me?.clinicianFirst || revealed);
  useShortcuts(showingDifferential, toggleKeys);
  // A reload or relaunch puts back what the server recorded of this clinician's work (issue 15, item 4).
  const restoredOnce = useRef(false);
  useEffect(() => {
    if (!ws.restored || restoredOnce.current) {
      return;
    }
    restoredOnce.current = true;
    const work = restoreWork(ws.restored);
    setDecided(work.decided);
    setDecidedOn(work.decidedOn);
    setDisputes(work.disputes);
    setMissed(work.missed);
    setWritten(work.written);
    if (work.own.length > 0) {
      setOwn(work.own);
    }
    if (ws.restored.decisions.length > 0) {
      // The clinician already saw the AI's list before the reload: clinician-first is not asked again.
      setRevealed(true);
    }
  }, [ws.restored]);
  const fromCard = session.context.fromCard;
  const [focusPending, setFocusPending] = useState(fromCard?.conditionId !== undefined);
  const focused = useCallback(() => setFocusPending(false), []);
  const chartIndex = useMemo(() => new Map((ws.chart?.resources ?? []).map((r) => [`${r.resourceType}/${r.id}`, r])), [ws.chart]);
  const response = ws.response;
  const names = useMemo(() => (response && !response.optedOut ? findingNames(response.result.differential, response.result.findingNames) : new Map<string, string>()), [response]);
  const view = viewOf(response);
  const previousView = useRef<WorkspaceView>(view);
  useEffect(() => {
    // When the differential (or the question for a presenting problem) replaces the screen the
    // clinician acted on, move focus to its heading so that keyboard and screen-reader users follow.
    const before = previousView.current;
    previousView.current = view;
    if (before !== view && (before === 'ask-problem' || before === 'child-gate' || before === 'differential') && !focusPending) {
      document.getElementById(FOCUS_TARGET[view] ?? '')?.focus();
    }
  }, [view, focusPending]);

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
  const current: DecidedOn = { inputHash: result.inputHash, knowledgeVersion: result.knowledge.version };
  const decidedShown = Object.fromEntries(Object.entries(decided).map(([c, choice]) => [c, decidedEarlier(decidedOn[c], current) ? { ...choice, earlier: true } : choice]));
  const scopeNotes = result.scopeNotes ?? [];
  if (view === 'deceased' || view === 'no-patient' || view === 'stopped') {
    return (
      <div className="workspace-grid">
        {header}
        <StopNotice abstention={result.abstention} />
      </div>
    );
  }
  if (view === 'child-gate') {
    return (
      <div className="workspace-grid">
        {header}
        <ChildGate message={result.abstention?.message} updating={ws.updating} onShow={ws.showChild} />
        <ScopeNotes notes={scopeNotes.filter((n) => n.kind !== 'child')} includeChild={false} />
      </div>
    );
  }
  const scope = <ScopeNotes notes={scopeNotes} includeChild={ws.includeChild} />;
  const missedDecisionId = (m: MissedItem): string | undefined => m.decisionId ?? queue.find((q) => q.request.idempotencyKey === m.key)?.serverId;
  const decide = (d: DiagnosisResult, c: DecisionChoice): void => {
    if (c.outcome === 'patient-disputes') {
      setDisputes((m) => ({ ...m, [d.conditionId]: c.comment ?? '' }));
    } else {
      setDecided((m) => ({ ...m, [d.conditionId]: c }));
      setDecidedOn((m) => ({ ...m, [d.conditionId]: current }));
    }
    submit({ setId, suggestionId: suggestions[d.conditionId], conditionId: d.conditionId, outcome: c.outcome, reasonCode: c.reasonCode, comment: c.comment, idempotencyKey: newKey() });
  };
  const reveal = (list: readonly OwnDiagnosis[]): void => {
    if (list.length > 0) {
      setOwn(list);
      submit({ setId, outcome: 'clinician-differential', clinicianDifferential: [...list], idempotencyKey: newKey() });
    } else {
      // Skipping the clinician-first step is recorded too (for the quality team); losing it never blocks the clinician.
      api.recordEvent({ setId, kind: 'clinician-first-skipped', idempotencyKey: newKey() }).catch(() => undefined);
    }
    setRevealed(true);
  };
  // A quality reviewer opened from a chart sees the reasoning but cannot decide or write to the chart.
  const reviewer = ws.me.role === 'quality-reviewer';
  if (ws.me.clinicianFirst && !revealed && !reviewer) {
    return (
      <div className="workspace-grid">
        {header}
        {scope}
        {fromCard ? <CardContextNotice fromCard={fromCard} /> : null}
        <ClinicianFirstForm searchConditions={api.searchConditions} onReveal={reveal} />
      </div>
    );
  }
  const write = async (d: DiagnosisResult, status: 'provisional' | 'differential'): Promise<string> => {
    const sources = d.steps.flatMap((s) => (s.kind === 'finding' ? s.sources.map((x) => x.reference) : []));
    const { condition } = await session.writeDiagnosis({ verificationStatus: status, diagnosis: { name: d.name, codes: d.codes }, model: result.model, knowledgeVersion: result.knowledge.version, sources });
    const ref = `Condition/${condition.id}`;
    api.recordEvent({ setId, kind: 'write-back', conditionId: d.conditionId, verificationStatus: status, conditionRef: ref, idempotencyKey: newKey() }).catch(() => undefined);
    setWritten((m) => ({ ...m, [d.conditionId]: ref }));
    return ref;
  };
  const retract = async (d: DiagnosisResult, ref: string): Promise<void> => {
    await session.retractDiagnosis(ref);
    api.recordEvent({ setId, kind: 'write-back-retracted', conditionId: d.conditionId, conditionRef: ref, idempotencyKey: newKey() }).catch(() => undefined);
  };
  const asking = view === 'ask-problem';
  const rendered = asking ? new Set<string>() : new Set([...shown, ...result.cantMiss.map((d) => d.conditionId)]);
  const picker = (
    <ProblemPicker
      fromChart={result.problems.filter((p) => p.origin === 'chart').map((p) => ({ problemId: p.problemId, name: p.name }))}
      chosen={ws.problems.map((p) => ({ problemId: p.problemId, name: result.problems.find((x) => x.problemId === p.problemId)?.name ?? p.name }))}
      unrecognised={unrecognisedProblems(ws.sentProblems, result)}
      showCommon={asking}
      search={api.searchProblems}
      onAdd={ws.addProblems}
      onRemove={ws.removeProblem}
    />
  );
  const evoked = <EvokedList evoked={result.evoked ?? []} citations={result.citations} chart={chartIndex} besideDifferential={!asking} />;
  const findings = <FindingsPanel findings={result.findingsUsed} overrides={ws.overrides} names={names} chart={chartIndex} searchFindings={api.searchFindings} onChange={ws.changeFinding} />;
  const notUsed = <NotUsedPanel items={result.ignored} chart={chartIndex} />;
  if (asking) {
    return (
      <div className="workspace-grid">
        {header}
        {scope}
        {fromCard ? <CardContextNotice fromCard={fromCard} result={result} rendered={rendered} /> : null}
        <section className="panel ask-problem" aria-labelledby="ask-h" aria-busy={ws.updating} data-testid="ask-problem">
          <h2 id="ask-h" tabIndex={-1}>
            Presenting problem needed
          </h2>
          <p>No reason for visit was recognised in the chart. What is the patient presenting with?</p>
          <p className="muted">Choose one or more; the differential is built for what you choose. No differential is guessed without one.</p>
          {picker}
          <p role="status" className="muted">
            {ws.updating ? 'Building the differential…' : ''}
          </p>
          <AsOfNote now={result.now} />
        </section>
        {evoked}
        {findings}
        {notUsed}
      </div>
    );
  }
  return (
    <div className="workspace-grid">
      {header}
      {scope}
      {fromCard ? <CardContextNotice fromCard={fromCard} result={result} rendered={rendered} /> : null}
      {own.length > 0 ? <OwnDifferential own={own} aiRanked={shown} aiCantMiss={result.cantMiss.map((d) => d.conditionId)} /> : null}
      {reviewer ? (
        <p className="notice" role="note" data-testid="reviewer-read-only">
          You are signed in as a quality reviewer: you can read the differential and its reasoning, but decisions and chart writes are for the treating clinician.
        </p>
      ) : null}
      <DifferentialView
        result={result}
        shown={shown}
        chart={chartIndex}
        decided={decidedShown}
        onDecide={decide}
        updating={ws.updating}
        fromCardConditionId={fromCard?.conditionId}
        focusPending={focusPending}
        onFocused={focused}
        afterAccept={(d) => <WriteBackButton scopes={session.grantedScopes} write={(s) => write(d, s)} />}
        afterReject={(d) => (written[d.conditionId] ? <RetractButton conditionRef={written[d.conditionId]} scopes={session.grantedScopes} retract={() => retract(d, written[d.conditionId])} /> : null)}
        readOnly={reviewer}
        disputes={disputes}
        onDispute={(d, text) => decide(d, { outcome: 'patient-disputes', comment: text })}
        bandAccuracy={response.optedOut ? undefined : response.bandAccuracy}
        keysOpen={keysOpen}
        onKeysToggle={setKeysOpen}
      />
      {evoked}
      {response.languageModel && ws.chart && !reviewer ? (
        <LanguageModelPanel
          model={response.languageModel}
          makeRequest={() => ({
            resources: ws.chart!.resources as never,
            overrides: [...ws.overrides],
            problems: [...ws.sentProblems],
            includeChild: ws.includeChild,
            encounterId: session.context.encounterId,
            setId,
            idempotencyKey: newKey(),
          })}
          ask={(request) => api.postJson<LanguageModelResponse>('/differential/language-model', request)}
          chart={chartIndex}
          onDecide={(llmLine, c) => submit({ setId, llmLine, outcome: c.outcome, reasonCode: c.reasonCode, comment: c.comment, idempotencyKey: newKey() })}
        />
      ) : null}
      <section className="panel" aria-labelledby="problems-h" data-testid="presenting-problems">
        <h2 id="problems-h">Presenting problem</h2>
        {picker}
      </section>
      {findings}
      {notUsed}
      {reviewer ? null : (
      <MissedDiagnosis
        searchConditions={api.searchConditions}
        added={missed.map((m) => ({ text: m.text, saved: missedDecisionId(m) !== undefined }))}
        onAdd={(m) => {
          const key = newKey();
          setMissed((list) => [...list, { text: m.text, key, setId }]);
          submit({ setId, outcome: 'added-missed', conditionId: m.conditionId, freeTextDiagnosis: m.conditionId ? undefined : m.text, idempotencyKey: key });
        }}
        onUndo={async (i) => {
          const item = missed[i];
          const decisionId = item ? missedDecisionId(item) : undefined;
          if (!item || !decisionId) {
            throw new Error('it is not saved yet');
          }
          await api.recordEvent({ setId: item.setId, kind: 'missed-withdrawn', decisionId, idempotencyKey: newKey() });
          setMissed((list) => list.filter((m) => m !== item));
        }}
      />
      )}
    </div>
  );
}

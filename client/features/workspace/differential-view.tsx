/**
 * The revealed differential: AI label, the ranked list, the can't-miss section, next best tests.
 */
import { BAND_TEXT } from './format-percent';
import type { BandAccuracy } from '../../../server/evaluation/evaluate-vignettes';
import type { JSX } from 'react';
import { CitationNote } from './citation-note';
import type { Resource } from '@medplum/fhirtypes';
import type { DiagnosisResult, DifferentialResult } from '../../../server/reasoning/types';
import type { DecisionChoice } from '../decisions/decision-bar';
import { DiagnosisCard } from './diagnosis-card';
import { ChartSourceLink } from './chart-source-link';
import { DifferentialHeader } from './differential-header';
import { NextTests } from './next-tests';
import { SHORTCUTS } from '../decisions/shortcuts';

/** Props of {@link DifferentialView}. */
export interface DifferentialViewProps {
  readonly result: DifferentialResult;
  readonly shown: readonly string[];
  readonly chart: ReadonlyMap<string, Resource>;
  readonly decided: Readonly<Record<string, DecisionChoice>>;
  readonly onDecide: (diagnosis: DiagnosisResult, choice: DecisionChoice) => void;
  readonly afterAccept: (diagnosis: DiagnosisResult) => JSX.Element;
  /** What the patient disputes, by diagnosis. */
  readonly disputes?: Readonly<Record<string, string>>;
  /** Records a patient dispute beside the clinician's decision. */
  readonly onDispute?: (diagnosis: DiagnosisResult, text: string) => void;
  /** Under a rejection: e.g. the offer to retract what was written to the chart. */
  readonly afterReject?: (diagnosis: DiagnosisResult) => JSX.Element | null;
  /** No decision controls (a quality reviewer). */
  readonly readOnly?: boolean;
  /** What the evaluation says about each band. */
  readonly bandAccuracy?: readonly BandAccuracy[];
  readonly updating: boolean;
  /** The diagnosis named by the EHR card the clinician came from (highlighted). */
  readonly fromCardConditionId?: string;
  /** Set until that diagnosis has been scrolled to and focused once. */
  readonly focusPending?: boolean;
  readonly onFocused?: () => void;
  /** The keyboard-shortcut list is open (the `?` key toggles it). */
  readonly keysOpen?: boolean;
  readonly onKeysToggle?: (open: boolean) => void;
}

/**
 * The keys of the workspace, listed on screen (collapsed to one line until opened).
 * @param props - whether it is open and the toggle
 * @returns the list
 */
export function ShortcutHelp({ open, onToggle }: { readonly open: boolean; readonly onToggle: (open: boolean) => void }): JSX.Element {
  return (
    <details className="shortcut-help muted" open={open} onToggle={(e) => onToggle((e.target as HTMLDetailsElement).open)} data-testid="shortcut-help">
      <summary>Keyboard: j/k move between diagnoses, a accept, r reject, ? all keys</summary>
      <ul>
        {SHORTCUTS.map((s) => (
          <li key={s.key}>
            <kbd>{s.key}</kbd> {s.label}
          </li>
        ))}
      </ul>
    </details>
  );
}

const HOW_TEXT: Readonly<Record<string, string>> = {
  definition: 'meets its definition',
  chart: 'confirmed at this encounter',
};

/** Complaints the chart already explains, and broader diagnoses found as one of their forms (model 2.40.0). */
function ExplainedNote({ result }: { result: DifferentialResult }): JSX.Element | null {
  const explained = result.explainedProblems ?? [];
  const subsumed = result.subsumed ?? [];
  if (explained.length === 0 && subsumed.length === 0) {
    return null;
  }
  return (
    <div className="notice" data-testid="explained">
      {explained.map((p) => (
        <p key={p.problemId}>
          {p.name} is explained by {p.explainedBy.map((x) => `${x.name} (${HOW_TEXT[x.how] ?? x.how})`).join(' and ')}: its other causes are listed as alternatives or coexisting causes,
          without a probability.
        </p>
      ))}
      {subsumed.map((x) => (
        <p key={x.conditionId} data-testid="subsumed">
          {x.name} is found as {x.form.name} ({HOW_TEXT[x.form.how] ?? x.form.how}), so it is not estimated beside it.
          <CitationNote source={x.source} citations={result.citations} />
        </p>
      ))}
    </div>
  );
}

/**
 * @param props - the result and decision callbacks
 * @returns the sections
 */
export function DifferentialView({ result, shown, chart, decided, onDecide, afterAccept, afterReject, disputes, onDispute, updating, fromCardConditionId, focusPending = false, onFocused, readOnly = false, bandAccuracy, keysOpen = false, onKeysToggle }: DifferentialViewProps): JSX.Element {
  const byId = new Map(result.differential.map((d) => [d.conditionId, d]));
  const cantMissIds = new Set(result.cantMiss.map((d) => d.conditionId));
  const ranked = shown.map((id) => byId.get(id)).filter((d): d is DiagnosisResult => d !== undefined);
  const established = result.established ?? [];
  const card = (d: DiagnosisResult): JSX.Element => (
    <DiagnosisCard
      key={d.conditionId}
      diagnosis={d}
      citations={result.citations}
      chart={chart}
      findingNames={result.findingNames}
      decided={decided[d.conditionId]}
      onCantMissList={cantMissIds.has(d.conditionId)}
      onDecide={(c) => onDecide(d, c)}
      afterAccept={afterAccept(d)}
      afterReject={afterReject?.(d) ?? undefined}
      dispute={disputes?.[d.conditionId]}
      onDispute={onDispute && !readOnly ? (t) => onDispute(d, t) : undefined}
      readOnly={readOnly}
      bandAccuracy={bandAccuracy}
      fromCard={d.conditionId === fromCardConditionId}
      focusRequested={focusPending && d.conditionId === fromCardConditionId}
      onFocused={onFocused}
    />
  );
  const extraCantMiss = result.cantMiss.filter((d) => !shown.includes(d.conditionId));
  return (
    <>
      {established.length > 0 ? (
        <section className="panel" aria-labelledby="est-h" data-testid="established">
          <h2 id="est-h">Established from chart data</h2>
          <p className="muted">These meet their definition in the chart (the values and the defining source are shown); they are facts, not estimates, and are not ranked.</p>
          <ul className="ranked">
            {established.map((d) => (
              <li key={d.conditionId}>{card(d)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="ddx-h" aria-busy={updating} data-testid="differential">
        <h2 id="ddx-h" tabIndex={-1}>Differential diagnosis {updating ? <span className="muted">(updating…)</span> : null}</h2>
        <DifferentialHeader result={result} />
        <ExplainedNote result={result} />
        <AtAGlance ranked={ranked} cantMiss={result.cantMiss} shown={shown} />
        {ranked.length === 0 ? <p>No diagnosis in the knowledge base fits these findings. Add a presenting problem or findings.</p> : null}
        <ol className="ranked" data-testid="ranked-list">
          {ranked.map((d) => (
            <li key={d.conditionId}>{card(d)}</li>
          ))}
        </ol>
        {readOnly || !onKeysToggle ? null : <ShortcutHelp open={keysOpen} onToggle={onKeysToggle} />}
      </section>
      <section className="panel cant-miss" aria-labelledby="cm-h" data-testid="cant-miss">
        <h2 id="cm-h">Can&apos;t-miss diagnoses</h2>
        <p className="muted">Serious diagnoses not yet excluded (their probability range reaches their threshold), shown even when unlikely.</p>
        {result.cantMiss.length === 0 ? <p>None reaches its threshold for these findings.</p> : null}
        <ul>
          {result.cantMiss
            .filter((d) => shown.includes(d.conditionId))
            .map((d) => (
              <li key={d.conditionId}>
                {d.name}: {d.display} (in the list above, rank {shown.indexOf(d.conditionId) + 1})
              </li>
            ))}
        </ul>
        {extraCantMiss.length > 0 ? <ol className="ranked">{extraCantMiss.map((d) => <li key={d.conditionId}>{card(d)}</li>)}</ol> : null}
      </section>
      {(result.excluded ?? []).length > 0 ? (
        <section className="panel" aria-labelledby="excluded-h" data-testid="excluded">
          <h2 id="excluded-h">Excluded</h2>
          <p className="muted">
            Not estimated: a measured state whose definition the chart&apos;s results lie outside, or a diagnosis that cannot coexist with one the chart records.
          </p>
          <ul>
            {result.excluded.map((e) => (
              <li key={e.conditionId}>
                <strong>{e.name}</strong>:{' '}
                {e.excludedBy.findings.map((f) => (
                  <span key={f.findingId}>
                    {f.findingName} {e.kind === 'exclusive' ? 'recorded' : 'absent'}
                    {f.sources.map((s) => (
                      <ChartSourceLink key={s.reference} source={s} chart={chart} />
                    ))}{' '}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {(result.unexplained ?? []).length > 0 ? (
        <section className="panel" aria-labelledby="unexplained-h" data-testid="unexplained">
          <h2 id="unexplained-h">Findings not explained by the leading diagnoses</h2>
          <p className="muted">Abnormal findings that none of the leading diagnoses is known to cause: they may point to a diagnosis this list is missing.</p>
          <ul>
            {result.unexplained.map((u) => (
              <li key={`${u.findingId ?? u.name}-${u.sources[0]?.reference ?? ''}`}>
                <strong>{u.name}</strong>: {u.why}
                {u.sources.map((s) => (
                  <ChartSourceLink key={s.reference} source={s} chart={chart} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <NextTests tests={result.nextBestTests} citations={result.citations} imagingWithheld={result.imagingWithheld} />
    </>
  );
}

/**
 * The first screen (issue 15, item 1): the leading diagnoses with their bands and the can't-miss diagnoses
 * not yet excluded (range reaching the threshold), in two lines, each linking to its card below.
 */
export function AtAGlance({ ranked, cantMiss, shown }: { readonly ranked: readonly DiagnosisResult[]; readonly cantMiss: readonly DiagnosisResult[]; readonly shown: readonly string[] }): JSX.Element | null {
  if (ranked.length === 0 && cantMiss.length === 0) {
    return null;
  }
  const link = (d: DiagnosisResult): JSX.Element => (
    <a href={`#dx-${d.conditionId}`}>
      {d.name}
      <span className="muted"> ({BAND_TEXT[d.band]?.toLowerCase() ?? d.band})</span>
    </a>
  );
  const joined = (list: readonly DiagnosisResult[]): JSX.Element[] =>
    list.map((d, i) => (
      <span key={d.conditionId}>
        {i > 0 ? '; ' : ''}
        {link(d)}
      </span>
    ));
  return (
    <div className="at-a-glance" data-testid="at-a-glance">
      {ranked.length > 0 ? (
        <p>
          <strong>Leading:</strong> {joined(ranked.slice(0, 3))}
          {ranked.length > 3 ? <span className="muted"> and {ranked.length - 3} more below</span> : null}
        </p>
      ) : null}
      <p>
        <strong>Can&apos;t miss:</strong> {cantMiss.length === 0 ? <span className="muted">none reaches its threshold</span> : joined(cantMiss)}
        {cantMiss.some((d) => !shown.includes(d.conditionId)) ? <span className="muted"> (those not ranked above are listed below the differential)</span> : null}
      </p>
    </div>
  );
}

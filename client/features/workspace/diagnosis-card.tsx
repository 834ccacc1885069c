/**
 * One AI-suggested diagnosis: band, number and range, the AI-output tag, expandable reasoning, and
 * the clinician's decision (or the decision already made, with write-back after an accept).
 */
import { useEffect, useId, useRef, useState, type JSX } from 'react';
import type { Resource } from '@medplum/fhirtypes';
import type { CitationSummary, DiagnosisResult } from '../../../server/reasoning/types';
import { DecisionBar, DisputeForm, type DecisionChoice } from '../decisions/decision-bar';
import { REJECTION_REASON_OPTIONS as REJECTION_REASONS } from '../decisions/rejection-reasons';
import { BAND_TEXT } from './format-percent';
import { bandTestimony } from './band-testimony';
import type { BandAccuracy } from '../../../server/evaluation/evaluate-vignettes';
import { ReasoningSteps } from './reasoning-steps';

/** Props of {@link DiagnosisCard}. */
export interface DiagnosisCardProps {
  readonly diagnosis: DiagnosisResult;
  readonly citations: Readonly<Record<string, CitationSummary>>;
  readonly chart: ReadonlyMap<string, Resource>;
  /** Clinical names of the findings, to name the entry that implied a finding. */
  readonly findingNames?: Readonly<Record<string, string>>;
  /** The latest decision on this diagnosis in this session. */
  readonly decided?: DecisionChoice;
  readonly onDecide: (choice: DecisionChoice) => void;
  /** Rendered after an accept (write-back). */
  readonly afterAccept?: JSX.Element;
  /** Shown under a rejection (the offer to retract a diagnosis written to the chart). */
  readonly afterReject?: JSX.Element;
  /** What the patient disputes, when recorded (kept beside the clinician's own decision). */
  readonly dispute?: string;
  /** Records a patient dispute without changing the clinician's decision. */
  readonly onDispute?: (text: string) => void;
  /** No decision controls (a quality reviewer). */
  readonly readOnly?: boolean;
  /** Whether it is on the can't-miss list (its probability range reaches its threshold): only then is it tagged can't miss. */
  readonly onCantMissList?: boolean;
  /** What the evaluation says about each band (server/model-label/band-accuracy.ts). */
  readonly bandAccuracy?: readonly BandAccuracy[];
  /** The EHR card the clinician came from names this diagnosis: highlight it. */
  readonly fromCard?: boolean;
  /** Scroll to and focus this card once, with its reasoning open; `onFocused` is called when done. */
  readonly focusRequested?: boolean;
  readonly onFocused?: () => void;
}

function decisionText(d: DecisionChoice): string {
  if (d.outcome === 'accepted') {
    return 'Accepted: added to your working differential';
  }
  if (d.outcome === 'patient-disputes') {
    return 'Recorded: the patient disputes this suggestion';
  }
  return `Rejected: ${REJECTION_REASONS.find((r) => r.code === d.reasonCode)?.display ?? d.reasonCode}${d.comment ? ` (“${d.comment}”)` : ''}`;
}

/**
 * @param props - the diagnosis, its context and decision callbacks
 * @returns the card
 */
export function DiagnosisCard({ diagnosis, citations, chart, findingNames, decided, onDecide, afterAccept, afterReject, dispute, onDispute, fromCard = false, focusRequested = false, onFocused, readOnly = false, bandAccuracy, onCantMissList }: DiagnosisCardProps): JSX.Element {
  const testimony = bandTestimony(diagnosis.band, bandAccuracy);
  const [disputing, setDisputing] = useState(false);
  const [open, setOpen] = useState(focusRequested);
  const [changing, setChanging] = useState(false);
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusRequested && ref.current) {
      ref.current.scrollIntoView({ block: 'start' });
      ref.current.focus({ preventScroll: true });
      onFocused?.();
    }
  }, [focusRequested, onFocused]);
  return (
    <article
      id={`dx-${diagnosis.conditionId}`}
      ref={ref}
      className={fromCard ? 'diagnosis diagnosis-from-card' : 'diagnosis'}
      aria-labelledby={`${id}-name`}
      data-testid="diagnosis"
      data-condition={diagnosis.conditionId}
      data-from-card={fromCard ? 'true' : undefined}
      tabIndex={-1}
    >
      <header className="diagnosis-head">
        <h3 id={`${id}-name`}>
          {diagnosis.name}
          {diagnosis.cantMiss && (onCantMissList ?? true) ? <span className="tag tag-warn">can&apos;t miss</span> : null}
          {fromCard ? <span className="tag tag-card">from the EHR card</span> : null}
        </h3>
        <p className="likelihood" data-testid="likelihood">
          {diagnosis.alternativeTo ? (
            <span className="band band-alternative" data-testid="alternative">
              Alternative or coexisting cause
            </span>
          ) : (
            <span className={`band band-${diagnosis.band}`}>{BAND_TEXT[diagnosis.band] ?? diagnosis.band}</span>
          )}
          , {diagnosis.display}
        </p>
        {(diagnosis.includesForms ?? []).length > 0 ? (
          <p className="muted" data-testid="includes-forms">
            Includes its forms listed here (its probability includes theirs): {diagnosis.includesForms!.map((f) => `${f.name} (rank ${f.rank})`).join(', ')}.
          </p>
        ) : null}
        {testimony ? (
          <p className="muted band-testimony" data-testid="band-testimony">
            {testimony}
          </p>
        ) : null}
        <p className="ai-tag">AI suggestion for consideration</p>
        {diagnosis.inChart ? <p className="muted">Already in the chart ({diagnosis.inChart.verificationStatus}).</p> : null}
      </header>
      <button type="button" className="link-button" aria-expanded={open} aria-controls={`${id}-why`} onClick={() => setOpen(!open)} data-testid="toggle-reasoning">
        {open ? 'Hide reasoning' : 'Why? Show reasoning'}
      </button>
      <div id={`${id}-why`} hidden={!open}>
        {open ? <ReasoningSteps diagnosis={diagnosis} citations={citations} chart={chart} findingNames={findingNames} /> : null}
      </div>
      {readOnly ? null : decided && !changing ? (
        <div className="decided">
          <p role="status" data-testid="decision-made">
            {decisionText(decided)}
          </p>
          {decided.earlier ? (
            <p className="notice notice-warn" data-testid="decision-earlier">
              You decided this on an earlier differential; the findings, presenting problems or knowledge have changed since. Check that it still holds, or change it.
            </p>
          ) : null}
          {decided.outcome === 'accepted' ? afterAccept : null}
          {decided.outcome === 'rejected' ? afterReject : null}
          {dispute ? null : onDispute && disputing ? (
            <DisputeForm diagnosisName={diagnosis.name} onDispute={(t) => { setDisputing(false); onDispute(t); }} onCancel={() => setDisputing(false)} />
          ) : onDispute ? (
            <button type="button" className="link-button" onClick={() => setDisputing(true)} data-testid="add-dispute">
              Patient disputes…
            </button>
          ) : null}
          <button type="button" className="link-button" onClick={() => setChanging(true)} data-testid="change-decision">
            Change decision
          </button>
        </div>
      ) : (
        <DecisionBar
          diagnosisName={diagnosis.name}
          onDecide={(c) => {
            setChanging(false);
            onDecide(c);
          }}
        />
      )}
      {dispute ? (
        <p className="muted" data-testid="dispute-recorded">
          Patient disputes: “{dispute}”
        </p>
      ) : null}
    </article>
  );
}

/**
 * What a reload or relaunch puts back on screen from the server's record (issue 15, item 4): the
 * clinician's latest decision on each diagnosis (with the computation it was made on), what the
 * patient disputes, the diagnoses they added as missed and did not withdraw, their own differential
 * in clinician-first mode, and the Conditions they wrote to the chart and did not retract. Pure.
 */
import type { RestoredDecision, WorkspaceStateResponse } from '../../../server/contract';
import type { RejectionReasonCode } from '../../../server/contract';
import type { OwnDiagnosis } from './clinician-first-form';
import type { DecisionChoice } from './decision-bar';

/** A diagnosis the clinician added as missed, as listed (with what undoing it needs). */
export interface MissedItem {
  readonly text: string;
  /** The idempotency key it was sent with (new in this session), to find its server id in the queue. */
  readonly key?: string;
  /** The stored decision's id (restored, or once the queue has saved it). */
  readonly decisionId?: string;
  /** The suggestion set it was recorded on. */
  readonly setId: string;
}

/** The computation a decision was made on: the input hash and knowledge version of its differential. */
export interface DecidedOn {
  readonly inputHash: string;
  readonly knowledgeVersion: string;
}

/** The workspace's decision state. */
export interface RestoredWork {
  readonly decided: Record<string, DecisionChoice>;
  readonly decidedOn: Record<string, DecidedOn>;
  readonly disputes: Record<string, string>;
  readonly missed: MissedItem[];
  readonly written: Record<string, string>;
  own: OwnDiagnosis[];
}

function isOwnList(value: unknown): value is OwnDiagnosis[] {
  return Array.isArray(value) && value.every((d) => typeof d === 'object' && d !== null && typeof (d as OwnDiagnosis).text === 'string');
}

/**
 * @param state - the server's record for this clinician, patient and encounter
 * @returns the decision state to start the workspace with
 */
export function restoreWork(state: WorkspaceStateResponse): RestoredWork {
  const work: RestoredWork = { decided: {}, decidedOn: {}, disputes: {}, missed: [], written: {}, own: [] };
  const withdrawn = new Set(state.withdrawnMissed);
  state.decisions.forEach((d: RestoredDecision) => {
    const on = { inputHash: d.inputHash, knowledgeVersion: d.knowledgeVersion };
    if ((d.outcome === 'accepted' || d.outcome === 'rejected') && d.conditionId) {
      work.decided[d.conditionId] = { outcome: d.outcome, reasonCode: (d.reasonCode ?? undefined) as RejectionReasonCode | undefined, comment: d.comment ?? undefined };
      work.decidedOn[d.conditionId] = on;
    } else if (d.outcome === 'patient-disputes' && d.conditionId) {
      work.disputes[d.conditionId] = d.comment ?? '';
    } else if (d.outcome === 'added-missed' && !withdrawn.has(d.id)) {
      work.missed.push({ text: d.conditionName ?? d.freeTextDiagnosis ?? d.conditionId ?? 'diagnosis', decisionId: d.id, setId: d.setId });
    } else if (d.outcome === 'clinician-differential' && isOwnList(d.clinicianDifferential)) {
      work.own = d.clinicianDifferential.map((x) => ({ conditionId: x.conditionId, text: x.text }));
    }
  });
  state.written.forEach((w) => {
    work.written[w.conditionId] = w.conditionRef;
  });
  return work;
}

/**
 * A decision is marked as made on an earlier computation when the differential it answered had other
 * input (findings, presenting problems, chart) or another knowledge version than the one on screen.
 */
export function decidedEarlier(on: DecidedOn | undefined, current: DecidedOn): boolean {
  return on !== undefined && (on.inputHash !== current.inputHash || on.knowledgeVersion !== current.knowledgeVersion);
}

/**
 * Runs the shared engine for a hook: the same model, knowledge and extraction as the app, so cards and
 * app never disagree. Also the checks cards depend on: opt-out, "already addressed", best test.
 */
import type { Bundle, ServiceRequest } from '@medplum/fhirtypes';
import { findAiOptOut } from '../../server/consent/find-ai-opt-out';
import type { KnowledgeBase } from '../../server/knowledge/load-knowledge';
import { CODE_SYSTEMS, type Finding } from '../../server/knowledge/schema';
import { analyzeSync } from '../../server/reasoning/diagnostic-model';
import { likelihoodRatio } from '../../server/reasoning/likelihood';
import type { DiagnosisResult, DifferentialResult } from '../../server/reasoning/types';
import type { CdsRequest } from '../types';

export type HookAnalysis = { optedOut: true } | { optedOut: false; result: DifferentialResult };

/**
 * @param kb - knowledge base
 * @param resources - the gathered chart
 * @param request - the hook request (for the encounter in context)
 * @returns the differential, or that the patient opted out
 */
export function analyzeForHook(kb: KnowledgeBase, resources: readonly unknown[], request: CdsRequest): HookAnalysis {
  if (findAiOptOut(resources)) {
    return { optedOut: true };
  }
  const encounterId = typeof request.context.encounterId === 'string' ? request.context.encounterId : undefined;
  const { result } = analyzeSync(kb, { chart: [...resources], extractOptions: { encounterId } });
  return { optedOut: false, result };
}

/** `system|code` keys of orders in the chart (active/draft ServiceRequests) and in the hook's draft orders. */
export function orderCodeKeys(resources: readonly unknown[], draftOrders?: unknown): Set<string> {
  const keys = new Set<string>();
  const add = (r: unknown): void => {
    const sr = r as ServiceRequest;
    if (sr?.resourceType === 'ServiceRequest' && sr.status !== 'revoked' && sr.status !== 'entered-in-error') {
      (sr.code?.coding ?? []).forEach((c) => c.system && c.code && keys.add(`${c.system}|${c.code}`));
    }
  };
  resources.forEach(add);
  ((draftOrders as Bundle | undefined)?.entry ?? []).forEach((e) => add(e?.resource));
  return keys;
}

/** Test findings (orderable) that have evidence for a diagnosis. */
export function testsFor(kb: KnowledgeBase, conditionId: string): Finding[] {
  const evidence = kb.evidenceByCondition.get(conditionId);
  return [...(evidence?.keys() ?? [])].map((id) => kb.findings.get(id)).filter((f): f is Finding => !!f?.test);
}

/** Whether an order (by code) is for one of a finding's tests. */
export function isOrdered(test: Finding, orders: ReadonlySet<string>): boolean {
  return (test.test?.orderCodes ?? []).some((c) => orders.has(`${CODE_SYSTEMS[c.system]}|${c.code}`));
}

/**
 * A can't-miss diagnosis counts as addressed when the chart records it (confirmed, provisional or
 * refuted), a test result relevant to it is known, or a relevant test is already ordered.
 */
export function isAddressed(kb: KnowledgeBase, result: DifferentialResult, d: DiagnosisResult, orders: ReadonlySet<string>): boolean {
  if (d.inChart) {
    return true;
  }
  const known = new Set(result.findingsUsed.map((f) => f.findingId));
  return testsFor(kb, d.conditionId).some((t) => known.has(t.id) || isOrdered(t, orders));
}

/** The test that would best rule the diagnosis in or out (largest |log LR|, rule-out first), not yet known. */
export function bestTestFor(kb: KnowledgeBase, result: DifferentialResult, conditionId: string): Finding | undefined {
  const known = new Set(result.findingsUsed.map((f) => f.findingId));
  const evidence = kb.evidenceByCondition.get(conditionId);
  let best: { f: Finding; score: number } | undefined;
  for (const t of testsFor(kb, conditionId)) {
    const e = evidence?.get(t.id);
    if (!e || known.has(t.id)) {
      continue;
    }
    const neg = likelihoodRatio(e, false)?.lr ?? 1;
    const pos = likelihoodRatio(e, true)?.lr ?? 1;
    const score = Math.abs(Math.log(neg)) * 1.5 + Math.abs(Math.log(pos));
    if (!best || score > best.score || (score === best.score && t.id < best.f.id)) {
      best = { f: t, score };
    }
  }
  return best?.f;
}

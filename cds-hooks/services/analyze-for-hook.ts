/**
 * Runs the shared engine for a hook: the same model, knowledge and extraction as the app, so cards and
 * app never disagree. Also the checks cards depend on: opt-out, "already addressed", best test.
 */
import type { Bundle, MedicationRequest, ServiceRequest } from '@medplum/fhirtypes';
import { indexKnowledge, lookupCode } from '../../server/reasoning/knowledge-index';
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

/** Orderable tests by `system|code`, and whether the code is generic (it stands for several different tests). */
interface CodeTargets {
  readonly tests: readonly Finding[];
  readonly generic: boolean;
}
const testsByCodeCache = new WeakMap<KnowledgeBase, Map<string, CodeTargets>>();
function testsByCode(kb: KnowledgeBase): Map<string, CodeTargets> {
  let index = testsByCodeCache.get(kb);
  if (!index) {
    const byKey = new Map<string, Finding[]>();
    for (const f of kb.findings.values()) {
      for (const c of f.test?.orderCodes ?? []) {
        const key = `${CODE_SYSTEMS[c.system]}|${c.code}`;
        byKey.set(key, [...(byKey.get(key) ?? []), f]);
      }
    }
    // Several findings of one test (ferritin below each cut-off, the ECG's findings) share its code: not
    // generic. A SNOMED procedure code such as "CT" or "ultrasound" shared by differently named tests is.
    // A LOINC code names one observable, whatever the knowledge base calls it, so it is never generic.
    index = new Map(
      [...byKey].map(([key, tests]) => [key, { tests, generic: key.startsWith(`${CODE_SYSTEMS.snomed}|`) && new Set(tests.map(orderName)).size > 1 }]),
    );
    testsByCodeCache.set(kb, index);
  }
  return index;
}

/** The name a test is ordered under (the ServiceRequest's code.text, as our draft orders and the sandbox write it). */
export function orderName(test: Finding): string {
  return test.test?.name ?? test.name;
}

/**
 * The knowledge-base tests an order is for. A specific code identifies its tests; a generic one (a
 * SNOMED "CT" or "ultrasound" that several different tests share) identifies a test only when the
 * order's text names it, so that an ultrasound of the aorta is never read as a leg-vein ultrasound,
 * nor a CT of the chest as settling appendicitis.
 */
export function testsForOrder(kb: KnowledgeBase, order: ServiceRequest): Finding[] {
  const index = testsByCode(kb);
  const text = typeof order.code?.text === 'string' ? order.code.text.trim().toLowerCase() : '';
  const found = new Map<string, Finding>();
  for (const c of order.code?.coding ?? []) {
    const targets = index.get(`${c.system}|${c.code}`);
    for (const t of targets?.tests ?? []) {
      if (!targets?.generic || (text !== '' && text.includes(orderName(t).toLowerCase()))) {
        found.set(t.id, t);
      }
    }
  }
  return [...found.values()];
}

/** Statuses of an order that do not order anything. */
const NOT_ORDERED: Readonly<Record<string, ReadonlySet<string>>> = {
  ServiceRequest: new Set(['revoked', 'entered-in-error']),
  MedicationRequest: new Set(['cancelled', 'entered-in-error', 'stopped']),
};

/** What the orders cover: the tests ordered, and the diagnoses an order names as its reason. */
export interface OrderedCare {
  readonly tests: ReadonlySet<string>;
  /** Conditions named by an order's reasonCode: a treatment or a test placed for them. */
  readonly forConditions: ReadonlySet<string>;
}

/**
 * The tests ordered and the diagnoses orders were placed for, from the chart (active or draft
 * ServiceRequests and MedicationRequests) and the hook's draft orders. An order's reason (an
 * antibiotic "for community-acquired pneumonia", a CT "for appendicitis") says what it addresses
 * without any knowledge of treatments; a treatment ordered without a reason is not recognised.
 */
export function orderedCare(kb: KnowledgeBase, resources: readonly unknown[], draftOrders?: unknown): OrderedCare {
  const tests = new Set<string>();
  const forConditions = new Set<string>();
  const index = indexKnowledge(kb);
  const add = (r: unknown): void => {
    const order = r as (ServiceRequest | MedicationRequest) | undefined;
    const skip = order ? NOT_ORDERED[order.resourceType] : undefined;
    if (!order || !skip || skip.has(order.status ?? '')) {
      return;
    }
    if (order.resourceType === 'ServiceRequest') {
      testsForOrder(kb, order).forEach((t) => tests.add(t.id));
    }
    for (const reason of order.reasonCode ?? []) {
      for (const c of reason.coding ?? []) {
        lookupCode(index, c.system, c.code)?.conditions.forEach((id) => forConditions.add(id));
      }
    }
  };
  resources.forEach(add);
  ((draftOrders as Bundle | undefined)?.entry ?? []).forEach((e) => add(e?.resource));
  return { tests, forConditions };
}

/** Test findings (orderable) that have evidence for a diagnosis. */
export function testsFor(kb: KnowledgeBase, conditionId: string): Finding[] {
  const evidence = kb.evidenceByCondition.get(conditionId);
  return [...(evidence?.keys() ?? [])].map((id) => kb.findings.get(id)).filter((f): f is Finding => !!f?.test);
}

/**
 * A can't-miss diagnosis counts as addressed when the chart records it (confirmed, provisional or
 * refuted), a test result relevant to it is known, a relevant test is already ordered, or an order
 * names it as its reason.
 */
export function isAddressed(kb: KnowledgeBase, result: DifferentialResult, d: DiagnosisResult, ordered: OrderedCare): boolean {
  if (d.inChart || ordered.forConditions.has(d.conditionId)) {
    return true;
  }
  const known = new Set(result.findingsUsed.map((f) => f.findingId));
  return testsFor(kb, d.conditionId).some((t) => known.has(t.id) || ordered.tests.has(t.id));
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

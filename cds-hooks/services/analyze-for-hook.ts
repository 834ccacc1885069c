/**
 * Runs the shared engine for a hook: the same model, knowledge and extraction as the app, so cards and
 * app never disagree. Also the checks cards depend on: opt-out, "already addressed", best test.
 */
import { loadOrderCodes, normaliseOrderText, type OrderCodeIndex, type OrderTarget } from './order-codes';
import type { Bundle, MedicationRequest, ServiceRequest } from '@medplum/fhirtypes';
import { indexKnowledge, lookupCode } from '../../server/reasoning/knowledge-index';
import { findAiOptOut } from '../../server/consent/find-ai-opt-out';
import { evidenceFor, type KnowledgeBase } from '../../server/knowledge/load-knowledge';
import { CODE_SYSTEMS, type Finding } from '../../server/knowledge/schema';
import { analyzeSync } from '../../server/reasoning/diagnostic-model';
import { likelihoodRatio } from '../../server/reasoning/likelihood';
import { evidenceNotApplicable, ruleNotApplicable, type PatientContext } from '../../server/reasoning/infer';
import { POLICY } from '../../server/reasoning/policy';
import type { DiagnosisResult, DifferentialResult } from '../../server/reasoning/types';
import type { CdsRequest } from '../types';

export type HookAnalysis = { optedOut: true } | { optedOut: false; result: DifferentialResult };

/**
 * @param kb - knowledge base
 * @param resources - the gathered chart
 * @param request - the hook request (for the encounter in context)
 * @param now - the hook's time (ISO), the reference time for "current"
 * @returns the differential, or that the patient opted out
 */
export function analyzeForHook(kb: KnowledgeBase, resources: readonly unknown[], request: CdsRequest, now: string = new Date().toISOString()): HookAnalysis {
  if (findAiOptOut(resources)) {
    return { optedOut: true };
  }
  const encounterId = typeof request.context.encounterId === 'string' ? request.context.encounterId : undefined;
  // The hook's time is the reference time: an encounter from years ago is never "now".
  const { result } = analyzeSync(kb, { chart: [...resources], extractOptions: { encounterId, asOf: now } });
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
    // CPT/HCPCS as EHRs code orders (cds-hooks/services/order-codes.json).
    addTargets(kb, found, orderCodes().byCode(c.system, c.code), text);
  }
  if (found.size === 0 && text !== '') {
    // An order known only by its text ("CTPA", "chest x-ray", or the test's own name).
    addTargets(kb, found, orderCodes().byText(text), text);
    for (const t of testsByName(kb).get(normaliseOrderText(text)) ?? []) {
      found.set(t.id, t);
    }
  }
  return [...found.values()];
}

let orderCodeIndex: OrderCodeIndex | undefined;
function orderCodes(): OrderCodeIndex {
  orderCodeIndex ??= loadOrderCodes();
  return orderCodeIndex;
}

const testsByNameCache = new WeakMap<KnowledgeBase, Map<string, Finding[]>>();
/** Orderable tests by their order name (lower case). */
function testsByName(kb: KnowledgeBase): Map<string, Finding[]> {
  let index = testsByNameCache.get(kb);
  if (!index) {
    index = new Map();
    for (const f of kb.findings.values()) {
      if (f.test) {
        const key = normaliseOrderText(orderName(f));
        index.set(key, [...(index.get(key) ?? []), f]);
      }
    }
    testsByNameCache.set(kb, index);
  }
  return index;
}

/** The tests a code list names; a generic list only where the order's text names the test. */
function addTargets(kb: KnowledgeBase, found: Map<string, Finding>, target: OrderTarget | undefined, text: string): void {
  for (const name of target?.tests ?? []) {
    if (target?.generic && !text.includes(name.toLowerCase())) {
      continue;
    }
    for (const t of testsByName(kb).get(normaliseOrderText(name)) ?? []) {
      found.set(t.id, t);
    }
  }
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
 * without any knowledge of treatments; otherwise a recognised treatment of a condition (cited to a
 * guideline in the knowledge base) addresses it.
 */
export function orderedCare(kb: KnowledgeBase, resources: readonly unknown[], draftOrders?: unknown, current?: CurrentEpisode): OrderedCare {
  const tests = new Set<string>();
  const forConditions = new Set<string>();
  const index = indexKnowledge(kb);
  const add = (r: unknown, draft: boolean): void => {
    const order = r as (ServiceRequest | MedicationRequest) | undefined;
    const skip = order ? NOT_ORDERED[order.resourceType] : undefined;
    if (!order || !skip || skip.has(order.status ?? '')) {
      return;
    }
    if (order.resourceType === 'ServiceRequest') {
      testsForOrder(kb, order).forEach((t) => tests.add(t.id));
    }
    // A long-term medicine (aspirin, a beta-blocker, basal insulin) does not address a new diagnosis:
    // only treatments ordered now (draft orders, or orders of the current encounter) count.
    if (draft || orderedThisEpisode(order, current)) {
      treatedConditions(kb, order).forEach((id) => forConditions.add(id));
    }
    for (const reason of order.reasonCode ?? []) {
      for (const c of reason.coding ?? []) {
        lookupCode(index, c.system, c.code)?.conditions.forEach((id) => forConditions.add(id));
      }
    }
  };
  resources.forEach((r) => add(r, (r as { status?: string } | undefined)?.status === 'draft'));
  ((draftOrders as Bundle | undefined)?.entry ?? []).forEach((e) => add(e?.resource, true));
  return { tests, forConditions };
}

/** The current encounter and reference time, to tell orders placed now from long-term ones. */
export interface CurrentEpisode {
  readonly encounterReference?: string;
  readonly asOf: string;
}

/** Hours before the reference time within which an order with no encounter counts as placed now. */
const ORDERED_NOW_HOURS = 24;

function orderedThisEpisode(order: ServiceRequest | MedicationRequest, current: CurrentEpisode | undefined): boolean {
  if (!current) {
    return false;
  }
  const enc = order.encounter?.reference;
  if (enc && current.encounterReference && (enc === current.encounterReference || enc.endsWith(`/${current.encounterReference}`))) {
    return true;
  }
  const authored = order.resourceType === 'MedicationRequest' ? order.authoredOn : order.authoredOn;
  const t = typeof authored === 'string' ? Date.parse(authored) : NaN;
  const now = Date.parse(current.asOf);
  return Number.isFinite(t) && t <= now + 3_600_000 && now - t <= ORDERED_NOW_HOURS * 3_600_000;
}

/**
 * The conditions an order treats, from each condition's recognised treatments (cited to a guideline):
 * a medication by RxNorm code or ingredient name (whole word), a procedure by SNOMED CT code.
 */
export function treatedConditions(kb: KnowledgeBase, order: ServiceRequest | MedicationRequest): string[] {
  const cc = order.resourceType === 'MedicationRequest' ? order.medicationCodeableConcept : order.code;
  const codes = new Set((cc?.coding ?? []).map((c) => c.code).filter((c): c is string => typeof c === 'string'));
  const text = [cc?.text, ...(cc?.coding ?? []).map((c) => c.display)].filter((t): t is string => typeof t === 'string').join(' ').toLowerCase();
  const out: string[] = [];
  for (const condition of kb.conditions.values()) {
    const treated = condition.treatments.some((t) =>
      order.resourceType === 'MedicationRequest'
        ? t.rxnorm.some((c) => codes.has(c)) || t.names.some((n) => new RegExp(`\\b${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text))
        : t.snomed.some((c) => codes.has(c)),
    );
    if (treated) {
      out.push(condition.id);
    }
  }
  return out;
}

/** The patient's context as the engine used it: presenting problems, setting and age. */
export function contextOf(result: DifferentialResult): PatientContext {
  return { problems: result.problems.map((p) => p.problemId), setting: result.setting, ageYears: result.patient.ageYears };
}

/**
 * Test findings (orderable) that have evidence for a diagnosis; with the result, only those whose rule and
 * evidence apply to this patient's problem, setting and age (a test validated elsewhere neither settles nor is suggested).
 */
export function testsFor(kb: KnowledgeBase, conditionId: string, result?: DifferentialResult): Finding[] {
  const context = result ? contextOf(result) : undefined;
  const evidence = evidenceFor(kb, conditionId, context?.problems);
  return [...(evidence?.keys() ?? [])]
    .map((id) => kb.findings.get(id))
    .filter((f): f is Finding => !!f?.test)
    .filter((f) => !context || (!ruleNotApplicable(kb, f.id, context) && !evidenceNotApplicable(kb, conditionId, f.id, context)));
}

/**
 * A can't-miss diagnosis counts as addressed when the chart records it (confirmed, provisional or
 * refuted), an order names it as its reason or is one of its recognised treatments, or a test that
 * settles it is resulted or ordered (`settlesDiagnosis`). A test whose result only nudges the
 * probability (a raised D-dimer for PE, a chest radiograph for pneumonia) does not address it: the
 * warning stays, and names the test that would answer the question.
 */
export function isAddressed(kb: KnowledgeBase, result: DifferentialResult, d: DiagnosisResult, ordered: OrderedCare): boolean {
  if (d.inChart || ordered.forConditions.has(d.conditionId)) {
    return true;
  }
  return testsFor(kb, d.conditionId, result).some((t) => settlesDiagnosis(kb, result, d.conditionId, t.id, ordered));
}

/**
 * Whether a test settles a diagnosis (model policy `settlingLikelihoodRatio`, after Jaeschke 1994): a known
 * result that was decisive in the direction observed (positive with LR+ ≥ 10, negative with LR− ≤ 0.1), or,
 * while no result is known, an order for a test whose positive or negative result would be decisive.
 */
export function settlesDiagnosis(kb: KnowledgeBase, result: DifferentialResult, conditionId: string, findingId: string, ordered: OrderedCare): boolean {
  const e = evidenceFor(kb, conditionId, contextOf(result).problems)?.get(findingId);
  if (!e) {
    return false;
  }
  const { ruleIn, ruleOut } = POLICY.settlingLikelihoodRatio;
  const decisive = (present: boolean): boolean => {
    const lr = likelihoodRatio(e, present)?.lr;
    // A relative tolerance, so that a ratio computed from rounded sensitivity and specificity (0.05 / 0.5) is
    // not pushed past the boundary by floating-point error.
    return lr !== undefined && (present ? lr >= ruleIn * (1 - 1e-9) : lr <= ruleOut * (1 + 1e-9));
  };
  const known = result.findingsUsed.find((f) => f.findingId === findingId);
  if (known) {
    return decisive(known.present);
  }
  return ordered.tests.has(findingId) && (decisive(true) || decisive(false));
}

/** A test of a diagnosis that is resulted or ordered but does not settle it, and what is known of it. */
export interface UnsettledTest {
  readonly finding: Finding;
  readonly state: 'positive' | 'negative' | 'ordered';
}

/** The tests of a diagnosis already resulted or ordered that do not settle it (for the warning's wording). */
export function unsettledTests(kb: KnowledgeBase, result: DifferentialResult, conditionId: string, ordered: OrderedCare): UnsettledTest[] {
  const out: UnsettledTest[] = [];
  for (const t of testsFor(kb, conditionId, result)) {
    const known = result.findingsUsed.find((f) => f.findingId === t.id);
    if ((known || ordered.tests.has(t.id)) && !settlesDiagnosis(kb, result, conditionId, t.id, ordered)) {
      out.push({ finding: t, state: known ? (known.present ? 'positive' : 'negative') : 'ordered' });
    }
  }
  return out;
}

/**
 * The test that would best rule the diagnosis in or out (largest |log LR|, rule-out first), neither
 * resulted nor (when the orders are given) already ordered.
 */
export function bestTestFor(kb: KnowledgeBase, result: DifferentialResult, conditionId: string, ordered?: OrderedCare): Finding | undefined {
  const known = new Set([...result.findingsUsed.map((f) => f.findingId), ...(ordered?.tests ?? [])]);
  const evidence = evidenceFor(kb, conditionId, contextOf(result).problems);
  let best: { f: Finding; score: number } | undefined;
  for (const t of testsFor(kb, conditionId, result)) {
    const e = evidence?.get(t.id);
    if (!e || known.has(t.id) || (t.test?.settings && !t.test.settings.includes(result.setting))) {
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

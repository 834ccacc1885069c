/**
 * Threshold findings of one quantity imply each other (model 2.53.0, 2026-12-06, session 31).
 *
 * A chart's result sets every threshold finding of its analyte at once (a ferritin of 12 ug/L is "15 or less" present
 * and "over 100" absent). A clinician who enters one threshold finding by hand had set only that one: "ferritin 15 or
 * less" left "ferritin over 100" unknown, so anaemia of chronic disease kept its prior (Kis 1998's ratio for a ferritin
 * over 100 is what lowers it), and a woman of 36 with heavy periods, microcytosis and a ferritin of 15 or less had it
 * second at 42%. The entry states where the value lies; each other threshold finding of the same quantity whose answer
 * that settles takes it, marked as implied by the entry. This is arithmetic on the findings' own thresholds, not
 * evidence: nothing is implied where the entry leaves the answer open ("ferritin 45 or less" says nothing about "15
 * or less").
 */
import type { Finding, MatchRule } from '../knowledge/schema';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import { memoByObject } from '../knowledge/memo';
import type { FindingOverride, KnownFinding } from './types';
import { convertUnit } from './ucum';

type QuantityRule = Extract<MatchRule, { kind: 'quantity' }>;
type Comparator = QuantityRule['comparator'];

/** The threshold a finding is defined by, when every match rule states the same one on one quantity. */
interface Threshold {
  /** LOINC codes naming the quantity (a panel rule is named by its component). */
  readonly quantity: ReadonlySet<string>;
  readonly comparator: Comparator;
  readonly value: number;
  readonly unit: string;
}

/** An interval of the real line; bounds undefined are infinite. */
interface Interval {
  readonly lo?: number;
  readonly loClosed: boolean;
  readonly hi?: number;
  readonly hiClosed: boolean;
}

function thresholdOf(f: Finding): Threshold | undefined {
  if (f.derivedFrom || f.match.length === 0 || !f.match.every((r): r is QuantityRule => r.kind === 'quantity')) {
    return undefined;
  }
  const rules = f.match as QuantityRule[];
  const [first] = rules;
  if (!rules.every((r) => r.comparator === first.comparator && r.value === first.value && r.unit === first.unit)) {
    return undefined;
  }
  return { quantity: new Set(rules.flatMap((r) => (r.component ? [r.component] : r.loinc))), comparator: first.comparator, value: first.value, unit: first.unit };
}

/** Where the value lies when the finding is present (or, with `present` false, absent). */
function intervalOf(comparator: Comparator, value: number, present: boolean): Interval {
  const above = comparator === '>' || comparator === '>=';
  // Present "> v" is (v, inf); absent "> v" is (-inf, v]; and so on.
  const closedAtValue = comparator === '>=' || comparator === '<=';
  if (above === present) {
    return { lo: value, loClosed: present ? closedAtValue : !closedAtValue, hiClosed: false };
  }
  return { hi: value, hiClosed: present ? closedAtValue : !closedAtValue, loClosed: false };
}

/** True when every point of `a` lies in `b`. */
function within(a: Interval, b: Interval): boolean {
  const loOk = b.lo === undefined || (a.lo !== undefined && (a.lo > b.lo || (a.lo === b.lo && (b.loClosed || !a.loClosed))));
  const hiOk = b.hi === undefined || (a.hi !== undefined && (a.hi < b.hi || (a.hi === b.hi && (b.hiClosed || !a.hiClosed))));
  return loOk && hiOk;
}

/** True when `a` and `b` share no point. */
function disjoint(a: Interval, b: Interval): boolean {
  if (a.hi !== undefined && b.lo !== undefined && (a.hi < b.lo || (a.hi === b.lo && !(a.hiClosed && b.loClosed)))) {
    return true;
  }
  return b.hi !== undefined && a.lo !== undefined && (b.hi < a.lo || (b.hi === a.lo && !(b.hiClosed && a.loClosed)));
}

interface Comparable {
  readonly findingId: string;
  /** The other finding's threshold value, converted to the entered finding's unit. */
  readonly value: number;
  readonly comparator: Comparator;
}

/** For each threshold finding, the other threshold findings of the same quantity, thresholds in its unit. */
const comparablesOf = memoByObject((kb: KnowledgeBase, findingId: string): readonly Comparable[] => {
  const own = kb.findings.get(findingId);
  const t = own ? thresholdOf(own) : undefined;
  if (!t) {
    return [];
  }
  const out: Comparable[] = [];
  for (const other of kb.findings.values()) {
    if (other.id === findingId) {
      continue;
    }
    const u = thresholdOf(other);
    const shared = u ? [...u.quantity].find((code) => t.quantity.has(code)) : undefined;
    if (!u || !shared) {
      continue;
    }
    const value = convertUnit(u.value, u.unit, t.unit, shared);
    if (value !== undefined) {
      out.push({ findingId: other.id, value, comparator: u.comparator });
    }
  }
  return out;
});

/** One finding implied by a clinician's entry, and the entry. */
export interface ImpliedFinding {
  readonly finding: KnownFinding;
  readonly impliedBy: string;
}

/**
 * The threshold findings the clinician's entries settle (model 2.53.0).
 * @param kb - knowledge base
 * @param overrides - the clinician's entries, in order
 * @param warnings - receives entries that contradict each other
 * @returns implied findings, never one the clinician entered (or removed) directly, nor one two entries disagree on
 */
export function impliedByThresholds(kb: KnowledgeBase, overrides: readonly FindingOverride[], warnings: string[]): ImpliedFinding[] {
  const entered = new Map(overrides.map((o) => [o.findingId, o.state]));
  const implied = new Map<string, ImpliedFinding>();
  const contested = new Set<string>();
  for (const [findingId, state] of entered) {
    const own = kb.findings.get(findingId);
    const t = own && state !== 'removed' ? thresholdOf(own) : undefined;
    if (!t) {
      continue;
    }
    const known = intervalOf(t.comparator, t.value, state === 'present');
    for (const c of comparablesOf(kb, findingId)) {
      const presentWhere = intervalOf(c.comparator, c.value, true);
      const present = within(known, presentWhere) ? true : disjoint(known, presentWhere) ? false : undefined;
      if (present === undefined) {
        continue;
      }
      const direct = entered.get(c.findingId);
      if (direct !== undefined) {
        if (direct !== 'removed' && (direct === 'present') !== present) {
          warnings.push(`clinician entries contradict each other: "${own!.name}" ${state} implies "${kb.findings.get(c.findingId)?.name ?? c.findingId}" ${present ? 'present' : 'absent'}, which was entered ${direct}; each is used as entered`);
        }
        continue;
      }
      const earlier = implied.get(c.findingId);
      if (earlier && earlier.finding.present !== present) {
        contested.add(c.findingId);
        continue;
      }
      if (!earlier) {
        implied.set(c.findingId, { finding: { findingId: c.findingId, present, origin: 'clinician', sources: [], impliedBy: findingId }, impliedBy: findingId });
      }
    }
  }
  for (const id of contested) {
    implied.delete(id);
    warnings.push(`clinician entries disagree on "${kb.findings.get(id)?.name ?? id}"; it is left as the chart has it`);
  }
  return [...implied.values()];
}

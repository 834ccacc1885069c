/**
 * Indexes the knowledge base by code so that extracting findings from a large chart is a few map
 * look-ups per resource. Built once per knowledge base and cached.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import { CODE_SYSTEMS, type CodeSystemKey, type MatchRule } from '../knowledge/schema';

type QuantityRule = Extract<MatchRule, { kind: 'quantity' }>;
type RangeRule = Extract<MatchRule, { kind: 'reference-range' }>;
type ChangeRule = Extract<MatchRule, { kind: 'change' }>;
type OrdinalRule = Extract<MatchRule, { kind: 'ordinal' }>;
type MedicationRule = Extract<MatchRule, { kind: 'medication' }>;
type AgeRule = Extract<MatchRule, { kind: 'age' }>;
type SexRule = Extract<MatchRule, { kind: 'sex' }>;
export type DurationRule = Extract<MatchRule, { kind: 'duration' }>;
export type PerformedRule = Extract<MatchRule, { kind: 'performed' }>;

/** A finding read from a Condition's clinical status and timing. */
export interface StatusRuleTarget {
  findingId: string;
  when: 'past' | 'active';
}

export interface CodeTargets {
  findings: string[];
  problems: string[];
  conditions: string[];
}

export interface KnowledgeIndex {
  /** `system|code` → what it identifies */
  byCode: Map<string, CodeTargets>;
  /** ICD-10-CM prefix rules: prefix → targets */
  icdPrefixes: Map<string, CodeTargets>;
  /** ICD-10-CM prefix rules' exclusions: prefix → codes under it (with their children) that mean something else */
  icdExclusions: Map<string, string[]>;
  quantityByLoinc: Map<string, { findingId: string; rule: QuantityRule }[]>;
  rangeByLoinc: Map<string, { findingId: string; rule: RangeRule }[]>;
  changeByLoinc: Map<string, { findingId: string; rule: ChangeRule }[]>;
  /** LOINC → graded (plus-sign) rules reading it */
  ordinalByLoinc: Map<string, { findingId: string; rule: OrdinalRule }[]>;
  /** LOINC codes of orderable tests → the test findings (a result that does not match means absent) */
  testByLoinc: Map<string, string[]>;
  /** `system|code` of a coded result → findings of the test that reports it (`result` rules) */
  resultByCode: Map<string, string[]>;
  /** `system|code` of a symptom → findings that read how long before the episode it began */
  durationByCode: Map<string, { findingId: string; rule: DurationRule }[]>;
  /** `system|code` of a procedure → findings present when it was performed within the rule's window */
  performedByCode: Map<string, { findingId: string; rule: PerformedRule }[]>;
  /** `system|code` of a symptom → presenting problems named by how long before the episode it began */
  durationProblemsByCode: Map<string, { problemId: string; rule: DurationRule }[]>;
  /**
   * `system|code` of a diagnosis → findings read from a Condition's status: present when it records the diagnosis as
   * past (`past` rules) or as active now (`active` rules)
   */
  statusByCode: Map<string, StatusRuleTarget[]>;
  /** ICD-10-CM prefix of a `past` or `active` rule → its findings */
  statusPrefixes: Map<string, StatusRuleTarget[]>;
  medications: { findingId: string; rule: MedicationRule }[];
  ages: { findingId: string; rule: AgeRule }[];
  sexes: { findingId: string; rule: SexRule }[];
  /** findings that have at least one chart rule */
  systemUrlToKey: Map<string, CodeSystemKey>;
  /** ICD-10-CM codes already looked up (exact and prefix rules merged; null = unknown), bounded. */
  icdLookups: Map<string, CodeTargets | null>;
}

/** Distinct ICD-10-CM codes remembered before the lookup memo starts afresh. */
const ICD_LOOKUP_MEMO_SIZE = 20_000;

const cache = new WeakMap<KnowledgeBase, KnowledgeIndex>();

function targets(map: Map<string, CodeTargets>, key: string): CodeTargets {
  let t = map.get(key);
  if (!t) {
    t = { findings: [], problems: [], conditions: [] };
    map.set(key, t);
  }
  return t;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

function addCodeRule(index: KnowledgeIndex, rule: MatchRule, kind: keyof CodeTargets, id: string): void {
  if (rule.kind !== 'code') {
    return;
  }
  for (const code of rule.codes) {
    if (rule.prefix && rule.exclude?.length) {
      index.icdExclusions.set(code, [...(index.icdExclusions.get(code) ?? []), ...rule.exclude]);
    }
    const map = rule.prefix ? index.icdPrefixes : index.byCode;
    const key = rule.prefix ? code : `${CODE_SYSTEMS[rule.system]}|${code}`;
    const t = targets(map, key);
    if (!t[kind].includes(id)) {
      t[kind].push(id);
    }
  }
}

/**
 * Returns the (cached) code index of a knowledge base.
 * @param kb - the knowledge base
 * @returns its index
 */
export function indexKnowledge(kb: KnowledgeBase): KnowledgeIndex {
  const cached = cache.get(kb);
  if (cached) {
    return cached;
  }
  const index: KnowledgeIndex = {
    byCode: new Map(),
    icdPrefixes: new Map(),
    icdExclusions: new Map(),
    quantityByLoinc: new Map(),
    rangeByLoinc: new Map(),
    changeByLoinc: new Map(),
    ordinalByLoinc: new Map(),
    testByLoinc: new Map(),
    resultByCode: new Map(),
    durationByCode: new Map(),
    durationProblemsByCode: new Map(),
    performedByCode: new Map(),
    statusByCode: new Map(),
    statusPrefixes: new Map(),
    medications: [],
    ages: [],
    sexes: [],
    systemUrlToKey: new Map(Object.entries(CODE_SYSTEMS).map(([k, v]) => [v, k as CodeSystemKey])),
    icdLookups: new Map(),
  };
  for (const finding of kb.findings.values()) {
    for (const rule of finding.match) {
      switch (rule.kind) {
        case 'code':
          addCodeRule(index, rule, 'findings', finding.id);
          break;
        case 'quantity':
          for (const loinc of rule.component ? [rule.component] : rule.loinc) {
            push(index.quantityByLoinc, loinc, { findingId: finding.id, rule });
          }
          break;
        case 'reference-range':
          for (const loinc of rule.loinc) {
            push(index.rangeByLoinc, loinc, { findingId: finding.id, rule });
          }
          break;
        case 'change':
          for (const loinc of rule.loinc) {
            push(index.changeByLoinc, loinc, { findingId: finding.id, rule });
          }
          break;
        case 'ordinal':
          for (const loinc of rule.loinc) {
            push(index.ordinalByLoinc, loinc, { findingId: finding.id, rule });
          }
          break;
        case 'medication':
          index.medications.push({ findingId: finding.id, rule });
          break;
        case 'age':
          index.ages.push({ findingId: finding.id, rule });
          break;
        case 'sex':
          index.sexes.push({ findingId: finding.id, rule });
          break;
        case 'result':
          for (const code of rule.codes) {
            push(index.resultByCode, `${CODE_SYSTEMS[rule.system]}|${code}`, finding.id);
          }
          break;
        case 'duration':
          for (const code of rule.codes) {
            push(index.durationByCode, `${CODE_SYSTEMS[rule.system]}|${code}`, { findingId: finding.id, rule });
          }
          break;
        case 'performed':
          for (const code of rule.codes) {
            push(index.performedByCode, `${CODE_SYSTEMS[rule.system]}|${code}`, { findingId: finding.id, rule });
          }
          break;
        case 'past':
        case 'active':
          for (const code of rule.codes) {
            push(rule.prefix ? index.statusPrefixes : index.statusByCode, rule.prefix ? code : `${CODE_SYSTEMS[rule.system]}|${code}`, { findingId: finding.id, when: rule.kind });
          }
          break;
      }
    }
    for (const oc of finding.test?.orderCodes ?? []) {
      if (oc.system === 'loinc') {
        push(index.testByLoinc, oc.code, finding.id);
      }
    }
  }
  for (const problem of kb.problems.values()) {
    for (const rule of problem.match) {
      addCodeRule(index, rule, 'problems', problem.id);
      if (rule.kind === 'duration') {
        for (const code of rule.codes) {
          push(index.durationProblemsByCode, `${CODE_SYSTEMS[rule.system]}|${code}`, { problemId: problem.id, rule });
        }
      }
    }
  }
  // A code that names a presenting complaint (e.g. ICD-10-CM R55 syncope) does not establish a
  // diagnosis that happens to share it (vasovagal syncope): such codes are not indexed as diagnoses.
  const complaintCodes = new Set<string>();
  for (const problem of kb.problems.values()) {
    for (const rule of problem.match) {
      if (rule.kind === 'code') {
        rule.codes.forEach((c) => complaintCodes.add(`${CODE_SYSTEMS[rule.system]}|${c}`));
      }
    }
  }
  const isComplaint = (system: string, code: string): boolean =>
    complaintCodes.has(`${system}|${code}`) || (system === CODE_SYSTEMS.icd10cm && lookupPrefixProblem(index, code));
  for (const condition of kb.conditions.values()) {
    for (const code of condition.codes.snomed) {
      if (!isComplaint(CODE_SYSTEMS.snomed, code)) {
        targets(index.byCode, `${CODE_SYSTEMS.snomed}|${code}`).conditions.push(condition.id);
      }
    }
    for (const code of condition.codes.icd10cm) {
      if (!isComplaint(CODE_SYSTEMS.icd10cm, code)) {
        targets(index.byCode, `${CODE_SYSTEMS.icd10cm}|${code}`).conditions.push(condition.id);
      }
    }
  }
  cache.set(kb, index);
  return index;
}

/**
 * Every ICD-10-CM prefix a code falls under, longest first, written as prefix rules write them (I82.402 → I82.402,
 * I82.40, I82.4, I82, I8, I).
 * @param code - an ICD-10-CM code, with or without its dot
 * @returns the prefixes
 */
function icdPrefixesOf(code: string): string[] {
  const bare = code.replace('.', '');
  const out: string[] = [];
  for (let len = bare.length; len >= 1; len--) {
    out.push(len > 3 ? `${bare.slice(0, 3)}.${bare.slice(3, len)}` : bare.slice(0, len));
  }
  return out;
}

/**
 * The findings a Condition coded this way gives through its status (`past` and `active` rules), exact codes and
 * ICD-10-CM prefixes (I82.4 matches I82.402).
 * @param index - the knowledge index
 * @param system - code system URL
 * @param code - the code
 * @returns the findings and when each is present (empty when none)
 */
export function statusFindingsOf(index: KnowledgeIndex, system: string | undefined, code: string | undefined): StatusRuleTarget[] {
  if (!system || !code) {
    return [];
  }
  const out = [...(index.statusByCode.get(`${system}|${code}`) ?? [])];
  if (system === CODE_SYSTEMS.icd10cm && index.statusPrefixes.size > 0) {
    for (const prefix of icdPrefixesOf(code)) {
      for (const t of index.statusPrefixes.get(prefix) ?? []) {
        if (!out.some((o) => o.findingId === t.findingId && o.when === t.when)) {
          out.push(t);
        }
      }
    }
  }
  return out;
}

/** True when `code` is one of the prefix rule's exclusions or a child of one (R07.0 under R07). */
export function excludedUnder(index: KnowledgeIndex, prefix: string, code: string): boolean {
  const bare = code.replace('.', '');
  return (index.icdExclusions.get(prefix) ?? []).some((x) => bare.startsWith(x.replace('.', '')));
}

function lookupPrefixProblem(index: KnowledgeIndex, code: string): boolean {
  for (const prefix of icdPrefixesOf(code)) {
    if ((index.icdPrefixes.get(prefix)?.problems.length ?? 0) > 0 && !excludedUnder(index, prefix, code)) {
      return true;
    }
  }
  return false;
}

/**
 * Looks up what a coding identifies, including ICD-10-CM prefix rules (I26.99 matches I26).
 * @param index - the knowledge index
 * @param system - code system URL
 * @param code - the code
 * @returns the targets, merged, or undefined when the code is unknown (read-only: shared between calls)
 */
export function lookupCode(index: KnowledgeIndex, system: string | undefined, code: string | undefined): CodeTargets | undefined {
  if (!system || !code) {
    return undefined;
  }
  if (system !== CODE_SYSTEMS.icd10cm) {
    return index.byCode.get(`${system}|${code}`);
  }
  const memo = index.icdLookups.get(code);
  if (memo !== undefined) {
    return memo ?? undefined;
  }
  const merged = mergeIcd(index, code);
  if (index.icdLookups.size >= ICD_LOOKUP_MEMO_SIZE) {
    index.icdLookups.clear();
  }
  index.icdLookups.set(code, merged ?? null);
  return merged;
}

/**
 * An ICD-10-CM code's exact targets merged with those of every prefix rule it falls under. Presenting problems
 * come from the most specific level that names any: a code a problem lists itself (M25.561, pain in right knee:
 * knee pain) is not also the broader problem whose prefix it falls under (M25.5, pain in joint: joint pain),
 * whose pre-test probabilities describe another population (polyarticular and unspecified joint pain).
 */
function mergeIcd(index: KnowledgeIndex, code: string): CodeTargets | undefined {
  const exact = index.byCode.get(`${CODE_SYSTEMS.icd10cm}|${code}`);
  const merged: CodeTargets = { findings: [...(exact?.findings ?? [])], problems: [...(exact?.problems ?? [])], conditions: [...(exact?.conditions ?? [])] };
  for (const prefix of icdPrefixesOf(code)) {
    const t = index.icdPrefixes.get(prefix);
    if (t && !excludedUnder(index, prefix, code)) {
      t.findings.forEach((f) => merged.findings.includes(f) || merged.findings.push(f));
      if (merged.problems.length === 0) {
        t.problems.forEach((p) => merged.problems.includes(p) || merged.problems.push(p));
      }
    }
  }
  const empty = merged.findings.length + merged.problems.length + merged.conditions.length === 0;
  return empty ? undefined : merged;
}

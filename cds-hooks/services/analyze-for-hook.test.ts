import { describe, expect, test } from 'vitest';
import { miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { assembleKnowledge } from '../../server/knowledge/load-knowledge';
import type { DifferentialResult, KnownFinding } from '../../server/reasoning/types';
import { bestTestFor, settlesDiagnosis, testsFor, unsettledTests, type OrderedCare } from './analyze-for-hook';

/**
 * "Addressed" at its boundaries: which resulted or ordered tests settle a diagnosis (LR+ >= 10 when positive,
 * LR- <= 0.1 when negative; policy settlingLikelihoodRatio), and which test is suggested to settle it.
 */
const cite = { citation: 'fx-a', locator: 'test fixture' };
const raw = miniKnowledgeRaw();
const testFinding = (id: string, loinc: string) => ({
  id,
  name: `Test ${id}`,
  category: 'lab',
  match: [],
  test: { name: `Test ${id}`, burden: 'blood', orderCodes: [{ system: 'loinc', code: loinc, display: id }] },
});
Object.assign(raw.findings as Record<string, unknown>, {
  'rule-in-10.json': testFinding('rule-in-10', '90001-1'),
  'just-short.json': testFinding('just-short', '90002-2'),
  'rule-out-01.json': testFinding('rule-out-01', '90003-3'),
  'weak.json': testFinding('weak', '90004-4'),
  'positive-only.json': testFinding('positive-only', '90005-5'),
});
(raw.evidence as Record<string, unknown[]>)['mini.json'].push(
  { condition: 'sepsis', finding: 'rule-in-10', lrPositive: 10, lrNegative: 0.5, population: 'test', grade: 'A', source: cite },
  { condition: 'sepsis', finding: 'just-short', lrPositive: 9.9, lrNegative: 0.11, population: 'test', grade: 'A', source: cite },
  { condition: 'sepsis', finding: 'rule-out-01', lrPositive: 2, lrNegative: 0.1, population: 'test', grade: 'A', source: cite },
  { condition: 'sepsis', finding: 'weak', lrPositive: 2, lrNegative: 0.8, population: 'test', grade: 'A', source: cite },
  { condition: 'sepsis', finding: 'positive-only', lrPositive: 12, population: 'test', grade: 'A', source: cite },
);
const kb = assembleKnowledge(raw);
const nothing: OrderedCare = { tests: new Set(), forConditions: new Set() };
const ordered = (...ids: string[]): OrderedCare => ({ tests: new Set(ids), forConditions: new Set() });
/** A result that knows these findings (the functions read only the findings used and the patient's context). */
const known = (...fs: [string, boolean][]): DifferentialResult =>
  ({
    findingsUsed: fs.map(([findingId, present]): KnownFinding => ({ findingId, present, origin: 'chart', sources: [] })),
    problems: [{ problemId: 'fever', name: 'Fever', origin: 'chart' }],
    setting: 'emergency',
    patient: {},
  }) as unknown as DifferentialResult;

describe('which results settle a diagnosis', () => {
  test('a positive result settles it at LR+ 10 and not just below', () => {
    expect(settlesDiagnosis(kb, known(['rule-in-10', true]), 'sepsis', 'rule-in-10', nothing)).toBe(true);
    expect(settlesDiagnosis(kb, known(['just-short', true]), 'sepsis', 'just-short', nothing)).toBe(false);
  });

  test('a negative result settles it at LR- 0.1 and not just above; the same test read the other way does not', () => {
    expect(settlesDiagnosis(kb, known(['rule-out-01', false]), 'sepsis', 'rule-out-01', nothing)).toBe(true);
    expect(settlesDiagnosis(kb, known(['just-short', false]), 'sepsis', 'just-short', nothing)).toBe(false);
    expect(settlesDiagnosis(kb, known(['rule-out-01', true]), 'sepsis', 'rule-out-01', nothing)).toBe(false);
    expect(settlesDiagnosis(kb, known(['rule-in-10', false]), 'sepsis', 'rule-in-10', nothing)).toBe(false);
  });

  test('a negative result of a test studied only as positive settles nothing', () => {
    expect(settlesDiagnosis(kb, known(['positive-only', false]), 'sepsis', 'positive-only', nothing)).toBe(false);
  });

  test('a known result governs even when the test is also ordered', () => {
    expect(settlesDiagnosis(kb, known(['weak', true]), 'sepsis', 'weak', ordered('weak'))).toBe(false);
    expect(settlesDiagnosis(kb, known(['rule-in-10', false]), 'sepsis', 'rule-in-10', ordered('rule-in-10'))).toBe(false);
  });

  test('a pending order settles it when either result would be decisive', () => {
    expect(settlesDiagnosis(kb, known(), 'sepsis', 'rule-in-10', ordered('rule-in-10'))).toBe(true);
    expect(settlesDiagnosis(kb, known(), 'sepsis', 'rule-out-01', ordered('rule-out-01'))).toBe(true);
    expect(settlesDiagnosis(kb, known(), 'sepsis', 'positive-only', ordered('positive-only'))).toBe(true);
    expect(settlesDiagnosis(kb, known(), 'sepsis', 'just-short', ordered('just-short'))).toBe(false);
    expect(settlesDiagnosis(kb, known(), 'sepsis', 'weak', ordered('weak'))).toBe(false);
    // Neither known nor ordered; or no evidence for this diagnosis.
    expect(settlesDiagnosis(kb, known(), 'sepsis', 'rule-in-10', nothing)).toBe(false);
    expect(settlesDiagnosis(kb, known(), 'pe', 'rule-in-10', ordered('rule-in-10'))).toBe(false);
  });
});

describe('what the warning says it found', () => {
  test('the indecisive results and pending orders, each with its state; decisive ones and untouched tests are left out', () => {
    const r = known(['weak', true], ['just-short', false], ['rule-in-10', true]);
    const states = unsettledTests(kb, r, 'sepsis', ordered('positive-only', 'rule-out-01', 'cxr-consolidation'))
      .map((u) => `${u.finding.id}:${u.state}`)
      .sort();
    // cxr-consolidation (fixture LR+ 2, LR- 0.8) is ordered and indecisive; positive-only and rule-out-01 pending would settle.
    expect(states).toEqual(['cxr-consolidation:ordered', 'just-short:negative', 'weak:positive']);
  });
});

describe('the test suggested to settle it', () => {
  test('rule-out weighs more than rule-in; known and ordered tests are skipped', () => {
    // Scores: |log LR-| x 1.5 + |log LR+|. rule-out-01: 3.45 + 0.69 = 4.15; rule-in-10: 1.04 + 2.30 = 3.34;
    // just-short: 3.31 + 2.29 = 5.60; positive-only: 0 + 2.48; weak: 0.33 + 0.69; hr-over-100 has no test.
    expect(bestTestFor(kb, known(), 'sepsis')?.id).toBe('just-short');
    expect(bestTestFor(kb, known(['just-short', true]), 'sepsis')?.id).toBe('rule-out-01');
    expect(bestTestFor(kb, known(['just-short', true]), 'sepsis', ordered('rule-out-01'))?.id).toBe('rule-in-10');
    expect(bestTestFor(kb, known(), 'sepsis', ordered('just-short', 'rule-out-01', 'rule-in-10', 'positive-only'))?.id).toBe('cxr-consolidation');
    expect(bestTestFor(kb, known(), 'sepsis', ordered('just-short', 'rule-out-01', 'rule-in-10', 'positive-only', 'cxr-consolidation', 'weak'))).toBeUndefined();
  });

  test('equal scores go to the test whose id sorts first', () => {
    const r2 = miniKnowledgeRaw();
    Object.assign(r2.findings as Record<string, unknown>, { 'b-test.json': testFinding('b-test', '90006-6'), 'a-test.json': testFinding('a-test', '90007-7') });
    (r2.evidence as Record<string, unknown[]>)['mini.json'].push(
      { condition: 'msk', finding: 'b-test', lrPositive: 3, lrNegative: 0.5, population: 'test', grade: 'A', source: cite },
      { condition: 'msk', finding: 'a-test', lrPositive: 3, lrNegative: 0.5, population: 'test', grade: 'A', source: cite },
    );
    expect(bestTestFor(assembleKnowledge(r2), known(), 'msk')?.id).toBe('a-test');
  });

  test('the tests of a diagnosis are its orderable findings with evidence', () => {
    expect(testsFor(kb, 'sepsis').map((f) => f.id).sort()).toEqual(['cxr-consolidation', 'just-short', 'positive-only', 'rule-in-10', 'rule-out-01', 'weak']);
    expect(testsFor(kb, 'no-such-condition')).toEqual([]);
  });
});

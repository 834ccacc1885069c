/**
 * Rule-out test first (model 2.41.0, session 24) on the real knowledge base: below 30%, a candidate that a pending
 * bedside or blood test can rule out is not weighed by imaging or invasive tests (ACP Best Practice Advice 3 for
 * pulmonary embolism: no imaging as the initial test at low or intermediate pretest probability). A bare wheeze in the
 * emergency department had the CT pulmonary angiogram first; since model 2.42.0 its pulmonary embolism (below 2%) chooses
 * no test at all.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { buildEncounter, buildPatient } from '../../tests/builders/chart-builder';
import { analyzeSync } from './diagnostic-model';
import { formatDifferentialText } from './format-text';
import { ruleOutFirst } from './next-best-test';
import { POLICY } from './policy';
import type { DiagnosisResult } from './types';

const kb = loadKnowledge();
const chart = [buildPatient({ gender: 'female', birthDate: '1976-01-01' }), buildEncounter('0', { reasonCode: undefined })];
const dyspnoea = (overrides: { findingId: string; state: 'present' | 'absent' }[] = []) =>
  analyzeSync(kb, { chart, problems: ['dyspnoea'], setting: 'emergency', overrides }).result;

describe('rule-out test first', () => {
  test('a bare breathlessness in the emergency department: no CT pulmonary angiogram for a pulmonary embolism below 30%; the D-dimer names what waits for it', () => {
    const r = dyspnoea();
    const pe = [...r.differential, ...r.cantMiss].find((d) => d.conditionId === 'pulmonary-embolism');
    expect(pe).toBeDefined();
    expect(pe!.probability).toBeLessThan(POLICY.ruleOutFirstBelow);
    expect(pe!.probability).toBeGreaterThanOrEqual(POLICY.minTestCandidateProbability);
    const ids = r.nextBestTests.map((t) => t.findingId);
    expect(ids).not.toContain('ct-pulmonary-angiography-positive');
    expect(r.nextBestTests.every((t) => t.outcomes.every((o) => o.conditionId !== 'pulmonary-embolism') || !POLICY.ruleOutFirstWaiting.includes(t.burden as never))).toBe(true);
    const dimer = r.nextBestTests.find((t) => t.findingId === 'd-dimer-positive');
    expect(dimer?.ruleOutFirst?.find((w) => w.conditionId === 'pulmonary-embolism')?.waiting).toContain('CT pulmonary angiography');
    expect(formatDifferentialText(r)).toMatch(/first, to rule out Pulmonary embolism: .*CT pulmonary angiography.* for this result/);
  });

  test('once the D-dimer is known to be raised, the CT pulmonary angiogram is weighed again', () => {
    const r = dyspnoea([{ findingId: 'd-dimer-positive', state: 'present' }]);
    expect(r.nextBestTests.map((t) => t.findingId)).toContain('ct-pulmonary-angiography-positive');
    expect(r.nextBestTests.some((t) => t.ruleOutFirst)).toBe(false);
  });

  test('at or above 30% a candidate does not wait, and a test that cannot rule out (LR− above 0.1) is not a rule-out test', () => {
    const candidate = (probability: number): DiagnosisResult => ({ conditionId: 'pulmonary-embolism', name: 'Pulmonary embolism', probability }) as unknown as DiagnosisResult;
    expect(ruleOutFirst(kb, [candidate(0.05)], new Set(), new Set()).get('pulmonary-embolism')?.map((f) => f.id)).toContain('d-dimer-positive');
    expect(ruleOutFirst(kb, [candidate(0.35)], new Set(), new Set()).size).toBe(0);
    // The D-dimer already known: nothing left to wait for.
    expect(ruleOutFirst(kb, [candidate(0.05)], new Set(['d-dimer-positive']), new Set(['d-dimer'])).has('pulmonary-embolism')).toBe(false);
    for (const tests of ruleOutFirst(kb, [candidate(0.05)], new Set(), new Set()).values()) {
      for (const f of tests) {
        expect(['bedside', 'blood']).toContain(f.test!.burden);
      }
    }
  });
});

describe('the test threshold and tests done after referral (model 2.42.0)', () => {
  const bare = (problem: string, setting: 'primary-care' | 'emergency', sex: 'female' | 'male' = 'female', birthDate = '1986-01-01') =>
    analyzeSync(kb, { chart: [buildPatient({ gender: sex, birthDate }), buildEncounter('0', { reasonCode: undefined })], problems: [problem], setting }).result;

  test("a can't-miss diagnosis below the test threshold stays listed but does not choose the tests: no amylase or lipase for a bare back pain", () => {
    const r = bare('low-back-pain', 'primary-care');
    // Cauda equina syndrome (can't-miss threshold 1%) is listed at about 1.3%, under the 2% test threshold. Until
    // session 35 the example was acute pancreatitis, whose 0.5% policy prior reached its 2% threshold only by the
    // third decimal of the recalibration (upper end 2.05%, then 1.99% after a refit): an edge, not the rule tested.
    const cauda = r.cantMiss.find((d) => d.conditionId === 'cauda-equina-syndrome');
    expect(cauda).toBeDefined();
    expect(cauda!.probability).toBeLessThan(POLICY.minTestCandidateProbability);
    expect(r.nextBestTests.map((t) => t.testName)).not.toEqual(expect.arrayContaining(['Serum amylase']));
    for (const id of ['cauda-equina-syndrome', 'acute-pancreatitis']) {
      expect(r.nextBestTests.flatMap((t) => t.outcomes).every((o) => o.now >= POLICY.minTestCandidateProbability || o.conditionId !== id)).toBe(true);
    }
  });

  test('no bare complaint, in either setting, gets a test done after specialist referral; such tests still show what referral would add', () => {
    const afterReferral = new Set([...kb.findings.values()].filter((f) => f.test?.afterReferral).map((f) => f.id));
    expect(afterReferral.size).toBeGreaterThanOrEqual(15);
    for (const problem of kb.problems.keys()) {
      for (const setting of ['primary-care', 'emergency'] as const) {
        for (const [sex, birthDate] of [['female', '1986-01-01'], ['male', '1958-01-01']] as const) {
          const r = bare(problem, setting, sex, birthDate);
          expect(r.nextBestTests.filter((t) => afterReferral.has(t.findingId)).map((t) => `${problem}/${setting}: ${t.testName}`)).toEqual([]);
        }
      }
    }
    // Chronic abdominal pain: MR enterography is not ordered from here, but it remains among what would change IBD most.
    const r = bare('chronic-or-recurrent-abdominal-pain', 'primary-care');
    expect(r.nextBestTests.some((t) => t.findingId === 'faecal-calprotectin-positive' || /calprotectin/i.test(t.testName))).toBe(true);
  });
});

describe('invasive tests and rule-out notes (model 2.43.0)', () => {
  const kb = loadKnowledge();
  const run = (problem: string, setting: 'primary-care' | 'emergency', overrides: { findingId: string; state: 'present' | 'absent' }[] = []) =>
    analyzeSync(kb, { chart: [buildPatient({ gender: 'female', birthDate: '1990-01-01' }), buildEncounter('0', { reasonCode: undefined })], problems: [problem], setting, overrides }).result;

  test('an invasive test is chosen only by a can\u2019t-miss candidate or one at 30% or more: no lumbar puncture for viral meningitis in a bare headache; one for fever with neck stiffness', () => {
    const bare = run('headache', 'emergency');
    expect(bare.nextBestTests.filter((t) => t.burden === 'invasive')).toEqual([]);
    const meningism = run('headache', 'emergency', [
      { findingId: 'fever', state: 'present' },
      { findingId: 'neck-stiffness', state: 'present' },
    ]);
    // Knowledge 2.130.0: neck stiffness against the emergency headache cohort's own background (Perry 2010) makes
    // bacterial meningitis possible (it had been about 1%); without fever and neck stiffness it stays below the test threshold.
    expect(meningism.differential.find((d) => d.conditionId === 'bacterial-meningitis')!.probability).toBeGreaterThan(0.1);
    const neither = run('headache', 'emergency', [
      { findingId: 'fever', state: 'absent' },
      { findingId: 'neck-stiffness', state: 'absent' },
    ]);
    expect(neither.differential.find((d) => d.conditionId === 'bacterial-meningitis')?.probability ?? 0).toBeLessThan(POLICY.minTestCandidateProbability);
    const invasive = meningism.nextBestTests.filter((t) => t.burden === 'invasive');
    expect(invasive.length).toBeGreaterThan(0);
    for (const t of invasive) {
      for (const o of t.outcomes) {
        const d = meningism.differential.find((x) => x.conditionId === o.conditionId)!;
        expect(d.cantMiss || d.probability >= POLICY.invasiveTestMinProbability, `${t.testName} for ${o.conditionId}`).toBe(true);
      }
    }
  });

  test('a rule-out test never says that a test listed above it waits for it', () => {
    for (const problem of kb.problems.keys()) {
      for (const setting of ['primary-care', 'emergency'] as const) {
        const tests = run(problem, setting, [{ findingId: 'age-50-or-over', state: 'present' }]).nextBestTests;
        tests.forEach((t, i) => {
          const above = new Set(tests.slice(0, i).map((x) => x.testName));
          for (const w of t.ruleOutFirst ?? []) {
            expect(w.waiting.filter((name) => above.has(name)), `${problem}/${setting}: ${t.testName}`).toEqual([]);
          }
        });
      }
    }
  });
});

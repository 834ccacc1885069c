/**
 * Rule-out test first (model 2.41.0, session 24) on the real knowledge base: below 30%, a candidate that a pending
 * bedside or blood test can rule out is not weighed by imaging or invasive tests (ACP Best Practice Advice 3 for
 * pulmonary embolism: no imaging as the initial test at low or intermediate pretest probability).
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
const wheeze = (overrides: { findingId: string; state: 'present' | 'absent' }[] = []) =>
  analyzeSync(kb, { chart, problems: ['wheeze'], setting: 'emergency', overrides }).result;

describe('rule-out test first', () => {
  test('a bare wheeze in the emergency department: no CT pulmonary angiogram for a pulmonary embolism at about 2%; the D-dimer names what waits for it', () => {
    const r = wheeze();
    const pe = [...r.differential, ...r.cantMiss].find((d) => d.conditionId === 'pulmonary-embolism');
    expect(pe).toBeDefined();
    expect(pe!.probability).toBeLessThan(POLICY.ruleOutFirstBelow);
    const ids = r.nextBestTests.map((t) => t.findingId);
    expect(ids).not.toContain('ct-pulmonary-angiography-positive');
    expect(r.nextBestTests.every((t) => t.outcomes.every((o) => o.conditionId !== 'pulmonary-embolism') || !POLICY.ruleOutFirstWaiting.includes(t.burden as never))).toBe(true);
    const dimer = r.nextBestTests.find((t) => t.findingId === 'd-dimer-positive');
    expect(dimer?.ruleOutFirst?.find((w) => w.conditionId === 'pulmonary-embolism')?.waiting).toContain('CT pulmonary angiography');
    expect(formatDifferentialText(r)).toMatch(/first, to rule out Pulmonary embolism: .*CT pulmonary angiography.* for this result/);
  });

  test('once the D-dimer is known to be raised, the CT pulmonary angiogram is weighed again', () => {
    const r = wheeze([{ findingId: 'd-dimer-positive', state: 'present' }]);
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

/**
 * Textbook presentations entered as a clinician would (findings only, no vignette), on the real knowledge base
 * (knowledge 2.133.0, session 26). Each case was ranked in a way a clinician would call absurd before a cited weight
 * was corrected or added (server/knowledge/CHANGELOG.md, 2.133.0); the test keeps it from coming back. Expectations
 * are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { buildPatient } from '../../tests/builders/chart-builder';
import { analyzeSync } from './diagnostic-model';
import type { DifferentialResult } from './types';

const kb = loadKnowledge();

function run(problem: string, setting: 'primary-care' | 'emergency', age: number, sex: 'female' | 'male', findings: string[]): DifferentialResult {
  const chart = [buildPatient({ gender: sex, birthDate: `${2025 - age}-01-01` })];
  const overrides = findings.map((f) => ({ findingId: f.replace(/^[+-]/, ''), state: f.startsWith('-') ? ('absent' as const) : ('present' as const) }));
  return analyzeSync(kb, { chart, problems: [problem], setting, overrides, extractOptions: { asOf: '2026-06-01' } }).result;
}

const rankOf = (r: DifferentialResult, id: string): number => r.differential.findIndex((d) => d.conditionId === id) + 1;

describe('classic presentations (session 26)', () => {
  test('emergency headache with fever, neck stiffness and confusion: bacterial meningitis leads, above migraine and tension-type headache', () => {
    const r = run('headache', 'emergency', 30, 'male', ['+fever', '+neck-stiffness', '+confusion']);
    expect(rankOf(r, 'bacterial-meningitis')).toBe(1);
    expect(rankOf(r, 'migraine')).toBeGreaterThan(1);
  });

  test('confusion and a reduced GCS count once for bacterial meningitis (one correlation group)', () => {
    const one = run('headache', 'emergency', 30, 'male', ['+fever', '+neck-stiffness', '+confusion']);
    const both = run('headache', 'emergency', 30, 'male', ['+fever', '+neck-stiffness', '+confusion', '+gcs-below-15']);
    const p = (r: DifferentialResult) => r.differential.find((d) => d.conditionId === 'bacterial-meningitis')!.probability;
    expect(p(both)).toBeCloseTo(p(one), 6);
  });

  test('emergency abdominal pain in the right upper quadrant with a Murphy sign and nausea: gallstone disease leads', () => {
    const r = run('acute-abdominal-pain', 'emergency', 45, 'female', ['+right-upper-quadrant-pain', '+murphy-sign', '+nausea-or-vomiting']);
    expect(rankOf(r, 'gallstone-disease')).toBe(1);
  });

  test('emergency back pain with urinary retention and sciatica: cauda equina syndrome is in the top two and on the can\'t-miss list', () => {
    const r = run('low-back-pain', 'emergency', 45, 'male', ['+urinary-retention', '+sciatica']);
    expect(rankOf(r, 'cauda-equina-syndrome')).toBeGreaterThan(0);
    expect(rankOf(r, 'cauda-equina-syndrome')).toBeLessThanOrEqual(2);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('cauda-equina-syndrome');
  });

  test('back pain with sciatica is not non-specific low back pain (ACP/APS classification); without it, non-specific pain stays listed', () => {
    const withSciatica = run('low-back-pain', 'primary-care', 40, 'male', ['+sciatica', '+straight-leg-raise-positive']);
    expect(rankOf(withSciatica, 'nonspecific-low-back-pain')).toBe(0);
    expect(withSciatica.excluded.map((d) => d.conditionId)).toContain('nonspecific-low-back-pain');
    expect(rankOf(withSciatica, 'lumbar-disc-herniation')).toBe(1);
    const bare = run('low-back-pain', 'primary-care', 40, 'male', []);
    expect(rankOf(bare, 'nonspecific-low-back-pain')).toBe(1);
  });

  test('COPD is not raised at 40-49, and wheeze on auscultation does not make a 24-year-old with asthma a COPD patient', () => {
    const pe = run('dyspnoea', 'emergency', 40, 'female', ['+sudden-onset-dyspnoea', '+pleuritic-chest-pain', '+recent-surgery', '+heart-rate-over-100']);
    expect(rankOf(pe, 'pulmonary-embolism')).toBeLessThan(rankOf(pe, 'copd'));
    const asthma = run('dyspnoea', 'primary-care', 24, 'female', ['+wheeze-on-auscultation', '+history-of-asthma']);
    expect(rankOf(asthma, 'asthma')).toBeLessThan(rankOf(asthma, 'copd'));
  });
});

/**
 * Evidence published for one age stratum (`appliesTo.ageYears`, 2026-12-05, session 23) and findings derived from
 * clinician-entered components, on the real knowledge base: Han 2007's risk-factor burden applies under 40 only.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { buildEncounter, buildPatient } from '../../tests/builders/chart-builder';
import { analyzeSync } from './diagnostic-model';
import { evidenceNotApplicable } from './infer';
import type { FindingStep } from './types';

const kb = loadKnowledge();
const FOUR = ['history-of-diabetes-mellitus', 'history-of-hypertension', 'current-smoker', 'hyperlipidaemia'];

function acsStep(birthDate: string | undefined, present: string[]): FindingStep | undefined {
  const { result } = analyzeSync(kb, {
    chart: [buildPatient({ gender: 'male', ...(birthDate ? { birthDate } : { birthDate: undefined }) }), buildEncounter('29857009')],
    setting: 'emergency',
    overrides: present.map((findingId) => ({ findingId, state: 'present' as const })),
  });
  const acs = [...result.established, ...result.differential].find((d) => d.conditionId === 'acute-coronary-syndrome')!;
  return acs.steps.find((s): s is FindingStep => s.kind === 'finding' && s.findingId === 'four-or-more-cardiac-risk-factors');
}

describe('a ratio measured in one age stratum', () => {
  test('four risk factors entered by the clinician derive the burden finding, which counts at 35 (LR 7.39) and not at 70', () => {
    const young = acsStep('1991-06-01', FOUR);
    expect(young?.present).toBe(true);
    expect(young?.origin).toBe('clinician');
    expect(young?.counted).toBe(true);
    expect(young?.lr).toBeCloseTo(7.39, 2);
    const old = acsStep('1956-06-01', FOUR);
    expect(old?.present).toBe(true);
    expect(old?.counted).toBe(false);
    expect(old?.note).toMatch(/not applicable here: .*in patients under 40 only/);
  });

  test('three risk factors do not derive it; an unknown age makes it not applicable', () => {
    expect(acsStep('1991-06-01', FOUR.slice(0, 3))?.present).toBeUndefined();
    expect(evidenceNotApplicable(kb, 'acute-coronary-syndrome', 'four-or-more-cardiac-risk-factors', { problems: ['chest-pain'], setting: 'emergency' })).toMatch(/age is not known/);
    expect(evidenceNotApplicable(kb, 'acute-coronary-syndrome', 'four-or-more-cardiac-risk-factors', { problems: ['chest-pain'], setting: 'emergency', ageYears: 39 })).toBeUndefined();
    expect(evidenceNotApplicable(kb, 'acute-coronary-syndrome', 'four-or-more-cardiac-risk-factors', { problems: ['chest-pain'], setting: 'emergency', ageYears: 40 })).toMatch(/under 40 only/);
  });
});

import { describe, expect, test } from 'vitest';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../../tests/builders/chart-builder';
import { miniKnowledge } from '../../tests/builders/knowledge-builder';
import { evaluateVignettes, type Vignette } from './evaluate-vignettes';

const kb = miniKnowledge();
const bundle = (resources: Resource[]): Bundle => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

const vignettes: Vignette[] = [
  {
    id: 'pe-case',
    bundle: bundle([buildPatient({ gender: 'female' }), buildEncounter('29857009'), buildSymptom('c1', '3368006'), buildQuantity('hr', '8867-4', 120, '/min')]),
    expected: { snomed: { system: 'http://snomed.info/sct', code: '59282003', display: 'PE' } },
    setting: 'emergency',
  },
  {
    id: 'uncovered-case',
    bundle: bundle([buildPatient({ birthDate: '2000-01-01' }), buildEncounter('29857009')]),
    expected: { snomed: { system: 'http://snomed.info/sct', code: '999999', display: 'Not in KB' } },
  },
];

describe('evaluateVignettes', () => {
  const report = evaluateVignettes(kb, vignettes);

  test('finds the rank of the expected diagnosis by its code', () => {
    const pe = report.outcomes.find((o) => o.id === 'pe-case')!;
    expect(pe.expectedConditionId).toBe('pe');
    expect(pe.rank).toBeGreaterThan(0);
    expect(pe.expectedIsCantMiss).toBe(true);
  });

  test('counts a diagnosis the knowledge base does not cover as a miss, and reports coverage', () => {
    const miss = report.outcomes.find((o) => o.id === 'uncovered-case')!;
    expect(miss.expectedConditionId).toBeNull();
    expect(miss.rank).toBeNull();
    expect(report.overall.n).toBe(2);
    expect(report.overall.covered).toBe(1);
    expect(report.coveredOnly.n).toBe(1);
    expect(report.overall.top10).toBeLessThanOrEqual(0.5);
  });

  test('reports metrics by age band and sex, and a calibration table', () => {
    expect(Object.keys(report.subgroups.sex).sort()).toEqual(['female', 'male']);
    expect(Object.keys(report.subgroups.ageBand).length).toBe(2);
    expect(report.calibration.reduce((a, c) => a + c.n, 0)).toBeGreaterThan(0);
    expect(report.overall.brier).toBeGreaterThan(0);
  });
});

import { describe, expect, test } from 'vitest';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../../tests/builders/chart-builder';
import { miniKnowledge } from '../../tests/builders/knowledge-builder';
import { analyzeSync } from '../../server/reasoning/diagnostic-model';
import type { DiagnosisResult } from '../../server/reasoning/types';
import { raisedByChart, unaddressedCantMiss } from './ddx-patient-view';

const kb = miniKnowledge();
const deps = { knowledge: kb, cardContext: { publicBaseUrl: 'http://localhost', model: { id: 'm', version: '1' }, knowledgeVersion: '1' } };
const { result } = analyzeSync(kb, { chart: [buildPatient(), buildEncounter('29857009'), buildSymptom('c1', '3368006'), buildQuantity('hr1', '8867-4', 118, '/min')] });

describe('which can’t-miss diagnoses get a warning card', () => {
  test('only those this patient’s findings made more likely than their base rate', () => {
    const pe = result.differential.find((d) => d.conditionId === 'pe') as DiagnosisResult;
    expect(raisedByChart(pe)).toBe(true);
    const acs = result.differential.find((d) => d.conditionId === 'acs') as DiagnosisResult;
    expect(raisedByChart(acs)).toBe(acs.probability > (acs.steps[0] as { probability: number }).probability);
    const warned = unaddressedCantMiss(deps, result, new Set()).map((d) => d.conditionId);
    expect(warned).toContain('pe');
    warned.forEach((id) => expect(raisedByChart(result.differential.find((d) => d.conditionId === id)!)).toBe(true));
  });

  test('not those already named on the differential card', () => {
    expect(unaddressedCantMiss(deps, result, new Set(), new Set(['pe'])).some((d) => d.conditionId === 'pe')).toBe(false);
  });

  test('not those whose discriminating test is already ordered', () => {
    const orders = new Set(['http://loinc.org|48065-7']);
    expect(unaddressedCantMiss(deps, result, orders).some((d) => d.conditionId === 'pe')).toBe(false);
  });
});

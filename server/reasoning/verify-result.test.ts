import { describe, expect, test } from 'vitest';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../../tests/builders/chart-builder';
import { miniKnowledge } from '../../tests/builders/knowledge-builder';
import { analyzeSync } from './diagnostic-model';
import { verifyResult } from './verify-result';
import type { DiagnosisResult, DifferentialResult, FindingStep } from './types';

const kb = miniKnowledge();
const { result } = analyzeSync(kb, { chart: [buildPatient(), buildEncounter('29857009'), buildSymptom('c1', '3368006'), buildQuantity('hr1', '8867-4', 118, '/min')] });

function tamper(fn: (d: DiagnosisResult) => DiagnosisResult): DifferentialResult {
  return { ...result, differential: result.differential.map((d) => (d.conditionId === 'pe' ? fn(d) : d)) };
}

describe('verifyResult', () => {
  test('drops a diagnosis that cites a reference not in the registry', () => {
    const bad = tamper((d) => ({ ...d, steps: d.steps.map((s) => ({ ...s, source: { citation: 'invented-2024', locator: 'p1' } })) }));
    const report = verifyResult(kb, bad);
    expect(report.ok).toBe(false);
    expect(report.dropped[0]).toMatchObject({ conditionId: 'pe' });
    expect(report.result.differential.some((d) => d.conditionId === 'pe')).toBe(false);
    expect(report.result.cantMiss.some((d) => d.conditionId === 'pe')).toBe(false);
  });

  test('drops a diagnosis that reasons from a finding the chart does not have', () => {
    const invented: FindingStep = { kind: 'finding', findingId: 'ddimer-positive', findingName: 'D-dimer positive', present: true, origin: 'chart', sources: [{ reference: 'Observation/nope', value: 'high' }], lr: 1.9, grade: 'A', counted: true, before: 0.1, after: 0.2, source: { citation: 'fx-a', locator: 'x' } };
    const report = verifyResult(kb, tamper((d) => ({ ...d, steps: [...d.steps, invented] })));
    expect(report.dropped[0].reason).toMatch(/not in the input/);
  });

  test('drops a diagnosis whose chart finding points at the wrong resource', () => {
    const report = verifyResult(
      kb,
      tamper((d) => ({ ...d, steps: d.steps.map((s) => (s.kind === 'finding' ? { ...s, sources: [{ reference: 'Observation/elsewhere', value: '1' }] } : s)) })),
    );
    expect(report.dropped[0].reason).toMatch(/does not point at the chart resource/);
  });

  test('passes untouched engine output', () => {
    expect(verifyResult(kb, result).ok).toBe(true);
  });
});

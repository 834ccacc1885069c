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

  test('drops a diagnosis that is not in the knowledge base', () => {
    const report = verifyResult(kb, tamper((d) => ({ ...d, conditionId: 'invented-disease' })));
    expect(report.dropped).toEqual([{ conditionId: 'invented-disease', reason: 'diagnosis is not in the knowledge base' }]);
    expect(report.result.warnings).toContain('1 diagnosis(es) dropped by verification');
  });

  test('drops a diagnosis whose pre-test probability has neither a citation nor a stated policy', () => {
    const report = verifyResult(kb, tamper((d) => ({ ...d, steps: d.steps.map((s) => (s.kind === 'prior' ? { ...s, source: undefined, policy: undefined } : s)) })));
    expect(report.dropped[0].reason).toBe('pre-test probability has no citation');
    const policy = verifyResult(kb, tamper((d) => ({ ...d, steps: d.steps.map((s) => (s.kind === 'prior' ? { ...s, source: undefined, policy: true } : s)) })));
    expect(policy.ok).toBe(true);
  });

  test('drops a diagnosis that reasons from a finding with the opposite presence', () => {
    const report = verifyResult(kb, tamper((d) => ({ ...d, steps: d.steps.map((s) => (s.kind === 'finding' ? { ...s, present: !s.present } : s)) })));
    expect(report.dropped[0].reason).toMatch(/is not in the input/);
  });

  test('drops a diagnosis whose chart finding names no resource at all', () => {
    const report = verifyResult(kb, tamper((d) => ({ ...d, steps: d.steps.map((s) => (s.kind === 'finding' ? { ...s, sources: [] } : s)) })));
    expect(report.dropped[0].reason).toMatch(/does not point at the chart resource/);
  });

  test('one bad source among good ones is enough to drop the diagnosis', () => {
    const report = verifyResult(
      kb,
      tamper((d) => ({ ...d, steps: d.steps.map((s) => (s.kind === 'finding' ? { ...s, sources: [...s.sources, { reference: 'Observation/elsewhere', value: '1' }] } : s)) })),
    );
    expect(report.ok).toBe(false);
  });

  test('a finding the clinician entered (not from the chart) needs no chart resource', () => {
    const used = result.findingsUsed.map((f) => ({ ...f, origin: 'clinician' as const, sources: [] }));
    const report = verifyResult(kb, { ...result, findingsUsed: used, differential: result.differential.map((d) => ({ ...d, steps: d.steps.map((s) => (s.kind === 'finding' ? { ...s, origin: 'clinician' as const, sources: [] } : s)) })) });
    expect(report.ok).toBe(true);
  });

  describe('established and evoked diagnoses', () => {
    const pe = result.differential.find((d) => d.conditionId === 'pe')!;
    const hr = result.findingsUsed.find((f) => f.present && f.origin === 'chart')!;
    const establishedBy = { findings: [{ findingId: hr.findingId, findingName: 'HR', sources: hr.sources }], source: { citation: 'fx-a', locator: 'definition' } };
    const withEstablished = (e: typeof establishedBy): DifferentialResult => ({ ...result, established: [{ ...pe, established: e }], differential: result.differential.filter((d) => d.conditionId !== 'pe') });
    const evoked = (sources: typeof hr.sources, citation = 'fx-a') => ({
      ...result,
      evoked: [{ conditionId: 'pe', name: 'PE', codes: { snomed: [], icd10cm: [] }, cantMiss: true, evidence: [{ findingId: hr.findingId, findingName: 'HR', lr: 12, sources, source: { citation, locator: 'x' } }] }],
    });

    test('an established diagnosis resting on chart findings and a resolving citation is kept', () => {
      const report = verifyResult(kb, withEstablished(establishedBy));
      expect(report.ok).toBe(true);
      expect(report.result.established.map((d) => d.conditionId)).toEqual(['pe']);
    });

    test('an established diagnosis with an invented definition citation is dropped', () => {
      const report = verifyResult(kb, withEstablished({ ...establishedBy, source: { citation: 'invented', locator: 'x' } }));
      expect(report.result.established).toEqual([]);
      expect(report.dropped[0].reason).toMatch(/definition citation "invented"/);
    });

    test('an established diagnosis whose defining finding is not in the input, or points elsewhere, is dropped', () => {
      const missing = verifyResult(kb, withEstablished({ ...establishedBy, findings: [{ findingId: 'not-given', findingName: 'x', sources: [] }] }));
      expect(missing.dropped[0].reason).toMatch(/defining finding "not-given" is not in the input/);
      const elsewhere = verifyResult(kb, withEstablished({ ...establishedBy, findings: [{ ...establishedBy.findings[0], sources: [{ reference: 'Observation/elsewhere', value: '1' }] }] }));
      expect(elsewhere.dropped[0].reason).toMatch(/does not point at the chart resource/);
    });

    test('an evoked diagnosis is kept only when its evoking finding is in the chart input where it says and its citation resolves', () => {
      expect(verifyResult(kb, evoked(hr.sources)).result.evoked).toHaveLength(1);
      const elsewhere = verifyResult(kb, evoked([{ reference: 'Observation/elsewhere', value: '1' }]));
      expect(elsewhere.result.evoked).toEqual([]);
      expect(elsewhere.dropped[0].reason).toMatch(/evoking finding .* is not in the chart input/);
      const invented = verifyResult(kb, evoked(hr.sources, 'invented'));
      expect(invented.result.evoked).toEqual([]);
      expect(invented.dropped[0].reason).toMatch(/citation "invented" does not resolve/);
    });

    test('an evoked diagnosis from a finding entered by the clinician (not read from the chart) is dropped', () => {
      const r = evoked(hr.sources);
      const report = verifyResult(kb, { ...r, findingsUsed: r.findingsUsed.map((f) => (f.findingId === hr.findingId ? { ...f, origin: 'clinician' as const } : f)) });
      expect(report.result.evoked).toEqual([]);
    });

    test('an evoked diagnosis whose finding is not in the input at all is dropped, not a crash (another model\'s output)', () => {
      const r = evoked(hr.sources);
      const report = verifyResult(kb, { ...r, findingsUsed: r.findingsUsed.filter((f) => f.findingId !== hr.findingId) });
      expect(report.result.evoked).toEqual([]);
      expect(report.dropped.some((d) => /evoking finding .* is not in the chart input/.test(d.reason))).toBe(true);
    });

    test('every source a finding names must be where the input says: one invented source among real ones drops it', () => {
      const mixed = [...hr.sources, { reference: 'Observation/invented', value: '1' }];
      expect(verifyResult(kb, evoked(mixed)).result.evoked).toEqual([]);
      const established = verifyResult(kb, withEstablished({ ...establishedBy, findings: [{ ...establishedBy.findings[0], sources: mixed }] }));
      expect(established.result.established).toEqual([]);
      expect(established.dropped[0].reason).toMatch(/does not point at the chart resource/);
      // Reasons are joined readably when there are several.
      const both = verifyResult(kb, evoked([{ reference: 'Observation/elsewhere', value: '1' }], 'invented'));
      expect(both.dropped[0].reason).toMatch(/does not resolve in the registry; evoking finding/);
    });

    test('an evoked diagnosis whose finding is recorded absent is dropped', () => {
      const r = evoked(hr.sources);
      const report = verifyResult(kb, { ...r, findingsUsed: r.findingsUsed.map((f) => (f.findingId === hr.findingId ? { ...f, present: false } : f)) });
      expect(report.result.evoked).toEqual([]);
    });
  });
});


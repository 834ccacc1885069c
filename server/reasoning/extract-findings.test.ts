import { describe, expect, test } from 'vitest';
import { buildEncounter, buildMedication, buildPatient, buildQuantity, buildSymptom } from '../../tests/builders/chart-builder';
import { miniKnowledge } from '../../tests/builders/knowledge-builder';
import { extractFindings } from './extract-findings';

const kb = miniKnowledge();
const base = [buildPatient(), buildEncounter('29857009')];
const find = (ex: ReturnType<typeof extractFindings>, id: string) => ex.findings.find((f) => f.findingId === id);

describe('extractFindings', () => {
  test('recognises the presenting problem, setting and age from the encounter and patient', () => {
    const ex = extractFindings(base, kb);
    expect(ex.problems.map((p) => p.problemId)).toEqual(['chest-pain']);
    expect(ex.setting).toBe('emergency');
    expect(ex.ageYears).toBe(66);
    expect(find(ex, 'age-50-plus')?.present).toBe(true);
    expect(find(ex, 'male')?.present).toBe(true);
  });

  test('keeps the reference, value and date of the resource a finding came from', () => {
    const ex = extractFindings([...base, buildQuantity('hr1', '8867-4', 118, '/min')], kb);
    const hr = find(ex, 'hr-over-100');
    expect(hr?.present).toBe(true);
    expect(hr?.sources[0]).toMatchObject({ reference: 'Observation/hr1', value: '118 /min', date: '2026-11-20T10:10:00Z' });
  });

  test('a refuted condition means the finding is absent', () => {
    const ex = extractFindings([...base, buildSymptom('c1', '3368006', 'refuted')], kb);
    expect(find(ex, 'pleuritic-pain')?.present).toBe(false);
  });

  test('converts units before comparing (glucose mg/dL against a mmol/L threshold)', () => {
    const ex = extractFindings([...base, buildQuantity('g1', '2345-7', 250, 'mg/dL')], kb);
    expect(find(ex, 'glucose-high')?.present).toBe(true);
    const ex2 = extractFindings([...base, buildQuantity('g2', '2345-7', 6.2, 'mmol/L')], kb);
    expect(find(ex2, 'glucose-high')?.present).toBe(false);
  });

  test('potassium 2.9 mmol/L becomes hypokalaemia', () => {
    const ex = extractFindings([...base, buildQuantity('k1', '2823-3', 2.9, 'mmol/L')], kb);
    expect(find(ex, 'hypokalaemia')?.present).toBe(true);
  });

  test('judges a result against its own reference range', () => {
    const trop = buildQuantity('t1', '89579-7', 60, 'ng/L', { referenceRange: [{ high: { value: 26, unit: 'ng/L', code: 'ng/L' } }] });
    expect(find(extractFindings([...base, trop], kb), 'troponin-high')?.present).toBe(true);
    const normal = buildQuantity('t2', '89579-7', 0.01, 'ng/mL', { referenceRange: [{ high: { value: 26, unit: 'ng/L', code: 'ng/L' } }] });
    expect(find(extractFindings([...base, normal], kb), 'troponin-high')?.present).toBe(false);
  });

  test('uses only the latest result of a test', () => {
    const old = buildQuantity('hr-old', '8867-4', 130, '/min', { effectiveDateTime: '2026-11-20T08:00:00Z' });
    const now = buildQuantity('hr-new', '8867-4', 84, '/min', { effectiveDateTime: '2026-11-20T10:30:00Z' });
    const hr = find(extractFindings([...base, old, now], kb), 'hr-over-100');
    expect(hr?.present).toBe(false);
    expect(hr?.sources[0].reference).toBe('Observation/hr-new');
  });

  test('reads vitals inside a blood-pressure-style panel component', () => {
    const panel = buildQuantity('p1', '85354-9', 0, 'mm[Hg]');
    delete (panel as { valueQuantity?: unknown }).valueQuantity;
    panel.component = [{ code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] }, valueQuantity: { value: 120, unit: '/min', code: '/min' } }];
    expect(find(extractFindings([...base, panel], kb), 'hr-over-100')?.present).toBe(true);
  });

  test('a test done with a coded result that is not the finding means the finding is absent', () => {
    const cxr: Parameters<typeof extractFindings>[0] = {
      resourceType: 'Observation',
      id: 'x1',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '36643-5' }] },
      effectiveDateTime: '2026-11-20T10:20:00Z',
      valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '17621005', display: 'Normal' }] },
    };
    expect(find(extractFindings([...base, cxr], kb), 'cxr-consolidation')?.present).toBe(false);
  });

  test('medications count by RxNorm code or ingredient name, only when active', () => {
    expect(find(extractFindings([...base, buildMedication('m1', '999', 'Estradiol 1 MG Oral Tablet')], kb), 'on-estrogen')?.present).toBe(true);
    expect(find(extractFindings([...base, buildMedication('m2', '4083', 'x', 'stopped')], kb), 'on-estrogen')).toBeUndefined();
  });

  test('history matches ICD-10-CM children through prefix rules', () => {
    const hx = buildSymptom('h1', '0', 'confirmed', {
      category: [{ coding: [{ code: 'problem-list-item' }] }],
      encounter: undefined,
      code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I26.99' }] },
      recordedDate: '2019-01-01',
    });
    expect(find(extractFindings([...base, hx], kb), 'prior-vte')?.present).toBe(true);
  });

  test('results from long before the encounter do not describe the current presentation', () => {
    const old = buildQuantity('hr-2019', '8867-4', 130, '/min', { effectiveDateTime: '2019-03-01T10:00:00Z' });
    const ex = extractFindings([...base, old], kb);
    expect(find(ex, 'hr-over-100')).toBeUndefined();
    expect(ex.ignored.find((i) => i.reference === 'Observation/hr-2019')).toMatchObject({ kind: 'too-old', reason: expect.stringMatching(/recorded 2019-03-01, .*before the current episode/) });
  });

  test('ignores impossible values and says why', () => {
    const ex = extractFindings([...base, buildQuantity('hr9', '8867-4', 900, '/min')], kb);
    expect(find(ex, 'hr-over-100')).toBeUndefined();
    expect(ex.ignored.find((i) => i.reference === 'Observation/hr9')?.reason).toMatch(/outside physiological limits/);
  });

  test('ignores units it cannot convert and says why', () => {
    const ex = extractFindings([...base, buildQuantity('k2', '2823-3', 2.9, 'furlongs')], kb);
    expect(find(ex, 'hypokalaemia')).toBeUndefined();
    expect(ex.ignored.find((i) => i.reference === 'Observation/k2')?.reason).toMatch(/cannot be converted/);
  });

  test('ignores future-dated results and says why', () => {
    const ex = extractFindings([...base, buildQuantity('f1', '8867-4', 120, '/min', { effectiveDateTime: '2027-06-01T00:00:00Z' })], kb);
    expect(find(ex, 'hr-over-100')).toBeUndefined();
    expect(ex.ignored.some((i) => /future/.test(i.reason))).toBe(true);
  });

  test('counts unknown codes instead of dropping them silently', () => {
    const ex = extractFindings([...base, buildSymptom('u1', '123456789'), buildSymptom('u2', '123456789')], kb);
    expect(ex.unknownCodes).toContainEqual(expect.objectContaining({ code: '123456789', count: 2, resourceType: 'Condition' }));
  });

  test('never throws on malformed input', () => {
    const garbage = [null, 42, 'x', { foo: 1 }, { resourceType: 'Observation', code: 7, valueQuantity: 'high' }, { resourceType: 'Condition', code: { coding: 'nope' } }];
    const ex = extractFindings(garbage, kb);
    expect(ex.findings).toEqual([]);
    expect(ex.ignored.length).toBeGreaterThanOrEqual(4);
    expect(() => extractFindings(undefined, kb)).not.toThrow();
    expect(() => extractFindings({ resourceType: 'Bundle', entry: 'oops' }, kb)).not.toThrow();
  });

  test('an empty chart gives no findings and no problems', () => {
    const ex = extractFindings([], kb);
    expect(ex.findings).toEqual([]);
    expect(ex.problems).toEqual([]);
  });
});

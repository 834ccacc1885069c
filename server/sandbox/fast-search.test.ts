import { describe, expect, test } from 'vitest';
import type { Bundle } from '@medplum/fhirtypes';
import { loadFhirDefinitions } from './fhir-definitions';
import { preferSubjectForPatient, splitDateSort } from './fast-search';

loadFhirDefinitions();

describe('preferSubjectForPatient', () => {
  test('answers patient= on Observation as the equivalent subject=Patient/…', () => {
    expect(preferSubjectForPatient('Observation', { patient: ['p1'], code: ['8867-4'] })).toEqual({ subject: ['Patient/p1'], code: ['8867-4'] });
  });
  test('leaves types whose patient parameter is a direct reference alone', () => {
    expect(preferSubjectForPatient('AllergyIntolerance', { patient: ['Patient/p1'] })).toEqual({ patient: ['Patient/p1'] });
  });
});

describe('splitDateSort', () => {
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: ['2020-01-01', '2024-05-01', '2022-03-01'].map((d, i) => ({ resource: { resourceType: 'Observation', id: `o${i}`, status: 'final', code: {}, effectiveDateTime: d } })),
  };
  test('sorts by date descending and applies _count and _offset afterwards', () => {
    const { query, apply } = splitDateSort({ _sort: ['-date'], _count: ['2'], subject: ['Patient/p'] });
    expect(query).toEqual({ subject: ['Patient/p'], _count: ['100000'] });
    const out = apply!(bundle);
    expect(out.entry!.map((e) => e.resource!.id)).toEqual(['o1', 'o2']);
    expect(out.total).toBe(3);
    const second = splitDateSort({ _sort: ['-date'], _count: ['2'], _offset: ['2'] }).apply!(bundle);
    expect(second.entry!.map((e) => e.resource!.id)).toEqual(['o0']);
  });
  test('leaves other sorts to the router', () => {
    expect(splitDateSort({ _sort: ['code'] }).apply).toBeUndefined();
  });
});

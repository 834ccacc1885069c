import { beforeAll, describe, expect, test } from 'vitest';
import { loadFhirDefinitions } from './fhir-definitions';
import { fixSearchQuery, parseQueryString } from './search-fixups';

beforeAll(() => {
  loadFhirDefinitions();
});

describe('fixSearchQuery', () => {
  test.each([
    ['Observation', 'patient=123', { patient: ['Patient/123'] }],
    ['Observation', 'subject=123', { subject: ['Patient/123'] }],
    ['Observation', 'patient=Patient/123', { patient: ['Patient/123'] }],
    ['Observation', 'patient=1,2', { patient: ['Patient/1,Patient/2'] }],
    ['Condition', 'encounter=e1', { encounter: ['Encounter/e1'] }],
    ['Observation', 'date=2024-02', { date: ['ge2024-02-01', 'le2024-02-29'] }],
    ['Observation', 'date=gt2023-02', { date: ['gt2023-02-28'] }],
    ['Observation', 'date=lt2024-02', { date: ['lt2024-02-01'] }],
    ['Observation', 'date=ge2024-02-10', { date: ['ge2024-02-10'] }],
    ['Observation', 'code=1234-5&_sort=-date&_count=5', { code: ['1234-5'], _sort: ['-date'], _count: ['5'] }],
  ])('%s?%s', (type, query, expected) => {
    expect(fixSearchQuery(type, parseQueryString(query))).toEqual(expected);
  });
});

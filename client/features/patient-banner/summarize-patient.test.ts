import type { Patient } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { formatAge, pickDisplayName, summarizePatient, UNNAMED_PATIENT } from './summarize-patient';

const TODAY = '2026-01-15';

describe('formatAge', () => {
  test.each([
    ['1961-04-02', '64 y'],
    ['2024-01-15', '2 y'],
    ['2024-06-01', '19 mo'],
    ['2025-12-01', '1 mo'],
    ['2026-01-03', '12 d'],
    ['1980', '46 y'],
  ])('formats birth date %s as %s', (birthDate, expected) => {
    expect(formatAge(birthDate, TODAY)).toBe(expected);
  });

  test.each([[undefined], [''], ['2026-02-01'], ['not-a-date']])('returns undefined for %j', (birthDate) => {
    expect(formatAge(birthDate, TODAY)).toBeUndefined();
  });
});

describe('pickDisplayName', () => {
  test('prefers the official name, then usual, and skips old names', () => {
    expect(pickDisplayName([{ use: 'old', family: 'A' }, { use: 'usual', family: 'B' }, { use: 'official', family: 'C' }])?.family).toBe('C');
    expect(pickDisplayName([{ use: 'old', family: 'A' }, { use: 'usual', family: 'B' }])?.family).toBe('B');
    expect(pickDisplayName([{ use: 'old', family: 'A' }])).toBeUndefined();
  });
});

describe('summarizePatient', () => {
  test('builds name, age, sex and birth date for the banner', () => {
    const patient = {
      resourceType: 'Patient',
      id: 'p1',
      name: [{ use: 'official', prefix: ['Ms'], given: ['Amara', 'J'], family: 'Nwosu' }],
      gender: 'female',
      birthDate: '1961-04-02',
    } satisfies Patient;
    expect(summarizePatient(patient, TODAY)).toEqual({ id: 'p1', name: 'Ms Amara J Nwosu', age: '64 y', sex: 'Female', birthDate: '1961-04-02' });
  });

  test('says what is missing instead of guessing', () => {
    const patient = { resourceType: 'Patient', id: 'p2' } satisfies Patient;
    expect(summarizePatient(patient, TODAY)).toEqual({ id: 'p2', name: UNNAMED_PATIENT, age: undefined, sex: undefined, birthDate: undefined });
  });
});

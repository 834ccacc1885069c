import { describe, expect, test } from 'vitest';
import { ownership, refersToPatient, shapeProblem } from './check-resources';

describe('refersToPatient', () => {
  test.each([
    ['Patient/p1', true],
    ['https://ehr.example.org/fhir/Patient/p1', true],
    ['Patient/p1/_history/2', true],
    ['Patient/p10', false],
    ['Patient/p', false],
    ['Group/p1', false],
    ['https://ehr.example.org/fhir/Patient/p1/extra', false],
    ['', false],
  ])('%s → %s', (reference, expected) => {
    expect(refersToPatient(reference, 'p1')).toBe(expected);
  });
});

describe('ownership', () => {
  test('by subject, by patient, by id, or not patient data', () => {
    expect(ownership({ resourceType: 'Observation', subject: { reference: 'Patient/p1' } }, 'p1')).toBe('this-patient');
    expect(ownership({ resourceType: 'AllergyIntolerance', patient: { reference: 'Patient/p2' } }, 'p1')).toBe('other-patient');
    expect(ownership({ resourceType: 'Condition' }, 'p1')).toBe('unattributed');
    expect(ownership({ resourceType: 'Patient', id: 'p1' }, 'p1')).toBe('this-patient');
    expect(ownership({ resourceType: 'Patient', id: 'p2' }, 'p1')).toBe('other-patient');
    expect(ownership({ resourceType: 'Practitioner', id: 'u1' }, 'p1')).toBe('not-patient-data');
  });
});

describe('ownership of every kind of patient data the engine reads', () => {
  test.each([
    ['Encounter', 'subject'],
    ['Condition', 'subject'],
    ['Observation', 'subject'],
    ['MedicationRequest', 'subject'],
    ['MedicationStatement', 'subject'],
    ['ServiceRequest', 'subject'],
    ['AllergyIntolerance', 'patient'],
    ['Consent', 'patient'],
  ])('%s is checked by its %s reference: this patient, another patient, or unattributed', (resourceType, field) => {
    expect(ownership({ resourceType, [field]: { reference: 'Patient/p1' } }, 'p1')).toBe('this-patient');
    expect(ownership({ resourceType, [field]: { reference: 'Patient/p2' } }, 'p1')).toBe('other-patient');
    expect(ownership({ resourceType }, 'p1')).toBe('unattributed');
  });
});

describe('shapeProblem', () => {
  test('names the first field of the wrong type', () => {
    expect(shapeProblem({ resourceType: 'Observation', component: [{ valueQuantity: { value: 'x' } }] })).toMatch(/^component\.0\.valueQuantity\.value:/);
    expect(shapeProblem({ resourceType: 'Consent', provision: { provision: [{ code: [{ coding: 'x' }] }] } })).toMatch(/^provision\.provision\.0\.code\.0\.coding:/);
  });
  test('accepts extra fields and types it does not read', () => {
    expect(shapeProblem({ resourceType: 'Observation', status: 'final', note: [{ text: 'x' }], futureField: 1 })).toBeUndefined();
    expect(shapeProblem({ resourceType: 'Basic', anything: { goes: true } })).toBeUndefined();
  });
});

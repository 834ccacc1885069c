/**
 * Small typed builders for synthetic FHIR resources used in engine tests.
 */
import type { Condition, Encounter, MedicationRequest, Observation, Patient } from '@medplum/fhirtypes';

export function buildPatient(overrides: Partial<Patient> = {}): Patient {
  return { resourceType: 'Patient', id: 'p1', gender: 'male', birthDate: '1960-05-01', name: [{ given: ['Test'], family: 'Synthetic' }], ...overrides };
}

export function buildEncounter(reasonSnomed: string, overrides: Partial<Encounter> = {}): Encounter {
  return {
    resourceType: 'Encounter',
    id: 'enc1',
    status: 'in-progress',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'EMER' },
    subject: { reference: 'Patient/p1' },
    period: { start: '2026-11-20T10:00:00Z' },
    reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: reasonSnomed }] }],
    ...overrides,
  };
}

export function buildSymptom(id: string, snomed: string, verification: 'confirmed' | 'refuted' = 'confirmed', overrides: Partial<Condition> = {}): Condition {
  return {
    resourceType: 'Condition',
    id,
    subject: { reference: 'Patient/p1' },
    encounter: { reference: 'Encounter/enc1' },
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'encounter-diagnosis' }] }],
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
    verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: verification }] },
    code: { coding: [{ system: 'http://snomed.info/sct', code: snomed }] },
    recordedDate: '2026-11-20T10:05:00Z',
    ...overrides,
  };
}

export function buildQuantity(id: string, loinc: string, value: number, unit: string, overrides: Partial<Observation> = {}): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: loinc }] },
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: '2026-11-20T10:10:00Z',
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
    ...overrides,
  };
}

export function buildMedication(id: string, rxnorm: string, text: string, status: MedicationRequest['status'] = 'active'): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id,
    status,
    intent: 'order',
    subject: { reference: 'Patient/p1' },
    medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: rxnorm }], text },
  };
}

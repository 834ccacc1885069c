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

/**
 * Every field the engine, the opt-out check and the cards read, written out by hand (not derived from
 * the checker's own table), with the type it must have. Each is given a value of the wrong type in an
 * otherwise valid resource, and the problem must name exactly that field.
 */
const FIELDS_READ: Record<string, string[]> = {
  common: ['id:string', 'extension.0.url:string', 'extension.0.valueString:string', 'extension.0.valueCoding.code:string', 'extension.0.extension.0.url:string', 'extension.0.extension.0.extension.0.valueCoding.system:string'],
  Patient: ['birthDate:string', 'gender:string', 'communication.0.language.coding.0.code:string', 'communication.0.language.text:string'],
  Encounter: ['status:string', 'class.system:string', 'class.code:string', 'class.display:string', 'subject.reference:string', 'subject.display:string', 'period.start:string', 'period.end:string', 'reasonCode.0.coding.0.system:string', 'reasonCode.0.text:string', 'type.0.coding.0.code:string'],
  Condition: ['code.coding.0.code:string', 'clinicalStatus.coding.0.code:string', 'verificationStatus.coding.0.code:string', 'category.0.coding.0.code:string', 'subject.reference:string', 'encounter.reference:string', 'onsetDateTime:string', 'recordedDate:string'],
  Observation: [
    'status:string', 'code.coding.0.system:string', 'category.0.coding.0.code:string', 'subject.reference:string', 'encounter.reference:string', 'effectiveDateTime:string', 'effectivePeriod.start:string', 'effectiveInstant:string', 'issued:string',
    'valueQuantity.value:number', 'valueQuantity.unit:string', 'valueQuantity.system:string', 'valueQuantity.code:string', 'valueQuantity.comparator:string', 'valueCodeableConcept.coding.0.code:string', 'valueString:string', 'valueBoolean:boolean',
    'interpretation.0.coding.0.code:string', 'referenceRange.0.low.value:number', 'referenceRange.0.high.unit:string', 'referenceRange.0.text:string',
    'component.0.code.coding.0.code:string', 'component.0.valueQuantity.value:number', 'component.0.valueCodeableConcept.text:string', 'component.0.valueString:string', 'component.0.valueBoolean:boolean', 'component.0.interpretation.0.text:string', 'component.0.referenceRange.0.low.value:number',
  ],
  MedicationRequest: ['status:string', 'intent:string', 'medicationCodeableConcept.coding.0.code:string', 'medicationReference.reference:string', 'subject.reference:string', 'authoredOn:string', 'reasonCode.0.coding.0.code:string'],
  MedicationStatement: ['status:string', 'medicationCodeableConcept.text:string', 'subject.reference:string'],
  AllergyIntolerance: ['code.coding.0.code:string', 'clinicalStatus.coding.0.code:string', 'verificationStatus.coding.0.code:string', 'patient.reference:string', 'recordedDate:string'],
  ServiceRequest: ['status:string', 'intent:string', 'code.coding.0.code:string', 'subject.reference:string', 'authoredOn:string', 'reasonCode.0.text:string'],
  Consent: ['status:string', 'patient.reference:string', 'scope.coding.0.code:string', 'category.0.coding.0.code:string', 'provision.type:string', 'provision.period.start:string', 'provision.period.end:string', 'provision.code.0.coding.0.system:string', 'provision.provision.0.type:string', 'provision.provision.0.provision.0.code.0.text:string'],
};

/** Builds a resource with `value` at a dotted path (numbers are array indices). */
function withValueAt(resourceType: string, path: string, value: unknown): { resourceType: string } & Record<string, unknown> {
  const root: Record<string, unknown> = { resourceType };
  let node: Record<string, unknown> | unknown[] = root;
  const parts = path.split('.');
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const next = last ? value : /^\d+$/.test(parts[i + 1]) ? [] : {};
    (node as Record<string, unknown>)[part] = next;
    node = next as Record<string, unknown>;
  });
  return root as { resourceType: string } & Record<string, unknown>;
}

describe('shapeProblem checks the type of every field read', () => {
  const cases = Object.entries(FIELDS_READ).flatMap(([type, fields]) =>
    (type === 'common' ? Object.keys(FIELDS_READ).filter((t) => t !== 'common') : [type]).flatMap((resourceType) => fields.map((f) => [resourceType, ...f.split(':')] as [string, string, string])),
  );
  test.each(cases)('%s.%s must be a %s', (resourceType, path, type) => {
    const wrong = type === 'string' ? 7 : 'seven';
    const right = type === 'string' ? 'x' : type === 'number' ? 7 : true;
    expect(shapeProblem(withValueAt(resourceType, path, right))).toBeUndefined();
    const typeName = type === 'string' ? 'number' : 'string';
    expect(shapeProblem(withValueAt(resourceType, path, wrong))).toBe(`${path}: expected ${type}, got ${typeName}`);
  });

  test.each([
    ['an array where an object is read', { resourceType: 'Observation', code: [{ text: 'x' }] }, 'code: expected object, got array'],
    ['null where an object is read', { resourceType: 'Observation', valueQuantity: null }, 'valueQuantity: expected object, got null'],
    ['a string where an object is read', { resourceType: 'Condition', subject: 'Patient/p1' }, 'subject: expected object, got string'],
    ['an object where an array is read', { resourceType: 'Condition', category: { text: 'x' } }, 'category: expected array, got object'],
    ['null where a string is read', { resourceType: 'Patient', gender: null }, 'gender: expected string, got null'],
    ['an array where a string is read', { resourceType: 'Patient', birthDate: ['1970'] }, 'birthDate: expected string, got array'],
    ['the second item of an array', { resourceType: 'Condition', category: [{ text: 'ok' }, { text: 3 }] }, 'category.1.text: expected string, got number'],
  ])('names %s', (_name, resource, problem) => {
    expect(shapeProblem(resource as { resourceType: string })).toBe(problem);
  });

  test('refuses values nested deeper than 12 levels, and accepts them up to there', () => {
    const nested = (levels: number): Record<string, unknown> => {
      let ext: Record<string, unknown> = { url: 'x' };
      for (let i = 0; i < levels; i++) {
        ext = { url: 'x', extension: [ext] };
      }
      return { resourceType: 'Patient', extension: [ext] };
    };
    // Each extension inside an extension is two levels (the array and its item).
    expect(shapeProblem(nested(5) as { resourceType: string })).toBeUndefined();
    expect(shapeProblem(nested(6) as { resourceType: string })).toBe('extension.0.extension.0.extension.0.extension.0.extension.0.extension.0.extension: nested too deep');
  });

  test('an array at exactly level 12 is read; the limit is not one level short', () => {
    // Consent.provision is an object (level 1) whose provision array is at level 2, and each provision
    // inside adds two levels: k provisions deep puts the deepest array at level 2k.
    const consent = (k: number): { resourceType: string } => {
      let provision: Record<string, unknown> = { type: 'permit' };
      for (let i = 0; i < k; i++) {
        provision = { type: 'deny', provision: [provision] };
      }
      return { resourceType: 'Consent', provision } as { resourceType: string };
    };
    expect(shapeProblem(consent(6))).toBeUndefined();
    expect(shapeProblem(consent(7))).toBe(`provision${'.provision.0'.repeat(6)}.provision: nested too deep`);
  });
});

describe('refersToPatient: Bundle-internal references', () => {
  test('urn:uuid of the patient is the patient; of anyone else it is not', () => {
    expect(refersToPatient('urn:uuid:p1', 'p1')).toBe(true);
    expect(refersToPatient('urn:uuid:p2', 'p1')).toBe(false);
    expect(refersToPatient(undefined, 'p1')).toBe(false);
    expect(refersToPatient('Patient/p1/_history/12', 'p1')).toBe(true);
  });
});

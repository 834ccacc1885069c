import { describe, expect, test } from 'vitest';
import { buildCondition, buildProvenance, buildRetraction, buildRetractionProvenance, canCreate, canUpdate, retractUnavailableReason, writeBackUnavailableReason, type WriteBackInput } from './write-back';

const input: WriteBackInput = {
  patientId: 'p1',
  encounterId: 'e1',
  fhirUser: 'Practitioner/u1',
  verificationStatus: 'provisional',
  diagnosis: { name: 'Pulmonary embolism', codes: { snomed: ['59282003'], icd10cm: ['I26.99'] } },
  model: { id: 'ddx-lr-engine', version: '1.0.0' },
  knowledgeVersion: '1.2.0',
  sources: ['Observation/o1'],
  now: '2026-11-20T10:00:00Z',
};

describe('write-back', () => {
  test.each([
    [['patient/Condition.c', 'patient/Provenance.c'], undefined],
    [['patient/*.write'], undefined],
    [['user/Condition.cruds', 'user/Provenance.cu'], undefined],
    [['patient/Condition.rs', 'patient/Provenance.c'], /Condition records/],
    [['patient/*.read'], /Condition and Provenance/],
  ])('scopes %j → unavailable reason %s', (scopes, reason) => {
    const r = writeBackUnavailableReason(scopes);
    if (reason) {
      expect(r).toMatch(reason);
    } else {
      expect(r).toBeUndefined();
    }
  });

  test('retraction needs Condition update and Provenance create', () => {
    expect(retractUnavailableReason(['patient/Condition.cu', 'patient/Provenance.c'])).toBeUndefined();
    expect(retractUnavailableReason(['patient/Condition.c', 'patient/Provenance.c'])).toMatch(/update Condition/);
    expect(canUpdate(['patient/Condition.rs'], 'Condition')).toBe(false);
    expect(canUpdate(['patient/Condition.cruds'], 'Condition')).toBe(true);
    expect(canUpdate(['patient/*.write'], 'Condition')).toBe(true);
  });

  test('a retraction keeps the Condition, marks it entered in error without a clinical status (con-5) and says why', () => {
    const written = { ...buildCondition(input), id: 'c9' };
    const retracted = buildRetraction(written, '2026-11-21T09:00:00Z');
    expect(retracted.id).toBe('c9');
    expect(retracted.verificationStatus?.coding?.[0].code).toBe('entered-in-error');
    expect(retracted).not.toHaveProperty('clinicalStatus');
    expect(retracted.code).toEqual(written.code);
    expect(retracted.note?.at(-1)?.text).toMatch(/Retracted by the clinician on 2026-11-21/);
    const prov = buildRetractionProvenance({ conditionRef: 'Condition/c9', patientId: 'p1', fhirUser: 'Practitioner/u1', now: '2026-11-21T09:00:00Z' });
    expect(prov.target[0].reference).toBe('Condition/c9');
    expect(prov.activity?.coding?.[0].code).toBe('UPDATE');
    expect(prov.agent[0].who.reference).toBe('Practitioner/u1');
  });

  test('canCreate does not read `.rs` as create', () => {
    expect(canCreate(['patient/Condition.rs'], 'Condition')).toBe(false);
  });

  test('builds a provisional Condition with SNOMED and ICD-10-CM codes', () => {
    const c = buildCondition(input);
    expect(c.verificationStatus?.coding?.[0].code).toBe('provisional');
    expect(c.code?.coding?.map((x) => x.code)).toEqual(['59282003', 'I26.99']);
    expect(c.subject.reference).toBe('Patient/p1');
    expect(c.encounter?.reference).toBe('Encounter/e1');
  });

  test('builds a Provenance with the clinician as author and the model as a device', () => {
    const p = buildProvenance(input, 'c1');
    expect(p.target[0].reference).toBe('Condition/c1');
    expect(p.agent[0]).toMatchObject({ type: { coding: [{ code: 'author' }] }, who: { reference: 'Practitioner/u1' } });
    expect(p.agent[1]).toMatchObject({ type: { coding: [{ code: 'assembler' }] }, who: { type: 'Device', identifier: { value: 'ddx-lr-engine@1.0.0' } } });
    expect(p.entity?.every((e) => e.role === 'source')).toBe(true);
  });
});

import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { CODE_SYSTEMS } from '../knowledge/schema';
import { buildOrderCatalogue, draftOrderFor } from './order-catalogue';

const kb = loadKnowledge();
const catalogue = buildOrderCatalogue(kb);
const tests = catalogue.filter((c) => c.resourceType === 'ServiceRequest');
const testFindings = [...kb.findings.values()].filter((f) => f.test);

describe('buildOrderCatalogue', () => {
  test('has exactly one entry per knowledge-base test, named as the knowledge base names it', () => {
    const names = [...new Set(testFindings.map((f) => f.test?.name))].sort();
    expect(tests.map((c) => c.name).sort()).toEqual(names);
  });

  test('tests that share a generic order code can each be ordered', () => {
    const coded = (code: string): string[] => tests.filter((c) => c.codings.some((x) => x.system === CODE_SYSTEMS.snomed && x.code === code)).map((c) => c.name);
    expect(coded('77477000')).toEqual(expect.arrayContaining(['CT pulmonary angiography', 'CT angiography of the thoracic aorta']));
    expect(coded('77477000').length).toBeGreaterThanOrEqual(5);
    expect(coded('16310003').length).toBeGreaterThanOrEqual(4);
  });

  test('every entry carries every order code of every finding its test reports on', () => {
    for (const f of testFindings) {
      const entry = tests.find((c) => c.name === f.test?.name);
      for (const code of f.test?.orderCodes ?? []) {
        expect(entry?.codings, `${f.id}: ${code.system} ${code.code}`).toContainEqual(expect.objectContaining({ system: CODE_SYSTEMS[code.system], code: code.code }));
      }
    }
  });

  test('ids are unique and make valid FHIR ids for the draft orders', () => {
    expect(new Set(catalogue.map((c) => c.id)).size).toBe(catalogue.length);
    for (const c of catalogue) {
      expect(`draft-${c.id}`).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
    }
  });

  test('entries are grouped, tests before treatments', () => {
    // A test whose finding is of another category (a treatment trial recorded as history) goes under "Other tests".
    expect(new Set(tests.map((c) => c.group))).toEqual(new Set(['Laboratory', 'Imaging', 'ECG', 'Questionnaires and scores', 'Bedside tests', 'Other tests']));
    expect(catalogue.filter((c) => c.resourceType === 'MedicationRequest').map((c) => c.group)).toEqual(['Treatments', 'Treatments']);
    const groups = catalogue.map((c) => c.group);
    expect(groups.filter((g, i) => g !== groups[i - 1])).toEqual([...new Set(groups)]);
  });
});

describe('draftOrderFor', () => {
  test('puts the knowledge base test name, exactly, in code.text, with the codings', () => {
    for (const c of tests) {
      const order = draftOrderFor(c, 'p1', 'e1');
      expect(order).toMatchObject({
        resourceType: 'ServiceRequest',
        id: `draft-${c.id}`,
        status: 'draft',
        intent: 'order',
        subject: { reference: 'Patient/p1' },
        encounter: { reference: 'Encounter/e1' },
        code: { text: c.name, coding: c.codings },
      });
    }
    const ctpa = tests.find((c) => c.name === 'CT pulmonary angiography');
    expect(ctpa && draftOrderFor(ctpa, 'p1')).toMatchObject({ code: { text: 'CT pulmonary angiography', coding: [{ system: CODE_SYSTEMS.snomed, code: '77477000' }] } });
    expect(ctpa && draftOrderFor(ctpa, 'p1')).not.toHaveProperty('encounter');
  });

  test('a treatment is a draft MedicationRequest', () => {
    const aspirin = catalogue.find((c) => c.id === 'med-aspirin');
    expect(aspirin && draftOrderFor(aspirin, 'p1')).toMatchObject({ resourceType: 'MedicationRequest', status: 'draft', medicationCodeableConcept: { text: 'Aspirin 300 mg', coding: [{ code: '1191' }] } });
  });
});

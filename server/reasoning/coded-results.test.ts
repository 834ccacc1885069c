/**
 * Coded imaging and ECG results on the real knowledge base (knowledge 2.86.0): a report whose value is a SNOMED CT
 * concept ("Cerebral hemorrhage" on a CT head) is read as the finding of that test, and findings that record the same
 * thing by two tests share a group so that one report does not count twice.
 */
import { describe, expect, test } from 'vitest';
import type { Observation } from '@medplum/fhirtypes';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { extractFindings } from './extract-findings';
import { buildEncounter, buildPatient } from '../../tests/builders/chart-builder';

const kb = loadKnowledge();
const base = [buildPatient(), buildEncounter('25064002')];
/** A report: its code a LOINC code, or SNOMED CT 77477000 "Computerized axial tomography" (the CT findings' order code). */
const report = (id: string, test: string, snomed: string, display: string, category: 'imaging' | 'procedure' = 'imaging'): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: category }] }],
  code: { coding: [test === 'CT' ? { system: 'http://snomed.info/sct', code: '77477000' } : { system: 'http://loinc.org', code: test }] },
  effectiveDateTime: '2026-11-20T10:20:00Z',
  valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: snomed, display }] },
});
const state = (resources: unknown[], findingId: string) => extractFindings(resources as Parameters<typeof extractFindings>[0], kb).findings.find((f) => f.findingId === findingId)?.present;

describe('coded imaging and ECG results', () => {
  test.each([
    ['ct-head-intracerebral-haemorrhage', '30799-1', '274100004', 'Cerebral hemorrhage'],
    ['ct-head-subarachnoid-blood', '30799-1', '21454007', 'Subarachnoid hemorrhage'],
    ['ct-pulmonary-angiography-positive', 'CT', '59282003', 'Pulmonary embolism'],
    ['ct-appendicitis-positive', 'CT', '74400008', 'Appendicitis'],
    ['ct-diverticulitis-positive', 'CT', '307496006', 'Diverticulitis'],
    ['ct-angiography-mesenteric-ischaemia', 'CT', '91489000', 'Mesenteric ischaemia'],
    // knowledge 2.179.0: a chest radiograph reported as "Pneumonia" is an opacity read as pneumonia
    ['cxr-consolidation', '36643-5', '233604007', 'Pneumonia'],
  ])('%s is read from a report coded %s / %s', (findingId, loinc, snomed, display) => {
    expect(state([...base, report('r1', loinc, snomed, display)], findingId)).toBe(true);
  });

  test('a CT head reported as a haemorrhage makes the other findings of that test absent, not unknown', () => {
    const resources = [...base, report('r1', '30799-1', '274100004', 'Cerebral hemorrhage')];
    expect(state(resources, 'ct-head-intracerebral-haemorrhage')).toBe(true);
    expect(state(resources, 'ct-head-subarachnoid-blood')).toBe(false);
  });

  test('an ECG coded ventricular tachycardia or ventricular ectopics is read on the ECG report only (knowledge 2.129.0: as the recorded arrhythmia, not as the Brugada criteria)', () => {
    expect(state([...base, report('e1', '11524-6', '25569003', 'Ventricular tachycardia', 'procedure')], 'ecg-ventricular-tachycardia')).toBe(true);
    expect(state([...base, report('e1', '11524-6', '25569003', 'Ventricular tachycardia', 'procedure')], 'ecg-brugada-criteria-ventricular-tachycardia')).toBeUndefined();
    expect(state([...base, report('e1', '11524-6', '164884008', 'Ventricular ectopics', 'procedure')], 'ecg-ventricular-premature-complexes')).toBe(true);
    // Not from a Condition: a diagnosis of VT on the problem list is not an ECG.
    const condition = { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/p1' }, code: { coding: [{ system: 'http://snomed.info/sct', code: '164895002' }] } };
    expect(state([...base, condition], 'ecg-ventricular-tachycardia')).toBeUndefined();
  });

  test('two imaging findings that read the same code share a group, so one report counts once per diagnosis', () => {
    for (const [a, b] of [
      ['ct-bowel-obstruction-positive', 'ultrasound-small-bowel-obstruction-positive'],
      ['ct-diverticulitis-positive', 'ultrasound-diverticulitis-positive'],
      ['cxr-pneumothorax', 'lung-ultrasound-pneumothorax'],
      ['ct-appendicitis-positive', 'ultrasound-appendicitis-positive'],
    ]) {
      expect(kb.findings.get(a)?.group, `${a} and ${b}`).toBeDefined();
      expect(kb.findings.get(a)?.group).toBe(kb.findings.get(b)?.group);
    }
  });
});

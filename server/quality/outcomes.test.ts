/**
 * Outcome linkage on a hand-made history. Now (when the test runs) the AI suggests PE (rejected),
 * pneumonia (accepted) and ACS (ignored) for Patient/p1. The chart read later records PE in 2030
 * (confirmed after the suggestion), pneumonia as refuted, ACS only from 2020 (before the suggestion, so
 * not a confirmation), plus a pneumonia Condition written back by this app and a provisional PE (both
 * ignored).
 */
import type { Condition, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import { openPglite } from '../store/database';
import { createStore, type Store } from '../store/store';
import { refreshQualityViews } from './metrics';
import { chartDiagnoses, linkOutcomes, outcomeMetrics } from './outcomes';

const SNOMED = 'http://snomed.info/sct';
const kb = {
  conditions: new Map([
    ['pulmonary-embolism', { id: 'pulmonary-embolism', codes: { snomed: ['59282003'], icd10cm: ['I26.99'] } }],
    ['community-acquired-pneumonia', { id: 'community-acquired-pneumonia', codes: { snomed: ['385093006'], icd10cm: ['J18.9'] } }],
    ['acute-coronary-syndrome', { id: 'acute-coronary-syndrome', codes: { snomed: ['394659003'], icd10cm: ['I24.9'] } }],
  ]),
} as unknown as KnowledgeBase;

function condition(id: string, code: string, recordedDate: string, status?: string, note?: string): Condition {
  return {
    resourceType: 'Condition',
    id,
    subject: { reference: 'Patient/p1' },
    code: { coding: [{ system: SNOMED, code }] },
    recordedDate,
    ...(status ? { verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: status }] } } : {}),
    ...(note ? { note: [{ text: note }] } : {}),
  };
}

const chart: Resource[] = [
  { resourceType: 'Patient', id: 'p1' },
  condition('c1', '59282003', '2030-11-03T10:00:00Z', 'confirmed'),
  condition('c2', '385093006', '2030-11-05T10:00:00Z', 'refuted'),
  condition('c3', '394659003', '2020-10-01T10:00:00Z'),
  condition('c4', '385093006', '2030-11-01T12:00:00Z', 'confirmed', 'Accepted by the clinician from an AI-suggested differential (ddx 2.1.0, knowledge 2.2.0).'),
  condition('c5', '59282003', '2030-11-02T10:00:00Z', 'provisional'),
];

let store: Store;
beforeAll(async () => {
  store = await createStore(await openPglite('memory'), 'secret');
  const set = await store.recordSuggestionSet({
    idempotencyKey: 'k1',
    surface: 'app',
    fhirServer: 'http://fhir',
    patientRef: 'Patient/p1',
    userRef: 'Practitioner/u1',
    modelId: 'ddx',
    modelVersion: '2.1.0',
    knowledgeVersion: '2.2.0',
    knowledgeHash: 'h',
    inputHash: 'i',
    setting: 'emergency',
    findings: [],
    output: {},
    suggestions: [
      { conditionId: 'pulmonary-embolism', rank: 1, probability: 0.3, band: 'possible', cantMiss: true },
      { conditionId: 'community-acquired-pneumonia', rank: 2, probability: 0.2, band: 'possible', cantMiss: false },
      { conditionId: 'acute-coronary-syndrome', rank: 3, probability: 0.1, band: 'unlikely', cantMiss: true },
    ],
  });
  const id = (c: string): string => set.suggestions.find((s) => s.conditionId === c)?.id as string;
  const decide = (c: string, outcome: 'accepted' | 'rejected') =>
    store.recordDecision({ idempotencyKey: `d-${c}`, setId: set.setId, suggestionId: id(c), conditionId: c, userRef: 'Practitioner/u1', fhirServer: 'http://fhir', outcome, source: 'app' });
  await decide('pulmonary-embolism', 'rejected');
  await decide('community-acquired-pneumonia', 'accepted');
});
afterAll(async () => store.close());

describe('outcome linkage', () => {
  test('reads confirmed and refuted diagnoses, ignoring the app’s own write-back and provisional ones', () => {
    const found = chartDiagnoses(kb, chart).map((d) => `${d.conditionId}|${d.kind}|${d.recordedAt}`).sort();
    expect(found).toEqual([
      'acute-coronary-syndrome|confirmed|2020-10-01T10:00:00Z',
      'community-acquired-pneumonia|refuted|2030-11-05T10:00:00Z',
      'pulmonary-embolism|confirmed|2030-11-03T10:00:00Z',
    ]);
  });

  test('links only this patient’s earlier suggestions, once', async () => {
    expect(await linkOutcomes(store, 'http://fhir', 'Patient/other', chartDiagnoses(kb, chart))).toBe(0);
    expect(await linkOutcomes(store, 'http://fhir', 'Patient/p1', chartDiagnoses(kb, chart))).toBe(2);
    expect(await linkOutcomes(store, 'http://fhir', 'Patient/p1', chartDiagnoses(kb, chart))).toBe(0);
    const rows = (await store.db.query<{ condition_id: string; kind: string }>('SELECT condition_id, kind FROM outcomes ORDER BY condition_id')).rows;
    expect(rows).toEqual([
      { condition_id: 'community-acquired-pneumonia', kind: 'refuted' },
      { condition_id: 'pulmonary-embolism', kind: 'confirmed' },
    ]);
  });

  test('rates: the rejected PE was later confirmed, the accepted pneumonia later refuted, the ignored ACS not confirmed', async () => {
    await refreshQualityViews(store.db);
    const m = await outcomeMetrics(store.db);
    expect(m.overriddenLaterConfirmed).toMatchObject({ estimate: 100, n: 1 });
    expect(m.acceptedLaterRefuted).toMatchObject({ estimate: 100, n: 1 });
    expect(m.acceptedLaterConfirmed).toMatchObject({ estimate: 0, n: 1 });
    expect(m.ignoredLaterConfirmed).toMatchObject({ estimate: 0, n: 1 });
  });
});

import { describe, expect, test } from 'vitest';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../../tests/builders/chart-builder';
import { miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { assembleKnowledge } from '../../server/knowledge/load-knowledge';
import type { CdsRequest } from '../types';
import { ddxOrderSelect } from './ddx-order-select';

const chart = [buildPatient(), buildEncounter('29857009'), buildSymptom('c1', '3368006'), buildQuantity('hr1', '8867-4', 118, '/min')];
const request = (loinc: string): CdsRequest =>
  ({
    hook: 'order-select',
    hookInstance: 'h1',
    context: {
      userId: 'Practitioner/u1',
      patientId: 'p1',
      selections: ['ServiceRequest/d1'],
      draftOrders: {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [{ resource: { resourceType: 'ServiceRequest', id: 'd1', status: 'draft', intent: 'order', subject: { reference: 'Patient/p1' }, code: { coding: [{ system: 'http://loinc.org', code: loinc }] } } }],
      },
    },
  }) as unknown as CdsRequest;
const run = (kb: ReturnType<typeof assembleKnowledge>, loinc: string) =>
  ddxOrderSelect.handle(request(loinc), { resources: chart, missing: [] } as never, { knowledge: kb, cardContext: { publicBaseUrl: 'http://localhost', model: { id: 'm', version: '1' }, knowledgeVersion: '1' } } as never);

describe('order-select and where a test’s evidence applies', () => {
  test('a selected test says what it would do; where its evidence does not apply to this patient, it is silent and says why', async () => {
    const raw = miniKnowledgeRaw();
    expect((await run(assembleKnowledge(raw), '48065-7')).cards.length).toBe(1);
    (raw.evidence as Record<string, { condition: string; finding: string; appliesTo?: unknown }[]>)['mini.json'].forEach((e) => {
      if (e.finding === 'ddimer-positive') {
        e.appliesTo = { problems: ['fever'] };
      }
    });
    const scoped = await run(assembleKnowledge(raw), '48065-7');
    expect(scoped.cards).toEqual([]);
    expect(scoped.quietReason).toMatch(/no evidence that applies to these leading diagnoses for this patient/);
    // An order the knowledge base does not know at all is told apart.
    expect((await run(assembleKnowledge(raw), '99999-9')).quietReason).toBe('selected orders are not tests in the knowledge base');
  });
});

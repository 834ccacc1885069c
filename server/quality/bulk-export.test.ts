/**
 * The bulk export's resources are valid FHIR R4 GuidanceResponses carrying no direct identifiers, and
 * its jobs belong to the reviewer who started them.
 */
import { randomUUID } from 'node:crypto';
import { validateResource } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadFhirDefinitions } from '../sandbox/fhir-definitions';
import { openPglite } from '../store/database';
import { createStore, type Store } from '../store/store';
import { BulkExports, toGuidanceResponse } from './bulk-export';
import { exportRows, refreshQualityViews } from './metrics';

let store: Store;

beforeAll(async () => {
  loadFhirDefinitions();
  store = await createStore(await openPglite('memory'), 'secret');
  const set = await store.recordSuggestionSet({
    idempotencyKey: randomUUID(),
    surface: 'app',
    fhirServer: 'http://fhir',
    patientRef: 'Patient/jane-doe-123',
    userRef: 'Practitioner/dr-who',
    modelId: 'ddx',
    modelVersion: '2.1.0',
    knowledgeVersion: '2.2.0',
    knowledgeHash: 'h',
    inputHash: 'i',
    setting: 'emergency',
    findings: [],
    output: {},
    subgroup: { ageBand: '65+', sex: 'female' },
    suggestions: [
      { conditionId: 'pulmonary-embolism', rank: 1, probability: 0.21, band: 'possible', cantMiss: true },
      { conditionId: 'pneumonia', rank: 2, probability: 0.12, band: 'possible', cantMiss: false },
    ],
  });
  await store.recordDecision({
    idempotencyKey: randomUUID(),
    setId: set.setId,
    suggestionId: set.suggestions[0].id,
    conditionId: 'pulmonary-embolism',
    userRef: 'Practitioner/dr-who',
    fhirServer: 'http://fhir',
    outcome: 'rejected',
    reasonCode: 'insufficient-data',
    comment: 'Mrs Doe had a CTPA on 2026-11-01, MRN 99887766',
    source: 'app',
  });
  await refreshQualityViews(store.db);
});
afterAll(async () => store.close());

describe('GuidanceResponse export', () => {
  test('each shown suggestion is a valid R4 GuidanceResponse without subject, identifiers or dates finer than the week', async () => {
    const rows = await exportRows(store.db);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const resource = toGuidanceResponse(row);
      const errors = validateResource(resource as unknown as Resource).filter((i) => i.severity === 'error' || i.severity === 'fatal');
      expect(errors).toEqual([]);
      expect(resource).not.toHaveProperty('subject');
      expect(resource).not.toHaveProperty('identifier');
      expect(String(resource.occurrenceDateTime)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const text = JSON.stringify(rows.map(toGuidanceResponse));
    for (const identifier of ['jane-doe-123', 'dr-who', 'Doe', '99887766', '2026-11-01']) {
      expect(text).not.toContain(identifier);
    }
    expect(text).toContain('Mrs [name] had a CTPA on [date], [id]');
  });

  test('jobs run in the background, belong to their owner, and can be deleted', async () => {
    const jobs = new BulkExports();
    const job = jobs.start(store.db, 'reviewer-a', 'http://x/$export', {});
    expect(job.status).toBe('running');
    await expect.poll(() => jobs.get(job.id, 'reviewer-a')?.status).toBe('done');
    const done = jobs.get(job.id, 'reviewer-a');
    expect(done?.counts).toEqual([2]);
    expect(done?.files[0].trim().split('\n').map((l) => (JSON.parse(l) as { resourceType: string }).resourceType)).toEqual(['GuidanceResponse', 'GuidanceResponse']);
    expect(jobs.get(job.id, 'reviewer-b')).toBeUndefined();
    expect(jobs.delete(job.id, 'reviewer-b')).toBe(false);
    expect(jobs.delete(job.id, 'reviewer-a')).toBe(true);
    expect(jobs.get(job.id, 'reviewer-a')).toBeUndefined();
  });

  test('jobs expire after an hour', async () => {
    let now = 0;
    const jobs = new BulkExports(() => now);
    const job = jobs.start(store.db, 'reviewer-a', 'r', {});
    now = 61 * 60 * 1000;
    expect(jobs.get(job.id, 'reviewer-a')).toBeUndefined();
  });
});

/**
 * Issue 16: one bad call never harms another. Each attack is sent over HTTP to the real app with the
 * sandbox EHR signing the calls, beside valid calls made at the same moment.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { callCds } from './cds-harness';
import { fixtureChart, hookRequest } from '../builders/cds-request-builder';
import type { CdsResponse } from '../../cds-hooks/types';

let server: RunningServer;
const call = (service: string, body: unknown) => callCds(server, service, body);

beforeAll(async () => {
  server = await startTestServer({ CDS_FETCH_BUDGET_MS: '10000' });
});
afterAll(async () => {
  await server?.stop();
});

describe('bad hook calls fail alone, with a 400', () => {
  const chart = fixtureChart('dyspnoea-pulmonary-embolism.json');

  test('a hookInstance with a NUL, an oversized hookInstance, and a prefetched Patient with a NUL are each refused with 400', async () => {
    const nul = { ...hookRequest('patient-view', chart), hookInstance: `abc\u0000def` };
    const long = { ...hookRequest('patient-view', chart), hookInstance: 'x'.repeat(3000) };
    const patientNul = hookRequest('patient-view', chart);
    const prefetch = patientNul.prefetch as Record<string, Record<string, unknown>>;
    prefetch.patient = { ...prefetch.patient, name: [{ text: 'Ann\u0000Other' }] };
    for (const body of [nul, long, patientNul]) {
      const res = await call('ddx-patient-view', body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body).length).toBeLessThan(4000);
    }
  });

  test('valid calls made at the same moment as bad ones all get their cards', async () => {
    const valid = Array.from({ length: 12 }, () => hookRequest('patient-view', chart));
    const bad = Array.from({ length: 4 }, (_, i) => ({ ...hookRequest('patient-view', chart), hookInstance: `bad-${i}\u0000` }));
    const all = await Promise.all([...valid, ...bad].map((b) => call('ddx-patient-view', b)));
    const good = all.slice(0, valid.length);
    expect(good.map((r) => r.status)).toEqual(valid.map(() => 200));
    for (const r of good) {
      expect((r.body as CdsResponse).cards.length).toBeGreaterThan(0);
    }
    expect(all.slice(valid.length).map((r) => r.status)).toEqual(bad.map(() => 400));
  });
});

describe('feedback bodies are bounded', () => {
  test('a feedback item with thousands of invalid accepted suggestions gets a short refusal, not a huge answer', async () => {
    const item = { card: randomUUID(), outcome: 'accepted', acceptedSuggestions: Array.from({ length: 20_000 }, () => ({ id: '' })), outcomeTimestamp: new Date().toISOString() };
    const res = await call('ddx-patient-view/feedback', { feedback: [item] });
    expect(res.status).toBe(200);
    expect(res.body.results[0].status).toBe('invalid');
    expect(JSON.stringify(res.body).length).toBeLessThan(3000);
  });

  test('a feedback comment with a NUL is refused as invalid, not as a store failure', async () => {
    const item = { card: randomUUID(), outcome: 'overridden', overrideReason: { userComment: 'no\u0000' }, outcomeTimestamp: new Date().toISOString() };
    const res = await call('ddx-patient-view/feedback', { feedback: [item] });
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ status: 'invalid' });
    expect(res.body.results[0].message).toMatch(/NUL/);
  });
});

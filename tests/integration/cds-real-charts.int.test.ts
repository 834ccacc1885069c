/**
 * CDS Hooks on what real EHRs hold: quiet on Synthea histories (check-ups with no reason, deceased
 * patients, children), and the same cards whether or not the EHR names the encounter when the patient
 * has one in progress.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, Encounter } from '@medplum/fhirtypes';
import { FIXTURES_DIR } from '../../fixtures/read-fixtures';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { callCds } from './cds-harness';
import { bundleChart, fixtureChart, fullPrefetch, hookRequest } from '../builders/cds-request-builder';
import type { CdsCard } from '../../cds-hooks/types';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ CDS_FETCH_BUDGET_MS: '10000' });
});
afterAll(async () => {
  await server?.stop();
});

const SYNTHEA = join(FIXTURES_DIR, 'synthea');
const synthea = readdirSync(SYNTHEA)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, bundle: JSON.parse(readFileSync(join(SYNTHEA, file), 'utf8')) as Bundle }))
  .filter(({ bundle }) => bundle.entry?.some((e) => e.resource?.resourceType === 'Patient'));

function lastEncounterId(bundle: Bundle): string | undefined {
  return (bundle.entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is Encounter => r?.resourceType === 'Encounter')
    .sort((a, b) => (a.period?.start ?? '').localeCompare(b.period?.start ?? ''))
    .at(-1)?.id;
}

describe('patient-view on Synthea histories', () => {
  test.each(synthea.map((s) => [s.file, s.bundle] as const))('%s: no cards, with or without the last encounter in context', async (_file, bundle) => {
    for (const encounterId of [lastEncounterId(bundle), undefined]) {
      const chart = bundleChart(bundle, encounterId);
      const res = await callCds(server, 'ddx-patient-view', hookRequest('patient-view', chart));
      expect(res.status).toBe(200);
      expect({ encounterId, cards: (res.body.cards as CdsCard[]).map((c) => c.summary) }).toEqual({ encounterId, cards: [] });
    }
  });
});

describe('the encounter in progress is found without an encounterId', () => {
  test.each(['dyspnoea-pulmonary-embolism.json', 'abdominal-pain-appendicitis.json', 'chest-pain-nstemi.json'])('%s: the same cards as with it', async (file) => {
    const chart = fixtureChart(file);
    expect(chart.encounterId).toBeDefined();
    const withIt = await callCds(server, 'ddx-patient-view', hookRequest('patient-view', chart));
    const without = { ...chart, encounterId: undefined };
    const prefetch = { ...fullPrefetch(without) };
    delete (prefetch as Record<string, unknown>).encounter;
    const withoutIt = await callCds(server, 'ddx-patient-view', hookRequest('patient-view', without, { prefetch }));
    expect(withIt.status).toBe(200);
    expect(withoutIt.status).toBe(200);
    const cards = (b: { cards: CdsCard[] }) => b.cards.map((c) => `${c.indicator}: ${c.summary}`);
    expect(cards(withIt.body).length).toBeGreaterThan(0);
    expect(cards(withoutIt.body)).toEqual(cards(withIt.body));
  });

  test('a child in progress gets no cards', async () => {
    const chart = fixtureChart('child-sore-throat-strep.json');
    const res = await callCds(server, 'ddx-patient-view', hookRequest('patient-view', chart));
    expect(res.status).toBe(200);
    expect(res.body.cards).toEqual([]);
  });
});

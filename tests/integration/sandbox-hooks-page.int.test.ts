/**
 * The sandbox EHR's CDS Hooks page against the real app: the order catalogue lists every
 * knowledge-base test once (also those that share a generic code), and the draft orders the sandbox
 * sends in `draftOrders` carry the test's knowledge-base name, exactly, as `code.text`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { CODE_SYSTEMS } from '../../server/knowledge/schema';
import { startTestServer, type RunningServer } from '../setup/test-server';

let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ CDS_FETCH_BUDGET_MS: '10000' });
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  await server?.stop();
});

function unescape(html: string): string {
  return html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The catalogue entries on the page: checkbox value and data-name. */
async function pageCatalogue(): Promise<{ id: string; name: string }[]> {
  const res = await fetch(`${server.baseUrl}/sandbox/hooks?patient=cp-02-patient`);
  expect(res.status).toBe(200);
  const html = await res.text();
  return [...html.matchAll(/<input type="checkbox" name="order" value="([^"]+)" data-name="([^"]+)"/g)].map((m) => ({ id: unescape(m[1]), name: unescape(m[2]) }));
}

/** Fires a hook through the sandbox and returns the request body the sandbox sent to the CDS service. */
async function sentHookRequest(serviceId: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const spy = vi.spyOn(globalThis, 'fetch');
  const res = await fetch(`${server.baseUrl}/sandbox/hooks/fire`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ serviceId, patientId: 'cp-02-patient', userId: 'sandbox-clinician-2', encounterId: 'cp-02-enc', ...body }),
  });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { status: number }).status).toBe(200);
  const call = spy.mock.calls.find(([url, init]) => String(url) === `${server.baseUrl}/cds-services/${serviceId}` && init?.method === 'POST');
  expect(call, `the sandbox called ${serviceId}`).toBeDefined();
  return JSON.parse(String(call?.[1]?.body)) as Record<string, unknown>;
}

interface DraftOrder {
  resourceType: string;
  id: string;
  status: string;
  code?: { text?: string; coding?: { system: string; code: string }[] };
}

describe('sandbox order catalogue', () => {
  test('lists each knowledge-base test once, by its knowledge-base name, under group headings', async () => {
    const entries = await pageCatalogue();
    const names = [...new Set([...server.handle.knowledge.findings.values()].flatMap((f) => (f.test ? [f.test.name] : [])))].sort();
    expect(entries.filter((e) => !e.id.startsWith('med-')).map((e) => e.name).sort()).toEqual(names);
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['CT pulmonary angiography', 'CT angiography of the thoracic aorta', 'Compression ultrasonography of the leg veins', 'Point-of-care pleural ultrasound']));
    const html = await (await fetch(`${server.baseUrl}/sandbox/hooks?patient=cp-02-patient`)).text();
    for (const legend of ['Laboratory', 'Imaging', 'ECG', 'Treatments']) {
      expect(html).toContain(`<legend>${legend}</legend>`);
    }
  });

  test('order-select sends the draft orders with the test’s knowledge-base name as code.text, also for a shared generic code', async () => {
    const entries = await pageCatalogue();
    const ctpa = entries.find((e) => e.name === 'CT pulmonary angiography');
    const aorta = entries.find((e) => e.name === 'CT angiography of the thoracic aorta');
    const dimer = entries.find((e) => e.name === 'D-dimer');
    const sent = await sentHookRequest('ddx-order-select', { orderIds: [ctpa?.id, aorta?.id, dimer?.id], selectedIds: [ctpa?.id] });
    const context = sent.context as { selections: string[]; draftOrders: { entry: { resource: DraftOrder }[] } };
    const orders = context.draftOrders.entry.map((e) => e.resource);
    expect(context.selections).toEqual([`ServiceRequest/draft-${ctpa?.id}`]);
    expect(orders.map((o) => o.code?.text)).toEqual(['CT pulmonary angiography', 'CT angiography of the thoracic aorta', 'D-dimer']);
    for (const o of orders.slice(0, 2)) {
      expect(o).toMatchObject({ resourceType: 'ServiceRequest', status: 'draft', code: { coding: [{ system: CODE_SYSTEMS.snomed, code: '77477000' }] } });
    }
    expect(orders[0].id).toBe(`draft-${ctpa?.id}`);
    expect(orders[2].code?.coding).toEqual([expect.objectContaining({ system: CODE_SYSTEMS.loinc, code: '48065-7' })]);
  });

  test('order-sign sends every draft order, including one added from a card, with its code.text', async () => {
    const entries = await pageCatalogue();
    const ultrasound = entries.find((e) => e.name === 'Compression ultrasonography of the leg veins');
    const fromCard = { resourceType: 'ServiceRequest', id: 'suggested-1', status: 'draft', intent: 'proposal', code: { text: 'CT pulmonary angiography', coding: [{ system: CODE_SYSTEMS.snomed, code: '77477000' }] } };
    const sent = await sentHookRequest('ddx-order-sign', { orderIds: [ultrasound?.id], extraOrders: [fromCard] });
    const orders = (sent.context as { draftOrders: { entry: { resource: DraftOrder }[] } }).draftOrders.entry.map((e) => e.resource);
    expect(orders.map((o) => [o.id, o.code?.text])).toEqual([
      [`draft-${ultrasound?.id}`, 'Compression ultrasonography of the leg veins'],
      ['suggested-1', 'CT pulmonary angiography'],
    ]);
  });
});

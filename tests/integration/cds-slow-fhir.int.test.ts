/**
 * A FHIR server that never answers must not hang a hook call: the service answers within its fetch
 * budget, with no cards, instead of waiting (CDS Hooks asks for answers in about 500 ms).
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, startTestServer, type RunningServer } from '../setup/test-server';
import { fixtureChart, hookRequest } from '../builders/cds-request-builder';

let server: RunningServer;
let hanging: Server;
let slowBase: string;

beforeAll(async () => {
  const port = await freePort();
  slowBase = `http://127.0.0.1:${port}/fhir`;
  hanging = createServer(() => undefined); // accepts connections, never responds
  await new Promise<void>((resolve) => hanging.listen(port, '127.0.0.1', () => resolve()));
  server = await startTestServer({ CDS_FETCH_BUDGET_MS: '300', FHIR_SERVER_ALLOWLIST: slowBase });
});
afterAll(async () => {
  hanging.closeAllConnections();
  hanging.close();
  await server.stop();
});

describe('a slow FHIR server', () => {
  test('gets an answer within the budget, with no cards, when the patient could not be fetched in time', async () => {
    const chart = fixtureChart('chest-pain-nstemi.json');
    const url = `${server.baseUrl}/cds-services/ddx-patient-view`;
    const body = hookRequest('patient-view', chart, {
      prefetch: null,
      fhirServer: slowBase,
      fhirAuthorization: { access_token: 'x', token_type: 'Bearer', expires_in: 300, scope: 'patient/*.rs', subject: 'ddx-cds' },
    });
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.handle.sandbox!.cdsClient.sign(url)}` }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    expect((await res.json()).cards).toEqual([]);
    // A hang would fail this test through the test timeout; speed itself is measured by npm run bench.
  });
});

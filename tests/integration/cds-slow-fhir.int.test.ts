/**
 * A FHIR server that never answers must not hang a hook call: the service gives up when its fetch
 * budget has elapsed and answers with what it has (here nothing usable: no cards), instead of waiting
 * (CDS Hooks asks for answers in about 500 ms). Behaviour, not speed, is asserted: speed is measured
 * by npm run bench.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, startTestServer, type RunningServer } from '../setup/test-server';
import { fixtureChart, hookRequest } from '../builders/cds-request-builder';

let server: RunningServer;
let hanging: Server;
let slowBase: string;
/** The paths the hanging server was asked for. */
const asked: string[] = [];
const BUDGET_MS = 300;

beforeAll(async () => {
  const port = await freePort();
  slowBase = `http://127.0.0.1:${port}/fhir`;
  hanging = createServer((req) => void asked.push(req.url ?? '')); // accepts requests, never responds
  await new Promise<void>((resolve) => hanging.listen(port, '127.0.0.1', () => resolve()));
  server = await startTestServer({ CDS_FETCH_BUDGET_MS: String(BUDGET_MS), FHIR_SERVER_ALLOWLIST: slowBase }, { captureLogs: true });
});
afterAll(async () => {
  hanging.closeAllConnections();
  hanging.close();
  await server.stop();
});

describe('a slow FHIR server', () => {
  test('when the budget elapses before the patient is fetched, answers with no cards and says why, instead of waiting', async () => {
    const chart = fixtureChart('chest-pain-nstemi.json');
    const url = `${server.baseUrl}/cds-services/ddx-patient-view`;
    const body = hookRequest('patient-view', chart, {
      prefetch: null,
      fhirServer: slowBase,
      fhirAuthorization: { access_token: 'x', token_type: 'Bearer', expires_in: 300, scope: 'patient/*.rs', subject: 'ddx-cds' },
    });
    const started = performance.now();
    const answer = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.handle.sandbox!.cdsClient.sign(url)}` }, body: JSON.stringify(body) });
    // A generous bound, so that a service that waits for the server fails here with a clear message rather than by the test timeout.
    const res = await Promise.race([answer, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), 10_000).unref())]);
    expect(res, 'the service is still waiting for the FHIR server 10 s later').not.toBe('still waiting');
    const elapsed = performance.now() - started;
    expect((res as Response).status).toBe(200);
    expect(await (res as Response).json()).toEqual({ cards: [] });
    // It did ask the FHIR server, and answered only once the budget had run out (not by failing early).
    expect(asked.some((path) => path.startsWith(`/fhir/Patient/${chart.patientId}`))).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(BUDGET_MS - 20);
    const served = server.logs.find((l) => l.msg === 'hook served' && l.hookInstance === body.hookInstance);
    expect(served).toMatchObject({ cards: 0, quiet: 'FHIR server too slow; answered within budget without cards', fetched: [] });
    expect(served?.missing).toContain('patient');
  });
});

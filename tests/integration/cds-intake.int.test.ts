/**
 * What the CDS Hooks service accepts before it reasons: another patient's data, malformed FHIR,
 * draft orders of the wrong version or shape, missing context, and missing or unreadable consents.
 * Each is a 4xx with a short reason or, where the data merely could not be had, no cards; never a 500.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, startTestServer, type RunningServer } from '../setup/test-server';
import { callCds } from './cds-harness';
import { draftOrders, fixtureChart, fullPrefetch, hookRequest } from '../builders/cds-request-builder';

let server: RunningServer;
let fhir: Server;
let fhirBase: string;
/** What the fake FHIR server answers for a Consent search. */
let consentAnswer: 'fail' | 'none' | 'opted-out' | 'hang' = 'fail';
/** The paths the fake FHIR server was asked for. */
const asked: string[] = [];
const BUDGET_MS = 1000;

const chart = fixtureChart('dyspnoea-pulmonary-embolism.json');
const other = fixtureChart('chest-pain-nstemi.json');
const optedOut = fixtureChart('opted-out-low-back-pain.json');

const call = (service: string, body: unknown): Promise<{ status: number; body: any }> => callCds(server, service, body);

function withPrefetch(changes: Record<string, unknown>, base = chart): Record<string, unknown> {
  return hookRequest('patient-view', base, { prefetch: { ...fullPrefetch(base), ...changes } });
}

/** The full prefetch without its consent key (the EHR did not prefetch consents). */
function withoutConsent(of: typeof chart): Record<string, unknown> {
  const prefetch = fullPrefetch(of) as Record<string, unknown>;
  delete prefetch.consent;
  return prefetch;
}

function searchset(...resources: unknown[]): unknown {
  return { resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) };
}

beforeAll(async () => {
  const port = await freePort();
  fhirBase = `http://127.0.0.1:${port}/fhir`;
  // A FHIR server that has the patient but fails (or has nothing) for Consent searches.
  fhir = createServer((req, res) => {
    asked.push(req.url ?? '');
    res.setHeader('content-type', 'application/fhir+json');
    if (req.url?.startsWith('/fhir/Consent')) {
      if (consentAnswer === 'hang') {
        return;
      }
      if (consentAnswer === 'fail') {
        res.statusCode = 500;
        res.end(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] }));
      } else {
        const consents = consentAnswer === 'opted-out' ? optedOut.resources.filter((r) => r.resourceType === 'Consent') : [];
        res.end(JSON.stringify({ resourceType: 'Bundle', type: 'searchset', entry: consents.map((resource) => ({ resource })) }));
      }
      return;
    }
    res.statusCode = 404;
    res.end(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] }));
  });
  await new Promise<void>((resolve) => fhir.listen(port, '127.0.0.1', () => resolve()));
  server = await startTestServer({ CDS_FETCH_BUDGET_MS: String(BUDGET_MS), FHIR_SERVER_ALLOWLIST: fhirBase }, { captureLogs: true });
});
afterAll(async () => {
  fhir.closeAllConnections();
  fhir.close();
  await server.stop();
});

const fhirAuthorization = { access_token: 'x', token_type: 'Bearer', expires_in: 300, scope: 'patient/*.rs', subject: 'ddx-cds' };

describe('another patient’s data', () => {
  test('a prefetched Patient that is not context.patientId is refused', async () => {
    const res = await call('ddx-patient-view', withPrefetch({ patient: fullPrefetch(other).patient }));
    expect(res.status).toBe(400);
    expect(res.body.issue[0].diagnostics).toBe('patient_mismatch');
  });

  test('a MedicationStatement of another patient in the prefetch is refused', async () => {
    const statement = { resourceType: 'MedicationStatement', id: 'ms1', status: 'active', subject: { reference: `Patient/${other.patientId}` }, medicationCodeableConcept: { text: 'apixaban' } };
    const res = await call('ddx-patient-view', withPrefetch({ medications: searchset(statement) }));
    expect(res.status).toBe(400);
    expect(res.body.issue[0].diagnostics).toBe('patient_mismatch');
    const own = { ...statement, subject: { reference: `Patient/${chart.patientId}` } };
    expect((await call('ddx-patient-view', withPrefetch({ medications: searchset(own) }))).status).toBe(200);
  });

  test('a whole chart of another patient under this patient’s id is refused, not reasoned over', async () => {
    const body = hookRequest('patient-view', chart, { prefetch: { ...fullPrefetch(other), patient: fullPrefetch(chart).patient } });
    const res = await call('ddx-patient-view', body);
    expect(res.status).toBe(400);
    expect(res.body.issue[0].details.text).toMatch(/another patient/);
  });

  test('an observation with no patient reference is refused', async () => {
    const obs = { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] }, valueQuantity: { value: 130, unit: '/min' } };
    const res = await call('ddx-patient-view', withPrefetch({ observations: searchset(obs) }));
    expect(res.status).toBe(400);
    expect(res.body.issue[0].details.text).toMatch(/does not say which patient/);
  });

  test('absolute and versioned references to the patient are this patient’s', async () => {
    const obs = { resourceType: 'Observation', status: 'final', subject: { reference: `https://ehr.example.org/fhir/Patient/${chart.patientId}/_history/3` }, code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] }, valueQuantity: { value: 130, unit: '/min' } };
    const res = await call('ddx-patient-view', withPrefetch({ observations: searchset(obs) }));
    expect(res.status).toBe(200);
  });

  test('a draft order for another patient is refused', async () => {
    const orders = draftOrders(other.patientId, [{ system: 'http://loinc.org', code: '48065-7', display: 'D-dimer' }]);
    const res = await call('ddx-order-sign', hookRequest('order-sign', chart, { context: { draftOrders: orders } }));
    expect(res.status).toBe(400);
    expect(res.body.issue[0].diagnostics).toBe('patient_mismatch');
  });
});

describe('malformed FHIR is a 400 naming the field, never a 500', () => {
  const patient = fullPrefetch(chart).patient as unknown as Record<string, unknown>;
  const consent = (provision: unknown) => searchset({ resourceType: 'Consent', id: 'c1', status: 'active', patient: { reference: `Patient/${chart.patientId}` }, provision });
  test.each([
    ['Patient.birthDate a number', { patient: { ...patient, birthDate: 12345 } }, /birthDate/],
    ['Consent.provision.code a string', { consent: consent({ type: 'deny', code: 'x' }) }, /provision\.code/],
    ['Observation.code.coding a string', { observations: searchset({ resourceType: 'Observation', subject: { reference: `Patient/${chart.patientId}` }, code: { coding: 'x' } }) }, /code\.coding/],
    ['Observation.valueQuantity.value a string', { observations: searchset({ resourceType: 'Observation', subject: { reference: `Patient/${chart.patientId}` }, code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] }, valueQuantity: { value: '130' } }) }, /valueQuantity\.value/],
    ['Condition.code.coding [null]', { conditions: searchset({ resourceType: 'Condition', subject: { reference: `Patient/${chart.patientId}` }, code: { coding: [null] } }) }, /code\.coding\.0/],
    ['Bundle.entry a string', { conditions: { resourceType: 'Bundle', type: 'searchset', entry: 'x' } }, /entry must be an array/],
    ['a prefetch value that is not a resource', { conditions: [1, 2] }, /prefetch\.conditions/],
  ])('%s', async (_name, change, reason) => {
    const res = await call('ddx-patient-view', withPrefetch(change));
    expect(res.status).toBe(400);
    expect(res.body.resourceType).toBe('OperationOutcome');
    expect(res.body.issue[0].details.text).toMatch(reason);
  });

  test.each([20, 8000])('Bundles nested %i deep are refused without exhausting the stack', async (depth) => {
    // Built as text: the test's own JSON.stringify would not nest that deep.
    const inner = JSON.stringify({ resourceType: 'Observation', subject: { reference: `Patient/${chart.patientId}` } });
    const nested = `${'{"resourceType":"Bundle","entry":[{"resource":'.repeat(depth)}${inner}${'}]}'.repeat(depth)}`;
    const body = JSON.stringify(withPrefetch({ observations: '@@NESTED@@' })).replace('"@@NESTED@@"', nested);
    const url = `${server.baseUrl}/cds-services/ddx-patient-view`;
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.handle.sandbox!.cdsClient.sign(url)}` }, body });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { resourceType: string }).resourceType).toBe('OperationOutcome');
  });

  test.each([
    ['draftOrders.entry a string', { resourceType: 'Bundle', entry: 'x' }, /entry must be an array/],
    ['ServiceRequest.code a string', { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'ServiceRequest', id: 'd1', status: 'draft', subject: { reference: `Patient/${chart.patientId}` }, code: 'x' } }] }, /code/],
    ['ServiceRequest.code.coding [null]', { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'ServiceRequest', id: 'd1', status: 'draft', subject: { reference: `Patient/${chart.patientId}` }, code: { coding: [null] } } }] }, /code\.coding/],
    ['an STU3 ProcedureRequest', { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'ProcedureRequest', id: 'd1', status: 'draft' } }] }, /not FHIR R4/],
  ])('order-sign with %s', async (_name, orders, reason) => {
    const res = await call('ddx-order-sign', hookRequest('order-sign', chart, { context: { draftOrders: orders } }));
    expect(res.status).toBe(400);
    expect(res.body.issue[0].details.text).toMatch(reason);
  });
});

describe('context', () => {
  test('userId is required (all three hooks require it)', async () => {
    const body = hookRequest('patient-view', chart) as { context: Record<string, unknown> };
    delete body.context.userId;
    const res = await call('ddx-patient-view', body);
    expect(res.status).toBe(400);
    expect(res.body.issue[0].details.text).toMatch(/context\.userId is required/);
  });

  test('order-select selections must name orders in draftOrders', async () => {
    const orders = draftOrders(chart.patientId, [{ system: 'http://loinc.org', code: '48065-7', display: 'D-dimer' }]);
    const res = await call('ddx-order-select', hookRequest('order-select', chart, { context: { selections: ['ServiceRequest/not-there'], draftOrders: orders } }));
    expect(res.status).toBe(400);
    expect(res.body.issue[0].details.text).toMatch(/not in context\.draftOrders/);
  });
});

describe('the patient and the consents must be had', () => {
  test('a patient prefetched as null cannot stand in for the patient: 412 without a server to read it from', async () => {
    const res = await call('ddx-patient-view', withPrefetch({ patient: null }));
    expect(res.status).toBe(412);
  });

  test('a patient prefetch that is an OperationOutcome (the EHR could not read it) is 412 without a server', async () => {
    const res = await call('ddx-patient-view', withPrefetch({ patient: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] } }));
    expect(res.status).toBe(412);
  });

  test('without the consents and no server to read them from: 412, since an opt-out could not be honoured', async () => {
    const prefetch = withoutConsent(chart);
    const res = await call('ddx-patient-view', hookRequest('patient-view', chart, { prefetch }));
    expect(res.status).toBe(412);
    expect(res.body.issue[0].details.text).toMatch(/consent/);
  });

  test('consents prefetched as null (the patient has none) are fine: cards as usual', async () => {
    const res = await call('ddx-patient-view', withPrefetch({ consent: null }));
    expect(res.status).toBe(200);
    expect(res.body.cards.length).toBeGreaterThan(0);
  });

  test('the opted-out patient gets no cards when the consents come from the FHIR server instead of prefetch', async () => {
    consentAnswer = 'opted-out';
    const prefetch = withoutConsent(optedOut);
    expect(optedOut.resources.some((r) => r.resourceType === 'Consent')).toBe(true);
    const res = await call('ddx-patient-view', hookRequest('patient-view', optedOut, { prefetch, fhirServer: fhirBase, fhirAuthorization }));
    expect(res.status).toBe(200);
    expect(res.body.cards).toEqual([]);
  });

  test('when the FHIR server fails to give the consents: 412, the data could not be had (the spec’s answer)', async () => {
    consentAnswer = 'fail';
    const prefetch = withoutConsent(chart);
    const res = await call('ddx-patient-view', hookRequest('patient-view', chart, { prefetch, fhirServer: fhirBase, fhirAuthorization }));
    expect(res.status).toBe(412);
    expect(res.body.issue[0].details.text).toMatch(/consent/);
  });

  test('when the FHIR server is too slow to give the consents: once the budget has elapsed, it answers with the prefetch it had, consent marked missing, and no cards', async () => {
    consentAnswer = 'hang';
    asked.length = 0;
    const prefetch = withoutConsent(chart);
    const body = hookRequest('patient-view', chart, { prefetch, fhirServer: fhirBase, fhirAuthorization });
    const started = performance.now();
    // A generous bound, so that a service that waits for the server fails here with a clear message rather than by the test timeout.
    const res = await Promise.race([call('ddx-patient-view', body), new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), 10_000).unref())]);
    expect(res, 'the service is still waiting for the consents 10 s later').not.toBe('still waiting');
    const elapsed = performance.now() - started;
    expect(res).toMatchObject({ status: 200, body: { cards: [] } });
    // It asked for the consents, and answered only once the budget had run out (not by giving up early).
    expect(asked.filter((path) => path.startsWith('/fhir/Consent'))).toHaveLength(1);
    expect(elapsed).toBeGreaterThanOrEqual(BUDGET_MS - 20);
    const served = server.logs.find((l) => l.msg === 'hook served' && l.hookInstance === body.hookInstance);
    expect(served).toMatchObject({ cards: 0, quiet: 'consents could not be read, so an AI opt-out cannot be ruled out', missing: ['consent'], fetched: [] });
    expect(served?.prefetchKeys).toEqual(expect.arrayContaining(['patient', 'conditions', 'observations']));
  });

  test('when the FHIR server answers the consent search with none, the cards come', async () => {
    consentAnswer = 'none';
    const prefetch = withoutConsent(chart);
    const res = await call('ddx-patient-view', hookRequest('patient-view', chart, { prefetch, fhirServer: fhirBase, fhirAuthorization }));
    expect(res.status).toBe(200);
    expect(res.body.cards.length).toBeGreaterThan(0);
  });
});

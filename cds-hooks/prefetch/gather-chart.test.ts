/**
 * Gathering a hook call's chart without a server: prefetch first, then the allowlisted FHIR server through
 * an injected fetch, within a budget; what a client must not send is a 400 naming where it is, what the
 * server sends wrongly is left out and counted, and missing required data is a 412 (or, when the server was
 * too slow, "what we have").
 */
import { describe, expect, test } from 'vitest';
import { HttpError } from '../../server/errors';
import type { CdsRequest, CdsServiceDefinition } from '../types';
import { gatherChart } from './gather-chart';

const SERVER = 'https://ehr.example.org/fhir';
const definition = {
  hook: 'patient-view',
  id: 'svc',
  description: 'test',
  prefetch: { patient: 'Patient/{{context.patientId}}', conditions: 'Condition?patient={{context.patientId}}', encounter: 'Encounter/{{context.encounterId}}' },
} as unknown as CdsServiceDefinition;

const patient = { resourceType: 'Patient', id: 'p1', gender: 'female' };
const condition = (id: string, who = 'Patient/p1') => ({ resourceType: 'Condition', id, subject: { reference: who } });
const bundle = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) });

const request = (over: Partial<CdsRequest> = {}): CdsRequest =>
  ({ hook: 'patient-view', hookInstance: 'h1', context: { patientId: 'p1', userId: 'Practitioner/u1' }, ...over }) as CdsRequest;

const withServer = (prefetch: Record<string, unknown>): CdsRequest => request({ prefetch, fhirServer: SERVER, fhirAuthorization: { access_token: 'secret-token', token_type: 'Bearer', expires_in: 300, scope: 'patient/*.read', subject: 'svc' } } as Partial<CdsRequest>);

/** A fake FHIR server: answers by URL, records each call's URL and headers. */
function fakeFetch(routes: Record<string, unknown | ((url: string) => Promise<unknown>)>, calls: { url: string; headers: Record<string, string> }[] = []): typeof fetch {
  return (async (input: string | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, headers: (init?.headers ?? {}) as Record<string, string> });
    const route = routes[url];
    if (route === undefined) {
      return new Response('{}', { status: 404 });
    }
    const body = typeof route === 'function' ? await (route as (u: string) => Promise<unknown>)(url) : route;
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/fhir+json' } });
  }) as typeof fetch;
}

const options = (over: Partial<Parameters<typeof gatherChart>[2]> = {}) => ({ allowlist: [SERVER], required: ['patient'], budgetMs: 2000, ...over });

async function refusal(p: Promise<unknown>): Promise<HttpError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HttpError);
  return err as HttpError;
}

describe('gatherChart from the prefetch', () => {
  test('uses what was prefetched and fetches nothing; a key the client has no data for (null) is not fetched', async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const chart = await gatherChart(definition, withServer({ patient, conditions: bundle(condition('c1'), condition('c2')), encounter: null }), options({ fetchFn: fakeFetch({}, calls) }));
    expect(chart.resources.map((r) => `${r.resourceType}/${r.id}`)).toEqual(['Patient/p1', 'Condition/c1', 'Condition/c2']);
    expect(chart.fromPrefetch).toEqual(['patient', 'conditions', 'encounter']);
    expect(chart).toMatchObject({ fetched: [], missing: [], timedOut: false, dropped: 0 });
    expect(calls).toEqual([]);
  });

  test.each([
    ['another patient’s resource', { conditions: bundle(condition('c1', 'Patient/p2')) }, 'patient_mismatch', 'prefetch "conditions" entry 0 (Condition) is about another patient than context.patientId'],
    ['a resource that does not say whose it is', { conditions: bundle({ resourceType: 'Condition', id: 'c9' }) }, 'patient_mismatch', 'prefetch "conditions" entry 0 (Condition) does not say which patient it is about'],
    ['a field of the wrong type', { conditions: bundle(condition('c1'), { ...condition('c2'), code: 'chest pain' }) }, 'invalid_resource', 'prefetch "conditions" entry 1 (Condition): code: expected object, got string'],
    ['something that is not a resource', { conditions: bundle(condition('c1'), 'text') }, 'invalid_prefetch', 'prefetch "conditions" entry 1 is not a FHIR resource or Bundle'],
    ['a resource type that is not FHIR R4', { conditions: bundle({ resourceType: 'MedicationOrder', id: 'm1' }) }, 'wrong_fhir_version', 'prefetch "conditions" entry 0 holds MedicationOrder, which is not FHIR R4; this service needs FHIR R4'],
    ['Bundle.entry that is not an array', { conditions: { resourceType: 'Bundle', entry: { resource: patient } } }, 'invalid_prefetch', 'prefetch "conditions": Bundle.entry must be an array'],
    ['Bundles nested more than 3 deep', { conditions: bundle(bundle(bundle(bundle(condition('c1'))))) }, 'invalid_prefetch', 'prefetch "conditions" entry 0 entry 0 entry 0: Bundles nested more than 3 deep'],
    ['an object without a resourceType', { conditions: bundle(condition('c1'), { id: 'c2', subject: { reference: 'Patient/p1' } }) }, 'invalid_prefetch', 'prefetch "conditions" entry 1 is not a FHIR resource or Bundle'],
    ['a resourceType that is not a string', { conditions: bundle({ resourceType: 7, id: 'c2' }) }, 'invalid_prefetch', 'prefetch "conditions" entry 0 is not a FHIR resource or Bundle'],
  ])('refuses %s with a 400 that says where', async (_name, prefetch, code, message) => {
    const err = await refusal(gatherChart(definition, withServer({ patient, ...prefetch }), options({ fetchFn: fakeFetch({}) })));
    expect(err.status).toBe(400);
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
    // The EHR gets the refusal as a FHIR OperationOutcome.
    expect(err.format).toBe('fhir');
  });

  // Written out by hand: the DSTU2/STU3 types that R4 removed or renamed.
  test.each(['MedicationOrder', 'DiagnosticOrder', 'ProcedureRequest', 'ReferralRequest', 'DeviceUseRequest', 'Order', 'OrderResponse', 'BodySite', 'ProcessRequest', 'ProcessResponse'])(
    'refuses a prefetched %s as not FHIR R4',
    async (resourceType) => {
      const err = await refusal(gatherChart(definition, withServer({ patient, conditions: bundle({ resourceType, id: 'x1', subject: { reference: 'Patient/p1' } }) }), options({ fetchFn: fakeFetch({}) })));
      expect([err.status, err.code]).toEqual([400, 'wrong_fhir_version']);
    },
  );

  test('a Bundle without entry (an empty search result) is no data, not an error', async () => {
    const chart = await gatherChart(definition, withServer({ patient, conditions: { resourceType: 'Bundle', type: 'searchset', total: 0 } }), options({ fetchFn: fakeFetch({}) }));
    expect(chart.resources.map((r) => r.id)).toEqual(['p1']);
    expect(chart.fromPrefetch).toEqual(['patient', 'conditions']);
  });

  test('Bundle entries that hold no resource (null, or only a fullUrl) are passed over and the others read', async () => {
    const conditions = { resourceType: 'Bundle', type: 'searchset', entry: [null, { fullUrl: 'urn:uuid:x' }, { resource: condition('c1') }] };
    const chart = await gatherChart(definition, withServer({ patient, conditions }), options({ fetchFn: fakeFetch({}) }));
    expect(chart.resources.map((r) => r.id)).toEqual(['p1', 'c1']);
  });

  test('Bundles nested 3 deep are read', async () => {
    const chart = await gatherChart(definition, withServer({ patient, conditions: bundle(bundle(bundle(condition('c1')))) }), options({ fetchFn: fakeFetch({}) }));
    expect(chart.resources.map((r) => r.id)).toEqual(['p1', 'c1']);
  });
});

describe('gatherChart from the FHIR server', () => {
  test('fetches what is missing with the bearer token, follows next links on the same server, and says what came from where', async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const page2 = `${SERVER}/Condition?patient=p1&page=2`;
    const fetchFn = fakeFetch(
      {
        [`${SERVER}/Patient/p1`]: patient,
        [`${SERVER}/Condition?patient=p1`]: { ...bundle(condition('c1')), link: [{ relation: 'next', url: page2 }] },
        [page2]: { ...bundle(condition('c2')), link: [{ relation: 'next', url: 'https://elsewhere.example/fhir/Condition?page=3' }] },
      },
      calls,
    );
    const chart = await gatherChart(definition, withServer({}), options({ fetchFn }));
    expect(chart.resources.map((r) => `${r.resourceType}/${r.id}`).sort()).toEqual(['Condition/c1', 'Condition/c2', 'Patient/p1']);
    expect(chart.fetched.sort()).toEqual(['conditions', 'patient']);
    // No encounterId in context: the encounter template does not apply to this call, so it is neither fetched nor missing.
    expect(chart.missing).toEqual([]);
    expect(calls.map((c) => c.url).sort()).toEqual([`${SERVER}/Condition?patient=p1`, page2, `${SERVER}/Patient/p1`].sort());
    expect(calls.every((c) => c.headers.Authorization === 'Bearer secret-token' && c.headers.Accept === 'application/fhir+json')).toBe(true);
  });

  test('a prefetched patient of null, or an OperationOutcome in its place, is fetched', async () => {
    const fetchFn = fakeFetch({ [`${SERVER}/Patient/p1`]: patient, [`${SERVER}/Condition?patient=p1`]: bundle() });
    const fromNull = await gatherChart(definition, withServer({ patient: null, conditions: { resourceType: 'OperationOutcome', issue: [] } }), options({ fetchFn }));
    expect(fromNull.fetched.sort()).toEqual(['conditions', 'patient']);
    expect(fromNull.fromPrefetch).toEqual([]);
  });

  test('follows only a Bundle’s next link: not its self link, and not a link in a resource that is not a Bundle', async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const first = `${SERVER}/Condition?patient=p1`;
    const page2 = `${SERVER}/Condition?patient=p1&page=2`;
    const fetchFn = fakeFetch(
      {
        [`${SERVER}/Patient/p1`]: { ...patient, link: [{ relation: 'next', url: `${SERVER}/Patient/p2` }] },
        [first]: { ...bundle(condition('c1')), link: [{ relation: 'self', url: first }, { relation: 'next', url: page2 }] },
        [page2]: { ...bundle(condition('c2')), link: [{ relation: 'self', url: page2 }] },
      },
      calls,
    );
    const chart = await gatherChart(definition, withServer({}), options({ fetchFn }));
    expect(calls.map((c) => c.url).sort()).toEqual([first, page2, `${SERVER}/Patient/p1`].sort());
    expect(chart.resources.map((r) => `${r.resourceType}/${r.id}`).sort()).toEqual(['Condition/c1', 'Condition/c2', 'Patient/p1']);
    expect(chart.fetched.sort()).toEqual(['conditions', 'patient']);
    expect(chart.missing).toEqual([]);
  });

  test('a fhirServer given with a trailing slash is the same allowlisted server, and is called without a double slash', async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const fetchFn = fakeFetch({ [`${SERVER}/Patient/p1`]: patient, [`${SERVER}/Condition?patient=p1`]: bundle(condition('c1')) }, calls);
    const req = { ...withServer({}), fhirServer: `${SERVER}/` } as CdsRequest;
    const chart = await gatherChart(definition, req, options({ fetchFn }));
    expect(chart.fetched.sort()).toEqual(['conditions', 'patient']);
    expect(calls.map((c) => c.url).sort()).toEqual([`${SERVER}/Condition?patient=p1`, `${SERVER}/Patient/p1`]);
  });

  test('an OperationOutcome from the FHIR server is not the data: the key is missing, not fetched', async () => {
    const fetchFn = fakeFetch({
      [`${SERVER}/Patient/p1`]: patient,
      [`${SERVER}/Condition?patient=p1`]: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden' }] },
    });
    const chart = await gatherChart(definition, withServer({}), options({ fetchFn }));
    expect(chart.fetched).toEqual(['patient']);
    expect(chart.missing).toEqual(['conditions']);
  });

  test('a patient read that gives no Patient of this patient is missing: another patient’s Patient is dropped and the call is a 412', async () => {
    const fetchFn = fakeFetch({ [`${SERVER}/Patient/p1`]: { resourceType: 'Patient', id: 'p2' } });
    const err = await refusal(gatherChart(definition, withServer({ conditions: bundle(condition('c1')) }), options({ fetchFn })));
    expect([err.status, err.code, err.message, err.format]).toEqual([412, 'prefetch_missing', 'Required data patient could not be fetched from the FHIR server', 'fhir']);
  });

  test('a fetched Patient satisfies the patient key alongside prefetched data of other kinds', async () => {
    const fetchFn = fakeFetch({ [`${SERVER}/Patient/p1`]: patient });
    const chart = await gatherChart(definition, withServer({ conditions: bundle(condition('c1')) }), options({ fetchFn }));
    expect(chart.fromPrefetch).toEqual(['conditions']);
    expect(chart.fetched).toEqual(['patient']);
    expect(chart.resources.map((r) => r.id)).toEqual(['c1', 'p1']);
  });

  test('every required key the server cannot give is named in the 412', async () => {
    const err = await refusal(gatherChart(definition, withServer({}), options({ required: ['patient', 'conditions'], fetchFn: fakeFetch({}) })));
    expect(err.message).toBe('Required data patient, conditions could not be fetched from the FHIR server');
  });

  test('follows at most 5 pages', async () => {
    const routes: Record<string, unknown> = { [`${SERVER}/Patient/p1`]: patient };
    for (let i = 0; i < 8; i++) {
      const url = i === 0 ? `${SERVER}/Condition?patient=p1` : `${SERVER}/Condition?page=${i}`;
      routes[url] = { ...bundle(condition(`c${i}`)), link: [{ relation: 'next', url: `${SERVER}/Condition?page=${i + 1}` }] };
    }
    const chart = await gatherChart(definition, withServer({}), options({ fetchFn: fakeFetch(routes) }));
    expect(chart.resources.filter((r) => r.resourceType === 'Condition')).toHaveLength(5);
  });

  test('leaves out and counts what the server sends wrongly: another patient’s data, malformed fields, not R4', async () => {
    const fetchFn = fakeFetch({
      [`${SERVER}/Patient/p1`]: patient,
      [`${SERVER}/Condition?patient=p1`]: bundle(condition('c1'), condition('c2', 'Patient/p2'), { ...condition('c3'), code: 7 }, { resourceType: 'MedicationOrder', id: 'm' }),
    });
    const chart = await gatherChart(definition, withServer({}), options({ fetchFn }));
    expect(chart.resources.map((r) => r.id).sort()).toEqual(['c1', 'p1']);
    expect(chart.dropped).toBe(3);
  });

  test('a required key the server cannot give is a 412; an optional one is listed as missing', async () => {
    const noPatient = fakeFetch({ [`${SERVER}/Condition?patient=p1`]: bundle(condition('c1')) });
    const err = await refusal(gatherChart(definition, withServer({}), options({ fetchFn: noPatient })));
    expect([err.status, err.code, err.message]).toEqual([412, 'prefetch_missing', 'Required data patient could not be fetched from the FHIR server']);
    const noConditions = fakeFetch({ [`${SERVER}/Patient/p1`]: patient });
    const chart = await gatherChart(definition, withServer({}), options({ fetchFn: noConditions }));
    expect(chart.missing).toEqual(['conditions']);
    expect(chart.fetched).toEqual(['patient']);
  });

  test('a server slower than the budget gives what we have, says so, and is no 412 even for required data', async () => {
    const slow = fakeFetch({
      [`${SERVER}/Patient/p1`]: () => new Promise((resolve) => setTimeout(() => resolve(patient), 500)),
      [`${SERVER}/Condition?patient=p1`]: bundle(condition('c1')),
    });
    const fetchFn: typeof fetch = (input, init) =>
      new Promise((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
        slow(input, init).then(resolve, reject);
      });
    const chart = await gatherChart(definition, withServer({}), options({ fetchFn, budgetMs: 50 }));
    expect(chart.timedOut).toBe(true);
    expect(chart.missing).toContain('patient');
    expect(chart.fetched).toEqual(['conditions']);
  });
});

describe('gatherChart without a server to fetch from', () => {
  test('required data missing and no fhirServer: 412 that says so; optional keys are listed as missing', async () => {
    const err = await refusal(gatherChart(definition, request({ prefetch: { conditions: bundle() } as CdsRequest['prefetch'] }), options()));
    expect([err.status, err.message]).toEqual([412, 'Required prefetch patient is missing and no fhirServer and fhirAuthorization to fetch it']);
    const chart = await gatherChart(definition, request({ prefetch: { patient } as CdsRequest['prefetch'] }), options());
    expect(chart.missing).toEqual(['conditions']);
    expect(chart.fromPrefetch).toEqual(['patient']);
    expect(chart.fetched).toEqual([]);
    expect(chart.timedOut).toBe(false);
  });

  test('a required key whose template cannot be filled from the context is missing too, and every missing key is named', async () => {
    // No encounterId in context: the encounter template cannot be resolved, and this service requires it.
    const err = await refusal(gatherChart(definition, request(), options({ required: ['patient', 'encounter'] })));
    expect([err.status, err.code, err.format]).toEqual([412, 'prefetch_missing', 'fhir']);
    expect(err.message).toBe('Required prefetch encounter, patient is missing and no fhirServer and fhirAuthorization to fetch it');
  });

  test('a fhirServer that is not allowlisted is never called: 412 naming the allowlist', async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const err = await refusal(gatherChart(definition, withServer({}), options({ allowlist: ['https://other.example/fhir'], fetchFn: fakeFetch({}, calls) })));
    expect(err.message).toBe('Required prefetch patient is missing and the fhirServer is not on this service’s allowlist');
    expect(calls).toEqual([]);
  });

  test('a fhirServer without fhirAuthorization is not called either', async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const chart = await gatherChart(definition, request({ prefetch: { patient } as CdsRequest['prefetch'], fhirServer: SERVER } as Partial<CdsRequest>), options({ fetchFn: fakeFetch({}, calls) }));
    expect(chart.missing).toEqual(['conditions']);
    expect(calls).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, Observation, OperationOutcome } from '@medplum/fhirtypes';
import { buildQuantity } from '../builders/chart-builder';
import { ehrLaunchTokens, entryIds, fhirGet, makeFixturesDir, startSandbox, type SandboxServer } from './sandbox-harness';

let server: SandboxServer;
let cleanup: () => void;

beforeAll(async () => {
  const fixtures = makeFixturesDir();
  cleanup = fixtures.cleanup;
  server = await startSandbox(fixtures.dir, { accessTokenLifetimeSeconds: 60 });
});

afterAll(async () => {
  await server.stop();
  cleanup();
});

async function token(scopes: string[], patientId?: string): Promise<string> {
  return (await server.sandbox.issueAccessToken({ scopes, patientId, userId: 'sandbox-clinician-1' })).accessToken;
}

describe('sandbox FHIR authentication', () => {
  test('a request without a token is 401 with WWW-Authenticate and an OperationOutcome', async () => {
    const res = await fhirGet(server, 'Patient/p1');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    expect(res.headers.get('content-type')).toContain('application/fhir+json');
    expect(((await res.json()) as OperationOutcome).resourceType).toBe('OperationOutcome');
  });

  test('an expired token is 401 invalid_token', async () => {
    const expiring = await token(['patient/*.rs'], 'p1');
    expect((await fhirGet(server, 'Patient/p1', expiring)).status).toBe(200);
    server.advance(61);
    const res = await fhirGet(server, 'Patient/p1', expiring);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  test('the token from the browser flow carries the configured lifetime', async () => {
    expect((await ehrLaunchTokens(server)).expires_in).toBe(60);
  });
});

describe('sandbox FHIR scopes', () => {
  test('a type not covered by any scope is 403', async () => {
    const t = await token(['patient/Patient.rs'], 'p1');
    const res = await fhirGet(server, 'Observation?patient=p1', t);
    expect(res.status).toBe(403);
    expect(((await res.json()) as OperationOutcome).issue[0].code).toBe('forbidden');
  });

  test('read without search permission allows read but not search', async () => {
    const t = await token(['patient/Observation.r'], 'p1');
    expect((await fhirGet(server, 'Observation/o-hr', t)).status).toBe(200);
    expect((await fhirGet(server, 'Observation?patient=p1', t)).status).toBe(403);
  });

  test('v1 scopes map to v2: .read gives read and search, not create', async () => {
    const t = await token(['patient/*.read'], 'p1');
    expect((await fhirGet(server, 'Condition?patient=p1', t)).status).toBe(200);
    const create = await fetch(`${server.fhirBase}/Observation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t}`, 'content-type': 'application/fhir+json' },
      body: JSON.stringify(buildQuantity('ignored', '8867-4', 80, '/min')),
    });
    expect(create.status).toBe(403);
  });

  test('v1 .write allows create in the patient compartment', async () => {
    const t = await token(['patient/*.read', 'patient/Observation.write'], 'p1');
    // A code and date no search test below asks for, so the created resource does not change their results.
    const { id: _id, ...body } = buildQuantity('x', '2339-0', 5.4, 'mmol/L', { effectiveDateTime: '2020-01-01' });
    const res = await fetch(`${server.fhirBase}/Observation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t}`, 'content-type': 'application/fhir+json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Observation;
    expect(res.headers.get('location')).toContain(`/Observation/${created.id}`);
    const updated = await fetch(`${server.fhirBase}/Observation/${created.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${t}`, 'content-type': 'application/fhir+json' },
      body: JSON.stringify({ ...created, status: 'amended' }),
    });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as Observation).status).toBe('amended');
  });

  test('a patient token cannot create data for another patient', async () => {
    const t = await token(['patient/Observation.cruds'], 'p1');
    const res = await fetch(`${server.fhirBase}/Observation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t}`, 'content-type': 'application/fhir+json' },
      body: JSON.stringify(buildQuantity('x', '8867-4', 80, '/min', { subject: { reference: 'Patient/p2' } })),
    });
    expect(res.status).toBe(403);
  });
});

describe('sandbox FHIR patient compartment', () => {
  test('a patient token cannot read another patient or their data', async () => {
    const t = await token(['patient/*.rs'], 'p1');
    expect((await fhirGet(server, 'Patient/p2', t)).status).toBe(403);
    expect((await fhirGet(server, 'Observation/o-p2', t)).status).toBe(403);
    expect((await fhirGet(server, 'Observation?patient=p2', t)).status).toBe(403);
  });

  test('a patient token search without a patient parameter is restricted to the launch patient', async () => {
    const t = await token(['patient/*.rs'], 'p1');
    const ids = await entryIds(await fhirGet(server, 'Observation?code=6598-7', t));
    expect(ids.sort()).toEqual(['o-trop-new', 'o-trop-old']);
    expect(await entryIds(await fhirGet(server, 'Patient', t))).toEqual(['p1']);
  });

  test('a user token sees all patients', async () => {
    const t = await token(['user/*.rs']);
    expect(await entryIds(await fhirGet(server, 'Observation?code=6598-7&_sort=-date', t))).toEqual(['o-trop-new', 'o-p2', 'o-trop-old']);
    expect((await fhirGet(server, 'Patient/p2', t)).status).toBe(200);
  });

  test('practitioners are readable with a patient/*.rs token (not patient data)', async () => {
    const t = await token(['patient/*.rs'], 'p1');
    expect((await fhirGet(server, 'Practitioner/sandbox-clinician-1', t)).status).toBe(200);
  });
});

describe('sandbox FHIR search', () => {
  let t: string;
  beforeAll(async () => {
    t = await token(['patient/*.rs'], 'p1');
  });

  test('patient= accepts a bare id and Patient/id', async () => {
    const bare = await entryIds(await fhirGet(server, 'Observation?patient=p1', t));
    const full = await entryIds(await fhirGet(server, 'Observation?patient=Patient/p1', t));
    expect(bare).toEqual(expect.arrayContaining(['o-hr', 'o-trop-new', 'o-trop-old']));
    expect(full.sort()).toEqual(bare.sort());
  });

  test('_sort=-date and _count return the newest first with a next link', async () => {
    const res = await fhirGet(server, 'Observation?patient=p1&code=6598-7,8867-4&_sort=-date&_count=2', t);
    const bundle = (await res.json()) as Bundle;
    expect(bundle.type).toBe('searchset');
    expect(bundle.total).toBe(3);
    expect(bundle.entry?.map((e) => e.resource?.id)).toEqual(['o-trop-new', 'o-hr']);
    expect(bundle.entry?.[0].fullUrl).toBe(`${server.fhirBase}/Observation/o-trop-new`);
    const next = bundle.link?.find((l) => l.relation === 'next')?.url as string;
    expect(next).toContain('_offset=2');
    expect(await entryIds(await fetch(next, { headers: { authorization: `Bearer ${t}` } }))).toEqual(['o-trop-old']);
  });

  test('code= matches with and without a system', async () => {
    expect((await entryIds(await fhirGet(server, 'Observation?patient=p1&code=6598-7', t))).sort()).toEqual(['o-trop-new', 'o-trop-old']);
    expect(await entryIds(await fhirGet(server, 'Observation?patient=p1&code=http://loinc.org|8867-4', t))).toEqual(['o-hr']);
    expect(await entryIds(await fhirGet(server, 'Condition?patient=p1&code=267036007', t))).toEqual(['c2']);
  });

  test('date= supports prefixes, ranges and month precision', async () => {
    expect((await entryIds(await fhirGet(server, 'Observation?patient=p1&date=ge2026-11-01', t))).sort()).toEqual(['o-hr', 'o-trop-new']);
    expect(await entryIds(await fhirGet(server, 'Observation?patient=p1&date=gt2026-10-01&date=lt2026-11-01', t))).toEqual(['o-trop-old']);
    expect(await entryIds(await fhirGet(server, 'Observation?patient=p1&date=2026-10', t))).toEqual(['o-trop-old']);
    expect(await entryIds(await fhirGet(server, 'Encounter?patient=p1&status=in-progress', t))).toEqual(['enc1']);
  });

  test('an unknown resource type is 404 and delete is 405', async () => {
    expect((await fhirGet(server, 'Nonsense/1', t)).status).toBe(404);
    const del = await fetch(`${server.fhirBase}/Observation/o-hr`, { method: 'DELETE', headers: { authorization: `Bearer ${t}` } });
    expect(del.status).toBe(405);
  });

  test('a missing resource is 404', async () => {
    expect((await fhirGet(server, 'Observation/nope', await token(['user/*.rs']))).status).toBe(404);
  });
});

describe('sandbox FHIR CORS', () => {
  test('the app origin may send Authorization; other origins get no allow-origin', async () => {
    const preflight = await fetch(`${server.fhirBase}/Patient/p1`, {
      method: 'OPTIONS',
      headers: { origin: server.baseUrl, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(server.baseUrl);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const other = await fetch(`${server.fhirBase}/Patient/p1`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

import { describe, expect, test, vi } from 'vitest';
import { HttpError } from '../errors';
import { createSmartTokenVerifier } from './smart-token-verifier';

const ISS = 'https://ehr.example.org/fhir';

function fakeFetch(introspection: Record<string, unknown>, discovery: Record<string, unknown> = { introspection_endpoint: 'https://ehr.example.org/auth/introspect' }) {
  return vi.fn(async (url: string | URL | Request) =>
    Response.json(String(url).endsWith('/.well-known/smart-configuration') ? discovery : introspection),
  );
}

describe('createSmartTokenVerifier', () => {
  test('returns the user, patient and scopes from introspection, with a full fhirUser URL made relative', async () => {
    const fetch = fakeFetch({ active: true, fhirUser: `${ISS}/Practitioner/p1`, patient: 'pat1', scope: 'openid patient/Condition.rs' });
    const verifier = createSmartTokenVerifier({ allowlist: [`${ISS}/`], fetch });
    expect(await verifier.verify('tok', ISS)).toMatchObject({ fhirServer: ISS, fhirUser: 'Practitioner/p1', patientId: 'pat1', scopes: ['openid', 'patient/Condition.rs'] });
  });

  test('caches an active result briefly, keyed by token', async () => {
    let now = 0;
    const fetch = fakeFetch({ active: true, fhirUser: 'Practitioner/p1' });
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch, now: () => now, cacheMs: 1000 });
    await verifier.verify('tok', ISS);
    await verifier.verify('tok', ISS);
    expect(fetch).toHaveBeenCalledTimes(2); // discovery + one introspection
    await verifier.verify('other', ISS);
    expect(fetch).toHaveBeenCalledTimes(3);
    now = 2000;
    await verifier.verify('tok', ISS);
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  test.each([
    ['an inactive token', { active: false }, /not active/],
    ['a token without fhirUser', { active: true }, /fhirUser/],
  ])('refuses %s with 401', async (_name, body, message) => {
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch: fakeFetch(body) });
    const error = await verifier.verify('tok', ISS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(401);
    expect((error as HttpError).message).toMatch(message);
  });

  test('refuses a server off the allowlist without calling it', async () => {
    const fetch = fakeFetch({ active: true, fhirUser: 'Practitioner/p1' });
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch });
    await expect(verifier.verify('tok', 'https://other.example.org/fhir')).rejects.toMatchObject({ status: 401 });
    expect(fetch).not.toHaveBeenCalled();
  });

  test('without introspection and without X-FHIR-User, refuses and says what to send', async () => {
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch: fakeFetch({ active: true }, {}) });
    await expect(verifier.verify('tok', ISS)).rejects.toThrow(/X-FHIR-User/);
  });
});

describe('fallback without introspection: the token must read the named user and patient', () => {
  /** A FHIR server without introspection that answers reads only for the good token. */
  function noIntrospection(readable: Record<string, unknown>) {
    return vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      const u = String(url);
      if (u.endsWith('/.well-known/smart-configuration')) {
        return Response.json({ capabilities: ['launch-ehr'] });
      }
      const auth = new Headers(init?.headers).get('authorization');
      const path = u.slice(ISS.length + 1);
      return auth === 'Bearer good' && readable[path] ? Response.json(readable[path]) : new Response('{}', { status: 401 });
    });
  }
  const fhir = { 'Practitioner/p1': { resourceType: 'Practitioner', id: 'p1' }, 'Patient/pat1': { resourceType: 'Patient', id: 'pat1' } };

  test('accepts a live token that can read the user and the patient, with no scopes claimed', async () => {
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch: noIntrospection(fhir) });
    expect(await verifier.verify('good', ISS, { fhirUser: 'Practitioner/p1', patientId: 'pat1' })).toEqual({ fhirServer: ISS, fhirUser: 'Practitioner/p1', patientId: 'pat1', scopes: [] });
  });

  test.each([
    ['a token the server rejects', 'bad', { fhirUser: 'Practitioner/p1' }],
    ['a user the token cannot read', 'good', { fhirUser: 'Practitioner/other' }],
    ['a patient the token cannot read', 'good', { fhirUser: 'Practitioner/p1', patientId: 'other' }],
    ['a malformed user reference', 'good', { fhirUser: 'Practitioner/../../admin' }],
  ])('refuses %s with 401', async (_name, token, hints) => {
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch: noIntrospection(fhir) });
    await expect(verifier.verify(token, ISS, hints)).rejects.toMatchObject({ status: 401 });
  });
});

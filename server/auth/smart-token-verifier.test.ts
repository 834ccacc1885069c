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

  test('refuses a server that offers no introspection endpoint', async () => {
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch: fakeFetch({ active: true }, {}) });
    await expect(verifier.verify('tok', ISS)).rejects.toThrow(/introspection endpoint/);
  });
});

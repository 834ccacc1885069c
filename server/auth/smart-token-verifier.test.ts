import { exportJWK, generateKeyPair, jwtVerify, SignJWT, type CryptoKey } from 'jose';
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

  test('asks the introspection endpoint by form POST with the token, and the discovery document as JSON', async () => {
    const seen: { url: string; init?: RequestInit }[] = [];
    const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(url), init });
      return Response.json(String(url).endsWith('/.well-known/smart-configuration') ? { introspection_endpoint: 'https://ehr.example.org/auth/introspect' } : { active: true, fhirUser: 'Practitioner/p1', scope: '  openid   fhirUser  patient/*.rs ' });
    });
    const caller = await createSmartTokenVerifier({ allowlist: [ISS], fetch }).verify('tok-1', ISS);
    expect(caller.scopes).toEqual(['openid', 'fhirUser', 'patient/*.rs']);
    expect(seen[0].url).toBe(`${ISS}/.well-known/smart-configuration`);
    expect(new Headers(seen[0].init?.headers).get('accept')).toBe('application/json');
    expect(seen[1].url).toBe('https://ehr.example.org/auth/introspect');
    expect(seen[1].init?.method).toBe('POST');
    const headers = new Headers(seen[1].init?.headers);
    expect([headers.get('content-type'), headers.get('accept')]).toEqual(['application/x-www-form-urlencoded', 'application/json']);
    expect(String(seen[1].init?.body)).toBe('token=tok-1');
  });

  test('a refusal is a 401 with a Bearer challenge naming the error; a 403 from introspection is a refusal too', async () => {
    const inactive = await createSmartTokenVerifier({ allowlist: [ISS], fetch: fakeFetch({ active: false }) }).verify('tok', ISS).catch((e: unknown) => e);
    expect(inactive).toMatchObject({ status: 401, code: 'invalid_token', format: 'json', headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    const noEndpoint = await createSmartTokenVerifier({ allowlist: [ISS], fetch: fakeFetch({ active: true }, {}) }).verify('tok', ISS).catch((e: unknown) => e);
    expect(noEndpoint).toMatchObject({ status: 401, code: 'invalid_request', headers: { 'WWW-Authenticate': 'Bearer error="invalid_request"' } });
    const forbidden = vi.fn(async (url: string | URL | Request) =>
      String(url).endsWith('/.well-known/smart-configuration') ? Response.json({ introspection_endpoint: 'https://ehr.example.org/auth/introspect' }) : new Response('{}', { status: 403 }),
    );
    await expect(createSmartTokenVerifier({ allowlist: [ISS], fetch: forbidden }).verify('tok', ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/HTTP 403/) });
  });

  test('an introspection that fails or answers nonsense is a 503 that says to try again, not a 401', async () => {
    const broken = vi.fn(async (url: string | URL | Request) =>
      String(url).endsWith('/.well-known/smart-configuration') ? Response.json({ introspection_endpoint: 'https://ehr.example.org/auth/introspect' }) : new Response('not json', { status: 500 }),
    );
    await expect(createSmartTokenVerifier({ allowlist: [ISS], fetch: broken }).verify('tok', ISS)).rejects.toMatchObject({ status: 503, code: 'introspection_unavailable', message: 'The FHIR server could not check the access token; try again' });
  });

  test('the discovery document is cached for its own duration; an active result until the token expires at the latest', async () => {
    let now = 0;
    const fetch = fakeFetch({ active: true, fhirUser: 'Practitioner/p1', exp: 1.5 });
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch, now: () => now, cacheMs: 60_000, discoveryCacheMs: 10_000 });
    await verifier.verify('tok', ISS);
    now = 1000; // within the cache, before exp (1.5 s)
    await verifier.verify('tok', ISS);
    expect(fetch).toHaveBeenCalledTimes(2);
    now = 1500; // the token's exp: the cached result ends there
    await verifier.verify('tok', ISS);
    expect(fetch).toHaveBeenCalledTimes(3); // introspected again, discovery still cached
    now = 10_000; // the discovery cache has ended
    await verifier.verify('tok2', ISS);
    expect(fetch).toHaveBeenCalledTimes(5);
  });

  test('a fhirUser given as an absolute URL keeps only its type and id, and a relative one is kept as it is', async () => {
    const abs = await createSmartTokenVerifier({ allowlist: [ISS], fetch: fakeFetch({ active: true, fhirUser: 'https://ehr.example.org/fhir/PractitionerRole/r9' }) }).verify('tok', ISS);
    expect(abs.fhirUser).toBe('PractitionerRole/r9');
    const rel = await createSmartTokenVerifier({ allowlist: [ISS], fetch: fakeFetch({ active: true, fhirUser: 'Practitioner/p1' }) }).verify('tok', ISS);
    expect(rel.fhirUser).toBe('Practitioner/p1');
  });

  test('an introspection endpoint that requires client authentication gets it, and a refusal is a 401 with its reason, not a 503', async () => {
    // Like the SMART launcher: introspection answers 401 unless the caller authenticates.
    const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      if (String(url).endsWith('/.well-known/smart-configuration')) {
        return Response.json({ introspection_endpoint: 'https://ehr.example.org/auth/introspect' });
      }
      const auth = new Headers(init?.headers).get('authorization');
      return auth === `Basic ${Buffer.from('ddx-service:s3cr%3At').toString('base64')}`
        ? Response.json({ active: true, fhirUser: 'Practitioner/p1' })
        : new Response('{"error":"invalid_client"}', { status: 401 });
    });
    const anonymous = createSmartTokenVerifier({ allowlist: [ISS], fetch });
    await expect(anonymous.verify('tok', ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/requires client authentication; set SMART_INTROSPECTION_CLIENTS/) });
    const wrong = createSmartTokenVerifier({ allowlist: [ISS], fetch, introspectionClients: [{ fhirServer: ISS, clientId: 'ddx-service', clientSecret: 'nope' }] });
    await expect(wrong.verify('tok', ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/credentials were not accepted/) });
    // The secret is form-encoded before base64 (RFC 6749 2.3.1): "s3cr:t" becomes "s3cr%3At".
    const right = createSmartTokenVerifier({ allowlist: [ISS], fetch, introspectionClients: [{ fhirServer: `${ISS}/`, clientId: 'ddx-service', clientSecret: 's3cr:t' }] });
    expect(await right.verify('tok', ISS)).toMatchObject({ fhirUser: 'Practitioner/p1' });
  });

  test('private_key_jwt: a short-lived assertion signed with the configured key, aud the introspection endpoint (RFC 7523)', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS384', { extractable: true });
    const privateKeyJwk = { ...(await exportJWK(privateKey)), kid: 'ddx-2026' };
    const endpoint = 'https://ehr.example.org/auth/introspect';
    const seen: Record<string, string>[] = [];
    const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      if (String(url).endsWith('/.well-known/smart-configuration')) {
        return Response.json({ introspection_endpoint: endpoint });
      }
      const form = Object.fromEntries(new URLSearchParams(String(init?.body)));
      seen.push(form);
      if (form.client_assertion_type !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
        return new Response('{"error":"invalid_client"}', { status: 401 });
      }
      const { payload, protectedHeader } = await jwtVerify(form.client_assertion, publicKey, { audience: endpoint, issuer: 'ddx-service', subject: 'ddx-service' });
      expect(protectedHeader).toMatchObject({ alg: 'RS384', kid: 'ddx-2026', typ: 'JWT' });
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBeLessThanOrEqual(300);
      expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
      return Response.json({ active: true, fhirUser: 'Practitioner/p1' });
    });
    const verifier = createSmartTokenVerifier({
      allowlist: ['https://ehr.example.org/*'],
      fetch,
      introspectionClients: [{ fhirServer: 'https://ehr.example.org/*', clientId: 'ddx-service', privateKeyJwk }],
    });
    expect(await verifier.verify('tok-1', ISS)).toMatchObject({ fhirUser: 'Practitioner/p1' });
    await verifier.verify('tok-2', ISS);
    // Each call gets a fresh assertion (a new jti), and the private key never leaves this service.
    expect(seen).toHaveLength(2);
    expect(seen[0].client_assertion).not.toBe(seen[1].client_assertion);
    expect(JSON.stringify(seen)).not.toContain(String(privateKeyJwk.d));
    // A key the EHR does not know: refused with the reason, never 503.
    const other = await generateKeyPair('RS384', { extractable: true });
    const wrongKey = createSmartTokenVerifier({ allowlist: [ISS], fetch: vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      if (String(url).endsWith('/.well-known/smart-configuration')) {
        return Response.json({ introspection_endpoint: endpoint });
      }
      const form = Object.fromEntries(new URLSearchParams(String(init?.body)));
      const ok = await jwtVerify(form.client_assertion, publicKey).then(() => true, () => false);
      return ok ? Response.json({ active: true, fhirUser: 'Practitioner/p1' }) : new Response('{"error":"invalid_client"}', { status: 401 });
    }), introspectionClients: [{ fhirServer: ISS, clientId: 'ddx-service', privateKeyJwk: await exportJWK(other.privateKey) }] });
    await expect(wrongKey.verify('tok', ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/credentials were not accepted/) });
  });

  test('an allowlist pattern trusts each per-configuration issuer under it, and nothing beside it', async () => {
    const fetch = fakeFetch({ active: true, fhirUser: 'Practitioner/p1' });
    const verifier = createSmartTokenVerifier({ allowlist: ['https://launch.smarthealthit.org/v/r4/sim/*/fhir'], fetch });
    expect(await verifier.verify('tok', 'https://launch.smarthealthit.org/v/r4/sim/eyJrIjoiMSJ9/fhir')).toMatchObject({ fhirServer: 'https://launch.smarthealthit.org/v/r4/sim/eyJrIjoiMSJ9/fhir' });
    await expect(verifier.verify('tok', 'https://launch.smarthealthit.org/v/r4/fhir')).rejects.toMatchObject({ status: 401 });
  });

  test('refuses a server off the allowlist without calling it', async () => {
    const fetch = fakeFetch({ active: true, fhirUser: 'Practitioner/p1' });
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch });
    await expect(verifier.verify('tok', 'https://other.example.org/fhir')).rejects.toMatchObject({ status: 401 });
    expect(fetch).not.toHaveBeenCalled();
  });

  test('tokens issued to another application are refused, and so is an introspection that names no client', async () => {
    const other = createSmartTokenVerifier({ allowlist: [ISS], clientId: 'ddx-smart-app', fetch: fakeFetch({ active: true, fhirUser: 'Practitioner/p1', client_id: 'someone-elses-app' }) });
    await expect(other.verify('tok', ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/another application/) });
    const none = createSmartTokenVerifier({ allowlist: [ISS], clientId: 'ddx-smart-app', fetch: fakeFetch({ active: true, fhirUser: 'Practitioner/p1' }) });
    await expect(none.verify('tok', ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/no client_id/) });
    const mine = createSmartTokenVerifier({ allowlist: [ISS], clientId: 'ddx-smart-app', fetch: fakeFetch({ active: true, fhirUser: 'Practitioner/p1', client_id: 'ddx-smart-app' }) });
    expect(await mine.verify('tok', ISS)).toMatchObject({ fhirUser: 'Practitioner/p1', clientId: 'ddx-smart-app' });
  });

  test('a server off the allowlist is refused as an invalid request naming the allowlist, with its Bearer challenge', async () => {
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch: fakeFetch({ active: true, fhirUser: 'Practitioner/p1' }) });
    await expect(verifier.verify('tok', 'https://other.example.org/fhir')).rejects.toMatchObject({
      status: 401,
      code: 'invalid_request',
      headers: { 'WWW-Authenticate': 'Bearer error="invalid_request"' },
      message: "The FHIR server in X-FHIR-Server is not on this service's allowlist",
    });
  });

  test('an introspection without scope grants no scope', async () => {
    const caller = await createSmartTokenVerifier({ allowlist: [ISS], fetch: fakeFetch({ active: true, fhirUser: 'Practitioner/p1' }) }).verify('tok', ISS);
    expect(caller.scopes).toEqual([]);
  });

  test('a fhirUser is shortened only when the whole value is one URL ending in a type and id', async () => {
    const fhirUserOf = async (fhirUser: string) => (await createSmartTokenVerifier({ allowlist: [ISS], fetch: fakeFetch({ active: true, fhirUser }) }).verify('tok', ISS)).fhirUser;
    expect(await fhirUserOf(`${ISS}/Practitioner/p1/_history/2`)).toBe(`${ISS}/Practitioner/p1/_history/2`);
    expect(await fhirUserOf(`x\n${ISS}/Practitioner/p1`)).toBe(`x\n${ISS}/Practitioner/p1`);
  });

  test('a refusal by the introspection endpoint is an invalid_token challenge', async () => {
    const forbidden = vi.fn(async (url: string | URL | Request) =>
      String(url).endsWith('/.well-known/smart-configuration') ? Response.json({ introspection_endpoint: 'https://ehr.example.org/auth/introspect' }) : new Response('{}', { status: 401 }),
    );
    await expect(createSmartTokenVerifier({ allowlist: [ISS], fetch: forbidden }).verify('tok', ISS)).rejects.toMatchObject({
      status: 401,
      code: 'invalid_token',
      headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    });
  });

  test('an unreachable introspection endpoint, or one that answers 200 with no JSON, is a 503 (never an accepted token)', async () => {
    const endpoint = 'https://ehr.example.org/auth/introspect';
    const down = vi.fn(async (url: string | URL | Request) => {
      if (String(url).endsWith('/.well-known/smart-configuration')) {
        return Response.json({ introspection_endpoint: endpoint });
      }
      throw new TypeError('fetch failed');
    });
    await expect(createSmartTokenVerifier({ allowlist: [ISS], fetch: down }).verify('tok', ISS)).rejects.toMatchObject({ status: 503, code: 'introspection_unavailable' });
    const garbled = vi.fn(async (url: string | URL | Request) =>
      String(url).endsWith('/.well-known/smart-configuration') ? Response.json({ introspection_endpoint: endpoint }) : new Response('not json', { status: 200 }),
    );
    await expect(createSmartTokenVerifier({ allowlist: [ISS], fetch: garbled }).verify('tok', ISS)).rejects.toMatchObject({ status: 503, code: 'introspection_unavailable' });
  });

  test('a discovery document that cannot be had (network, server error, not JSON) is a 503 to retry, and is not remembered as "no introspection"', async () => {
    const down = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch: down, now: () => 0 });
    await expect(verifier.verify('tok', ISS)).rejects.toMatchObject({ status: 503, code: 'introspection_unavailable', message: expect.stringMatching(/SMART configuration could not be fetched.*try again/) });
    await expect(verifier.verify('tok', ISS)).rejects.toMatchObject({ status: 503 });
    expect(down).toHaveBeenCalledTimes(2);
    for (const answer of [new Response('unavailable', { status: 500 }), new Response('not json', { status: 200 })]) {
      await expect(createSmartTokenVerifier({ allowlist: [ISS], fetch: vi.fn(async () => answer) }).verify('tok', ISS)).rejects.toMatchObject({ status: 503, code: 'introspection_unavailable' });
    }
  });

  test('a server without a discovery document (404), or one naming no valid introspection URL, leaves no way to establish identity: 401, never a crash', async () => {
    const missing = vi.fn(async () => new Response('not found', { status: 404 }));
    await expect(createSmartTokenVerifier({ allowlist: [ISS], fetch: missing }).verify('tok', ISS)).rejects.toMatchObject({ status: 401, code: 'invalid_request', message: expect.stringMatching(/no token introspection/) });
    const notUrl = fakeFetch({ active: true, fhirUser: 'Practitioner/p1' }, { introspection_endpoint: 'not a url' });
    await expect(createSmartTokenVerifier({ allowlist: [ISS], fetch: notUrl }).verify('tok', ISS)).rejects.toMatchObject({ status: 401, code: 'invalid_request', message: expect.stringMatching(/no token introspection/) });
    expect(notUrl).toHaveBeenCalledTimes(1);
  });

  test('private_key_jwt with an EC key and no algorithm configured signs with ES384; iat is the verifier\'s clock and the assertion lives 300 s', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES384', { extractable: true });
    const endpoint = 'https://ehr.example.org/auth/introspect';
    const nowMs = 1_800_000_000_500;
    const seen: { header: unknown; iat?: number; exp?: number }[] = [];
    const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      if (String(url).endsWith('/.well-known/smart-configuration')) {
        return Response.json({ introspection_endpoint: endpoint });
      }
      const form = Object.fromEntries(new URLSearchParams(String(init?.body)));
      const { payload, protectedHeader } = await jwtVerify(form.client_assertion, publicKey, { audience: endpoint, issuer: 'ddx-service', currentDate: new Date(nowMs) });
      seen.push({ header: protectedHeader, iat: payload.iat, exp: payload.exp });
      return Response.json({ active: true, fhirUser: 'Practitioner/p1' });
    });
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch, now: () => nowMs, introspectionClients: [{ fhirServer: ISS, clientId: 'ddx-service', privateKeyJwk: await exportJWK(privateKey) }] });
    expect(await verifier.verify('tok', ISS)).toMatchObject({ fhirUser: 'Practitioner/p1' });
    expect(seen).toEqual([{ header: { alg: 'ES384', typ: 'JWT' }, iat: 1_800_000_000, exp: 1_800_000_300 }]);
  });

  test('the result cache holds at most 5,000 tokens: the oldest is dropped first', async () => {
    let introspections = 0;
    const fetch = (async (url: string | URL | Request) => {
      if (String(url).endsWith('/.well-known/smart-configuration')) {
        return Response.json({ introspection_endpoint: 'https://ehr.example.org/auth/introspect' });
      }
      introspections++;
      return Response.json({ active: true, fhirUser: 'Practitioner/p1' });
    }) as typeof globalThis.fetch;
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch, now: () => 0, cacheMs: 60_000 });
    for (let i = 0; i < 5_000; i++) {
      await verifier.verify(`tok-${i}`, ISS);
    }
    expect(introspections).toBe(5_000);
    await verifier.verify('tok-0', ISS); // 5,000 held: still cached
    expect(introspections).toBe(5_000);
    await verifier.verify('tok-5000', ISS); // the 5,001st: tok-0, the oldest, goes
    await verifier.verify('tok-1', ISS);
    expect(introspections).toBe(5_001);
    await verifier.verify('tok-0', ISS);
    expect(introspections).toBe(5_002);
  });
});

describe('without token introspection the API refuses: identity is never chosen by the caller', () => {
  /** A FHIR server without introspection that would answer reads for the token. */
  function noIntrospection() {
    return vi.fn(async (url: string | URL | Request) => {
      const u = String(url);
      if (u.endsWith('/.well-known/smart-configuration')) {
        return Response.json({ capabilities: ['launch-ehr'] });
      }
      return Response.json({ resourceType: 'Practitioner', id: 'quality-reviewer' });
    });
  }

  test.each([
    ['no hints', {}],
    ['a user the token could read (the old read-back fallback)', { fhirUser: 'Practitioner/quality-reviewer' }],
    ['a user and a patient', { fhirUser: 'Practitioner/p1', patientId: 'pat1' }],
  ])('refuses with 401 given %s, without reading anything as the caller', async (_name, hints) => {
    const fetch = noIntrospection();
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch });
    await expect(verifier.verify('good', ISS, hints)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/no token introspection/) });
    expect(fetch).toHaveBeenCalledTimes(1); // discovery only
  });
});

describe('JWT access tokens verified here (SMART_JWT_ACCESS_TOKENS)', () => {
  const ISSUER = 'https://auth.ehr.example.org';
  async function keyPair(): Promise<{ privateKey: CryptoKey; jwk: Record<string, unknown> }> {
    const { publicKey, privateKey } = await generateKeyPair('ES384', { extractable: true });
    return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES384' } };
  }
  async function token(privateKey: CryptoKey, claims: Record<string, unknown>, over: { aud?: string; iss?: string; exp?: number; alg?: string } = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: over.alg ?? 'ES384', kid: 'k1' })
      .setIssuer(over.iss ?? ISSUER)
      .setAudience(over.aud ?? ISS)
      .setIssuedAt(now)
      .setExpirationTime(over.exp ?? now + 300)
      .sign(privateKey);
  }
  const claims = { fhirUser: `${ISS}/Practitioner/p1`, patient: 'pat1', encounter: 'enc1', scope: 'openid fhirUser patient/Condition.rs', client_id: 'ddx-smart-app' };

  test('identity comes from the verified claims; the FHIR server is not asked', async () => {
    const { privateKey, jwk } = await keyPair();
    const fetch = vi.fn(async () => new Response('should not be called', { status: 500 }));
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], clientId: 'ddx-smart-app', fetch, jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER, jwks: { keys: [jwk] } }] });
    expect(await verifier.verify(await token(privateKey, claims), ISS)).toMatchObject({ fhirUser: 'Practitioner/p1', patientId: 'pat1', encounterId: 'enc1', clientId: 'ddx-smart-app', scopes: ['openid', 'fhirUser', 'patient/Condition.rs'] });
    expect(fetch).not.toHaveBeenCalled();
  });

  test.each([
    ['another audience', { aud: 'https://other.example.org/fhir' }, {}, /claim "aud" does not match$/],
    ['another issuer', { iss: 'https://evil.example.org' }, {}, /claim "iss" does not match$/],
    ['an expired token', { exp: Math.floor(Date.now() / 1000) - 3600 }, {}, /expired/],
    ['a token of another application', {}, { client_id: 'someone-else' }, /another application/],
    ['a token without a user', {}, { fhirUser: undefined }, /fhirUser/],
  ])('refuses %s with 401 and the reason', async (_name, over, claimOver, message) => {
    const { privateKey, jwk } = await keyPair();
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], clientId: 'ddx-smart-app', jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER, jwks: { keys: [jwk] } }] });
    await expect(verifier.verify(await token(privateKey, { ...claims, ...claimOver }, over), ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(message) });
  });

  test('refuses a token signed with another key, an HMAC or unsigned token, and a token that is not a JWT', async () => {
    const { jwk } = await keyPair();
    const other = await keyPair();
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER, jwks: { keys: [jwk] } }] });
    await expect(verifier.verify(await token(other.privateKey, claims), ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/its signature or format is invalid$/) });
    const hmac = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: 'k1' }).setIssuer(ISSUER).setAudience(ISS).setExpirationTime('5m').sign(new TextEncoder().encode('x'.repeat(32)));
    await expect(verifier.verify(hmac, ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/its algorithm is not accepted$/) });
    const [h, p] = hmac.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${p}.`;
    await expect(verifier.verify(unsigned, ISS)).rejects.toMatchObject({ status: 401 });
    expect(h.length).toBeGreaterThan(0);
    await expect(verifier.verify('opaque-token', ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/not a JWT/) });
  });

  test('fetches the issuer keys from its JWKS URL; an unreachable key set is a 503 that says so, not a 401', async () => {
    const { privateKey, jwk } = await keyPair();
    const good = vi.fn(async () => Response.json({ keys: [jwk] }));
    const ok = createSmartTokenVerifier({ allowlist: [ISS], fetch: good, jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER, jwksUrl: `${ISSUER}/jwks` }] });
    expect(await ok.verify(await token(privateKey, claims), ISS)).toMatchObject({ fhirUser: 'Practitioner/p1' });
    expect(good).toHaveBeenCalledTimes(1);
    const down = createSmartTokenVerifier({ allowlist: [ISS], fetch: vi.fn(async () => { throw new TypeError('fetch failed'); }), jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER, jwksUrl: `${ISSUER}/jwks` }] });
    await expect(down.verify(await token(privateKey, claims), ISS)).rejects.toMatchObject({ status: 503, code: 'jwks_unavailable', message: expect.stringMatching(/keys of the token issuer could not be fetched/) });
  });

  test('the issuer\'s key set is fetched once and reused for the next token', async () => {
    const { privateKey, jwk } = await keyPair();
    const jwks = vi.fn(async () => Response.json({ keys: [jwk] }));
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], fetch: jwks, jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER, jwksUrl: `${ISSUER}/jwks` }] });
    await verifier.verify(await token(privateKey, claims), ISS);
    await verifier.verify(await token(privateKey, { ...claims, patient: 'pat2' }), ISS);
    expect(jwks).toHaveBeenCalledTimes(1);
  });

  test('an issuer configured with neither keys nor a key-set URL is a 503 (no token is accepted)', async () => {
    const { privateKey } = await keyPair();
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER }] });
    await expect(verifier.verify(await token(privateKey, claims), ISS)).rejects.toMatchObject({ status: 503, code: 'jwks_unavailable' });
  });

  test.each(['RS256', 'RS384', 'ES256', 'ES384'])('accepts a token signed with %s by default', async (alg) => {
    const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg };
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER, jwks: { keys: [jwk] } }] });
    expect(await verifier.verify(await token(privateKey, claims, { alg }), ISS)).toMatchObject({ fhirUser: 'Practitioner/p1' });
  });

  test('a token without iss, or signed with a key the issuer does not publish, is refused with the reason', async () => {
    const { privateKey, jwk } = await keyPair();
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER, jwks: { keys: [jwk] } }] });
    const now = Math.floor(Date.now() / 1000);
    const noIss = await new SignJWT(claims).setProtectedHeader({ alg: 'ES384', kid: 'k1' }).setAudience(ISS).setIssuedAt(now).setExpirationTime(now + 300).sign(privateKey);
    await expect(verifier.verify(noIss, ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/claim "iss" missing$/) });
    const otherKid = await new SignJWT(claims).setProtectedHeader({ alg: 'ES384', kid: 'k2' }).setIssuer(ISSUER).setAudience(ISS).setIssuedAt(now).setExpirationTime(now + 300).sign(privateKey);
    await expect(verifier.verify(otherKid, ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/no key of the issuer matches its kid$/) });
  });

  test('the client is client_id, else azp; a token naming neither is refused when this app has a client id', async () => {
    const { privateKey, jwk } = await keyPair();
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], clientId: 'ddx-smart-app', jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER, jwks: { keys: [jwk] } }] });
    const { client_id: _clientId, ...anonymous } = claims;
    await expect(verifier.verify(await token(privateKey, anonymous), ISS)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/names no client_id or azp/) });
    expect(await verifier.verify(await token(privateKey, { ...anonymous, azp: 'ddx-smart-app' }), ISS)).toMatchObject({ clientId: 'ddx-smart-app' });
  });

  test('scopes from scope, else from scp (a list or a string); none when the token has neither; spaces never make empty scopes', async () => {
    const { privateKey, jwk } = await keyPair();
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER, jwks: { keys: [jwk] } }] });
    const { scope: _scope, ...unscoped } = claims;
    const scopesOf = async (extra: Record<string, unknown>) => (await verifier.verify(await token(privateKey, { ...unscoped, ...extra }), ISS)).scopes;
    expect(await scopesOf({ scp: ['openid', 'patient/Condition.rs'] })).toEqual(['openid', 'patient/Condition.rs']);
    expect(await scopesOf({ scp: 'openid  patient/Condition.rs' })).toEqual(['openid', 'patient/Condition.rs']);
    expect(await scopesOf({})).toEqual([]);
    expect(await scopesOf({ scope: ' openid   fhirUser ' })).toEqual(['openid', 'fhirUser']);
  });

  test('a fhirUser claim is shortened only when the whole value is one URL ending in a type and id', async () => {
    const { privateKey, jwk } = await keyPair();
    const verifier = createSmartTokenVerifier({ allowlist: [ISS], jwtAccessTokens: [{ fhirServer: ISS, issuer: ISSUER, jwks: { keys: [jwk] } }] });
    const fhirUserOf = async (fhirUser: string) => (await verifier.verify(await token(privateKey, { ...claims, fhirUser }), ISS)).fhirUser;
    expect(await fhirUserOf(`${ISS}/Practitioner/p1/_history/2`)).toBe(`${ISS}/Practitioner/p1/_history/2`);
    expect(await fhirUserOf(`x\n${ISS}/Practitioner/p1`)).toBe(`x\n${ISS}/Practitioner/p1`);
  });
});

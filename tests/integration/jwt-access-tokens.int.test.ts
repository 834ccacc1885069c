/**
 * An EHR that issues JWT access tokens (the sandbox does, ES256, keys at /sandbox/auth/jwks): with
 * SMART_JWT_ACCESS_TOKENS the API verifies them itself (signature against the issuer's JWKS, iss, aud,
 * exp, client id) and takes the identity from their claims, instead of introspecting them.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MeResponse } from '../../server/contract';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { api, launchSession, type ApiSession } from './api-harness';

let server: RunningServer;
let session: ApiSession;

beforeAll(async () => {
  server = await startTestServer((base) => ({
    SMART_JWT_ACCESS_TOKENS: JSON.stringify([{ fhirServer: `${base}/sandbox/fhir`, issuer: `${base}/sandbox/fhir`, jwksUrl: `${base}/sandbox/auth/jwks`, algorithms: ['ES256'] }]),
  }));
  session = await launchSession(server, 'cp-01-patient');
});

afterAll(async () => {
  await server.stop();
});

describe('JWT access tokens verified by the API', () => {
  test('the user and patient come from the verified token', async () => {
    const res = await api(server, session, '/me');
    expect(res.status).toBe(200);
    const me = (await res.json()) as MeResponse;
    expect(me.fhirUser).toBe('Practitioner/sandbox-clinician-2');
  });

  test('a token whose signature was altered is refused with the JWT verifier’s reason (no introspection fallback)', async () => {
    const [h, p, sig] = session.token.split('.');
    const flipped = `${h}.${p}.${sig.startsWith('A') ? `B${sig.slice(1)}` : `A${sig.slice(1)}`}`;
    const res = await api(server, { ...session, token: flipped }, '/me');
    expect(res.status).toBe(401);
    expect((await res.json()).error_description).toMatch(/not valid for this FHIR server/);
    // A claim the caller changed without re-signing is refused the same way.
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, fhirUser: 'Practitioner/sandbox-quality-reviewer' })).toString('base64url')}.${sig}`;
    const res2 = await api(server, { ...session, token: forged }, '/me');
    expect(res2.status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeJwt } from 'jose';
import type { CapabilityStatement, Patient } from '@medplum/fhirtypes';
import {
  APP_SCOPE,
  CLIENT_ID,
  authorizeUrl,
  ehrLaunchId,
  ehrLaunchTokens,
  exchangeCode,
  fhirGet,
  makeFixturesDir,
  pkcePair,
  postToken,
  redirectOf,
  startSandbox,
  type SandboxServer,
} from './sandbox-harness';

let server: SandboxServer;
let cleanup: () => void;

beforeAll(async () => {
  const fixtures = makeFixturesDir();
  cleanup = fixtures.cleanup;
  server = await startSandbox(fixtures.dir);
});

afterAll(async () => {
  await server.stop();
  cleanup();
});

describe('sandbox discovery', () => {
  test('smart-configuration lists endpoints, S256 only and the capabilities', async () => {
    const res = await fetch(`${server.fhirBase}/.well-known/smart-configuration`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await res.json();
    expect(body.authorization_endpoint).toBe(`${server.baseUrl}/sandbox/auth/authorize`);
    expect(body.token_endpoint).toBe(`${server.baseUrl}/sandbox/auth/token`);
    expect(body.introspection_endpoint).toBe(`${server.baseUrl}/sandbox/auth/introspect`);
    expect(body.jwks_uri).toBe(`${server.baseUrl}/sandbox/auth/jwks`);
    expect(body.code_challenge_methods_supported).toEqual(['S256']);
    expect(body.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token']));
    expect(body.response_types_supported).toEqual(['code']);
    expect(body.scopes_supported).toEqual(expect.arrayContaining(['launch', 'launch/patient', 'openid', 'fhirUser', 'offline_access']));
    expect(body.capabilities).toEqual(
      expect.arrayContaining([
        'launch-ehr',
        'launch-standalone',
        'client-public',
        'context-ehr-patient',
        'context-ehr-encounter',
        'context-standalone-patient',
        'context-banner',
        'permission-v2',
        'permission-v1',
        'sso-openid-connect',
        'permission-patient',
        'permission-user',
      ]),
    );
  });

  test('metadata is a CapabilityStatement with the SMART oauth-uris extension, without a token', async () => {
    const res = await fetch(`${server.fhirBase}/metadata`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/fhir+json');
    const cs = (await res.json()) as CapabilityStatement;
    const security = cs.rest?.[0].security;
    expect(security?.service?.[0].coding?.[0].code).toBe('SMART-on-FHIR');
    const uris = security?.extension?.find((e) => e.url === 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris');
    expect(Object.fromEntries((uris?.extension ?? []).map((e) => [e.url, e.valueUri]))).toEqual({
      authorize: `${server.baseUrl}/sandbox/auth/authorize`,
      token: `${server.baseUrl}/sandbox/auth/token`,
      introspect: `${server.baseUrl}/sandbox/auth/introspect`,
    });
  });

  test('jwks publishes one ES256 public key', async () => {
    const body = await (await fetch(`${server.baseUrl}/sandbox/auth/jwks`)).json();
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toMatchObject({ kty: 'EC', alg: 'ES256', use: 'sig' });
    expect(body.keys[0].d).toBeUndefined();
  });
});

describe('sandbox EHR launch', () => {
  test('runs authorization code + PKCE and the token reads the launch patient', async () => {
    const launch = await ehrLaunchId(server);
    const { verifier, challenge } = pkcePair();
    const redirect = await redirectOf(authorizeUrl(server, { scope: `${APP_SCOPE} offline_access`, launch, challenge }));
    expect(`${redirect.origin}${redirect.pathname}`).toBe(`${server.baseUrl}/index.html`);
    expect(redirect.searchParams.get('state')).toBe('state-123');
    const res = await exchangeCode(server, redirect.searchParams.get('code') as string, verifier);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('pragma')).toBe('no-cache');
    const body = await res.json();
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300, patient: 'p1', encounter: 'enc1', need_patient_banner: true });
    expect(body.scope.split(' ')).toEqual(expect.arrayContaining(['launch', 'openid', 'fhirUser', 'patient/Observation.rs', 'offline_access']));
    expect(typeof body.refresh_token).toBe('string');
    const idToken = decodeJwt(body.id_token);
    expect(idToken).toMatchObject({ fhirUser: 'Practitioner/sandbox-clinician-1', iss: server.fhirBase, aud: CLIENT_ID, sub: 'sandbox-clinician-1' });
    const patient = await fhirGet(server, 'Patient/p1', body.access_token);
    expect(patient.status).toBe(200);
    expect(((await patient.json()) as Patient).id).toBe('p1');
  });

  test('an iframe launch sets need_patient_banner false', async () => {
    const location = await redirectOf(`${server.baseUrl}/sandbox/launch?patient=p1&user=sandbox-clinician-2&mode=iframe`);
    expect(location.pathname).toBe('/sandbox/ehr-frame');
    const frame = await fetch(location);
    const html = await frame.text();
    expect(html).toContain('data-testid="app-frame"');
    expect(html).toContain('width:640px');
    const launch = location.searchParams.get('launch') as string;
    const { verifier, challenge } = pkcePair();
    const redirect = await redirectOf(authorizeUrl(server, { scope: APP_SCOPE, launch, challenge }));
    const body = await (await exchangeCode(server, redirect.searchParams.get('code') as string, verifier)).json();
    expect(body.need_patient_banner).toBe(false);
    expect(decodeJwt(body.id_token).fhirUser).toBe('Practitioner/sandbox-clinician-2');
  });

  test('refresh_token grant returns a new access token and rotates the refresh token', async () => {
    const first = await ehrLaunchTokens(server, `${APP_SCOPE} online_access`);
    const refreshed = await postToken(server, { grant_type: 'refresh_token', refresh_token: first.refresh_token as string, client_id: CLIENT_ID });
    expect(refreshed.status).toBe(200);
    const body = await refreshed.json();
    expect(body).toMatchObject({ patient: 'p1', token_type: 'Bearer' });
    expect(body.refresh_token).not.toBe(first.refresh_token);
    const again = await postToken(server, { grant_type: 'refresh_token', refresh_token: first.refresh_token as string, client_id: CLIENT_ID });
    expect((await again.json()).error).toBe('invalid_grant');
  });

  test('no refresh token without offline_access or online_access', async () => {
    const body = await ehrLaunchTokens(server);
    expect(body.refresh_token).toBeUndefined();
  });
});

describe('sandbox standalone launch', () => {
  test('asks for a patient and a user, then issues a code for the picked context', async () => {
    const { verifier, challenge } = pkcePair();
    const picker = await redirectOf(authorizeUrl(server, { scope: 'launch/patient launch/encounter openid fhirUser patient/*.rs', challenge }));
    expect(picker.pathname).toBe('/sandbox/auth/select');
    const page = await (await fetch(picker)).text();
    expect(page).toContain('data-testid="pick-patient-p2"');
    expect(page).toContain('data-testid="pick-user-sandbox-quality-1"');
    const txn = picker.searchParams.get('txn') as string;
    const redirect = await redirectOf(`${server.baseUrl}/sandbox/auth/select`, {
      method: 'POST',
      body: new URLSearchParams({ txn, patient: 'p2', user: 'sandbox-quality-1', action: 'approve' }),
    });
    const body = await (await exchangeCode(server, redirect.searchParams.get('code') as string, verifier)).json();
    expect(body).toMatchObject({ patient: 'p2', need_patient_banner: true });
    expect(body.encounter).toBeUndefined();
    expect(body.scope).not.toMatch(/\blaunch\b(?!\/)/);
    expect(decodeJwt(body.id_token).fhirUser).toBe('Practitioner/sandbox-quality-1');
    expect((await fhirGet(server, 'Patient/p2', body.access_token)).status).toBe(200);
  });

  test('deny redirects with access_denied', async () => {
    const { challenge } = pkcePair();
    const picker = await redirectOf(authorizeUrl(server, { scope: 'launch/patient patient/*.rs', challenge }));
    const redirect = await redirectOf(`${server.baseUrl}/sandbox/auth/select`, {
      method: 'POST',
      body: new URLSearchParams({ txn: picker.searchParams.get('txn') as string, action: 'deny' }),
    });
    expect(redirect.searchParams.get('error')).toBe('access_denied');
    expect(redirect.searchParams.get('state')).toBe('state-123');
  });
});

describe('sandbox authorization errors', () => {
  test('a wrong code_verifier is invalid_grant', async () => {
    const launch = await ehrLaunchId(server);
    const { challenge } = pkcePair();
    const redirect = await redirectOf(authorizeUrl(server, { scope: APP_SCOPE, launch, challenge }));
    const res = await exchangeCode(server, redirect.searchParams.get('code') as string, pkcePair().verifier);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('invalid_grant');
  });

  test('code_challenge_method=plain is refused with an error redirect', async () => {
    const launch = await ehrLaunchId(server);
    const { verifier } = pkcePair();
    const redirect = await redirectOf(authorizeUrl(server, { scope: APP_SCOPE, launch, challenge: verifier, method: 'plain' }));
    expect(redirect.searchParams.get('error')).toBe('invalid_request');
    expect(redirect.searchParams.get('error_description')).toMatch(/S256/);
    expect(redirect.searchParams.get('code')).toBeNull();
  });

  test('a missing code_challenge is refused', async () => {
    const url = new URL(authorizeUrl(server, { scope: APP_SCOPE, launch: await ehrLaunchId(server), challenge: 'x' }));
    url.searchParams.delete('code_challenge');
    expect((await redirectOf(url.toString())).searchParams.get('error')).toBe('invalid_request');
  });

  test('a reused code is invalid_grant', async () => {
    const launch = await ehrLaunchId(server);
    const { verifier, challenge } = pkcePair();
    const code = (await redirectOf(authorizeUrl(server, { scope: APP_SCOPE, launch, challenge }))).searchParams.get('code') as string;
    expect((await exchangeCode(server, code, verifier)).status).toBe(200);
    const second = await exchangeCode(server, code, verifier);
    expect(second.status).toBe(400);
    expect(await second.json()).toMatchObject({ error: 'invalid_grant', error_description: expect.stringMatching(/already been used/) });
  });

  test('an expired code is invalid_grant', async () => {
    const launch = await ehrLaunchId(server);
    const { verifier, challenge } = pkcePair();
    const code = (await redirectOf(authorizeUrl(server, { scope: APP_SCOPE, launch, challenge }))).searchParams.get('code') as string;
    server.advance(61);
    const res = await exchangeCode(server, code, verifier);
    expect(await res.json()).toMatchObject({ error: 'invalid_grant', error_description: expect.stringMatching(/expired/) });
  });

  test('an unregistered redirect_uri is an error page, not a redirect', async () => {
    const res = await fetch(authorizeUrl(server, { scope: APP_SCOPE, challenge: pkcePair().challenge, redirectUri: 'https://evil.example/cb' }), {
      redirect: 'manual',
      headers: { accept: 'text/html' },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('redirect_uri must exactly match');
  });

  test('an unknown client is an error, not a redirect', async () => {
    const url = new URL(authorizeUrl(server, { scope: APP_SCOPE, challenge: pkcePair().challenge }));
    url.searchParams.set('client_id', 'someone-else');
    const res = await fetch(url, { redirect: 'manual', headers: { accept: 'application/json' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('invalid_client');
  });

  test('a wrong aud and a missing state are error redirects', async () => {
    const { challenge } = pkcePair();
    const wrongAud = await redirectOf(authorizeUrl(server, { scope: APP_SCOPE, challenge, aud: 'https://other.example/fhir' }));
    expect(wrongAud.searchParams.get('error')).toBe('invalid_request');
    const url = new URL(authorizeUrl(server, { scope: APP_SCOPE, challenge }));
    url.searchParams.delete('state');
    expect((await redirectOf(url.toString())).searchParams.get('error_description')).toMatch(/state/);
  });

  test('an unknown launch id is an error redirect', async () => {
    const redirect = await redirectOf(authorizeUrl(server, { scope: APP_SCOPE, launch: 'nope', challenge: pkcePair().challenge }));
    expect(redirect.searchParams.get('error')).toBe('invalid_request');
  });
});

describe('sandbox introspection', () => {
  test('reports active tokens with context and inactive ones as inactive', async () => {
    const tokens = await ehrLaunchTokens(server);
    const introspect = async (token: string): Promise<Record<string, unknown>> =>
      (await fetch(`${server.baseUrl}/sandbox/auth/introspect`, { method: 'POST', body: new URLSearchParams({ token }) })).json();
    const active = await introspect(tokens.access_token as string);
    expect(active).toMatchObject({ active: true, client_id: CLIENT_ID, patient: 'p1', fhirUser: 'Practitioner/sandbox-clinician-1', sub: 'sandbox-clinician-1' });
    expect(active.scope).toBe(tokens.scope);
    expect(typeof active.exp).toBe('number');
    expect(await introspect('not-a-token')).toEqual({ active: false });
    server.advance(301);
    expect(await introspect(tokens.access_token as string)).toEqual({ active: false });
  });
});

describe('sandbox logging', () => {
  test('logs never contain codes, verifiers or tokens', async () => {
    const launch = await ehrLaunchId(server);
    const { verifier, challenge } = pkcePair();
    const redirect = await redirectOf(authorizeUrl(server, { scope: `${APP_SCOPE} offline_access`, launch, challenge }));
    const code = redirect.searchParams.get('code') as string;
    const body = await (await exchangeCode(server, code, verifier)).json();
    await fhirGet(server, 'Observation?patient=p1', body.access_token);
    await fhirGet(server, 'Patient/p1', 'garbage-token-value');
    const logs = server.logs();
    expect(logs).toContain('sandbox token issued');
    for (const secret of [launch, code, verifier, body.access_token, body.refresh_token, body.id_token, 'garbage-token-value']) {
      expect(logs).not.toContain(secret);
    }
    expect(logs).not.toContain('Synthetic');
  });
});

/**
 * Contract test (issue 17, items 1 and 7): an authorization server whose token introspection requires the
 * caller to authenticate, as the SMART launcher's does. The sandbox is switched to behave like that
 * (SANDBOX_INTROSPECTION_CREDENTIALS); without SMART_INTROSPECTION_CLIENTS the API answers 401 with what to
 * set (never a retryable 503); with them it works.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { api, launchSession } from './api-harness';

const CREDENTIALS = 'ddx-service:s3cr:t+x';
let without: RunningServer;
let withCreds: RunningServer;

beforeAll(async () => {
  without = await startTestServer({ SANDBOX_INTROSPECTION_CREDENTIALS: CREDENTIALS });
  withCreds = await startTestServer((base) => ({
    SANDBOX_INTROSPECTION_CREDENTIALS: CREDENTIALS,
    SMART_INTROSPECTION_CLIENTS: JSON.stringify([{ fhirServer: `${base}/sandbox/fhir`, clientId: 'ddx-service', clientSecret: 's3cr:t+x' }]),
  }));
});

afterAll(async () => {
  await without?.stop();
  await withCreds?.stop();
});

describe('introspection that requires client authentication', () => {
  test('the authorization server refuses an unauthenticated introspection', async () => {
    const res = await fetch(`${without.baseUrl}/sandbox/auth/introspect`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=x' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  test('without credentials configured, the API says what to set, with 401', async () => {
    const session = await launchSession(without, 'cp-01-patient');
    const res = await api(without, session, '/me');
    expect(res.status).toBe(401);
    expect((await res.json()).error_description).toMatch(/requires client authentication; set SMART_INTROSPECTION_CLIENTS/);
  });

  test('with SMART_INTROSPECTION_CLIENTS (client_secret_basic, form-encoded secret) the API identifies the caller', async () => {
    const session = await launchSession(withCreds, 'cp-01-patient');
    const res = await api(withCreds, session, '/me');
    expect(res.status).toBe(200);
    expect((await res.json()).fhirUser).toBe('Practitioner/sandbox-clinician-2');
  });
});

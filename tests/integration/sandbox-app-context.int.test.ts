/**
 * The sandbox EHR launches a CDS Hooks smart link as an EHR does: a fresh EHR launch (iss + launch)
 * of the link's own URL, with the link's appContext stored with the launch and returned unchanged
 * as `appContext` in the token response (CDS Hooks 2.0, Link.appContext).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { APP_SCOPE, CLIENT_ID, authorizeUrl, exchangeCode, makeFixturesDir, pkcePair, postToken, redirectOf, startSandbox, type SandboxServer } from './sandbox-harness';

let server: SandboxServer;
let cleanup: () => void;

const APP_CONTEXT = JSON.stringify({ cardUuid: '0f6c778f-792d-45ba-b063-3ae74c9f2f0b', kind: 'cant-miss', conditionId: 'pulmonary-embolism' });

beforeAll(async () => {
  const fixtures = makeFixturesDir();
  cleanup = fixtures.cleanup;
  server = await startSandbox(fixtures.dir);
});

afterAll(async () => {
  await server.stop();
  cleanup();
});

function launchUrl(params: Record<string, string>): string {
  return `${server.baseUrl}/sandbox/launch?${new URLSearchParams({ patient: 'p1', user: 'sandbox-clinician-1', ...params })}`;
}

/** Authorizes a launch id and exchanges the code; returns the token response. */
async function tokensFor(launch: string, scope = APP_SCOPE): Promise<Record<string, unknown>> {
  const { verifier, challenge } = pkcePair();
  const redirect = await redirectOf(authorizeUrl(server, { scope, launch, challenge }));
  const res = await exchangeCode(server, redirect.searchParams.get('code') as string, verifier);
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

describe('smart link launch', () => {
  test('opens the link’s URL with iss and a fresh launch, and the token response carries the appContext unchanged', async () => {
    const location = await redirectOf(launchUrl({ app_url: `${server.baseUrl}/launch.html?from=card`, app_context: APP_CONTEXT }));
    expect(`${location.origin}${location.pathname}`).toBe(`${server.baseUrl}/launch.html`);
    expect(location.searchParams.get('from')).toBe('card');
    expect(location.searchParams.get('iss')).toBe(server.fhirBase);
    const launch = location.searchParams.get('launch') as string;
    expect(launch).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const body = await tokensFor(launch);
    expect(body).toMatchObject({ patient: 'p1', encounter: 'enc1', appContext: APP_CONTEXT });
  });

  test('each smart link click is its own launch with its own appContext', async () => {
    const other = JSON.stringify({ cardUuid: '1dfc9896-0432-481d-a7cf-977737ef6d27', kind: 'differential' });
    const first = (await redirectOf(launchUrl({ app_url: `${server.baseUrl}/launch.html`, app_context: APP_CONTEXT }))).searchParams.get('launch') as string;
    const second = (await redirectOf(launchUrl({ app_url: `${server.baseUrl}/launch.html`, app_context: other }))).searchParams.get('launch') as string;
    expect(second).not.toBe(first);
    expect((await tokensFor(second)).appContext).toBe(other);
    expect((await tokensFor(first)).appContext).toBe(APP_CONTEXT);
  });

  test('an ordinary launch has no appContext in the token response', async () => {
    const launch = (await redirectOf(launchUrl({}))).searchParams.get('launch') as string;
    expect(await tokensFor(launch)).not.toHaveProperty('appContext');
  });

  test('the appContext stays with the grant on refresh', async () => {
    const launch = (await redirectOf(launchUrl({ app_context: APP_CONTEXT }))).searchParams.get('launch') as string;
    const first = await tokensFor(launch, `${APP_SCOPE} online_access`);
    const refreshed = await postToken(server, { grant_type: 'refresh_token', refresh_token: first.refresh_token as string, client_id: CLIENT_ID });
    expect(((await refreshed.json()) as Record<string, unknown>).appContext).toBe(APP_CONTEXT);
  });

  test('a standalone launch has no appContext', async () => {
    const { verifier, challenge } = pkcePair();
    const picker = await redirectOf(authorizeUrl(server, { scope: 'launch/patient openid fhirUser patient/*.rs', challenge }));
    const txn = picker.searchParams.get('txn') as string;
    const redirect = await redirectOf(`${server.baseUrl}/sandbox/auth/select`, {
      method: 'POST',
      body: new URLSearchParams({ txn, action: 'approve', patient: 'p1', user: 'sandbox-clinician-1' }),
    });
    const res = await exchangeCode(server, redirect.searchParams.get('code') as string, verifier);
    expect(await res.json()).not.toHaveProperty('appContext');
  });

  test('in the EHR frame the iframe opens the link’s URL', async () => {
    const location = await redirectOf(launchUrl({ mode: 'iframe', app_url: `${server.baseUrl}/launch.html?from=frame`, app_context: APP_CONTEXT }));
    const html = await (await fetch(location)).text();
    const src = /data-testid="app-frame" src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    const url = new URL(src as string);
    expect(`${url.origin}${url.pathname}`).toBe(`${server.baseUrl}/launch.html`);
    expect(url.searchParams.get('from')).toBe('frame');
    expect((await tokensFor(url.searchParams.get('launch') as string)).appContext).toBe(APP_CONTEXT);
  });

  test.each([
    ['on another origin', () => 'https://evil.example/launch.html'],
    ['on the app’s host but another port', () => `${server.baseUrl.replace(/:\d+$/, ':1')}/launch.html`],
    ['that is a javascript: URL', () => 'javascript:alert(1)'],
    ['that is relative', () => '/launch.html'],
    ['with credentials', () => server.baseUrl.replace('http://', 'http://user:pass@') + '/launch.html'],
  ])('refuses an app_url %s (no open redirect)', async (_name, appUrl) => {
    const res = await fetch(launchUrl({ app_url: appUrl(), app_context: APP_CONTEXT }), { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });

  test('refuses an appContext longer than 2000 characters', async () => {
    const res = await fetch(launchUrl({ app_context: 'x'.repeat(2001) }), { redirect: 'manual' });
    expect(res.status).toBe(400);
  });

  test('the appContext is never logged', async () => {
    const marker = JSON.stringify({ cardUuid: '9d7aa4f1-8252-4471-900f-717c406dd2f1', kind: 'cant-miss', conditionId: 'marker-condition-for-logs' });
    const launch = (await redirectOf(launchUrl({ app_url: `${server.baseUrl}/launch.html`, app_context: marker }))).searchParams.get('launch') as string;
    expect((await tokensFor(launch)).appContext).toBe(marker);
    expect(server.logs()).toContain('sandbox launch created');
    expect(server.logs()).not.toContain('marker-condition-for-logs');
  });
});

describe('launch-context creation for smart links (the CDS Hooks reference client’s POST {fhirBase}/_services/smart/Launch)', () => {
  async function createLaunch(token: string | undefined, body: unknown): Promise<Response> {
    return fetch(`${server.fhirBase}/_services/smart/Launch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  }
  async function clientToken(): Promise<string> {
    const launch = (await redirectOf(launchUrl({}))).searchParams.get('launch') as string;
    return (await tokensFor(launch)).access_token as string;
  }

  test('returns a launch_id whose launch carries the patient and the link’s appContext, exactly as the client then opens it', async () => {
    const token = await clientToken();
    const res = await createLaunch(token, { launchUrl: `${server.baseUrl}/launch.html`, parameters: { patient: 'p1', appContext: APP_CONTEXT } });
    expect(res.status).toBe(200);
    const { launch_id: launchId } = (await res.json()) as { launch_id: string };
    expect(launchId).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // The client appends launch and iss to the link's URL; the app's authorization then gets the context.
    expect(await tokensFor(launchId)).toMatchObject({ patient: 'p1', appContext: APP_CONTEXT });
    // An appContext sent as an object is passed on as its JSON text.
    const asObject = await createLaunch(token, { launchUrl: `${server.baseUrl}/launch.html`, parameters: { patient: 'p1', appContext: { kind: 'cant-miss' } } });
    expect((await tokensFor(((await asObject.json()) as { launch_id: string }).launch_id)).appContext).toBe('{"kind":"cant-miss"}');
  });

  test('refuses a caller without a token, another patient, an unregistered app URL and a malformed body', async () => {
    const token = await clientToken();
    expect((await createLaunch(undefined, { launchUrl: `${server.baseUrl}/launch.html`, parameters: { patient: 'p1' } })).status).toBe(401);
    expect((await createLaunch(token, { launchUrl: `${server.baseUrl}/launch.html`, parameters: { patient: 'p2' } })).status).toBe(403);
    expect((await createLaunch(token, { launchUrl: 'https://evil.example.org/launch.html', parameters: { patient: 'p1' } })).status).toBe(400);
    expect((await createLaunch(token, { launchUrl: `${server.baseUrl}/launch.html` })).status).toBe(400);
  });
});

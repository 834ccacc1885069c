import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { createSandbox } from '../../server/sandbox/create-sandbox';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { buildPatient } from '../builders/chart-builder';
import {
  APP_SCOPE,
  authorizeUrl,
  ehrLaunchId,
  ehrLaunchTokens,
  exchangeCode,
  makeFixturesDir,
  pkcePair,
  redirectOf,
  sampleBundles,
  startSandbox,
  type SandboxServer,
} from './sandbox-harness';

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
});

async function startWith(files: Parameters<typeof makeFixturesDir>[0]): Promise<unknown> {
  const fixtures = makeFixturesDir(files);
  cleanups.push(fixtures.cleanup);
  const config = loadConfig({ FIXTURES_DIR: fixtures.dir, LOG_LEVEL: 'silent', PUBLIC_BASE_URL: 'http://127.0.0.1:9' });
  return createSandbox({ config, logger: createLogger('silent') });
}

describe('createSandbox start-up', () => {
  test('a file that is not JSON stops start-up naming the file', async () => {
    await expect(startWith({ ...sampleBundles(), 'broken.json': '{ "resourceType": "Bundle", ' })).rejects.toThrow(/broken\.json.*not valid JSON/);
  });

  test('an invalid resource stops start-up naming the file and entry', async () => {
    const bad = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: buildPatient({ id: 'p9' }) }, { resource: { resourceType: 'Observation', id: 'o9', status: 'final' } }] };
    await expect(startWith({ 'bad-resource.json': bad as never })).rejects.toThrow(/bad-resource\.json: entry 1 \(Observation\/o9\).*Missing required property/);
  });

  test('an unknown resource type stops start-up', async () => {
    const bad = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Nonsense', id: 'n1' } }] };
    await expect(startWith({ 'unknown-type.json': bad as never })).rejects.toThrow(/unknown-type\.json: entry 0 \(Nonsense\/n1\)/);
  });

  test('the same id with different content in two files stops start-up', async () => {
    const one = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: buildPatient({ id: 'dup' }) }] };
    const two = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: buildPatient({ id: 'dup', gender: 'female' }) }] };
    await expect(startWith({ 'a.json': one as never, 'b.json': two as never })).rejects.toThrow(/b\.json: entry 0 \(Patient\/dup\) is already defined in .*a\.json/);
  });
});

describe('sandbox launch page', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    const fixtures = makeFixturesDir();
    cleanups.push(fixtures.cleanup);
    server = await startSandbox(fixtures.dir);
  });
  afterAll(async () => {
    await server.stop();
  });

  test('lists patients with age, sex and story, and users, with stable test ids', async () => {
    const res = await fetch(`${server.baseUrl}/sandbox/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('data-testid="launch-p1"');
    expect(html).toContain('data-testid="launch-iframe-p2"');
    expect(html).toContain('data-testid="standalone-launch"');
    expect(html).toContain('Man, 66, with crushing chest pain for an hour');
    expect(html).toContain('66Y');
    expect(html).toContain('Dr. Ada Okafor');
    expect(html).toContain('quality-reviewer');
    expect(html).toMatch(/<option value="enc1" selected>/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  test('a window launch redirects to the app with iss and launch', async () => {
    const res = await fetch(`${server.baseUrl}/sandbox/launch?patient=p1&user=sandbox-clinician-1&mode=window`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') as string);
    expect(location.pathname).toBe('/launch.html');
    expect(location.searchParams.get('iss')).toBe(server.fhirBase);
    expect(location.searchParams.get('launch')).toBeTruthy();
  });

  test('the in-progress encounter is the default and encounter=none launches without one', async () => {
    expect((await ehrLaunchTokens(server)).encounter).toBe('enc1');
    const launch = await ehrLaunchId(server, 'p1', 'sandbox-clinician-1', '&encounter=none');
    const { verifier, challenge } = pkcePair();
    const redirect = await redirectOf(authorizeUrl(server, { scope: APP_SCOPE, launch, challenge }));
    const body = await (await exchangeCode(server, redirect.searchParams.get('code') as string, verifier)).json();
    expect(body.patient).toBe('p1');
    expect(body.encounter).toBeUndefined();
  });

  test('unknown patient or user is a 404 page and a foreign encounter a 400', async () => {
    const accept = { headers: { accept: 'text/html' }, redirect: 'manual' as const };
    const patient = await fetch(`${server.baseUrl}/sandbox/launch?patient=nobody&user=sandbox-clinician-1`, accept);
    expect(patient.status).toBe(404);
    expect(await patient.text()).toContain('No patient nobody');
    expect((await fetch(`${server.baseUrl}/sandbox/launch?patient=p1&user=nobody`, accept)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/sandbox/launch?patient=p2&user=sandbox-clinician-1&encounter=enc1`, accept)).status).toBe(400);
    expect((await fetch(`${server.baseUrl}/sandbox/launch?user=sandbox-clinician-1`, accept)).status).toBe(400);
  });
});

describe('sandbox in the real app', () => {
  let running: RunningServer;
  beforeAll(async () => {
    const fixtures = makeFixturesDir();
    cleanups.push(fixtures.cleanup);
    running = await startTestServer({ FIXTURES_DIR: fixtures.dir });
  });
  afterAll(async () => {
    await running?.stop();
  });

  test('is mounted at /sandbox with the FHIR base under the public base URL', async () => {
    const config = await (await fetch(`${running.baseUrl}/sandbox/fhir/.well-known/smart-configuration`)).json();
    expect(config.token_endpoint).toBe(`${running.baseUrl}/sandbox/auth/token`);
    const unauthorized = await fetch(`${running.baseUrl}/sandbox/fhir/Patient/p1`);
    expect(unauthorized.status).toBe(401);
    expect((await unauthorized.json()).resourceType).toBe('OperationOutcome');
  });
});

/**
 * Development FHIR mode (issue 17, item 5): with SANDBOX_DEV_FHIR_PORT the sandbox's synthetic data is
 * served read-only, without authentication and with open CORS, at the root of its own origin, for outside
 * development tools; writes are refused, and the mode is off by default and refused outside sandbox mode.
 */
import type { Server } from 'node:http';
import { PassThrough } from 'node:stream';
import type { Bundle, OperationOutcome } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { createSandbox, type Sandbox } from '../../server/sandbox/create-sandbox';
import { freePort } from '../setup/test-server';
import { makeFixturesDir } from './sandbox-harness';

let sandbox: Sandbox;
let server: Server;
let base: string;
let cleanup: () => void;

beforeAll(async () => {
  const fixtures = makeFixturesDir();
  cleanup = fixtures.cleanup;
  const [port, devPort] = [await freePort(), await freePort()];
  const config = loadConfig({ PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, FIXTURES_DIR: fixtures.dir, PGLITE_DIR: 'memory', SANDBOX_DEV_FHIR_PORT: String(devPort) });
  sandbox = await createSandbox({ config, logger: createLogger('silent', new PassThrough()) });
  expect(sandbox.devFhir).toBeDefined();
  base = sandbox.devFhir!.base;
  expect(base).toBe(`http://127.0.0.1:${devPort}`);
  server = await new Promise((ok) => {
    const s = sandbox.devFhir!.app.listen(devPort, '127.0.0.1', () => ok(s));
  });
});

afterAll(async () => {
  server?.close();
  await sandbox?.close();
  cleanup?.();
});

describe('development FHIR mode', () => {
  test('reads and searches without a token, with open CORS, paging links at its own origin root', async () => {
    const res = await fetch(`${base}/Patient?_count=1`, { headers: { origin: 'https://tools.example.org' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toMatch(/application\/fhir\+json/);
    const bundle = (await res.json()) as Bundle;
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry?.length).toBe(1);
    expect(bundle.link?.find((l) => l.relation === 'next')?.url).toMatch(new RegExp(`^${base}/Patient\\?`));
    const one = await fetch(`${base}/Patient/p1`);
    expect(((await one.json()) as { id: string }).id).toBe('p1');
    const obs = (await (await fetch(`${base}/Observation?patient=p1`)).json()) as Bundle;
    expect(obs.entry?.length).toBeGreaterThan(0);
    expect((await fetch(`${base}/metadata`)).status).toBe(200);
    const preflight = await fetch(`${base}/Patient`, { method: 'OPTIONS', headers: { origin: 'https://tools.example.org', 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBe(204);
  });

  test('is read-only and answers errors as OperationOutcomes', async () => {
    const write = await fetch(`${base}/Patient`, { method: 'POST', headers: { 'content-type': 'application/fhir+json' }, body: JSON.stringify({ resourceType: 'Patient' }) });
    expect(write.status).toBe(405);
    expect(write.headers.get('allow')).toMatch(/GET/);
    expect(((await write.json()) as OperationOutcome).resourceType).toBe('OperationOutcome');
    const missing = await fetch(`${base}/Patient/does-not-exist`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as OperationOutcome).resourceType).toBe('OperationOutcome');
  });

  test('is off by default, refused outside sandbox mode and on the app\'s own port', async () => {
    expect(() => loadConfig({ SANDBOX: 'false', PSEUDONYM_SECRET: 'a-long-enough-secret', SANDBOX_DEV_FHIR_PORT: '8099' })).toThrow(/SANDBOX_DEV_FHIR_PORT needs SANDBOX=true/);
    expect(() => loadConfig({ PORT: '8099', SANDBOX_DEV_FHIR_PORT: '8099' })).toThrow(/must differ from PORT/);
    expect(loadConfig({}).sandboxDevFhirPort).toBeUndefined();
  });
});

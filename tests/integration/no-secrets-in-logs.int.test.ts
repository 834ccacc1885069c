/**
 * Logs hold no tokens and no PHI: a full hook call (client JWT, fhirAuthorization token, prefetch
 * with a named patient), an API call with a SMART token, and a feedback call, all at debug level,
 * and the captured log lines are searched for the secrets and the patient's identifiers.
 */
import { PassThrough } from 'node:stream';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp, type AppHandle } from '../../server/app';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { freePort } from '../setup/test-server';
import { fixtureChart, hookRequest } from '../builders/cds-request-builder';
import { launchSession } from './api-harness';

let handle: AppHandle;
let server: Server;
let base: string;
const lines: string[] = [];

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
  const config = loadConfig({ PORT: String(port), PUBLIC_BASE_URL: base, PGLITE_DIR: 'memory', LOG_LEVEL: 'debug' });
  handle = await createApp(config, { logger: createLogger('debug', stream) });
  server = await new Promise((resolve) => {
    const s = handle.app.listen(port, '127.0.0.1', () => resolve(s));
  });
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await handle.close();
});

describe('logs', () => {
  test('request lines for FHIR reads name the resource type, never the id (the mount point is not stripped first)', async () => {
    const id = 'patient-id-that-must-not-be-logged-42';
    const before = lines.length;
    await fetch(`${base}/sandbox/fhir/Patient/${id}`);
    await fetch(`${base}/sandbox/fhir/Observation?subject=Patient/${id}`);
    await new Promise((r) => setTimeout(r, 50));
    const log = lines.slice(before).join('');
    expect(log).toContain('"path":"/sandbox/fhir/Patient"');
    expect(log).toContain('"path":"/sandbox/fhir/Observation"');
    expect(log).not.toContain(id);
  });

  test('never contain access tokens, client JWTs, or patient names and birth dates', async () => {
    const chart = fixtureChart('dyspnoea-pulmonary-embolism.json');
    const patient = chart.resources.find((r) => r.resourceType === 'Patient') as { name?: { family?: string; given?: string[] }[]; birthDate?: string };
    const sandbox = handle.sandbox!;
    const { accessToken } = await sandbox.issueAccessToken({ scopes: ['patient/*.rs'], patientId: chart.patientId });
    const url = `${base}/cds-services/ddx-patient-view`;
    const jwt = await sandbox.cdsClient.sign(url);
    const fhirAuthorization = { access_token: accessToken, token_type: 'Bearer', expires_in: 300, scope: 'patient/*.rs', subject: 'ddx-cds' };
    const hook = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` }, body: JSON.stringify(hookRequest('patient-view', chart, { fhirServer: sandbox.fhirBase, fhirAuthorization })) });
    expect(hook.status).toBe(200);
    const session = await launchSession({ baseUrl: base, handle, logs: [], stop: async () => undefined }, chart.patientId);
    const me = await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${session.token}`, 'x-fhir-server': session.fhirBase } });
    expect(me.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(100);
    for (const secret of [accessToken, jwt, session.token]) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toContain(patient.name?.[0]?.family as string);
    expect(log).not.toContain(patient.birthDate as string);
    expect(log).not.toContain(chart.patientId);
  });
});

describe('loggablePath', () => {
  test('keeps only the resource type below the FHIR base', async () => {
    const { loggablePath } = await import('../../server/logger');
    expect(loggablePath('/sandbox/fhir/Patient/cp-01-patient')).toBe('/sandbox/fhir/Patient');
    expect(loggablePath('/sandbox/fhir/metadata')).toBe('/sandbox/fhir/metadata');
    expect(loggablePath('/api/decisions')).toBe('/api/decisions');
  });
});

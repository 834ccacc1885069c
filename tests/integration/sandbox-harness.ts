/**
 * Test harness for the sandbox EHR: a temp fixtures dir with small synthetic Bundles, the sandbox
 * mounted on its own Express app (so tests can pass a fake clock and capture logs), and helpers
 * that run the SMART flows with fetch.
 */
import express from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import type { Bundle, Patient, Resource } from '@medplum/fhirtypes';
import { loadConfig } from '../../server/config';
import { createErrorHandler } from '../../server/error-handler';
import { HttpError } from '../../server/errors';
import { createLogger } from '../../server/logger';
import { createSandbox, type Sandbox } from '../../server/sandbox/create-sandbox';
import { CLINICAL_STORY_URL } from '../../fixtures/read-fixtures';
import type { SandboxOptions } from '../../server/sandbox/sandbox-options';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../builders/chart-builder';
import { freePort } from '../setup/test-server';

export const CLIENT_ID = 'ddx-smart-app';
export const REPO_FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

function bundleOf(resources: Resource[], story?: string): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    ...(story ? { meta: { extension: [{ url: CLINICAL_STORY_URL, extension: [{ url: 'summary', valueString: story }] }] } } : {}),
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.resourceType}-${resource.id}`, resource })),
  };
}

/** Patient p1 (chest pain story, 3 observations, 2 conditions) and p2 (one observation). */
export function sampleBundles(): Record<string, Bundle> {
  const p2: Patient = buildPatient({ id: 'p2', gender: 'female', birthDate: '1990-02-03', name: [{ given: ['Other'], family: 'Synthetic' }] });
  return {
    'p1-chest-pain.json': bundleOf(
      [
        buildPatient(),
        buildEncounter('29857009'),
        buildEncounter('29857009', { id: 'enc0', status: 'finished', period: { start: '2025-01-01T08:00:00Z', end: '2025-01-01T09:00:00Z' } }),
        buildSymptom('c1', '29857009'),
        buildSymptom('c2', '267036007', 'refuted', { recordedDate: '2026-11-19T09:00:00Z' }),
        buildQuantity('o-trop-old', '6598-7', 0.01, 'ug/L', { effectiveDateTime: '2026-10-02T10:00:00Z' }),
        buildQuantity('o-trop-new', '6598-7', 0.4, 'ug/L', { effectiveDateTime: '2026-11-20T10:10:00Z' }),
        buildQuantity('o-hr', '8867-4', 110, '/min', { effectiveDateTime: '2026-11-20T10:05:00Z' }),
      ],
      'Man, 66, with crushing chest pain for an hour',
    ),
    'p2-other.json': bundleOf([p2, buildQuantity('o-p2', '6598-7', 0.01, 'ug/L', { subject: { reference: 'Patient/p2' } })]),
  };
}

/**
 * Creates a temp fixtures dir: the repository's `smart/` files plus the given patient files.
 * @param patientFiles - file name → Bundle or raw text (for corrupt files)
 * @returns the dir and a cleanup function
 */
export function makeFixturesDir(patientFiles: Record<string, Bundle | string> = sampleBundles()): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-fixtures-'));
  cpSync(join(REPO_FIXTURES, 'smart'), join(dir, 'smart'), { recursive: true });
  mkdirSync(join(dir, 'patients'));
  for (const [name, content] of Object.entries(patientFiles)) {
    writeFileSync(join(dir, 'patients', name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface SandboxServer {
  readonly baseUrl: string;
  readonly fhirBase: string;
  readonly sandbox: Sandbox;
  /** Advances the sandbox clock. */
  advance(seconds: number): void;
  /** Everything logged so far (JSON lines). */
  logs(): string;
  stop(): Promise<void>;
}

/**
 * Mounts the sandbox at `/sandbox` on a fresh Express app with the app's error handler.
 * @param fixturesDir - fixtures root
 * @param options - sandbox options (the clock is always the harness's fake clock)
 * @returns the running server
 */
export async function startSandbox(fixturesDir: string, options: Partial<SandboxOptions> = {}): Promise<SandboxServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({ PORT: String(port), PUBLIC_BASE_URL: baseUrl, FIXTURES_DIR: fixturesDir, LOG_LEVEL: 'debug', PGLITE_DIR: 'memory' });
  const chunks: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const logger = createLogger('debug', stream);
  let clock = Date.parse('2026-11-20T12:00:00Z');
  const sandbox = await createSandbox({ config, logger, options: { ...options, now: () => new Date(clock) } });
  const app = express();
  app.use((req, res, next) => {
    res.on('finish', () => logger.info({ method: req.method, path: req.path, status: res.statusCode }, 'request'));
    next();
  });
  app.use('/sandbox', sandbox.router);
  app.use((req, _res, next) => next(new HttpError(404, 'not_found', `Nothing at ${req.path}`)));
  app.use(createErrorHandler(logger));
  const server: Server = await new Promise((ok) => {
    const s = app.listen(port, '127.0.0.1', () => ok(s));
  });
  return {
    baseUrl,
    fhirBase: sandbox.fhirBase,
    sandbox,
    advance: (seconds) => {
      clock += seconds * 1000;
    },
    logs: () => chunks.join(''),
    async stop() {
      await new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      await sandbox.close();
    },
  };
}

/** A PKCE verifier and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** Default app scope (standards.md §2.2) plus a refresh token. */
export const APP_SCOPE = 'launch openid fhirUser patient/Patient.rs patient/Condition.rs patient/Observation.rs patient/Encounter.rs';

export interface AuthorizeParams {
  readonly scope: string;
  readonly launch?: string;
  readonly challenge: string;
  readonly method?: string;
  readonly redirectUri?: string;
  readonly aud?: string;
  readonly state?: string;
}

/** Builds the authorization request URL. */
export function authorizeUrl(server: SandboxServer, p: AuthorizeParams): string {
  const url = new URL(`${server.baseUrl}/sandbox/auth/authorize`);
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: p.redirectUri ?? `${server.baseUrl}/index.html`,
    scope: p.scope,
    state: p.state ?? 'state-123',
    aud: p.aud ?? server.fhirBase,
    launch: p.launch,
    code_challenge: p.challenge,
    code_challenge_method: p.method ?? 'S256',
  };
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined) {
      url.searchParams.set(k, v);
    }
  }
  return url.toString();
}

/** GET without following redirects; returns the Location as a URL. */
export async function redirectOf(url: string, init: RequestInit = {}): Promise<URL> {
  const res = await fetch(url, { ...init, redirect: 'manual' });
  if (res.status !== 302) {
    throw new Error(`expected 302 from ${url}, got ${res.status}: ${await res.text()}`);
  }
  return new URL(res.headers.get('location') as string);
}

/** Creates an EHR launch through the launch page and returns the launch id. */
export async function ehrLaunchId(server: SandboxServer, patient = 'p1', user = 'sandbox-clinician-1', extra = ''): Promise<string> {
  const location = await redirectOf(`${server.baseUrl}/sandbox/launch?patient=${patient}&user=${user}${extra}`);
  return location.searchParams.get('launch') as string;
}

/** POSTs a form to the token endpoint. */
export function postToken(server: SandboxServer, form: Record<string, string>): Promise<Response> {
  return fetch(`${server.baseUrl}/sandbox/auth/token`, { method: 'POST', body: new URLSearchParams(form) });
}

/** Exchanges a code for tokens. */
export function exchangeCode(server: SandboxServer, code: string, verifier: string): Promise<Response> {
  return postToken(server, { grant_type: 'authorization_code', code, redirect_uri: `${server.baseUrl}/index.html`, code_verifier: verifier, client_id: CLIENT_ID });
}

/** Runs a full EHR launch and returns the token response body. */
export async function ehrLaunchTokens(server: SandboxServer, scope = APP_SCOPE, patient = 'p1'): Promise<Record<string, unknown>> {
  const launch = await ehrLaunchId(server, patient);
  const { verifier, challenge } = pkcePair();
  const redirect = await redirectOf(authorizeUrl(server, { scope, launch, challenge }));
  const res = await exchangeCode(server, redirect.searchParams.get('code') as string, verifier);
  if (res.status !== 200) {
    throw new Error(`token exchange failed: ${res.status} ${await res.text()}`);
  }
  return (await res.json()) as Record<string, unknown>;
}

/** GETs a FHIR path with a bearer token. */
export function fhirGet(server: SandboxServer, path: string, token?: string): Promise<Response> {
  return fetch(`${server.fhirBase}/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** Ids of the entries of a search Bundle. */
export async function entryIds(res: Response): Promise<string[]> {
  const bundle = (await res.json()) as Bundle;
  return (bundle.entry ?? []).map((e) => e.resource?.id as string);
}

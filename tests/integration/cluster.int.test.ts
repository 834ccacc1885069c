/**
 * The server as a Node cluster (CLUSTER_WORKERS=2) over the machine's PostgreSQL, started for real
 * with `server/main.ts`: both workers serve the one port, a client JWT accepted by one worker is
 * refused by the other (the jti is remembered in the database, not in a process), a worker that dies
 * is replaced, and a worker that cannot start stops the cluster with its message instead of looping.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import pg from 'pg';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { freePort } from '../setup/test-server';
import { fixtureChart, hookRequest } from '../builders/cds-request-builder';
import { loadConfig } from '../../server/config';

const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const ISS = 'https://cluster-test-ehr.example.org';
const schema = `c_${randomUUID().replace(/-/g, '').slice(0, 12)}`;

let jwks: Server;
let jwksUrl: string;
let privateKey: CryptoKey;
let primary: ChildProcess;
let base: string;
let stderr = '';

function env(port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    SANDBOX: 'false',
    PSEUDONYM_SECRET: 'cluster-test-secret-0123456789',
    DATABASE_URL: `${PG_URL}?options=-c%20search_path%3D${schema}`,
    FHIR_SERVER_ALLOWLIST: 'https://ehr.example.org/fhir',
    CDS_TRUSTED_CLIENTS: JSON.stringify([{ iss: ISS, jwksUrls: [jwksUrl], algorithms: ['RS384'] }]),
    CLUSTER_WORKERS: '2',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

/** A POST on a connection of its own, so the cluster's round robin hands it to the next worker. */
function post(url: string, token: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) {
      throw new Error(`server exited ${child.exitCode}: ${stderr}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) {
        return;
      }
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('cluster did not become healthy');
}

/** The primary's worker processes (its other children, such as tsx's esbuild service, are not workers). */
function workerPids(): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(primary.pid), '-f', 'server/main.ts'], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function sign(aud: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ jti: randomUUID() }).setProtectedHeader({ alg: 'RS384', kid: 'k1', typ: 'JWT' }).setIssuer(ISS).setAudience(aud).setIssuedAt(now).setExpirationTime(now + 300).sign(privateKey);
}

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const pair = await generateKeyPair('RS384');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS384' };
  jwks = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  const jwksPort = await freePort();
  await new Promise<void>((r) => jwks.listen(jwksPort, '127.0.0.1', () => r()));
  jwksUrl = `http://127.0.0.1:${jwksPort}/jwks`;
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  primary = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: env(port), stdio: ['ignore', 'ignore', 'pipe'] });
  primary.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  await waitHealthy(base, primary);
}, 120_000);

afterAll(async () => {
  if (primary && primary.exitCode === null) {
    await new Promise<void>((resolve) => {
      primary.once('exit', () => resolve());
      primary.kill('SIGTERM');
    });
  }
  jwks?.close();
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

describe('CLUSTER_WORKERS=2 over PostgreSQL', () => {
  test('runs two workers on the one port', () => {
    expect(workerPids()).toHaveLength(2);
  });

  test('a client JWT accepted by one worker is refused by every other, on any connection', async () => {
    const url = `${base}/cds-services/ddx-patient-view`;
    const token = await sign(url);
    const body = hookRequest('patient-view', fixtureChart('chest-pain-nstemi.json'));
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(await post(url, token, body));
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
  });

  test('fresh tokens are served by both workers, and the cards are stored once per call in the shared database', async () => {
    const url = `${base}/cds-services/ddx-patient-view`;
    const chart = fixtureChart('chest-pain-nstemi.json');
    const hookInstances = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const statuses = await Promise.all(hookInstances.map(async (hookInstance) => post(url, await sign(url), { ...hookRequest('patient-view', chart), hookInstance })));
    expect(statuses).toEqual([200, 200, 200, 200]);
    const db = new pg.Client({ connectionString: env(0).DATABASE_URL });
    await db.connect();
    const rows = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM suggestion_sets WHERE hook_instance = ANY($1)', [hookInstances])).rows;
    await db.end();
    expect(rows[0].n).toBe(4);
  });

  test('a worker that dies is replaced, and the service keeps answering', async () => {
    const [first] = workerPids();
    process.kill(first, 'SIGKILL');
    let pids: number[] = [];
    for (let i = 0; i < 120 && !(pids.length === 2 && !pids.includes(first)); i++) {
      await new Promise((r) => setTimeout(r, 250));
      pids = workerPids();
    }
    expect(pids).toHaveLength(2);
    expect(pids).not.toContain(first);
    await waitHealthy(base, primary);
    const url = `${base}/cds-services/ddx-patient-view`;
    expect(await post(url, await sign(url), hookRequest('patient-view', fixtureChart('chest-pain-nstemi.json')))).toBe(200);
  });

  test('a worker that cannot start stops the cluster with its reason, instead of being restarted in a loop', async () => {
    const port = await freePort();
    const broken = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: env(port, { KNOWLEDGE_DIR: '/nonexistent/knowledge' }), stdio: ['ignore', 'ignore', 'pipe'] });
    let out = '';
    broken.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => broken.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(out).toMatch(/Start-up failed: .*knowledge/i);
  });
});

describe('cluster configuration', () => {
  test('refuses more than one worker on the embedded database or with the sandbox, and says why', () => {
    expect(() => loadConfig({ CLUSTER_WORKERS: '2', SANDBOX: 'false', PSEUDONYM_SECRET: 'x'.repeat(16) })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ CLUSTER_WORKERS: '2', DATABASE_URL: PG_URL })).toThrow(/SANDBOX=false/);
    expect(loadConfig({ CLUSTER_WORKERS: '2', DATABASE_URL: PG_URL, SANDBOX: 'false', PSEUDONYM_SECRET: 'x'.repeat(16) }).clusterWorkers).toBe(2);
  });
});

/**
 * CDS Hooks load benchmark. The real server runs in a child process; autocannon drives it from this
 * process with full prefetch at 50 and 200 concurrent connections (closed loop: each connection sends
 * its next call as soon as the previous one is answered). Every call is a new hook call: its own
 * `hookInstance` (so each one stores a new suggestion set, as in use) and its own client JWT signed
 * before the run (the service refuses replayed `jti`s), with RS384 (what Epic signs with) and ES384.
 *
 * Next to latency it measures the server's CPU time per call (from /proc), which does not depend on
 * what else the machine runs, and from it the cores this work needs at the target. Two baselines
 * under the same load show what the machine itself allows: a trivial Express handler that returns a
 * fixed card, and a bare Node HTTP server that only parses the body.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { availableParallelism, tmpdir } from 'node:os';
import autocannon, { type Request as LoadRequest } from 'autocannon';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { fixtureChart, hookRequest, draftOrders } from '../../tests/builders/cds-request-builder';
import { freePort } from '../../tests/setup/test-server';
import { percentile, round } from './stats';
import { pacedLoad } from './paced-load';

export interface LoadResult {
  target: string;
  /** Signing algorithm of the client JWTs, or "none" for the baselines. */
  alg: string;
  connections: number;
  durationS: number;
  requests: number;
  throughputPerS: number;
  latencyMedianMs: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Server process CPU time (user + system, all threads) per answered call; undefined where /proc is not readable. */
  serverCpuMsPerCall?: number;
  /** The store the service wrote to: "pglite" (embedded default) or "postgres"; absent for the baselines. */
  store?: string;
  /** Set for paced runs: the offered rate. */
  pacedPerS?: number;
  /** Latency of every call but each connection's first (which includes connection set-up). */
  steadyMedianMs: number;
  steadyP99Ms: number;
  /** Connections whose first call took over 1 s. */
  firstCallsOver1s: number;
  /** CPU of the load generator (this process) per call: what the server did not have. */
  loadGeneratorCpuMsPerCall?: number;
  /** With the PostgreSQL store: CPU of the database server's processes per call (the same machine's cores). */
  databaseCpuMsPerCall?: number;
  /** Cluster workers serving the calls (1 = one process). */
  workers?: number;
}

export const ISS = 'https://bench-ehr.example.org';
export const HOOK_INSTANCE = '@@HOOK_INSTANCE@@';
const CHARTS = ['chest-pain-nstemi.json', 'dyspnoea-pulmonary-embolism.json', 'fever-cough-pneumonia.json', 'abdominal-pain-appendicitis.json'];
const WARMUP_S = 3;
/**
 * Offered load of the paced runs. A 500-bed hospital opens a few charts per second at its busiest;
 * 100 calls/s is a health system's worth, and a fifth of what the service sustains here.
 */
const PACED_RATE = 100;

interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  ticks: number;
}

/** Every process's name, parent and user + system CPU clock ticks (Linux /proc); empty elsewhere. */
function processTable(): ProcStat[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  const out: ProcStat[] = [];
  for (const pid of pids) {
    try {
      const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The name is in parentheses and may hold spaces; after it: state, ppid, ... utime (12th), stime (13th).
      const comm = raw.slice(raw.indexOf('(') + 1, raw.lastIndexOf(')'));
      const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      out.push({ pid: Number(pid), comm, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** CPU ticks of a process and all its descendants (a cluster primary and its workers), and of the PostgreSQL server's processes. */
function cpuTicks(pid: number | undefined): { server?: number; database: Map<number, number> } {
  const table = processTable();
  // Per process: PostgreSQL's backends come and go with connections, so a sum would drop those that ended.
  const database = new Map(table.filter((p) => p.comm === 'postgres').map((p) => [p.pid, p.ticks]));
  if (!pid || table.length === 0) {
    return { database };
  }
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of table) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return { server: table.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0), database };
}
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Ticks the database's processes used between two readings: growth of those alive at both, all of those started since (those that ended are lost, so this is a lower bound). */
function databaseTicks(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let ticks = 0;
  for (const [pid, t] of after) {
    ticks += Math.max(0, t - (before.get(pid) ?? 0));
  }
  return ticks;
}

interface RunSpec {
  url: string;
  alg: string;
  connections: number;
  durationS: number;
  /** Body templates; HOOK_INSTANCE is replaced by a fresh UUID per call. */
  bodies: readonly string[];
  tokens?: readonly string[];
  serverPid?: number;
  /** Calls per second, steady (open loop, latency from each call's due time: paced-load.ts); unset = as fast as answered (closed loop). */
  overallRate?: number;
  /** Also report the CPU of this machine's PostgreSQL server per call. */
  countDatabase?: boolean;
}

function requestOf(spec: RunSpec, n: number): { headers: Record<string, string>; body: string } {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (spec.tokens) {
    // Wrapping round would replay a jti: the service answers 401, which shows as non-2xx.
    headers.authorization = `Bearer ${spec.tokens[n % spec.tokens.length]}`;
  }
  return { headers, body: spec.bodies[n % spec.bodies.length].replace(HOOK_INSTANCE, randomUUID()) };
}

/** A paced run: a steady rate, open loop (server/bench/paced-load.ts). */
async function runPaced(spec: RunSpec & { overallRate: number }): Promise<LoadResult> {
  const before = cpuTicks(spec.serverPid);
  const ownCpu = process.cpuUsage();
  const r = await pacedLoad({ url: spec.url, ratePerS: spec.overallRate, durationS: spec.durationS, connections: spec.connections, warmupS: WARMUP_S, makeRequest: (n) => requestOf(spec, n) });
  const after = cpuTicks(spec.serverPid);
  const own = process.cpuUsage(ownCpu);
  return {
    target: spec.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
    alg: spec.alg,
    connections: spec.connections,
    durationS: spec.durationS,
    pacedPerS: spec.overallRate,
    requests: r.requests,
    throughputPerS: Math.round(r.requests / spec.durationS),
    latencyMedianMs: r.latencyMedianMs,
    latencyP99Ms: r.latencyP99Ms,
    latencyMaxMs: r.latencyMaxMs,
    steadyMedianMs: r.latencyMedianMs,
    steadyP99Ms: r.latencyP99Ms,
    firstCallsOver1s: 0,
    errors: r.errors,
    timeouts: 0,
    non2xx: r.non2xx,
    ...cpuPerCall(spec, before, after, own, r.sent),
  };
}

function cpuPerCall(spec: RunSpec, before: ReturnType<typeof cpuTicks>, after: ReturnType<typeof cpuTicks>, own: NodeJS.CpuUsage, answered: number): Pick<LoadResult, 'serverCpuMsPerCall' | 'databaseCpuMsPerCall' | 'loadGeneratorCpuMsPerCall'> {
  if (answered === 0) {
    return {};
  }
  return {
    serverCpuMsPerCall: before.server !== undefined && after.server !== undefined ? round(((after.server - before.server) * TICK_MS) / answered, 3) : undefined,
    ...(spec.countDatabase ? { databaseCpuMsPerCall: round((databaseTicks(before.database, after.database) * TICK_MS) / answered, 3) } : {}),
    loadGeneratorCpuMsPerCall: round((own.user + own.system) / 1000 / answered, 3),
  };
}

async function run(spec: RunSpec): Promise<LoadResult> {
  if (spec.overallRate) {
    return runPaced({ ...spec, overallRate: spec.overallRate });
  }
  let i = 0;
  const before = cpuTicks(spec.serverPid);
  const ownCpu = process.cpuUsage();
  const firstSeen = new WeakSet<object>();
  const steady: number[] = [];
  let slowFirst = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.durationS,
        method: 'POST',
        timeout: 10,
        requests: [{ setupRequest: (req: LoadRequest): LoadRequest => ({ ...req, ...requestOf(spec, i++) }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    // Each connection's first call also waits for the connection to be set up, which on a loaded
    // loopback sometimes takes seconds for every server (the bare baseline too); steady-state
    // latencies leave those first calls out.
    instance.on('response', (client: object, _status: number, _bytes: number, responseTime: number) => {
      if (firstSeen.has(client)) {
        steady.push(responseTime);
      } else {
        firstSeen.add(client);
        if (responseTime > 1000) {
          slowFirst++;
        }
      }
    });
  });
  const after = cpuTicks(spec.serverPid);
  const own = process.cpuUsage(ownCpu);
  const answered = result.requests.total;
  return {
    target: spec.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
    alg: spec.alg,
    connections: spec.connections,
    durationS: spec.durationS,
    requests: answered,
    throughputPerS: Math.round(result.requests.average),
    latencyMedianMs: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    steadyMedianMs: round(percentile(steady, 50), 1),
    steadyP99Ms: round(percentile(steady, 99), 1),
    firstCallsOver1s: slowFirst,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    ...cpuPerCall(spec, before, after, own, answered),
  };
}

/** A trivial handler: Express parses the body as ours does and returns one fixed card. */
const TRIVIAL_EXPRESS = `
const express = require('express');
const app = express();
app.use(express.json({ limit: '5mb' }));
const card = { uuid: '00000000-0000-4000-8000-000000000001', summary: 'Fixed card', indicator: 'info', source: { label: 'trivial' } };
app.post('/cds-services/:id', (req, res) => res.json({ cards: [card] }));
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('"msg":"ready"'));
`;

/**
 * The conformant baseline (issue 16): what any CDS service that follows the spec must do before its own
 * work. It verifies the same ES384 client JWT against the same JWKS (issuer, audience, expiry), parses the
 * same body with Express, and returns one fixed card. Our service is compared with it as ratios.
 */
const CONFORMANT = `
import express from 'express';
import { createRemoteJWKSet, jwtVerify } from 'jose';
const jwks = createRemoteJWKSet(new URL(process.env.JWKS_URL));
const app = express();
const card = { uuid: '00000000-0000-4000-8000-000000000001', summary: 'Fixed card', indicator: 'info', source: { label: 'conformant' } };
app.post('/cds-services/:id', async (req, res) => {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  try {
    await jwtVerify(token ?? '', jwks, { issuer: process.env.ISS, audience: 'http://127.0.0.1:' + process.env.PORT + req.originalUrl, algorithms: ['ES384'] });
  } catch {
    res.status(401).json({ error: 'invalid_client' });
    return;
  }
  express.json({ limit: '5mb' })(req, res, () => res.json({ cards: [card] }));
});
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('"msg":"ready"'));
`;

/** The floor of this machine: Node's HTTP server, JSON.parse of the body, a fixed answer. */
const BARE_NODE = `
const http = require('node:http');
const answer = JSON.stringify({ cards: [{ uuid: '00000000-0000-4000-8000-000000000001', summary: 'Fixed card', indicator: 'info', source: { label: 'bare' } }] });
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => { JSON.parse(Buffer.concat(chunks).toString('utf8')); res.setHeader('content-type', 'application/json'); res.end(answer); });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('"msg":"ready"'));
`;

async function startBaseline(source: string, env: Record<string, string> = {}, esm = false): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const args = esm ? ['--input-type=module', '-e', source] : ['-e', source];
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'], cwd: process.cwd() });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`baseline server exited ${code}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

async function waitForHealthy(base: string, child: ChildProcess): Promise<void> {
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  for (let i = 0; i < 240 && !exited; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) {
        return;
      }
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(exited ? 'server exited during start-up' : 'server did not answer /healthz within 120 s');
}

/** Signs `n` client JWTs for one endpoint; WebCrypto runs them on the thread pool, so chunks go in parallel. */
export async function signTokens(key: CryptoKey, alg: string, kid: string, aud: string, n: number): Promise<string[]> {
  const now = Math.floor(Date.now() / 1000);
  const out: string[] = [];
  while (out.length < n) {
    const chunk = Math.min(256, n - out.length);
    out.push(
      ...(await Promise.all(
        Array.from({ length: chunk }, () =>
          new SignJWT({ jti: randomUUID() }).setProtectedHeader({ alg, kid, typ: 'JWT' }).setIssuer(ISS).setAudience(aud).setIssuedAt(now).setExpirationTime(now + 1800).sign(key),
        ),
      )),
    );
  }
  return out;
}

export function hookBodies(): { patientView: string[]; orderSelect: string[] } {
  const charts = CHARTS.map(fixtureChart);
  const template = (body: Record<string, unknown>): string => JSON.stringify({ ...body, hookInstance: HOOK_INSTANCE });
  return {
    patientView: charts.map((c) => template(hookRequest('patient-view', c))),
    orderSelect: charts.map((c) =>
      template(hookRequest('order-select', c, { context: { selections: ['ServiceRequest/draft-1'], draftOrders: draftOrders(c.patientId, [{ system: 'http://loinc.org', code: '48065-7', display: 'D-dimer' }]) } })),
    ),
  };
}

export interface CdsBenchResult {
  runs: LoadResult[];
  /** Cores of server CPU that p99 < 100 ms at 200 connections would need: 200 calls in flight answered within ~100 ms means about 2,000 calls/s. */
  coresNeededAt2000PerS: { target: string; alg: string; store?: string; workers?: number; cores: number }[];
  cores: number;
  loadGenerator: string;
  /** Store configurations not measured, and why. */
  skipped: string[];
  /**
   * Our patient-view service (ES384, embedded store) against the conformant baseline measured in the same
   * run, at 1, 50 and 200 connections: p50 and p99 as multiples of the baseline's, throughput as a fraction.
   */
  versusConformant: { connections: number; p50Ratio: number; p99Ratio: number; throughputShare: number; timeouts: number }[];
  /**
   * Where one patient-view call's time goes (ES384, embedded store, sequential calls), as medians of the
   * service's own Server-Timing phases, in ms.
   */
  phases?: { calls: number; medianMs: Record<string, number>; totalMedianMs: number };
}

/** PostgreSQL for the production-store runs: this machine's server, in a schema of its own that is dropped afterwards. */
const BENCH_PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function withPostgresSchema<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const pg = (await import('pg')).default;
  const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: BENCH_PG_URL, connectionTimeoutMillis: 3000 });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    const sep = BENCH_PG_URL.includes('?') ? '&' : '?';
    return await fn(`${BENCH_PG_URL}${sep}options=-c%20search_path%3D${schema}`);
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await admin.end();
  }
}

export interface ServerUnderTest {
  child: ChildProcess;
  base: string;
}

/**
 * The embedded store as `npm start` runs it: a fresh database on disk (so the bench measures the default
 * configuration, journal included). BENCH_STORE=memory keeps it in RAM instead.
 * @returns PGLITE_DIR for the server, and a function removing the folder afterwards
 */
export function benchStoreDir(): { dir: string; remove: () => void } {
  if (process.env.BENCH_STORE === 'memory') {
    return { dir: 'memory', remove: () => undefined };
  }
  const parent = mkdtempSync(join(tmpdir(), 'ddx-bench-'));
  return { dir: join(parent, 'pglite'), remove: () => rmSync(parent, { recursive: true, force: true }) };
}

export async function startServer(env: Record<string, string>, jwksUrl: string, algorithms: string[]): Promise<ServerUnderTest> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // BENCH_SERVER_NODE_ARGS adds Node options to the server only (e.g. --cpu-prof, which NODE_OPTIONS refuses).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_BASE_URL: base,
      LOG_LEVEL: 'warn',
      CDS_TRUSTED_CLIENTS: JSON.stringify([{ iss: ISS, jwksUrls: [jwksUrl], algorithms }]),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHealthy(base, child);
  return { child, base };
}

export async function stopServer(s: ServerUnderTest): Promise<void> {
  if (s.child.exitCode !== null) {
    return;
  }
  await new Promise<void>((resolve) => {
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
    setTimeout(() => s.child.kill('SIGKILL'), 10_000).unref();
  });
}

/**
 * @param durationS - seconds per measured run (each is preceded by a short warm-up)
 * @returns one result per store, service, algorithm and concurrency, and per baseline and concurrency
 */
export async function benchCdsHooks(durationS = 10): Promise<CdsBenchResult> {
  const keys: Record<string, { privateKey: CryptoKey; jwk: JWK }> = {};
  for (const alg of ['RS384', 'ES384']) {
    const { privateKey, publicKey } = await generateKeyPair(alg);
    keys[alg] = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: `bench-${alg}`, alg } };
  }
  const jwks: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: Object.values(keys).map((k) => k.jwk) }));
  });
  const jwksPort = await freePort();
  await new Promise<void>((r) => jwks.listen(jwksPort, '127.0.0.1', () => r()));
  const jwksUrl = `http://127.0.0.1:${jwksPort}/jwks`;
  const runs: LoadResult[] = [];
  const skipped: string[] = [];
  const bodies = hookBodies();
  let expected = 1500; // calls per second, refined from each run so that enough tokens are signed

  /** Both services, the given algorithms, 50 and 200 connections, against one running server. */
  const measure = async (server: ServerUnderTest, store: string, algs: string[], workers = 1): Promise<void> => {
    const countDatabase = store === 'postgres';
    for (const [service, templates] of [['ddx-patient-view', bodies.patientView], ['ddx-order-select', bodies.orderSelect]] as const) {
      const url = `${server.base}/cds-services/${service}`;
      for (const alg of algs) {
        const { privateKey, jwk } = keys[alg];
        const warmup = await signTokens(privateKey, alg, jwk.kid as string, url, Math.ceil(expected * WARMUP_S * 1.5));
        await run({ url, alg, connections: 50, durationS: WARMUP_S, bodies: templates, tokens: warmup });
        for (const connections of alg === 'ES384' && service === 'ddx-patient-view' && store === 'pglite' ? [1, 50, 200] : [50, 200]) {
          const tokens = await signTokens(privateKey, alg, jwk.kid as string, url, Math.max(2000, Math.ceil(expected * durationS * 1.5)));
          const r = { ...(await run({ url, alg, connections, durationS, bodies: templates, tokens, serverPid: server.child.pid, countDatabase })), store, workers };
          expected = Math.max(expected, r.throughputPerS);
          runs.push(r);
          process.stdout.write(`  ${describe(r)}\n`);
        }
        if (alg === 'RS384') {
          // What a clinician sees at a busy but real load: 200 open connections, PACED_RATE calls/s in all.
          const tokens = await signTokens(privateKey, alg, jwk.kid as string, url, Math.ceil(PACED_RATE * (durationS + WARMUP_S) * 1.5));
          const r = { ...(await run({ url, alg, connections: 200, durationS, bodies: templates, tokens, serverPid: server.child.pid, overallRate: PACED_RATE, countDatabase })), store, workers };
          runs.push(r);
          process.stdout.write(`  ${describe(r)}\n`);
        }
      }
    }
  };

  const baselines: ChildProcess[] = [];
  let phases: CdsBenchResult['phases'];
  try {
    const embeddedStore = benchStoreDir();
    const embedded = await startServer({ PGLITE_DIR: embeddedStore.dir }, jwksUrl, Object.keys(keys));
    try {
      await measure(embedded, 'pglite', Object.keys(keys));
      const url = `${embedded.base}/cds-services/ddx-patient-view`;
      const { privateKey, jwk } = keys.ES384;
      phases = await phaseBreakdown(url, await signTokens(privateKey, 'ES384', jwk.kid as string, url, PHASE_CALLS), bodies.patientView);
      process.stdout.write(`  cds patient-view phases (median of ${phases.calls} sequential calls, ms): ${Object.entries(phases.medianMs).map(([k, v]) => `${k} ${v}`).join(', ')}; whole call ${phases.totalMedianMs}\n`);
    } finally {
      await stopServer(embedded);
      embeddedStore.remove();
    }
    // The production store, as one process and as a cluster of one worker per core. The algorithm
    // does not change what the store does, so RS384 only.
    const clusterWorkers = Math.max(2, availableParallelism());
    for (const workers of [1, clusterWorkers]) {
      try {
        await withPostgresSchema(async (url) => {
          const clusterEnv: Record<string, string> = workers > 1 ? { CLUSTER_WORKERS: String(workers), SANDBOX: 'false', PSEUDONYM_SECRET: 'bench-only-pseudonym-secret-0123' } : {};
          const server = await startServer({ DATABASE_URL: url, ...clusterEnv }, jwksUrl, Object.keys(keys));
          try {
            await measure(server, 'postgres', ['RS384'], workers);
          } finally {
            await stopServer(server);
          }
        });
      } catch (err) {
        skipped.push(`PostgreSQL store, ${workers} worker(s): ${(err as Error).message} (set BENCH_DATABASE_URL)`);
        process.stdout.write(`  PostgreSQL store (${workers} worker(s)) not measured: ${(err as Error).message}\n`);
      }
    }
    for (const [name, source] of [['trivial Express handler', TRIVIAL_EXPRESS], ['bare Node HTTP + JSON.parse', BARE_NODE]] as const) {
      const baseline = await startBaseline(source);
      baselines.push(baseline.child);
      const url = `${baseline.base}/cds-services/${name.startsWith('trivial') ? 'trivial' : 'bare'}`;
      await run({ url, alg: 'none', connections: 50, durationS: WARMUP_S, bodies: bodies.patientView });
      for (const connections of [50, 200]) {
        const r = await run({ url, alg: 'none', connections, durationS, bodies: bodies.patientView, serverPid: baseline.child.pid });
        runs.push(r);
        process.stdout.write(`  ${describe(r)}\n`);
      }
      baseline.child.kill('SIGTERM');
    }
    {
      const baseline = await startBaseline(CONFORMANT, { JWKS_URL: jwksUrl, ISS }, true);
      baselines.push(baseline.child);
      const url = `${baseline.base}/cds-services/conformant`;
      const { privateKey, jwk } = keys.ES384;
      await run({ url, alg: 'ES384', connections: 50, durationS: WARMUP_S, bodies: bodies.patientView, tokens: await signTokens(privateKey, 'ES384', jwk.kid as string, url, Math.ceil(expected * WARMUP_S * 1.5)) });
      for (const connections of [1, 50, 200]) {
        const tokens = await signTokens(privateKey, 'ES384', jwk.kid as string, url, Math.max(2000, Math.ceil(expected * durationS * 1.5)));
        const r = await run({ url, alg: 'ES384', connections, durationS, bodies: bodies.patientView, tokens, serverPid: baseline.child.pid });
        runs.push(r);
        process.stdout.write(`  ${describe(r)}\n`);
      }
      baseline.child.kill('SIGTERM');
    }
  } finally {
    baselines.forEach((b) => b.kill('SIGTERM'));
    jwks.close();
  }
  const at200 = runs.filter((r) => r.connections === 200 && !r.pacedPerS && r.serverCpuMsPerCall !== undefined);
  return {
    runs,
    coresNeededAt2000PerS: at200.map((r) => ({ target: r.target, alg: r.alg, store: r.store, workers: r.workers, cores: round((((r.serverCpuMsPerCall as number) + (r.databaseCpuMsPerCall ?? 0)) * 2000) / 1000, 1) })),
    cores: availableParallelism(),
    loadGenerator: 'autocannon (same machine, one process)',
    skipped,
    phases,
    versusConformant: [1, 50, 200].flatMap((connections) => {
      const ours = runs.find((r) => r.target.endsWith('/ddx-patient-view') && r.alg === 'ES384' && r.store === 'pglite' && r.connections === connections && !r.pacedPerS);
      const base = runs.find((r) => r.target.endsWith('/conformant') && r.connections === connections);
      return ours && base
        ? [{ connections, p50Ratio: round(ours.latencyMedianMs / Math.max(0.1, base.latencyMedianMs), 2), p99Ratio: round(ours.latencyP99Ms / Math.max(0.1, base.latencyP99Ms), 2), throughputShare: round(ours.throughputPerS / Math.max(1, base.throughputPerS), 2), timeouts: ours.timeouts }]
        : [];
    }),
  };
}

const PHASE_CALLS = 300;

/**
 * Sequential calls, each reading the service's Server-Timing header: the median of each phase.
 * @param url - the service endpoint
 * @param tokens - one fresh client JWT per call
 * @param bodies - request body templates
 * @returns medians per phase and of the whole call as the client saw it
 */
async function phaseBreakdown(url: string, tokens: readonly string[], bodies: readonly string[]): Promise<NonNullable<CdsBenchResult['phases']>> {
  const perPhase = new Map<string, number[]>();
  const totals: number[] = [];
  for (let n = 0; n < tokens.length; n++) {
    const t0 = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[n]}` }, body: bodies[n % bodies.length].replace(HOOK_INSTANCE, randomUUID()) });
    await res.arrayBuffer();
    totals.push(performance.now() - t0);
    for (const part of (res.headers.get('server-timing') ?? '').split(/,\s*/)) {
      const [name, dur] = part.split(';dur=');
      if (name && dur !== undefined) {
        perPhase.set(name, [...(perPhase.get(name) ?? []), Number(dur)]);
      }
    }
  }
  return {
    calls: tokens.length,
    medianMs: Object.fromEntries([...perPhase].map(([k, v]) => [k, round(percentile(v, 50), 2)])),
    totalMedianMs: round(percentile(totals, 50), 2),
  };
}

/** One line per run for the console. */
export function describe(r: LoadResult): string {
  const cpu = `${r.serverCpuMsPerCall === undefined ? '' : `, server CPU ${r.serverCpuMsPerCall} ms/call`}${r.databaseCpuMsPerCall === undefined ? '' : ` + database ${r.databaseCpuMsPerCall}`}`;
  const paced = r.pacedPerS ? ` paced ${r.pacedPerS}/s` : '';
  const gen = r.loadGeneratorCpuMsPerCall === undefined ? '' : `, load generator ${r.loadGeneratorCpuMsPerCall} ms/call`;
  const workers = r.workers && r.workers > 1 ? ` ${r.workers} workers` : '';
  return `cds ${r.target} ${r.alg}${r.store ? ` ${r.store}` : ''}${workers} @${r.connections}${paced}: median ${r.latencyMedianMs} ms, p99 ${r.latencyP99Ms} ms (steady ${r.steadyMedianMs} / ${r.steadyP99Ms} ms; ${r.firstCallsOver1s} first calls > 1 s), max ${r.latencyMaxMs} ms, ${r.throughputPerS} req/s, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}${cpu}${gen}`;
}

/**
 * `npm run bench -- phases`: the quick look at one patient-view call (a few seconds, for iterating on
 * the hook path): sequential calls to our service (ES384, embedded store in memory), each read through
 * its Server-Timing phases, beside the same number of sequential calls to the conformant baseline,
 * started in the same run. The whole-call medians are what the client saw.
 * @param calls - sequential calls to each
 * @returns our phases, our whole-call median, the baseline's, and their ratio
 */
export async function benchCdsPhases(calls = PHASE_CALLS): Promise<{ ours: NonNullable<CdsBenchResult['phases']>; withoutJournal: NonNullable<CdsBenchResult['phases']>; conformantMedianMs: number; p50Ratio: number }> {
  const { privateKey, publicKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench-ES384', alg: 'ES384' };
  const jwks: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  const jwksPort = await freePort();
  await new Promise<void>((r) => jwks.listen(jwksPort, '127.0.0.1', () => r()));
  const jwksUrl = `http://127.0.0.1:${jwksPort}/jwks`;
  const bodies = hookBodies().patientView;
  try {
    // Ours as `npm start` runs it (on disk, shown cards journaled), then with CDS_JOURNAL=false (each call
    // waiting for the database's statement), so the journal's effect is measured in the same run.
    const phasesOf = async (env: Record<string, string>): Promise<NonNullable<CdsBenchResult['phases']>> => {
      const store = benchStoreDir();
      const server = await startServer({ PGLITE_DIR: store.dir, ...env }, jwksUrl, ['ES384']);
      try {
        const url = `${server.base}/cds-services/ddx-patient-view`;
        // Warm-up (JIT, JWKS cache, first store writes), then the measured calls.
        await phaseBreakdown(url, await signTokens(privateKey, 'ES384', 'bench-ES384', url, 100), bodies);
        return await phaseBreakdown(url, await signTokens(privateKey, 'ES384', 'bench-ES384', url, calls), bodies);
      } finally {
        await stopServer(server);
        store.remove();
      }
    };
    const ours = await phasesOf({});
    const withoutJournal = await phasesOf({ CDS_JOURNAL: 'false' });
    const baseline = await startBaseline(CONFORMANT, { JWKS_URL: jwksUrl, ISS }, true);
    try {
      const url = `${baseline.base}/cds-services/conformant`;
      await phaseBreakdown(url, await signTokens(privateKey, 'ES384', 'bench-ES384', url, 100), bodies);
      const base = await phaseBreakdown(url, await signTokens(privateKey, 'ES384', 'bench-ES384', url, calls), bodies);
      return { ours, withoutJournal, conformantMedianMs: base.totalMedianMs, p50Ratio: round(ours.totalMedianMs / Math.max(0.1, base.totalMedianMs), 2) };
    } finally {
      baseline.child.kill('SIGTERM');
    }
  } finally {
    jwks.close();
  }
}

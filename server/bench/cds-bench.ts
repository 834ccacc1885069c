/**
 * CDS Hooks load benchmark: the real server runs in a child process; autocannon drives it from this
 * process at 50 and 200 concurrent connections with full prefetch, each request carrying its own
 * freshly signed client JWT (the service refuses replayed `jti`s). The same load against a trivial
 * handler that returns a fixed card shows the cost of our own work as a ratio.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import autocannon, { type Request as LoadRequest } from 'autocannon';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { fixtureChart, hookRequest, draftOrders } from '../../tests/builders/cds-request-builder';
import { freePort } from '../../tests/setup/test-server';

export interface LoadResult {
  target: string;
  connections: number;
  durationS: number;
  requests: number;
  throughputPerS: number;
  latencyMedianMs: number;
  latencyP99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

const ISS = 'https://bench-ehr.example.org';

async function waitForReady(child: ChildProcess): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server not ready in 120 s')), 120_000);
    let buf = '';
    child.stdout?.on('data', (c: Buffer) => {
      buf += c.toString();
      if (buf.includes('"msg":"ready"')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

async function run(url: string, connections: number, durationS: number, bodies: string[], tokens: string[] | undefined): Promise<LoadResult> {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: durationS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req: LoadRequest): LoadRequest => {
          const n = i++;
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (tokens) {
            headers.authorization = `Bearer ${tokens[n % tokens.length]}`;
          }
          return { ...req, headers, body: bodies[n % bodies.length] };
        },
      },
    ],
  });
  return {
    target: url,
    connections,
    durationS,
    requests: result.requests.total,
    throughputPerS: Math.round(result.requests.average),
    latencyMedianMs: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A trivial handler in its own process: parses the body and returns one fixed card. */
function trivialServerSource(port: number): string {
  return `
const express = require('express');
const app = express();
app.use(express.json({ limit: '5mb' }));
const card = { uuid: '00000000-0000-4000-8000-000000000001', summary: 'Fixed card', indicator: 'info', source: { label: 'trivial' } };
app.post('/cds-services/:id', (req, res) => res.json({ cards: [card] }));
app.listen(${port}, '127.0.0.1', () => console.log('"msg":"ready"'));
`;
}

/**
 * @param durationS - seconds per run
 * @returns one result per target and concurrency
 */
export async function benchCdsHooks(durationS = 10): Promise<LoadResult[]> {
  const { privateKey, publicKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench-1', alg: 'ES384' };
  const jwks: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  const jwksPort = await freePort();
  await new Promise<void>((r) => jwks.listen(jwksPort, '127.0.0.1', () => r()));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_BASE_URL: base,
      PGLITE_DIR: 'memory',
      LOG_LEVEL: 'warn',
      CDS_TRUSTED_CLIENTS: JSON.stringify([{ iss: ISS, jwksUrls: [`http://127.0.0.1:${jwksPort}/jwks`], algorithms: ['ES384'] }]),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const readyChild = spawn(process.execPath, ['-e', trivialServerSource(await freePort())], { stdio: ['ignore', 'pipe', 'inherit'] });
  const results: LoadResult[] = [];
  try {
    // LOG_LEVEL=warn hides the "ready" line; wait for the port instead.
    await waitForPort(port);
    const trivialPort = await readTrivialPort(readyChild);
    const charts = ['chest-pain-nstemi.json', 'dyspnoea-pulmonary-embolism.json', 'fever-cough-pneumonia.json', 'abdominal-pain-appendicitis.json'].map(fixtureChart);
    const pv = charts.map((c) => JSON.stringify(hookRequest('patient-view', c)));
    const os = charts.map((c) =>
      JSON.stringify(hookRequest('order-select', c, { context: { selections: ['ServiceRequest/draft-1'], draftOrders: draftOrders(c.patientId, [{ system: 'http://loinc.org', code: '48065-7', display: 'D-dimer' }]) } })),
    );
    for (const [service, bodies] of [['ddx-patient-view', pv], ['ddx-order-select', os]] as const) {
      const url = `${base}/cds-services/${service}`;
      for (const connections of [50, 200]) {
        const tokens = await signTokens(privateKey, url, Math.min(60_000, durationS * 3000));
        results.push(await run(url, connections, durationS, [...bodies], tokens));
      }
    }
    for (const connections of [50, 200]) {
      results.push(await run(`http://127.0.0.1:${trivialPort}/cds-services/trivial`, connections, durationS, pv, undefined));
    }
  } finally {
    child.kill('SIGTERM');
    readyChild.kill('SIGTERM');
    jwks.close();
  }
  return results;
}

async function signTokens(key: CryptoKey, aud: string, n: number): Promise<string[]> {
  const now = Math.floor(Date.now() / 1000);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(await new SignJWT({ jti: randomUUID() }).setProtectedHeader({ alg: 'ES384', kid: 'bench-1', typ: 'JWT' }).setIssuer(ISS).setAudience(aud).setIssuedAt(now).setExpirationTime(now + 1800).sign(key));
  }
  return out;
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) {
        return;
      }
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not answer /healthz within 120 s');
}

async function readTrivialPort(child: ChildProcess): Promise<number> {
  const spawnArgs = (child as ChildProcess & { spawnargs: string[] }).spawnargs.join(' ');
  const match = /listen\((\d+)/.exec(spawnArgs);
  await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
  return Number(match?.[1]);
}

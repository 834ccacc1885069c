/**
 * Issue 16, item 6: a soak. The real server (embedded store) under a steady, mixed load for
 * SOAK_MINUTES (default 30): CDS Hooks patient-view and order-select calls with fresh client JWTs, and
 * API-free health checks once a minute that report the server's RSS and event-loop delay. Per minute:
 * calls, p50/p99 latency (from each call's due time), errors, RSS, event-loop p99. "Flat" means the last
 * five minutes are within 10% RSS and x1.5 p99 latency of the first five after warm-up.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { freePort } from '../../tests/setup/test-server';
import { HOOK_INSTANCE, hookBodies, signTokens, startServer, stopServer } from './cds-bench';
import { pacedLoad } from './paced-load';
import { percentile, round } from './stats';

export interface SoakMinute {
  minute: number;
  calls: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  rssMb: number;
  eventLoopP99Ms: number;
}

export interface SoakResult {
  minutes: number;
  store: string;
  ratePerS: number;
  perMinute: SoakMinute[];
  rssGrowthPct: number;
  p99Ratio: number;
  eventLoopP99Ratio: number;
  flat: boolean;
  target: string;
}

/**
 * @param minutes - soak length
 * @param ratePerS - calls per second in all (patient-view 70%, order-select 30%)
 * @returns per-minute measurements and the verdict
 */
export async function benchSoak(minutes = Number(process.env.SOAK_MINUTES ?? 30), ratePerS = Number(process.env.SOAK_RATE ?? 40)): Promise<SoakResult> {
  const { privateKey, publicKey } = await generateKeyPair('ES384');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'soak-es384', alg: 'ES384' };
  const jwks: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  const jwksPort = await freePort();
  await new Promise<void>((r) => jwks.listen(jwksPort, '127.0.0.1', () => r()));
  // SOAK_STORE=memory keeps the embedded database in RAM (its data then counts in RSS); the default is a
  // fresh on-disk database, as `npm start` runs.
  const pgliteDir = process.env.SOAK_STORE === 'memory' ? 'memory' : mkdtempSync(join(tmpdir(), 'ddx-soak-'));
  const server = await startServer({ PGLITE_DIR: pgliteDir }, `http://127.0.0.1:${jwksPort}/jwks`, ['ES384']);
  const bodies = hookBodies();
  const perMinute: SoakMinute[] = [];
  try {
    for (let minute = 1; minute <= minutes; minute++) {
      const pvUrl = `${server.base}/cds-services/ddx-patient-view`;
      const osUrl = `${server.base}/cds-services/ddx-order-select`;
      const n = ratePerS * 60;
      const pvTokens = await signTokens(privateKey, 'ES384', 'soak-es384', pvUrl, Math.ceil(n * 0.7) + 10);
      const osTokens = await signTokens(privateKey, 'ES384', 'soak-es384', osUrl, Math.ceil(n * 0.3) + 10);
      let pv = 0;
      let os = 0;
      // One paced stream of mixed calls: every tenth call's slot decides the service (7 patient-view, 3 order-select).
      const results = await Promise.all([
        pacedLoad({
          url: pvUrl,
          ratePerS: ratePerS * 0.7,
          durationS: 60,
          connections: 20,
          makeRequest: (i) => ({ headers: { 'content-type': 'application/json', authorization: `Bearer ${pvTokens[pv++ % pvTokens.length]}` }, body: bodies.patientView[i % bodies.patientView.length].replace(HOOK_INSTANCE, randomUUID()) }),
        }),
        pacedLoad({
          url: osUrl,
          ratePerS: ratePerS * 0.3,
          durationS: 60,
          connections: 10,
          makeRequest: (i) => ({ headers: { 'content-type': 'application/json', authorization: `Bearer ${osTokens[os++ % osTokens.length]}` }, body: bodies.orderSelect[i % bodies.orderSelect.length].replace(HOOK_INSTANCE, randomUUID()) }),
        }),
      ]);
      const health = (await (await fetch(`${server.base}/healthz`)).json()) as { rssMb: number; eventLoopDelayMs: { p99: number } };
      const m: SoakMinute = {
        minute,
        calls: results[0].requests + results[1].requests,
        p50Ms: round(Math.max(results[0].latencyMedianMs, results[1].latencyMedianMs), 1),
        p99Ms: round(Math.max(results[0].latencyP99Ms, results[1].latencyP99Ms), 1),
        errors: results[0].errors + results[1].errors,
        non2xx: results[0].non2xx + results[1].non2xx,
        rssMb: health.rssMb,
        eventLoopP99Ms: health.eventLoopDelayMs.p99,
      };
      perMinute.push(m);
      process.stdout.write(`  soak minute ${minute}: ${m.calls} calls, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, ${m.errors} errors, ${m.non2xx} non-2xx, RSS ${m.rssMb} MB, event loop p99 ${m.eventLoopP99Ms} ms\n`);
    }
  } finally {
    await stopServer(server);
    jwks.close();
    if (pgliteDir !== 'memory') {
      rmSync(pgliteDir, { recursive: true, force: true });
    }
  }
  // Compare the first five minutes after a one-minute warm-up with the last five.
  const early = perMinute.slice(1, 6);
  const late = perMinute.slice(-5);
  const med = (xs: number[]): number => percentile(xs, 50);
  const rssGrowthPct = round(((med(late.map((m) => m.rssMb)) - med(early.map((m) => m.rssMb))) / med(early.map((m) => m.rssMb))) * 100, 1);
  const p99Ratio = round(med(late.map((m) => m.p99Ms)) / Math.max(1, med(early.map((m) => m.p99Ms))), 2);
  const eventLoopP99Ratio = round(med(late.map((m) => m.eventLoopP99Ms)) / Math.max(1, med(early.map((m) => m.eventLoopP99Ms))), 2);
  return {
    minutes,
    store: process.env.SOAK_STORE === 'memory' ? 'embedded, in memory (stored data counts in RSS)' : 'embedded, on disk',
    ratePerS,
    perMinute,
    rssGrowthPct,
    p99Ratio,
    eventLoopP99Ratio,
    flat: rssGrowthPct < 10 && p99Ratio <= 1.5 && eventLoopP99Ratio <= 1.5 && perMinute.every((m) => m.errors === 0),
    target: 'flat: RSS within 10%, p99 latency and event-loop p99 within x1.5 between the first and the last five minutes; no errors',
  };
}

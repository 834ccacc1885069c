/**
 * Open-loop load at a steady rate: one call every 1/rate seconds whatever the server does, over a
 * keep-alive pool of `connections`, each call's latency measured from when it was due (so a server
 * that falls behind is charged for the wait: no coordinated omission). autocannon's rate limit sends
 * each second's calls in one burst, which measures bursts, not a steady load.
 */
import { Agent, request } from 'node:http';
import { percentile, round } from './stats';

export interface PacedResult {
  /** Calls measured (after the warm-up). */
  requests: number;
  /** Calls sent in all, warm-up included: what the server's CPU time was spent on. */
  sent: number;
  ratePerS: number;
  latencyMedianMs: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  non2xx: number;
  errors: number;
}

/**
 * @param options - target, rate, duration, pool size and the request of call n
 * @returns latencies measured from each call's due time
 */
export async function pacedLoad(options: {
  url: string;
  ratePerS: number;
  durationS: number;
  connections: number;
  makeRequest: (n: number) => { headers: Record<string, string>; body: string };
  /** Seconds at the start, at the same rate, not measured: the pool's connections are opened then. */
  warmupS?: number;
}): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const target = new URL(options.url);
  const warmup = Math.round(options.ratePerS * (options.warmupS ?? 0));
  const total = warmup + Math.round(options.ratePerS * options.durationS);
  const intervalMs = 1000 / options.ratePerS;
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  for (let n = 0; n < total; n++) {
    const due = start + n * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) {
      await new Promise((r) => setTimeout(r, wait));
    }
    const { headers, body } = options.makeRequest(n);
    inFlight.push(
      new Promise<void>((resolve) => {
        const req = request(target, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
          res.resume();
          res.on('end', () => {
            if (n >= warmup) {
              latencies.push(performance.now() - due);
              if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) {
                non2xx++;
              }
            }
            resolve();
          });
        });
        req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
        req.on('error', () => {
          if (n >= warmup) {
            errors++;
          }
          resolve();
        });
        req.end(body);
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  return {
    requests: latencies.length,
    sent: total,
    ratePerS: options.ratePerS,
    latencyMedianMs: round(percentile(latencies, 50), 1),
    latencyP99Ms: round(percentile(latencies, 99), 1),
    latencyMaxMs: round(Math.max(0, ...latencies), 1),
    non2xx,
    errors,
  };
}

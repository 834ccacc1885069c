/**
 * `npm run bench`: prints and saves (bench-output/latest.json) the performance numbers the issues
 * set targets for. Targets are reported next to the numbers; benchmarks never fail the test suite.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { readPatientBundles } from '../../fixtures/read-fixtures';
import { benchEngine, type EngineBenchResult } from './engine-bench';
import { benchStartup } from './startup-bench';
import { measureInitialJs } from './bundle-size';
import { percentile, round } from './stats';
import { benchCdsHooks, benchCdsPhases, type LoadResult } from './cds-bench';
import { benchLaunchToDifferential } from './launch-bench';
import { benchQuality } from './quality-bench';
import { benchSoak } from './soak-bench';

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const want = (section: string): boolean => only.length === 0 || only.includes(section);

async function main(): Promise<void> {
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length };
  if (want('engine')) {
    const kb = loadKnowledge();
    const bundles = readPatientBundles();
    const long = bundles.find((b) => b.file.includes('long-history'));
    const typical = bundles.filter((b) => !b.file.includes('long-history'));
    const perChart: EngineBenchResult[] = typical.map((b) => benchEngine(kb, b.file, b.bundle as { entry?: unknown[] }, 1000));
    const typicalSummary = {
      charts: perChart.length,
      medianOfMediansMs: percentile(perChart.map((r) => r.medianMs), 50),
      worstP99Ms: Math.max(...perChart.map((r) => r.p99Ms)),
    };
    const longResult = long ? benchEngine(kb, long.file, long.bundle as { entry?: unknown[] }, 500) : undefined;
    results.engine = { target: 'median < 2 ms, p99 < 10 ms per patient', typical: typicalSummary, long: longResult, perChart };
    process.stdout.write(`engine, typical charts (${typicalSummary.charts}): median ${typicalSummary.medianOfMediansMs} ms, worst p99 ${typicalSummary.worstP99Ms} ms\n`);
    if (longResult) {
      process.stdout.write(`engine, long history (${longResult.resources} resources): median ${longResult.medianMs} ms, p99 ${longResult.p99Ms} ms, heap ${longResult.heapUsedMb} MB, rss ${longResult.rssMb} MB\n`);
    }
  }
  if (want('startup')) {
    const runs = [await benchStartup(), await benchStartup(), await benchStartup()];
    results.startup = { secondsToReady: runs, median: percentile(runs, 50), note: 'server process spawn to "ready" (client already built)' };
    process.stdout.write(`server cold start to ready: ${runs.join(', ')} s (median ${percentile(runs, 50)} s)\n`);
  }
  if (want('bundle')) {
    const size = measureInitialJs('dist/client');
    results.bundle = size ? { ...size, target: '< 300 KB gzipped initial JS' } : { error: 'dist/client not built; run npm run build' };
    process.stdout.write(size ? `initial JS (index.html): ${size.gzipKb} KB gzipped (${size.rawKb} KB raw)\n` : 'initial JS: app not built\n');
  }
  if (want('launch')) {
    const timings = await benchLaunchToDifferential(['cp-01-patient', 'lh-patient'], 5);
    results.launchToDifferential = { target: '< 1.5 s (median)', timings };
    for (const t of timings) {
      process.stdout.write(`launch to differential rendered, ${t.patient}: median ${t.medianMs} ms (runs ${t.runsMs.join(', ')})\n`);
    }
  }
  if (want('cds')) {
    process.stdout.write('cds hooks load (each run ~' + String(Number(process.env.BENCH_SECONDS ?? 10)) + ' s):\n');
    const cds = await benchCdsHooks(Number(process.env.BENCH_SECONDS ?? 10));
    const at200 = (target: string): LoadResult | undefined => cds.runs.find((r) => r.target.includes(target) && r.connections === 200);
    const trivial = at200('trivial');
    results.cds = {
      target: 'p99 < 100 ms at 200 connections, zero errors',
      ...cds,
      p99RatioToTrivialAt200: trivial
        ? cds.runs.filter((r) => r.alg !== 'none' && r.connections === 200 && !r.pacedPerS).map((r) => ({ target: r.target, alg: r.alg, store: r.store, workers: r.workers, ratio: round(r.latencyP99Ms / Math.max(1, trivial.latencyP99Ms), 1) }))
        : [],
    };
    for (const v of cds.versusConformant) {
      process.stdout.write(
        `cds patient-view vs the conformant baseline @${v.connections}: p50 ×${v.p50Ratio}, p99 ×${v.p99Ratio}, throughput ${Math.round(v.throughputShare * 100)}% of the baseline's, ${v.timeouts} timeouts (targets: p50 within ×2 at 1 connection; ≥ 70% throughput at 50 and 200; p99 within ×2 at 200)\n`,
      );
    }
    for (const c of cds.coresNeededAt2000PerS) {
      process.stdout.write(`cds ${c.target} ${c.alg}${c.store ? ` ${c.store}` : ''}${c.workers && c.workers > 1 ? ` ${c.workers} workers` : ''}: about ${c.cores} cores of server CPU for 2,000 calls/s (p99 < 100 ms at 200 connections); this machine has ${cds.cores}\n`);
    }
  }
  // The quick look at one hook call's phases runs only when asked for (`npm run bench -- phases`).
  if (only.includes('phases')) {
    const p = await benchCdsPhases();
    results.cdsPhases = p;
    process.stdout.write(`cds patient-view phases (median of ${p.ours.calls} sequential calls, ms): ${Object.entries(p.ours.medianMs).map(([k, v]) => `${k} ${v}`).join(', ')}; whole call ${p.ours.totalMedianMs} vs the conformant baseline ${p.conformantMedianMs}: p50 ×${p.p50Ratio} (target ×2); with CDS_JOURNAL=false store ${p.withoutJournal.medianMs.store}, whole call ${p.withoutJournal.totalMedianMs}\n`);
  }
  // The soak runs only when asked for (`npm run bench -- soak`): it takes SOAK_MINUTES (default 30).
  if (only.includes('soak')) {
    process.stdout.write(`soak: ${process.env.SOAK_MINUTES ?? 30} minutes of mixed CDS Hooks calls at ${process.env.SOAK_RATE ?? 40}/s\n`);
    const soak = await benchSoak();
    results.soak = soak;
    process.stdout.write(`soak: RSS ${soak.rssGrowthPct >= 0 ? '+' : ''}${soak.rssGrowthPct}%, p99 x${soak.p99Ratio}, event-loop p99 x${soak.eventLoopP99Ratio} (last 5 vs first 5 minutes): ${soak.flat ? 'flat' : 'NOT flat'}\n`);
  }
  if (want('quality')) {
    const decisions = Number(process.env.QUALITY_DECISIONS ?? 1_000_000);
    process.stdout.write(`quality dashboard: seeding ${decisions} decisions into PostgreSQL (a few minutes)…\n`);
    const quality = await benchQuality(decisions, 20);
    results.quality = quality;
    const timings = quality.timings as Record<string, { p50: number; p95: number }>;
    for (const [name, t] of Object.entries(timings)) {
      process.stdout.write(`quality ${name}: p50 ${t.p50} ms, p95 ${t.p95} ms (target p95 < 300 ms)\n`);
    }
    process.stdout.write(`quality views rebuilt in ${String(quality.refreshSeconds)} s at ${JSON.stringify(quality.counts)}\n`);
  }
  mkdirSync('bench-output', { recursive: true });
  const file = join('bench-output', 'latest.json');
  // Sections not run this time keep their last numbers (with the date they were measured).
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const sections = (o: Record<string, unknown>): string[] => Object.keys(o).filter((k) => !['date', 'node', 'cpus', 'sectionDates'].includes(k));
  const sectionDates: Record<string, string> = {
    ...Object.fromEntries(sections(previous).map((k) => [k, String(previous.date)])),
    ...((previous.sectionDates as Record<string, string> | undefined) ?? {}),
  };
  for (const key of sections(results)) {
    sectionDates[key] = results.date as string;
  }
  writeFileSync(file, `${JSON.stringify({ ...previous, ...results, sectionDates }, null, 2)}\n`);
  process.stdout.write('saved bench-output/latest.json\n');
}

main().catch((err: Error) => {
  process.stderr.write(`bench failed: ${err.message}\n`);
  process.exit(1);
});

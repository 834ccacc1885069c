/**
 * Engine time per patient (findings extraction + inference + verification), median and p99, and the
 * memory it holds, for a typical chart and for the long (2,000+ resource) history.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import { analyzeSync } from '../reasoning/diagnostic-model';
import { percentile, round } from './stats';

export interface EngineBenchResult {
  chart: string;
  resources: number;
  iterations: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  heapUsedMb: number;
  rssMb: number;
}

/**
 * @param kb - knowledge base
 * @param name - label of the chart
 * @param chart - a Bundle
 * @param iterations - measured runs (after warm-up)
 * @returns timings in milliseconds
 */
export function benchEngine(kb: KnowledgeBase, name: string, chart: { entry?: unknown[] }, iterations = 500): EngineBenchResult {
  for (let i = 0; i < 50; i++) {
    analyzeSync(kb, { chart });
  }
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    analyzeSync(kb, { chart });
    samples.push(performance.now() - t0);
  }
  const mem = process.memoryUsage();
  return {
    chart: name,
    resources: chart.entry?.length ?? 0,
    iterations,
    medianMs: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    maxMs: round(Math.max(...samples)),
    heapUsedMb: round(mem.heapUsed / 1048576, 1),
    rssMb: round(mem.rss / 1048576, 1),
  };
}

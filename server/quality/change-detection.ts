/**
 * Change detection for the quality team (issue 13, item 6): a service that stops firing is the hardest
 * failure to notice, and a shift in how clinicians answer it is the first sign that something changed
 * (a new model version, a broken chart feed, a new population). Per service and model version, the
 * recent window (default the last 7 days up to `asOf`) is compared with the trailing baseline before it
 * (default the 28 days before), from quality_rollup's daily counts.
 *
 * The tests, stated on the dashboard:
 * - firing drop: suggestions shown in the recent window against a Poisson count with the baseline's daily
 *   rate; flagged when P(X <= observed) < 0.001 (one-sided exact Poisson test). "Stopped" when the
 *   recent window has none at all.
 * - rate shift: acceptance among shown, and override among decided, recent against baseline by a
 *   two-proportion z-test (pooled), flagged when |z| >= 3.29 (two-sided p < 0.001) with at least 30 in
 *   each window. The strict level keeps false alarms rare when many services and versions are watched.
 */
import type { Database } from '../store/database';

export interface ChangeAlert {
  readonly service: string;
  readonly modelVersion: string;
  readonly kind: 'stopped-firing' | 'firing-drop' | 'acceptance-shift' | 'override-shift';
  readonly message: string;
  readonly recent: { readonly value: number; readonly n: number };
  readonly baseline: { readonly value: number; readonly n: number };
  /** p-value of the test (one-sided Poisson or two-sided z). */
  readonly p: number;
}

export interface ChangeWindowOptions {
  /** Last day of the recent window (YYYY-MM-DD, UTC), default today. */
  readonly asOf?: string;
  readonly recentDays?: number;
  readonly baselineDays?: number;
}

export const ALERT_P = 0.001;
const Z_CRITICAL = 3.29;
const MIN_N = 30;

/** P(X <= k) for X ~ Poisson(lambda), summed in log space (exact for the counts seen here). */
export function poissonLowerTail(k: number, lambda: number): number {
  if (lambda <= 0) {
    return 1;
  }
  let logTerm = -lambda;
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i += 1) {
    logTerm += Math.log(lambda) - Math.log(i);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}

/** Two-sided p-value of a standard normal z. */
export function twoSidedP(z: number): number {
  // Abramowitz & Stegun 7.1.26 approximation of erfc (error < 1.5e-7).
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return Math.min(1, erfc);
}

/** Pooled two-proportion z statistic (0 when either sample is empty or the pooled rate is 0 or 1). */
export function twoProportionZ(k1: number, n1: number, k2: number, n2: number): number {
  if (n1 === 0 || n2 === 0) {
    return 0;
  }
  const p = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  return se === 0 ? 0 : (k1 / n1 - k2 / n2) / se;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/**
 * @param db - the store's database (quality_rollup must be refreshed)
 * @param options - windows
 * @returns the alerts, most significant first
 */
export async function detectChanges(db: Database, options: ChangeWindowOptions = {}): Promise<ChangeAlert[]> {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const recentDays = options.recentDays ?? 7;
  const baselineDays = options.baselineDays ?? 28;
  const rows = (
    await db.query<{ service: string; model_version: string; recent: boolean; shown: number; accepted: number; overridden: number }>(
      `SELECT service, model_version, day > ($1::date - $2::int) AS recent,
              sum(shown)::int AS shown, sum(accepted)::int AS accepted, sum(overridden)::int AS overridden
       FROM quality_rollup
       WHERE dim = 'all' AND day <= $1::date AND day > ($1::date - $2::int - $3::int)
       GROUP BY 1, 2, 3`,
      [asOf, recentDays, baselineDays],
    )
  ).rows;
  const groups = new Map<string, { service: string; modelVersion: string; recent?: (typeof rows)[number]; baseline?: (typeof rows)[number] }>();
  for (const r of rows) {
    const key = `${r.service}|${r.model_version}`;
    const g = groups.get(key) ?? { service: r.service, modelVersion: r.model_version };
    if (r.recent) {
      g.recent = r;
    } else {
      g.baseline = r;
    }
    groups.set(key, g);
  }
  const alerts: ChangeAlert[] = [];
  for (const g of groups.values()) {
    const base = g.baseline;
    if (!base || base.shown === 0) {
      continue; // no baseline: a new service or model version
    }
    const recent = g.recent ?? { shown: 0, accepted: 0, overridden: 0 };
    const expected = (base.shown / baselineDays) * recentDays;
    const pFiring = poissonLowerTail(recent.shown, expected);
    if (pFiring < ALERT_P) {
      alerts.push({
        service: g.service,
        modelVersion: g.modelVersion,
        kind: recent.shown === 0 ? 'stopped-firing' : 'firing-drop',
        message:
          recent.shown === 0
            ? `No suggestions shown in the last ${recentDays} days; about ${Math.round(expected)} expected from the ${baselineDays} days before.`
            : `${recent.shown} suggestions shown in the last ${recentDays} days against about ${Math.round(expected)} expected from the ${baselineDays} days before.`,
        recent: { value: recent.shown, n: recentDays },
        baseline: { value: Math.round(expected * 10) / 10, n: baselineDays },
        p: pFiring,
      });
    }
    const shift = (kind: 'acceptance-shift' | 'override-shift', label: string, k1: number, n1: number, k2: number, n2: number): void => {
      if (n1 < MIN_N || n2 < MIN_N) {
        return;
      }
      const z = twoProportionZ(k1, n1, k2, n2);
      if (Math.abs(z) >= Z_CRITICAL) {
        alerts.push({
          service: g.service,
          modelVersion: g.modelVersion,
          kind,
          message: `${label} ${pct(k1 / n1)} in the last ${recentDays} days (n=${n1}) against ${pct(k2 / n2)} in the ${baselineDays} days before (n=${n2}).`,
          recent: { value: k1 / n1, n: n1 },
          baseline: { value: k2 / n2, n: n2 },
          p: twoSidedP(z),
        });
      }
    };
    shift('acceptance-shift', 'Acceptance among shown', recent.accepted, recent.shown, base.accepted, base.shown);
    shift('override-shift', 'Override among decided', recent.overridden, recent.accepted + recent.overridden, base.overridden, base.accepted + base.overridden);
  }
  return alerts.sort((a, b) => a.p - b.p);
}

import { describe, expect, test } from 'vitest';
import { fitRecalibration, type Pair } from './fit-recalibration';
import { recalibrate } from '../reasoning/calibration';

const sig = (x: number): number => 1 / (1 + Math.exp(-x));
const logit = (p: number): number => Math.log(p / (1 - p));

describe('fitRecalibration', () => {
  test('recovers the intercept and slope that generated the outcomes (expected counts, no noise)', () => {
    // For each predicted p, outcomes in the exact proportion sig(-1 + 0.5 logit p), in 1000ths.
    const pairs: Pair[] = [];
    for (const p of [0.01, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
      const positives = Math.round(1000 * sig(-1 + 0.5 * logit(p)));
      for (let i = 0; i < 1000; i++) {
        pairs.push({ p, y: i < positives ? 1 : 0 });
      }
    }
    const r = fitRecalibration(pairs);
    expect(r.intercept).toBeCloseTo(-1, 2);
    expect(r.slope).toBeCloseTo(0.5, 2);
  });

  test('a perfectly calibrated model is left alone (intercept 0, slope 1)', () => {
    const pairs: Pair[] = [];
    for (const p of [0.02, 0.1, 0.25, 0.5, 0.8]) {
      const positives = Math.round(1000 * p);
      for (let i = 0; i < 1000; i++) {
        pairs.push({ p, y: i < positives ? 1 : 0 });
      }
    }
    const r = fitRecalibration(pairs);
    expect(r.intercept).toBeCloseTo(0, 2);
    expect(r.slope).toBeCloseTo(1, 2);
  });

  test('returns the maximum-likelihood fit: both score equations hold at the result (not merely a step towards it)', () => {
    // A skewed set far from the start (0, 1): one Newton step, or stopping when only one parameter has
    // settled, leaves the gradient of the log-likelihood clearly away from zero.
    const pairs: Pair[] = [];
    const ps = [0.002, 0.02, 0.08, 0.2, 0.45, 0.75, 0.97];
    ps.forEach((p, i) => {
      for (let k = 0; k < 60; k++) {
        pairs.push({ p, y: k < [1, 2, 3, 5, 9, 14, 22][i] ? 1 : 0 });
      }
    });
    const { intercept, slope } = fitRecalibration(pairs);
    let g0 = 0;
    let g1 = 0;
    for (const { p, y } of pairs) {
      const q = sig(intercept + slope * logit(p));
      g0 += y - q;
      g1 += (y - q) * logit(p);
    }
    expect(Math.abs(g0)).toBeLessThan(1e-8);
    expect(Math.abs(g1)).toBeLessThan(1e-8);
    expect(slope).toBeGreaterThan(0);
    expect(slope).toBeLessThan(1);
  });

  /** Candidates in groups: [predicted probability, positives, candidates]. */
  const grouped = (groups: [number, number, number][]): Pair[] =>
    groups.flatMap(([p, positives, n]) => Array.from({ length: n }, (_, i) => ({ p, y: i < positives ? 1 : 0 }) as Pair));
  /** The score equations (gradient of the log-likelihood) at a fit, largest of the two, per candidate. */
  const scoreAt = (pairs: Pair[], r: { intercept: number; slope: number }): number => {
    let g0 = 0;
    let g1 = 0;
    for (const { p, y } of pairs) {
      const q = sig(r.intercept + r.slope * logit(p));
      g0 += y - q;
      g1 += (y - q) * logit(p);
    }
    return Math.max(Math.abs(g0), Math.abs(g1)) / pairs.length;
  };

  test('with two distinct probabilities the fitted line passes through both observed rates', () => {
    // logit 0.75 = ln 3, logit 0.25 = -ln 3. Symmetric outcomes (90% and 10%): the intercept is 0 from the first
    // step, yet the slope must still go from 1 to ln 9 / ln 3 = 2.
    const symmetric = fitRecalibration(grouped([[0.75, 90, 100], [0.25, 10, 100]]));
    expect(symmetric.intercept).toBeCloseTo(0, 6);
    expect(symmetric.slope).toBeCloseTo(2, 6);
    // 80% and 30%: the first step leaves the slope at exactly 1, yet the intercept and then the slope go on:
    // a + b ln 3 = logit 0.8 and a - b ln 3 = logit 0.3.
    const r = fitRecalibration(grouped([[0.75, 80, 100], [0.25, 30, 100]]));
    expect(r.intercept).toBeCloseTo((logit(0.8) + logit(0.3)) / 2, 6);
    expect(r.slope).toBeCloseTo((logit(0.8) - logit(0.3)) / (2 * Math.log(3)), 6);
  });

  test('a step that lowers the likelihood is never taken, so a nearly flat outcome rate still reaches the maximum', () => {
    // The outcome barely depends on the probability. The first damped step lands where every candidate is
    // predicted near 0 or 1 and the next Newton step is about 4e10; halving it only to 1e-6 and taking it
    // anyway sent the fit to an intercept of 1e12.
    const flat = grouped([[0.05, 39, 45], [0.0002, 39, 45], [0.0008, 39, 45], [0.00015, 38, 45]]);
    const r = fitRecalibration(flat);
    expect(scoreAt(flat, r)).toBeLessThan(1e-6);
    expect(r.intercept).toBeCloseTo(1.9401, 3);
    expect(r.slope).toBeCloseTo(0.0168, 3);
    // Two low probabilities: a line search that tried the wrong points would stop after the first steps.
    const low = grouped([[0.0011, 16, 39], [0.00038, 4, 14]]);
    const s = fitRecalibration(low);
    expect(scoreAt(low, s)).toBeLessThan(1e-6);
    expect(s.slope).toBeCloseTo(0.5203, 3);
    // Mostly wrong at high probabilities: each step is judged against the likelihood of the point actually
    // reached, so the fit goes on to the maximum instead of stopping after a few steps.
    const inverted = grouped([[0.96, 2, 25], [0.61, 2, 10], [0.000093, 0, 2], [0.011, 0, 23]]);
    const t = fitRecalibration(inverted);
    expect(scoreAt(inverted, t)).toBeLessThan(1e-6);
    expect(t.intercept).toBeCloseTo(-2.7997, 3);
    expect(t.slope).toBeCloseTo(0.2404, 3);
  });

  test('every candidate at the same probability: the slope cannot be told from the intercept, and the fit stays finite (never NaN)', () => {
    const r = fitRecalibration(grouped([[0.3, 1, 4]]));
    expect(Number.isFinite(r.intercept)).toBe(true);
    expect(Number.isFinite(r.slope)).toBe(true);
  });

  test('outcomes that one threshold separates have no finite maximum: the fit stops at its iteration cap, with a slope over 5 that the calibration file refuses', () => {
    const r = fitRecalibration(grouped([[0.1, 0, 10], [0.6, 10, 10]]));
    expect(Number.isFinite(r.slope)).toBe(true);
    expect(r.slope).toBeGreaterThan(5);
  });

  test('refuses to fit without both outcomes', () => {
    expect(() => fitRecalibration([{ p: 0.5, y: 0 }])).toThrow(/both outcomes/);
    expect(() => fitRecalibration([{ p: 0.5, y: 1 }, { p: 0.2, y: 1 }])).toThrow(/both outcomes/);
  });

  test('probabilities of exactly 0 and 1 are clamped, so the fit stays finite', () => {
    const pairs: Pair[] = [
      { p: 0, y: 0 },
      { p: 1, y: 1 },
      { p: 1, y: 0 },
      { p: 0.3, y: 1 },
      { p: 0.3, y: 0 },
      { p: 0.05, y: 0 },
    ];
    const r = fitRecalibration(pairs);
    expect(Number.isFinite(r.intercept)).toBe(true);
    expect(Number.isFinite(r.slope)).toBe(true);
    // Exactly as if they had been given as 1e-9 and 1 - 1e-9.
    expect(r).toEqual(fitRecalibration(pairs.map(({ p, y }) => ({ p: Math.min(Math.max(p, 1e-9), 1 - 1e-9), y }))));
    expect(r.slope).toBeGreaterThan(0);
  });

  test('recalibrate is monotone (the ranking never changes) and maps with the fitted line', () => {
    const r = { intercept: -1, slope: 0.4 };
    const ps = [0.001, 0.01, 0.1, 0.5, 0.9, 0.999];
    const out = ps.map((p) => recalibrate(p, r));
    expect([...out].sort((x, y) => x - y)).toEqual(out);
    expect(recalibrate(0.5, r)).toBeCloseTo(sig(-1), 12);
    expect(recalibrate(0.9, r)).toBeCloseTo(sig(-1 + 0.4 * logit(0.9)), 12);
  });
});

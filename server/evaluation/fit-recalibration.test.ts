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

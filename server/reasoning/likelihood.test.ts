/**
 * Likelihood ratios from an evidence entry, computed by hand: the direction of the finding decides
 * LR+ or LR−, and sensitivity/specificity are converted only when both are known.
 */
import { describe, expect, test } from 'vitest';
import type { Evidence } from '../knowledge/schema';
import { likelihoodRatio, positiveRates } from './likelihood';

const base = { condition: 'c', finding: 'f', population: 'adults', grade: 'A', source: { citation: 'x', locator: 'Table 1' } } as const;
const entry = (e: Partial<Evidence>): Evidence => ({ ...base, ...e }) as Evidence;

describe('likelihoodRatio', () => {
  test('present uses LR+ with its interval, absent uses LR− with its interval', () => {
    const e = entry({ lrPositive: 4, lrPositiveCI: [2, 8], lrNegative: 0.5, lrNegativeCI: [0.3, 0.8] });
    expect(likelihoodRatio(e, true)).toEqual({ lr: 4, ci: [2, 8] });
    expect(likelihoodRatio(e, false)).toEqual({ lr: 0.5, ci: [0.3, 0.8] });
  });

  test('sensitivity 0.8 and specificity 0.9 give LR+ 8 and LR− 0.222 (hand computed)', () => {
    const e = entry({ sensitivity: 0.8, specificity: 0.9 });
    expect(likelihoodRatio(e, true)!.lr).toBeCloseTo(8, 10);
    expect(likelihoodRatio(e, false)!.lr).toBeCloseTo(0.2 / 0.9, 10);
    expect(likelihoodRatio(e, true)!.ci).toBeUndefined();
  });

  test('a perfect specificity or sensitivity is bounded (no infinite or zero ratio)', () => {
    expect(likelihoodRatio(entry({ sensitivity: 0.5, specificity: 1 }), true)!.lr).toBeCloseTo(0.5 / 0.005, 8);
    expect(likelihoodRatio(entry({ sensitivity: 1, specificity: 0.5 }), false)!.lr).toBeCloseTo(0.005 / 0.5, 8);
    expect(likelihoodRatio(entry({ sensitivity: 1, specificity: 0 }), false)!.lr).toBeCloseTo(1, 8);
  });

  test('only sensitivity, or only specificity, supports neither direction', () => {
    expect(likelihoodRatio(entry({ sensitivity: 0.9 }), true)).toBeUndefined();
    expect(likelihoodRatio(entry({ sensitivity: 0.9 }), false)).toBeUndefined();
    expect(likelihoodRatio(entry({ specificity: 0.9 }), true)).toBeUndefined();
    expect(likelihoodRatio(entry({ specificity: 0.9 }), false)).toBeUndefined();
  });

  test('a finding studied only as present does not update on its absence', () => {
    const e = entry({ lrPositive: 3 });
    expect(likelihoodRatio(e, true)).toEqual({ lr: 3, ci: undefined });
    expect(likelihoodRatio(e, false)).toBeUndefined();
  });

  test('an LR given explicitly wins over sensitivity and specificity', () => {
    const e = entry({ lrPositive: 2, lrNegative: 0.7, sensitivity: 0.8, specificity: 0.9 });
    expect(likelihoodRatio(e, true)!.lr).toBe(2);
    expect(likelihoodRatio(e, false)!.lr).toBe(0.7);
  });
});

describe('positiveRates', () => {
  test('from sensitivity and specificity', () => {
    expect(positiveRates(entry({ sensitivity: 0.8, specificity: 0.9 }))).toEqual({ givenCondition: 0.8, givenOther: expect.closeTo(0.1, 10) });
  });

  test('needs both sensitivity and specificity', () => {
    expect(positiveRates(entry({ sensitivity: 0.8, lrPositive: 2 }))).toBeUndefined();
    expect(positiveRates(entry({ specificity: 0.8, lrPositive: 2 }))).toBeUndefined();
  });

  test('from LR+ 8 and LR− 0.2222 it recovers sensitivity 0.8 and specificity 0.9', () => {
    const r = positiveRates(entry({ lrPositive: 8, lrNegative: 0.2 / 0.9 }))!;
    expect(r.givenCondition).toBeCloseTo(0.8, 8);
    expect(r.givenOther).toBeCloseTo(0.1, 8);
  });

  test('LR+ 3 and LR− 0.5: specificity (3−1)/(3−0.5) = 0.8, sensitivity 3 × 0.2 = 0.6', () => {
    const r = positiveRates(entry({ lrPositive: 3, lrNegative: 0.5 }))!;
    expect(r.givenCondition).toBeCloseTo(0.6, 10);
    expect(r.givenOther).toBeCloseTo(0.2, 10);
  });

  test('undefined with only LR+, with equal LRs, or when the ratios imply impossible rates', () => {
    expect(positiveRates(entry({ lrPositive: 3 }))).toBeUndefined();
    expect(positiveRates(entry({ lrPositive: 1, lrNegative: 1 }))).toBeUndefined();
    // LR+ 0.5 with LR− 2 (a finding commoner without the disease): spec = (0.5−1)/(0.5−2) = 1/3, sens = 0.5 × 2/3 = 1/3: valid
    expect(positiveRates(entry({ lrPositive: 0.5, lrNegative: 2 }))!.givenCondition).toBeCloseTo(1 / 3, 10);
    // LR+ 2 with LR− 3: spec = (2−1)/(2−3) = −1, impossible
    expect(positiveRates(entry({ lrPositive: 2, lrNegative: 3 }))).toBeUndefined();
    // LR+ 0.5 with LR− 0.2: spec = (−0.5)/(0.3) < 0, impossible
    expect(positiveRates(entry({ lrPositive: 0.5, lrNegative: 0.2 }))).toBeUndefined();
    // LR+ 50 with LR− 0.9: spec = 49/49.1 ≈ 0.998, sens = 50 × 0.002 ≈ 0.102: valid, both in [0, 1]
    const r = positiveRates(entry({ lrPositive: 50, lrNegative: 0.9 }))!;
    expect(r.givenCondition).toBeCloseTo(50 * (1 - 49 / 49.1), 10);
    expect(r.givenOther).toBeCloseTo(1 - 49 / 49.1, 10);
  });

  test('LR+ 3 with LR− 2 (a finding whose absence is also evidence for the disease) implies specificity 2: refused', () => {
    // spec = (3−1)/(3−2) = 2 > 1 and sens = 3 × (1 − 2) < 0. For any pair the bounds on sensitivity follow from
    // those on specificity, so a mutant of the sensitivity checks alone cannot be detected (equivalent).
    expect(positiveRates(entry({ lrPositive: 3, lrNegative: 2 }))).toBeUndefined();
  });

  test('the boundaries are valid rates: LR+ 1 with LR− 0.5 is sensitivity 1 and specificity 0; LR+ 3 with LR− 1 is sensitivity 0 and specificity 1', () => {
    // spec = (1−1)/(1−0.5) = 0, sens = 1 × (1 − 0) = 1
    expect(positiveRates(entry({ lrPositive: 1, lrNegative: 0.5 }))).toEqual({ givenCondition: 1, givenOther: 1 });
    // spec = (3−1)/(3−1) = 1, sens = 3 × (1 − 1) = 0
    expect(positiveRates(entry({ lrPositive: 3, lrNegative: 1 }))).toEqual({ givenCondition: 0, givenOther: 0 });
  });
});


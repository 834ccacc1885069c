/** Likelihood ratios from an evidence entry: given LRs, or derived from sensitivity and specificity. */
import type { Evidence } from '../knowledge/schema';

export interface LikelihoodRatio {
  lr: number;
  ci?: readonly [number, number];
}

const MIN_COMPLEMENT = 0.005;

/**
 * @param e - evidence entry
 * @param present - whether the finding is present
 * @returns LR+ when present, LR− when absent; undefined when the source does not support that direction
 */
export function likelihoodRatio(e: Evidence, present: boolean): LikelihoodRatio | undefined {
  if (present) {
    if (e.lrPositive !== undefined) {
      return { lr: e.lrPositive, ci: e.lrPositiveCI };
    }
    if (e.sensitivity !== undefined && e.specificity !== undefined) {
      return { lr: e.sensitivity / Math.max(1 - e.specificity, MIN_COMPLEMENT) };
    }
    return undefined;
  }
  if (e.lrNegative !== undefined) {
    return { lr: e.lrNegative, ci: e.lrNegativeCI };
  }
  if (e.sensitivity !== undefined && e.specificity !== undefined) {
    return { lr: Math.max(1 - e.sensitivity, MIN_COMPLEMENT) / Math.max(e.specificity, MIN_COMPLEMENT) };
  }
  return undefined;
}

/**
 * Probability of a positive result given the condition (sensitivity) and given its absence
 * (1 − specificity), from whatever the entry reports. Undefined when only LR+ is known.
 */
export function positiveRates(e: Evidence): { givenCondition: number; givenOther: number } | undefined {
  if (e.sensitivity !== undefined && e.specificity !== undefined) {
    return { givenCondition: e.sensitivity, givenOther: 1 - e.specificity };
  }
  if (e.lrPositive !== undefined && e.lrNegative !== undefined && e.lrPositive !== e.lrNegative) {
    const spec = (e.lrPositive - 1) / (e.lrPositive - e.lrNegative);
    const sens = e.lrPositive * (1 - spec);
    if (spec >= 0 && spec <= 1 && sens >= 0 && sens <= 1) {
      return { givenCondition: sens, givenOther: 1 - spec };
    }
  }
  return undefined;
}

/**
 * Platt scaling (Platt 1999): a logistic regression of the outcome (is this candidate the expected
 * diagnosis) on the logit of the chain's probability, fitted by Newton's method. Two parameters, fitted on
 * the development vignettes only; the test split reports how well it holds.
 */
import type { Recalibration } from '../reasoning/calibration';

export interface Pair {
  readonly p: number;
  readonly y: 0 | 1;
}

const logit = (p: number): number => {
  const q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
  return Math.log(q / (1 - q));
};

/**
 * @param pairs - predicted probability and outcome of every candidate
 * @returns intercept and slope on the logit scale
 * @throws when the pairs hold no positive or no negative outcome (nothing to fit)
 */
export function fitRecalibration(pairs: readonly Pair[]): Recalibration {
  if (!pairs.some((x) => x.y === 1) || !pairs.some((x) => x.y === 0)) {
    throw new Error('recalibration needs both outcomes among the development candidates');
  }
  const xs = pairs.map((x) => logit(x.p));
  /** Log-likelihood of the outcomes under intercept a and slope b (each term computed stably). */
  const logLikelihood = (a: number, b: number): number =>
    pairs.reduce((sum, { y }, i) => {
      const z = a + b * xs[i];
      // log(sig(z)) = -log(1 + e^-z); log(1 - sig(z)) = -log(1 + e^z)
      return sum - (y === 1 ? Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
    }, 0);
  let a = 0;
  let b = 1;
  let current = logLikelihood(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 0;
    let h01 = 0;
    let h11 = 0;
    pairs.forEach(({ y }, i) => {
      const x = xs[i];
      const q = 1 / (1 + Math.exp(-(a + b * x)));
      const w = Math.max(q * (1 - q), 1e-12);
      g0 += y - q;
      g1 += (y - q) * x;
      h00 += w;
      h01 += w * x;
      h11 += w * x * x;
    });
    const det = h00 * h11 - h01 * h01;
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (-h01 * g0 + h00 * g1) / det;
    // Damped Newton: a full step can overshoot far from the optimum (and then diverge), so the step is
    // halved until the likelihood does not fall (at the latest when the step no longer moves the point).
    // A step that lowers the likelihood is never taken: where none is found (a direction that is not a
    // number, as when every candidate has the same probability), the fit stops where it is.
    let step = 1;
    let next = logLikelihood(a + da, b + db);
    while (!(next >= current) && step > 0) {
      step /= 2;
      next = logLikelihood(a + step * da, b + step * db);
    }
    if (!(next >= current)) {
      break;
    }
    a += step * da;
    b += step * db;
    current = next;
    if (Math.abs(step * da) < 1e-10 && Math.abs(step * db) < 1e-10) {
      break;
    }
  }
  return { intercept: a, slope: b };
}

/**
 * The model's dependence correction, fitted by `npm run eval -- --fit` on the development split of the
 * vignettes (never the test split) and stored in calibration.json beside this file. Likelihood-ratio
 * updating assumes findings are independent given the diagnosis; real findings are not (fever,
 * tachycardia and a raised CRP move together), so summing their log-likelihood ratios over-counts and
 * makes the top of the list over-confident. Every counted finding except the strongest is applied as
 * LR^alpha (0 < alpha <= 1): the strongest single piece of evidence keeps its cited weight.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const CalibrationSchema = z.strictObject({
  alpha: z.number().gt(0).max(1),
  method: z.string().min(10),
  fittedOn: z.string().min(3),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  development: z
    .strictObject({ n: z.number().int(), brierAtAlpha1: z.number(), brierFitted: z.number(), grid: z.array(z.tuple([z.number(), z.number()])) })
    .optional(),
  /**
   * Reliability of the estimates on every split but the test split: development, calibration and breadth-development
   * vignettes (development only before 2026-12-06; the breadth-development split since 2026-12-07), by range of
   * predicted probability: where
   * the observed frequency falls more than 15 points below the predicted one, the display says so and the
   * likelihood band is capped at what was observed (the bands never claim more than calibration supports).
   */
  /**
   * Recalibration of the chain's probability (Platt scaling): p' = 1 / (1 + exp(-(intercept + slope * logit p))),
   * fitted by logistic regression on every candidate of the development vignettes (outcome: is it the
   * expected diagnosis). It applies only to the knowledge base it was fitted on (contentHash): any change to
   * the knowledge needs a refit (`npm run eval -- --fit`), and until then the chain's probability is shown
   * uncorrected.
   */
  recalibration: z
    .strictObject({ intercept: z.number(), slope: z.number().gt(0).max(5), knowledgeHash: z.string().min(8), n: z.number().int(), method: z.string().min(10) })
    .optional(),
  reliability: z
    .array(z.strictObject({ lower: z.number().min(0).max(1), upper: z.number().min(0).max(1.0001), predicted: z.number(), observed: z.number(), n: z.number().int() }))
    .optional(),
});
export type Calibration = z.infer<typeof CalibrationSchema>;

export const CALIBRATION_FILE = join(dirname(fileURLToPath(import.meta.url)), 'calibration.json');

/** The fitted correction (alpha 1 when none has been fitted). */
export const CALIBRATION: Calibration = CalibrationSchema.parse(JSON.parse(readFileSync(CALIBRATION_FILE, 'utf8')));

/** Intercept and slope of a recalibration on the logit scale. */
export interface Recalibration {
  readonly intercept: number;
  readonly slope: number;
}

/** The recalibrated probability (monotone in p, so the ranking never changes). */
export function recalibrate(p: number, r: Recalibration): number {
  const q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
  return 1 / (1 + Math.exp(-(r.intercept + r.slope * Math.log(q / (1 - q)))));
}

/** The fitted recalibration when it was fitted on this knowledge base, else none. */
export function recalibrationFor(contentHash: string, calibration: Calibration = CALIBRATION): Recalibration | undefined {
  const r = calibration.recalibration;
  return r && r.knowledgeHash === contentHash ? { intercept: r.intercept, slope: r.slope } : undefined;
}

/** Points by which observed accuracy may fall short of the prediction before the display says so. */
export const RELIABILITY_TOLERANCE = 0.15;

/** The reliability of estimates near p (development, calibration and breadth-development splits), when it falls short of p by more than the tolerance. */
export function shortfallAt(p: number, calibration: Calibration = CALIBRATION): { observed: number; n: number } | undefined {
  const bin = calibration.reliability?.find((b) => p >= b.lower && p < b.upper);
  if (!bin || bin.n < 5 || bin.predicted - bin.observed <= RELIABILITY_TOLERANCE) {
    return undefined;
  }
  return { observed: bin.observed, n: bin.n };
}

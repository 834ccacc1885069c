/**
 * Honest numbers (issue 15, item 2): beside each band, what the evaluation of the running model says
 * about it. Only the test split's observed accuracy is quoted; with fewer than 10 test diagnoses in a
 * band nothing is claimed.
 */
import type { BandAccuracy } from '../../../server/evaluation/evaluate-vignettes';
import { BAND_TEXT } from './format-percent';

/** Fewer test diagnoses than this in a band: no figure is quoted. */
export const MIN_BAND_CASES = 10;

/**
 * @param band - the band shown
 * @param accuracy - the evaluation's accuracy per band (undefined when no evaluation of this model and knowledge exists)
 * @returns one sentence, or undefined when there is nothing to say
 */
export function bandTestimony(band: string, accuracy: readonly BandAccuracy[] | undefined): string | undefined {
  if (!accuracy) {
    return undefined;
  }
  const name = (BAND_TEXT[band] ?? band).toLowerCase();
  const row = accuracy.find((a) => a.band === band);
  if (!row || row.n < MIN_BAND_CASES) {
    return `Too few test cases to say how often “${name}” is right.`;
  }
  const pct = Math.round(row.observed * 100);
  return `In testing, diagnoses shown as “${name}” were the answer ${pct}% of the time (${row.n} test diagnoses).`;
}

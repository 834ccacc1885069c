/** Probability arithmetic and the way probabilities are shown (never with false precision). */
import { POLICY } from './policy';
import type { LikelihoodBand } from './types';

export function toOdds(p: number): number {
  const q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
  return q / (1 - q);
}

export function toProbability(odds: number): number {
  return odds / (1 + odds);
}

/** Applies a likelihood ratio to a probability. */
export function updateProbability(p: number, lr: number): number {
  return toProbability(toOdds(p) * lr);
}

export function bandOf(p: number): LikelihoodBand {
  const b = POLICY.bands;
  if (p < b.veryUnlikely) {
    return 'very-unlikely';
  }
  if (p < b.unlikely) {
    return 'unlikely';
  }
  if (p < b.possible) {
    return 'possible';
  }
  if (p < b.likely) {
    return 'likely';
  }
  return 'very-likely';
}

export const BAND_LABELS: Record<LikelihoodBand, string> = {
  'very-unlikely': 'very unlikely',
  unlikely: 'unlikely',
  possible: 'possible',
  likely: 'likely',
  'very-likely': 'very likely',
};

/**
 * Rounds a probability to what the evidence supports: whole percent below 10% and above 90%, the
 * nearest 5% in between; never "0%" or "100%" (a certainty the engine does not have).
 */
export function formatPercent(p: number): string {
  const pct = p * 100;
  if (pct < 1) {
    return '<1%';
  }
  if (pct > 99) {
    return '>99%';
  }
  const rounded = pct < 10 || pct > 90 ? Math.round(pct) : Math.round(pct / 5) * 5;
  return `${Math.min(99, Math.max(1, rounded))}%`;
}

/**
 * @param p - probability
 * @param range - uncertainty range
 * @returns e.g. "possible, about 15% (8–30%)"
 */
export function formatProbability(p: number, range: readonly [number, number], band: LikelihoodBand = bandOf(p)): string {
  const lo = formatPercent(range[0]);
  const hi = formatPercent(range[1]);
  const span = lo === hi ? '' : ` (${lo.replace('%', '')}–${hi})`;
  return `${BAND_LABELS[band]}, about ${formatPercent(p)}${span}`;
}

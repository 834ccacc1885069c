/**
 * Probability formatting for the reasoning chain, with the same rounding policy as the engine's
 * display text: 1% steps below 10%, 5% steps above; never "0%" or "100%".
 */

/**
 * @param p - probability 0–1
 * @returns e.g. "4%", "35%", "<1%", ">99%"
 */
export function formatPercent(p: number): string {
  const pct = p * 100;
  if (pct < 1) {
    return '<1%';
  }
  if (pct > 99) {
    return '>99%';
  }
  return pct < 10 ? `${Math.round(pct)}%` : `${Math.min(95, Math.round(pct / 5) * 5)}%`;
}

/** Human text for a likelihood band. */
export const BAND_TEXT: Readonly<Record<string, string>> = {
  'very-unlikely': 'Very unlikely',
  unlikely: 'Unlikely',
  possible: 'Possible',
  likely: 'Likely',
  'very-likely': 'Very likely',
};

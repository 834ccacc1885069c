/**
 * Probability formatting for the reasoning chain, with the same rounding policy as the engine's
 * display text (server/reasoning/probability.ts, checked to agree by a test there): 1% steps below
 * 10% and above 90%, 5% steps in between; never "0%" or "100%".
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
  const rounded = pct < 10 || pct > 90 ? Math.round(pct) : Math.round(pct / 5) * 5;
  return `${Math.min(99, Math.max(1, rounded))}%`;
}

/** Human text for a likelihood band. */
export const BAND_TEXT: Readonly<Record<string, string>> = {
  'very-unlikely': 'Very unlikely',
  unlikely: 'Unlikely',
  possible: 'Possible',
  likely: 'Likely',
  'very-likely': 'Very likely',
};

/**
 * Choice of the dependence correction (alpha) on the development vignettes, by the one-standard-error
 * rule: among the grid's alphas, the largest (the least correction) whose mean Brier score is within one
 * standard error of the lowest; the standard error is that of the per-vignette Brier scores at the lowest.
 */
export interface AlphaChoice {
  /** the chosen alpha */
  readonly alpha: number;
  /** mean Brier score at the chosen alpha */
  readonly brier: number;
  /** the alpha with the lowest mean Brier score, and that score */
  readonly lowest: readonly [number, number];
  /** standard error of the mean Brier score at the lowest */
  readonly se: number;
}

/**
 * @param grid - [alpha, mean Brier score] for each alpha tried
 * @param perVignette - each alpha's per-vignette Brier scores
 * @returns the choice; with equal means the larger alpha is the lowest
 * @throws when the grid is empty
 */
export function chooseAlpha(grid: readonly (readonly [number, number])[], perVignette: ReadonlyMap<number, readonly number[]>): AlphaChoice {
  if (grid.length === 0) {
    throw new Error('no alpha to choose from');
  }
  const lowest = [...grid].sort((x, y) => x[1] - y[1] || y[0] - x[0])[0];
  const values = perVignette.get(lowest[0]) ?? [];
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const se = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1) / Math.max(1, n));
  const best = [...grid].filter(([, b]) => b <= lowest[1] + se).sort((x, y) => y[0] - x[0])[0];
  return { alpha: best[0], brier: best[1], lowest: [lowest[0], lowest[1]], se };
}

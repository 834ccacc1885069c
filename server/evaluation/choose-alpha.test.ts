import { describe, expect, test } from 'vitest';
import { chooseAlpha } from './choose-alpha';

describe('chooseAlpha: the one-standard-error rule', () => {
  // Per-vignette Brier scores at the lowest (alpha 0.5): 0.6, 0.8, 1.0, 1.2 → mean 0.9, sample SD 0.2582, SE 0.1291.
  const atLowest = [0.6, 0.8, 1.0, 1.2];
  const perVignette = new Map<number, number[]>([[0.5, atLowest]]);

  test('the largest alpha within one standard error of the lowest mean', () => {
    const grid: [number, number][] = [
      [0.4, 0.95],
      [0.5, 0.9],
      [0.6, 0.95],
      [0.8, 1.02], // within 0.9 + 0.1291
      [1.0, 1.03], // beyond
    ];
    const c = chooseAlpha(grid, perVignette);
    expect(c.lowest).toEqual([0.5, 0.9]);
    expect(c.se).toBeCloseTo(Math.sqrt(((0.09 + 0.01 + 0.01 + 0.09) / 3) / 4), 12);
    expect(c.se).toBeCloseTo(0.1291, 4);
    expect(c).toMatchObject({ alpha: 0.8, brier: 1.02 });
  });

  test('exactly one standard error above the lowest still counts', () => {
    const se = Math.sqrt(((0.09 + 0.01 + 0.01 + 0.09) / 3) / 4);
    const c = chooseAlpha(
      [
        [0.5, 0.9],
        [0.9, 0.9 + se],
      ],
      perVignette,
    );
    expect(c.alpha).toBe(0.9);
  });

  test('with equal means the larger alpha is the lowest; no spread means no tolerance', () => {
    const flat = new Map<number, number[]>([[0.7, [1, 1, 1]]]);
    const c = chooseAlpha(
      [
        [0.3, 1],
        [0.7, 1],
        [0.9, 1.0001],
      ],
      flat,
    );
    expect(c.lowest).toEqual([0.7, 1]);
    expect(c.se).toBe(0);
    expect(c.alpha).toBe(0.7);
  });

  test('without per-vignette scores at the lowest there is no standard error: the lowest itself is chosen', () => {
    const c = chooseAlpha(
      [
        [0.5, 0.9],
        [0.9, 0.9001],
      ],
      new Map(),
    );
    expect(c).toEqual({ alpha: 0.5, brier: 0.9, lowest: [0.5, 0.9], se: 0 });
  });

  test('a single vignette has no standard error; an empty grid is refused', () => {
    expect(chooseAlpha([[0.6, 0.5]], new Map([[0.6, [0.5]]])).se).toBe(0);
    expect(() => chooseAlpha([], new Map())).toThrow(/no alpha/);
  });
});

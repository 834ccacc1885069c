import { describe, expect, test } from 'vitest';
import { BAND_LABELS, bandOf, formatPercent, formatProbability, toOdds, toProbability, updateProbability } from './probability';
import { formatPercent as clientFormatPercent } from '../../client/features/workspace/format-percent';

describe('formatPercent', () => {
  test.each([
    [0, '<1%'],
    [0.004, '<1%'],
    [0.043, '4%'],
    [0.097, '10%'],
    [0.12, '10%'],
    [0.347, '35%'],
    [0.9, '90%'],
    [0.93, '93%'],
    [0.975, '98%'],
    [0.985, '99%'],
    [0.9899, '99%'],
    [0.995, '>99%'],
    [1, '>99%'],
  ])('%f → %s', (p, text) => {
    expect(formatPercent(p)).toBe(text);
  });

  test('never shows 0% or 100%, whatever the probability', () => {
    for (let i = 0; i <= 10_000; i++) {
      expect(formatPercent(i / 10_000)).not.toMatch(/^(0|100)%$/);
    }
  });

  test('the app rounds exactly as the cards and the CLI do', () => {
    for (let i = 0; i <= 10_000; i++) {
      expect(clientFormatPercent(i / 10_000)).toBe(formatPercent(i / 10_000));
    }
  });

  test('a band with its range', () => {
    expect(formatProbability(0.15, [0.08, 0.3])).toBe('possible, about 15% (8–30%)');
  });
});

describe('odds arithmetic and bands', () => {
  test('odds and back', () => {
    expect(toOdds(0.2)).toBeCloseTo(0.25, 12);
    expect(toProbability(0.25)).toBeCloseTo(0.2, 12);
    expect(updateProbability(0.2, 4)).toBeCloseTo(0.5, 12);
    expect(updateProbability(0.5, 0.25)).toBeCloseTo(0.2, 12);
  });

  test('certainty is bounded so that a likelihood ratio can still move it', () => {
    expect(Number.isFinite(toOdds(1))).toBe(true);
    expect(toOdds(1)).toBeGreaterThan(1e8);
    expect(updateProbability(1, 0.5)).toBeLessThan(1);
    expect(toOdds(0)).toBeGreaterThan(0);
    expect(updateProbability(0, 2)).toBeGreaterThan(0);
  });

  test.each([
    [0.0, 'very-unlikely'],
    [0.019, 'very-unlikely'],
    [0.02, 'unlikely'],
    [0.099, 'unlikely'],
    [0.1, 'possible'],
    [0.299, 'possible'],
    [0.3, 'likely'],
    [0.699, 'likely'],
    [0.7, 'very-likely'],
    [1, 'very-likely'],
  ] as const)('bandOf(%f) = %s (lower bound inclusive)', (p, band) => {
    expect(bandOf(p)).toBe(band);
  });

  test('every band has its label and the label is shown', () => {
    expect(BAND_LABELS).toEqual({ 'very-unlikely': 'very unlikely', unlikely: 'unlikely', possible: 'possible', likely: 'likely', 'very-likely': 'very likely' });
    expect(formatProbability(0.01, [0.005, 0.03])).toBe('very unlikely, about 1% (<1–3%)');
    expect(formatProbability(0.05, [0.02, 0.1])).toBe('unlikely, about 5% (2–10%)');
    expect(formatProbability(0.5, [0.3, 0.7])).toBe('likely, about 50% (30–70%)');
    expect(formatProbability(0.8, [0.6, 0.9])).toBe('very likely, about 80% (60–90%)');
  });

  test('a range that rounds to one value is not shown', () => {
    expect(formatProbability(0.5, [0.5, 0.5])).toBe('likely, about 50%');
  });

  test('rounding switches from whole percent to 5% steps at exactly 10% and back above 90%', () => {
    expect(formatPercent(0.1)).toBe('10%');
    expect(formatPercent(0.104)).toBe('10%');
    expect(formatPercent(0.11)).toBe('10%');
    expect(formatPercent(0.0949)).toBe('9%');
    expect(formatPercent(0.9)).toBe('90%');
    expect(formatPercent(0.901)).toBe('90%');
    expect(formatPercent(0.89)).toBe('90%');
    expect(formatPercent(0.91)).toBe('91%');
  });
});

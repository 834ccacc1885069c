import { describe, expect, test } from 'vitest';
import { formatPercent, formatProbability } from './probability';
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

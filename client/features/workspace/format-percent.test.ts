import { describe, expect, test } from 'vitest';
import { formatPercent } from './format-percent';

describe('formatPercent', () => {
  test.each([
    [0.001, '<1%'],
    [0.043, '4%'],
    [0.12, '10%'],
    [0.347, '35%'],
    [0.9, '90%'],
    [0.93, '93%'],
    [0.985, '99%'],
    [0.9899, '99%'],
    [0.999, '>99%'],
  ])('%f → %s', (p, text) => {
    expect(formatPercent(p)).toBe(text);
  });
});

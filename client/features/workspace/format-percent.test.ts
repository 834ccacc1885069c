import { describe, expect, test } from 'vitest';
import { formatPercent } from './format-percent';

describe('formatPercent', () => {
  test.each([
    [0.001, '<1%'],
    [0.043, '4%'],
    [0.12, '10%'],
    [0.347, '35%'],
    [0.985, '95%'],
    [0.999, '>99%'],
  ])('%f → %s', (p, text) => {
    expect(formatPercent(p)).toBe(text);
  });
});

import { describe, expect, test } from 'vitest';
import { convertUnit } from './ucum';

describe('convertUnit', () => {
  test.each([
    [126, 'mg/dL', 'mmol/L', '2345-7', 6.99],
    [7, 'mmol/L', 'mg/dL', '2345-7', 126.1],
    [88.4, 'umol/L', 'mg/dL', '2160-0', 1.0],
    [1.5, 'mg/dL', 'umol/L', '2160-0', 132.7],
    [101.3, '[degF]', 'Cel', undefined, 38.5],
    [38, 'Cel', '[degF]', undefined, 100.4],
    [0.05, 'ng/mL', 'ng/L', undefined, 50],
    [500, 'ng/mL', 'mg/L', undefined, 0.5],
    [14, 'g/dL', 'g/L', undefined, 140],
    [2.9, 'mEq/L', 'mmol/L', undefined, 2.9],
    [12, 'kPa', 'mm[Hg]', undefined, 90.0],
  ])('converts %s %s to %s', (value, from, to, loinc, expected) => {
    expect(convertUnit(value, from, to, loinc)).toBeCloseTo(expected, 0);
  });

  test('refuses mass to molar without a known analyte', () => {
    expect(convertUnit(100, 'mg/dL', 'mmol/L')).toBeUndefined();
  });

  test('refuses units of different dimensions', () => {
    expect(convertUnit(100, '/min', 'mg/dL')).toBeUndefined();
    expect(convertUnit(100, 'furlongs', 'mg/dL')).toBeUndefined();
  });
});

import { describe, expect, test } from 'vitest';
import { bandTestimony } from './band-testimony';

const accuracy = [
  { band: 'very-unlikely' as const, predicted: 0.01, observed: 0.012, n: 900 },
  { band: 'likely' as const, predicted: 0.45, observed: 0.333, n: 12 },
  { band: 'very-likely' as const, predicted: 0.72, observed: 0, n: 1 },
];

describe('bandTestimony', () => {
  test('quotes the test split’s observed accuracy for the band', () => {
    expect(bandTestimony('likely', accuracy)).toBe('In testing, diagnoses shown as “likely” were the answer 33% of the time (12 test diagnoses).');
  });
  test('claims nothing with fewer than 10 test diagnoses or none', () => {
    expect(bandTestimony('very-likely', accuracy)).toBe('Too few test cases to say how often “very likely” is right.');
    expect(bandTestimony('possible', accuracy)).toBe('Too few test cases to say how often “possible” is right.');
  });
  test('says nothing without an evaluation of this model and knowledge', () => {
    expect(bandTestimony('likely', undefined)).toBeUndefined();
  });
});

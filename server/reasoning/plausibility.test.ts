import { describe, expect, test } from 'vitest';
import { isPlausible } from './plausibility';

describe('isPlausible', () => {
  test('negative base excess and T-score are real values', () => {
    expect(isPlausible('1925-7', -12, 'mmol/L').ok).toBe(true);
    expect(isPlausible('11555-0', -25, 'meq/L').ok).toBe(true);
    expect(isPlausible('38263-0', -2.7, '{T-score}').ok).toBe(true);
    expect(isPlausible('12345-6', -1.8, undefined, 'Body mass index (BMI) z-score').ok).toBe(true);
  });

  test('negative values of quantities that cannot be negative are rejected', () => {
    expect(isPlausible('2345-7', -5, 'mmol/L').ok).toBe(false);
    expect(isPlausible('8867-4', -80, '/min').ok).toBe(false);
  });

  test('limits apply to every code of an analyte, in any unit', () => {
    expect(isPlausible('2339-0', 252, 'mg/dL').ok).toBe(true);
    expect(isPlausible('14749-6', 14, 'mmol/L').ok).toBe(true);
    expect(isPlausible('2339-0', 5000, 'mg/dL').ok).toBe(false); // 277 mmol/L
    expect(isPlausible('14749-6', 0.1, 'mmol/L').ok).toBe(false);
  });

  test('pH limits 6.5–8.0 keep severe acidaemia', () => {
    expect(isPlausible('2744-1', 6.8, '[pH]').ok).toBe(true);
    expect(isPlausible('2746-6', 7.05, 'pH').ok).toBe(true);
    expect(isPlausible('2744-1', 74, '[pH]').ok).toBe(false);
  });

  test('real extremes are not rejected', () => {
    expect(isPlausible('2823-3', 9.5, 'mmol/L').ok).toBe(true); // severe hyperkalaemia
    expect(isPlausible('2951-2', 105, 'mEq/L').ok).toBe(true);
    expect(isPlausible('2028-9', 4, 'mmol/L').ok).toBe(true); // severe DKA
    expect(isPlausible('6690-2', 250, 'K/uL').ok).toBe(true); // leukaemia
    expect(isPlausible('2524-7', 18, 'mmol/L').ok).toBe(true);
    expect(isPlausible('718-7', 45, 'g/L').ok).toBe(true);
  });

  test('says why a value is implausible', () => {
    const r = isPlausible('8867-4', 900, '/min');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/outside physiological limits/);
    expect(isPlausible('718-7', 140, 'g/dL').ok).toBe(false); // g/L entered as g/dL
  });

  test('unknown codes and unconvertible units are accepted', () => {
    expect(isPlausible('99999-9', 12345, 'mg/dL').ok).toBe(true);
    expect(isPlausible('2345-7', 12, 'furlongs').ok).toBe(true);
  });
});

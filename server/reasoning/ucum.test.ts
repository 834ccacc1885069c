import { describe, expect, test } from 'vitest';
import { convertUnit, isKnownUnit, normalizeUnit } from './ucum';

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

  test('glucose 252 mg/dL is 14.0 mmol/L, under any glucose code', () => {
    expect(convertUnit(252, 'mg/dL', 'mmol/L', '2345-7')).toBeCloseTo(14.0, 1);
    expect(convertUnit(252, 'mg/dl', 'mmol/l', '2339-0')).toBeCloseTo(14.0, 1);
    expect(convertUnit(14, 'mmol/L', 'mg/dL', '14749-6')).toBeCloseTo(252.2, 0);
  });

  test('creatinine 1.0 mg/dL is 88.4 umol/L', () => {
    expect(convertUnit(1.0, 'mg/dL', 'umol/L', '2160-0')).toBeCloseTo(88.4, 1);
    expect(convertUnit(1.0, 'mg/dL', 'µmol/L', '14682-9')).toBeCloseTo(88.4, 1);
  });

  test('BUN (urea nitrogen) and urea: 1 mmol/L urea = 2.8 mg/dL urea nitrogen', () => {
    expect(convertUnit(28, 'mg/dL', 'mmol/L', '3094-0')).toBeCloseTo(10.0, 1);
    expect(convertUnit(10, 'mmol/L', 'mg/dL', '22664-7', '3094-0')).toBeCloseTo(28.0, 1);
    // urea mass (60.06 g/mol) to urea nitrogen mass (28.02 g/mol): 60 mg/dL urea = 28 mg/dL BUN
    expect(convertUnit(60.06, 'mg/dL', 'mg/dL', '3091-6', '3094-0')).toBeCloseTo(28.02, 1);
    // without the target code, urea mmol/L goes to mg/dL of urea
    expect(convertUnit(10, 'mmol/L', 'mg/dL', '22664-7')).toBeCloseTo(60.1, 0);
  });

  test('haemoglobin g/dL <-> g/L and mmol/L', () => {
    expect(convertUnit(14, 'g/dL', 'g/L', '718-7')).toBeCloseTo(140, 6);
    expect(convertUnit(140, 'g/L', 'g/dL', '718-7')).toBeCloseTo(14, 6);
    expect(convertUnit(8.7, 'mmol/L', 'g/dL', '59260-0')).toBeCloseTo(14.0, 1);
  });

  test('white cells K/uL <-> 10*9/L and other EHR spellings', () => {
    expect(convertUnit(7.5, 'K/uL', '10*9/L', '6690-2')).toBeCloseTo(7.5, 6);
    expect(convertUnit(7.5, '10*9/L', 'K/uL')).toBeCloseTo(7.5, 6);
    expect(convertUnit(12, 'x10^9/L', '10*3/uL')).toBeCloseTo(12, 6);
    expect(convertUnit(12, '10*3/uL', '/uL')).toBeCloseTo(12000, 3);
  });

  test('non-UCUM spellings of rates, pressures and percentages', () => {
    expect(convertUnit(80, 'beats/min', '/min')).toBe(80);
    expect(convertUnit(80, 'bpm', '{beats}/min')).toBe(80);
    expect(convertUnit(120, 'mmHg', 'mm[Hg]')).toBe(120);
    expect(convertUnit(50, '%', '1')).toBeCloseTo(0.5, 6);
  });

  test('osmolality as labs report it (mOsm/kg) converts to the UCUM mosm/kg', () => {
    expect(convertUnit(325, 'mOsm/kg', 'mosm/kg', '2692-2')).toBe(325);
    expect(convertUnit(325, 'mOsm/kg{H2O}', 'mosm/kg', '2692-2')).toBe(325);
  });

  test('mEq uses the ionic charge of the analyte', () => {
    expect(convertUnit(5, 'mEq/L', 'mmol/L', '17861-6')).toBeCloseTo(2.5, 6); // calcium is divalent
    expect(convertUnit(140, 'mEq/L', 'mmol/L', '2951-2')).toBeCloseTo(140, 6);
  });

  test('international units rescale by prefix; enzyme IU/L is U/L', () => {
    expect(convertUnit(3, 'uIU/mL', 'm[IU]/L', '3016-3')).toBeCloseTo(3, 6);
    expect(convertUnit(1500, 'm[IU]/mL', '[IU]/L')).toBeCloseTo(1500, 6);
    expect(convertUnit(40, 'IU/L', 'U/L', '1742-6')).toBeCloseTo(40, 6);
  });

  test('HbA1c IFCC mmol/mol <-> NGSP % by the master equation', () => {
    expect(convertUnit(48, 'mmol/mol', '%', '4548-4')).toBeCloseTo(6.5, 1);
    expect(convertUnit(6.5, '%', 'mmol/mol', '4548-4')).toBeCloseTo(47.5, 0);
  });

  test('refuses D-dimer conversion between FEU and DDU', () => {
    expect(convertUnit(500, 'ng/mL{DDU}', 'ng/mL{FEU}')).toBeUndefined();
    expect(convertUnit(0.5, 'ug/mL{FEU}', 'ng/mL{FEU}')).toBeCloseTo(500, 6);
  });

  test('refuses mass to molar without a known analyte', () => {
    expect(convertUnit(100, 'mg/dL', 'mmol/L')).toBeUndefined();
    expect(convertUnit(100, 'mg/dL', 'mmol/L', '99999-9')).toBeUndefined();
  });

  test('refuses units of different dimensions', () => {
    expect(convertUnit(100, '/min', 'mg/dL')).toBeUndefined();
    expect(convertUnit(100, 'furlongs', 'mg/dL')).toBeUndefined();
    expect(convertUnit(Number.NaN, 'mg/dL', 'g/L')).toBeUndefined();
  });
});

describe('normalizeUnit', () => {
  test.each([
    ['mg/dl', 'mg/dL'],
    ['mmol/l', 'mmol/L'],
    ['µmol/L', 'umol/L'],
    ['mcg/mL', 'ug/mL'],
    ['mEq/L', 'meq/L'],
    ['K/uL', '10*3/uL'],
    ['x10^9/L', '10*9/L'],
    ['g/dl', 'g/dL'],
    ['beats/min', '/min'],
    ['mm Hg', 'mm[Hg]'],
    ['°C', 'Cel'],
    ['mIU/mL', 'm[IU]/mL'],
    ['mL/min/1.73m2', 'mL/min/{1.73_m2}'],
    ['mL/min/1.73 m²', 'mL/min/{1.73_m2}'],
    ['ml/min/1.73 m2', 'mL/min/{1.73_m2}'],
  ])('%s → %s', (from, to) => {
    expect(normalizeUnit(from)).toBe(to);
    expect(isKnownUnit(from)).toBe(true);
  });

  test('leaves unknown units alone', () => {
    expect(normalizeUnit('furlongs')).toBe('furlongs');
    expect(isKnownUnit('furlongs')).toBe(false);
  });
});

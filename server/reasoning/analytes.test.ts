import { describe, expect, test } from 'vitest';
import { ANALYTES, analyteOfLoinc, deriveAnionGap, expandLoincs, loincsOfAnalyte, molecularWeightOfLoinc, readOrdinal, readPlusGrade, sameAnalyte } from './analytes';

describe('analyte table', () => {
  test.each(ANALYTES.flatMap((a) => a.codes.map((c) => [c.loinc, a.id] as const)))('%s resolves to %s', (loinc, id) => {
    expect(analyteOfLoinc(loinc)?.id).toBe(id);
    expect(loincsOfAnalyte(id)).toContain(loinc);
  });

  test('codes are well-formed LOINC with a check digit', () => {
    for (const a of ANALYTES) {
      for (const c of a.codes) {
        expect(c.loinc).toMatch(/^\d{1,6}-\d$/);
        // LOINC mod-10 check digit
        const digits = c.loinc.split('-')[0].padStart(6, '0').split('').map(Number);
        let sum = 0;
        digits.reverse().forEach((d, i) => {
          const v = i % 2 === 0 ? d * 2 : d;
          sum += v > 9 ? v - 9 : v;
        });
        expect(Number(c.loinc.split('-')[1]), c.loinc).toBe((10 - (sum % 10)) % 10);
      }
    }
  });

  test('has the analytes the engine reads', () => {
    for (const id of ['glucose', 'ph-blood', 'bicarbonate', 'anion-gap', 'sodium', 'chloride', 'potassium', 'beta-hydroxybutyrate', 'ketones-urine', 'hcg-quantitative', 'hcg-qualitative', 'lipase', 'amylase', 'troponin-i', 'troponin-t', 'hs-troponin-i', 'hs-troponin-t', 'd-dimer-feu', 'd-dimer-ddu', 'haemoglobin', 'wbc', 'platelets', 'crp', 'procalcitonin', 'creatinine', 'urea', 'bilirubin-total', 'alt', 'ast', 'lactate', 'inr', 'tsh', 'urine-leukocyte-esterase', 'urine-nitrite', 'urine-blood', 'ferritin', 'hba1c', 'bnp', 'nt-probnp', 'calcium', 'magnesium', 'albumin', 'base-excess', 'bone-density-t-score']) {
      expect(loincsOfAnalyte(id).length, id).toBeGreaterThan(0);
    }
  });

  test('glucose in moles/volume and in blood is the same analyte as serum glucose', () => {
    expect(sameAnalyte('14749-6', '2345-7')).toBe(true);
    expect(sameAnalyte('2339-0', '2345-7')).toBe(true);
    expect(sameAnalyte('2028-9', '1963-8')).toBe(true);
    expect(sameAnalyte('2746-6', '2744-1')).toBe(true);
  });

  test('keeps apart analytes whose thresholds differ', () => {
    expect(sameAnalyte('89579-7', '10839-9')).toBe(false); // hs vs conventional troponin I
    expect(sameAnalyte('67151-1', '6598-7')).toBe(false); // hs vs conventional troponin T
    expect(sameAnalyte('10839-9', '6598-7')).toBe(false); // troponin I vs T
    expect(sameAnalyte('48065-7', '48066-5')).toBe(false); // D-dimer FEU vs DDU
    expect(sameAnalyte('33037-3', '1863-0')).toBe(false); // anion gap without vs with K
    expect(sameAnalyte('1558-6', '2345-7')).toBe(false); // fasting vs random glucose
    expect(sameAnalyte('2514-8', '66441-7')).toBe(false); // urine ketones vs blood BHB
    expect(sameAnalyte('30934-4', '33762-6')).toBe(false); // BNP vs NT-proBNP
  });

  test('unknown codes match only themselves', () => {
    expect(analyteOfLoinc('99999-9')).toBeUndefined();
    expect(sameAnalyte('99999-9', '99999-9')).toBe(true);
    expect(sameAnalyte('99999-9', '2345-7')).toBe(false);
    expect(loincsOfAnalyte('no-such')).toEqual([]);
  });

  test('expandLoincs adds every sibling code', () => {
    expect(expandLoincs(['2345-7'])).toEqual(expect.arrayContaining(['2345-7', '14749-6', '2339-0', '41653-7']));
    expect(expandLoincs(['12345-6'])).toEqual(['12345-6']);
  });

  test('urea nitrogen mass codes count nitrogen, urea mass codes count urea', () => {
    expect(molecularWeightOfLoinc('3094-0')).toBeCloseTo(28.02, 2);
    expect(molecularWeightOfLoinc('3091-6')).toBeCloseTo(60.06, 2);
    expect(molecularWeightOfLoinc('2345-7')).toBeCloseTo(180.16, 2);
  });
});

describe('deriveAnionGap', () => {
  test('Na − (Cl + HCO3)', () => {
    expect(deriveAnionGap({ sodium: 140, chloride: 100, bicarbonate: 10 })).toBe(30);
    expect(deriveAnionGap({ sodium: 140, chloride: 104, bicarbonate: 24 })).toBe(12);
  });
  test('potassium is ignored unless asked for', () => {
    expect(deriveAnionGap({ sodium: 140, chloride: 100, bicarbonate: 10, potassium: 4 })).toBe(30);
    expect(deriveAnionGap({ sodium: 140, chloride: 100, bicarbonate: 10, potassium: 4 }, { includePotassium: true })).toBe(34);
    expect(deriveAnionGap({ sodium: 140, chloride: 100, bicarbonate: 10 }, { includePotassium: true })).toBeUndefined();
  });
  test('missing values give no gap', () => {
    expect(deriveAnionGap({ sodium: 140, chloride: 100 })).toBeUndefined();
    expect(deriveAnionGap({ chloride: 100, bicarbonate: 10 })).toBeUndefined();
    expect(deriveAnionGap({ sodium: Number.NaN, chloride: 100, bicarbonate: 10 })).toBeUndefined();
  });
});

describe('readPlusGrade', () => {
  test.each([
    ['2+', 2],
    [' 3 + ', 3],
    ['4+', 4],
    ['1+', 1],
    ['+', 1],
    ['++', 2],
    ['+++', 3],
    ['++++', 4],
    ['negative', 0],
    ['trace', 0],
    ['positive', undefined],
    ['moderate', undefined],
    ['40 mg/dL', undefined],
    ['5+', undefined],
    ['+++++', undefined],
  ] as const)('valueString %s → %s', (text, grade) => {
    expect(readPlusGrade({ valueString: text })).toBe(grade);
  });

  test('coded answers: a negative code is grade 0, a positive one has no grade; a display with a grade is read', () => {
    expect(readPlusGrade({ valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '260385009' }] } })).toBe(0);
    expect(readPlusGrade({ valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '10828004' }] } })).toBeUndefined();
    expect(readPlusGrade({ valueCodeableConcept: { coding: [{ display: '3+' }] } })).toBe(3);
    expect(readPlusGrade({})).toBeUndefined();
  });
});

describe('readOrdinal', () => {
  test.each([
    ['neg', 'negative'],
    ['Negative', 'negative'],
    ['NOT DETECTED', 'negative'],
    ['No growth', 'negative'],
    ['trace', 'trace'],
    ['small', 'positive'],
    ['1+', 'positive'],
    ['2+', 'positive'],
    ['3+', 'positive'],
    ['moderate', 'positive'],
    ['Large', 'positive'],
    ['positive', 'positive'],
    ['Detected', 'positive'],
  ] as const)('valueString %s → %s', (text, reading) => {
    expect(readOrdinal({ valueString: text })).toBe(reading);
  });

  test.each([
    ['http://snomed.info/sct', '260385009', 'negative'],
    ['http://snomed.info/sct', '10828004', 'positive'],
    ['http://snomed.info/sct', '260373001', 'positive'],
    ['http://snomed.info/sct', '260415000', 'negative'],
    ['http://snomed.info/sct', '264868006', 'negative'],
    ['http://loinc.org', 'LA6577-6', 'negative'],
    ['http://loinc.org', 'LA6576-8', 'positive'],
    ['http://loinc.org', 'LA11882-0', 'positive'],
    ['http://loinc.org', 'LA11883-8', 'negative'],
  ] as const)('coded %s|%s → %s', (system, code, reading) => {
    expect(readOrdinal({ valueCodeableConcept: { coding: [{ system, code }] } })).toBe(reading);
  });

  test('reads the concept text when the code is unknown, and interpretation last', () => {
    expect(readOrdinal({ valueCodeableConcept: { coding: [{ code: 'X1' }], text: 'Moderate' } })).toBe('positive');
    expect(readOrdinal({ interpretation: [{ coding: [{ code: 'POS' }] }] })).toBe('positive');
    expect(readOrdinal({ interpretation: [{ coding: [{ code: 'NEG' }] }] })).toBe('negative');
  });

  test('does not guess', () => {
    expect(readOrdinal({ valueString: '15 mg/dL' })).toBeUndefined();
    expect(readOrdinal({ valueString: 'see comment' })).toBeUndefined();
    expect(readOrdinal({})).toBeUndefined();
    expect(readOrdinal({ valueString: 'not negative' })).toBeUndefined();
  });
});

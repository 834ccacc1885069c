/**
 * Urine ketones as real laboratories code them, and the emergency sepsis prior in jaundice (session 36, curator "gi2").
 *
 * Examined:
 * - Which LOINC codes urine ketone results arrive under, and how urine-ketones-positive and urine-ketones-2-plus-or-more
 *   read them (schema match kinds, analytes.ts and extract-findings.ts read only, a hand-made chart per result form).
 *   Before this session: 2514-8 (test strip, presence) and 5797-6 (test strip, mass/volume) were read, and 33903-6
 *   (presence) through the analyte table. The automated-strip codes of urinalysis analysers were not: a "3+" under
 *   57734-6 or 50557-8 was listed as an unknown code. Meanings read (loinc.org itself was not in the search corpus; each
 *   long common name was read in two or more independent public code lists): 57734-6 "Ketones [Presence] in Urine by
 *   Automated test strip" (a FHIR urinalysis value set; a laboratory mapping table with the LOINC short name "Ketones Ur
 *   Ql Strip.auto"), 50557-8 "Ketones [Mass/volume] in Urine by Automated test strip" (three code lists; Mayo Clinic
 *   Laboratories' qualitative urine ketone test SKETC reports under 50557-8, testcatalog.org/show/SKETC, so a
 *   "Negative"/"Positive" answer arrives under this mass code too), 59158-6 "Ketones [Moles/volume] in Urine by Automated
 *   test strip" (a LOINC code-lookup page, healthassure.in, short name "Ketones Ur Strip.auto-sCnc"). Not added: 49779-2,
 *   seen as "Ketones [Mass/volume] in Urine" in one mapping table only (method not stated).
 * - How a quantity is read: under 5797-6 (and now 50557-8) urine-ketones-positive is "above the result's own reference
 *   range" (or flagged H when no range is sent), never "above zero"; a quantity without range or flag is listed as not
 *   used. A quantity never grades 2+ (strip scales differ between makers).
 * Added (finding codes only, no number): 57734-6 and 50557-8 as order codes of the urine ketone test (so a coded or text
 * answer is read as positive or negative, as for 33903-6), 50557-8 and 59158-6 to the reference-range rule, all three to
 * the 2+ rule.
 * Changed (no number): the locator of jaundice's emergency sepsis prior (Whitehead 2001) now says its population includes
 * in-patients who became jaundiced after admission (22 of 121) and that the abstract does not say how many of the 27
 * sepsis/shock patients they were; the letter in reply (Forrest & Forrest, Gut 2002;51:613) says 20 of 27, and found
 * shock/sepsis in 2 of 100 acute admissions, but no PMID, DOI or PMCID of it was seen, so it is named, not registered,
 * and the prior stays 0.223 (other-setting).
 * Declined: a painless-jaundice ratio from Björnsson 2008 (J Hosp Med 3:117-123: abdominal pain in 34% of malignant
 * against 71% of benign obstructive jaundice), read in three copies of the abstract but with no PMID or DOI displayed;
 * it would also re-order the session-30 guard in which gallstone disease leads a painless jaundice with a normal CA 19-9.
 * Left as a lead, not changed: the `code` rule on 2514-8 reads any 2514-8 result that is not coded or written as
 * negative as present, so "Trace" (and, until model 2.60.0, a quantity of 0 mg/dL) is "positive" under 2514-8 while "Trace" is negative
 * under 33903-6, 5797-6 and the automated codes (readOrdinal); whether trace counts as positive needs a source (the Arora
 * 2011 abstract behind the DKA ratio does not give its cut-off).
 */
import { describe, expect, test } from 'vitest';
import { buildEncounter, buildPatient, buildQuantity } from '../../tests/builders/chart-builder';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { analyzeSync } from './diagnostic-model';
import { extractFindings } from './extract-findings';

const kb = loadKnowledge();
const base = [buildPatient(), buildEncounter('422400008')];
const q = (value: number, unit: string) => ({ value, unit, system: 'http://unitsofmeasure.org', code: unit });
const ketones = (loinc: string, value: Record<string, unknown>) =>
  ({ resourceType: 'Observation', id: 'ket', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: loinc }] }, subject: { reference: 'Patient/p1' }, effectiveDateTime: '2026-11-20T10:10:00Z', ...value }) as const;
const read = (loinc: string, value: Record<string, unknown>) => {
  const ex = extractFindings([...base, ketones(loinc, value)] as Parameters<typeof extractFindings>[0], kb);
  const state = (id: string) => ex.findings.find((f) => f.findingId === id)?.present;
  return { positive: state('urine-ketones-positive'), twoPlus: state('urine-ketones-2-plus-or-more'), unknown: ex.unknownCodes.some((u) => u.code === loinc) };
};

describe('urine ketones from automated urinalysis codes (session 36, gi2)', () => {
  test('57734-6 (presence, automated strip): positive and graded answers are read, negative and trace are not positive', () => {
    expect(read('57734-6', { valueString: 'Positive' })).toMatchObject({ positive: true, unknown: false });
    expect(read('57734-6', { valueString: '3+' })).toMatchObject({ positive: true, twoPlus: true });
    expect(read('57734-6', { valueString: '1+' }).twoPlus).toBe(false);
    expect(read('57734-6', { valueString: 'Negative' })).toMatchObject({ positive: false, twoPlus: false });
    expect(read('57734-6', { valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '260385009' }] } }).positive).toBe(false);
  });

  test('50557-8 (mass/volume, automated strip): a quantity is positive only above its own reference range; it never grades 2+', () => {
    expect(read('50557-8', { valueQuantity: q(80, 'mg/dL'), referenceRange: [{ high: q(0, 'mg/dL') }] })).toMatchObject({ positive: true, unknown: false });
    expect(read('50557-8', { valueQuantity: q(0, 'mg/dL'), referenceRange: [{ high: q(0, 'mg/dL') }] }).positive).toBe(false);
    // No range and no flag: not judged (above zero is not taken as positive).
    expect(read('50557-8', { valueQuantity: q(80, 'mg/dL') }).positive).toBeUndefined();
    expect(read('50557-8', { valueQuantity: q(80, 'mg/dL'), referenceRange: [{ high: q(0, 'mg/dL') }] }).twoPlus).toBeUndefined();
    // Laboratories that report a qualitative answer under the mass code.
    expect(read('50557-8', { valueString: 'Negative' })).toMatchObject({ positive: false, twoPlus: false });
    expect(read('50557-8', { valueString: '2+' })).toMatchObject({ positive: true, twoPlus: true });
  });

  test('59158-6 (moles/volume, automated strip): a quantity in mmol/L is positive above its own reference range', () => {
    expect(read('59158-6', { valueQuantity: q(8, 'mmol/L'), referenceRange: [{ high: q(0, 'mmol/L') }] })).toMatchObject({ positive: true, unknown: false });
    expect(read('59158-6', { valueQuantity: q(0, 'mmol/L'), referenceRange: [{ high: q(0, 'mmol/L') }] }).positive).toBe(false);
  });

  test('DKA is established from an automated strip graded 3+ with glucose 25 mmol/L and pH 7.15 (2024 consensus), not from a negative strip', () => {
    const chart = (strip: ReturnType<typeof ketones>) => [...base, buildQuantity('glu', '2345-7', 25, 'mmol/L'), buildQuantity('ph', '2744-1', 7.15, '[pH]'), strip];
    const dka = (strip: ReturnType<typeof ketones>) =>
      analyzeSync(kb, { chart: chart(strip) as Parameters<typeof analyzeSync>[1]['chart'] }).result.established.find((d) => d.conditionId === 'diabetic-ketoacidosis');
    expect(dka(ketones('57734-6', { valueString: '3+' }))?.established?.source.citation).toBe('umpierrez-2024-diabetescare-hyperglycaemic-crises');
    expect(dka(ketones('50557-8', { valueString: '2+' }))).toBeDefined();
    expect(dka(ketones('57734-6', { valueString: 'Negative' }))).toBeUndefined();
  });
});

describe('emergency jaundice: the sepsis prior is from a population that includes in-hospital onset (session 36, gi2)', () => {
  test('Whitehead 2001 stays marked other-setting and its locator says so', () => {
    const prior = kb.problems.get('jaundice')?.priors.emergency?.find((p) => p.condition === 'sepsis');
    expect(prior?.populationMatch).toBe('other-setting');
    expect(prior?.source.locator).toMatch(/developed jaundice while in hospital/);
  });
});

describe('a measured zero under a presence code (model 2.60.0)', () => {
  test('urine ketones 0 mg/dL under 2514-8 read as negative, 40 mg/dL as positive', () => {
    expect(read('2514-8', { valueQuantity: q(0, 'mg/dL') }).positive).toBe(false);
    expect(read('2514-8', { valueQuantity: q(40, 'mg/dL') }).positive).toBe(true);
    expect(read('2514-8', { valueString: 'Negative' }).positive).toBe(false);
  });
});

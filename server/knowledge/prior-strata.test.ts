/**
 * Age- and sex-specific priors (issue 10, item 4): which figure a patient gets when a source reports several strata,
 * and what kb:check refuses.
 */
import { describe, expect, test } from 'vitest';
import { checkPatients, choosePrior, describeStratum, inStratum, outsidePopulation, priorsForPatient, strataConflict, type Prior } from './prior-strata';

const base = { source: { citation: 'fx', locator: 'Table 2' }, populationMatch: 'exact' as const };
const prior = (probability: number, stratum: Partial<Pick<Prior, 'populationAgeYears' | 'populationSex' | 'populationMenopausal' | 'populationWith'>> = {}, condition = 'crc'): Prior => ({ condition, probability, ...base, ...stratum });

// A source's figures by sex and age band (shape of a primary-care cohort's table; numbers are test values).
const men45 = prior(0.01, { populationSex: 'male', populationAgeYears: { min: 45, max: 54 } });
const men55 = prior(0.03, { populationSex: 'male', populationAgeYears: { min: 55 } });
const women45 = prior(0.008, { populationSex: 'female', populationAgeYears: { min: 45, max: 54 } });
const women55 = prior(0.02, { populationSex: 'female', populationAgeYears: { min: 55 } });
const overall = prior(0.015);

describe('choosePrior', () => {
  test('uses the stratum that holds the patient, the most specific when several do', () => {
    const all = [overall, men45, men55, women45, women55];
    expect(choosePrior(all, { ageYears: 50, sex: 'male' })).toEqual({ prior: men45, inPopulation: true });
    expect(choosePrior(all, { ageYears: 80, sex: 'female' })).toEqual({ prior: women55, inPopulation: true });
    // Younger than every band: the overall figure holds everyone.
    expect(choosePrior(all, { ageYears: 30, sex: 'female' })).toEqual({ prior: overall, inPopulation: true });
    // Sex not recorded as female or male: the overall figure.
    expect(choosePrior(all, { ageYears: 60, sex: 'unknown' })).toEqual({ prior: overall, inPopulation: true });
  });

  test('without an overall figure, the nearest stratum is used and the patient is outside it', () => {
    const strata = [men45, men55, women45, women55];
    expect(choosePrior(strata, { ageYears: 30, sex: 'female' })).toEqual({ prior: women45, inPopulation: false });
    expect(choosePrior(strata, { ageYears: 60, sex: 'other' })).toMatchObject({ prior: { populationAgeYears: { min: 55 } }, inPopulation: false });
    expect(choosePrior(strata, { sex: 'male' })).toMatchObject({ prior: { populationSex: 'male' }, inPopulation: false });
    expect(choosePrior([], { ageYears: 30 })).toBeUndefined();
  });

  test('a figure with no stated stratum holds every patient; a stated one only its own', () => {
    expect(inStratum(overall, {})).toBe(true);
    expect(inStratum(men55, { ageYears: 55, sex: 'male' })).toBe(true);
    expect(inStratum(men55, { ageYears: 54, sex: 'male' })).toBe(false);
    expect(inStratum(men55, { ageYears: 70 })).toBe(false);
    expect(inStratum(prior(0.1, { populationAgeYears: { max: 39 } }), { ageYears: 39 })).toBe(true);
  });

  test('priorsForPatient gives one figure per condition', () => {
    const chosen = priorsForPatient([men45, men55, prior(0.3, {}, 'haemorrhoids'), women55], { ageYears: 60, sex: 'male' });
    expect(chosen.map((c) => [c.prior.condition, c.prior.probability])).toEqual([
      ['crc', 0.03],
      ['haemorrhoids', 0.3],
    ]);
  });
});

describe('a menopausal stratum', () => {
  const post = prior(0.7, { populationMenopausal: true }, 'atrophic-vaginitis');
  const candidaPost = prior(0.135, { populationMenopausal: true }, 'candida');
  const candidaAll = prior(0.27, {}, 'candida');
  test('holds a woman the caller reads as postmenopausal, and no one else', () => {
    expect(inStratum(post, { ageYears: 70, sex: 'female', postmenopausal: true })).toBe(true);
    expect(inStratum(post, { ageYears: 30, sex: 'female', postmenopausal: false })).toBe(false);
    expect(inStratum(post, { ageYears: 70, sex: 'male' })).toBe(false);
    expect(choosePrior([candidaAll, candidaPost], { ageYears: 70, sex: 'female', postmenopausal: true })).toEqual({ prior: candidaPost, inPopulation: true });
    expect(choosePrior([candidaAll, candidaPost], { ageYears: 30, sex: 'female', postmenopausal: false })).toEqual({ prior: candidaAll, inPopulation: true });
    // Only a postmenopausal figure: no estimate for a woman of reproductive age or of unknown status (the problem's
    // policy prior applies).
    expect(choosePrior([post], { ageYears: 30, sex: 'female', postmenopausal: false })).toBeUndefined();
    expect(priorsForPatient([post, candidaAll], { ageYears: 30, sex: 'female', postmenopausal: false }).map((c) => c.prior.condition)).toEqual(['candida']);
    expect(choosePrior([post], { sex: 'female' })).toBeUndefined();
    expect(describeStratum(post)).toBe('postmenopausal women');
    expect(describeStratum(prior(0.1, { populationMenopausal: false }))).toBe('women of reproductive age');
  });

  test('postmenopausal and reproductive-age figures do not overlap; one beside an age band does', () => {
    expect(strataConflict([prior(0.1, { populationMenopausal: true }), prior(0.3, { populationMenopausal: false })])).toBeUndefined();
    expect(strataConflict([prior(0.1, { populationMenopausal: true }), prior(0.3, { populationAgeYears: { min: 60 } })])).toMatch(/overlap/);
    expect(checkPatients([post])).toContainEqual({ ageYears: 70, sex: 'female', postmenopausal: true });
  });
});

describe('strataConflict', () => {
  test('disjoint strata, and an overall figure beside them, are allowed', () => {
    expect(strataConflict([overall, men45, men55, women45, women55])).toBeUndefined();
    expect(strataConflict([prior(0.01, { populationAgeYears: { max: 39 } }), prior(0.04, { populationAgeYears: { min: 40 } })])).toBeUndefined();
  });

  test('overlapping bands, two figures for one sex, or a sex-only beside an age-only figure are refused', () => {
    expect(strataConflict([prior(0.01, { populationAgeYears: { max: 40 } }), prior(0.04, { populationAgeYears: { min: 40 } })])).toMatch(/overlap/);
    expect(strataConflict([prior(0.01, { populationSex: 'male' }), prior(0.02, { populationSex: 'male' })])).toMatch(/men and men overlap/);
    expect(strataConflict([prior(0.01, { populationSex: 'male' }), prior(0.02, { populationAgeYears: { min: 60 } })])).toMatch(/overlap/);
    expect(strataConflict([overall, prior(0.02)])).toMatch(/all patients and all patients overlap/);
  });
});

describe('describeStratum and checkPatients', () => {
  test('a stratum in words', () => {
    expect(describeStratum(men45)).toBe('men aged 45 to 54');
    expect(describeStratum(women55)).toBe('women aged 55 or over');
    expect(describeStratum(prior(0.1, { populationAgeYears: { max: 39 } }))).toBe('patients aged up to 39');
    expect(describeStratum(prior(0.1, { populationSex: 'female' }))).toBe('women');
    expect(describeStratum(overall)).toBeUndefined();
  });

  test('kb:check adds up the priors of each sex at every band edge', () => {
    const patients = checkPatients([men45, men55]);
    expect(patients).toContainEqual({ ageYears: 45, sex: 'male' });
    expect(patients).toContainEqual({ ageYears: 54, sex: 'female' });
    expect(patients).toContainEqual({ ageYears: undefined, sex: undefined });
  });
});

describe('a figure measured in patients with a finding (session 31: febrile travellers)', () => {
  const travellers = prior(0.194, { populationWith: 'recent-travel-to-sub-saharan-africa' }, 'malaria');
  const everyone = prior(0.02, {}, 'malaria');
  const africa = new Set(['recent-travel-to-sub-saharan-africa']);

  test('is chosen for a patient with the finding, before a figure for everyone', () => {
    expect(choosePrior([everyone, travellers], { ageYears: 34, sex: 'male', present: africa })).toEqual({ prior: travellers, inPopulation: true });
    expect(inStratum(travellers, { present: africa })).toBe(true);
  });

  test('is never a proxy for a patient without it: the figure for everyone, or none at all', () => {
    expect(choosePrior([everyone, travellers], { ageYears: 34, sex: 'male' })).toEqual({ prior: everyone, inPopulation: true });
    expect(choosePrior([travellers], { ageYears: 34, sex: 'male', present: new Set(['fever']) })).toBeUndefined();
    expect(outsidePopulation(travellers, { ageYears: 34 }, 10)).toBe(true);
  });

  test('kb:check adds up the priors of a patient with the finding too', () => {
    const people = checkPatients([everyone, travellers]);
    expect(people.some((p) => p.present?.has('recent-travel-to-sub-saharan-africa'))).toBe(true);
    expect(people.some((p) => !p.present)).toBe(true);
    const withIt = people.find((p) => p.present && p.sex === 'male' && p.ageYears === 35)!;
    expect(priorsForPatient([everyone, travellers], withIt).map((c) => c.prior.probability)).toEqual([0.194]);
  });

  test('is described with the finding named', () => {
    expect(describeStratum(travellers, () => 'Recent travel to sub-Saharan Africa')).toBe('patients with recent travel to sub-Saharan Africa');
    expect(strataConflict([everyone, travellers])).toBeUndefined();
  });
});

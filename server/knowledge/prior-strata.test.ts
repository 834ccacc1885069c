/**
 * Age- and sex-specific priors (issue 10, item 4): which figure a patient gets when a source reports several strata,
 * and what kb:check refuses.
 */
import { describe, expect, test } from 'vitest';
import { checkPatients, choosePrior, describeStratum, impliedSet, inStratum, outsidePopulation, priorsForPatient, strataConflict, withExcluded, type Prior } from './prior-strata';

const base = { source: { citation: 'fx', locator: 'Table 2' }, populationMatch: 'exact' as const };
const prior = (probability: number, stratum: Partial<Pick<Prior, 'populationAgeYears' | 'populationSex' | 'populationMenopausal' | 'populationWith' | 'populationWithout'>> = {}, condition = 'crc'): Prior => ({ condition, probability, ...base, ...stratum });

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

describe('figures measured in patients without a finding, and the narrower of two findings (model 2.56.0, session 33)', () => {
  // Shapes of the pelvic-pain and travel cases; numbers are test values.
  const acute = prior(0.2, { populationWithout: 'pelvic-pain-over-6-months' }, 'pid');
  const chronic = prior(0.04, { populationWith: 'pelvic-pain-over-6-months' }, 'pid');
  const chronicPain = new Set(['pelvic-pain-over-6-months']);

  test('an acute cohort\u2019s figure is set aside for a patient with a six-month pain, kept while the duration is unknown', () => {
    expect(withExcluded(acute, { present: chronicPain })).toBe(true);
    expect(inStratum(acute, { present: chronicPain })).toBe(false);
    expect(outsidePopulation(acute, { present: chronicPain }, 10)).toBe(true);
    expect(inStratum(acute, {})).toBe(true);
    expect(choosePrior([acute], {})).toEqual({ prior: acute, inPopulation: true });
    // Never a proxy for such a patient: returned outside its population, set aside (the condition takes the policy prior).
    expect(choosePrior([acute], { present: chronicPain })).toEqual({ prior: acute, inPopulation: false });
    // With a figure measured in patients who have the finding, that one.
    expect(choosePrior([acute, chronic], { present: chronicPain })).toEqual({ prior: chronic, inPopulation: true });
    expect(choosePrior([acute, chronic], {})).toEqual({ prior: acute, inPopulation: true });
    expect(describeStratum(acute)).toBe('patients without pelvic pain over 6 months');
  });

  test('with and without one finding never overlap; kb:check adds up the priors of a patient with it without the acute figures', () => {
    expect(strataConflict([acute, chronic])).toBeUndefined();
    expect(strataConflict([acute, prior(0.1, { populationWithout: 'pelvic-pain-over-6-months' }, 'pid')])).toMatch(/overlap/);
    // A figure without the finding beside a figure for women: both hold a woman without it, so they cannot be told apart.
    expect(strataConflict([acute, prior(0.1, { populationSex: 'female' }, 'pid')])).toMatch(/overlap/);
    // Without two different findings: both hold a patient with neither.
    expect(strataConflict([acute, prior(0.1, { populationWithout: 'pregnancy' }, 'pid')])).toMatch(/overlap/);
    const other = prior(0.33, { populationWithout: 'pelvic-pain-over-6-months' }, 'nsap');
    const people = checkPatients([acute, chronic, other]);
    expect(people.some((p) => p.present?.has('pelvic-pain-over-6-months'))).toBe(true);
    const total = (present?: ReadonlySet<string>) =>
      priorsForPatient([acute, chronic, other], { present })
        .filter((c) => c.inPopulation || !outsidePopulation(c.prior, { present }, 10))
        .reduce((a, c) => a + c.prior.probability, 0);
    expect(total(chronicPain)).toBeCloseTo(0.04);
    expect(total(undefined)).toBeCloseTo(0.53);
  });

  test('of two figures measured in patients with findings, the one whose finding implies the other is used', () => {
    const tropics = prior(0.04, { populationWith: 'recent-travel-to-the-tropics' }, 'malaria');
    const southAsia = prior(0.02, { populationWith: 'recent-travel-to-south-asia' }, 'malaria');
    const implies = (a: string, b: string) => a === 'recent-travel-to-south-asia' && b === 'recent-travel-to-the-tropics';
    const present = new Set(['recent-travel-to-south-asia', 'recent-travel-to-the-tropics']);
    expect(choosePrior([tropics, southAsia], { present, implies })).toEqual({ prior: southAsia, inPopulation: true });
    expect(choosePrior([southAsia, tropics], { present, implies })).toEqual({ prior: southAsia, inPopulation: true });
    expect(choosePrior([tropics, southAsia], { present: new Set(['recent-travel-to-the-tropics']), implies })).toEqual({ prior: tropics, inPopulation: true });
    // Without the implication the two cannot be told apart (kb:check refuses them).
    expect(strataConflict([tropics, southAsia])).toMatch(/overlap/);
    expect(strataConflict([tropics, southAsia], implies)).toBeUndefined();
  });

  test('implications are read from the findings, transitively', () => {
    const findings = new Map([
      ['recent-travel-to-south-asia', { id: 'recent-travel-to-south-asia' }],
      ['recent-travel-to-the-tropics', { id: 'recent-travel-to-the-tropics', derivedFrom: { criteria: [['recent-travel-to-south-asia']], presentOnly: true, source: base.source } }],
      ['recent-travel-abroad', { id: 'recent-travel-abroad', derivedFrom: { criteria: [['recent-travel-to-the-tropics']], presentOnly: true, source: base.source } }],
    ]);
    expect([...impliedSet(findings as never, 'recent-travel-to-south-asia')].sort()).toEqual(['recent-travel-abroad', 'recent-travel-to-south-asia', 'recent-travel-to-the-tropics']);
    expect([...impliedSet(findings as never, 'recent-travel-abroad')]).toEqual(['recent-travel-abroad']);
  });
});

/**
 * The evaluation's figures, part by part, on hand-made inputs whose answers are worked out here: the
 * split rule, top-1/3/10 and can't-miss recall, the calibration table, accuracy by band, subgroups and
 * the patient's recorded race, ethnicity and language. These figures are published on the model label,
 * so a wrong sign, boundary or rounding must fail a test (issue 19).
 */
import { describe, expect, test } from 'vitest';
import type { Bundle, Patient, Resource } from '@medplum/fhirtypes';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../../tests/builders/chart-builder';
import { miniKnowledge, miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { assembleKnowledge } from '../knowledge/load-knowledge';
import { analyzeSync } from '../reasoning/diagnostic-model';
import { bandAccuracy, calibration, evaluateVignettes, groupBy, matchConditions, metrics, splitOf, usCore, type Vignette, type VignetteOutcome } from './evaluate-vignettes';

const kb = miniKnowledge();
const bundle = (resources: Resource[]): Bundle => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

function outcome(over: Partial<VignetteOutcome>): VignetteOutcome {
  return {
    id: 'v-000',
    expected: 'x',
    expectedConditionId: 'x',
    rank: null,
    probability: 0,
    inCantMissList: false,
    expectedIsCantMiss: false,
    cantMissListed: 2,
    top3: [],
    problems: [],
    ageBand: '40-64',
    sex: 'female',
    race: 'not recorded',
    ethnicity: 'not recorded',
    language: 'not recorded',
    brier: 0,
    unknownCodes: 0,
    ...over,
  };
}

describe('splitOf: up to v-440 odd-numbered vignettes are test, even development; from v-441 calibration; from v-551 breadth', () => {
  test('by the number in the id', () => {
    expect(['v-001', 'v-002', 'v-010', 'v-123', 'v-216', 'v-439', 'v-440'].map(splitOf)).toEqual(['test', 'development', 'development', 'test', 'development', 'test', 'development']);
  });
  test('the calibration split runs from v-441 to v-550, odd or even', () => {
    expect(['v-441', 'v-442', 'v-549', 'v-550'].map(splitOf)).toEqual(['calibration', 'calibration', 'calibration', 'calibration']);
  });
  test('the breadth-development split starts at v-551, odd or even', () => {
    expect(['v-551', 'v-552', 'v-660'].map(splitOf)).toEqual(['breadth', 'breadth', 'breadth']);
  });
  test('an id without a number has no split', () => {
    expect(() => splitOf('vignette')).toThrow(/"vignette" has no number/);
  });
});

describe('metrics', () => {
  const set = [
    outcome({ rank: 1, brier: 0.1, expectedIsCantMiss: true, inCantMissList: true }),
    outcome({ rank: 2, brier: 0.2 }),
    outcome({ rank: 3, brier: 0.3 }),
    outcome({ rank: 4, brier: 0.4, expectedIsCantMiss: true, inCantMissList: true }),
    outcome({ rank: 10, brier: 0.5, inCantMissList: true }), // on the list, but not a can't-miss answer: not counted
    outcome({ rank: 11, brier: 0.6, expectedIsCantMiss: true }),
    outcome({ rank: null, brier: 1.2 }),
    outcome({ rank: null, brier: 1.1, expectedConditionId: null }),
  ];

  test('top-k counts rank k itself; Brier is the mean; recall is over can’t-miss answers only', () => {
    expect(metrics(set)).toEqual({ n: 8, covered: 7, top1: 0.125, top3: 0.375, top10: 0.625, brier: 0.55, cantMissRecall: 0.667, cantMissN: 3, cantMissListed: 2 });
  });

  test('fractions are rounded to three decimals', () => {
    expect(metrics(set.slice(0, 3))).toMatchObject({ top1: 0.333, top3: 1, brier: 0.2 });
  });

  test('no outcomes: zeros, and no recall rather than a division by zero', () => {
    expect(metrics([])).toEqual({ n: 0, covered: 0, top1: 0, top3: 0, top10: 0, brier: 0, cantMissRecall: null, cantMissN: 0, cantMissListed: 0 });
    expect(metrics([outcome({ rank: 1 })]).cantMissRecall).toBeNull();
  });
});

describe('groupBy', () => {
  test('one entry per key, keys in order, each with the metrics of its own outcomes', () => {
    const set = [outcome({ sex: 'male', rank: 1 }), outcome({ sex: 'female', rank: 5 }), outcome({ sex: 'female', rank: 1 })];
    const groups = groupBy(set, (o) => o.sex);
    expect(Object.keys(groups)).toEqual(['female', 'male']);
    expect(groups.female).toEqual(metrics([set[1], set[2]]));
    expect(groups.female).toMatchObject({ n: 2, top1: 0.5 });
    expect(groups.male).toMatchObject({ n: 1, top1: 1 });
  });
});

describe('calibration', () => {
  test('bins are closed below and open above; empty bins are left out; means to three decimals', () => {
    const pairs = [
      { p: 0.02, y: 0 },
      { p: 0.04, y: 1 },
      { p: 0.05, y: 0 },
      { p: 0.09, y: 1 },
      { p: 0.1, y: 1 },
      { p: 0.7, y: 1 },
      { p: 1, y: 0 },
      { p: 0.3, y: 0 },
      { p: 0.35, y: 0 },
      { p: 0.35, y: 1 },
    ];
    expect(calibration(pairs)).toEqual([
      { bin: '0–5%', predicted: 0.03, observed: 0.5, n: 2 },
      { bin: '5–10%', predicted: 0.07, observed: 0.5, n: 2 },
      { bin: '10–20%', predicted: 0.1, observed: 1, n: 1 },
      { bin: '20–40%', predicted: 0.333, observed: 0.333, n: 3 },
      { bin: '70–100%', predicted: 0.85, observed: 0.5, n: 2 },
    ]);
  });
});

describe('bandAccuracy', () => {
  test('bands in display order whatever the input order, empty bands left out, means to three decimals', () => {
    const pairs = [
      { band: 'likely' as const, p: 0.5, y: 1 },
      { band: 'very-unlikely' as const, p: 0.01, y: 0 },
      { band: 'possible' as const, p: 0.1, y: 0 },
      { band: 'very-unlikely' as const, p: 0.03, y: 1 },
      { band: 'possible' as const, p: 0.2, y: 0 },
      { band: 'likely' as const, p: 0.6, y: 0 },
      { band: 'possible' as const, p: 0.2, y: 1 },
    ];
    expect(bandAccuracy(pairs)).toEqual([
      { band: 'very-unlikely', predicted: 0.02, observed: 0.5, n: 2 },
      { band: 'possible', predicted: 0.167, observed: 0.333, n: 3 },
      { band: 'likely', predicted: 0.55, observed: 0.5, n: 2 },
    ]);
    expect(bandAccuracy([])).toEqual([]);
  });

  test('each of the five bands shown to clinicians is reported, in display order', () => {
    const bands = ['very-likely', 'likely', 'possible', 'unlikely', 'very-unlikely'] as const;
    const pairs = bands.map((band, i) => ({ band, p: 0.9 - 0.2 * i, y: i % 2 }));
    expect(bandAccuracy(pairs).map((b) => [b.band, b.n])).toEqual([
      ['very-unlikely', 1],
      ['unlikely', 1],
      ['possible', 1],
      ['likely', 1],
      ['very-likely', 1],
    ]);
  });
});

describe('usCore', () => {
  const RACE = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race';
  const ETH = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity';
  const omb = { url: 'ombCategory', valueCoding: { system: 'urn:oid:2.16.840.1.113883.6.238', code: '2106-3', display: 'White' } };
  const patient = (extension: Patient['extension']): Patient => ({ resourceType: 'Patient', extension });

  test('the text, else the OMB category, else not recorded', () => {
    expect(usCore(patient([{ url: RACE, extension: [omb, { url: 'text', valueString: 'White (Polish)' }] }]), RACE)).toBe('White (Polish)');
    expect(usCore(patient([{ url: RACE, extension: [omb] }]), RACE)).toBe('White');
    expect(usCore(patient([{ url: RACE, extension: [{ url: 'detailed', valueString: 'not the text' }] }]), RACE)).toBe('not recorded');
    expect(usCore(patient([]), RACE)).toBe('not recorded');
    expect(usCore(undefined, RACE)).toBe('not recorded');
  });

  test('the OMB category is found by its url, wherever it stands among the sub-extensions', () => {
    const detailed = { url: 'detailed', valueCoding: { system: 'urn:oid:2.16.840.1.113883.6.238', code: '2108-9', display: 'European' } };
    expect(usCore(patient([{ url: RACE, extension: [detailed, omb] }]), RACE)).toBe('White');
  });

  test('an extension without sub-extensions, or an OMB category without a coding, is not recorded (and does not throw)', () => {
    expect(usCore(patient([{ url: RACE, valueString: 'White' }]), RACE)).toBe('not recorded');
    expect(usCore(patient([{ url: RACE, extension: [{ url: 'ombCategory' }] }]), RACE)).toBe('not recorded');
  });

  test('only the extension asked for', () => {
    expect(usCore(patient([{ url: ETH, extension: [{ url: 'text', valueString: 'Hispanic or Latino' }] }]), RACE)).toBe('not recorded');
  });
});

describe('matchConditions', () => {
  const sct = (code: string) => ({ system: 'http://snomed.info/sct', code, display: code });
  const icd = (code: string) => ({ system: 'http://hl7.org/fhir/sid/icd-10-cm', code, display: code });

  test('SNOMED CT first, then the exact ICD-10-CM code, then one broader ICD-10-CM code', () => {
    expect(matchConditions(kb, { snomed: sct('59282003'), icd10: icd('A41.9') })).toEqual(['pe']);
    expect(matchConditions(kb, { snomed: sct('999999'), icd10: icd('A41.9') })).toEqual(['sepsis']);
    expect(matchConditions(kb, { icd10: icd('A41.91') })).toEqual(['sepsis']);
    expect(matchConditions(kb, { snomed: sct('999999') })).toEqual([]);
    expect(matchConditions(kb, {})).toEqual([]);
  });

  test('a broader code found on any of a condition’s codes; two broader candidates are ambiguous, so none', () => {
    const raw = miniKnowledgeRaw();
    (raw.conditions['sepsis.json'] as { codes: { icd10cm: string[] } }).codes.icd10cm.unshift('R65.20');
    const twoCodes = assembleKnowledge(raw);
    expect(matchConditions(twoCodes, { icd10: icd('A41.91') })).toEqual(['sepsis']);
    (raw.conditions['msk.json'] as { codes: { icd10cm: string[] } }).codes.icd10cm.push('A41');
    expect(matchConditions(assembleKnowledge(raw), { icd10: icd('A41.91') })).toEqual([]);
  });
});

describe('evaluateVignettes: what each outcome records', () => {
  const snomed = (code: string, display = code) => ({ snomed: { system: 'http://snomed.info/sct', code, display } });
  const RACE = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race';
  const man = buildPatient({
    gender: 'male',
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }] } }],
    extension: [{ url: RACE, extension: [{ url: 'text', valueString: 'Asian' }] }],
  });
  const chest = (patient: Patient, extra: Resource[] = []) => bundle([patient, buildEncounter('29857009'), ...extra]);

  test('setting: emergency and primary care use their own priors; anything else leaves it to the chart (the encounter class)', () => {
    const at = (setting?: string) => evaluateVignettes(kb, [{ id: 'v-001', bundle: chest(man), expected: snomed('394659003'), setting }]).outcomes[0].probability;
    const direct = (setting: 'emergency' | 'primary-care') =>
      analyzeSync(kb, { chart: chest(man), setting }).result.differential.find((d) => d.conditionId === 'acs')!.probability;
    expect(at('emergency')).toBeCloseTo(direct('emergency'), 4);
    expect(at('primary-care')).toBeCloseTo(direct('primary-care'), 4);
    expect(at('emergency')).toBeGreaterThan(at('primary-care'));
    const fromChart = analyzeSync(kb, { chart: chest(man) }).result.differential.find((d) => d.conditionId === 'acs')!.probability;
    expect(at(undefined)).toBeCloseTo(fromChart, 4);
    expect(at('somewhere-else')).toBe(at(undefined));
  });

  test('the setting given by the vignette wins over the encounter class; any other value leaves it to the encounter class', () => {
    // An ambulatory encounter: primary-care priors unless the vignette says emergency.
    const ambulatory = bundle([man, buildEncounter('29857009', { class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' } })]);
    const at = (setting?: string) => evaluateVignettes(kb, [{ id: 'v-001', bundle: ambulatory, expected: snomed('394659003'), setting }]).outcomes[0].probability;
    const direct = (setting?: 'emergency' | 'primary-care') =>
      Math.round(analyzeSync(kb, { chart: ambulatory, setting }).result.differential.find((d) => d.conditionId === 'acs')!.probability * 10000) / 10000;
    expect(direct('emergency')).not.toBe(direct('primary-care'));
    expect(direct(undefined)).toBe(direct('primary-care'));
    expect(at('emergency')).toBe(direct('emergency'));
    expect(at('primary-care')).toBe(direct('primary-care'));
    expect(at('somewhere-else')).toBe(direct('primary-care'));
  });

  test('with several conditions on the expected code, the best-ranked one is the answer the Brier score counts, whatever the map order', () => {
    // ACS (first in the map) is given chest wall pain's code; on this chart chest wall pain ranks first and ACS third.
    const raw = miniKnowledgeRaw();
    (raw.conditions['acs.json'] as { codes: { snomed: string[] } }).codes.snomed.push('102588006');
    const shared = assembleKnowledge(raw);
    const chart = bundle([buildPatient({ gender: 'female' }), buildEncounter('29857009'), buildSymptom('c1', '3368006'), buildQuantity('hr', '8867-4', 120, '/min')]);
    const { differential } = analyzeSync(shared, { chart, setting: 'emergency' }).result;
    expect(differential.map((d) => d.conditionId).slice(0, 3)).toEqual(['msk', 'pe', 'acs']);
    expect(matchConditions(shared, snomed('102588006'))).toEqual(['acs', 'msk']);
    const o = evaluateVignettes(shared, [{ id: 'v-001', bundle: chart, expected: snomed('102588006'), setting: 'emergency' }]).outcomes[0];
    expect(o).toMatchObject({ expectedConditionId: 'msk', rank: 1 });
    const brier = differential.reduce((a, d) => a + (d.probability - (d.conditionId === 'msk' ? 1 : 0)) ** 2, 0);
    expect(o.brier).toBe(Math.round(brier * 10000) / 10000);
  });

  test('a chart without a Patient: sex and age unknown, race, ethnicity and language not recorded', () => {
    const o = evaluateVignettes(kb, [{ id: 'v-001', bundle: bundle([buildEncounter('29857009')]), expected: snomed('394659003'), setting: 'emergency' }]).outcomes[0];
    expect([o.ageBand, o.sex, o.race, o.ethnicity, o.language]).toEqual(['unknown', 'unknown', 'not recorded', 'not recorded', 'not recorded']);
  });

  test('ethnicity from its own US Core extension', () => {
    const ETH = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity';
    const p = buildPatient({ extension: [{ url: ETH, extension: [{ url: 'text', valueString: 'Hispanic or Latino' }] }] });
    const report = evaluateVignettes(kb, [{ id: 'v-001', bundle: chest(p), expected: snomed('394659003'), setting: 'emergency' }]);
    expect(report.outcomes[0].ethnicity).toBe('Hispanic or Latino');
    expect(Object.keys(report.subgroups.ethnicity)).toEqual(['Hispanic or Latino']);
  });

  test('a language is the first code of the first communication; any part missing is not recorded (and does not throw)', () => {
    const language = (communication: unknown) =>
      evaluateVignettes(kb, [{ id: 'v-001', bundle: chest(buildPatient({ communication: communication as Patient['communication'] })), expected: snomed('394659003'), setting: 'emergency' }]).outcomes[0].language;
    expect(language([{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'pl' }, { system: 'urn:ietf:bcp:47', code: 'de' }] } }, { language: { coding: [{ code: 'fr' }] } }])).toBe('pl');
    expect(language([])).toBe('not recorded');
    expect(language([{}])).toBe('not recorded');
    expect(language([{ language: { text: 'Polish' } }])).toBe('not recorded');
    expect(language([{ language: { coding: [] } }])).toBe('not recorded');
  });

  test('the probability of the expected diagnosis, to four decimals; none when it is not on the differential', () => {
    const report = evaluateVignettes(kb, [
      { id: 'v-001', bundle: chest(man), expected: snomed('394659003'), setting: 'emergency' },
      { id: 'v-002', bundle: chest(man), expected: snomed('999999'), setting: 'emergency' },
    ]);
    const p = analyzeSync(kb, { chart: chest(man), setting: 'emergency' }).result.differential.find((d) => d.conditionId === 'acs')!.probability;
    expect(report.outcomes[0].probability).toBe(Math.round(p * 10000) / 10000);
    expect(report.outcomes[0].probability).not.toBe(p);
    expect(report.outcomes[1].probability).toBe(0);
  });

  test('who the patient is: sex (unknown when not recorded), race text, language code (not recorded when absent)', () => {
    const report = evaluateVignettes(kb, [
      { id: 'v-001', bundle: chest(man), expected: snomed('394659003'), setting: 'emergency' },
      { id: 'v-002', bundle: chest(buildPatient({ gender: undefined })), expected: snomed('394659003'), setting: 'emergency' },
    ]);
    expect(report.outcomes.map((o) => [o.sex, o.race, o.language])).toEqual([
      ['male', 'Asian', 'es'],
      ['unknown', 'not recorded', 'not recorded'],
    ]);
    expect(Object.keys(report.subgroups.race)).toEqual(['Asian', 'not recorded']);
    expect(Object.keys(report.subgroups.language)).toEqual(['es', 'not recorded']);
    expect(Object.keys(report.subgroups.ethnicity)).toEqual(['not recorded']);
    expect(Object.keys(report.subgroups.sex)).toEqual(['male', 'unknown']);
  });

  test('the expected diagnosis as written in the report, from SNOMED CT or ICD-10-CM', () => {
    const report = evaluateVignettes(kb, [
      { id: 'v-001', bundle: chest(man), expected: { ...snomed('59282003', 'Pulmonary embolism'), icd10: { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I26.99', display: 'Other PE' } } },
      { id: 'v-002', bundle: chest(man), expected: { icd10: { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I26.99', display: 'Other PE' } } },
      { id: 'v-003', bundle: chest(man), expected: {} },
    ]);
    expect(report.outcomes.map((o) => o.expected)).toEqual(['Pulmonary embolism (59282003 / I26.99)', 'Other PE ( / I26.99)', '? ()']);
  });

  test('unknown codes in the chart are counted', () => {
    const unknown = [buildQuantity('u1', '99999-9', 1, 'mg/dL'), buildQuantity('u2', '88888-8', 2, 'mg/dL'), buildQuantity('u3', '88888-8', 3, 'mg/dL')];
    const report = evaluateVignettes(kb, [{ id: 'v-001', bundle: chest(man, unknown), expected: snomed('394659003') }]);
    const direct = analyzeSync(kb, { chart: chest(man, unknown) }).result.unknownCodes.reduce((a, u) => a + u.count, 0);
    expect(direct).toBeGreaterThanOrEqual(3);
    expect(report.outcomes[0].unknownCodes).toBe(direct);
  });

  test('every candidate is reported once to onCandidate, the expected one as the only hit of its vignette', () => {
    const calls: [number, 0 | 1][] = [];
    const set: Vignette[] = [
      { id: 'v-001', bundle: chest(man), expected: snomed('394659003'), setting: 'emergency' },
      { id: 'v-002', bundle: chest(man), expected: snomed('999999'), setting: 'emergency' },
    ];
    const report = evaluateVignettes(kb, set, { onCandidate: (p, y) => calls.push([p, y]) });
    const n = analyzeSync(kb, { chart: chest(man), setting: 'emergency' }).result.differential.length;
    expect(calls).toHaveLength(2 * n);
    expect(calls.filter(([, y]) => y === 1)).toHaveLength(1);
    expect(report.calibration.reduce((a, c) => a + c.n, 0)).toBe(2 * n);
    expect(report.bands.reduce((a, c) => a + c.n, 0)).toBe(2 * n);
    expect(report.generatedBy).toBe('npm run eval');
    expect(report.vignettes).toBe(2);
    expect(report.knowledge).toEqual({ id: 'mini-kb', version: '0.0.1', contentHash: kb.contentHash });
    expect(report.model.id).not.toBe('unknown');
    expect(report.outcomes[0].top3).toEqual(analyzeSync(kb, { chart: chest(man), setting: 'emergency' }).result.differential.slice(0, 3).map((d) => d.conditionId));
    expect(report.outcomes[0].top3).toHaveLength(3);
    expect(report.outcomes[0].problems).toEqual(['chest-pain']);
  });

  test('no vignettes: zero figures, no model named, and the knowledge base that was given', () => {
    const report = evaluateVignettes(kb, []);
    expect(report.model).toEqual({ id: 'unknown', version: '0' });
    expect(report.knowledge).toEqual({ id: 'mini-kb', version: '0.0.1', contentHash: kb.contentHash });
    expect(report).toMatchObject({ vignettes: 0, calibration: [], bands: [], outcomes: [] });
    expect(report.overall).toEqual(metrics([]));
  });

  test('a diagnosis the chart establishes by its definition counts as rank 1, probability 1, listed first', () => {
    const raw = miniKnowledgeRaw();
    (raw.conditions['sepsis.json'] as Record<string, unknown>).definition = { criteria: [['fever', 'hr-over-100']], source: { citation: 'fx-a', locator: 'test definition' } };
    const defined = assembleKnowledge(raw);
    const chart = bundle([man, buildEncounter('386661006'), buildQuantity('t', '8310-5', 39, 'Cel'), buildQuantity('hr', '8867-4', 120, '/min')]);
    const report = evaluateVignettes(defined, [{ id: 'v-001', bundle: chart, expected: snomed('91302008'), setting: 'emergency' }]);
    const o = report.outcomes[0];
    expect(o).toMatchObject({ expectedConditionId: 'sepsis', rank: 1, probability: 1, expectedIsCantMiss: true });
    expect(o.top3[0]).toBe('sepsis');
    const { result } = analyzeSync(defined, { chart, setting: 'emergency' });
    expect(result.established.map((d) => d.conditionId)).toEqual(['sepsis']);
    // Brier over the differential shown beside it: every other candidate is wrong.
    expect(o.brier).toBeCloseTo(result.differential.reduce((a, d) => a + d.probability ** 2, 0), 4);
    expect(report.overall.top1).toBe(1);
  });

  test('another diagnosis established on the chart does not make the expected one rank 1', () => {
    const raw = miniKnowledgeRaw();
    (raw.conditions['sepsis.json'] as Record<string, unknown>).definition = { criteria: [['fever', 'hr-over-100']], source: { citation: 'fx-a', locator: 'test definition' } };
    const defined = assembleKnowledge(raw);
    const chart = bundle([man, buildEncounter('386661006'), buildQuantity('t', '8310-5', 39, 'Cel'), buildQuantity('hr', '8867-4', 120, '/min')]);
    const { result } = analyzeSync(defined, { chart, setting: 'emergency' });
    expect(result.established.map((d) => d.conditionId)).toEqual(['sepsis']);
    const idx = result.differential.findIndex((d) => d.conditionId === 'acs');
    const o = evaluateVignettes(defined, [{ id: 'v-001', bundle: chart, expected: snomed('394659003'), setting: 'emergency' }]).outcomes[0];
    expect(o.expectedConditionId).toBe('acs');
    expect(o.rank).toBe(idx >= 0 ? idx + 1 : null);
    expect(o.rank).not.toBe(1);
    expect(o.probability).toBeLessThan(1);
  });
});

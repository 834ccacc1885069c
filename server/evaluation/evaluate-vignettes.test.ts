import { describe, expect, test } from 'vitest';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../../tests/builders/chart-builder';
import { miniKnowledge, miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { assembleKnowledge } from '../knowledge/load-knowledge';
import { evaluateVignettes, type Vignette } from './evaluate-vignettes';
import { analyzeSync } from '../reasoning/diagnostic-model';

const kb = miniKnowledge();
const bundle = (resources: Resource[]): Bundle => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

const vignettes: Vignette[] = [
  {
    id: 'pe-case',
    bundle: bundle([buildPatient({ gender: 'female' }), buildEncounter('29857009'), buildSymptom('c1', '3368006'), buildQuantity('hr', '8867-4', 120, '/min')]),
    expected: { snomed: { system: 'http://snomed.info/sct', code: '59282003', display: 'PE' } },
    setting: 'emergency',
  },
  {
    id: 'uncovered-case',
    bundle: bundle([buildPatient({ birthDate: '2000-01-01' }), buildEncounter('29857009')]),
    expected: { snomed: { system: 'http://snomed.info/sct', code: '999999', display: 'Not in KB' } },
  },
];

describe('evaluateVignettes', () => {
  const report = evaluateVignettes(kb, vignettes);

  test('finds the rank of the expected diagnosis by its code', () => {
    const pe = report.outcomes.find((o) => o.id === 'pe-case')!;
    expect(pe.expectedConditionId).toBe('pe');
    expect(pe.rank).toBeGreaterThan(0);
    expect(pe.expectedIsCantMiss).toBe(true);
  });

  test('counts a diagnosis the knowledge base does not cover as a miss, and reports coverage', () => {
    const miss = report.outcomes.find((o) => o.id === 'uncovered-case')!;
    expect(miss.expectedConditionId).toBeNull();
    expect(miss.rank).toBeNull();
    expect(report.overall.n).toBe(2);
    expect(report.overall.covered).toBe(1);
    expect(report.coveredOnly.n).toBe(1);
    expect(report.overall.top10).toBeLessThanOrEqual(0.5);
  });

  test('reports metrics by age band and sex, and a calibration table', () => {
    expect(Object.keys(report.subgroups.sex).sort()).toEqual(['female', 'male']);
    expect(Object.keys(report.subgroups.ageBand).length).toBe(2);
    expect(report.calibration.reduce((a, c) => a + c.n, 0)).toBeGreaterThan(0);
    expect(report.overall.brier).toBeGreaterThan(0);
  });
});

describe('evaluateVignettes: which condition an expected ICD-10-CM code names', () => {
  const icd = (id: string, code: string): Vignette => ({
    id,
    bundle: bundle([buildPatient({ gender: 'female' }), buildEncounter('29857009')]),
    expected: { icd10: { system: 'http://hl7.org/fhir/sid/icd-10-cm', code, display: code } },
    setting: 'emergency',
  });
  const matched = (code: string): string | null => evaluateVignettes(kb, [icd('v', code)]).outcomes[0].expectedConditionId;

  test('the exact code, or a more specific code under one of the condition\'s codes, is that condition', () => {
    expect(matched('I26.99')).toBe('pe');
    expect(matched('A41.9')).toBe('sepsis');
    expect(matched('A41.91')).toBe('sepsis');
  });

  test('a sibling code in the same category is not (I26.09 is not I26.99; A41.0 is not A41.9)', () => {
    expect(matched('I26.09')).toBeNull();
    expect(matched('A41.0')).toBeNull();
    expect(matched('I24.0')).toBeNull();
  });
});

describe('evaluateVignettes: exact figures on a hand-made set', () => {
  // Priors and LRs of the test knowledge base (tests/builders/knowledge-builder.ts), chest pain in the
  // emergency department, no dependence correction (alpha 1):
  //  - male, 66: ACS 15% × age 50+ 1.5 × male 1.3 → 25.60%; chest wall pain 20%; PE 5%; sepsis 0.1%
  //  - female, 66, pleuritic pain, HR 120: chest wall 20% × 1.2 → 23.08%; PE 5% × 1.5 × 2.0 → 13.64%;
  //    ACS 15% × 1.5 × 0.7 (not male) × 0.2 → 3.57%; sepsis 0.1% × 3.0 → 0.30%
  //  - female, 26: chest wall 20%; ACS 15% × 0.5 (not 50+) × 0.7 → 5.82%; PE 5%; sepsis 0.1%
  const p = (odds: number): number => odds / (1 + odds);
  const o = (prob: number): number => prob / (1 - prob);
  const maleOld = { acs: p(o(0.15) * 1.5 * 1.3), msk: 0.2, pe: 0.05, sepsis: 0.001 };
  const pleuritic = { msk: p(o(0.2) * 1.2), pe: p(o(0.05) * 3), acs: p(o(0.15) * 1.5 * 0.7 * 0.2), sepsis: p(o(0.001) * 3) };
  const femaleYoung = { msk: 0.2, acs: p(o(0.15) * 0.5 * 0.7), pe: 0.05, sepsis: 0.001 };
  /** Brier score of one vignette: the sum over the differential of (p − y)², plus 1 when the expected diagnosis is not on it. */
  const brier = (ps: Record<string, number>, expected: string | null): number =>
    Object.entries(ps).reduce((a, [id, x]) => a + (x - (id === expected ? 1 : 0)) ** 2, 0) + (expected === null ? 1 : 0);

  const snomed = (code: string) => ({ snomed: { system: 'http://snomed.info/sct', code, display: code } });
  const set: Vignette[] = [
    { id: 'acs-first', bundle: bundle([buildPatient(), buildEncounter('29857009')]), expected: snomed('394659003'), setting: 'emergency' },
    {
      id: 'pe-second',
      bundle: bundle([buildPatient({ gender: 'female' }), buildEncounter('29857009'), buildSymptom('c1', '3368006'), buildQuantity('hr', '8867-4', 120, '/min')]),
      expected: snomed('59282003'),
      setting: 'emergency',
    },
    { id: 'pe-third', bundle: bundle([buildPatient({ gender: 'female', birthDate: '2000-01-01' }), buildEncounter('29857009')]), expected: snomed('59282003'), setting: 'emergency' },
    { id: 'sepsis-fourth', bundle: bundle([buildPatient(), buildEncounter('29857009')]), expected: snomed('91302008'), setting: 'emergency' },
    { id: 'not-covered', bundle: bundle([buildPatient(), buildEncounter('29857009')]), expected: snomed('999999'), setting: 'emergency' },
  ];
  const report = evaluateVignettes(kb, set, { alpha: 1 });
  const outcome = (id: string) => report.outcomes.find((x) => x.id === id)!;

  test('ranks: 1, 2, 3, 4 and none', () => {
    expect(set.map((v) => outcome(v.id).rank)).toEqual([1, 2, 3, 4, null]);
  });

  test('each vignette’s Brier score is the sum of squared errors over its differential (a missing diagnosis adds 1)', () => {
    expect(outcome('acs-first').brier).toBeCloseTo(brier(maleOld, 'acs'), 4); // 0.5960
    expect(outcome('pe-second').brier).toBeCloseTo(brier(pleuritic, 'pe'), 4); // 0.8004
    expect(outcome('pe-third').brier).toBeCloseTo(brier(femaleYoung, 'pe'), 4); // 0.9459
    expect(outcome('sepsis-fourth').brier).toBeCloseTo(brier(maleOld, 'sepsis'), 4); // 1.1060
    expect(outcome('not-covered').brier).toBeCloseTo(brier(maleOld, null), 4); // 1.1080
    expect(outcome('acs-first').brier).toBeCloseTo(0.596, 3);
    expect(outcome('not-covered').brier).toBeCloseTo(1.108, 3);
  });

  test('overall: top-1 1/5, top-3 3/5, top-10 4/5, mean Brier, can’t-miss recall 3/4', () => {
    const meanBrier = (brier(maleOld, 'acs') + brier(pleuritic, 'pe') + brier(femaleYoung, 'pe') + brier(maleOld, 'sepsis') + brier(maleOld, null)) / 5;
    expect(report.overall).toEqual({
      n: 5,
      covered: 4,
      top1: 0.2,
      top3: 0.6,
      top10: 0.8,
      brier: Math.round(meanBrier * 1000) / 1000, // 0.911
      // ACS, PE, PE are on the can't-miss list; sepsis at 0.1% is below its threshold.
      cantMissRecall: 0.75,
      cantMissN: 4,
      // Every chart lists ACS and PE (the mini knowledge base's can't-miss diagnoses of chest pain).
      cantMissListed: 2,
    });
    expect(report.overall.brier).toBe(0.911);
  });

  test('covered only: the same without the vignette the knowledge base does not cover', () => {
    expect(report.coveredOnly).toMatchObject({ n: 4, covered: 4, top1: 0.25, top3: 0.75, top10: 1, cantMissRecall: 0.75 });
  });
});

describe('evaluateVignettes: a code carried by several conditions', () => {
  test('ranking any condition that carries the expected code counts, whatever the map order', () => {
    // Chest wall pain is given the PE code too: the code cannot tell the two apart.
    const raw = miniKnowledgeRaw();
    const msk = raw.conditions['msk.json'] as { codes: { snomed: string[] } };
    msk.codes.snomed.push('59282003');
    const shared = assembleKnowledge(raw);
    const out = evaluateVignettes(shared, [vignettes[0]]).outcomes[0];
    const { result } = analyzeSync(shared, { chart: vignettes[0].bundle, setting: 'emergency' });
    const rankOf = (id: string): number => result.differential.findIndex((d) => d.conditionId === id) + 1;
    expect(rankOf('pe')).toBeGreaterThan(0);
    expect(rankOf('msk')).toBeGreaterThan(0);
    expect(out.rank).toBe(Math.min(rankOf('pe'), rankOf('msk')));
    expect(out.expectedConditionId).toBe(rankOf('pe') < rankOf('msk') ? 'pe' : 'msk');
    // Still can't-miss: one of the conditions it names is.
    expect(out.expectedIsCantMiss).toBe(true);
  });
});

describe('a broader diagnosis of the expected one is true for that patient (2026-12-06, session 27)', () => {
  test('malignancy listed beside an expected colorectal cancer counts as right in the calibration pairs and the Brier score', async () => {
    const { loadKnowledge } = await import('../knowledge/load-knowledge');
    const { readClinicalStory, readVignettes } = await import('../../fixtures/read-fixtures');
    const real = loadKnowledge();
    const { bundle } = readVignettes().find((v) => v.file.startsWith('v-064-'))!;
    const story = readClinicalStory(bundle);
    const v: Vignette = { id: bundle.id!, bundle, expected: { snomed: story.expectedDiagnosis.snomed, icd10: story.expectedDiagnosis.icd10 }, setting: story.setting };
    const { result } = analyzeSync(real, { chart: bundle, setting: 'primary-care' });
    expect(result.differential.map((d) => d.conditionId)).toEqual(expect.arrayContaining(['colorectal-cancer', 'malignancy']));
    const truths: number[] = [];
    const r = evaluateVignettes(real, [v], { onCandidate: (p, y) => y === 1 && truths.push(p) });
    expect(r.outcomes[0].expectedConditionId).toBe('colorectal-cancer');
    expect(truths).toHaveLength(2);
    const byHand = result.differential.reduce((a, d) => a + (d.probability - (d.conditionId === 'colorectal-cancer' || d.conditionId === 'malignancy' ? 1 : 0)) ** 2, 0);
    expect(r.outcomes[0].brier).toBeCloseTo(byHand, 3);
  });
});

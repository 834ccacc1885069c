/**
 * The LRINEC score read from the chart's laboratory results (session 36, curator "lrinec").
 *
 * What was examined: `lrinec-score-6-or-more` and `lrinec-score-8-or-more` carried graded ratios for necrotising
 * fasciitis (Fernando 2019 meta-analysis, grade A) but had no match rules, so they counted only when a clinician entered
 * the score; the six items sat on almost every emergency chart of a swollen red leg and were never combined. Session 35
 * designed the derivation and held it back because Wong 2004's identifiers had been seen only in code repositories.
 *
 * What was added and why:
 * - Wong CH et al. 2004 Crit Care Med (the LRINEC derivation), PMID 15241098, registered `unverified`: its title, authors
 *   and abstract were read on the journal's own page; the PMID was seen on a readable page (docscrib.com LRINEC page, its
 *   PubMed link for the score's proposal); the point table was read only in reproductions that attribute it to the paper
 *   (WikEM, sinaiem.org, calculatorlib.com, readycalculator.com, all agreeing). The DOI was seen only in code and is left out.
 * - Seven item thresholds from that table (CRP >= 150 mg/L; white cells >= 15 and > 25 x10^9/L; haemoglobin <= 135 and
 *   < 110 g/L; creatinine > 141 umol/L; glucose > 10 mmol/L) beside the existing sodium < 135, each in its analyte's
 *   correlation group, with no ratios of their own.
 * - `derivedFrom` on both scores: the 18 and 17 smallest combinations of item thresholds whose points reach 6 and 8 (checked
 *   exhaustively against the point sum over every combination of item levels), every item able to refute, so a measured
 *   normal panel reads the score as absent and a partly measured one as unknown unless the measured items settle it.
 * - Hsiao 2020 PLOS ONE (PMID 31978094, doi 10.1371/journal.pone.0227748; read on ouci.dntb.gov.ua and a PubMed mirror,
 *   verified): prospective emergency cohort of limb infections, 106 necrotising fasciitis against 825 severe cellulitis;
 *   LRINEC >= 6 43% / 83% (LR+ 2.53, LR- 0.69), >= 8 27% / 93% (LR+ 3.86, LR- 0.78), grade A, limited to unilateral and
 *   unspecified leg swelling, the complaints whose comparison group (cellulitis of a limb) it measured.
 * - The scores' rule now applies only in those two problems (it named rash and fever too): read from any chart's labs it
 *   would otherwise fire wherever a CRP of 150 meets a low sodium (pneumonia, pyelonephritis), far from the population of
 *   suspected necrotising infection in which both Fernando's and Hsiao's ratios were measured. A clinician's entered score
 *   in rash or fever is now "not applicable here" too: the engine cannot tell an entered score from a derived one.
 *
 * Declined: the Fernando 2019 entries (68.2% / 84.8% and 40.8% / 94.9%, 23 mostly retrospective studies) were left as the
 * pair's default rather than edited in another curator's file; with the rule limited to the leg problems, where Hsiao's
 * entries take precedence, they no longer count anywhere (the lead may delete or restrict them). No ratio was entered for
 * the single items (one score counts once).
 *
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import type { Observation } from '@medplum/fhirtypes';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { buildPatient, buildQuantity } from '../../tests/builders/chart-builder';
import { analyzeSync } from './diagnostic-model';
import { extractFindings } from './extract-findings';
import type { DifferentialResult } from './types';
import { findingStepOf, probOf as prob } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const asOf = '2026-11-20T12:00:00Z';
const man = buildPatient({ gender: 'male', birthDate: '1971-01-01' });

type Chart = Parameters<typeof extractFindings>[0];
const state = (chart: Chart, findingId: string): boolean | undefined => extractFindings(chart, kb, { asOf }).findings.find((f) => f.findingId === findingId)?.present;
const analyse = (chart: Chart, problem: string): DifferentialResult => analyzeSync(kb, { chart, problems: [problem], setting: 'emergency', extractOptions: { asOf } }).result;

/** The six LRINEC items as admission results: CRP (mg/L), white cells (10^9/L), haemoglobin (g/L), sodium, creatinine (umol/L), glucose (mmol/L). */
const panel = (crp: number, wbc: number, hb: number, na: number, cr: number, glu: number): Observation[] => [
  buildQuantity('crp', '1988-5', crp, 'mg/L'),
  buildQuantity('wbc', '6690-2', wbc, '10*9/L'),
  buildQuantity('hb', '718-7', hb, 'g/L'),
  buildQuantity('na', '2951-2', na, 'mmol/L'),
  buildQuantity('cr', '14682-9', cr, 'umol/L'),
  buildQuantity('glu', '2345-7', glu, 'mmol/L'),
];
// Every item scores: 4 + 1 + 1 + 2 + 2 + 1 = 11 points (Wong 2004 table).
const septicLeg: Chart = [man, ...panel(200, 18, 125, 131, 160, 12)];
// Every item below its threshold: 0 points.
const normalPanel: Chart = [man, ...panel(20, 9, 145, 139, 80, 6)];

describe('LRINEC read from the admission laboratory results (Wong 2004 items)', () => {
  test('all six items past their thresholds (11 points) read as LRINEC 6 or more and 8 or more', () => {
    expect(state(septicLeg, 'lrinec-score-6-or-more')).toBe(true);
    expect(state(septicLeg, 'lrinec-score-8-or-more')).toBe(true);
  });

  test('a fully measured normal panel reads both scores as absent', () => {
    expect(state(normalPanel, 'lrinec-score-6-or-more')).toBe(false);
    expect(state(normalPanel, 'lrinec-score-8-or-more')).toBe(false);
  });

  test('CRP 200 with sodium 131 alone is 6 points: 6 or more present, 8 or more unknown (four items unmeasured)', () => {
    const chart: Chart = [man, buildQuantity('crp', '1988-5', 200, 'mg/L'), buildQuantity('na', '2951-2', 131, 'mmol/L')];
    expect(state(chart, 'lrinec-score-6-or-more')).toBe(true);
    expect(state(chart, 'lrinec-score-8-or-more')).toBeUndefined();
  });

  test('a missing item is not read as normal: a CRP of 40 alone leaves the score unknown', () => {
    expect(state([man, buildQuantity('crp', '1988-5', 40, 'mg/L')], 'lrinec-score-6-or-more')).toBeUndefined();
  });

  test('a missing CRP does not block the score when the other items settle it (white cells 30, sodium 130, creatinine 150 = 6)', () => {
    const chart: Chart = [man, buildQuantity('wbc', '6690-2', 30, '10*9/L'), buildQuantity('na', '2951-2', 130, 'mmol/L'), buildQuantity('cr', '14682-9', 150, 'umol/L')];
    expect(state(chart, 'lrinec-score-6-or-more')).toBe(true);
  });

  test('mass units are read too: CRP 160, haemoglobin 10.5 g/dL and creatinine 1.9 mg/dL are 8 points', () => {
    const chart: Chart = [man, buildQuantity('crp', '1988-5', 160, 'mg/L'), buildQuantity('hb', '718-7', 10.5, 'g/dL'), buildQuantity('cr', '2160-0', 1.9, 'mg/dL')];
    expect(state(chart, 'haemoglobin-below-110')).toBe(true);
    expect(state(chart, 'creatinine-over-141')).toBe(true);
    expect(state(chart, 'lrinec-score-8-or-more')).toBe(true);
  });

  test('band edges as published: white cells of exactly 15 and haemoglobin of exactly 13.5 g/dL each score 1', () => {
    const chart: Chart = [man, buildQuantity('wbc', '6690-2', 15, '10*9/L'), buildQuantity('hb', '718-7', 135, 'g/L')];
    expect(state(chart, 'wbc-15-or-more')).toBe(true);
    expect(state(chart, 'wbc-over-25')).toBe(false);
    expect(state(chart, 'haemoglobin-135-or-less')).toBe(true);
    expect(state(chart, 'haemoglobin-below-110')).toBe(false);
  });
});

describe('necrotising fasciitis in leg swelling moves with the charted LRINEC (Hsiao 2020)', () => {
  for (const problem of ['unilateral-leg-swelling', 'leg-swelling']) {
    test(`${problem}: an 11-point panel raises necrotising fasciitis (LR+ 3.86); a normal panel lowers it`, () => {
      const none = analyse([man], problem);
      const high = analyse(septicLeg, problem);
      const normal = analyse(normalPanel, problem);
      expect(prob(high, 'necrotising-fasciitis')).toBeGreaterThan(prob(none, 'necrotising-fasciitis') * 1.5);
      expect(prob(normal, 'necrotising-fasciitis')).toBeLessThan(prob(none, 'necrotising-fasciitis'));
      const step = findingStepOf(high, 'necrotising-fasciitis', 'lrinec-score-8-or-more');
      expect(step?.counted).toBe(true);
      expect(step?.derivedBy?.citation).toBe('wong-2004-critcaremed-lrinec-score');
    });
  }

  test('the two cut-offs count once (one correlation group): with 11 points only the score of 8 or more counts', () => {
    const high = analyse(septicLeg, 'unilateral-leg-swelling');
    expect(findingStepOf(high, 'necrotising-fasciitis', 'lrinec-score-6-or-more')?.counted).toBe(false);
  });
});

describe('outside leg swelling the derived score is not applicable', () => {
  for (const problem of ['fever', 'rash']) {
    test(`${problem}: the same 11-point panel leaves necrotising fasciitis where it was`, () => {
      const none = analyse([man], problem);
      const high = analyse(septicLeg, problem);
      expect(prob(high, 'necrotising-fasciitis')).toBeCloseTo(prob(none, 'necrotising-fasciitis'), 6);
      const step = findingStepOf(high, 'necrotising-fasciitis', 'lrinec-score-8-or-more');
      expect(step?.counted ?? false).toBe(false);
    });
  }
});

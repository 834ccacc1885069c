/**
 * Session 36, second round, curator "bands": heart failure x NT-proBNP by age band, and multiple myeloma x a calcium of
 * 11 mg/dL or more in emergency low back pain.
 *
 * What was examined:
 * - Heart failure x NT-proBNP above the ICON age cut-point carried one ratio for every age: the pooled ICON 2006 strategy
 *   (Januzzi 2006, sensitivity 90%, specificity 84%, LR+ 5.6), and any value above 1800 pg/mL took the same 5.63 at every
 *   age (stories-cardioresp-dyspnoea.json). ICON-RELOADED (Januzzi 2018 JACC, PMID 29544601, abstract read on PubMed)
 *   gives each age band its own: sensitivity 85.7%, 79.3%, 75.9% and specificity 93.9%, 84.0%, 75.0% at 450, 900 and
 *   1800 pg/mL (under 50, 50-75, over 75), individual LR+ 14.08, 4.95 and 3.03 (overall 5.99). The single ratio understated
 *   a positive result under 50 about 2.5-fold and overstated it over 75 about 1.9-fold.
 * - The engine's several-entries-per-pair rule (session 27) chooses an entry by presenting problem only, not by age
 *   (`appliesTo.ageYears` limits one entry; three entries for one pair in one complaint are refused by kb:check). So the
 *   band ratios sit on the band's threshold finding with `requiresPresent` on the band's age finding, all in the
 *   natriuretic-peptide-raised group (one result counts once).
 * - Multiple myeloma is a listed cause of low back pain (policy prior, unquantified) but every myeloma ratio there is
 *   limited to primary care; the emergency calcium ratio added today (s36-general) named fatigue and anaemia only.
 * Added or changed:
 * - evidence/s36b-bands.json: heart-failure x nt-probnp-over-450 (requiresPresent age-under-50, LR+ 14.08),
 *   x nt-probnp-over-900 (age-50-to-75, 4.95), x nt-probnp-over-1800 (age-over-75, 3.03); grade A, present only (a value
 *   under the band's cut-point is the rule-out finding's or the grey zone's, which carries no ratio). Their
 *   `requiresAbsent: nt-probnp-grey-zone` is redundant by construction (a value above the band's cut-point is never in the
 *   grey zone); it keeps the grey-zone finding (and its under-450/900/1800 components) named by some evidence now that the
 *   pooled entry no longer needs it. The lead may prefer to retire that finding instead (the cardioresp guard reads it).
 * - evidence/s25-cardio.json, heart-failure x nt-probnp-above-age-cut-point: `requiresAbsent` now nt-probnp-300-or-more
 *   (was nt-probnp-grey-zone): the pooled strategy no longer counts for any measured value of 300 pg/mL or more (grey zone:
 *   none; above the cut-point: the band's ratio). Its sensitivity and specificity stay, so NT-proBNP is still weighed as a
 *   next test, and a value under 300 still meets the stronger rule-out ratio 0.09 in the same group.
 * - evidence/stories-cardioresp-dyspnoea.json: heart-failure x nt-probnp-over-1800 (LR+ 5.63 at every age) withdrawn; the
 *   pair now holds the over-75 band's 3.03 (a value over 1800 under 75 takes its own band's ratio).
 * - evidence/s36b-bands.json: multiple-myeloma x calcium-11-mg-dl-or-more, LR+ 23.2, grade B, low back pain, emergency
 *   only: the same Kyle 2003 (13%) over Wittenberg 2021 (0.56% of medical emergency admissions) figures. Emergency back
 *   pain patients are on the whole less ill than medical admissions, so the background is unlikely to be too low.
 * Declined:
 * - Kyle 2003's anaemia (73%): the abstract gives no haemoglobin threshold, so it cannot be put on a haemoglobin finding;
 *   in the anaemia complaint it is the complaint itself.
 * - Kyle 2003's creatinine 2 mg/dL or more (19%): no finding at that threshold and no emergency background at it with an
 *   identifier (Scheuermeyer 2017, doi 10.1177/2054358117703985, reports AKI, not a creatinine threshold).
 * Gaps left: a calcium of 11 or more lifts myeloma at any age (no myeloma age ratio in the emergency department; Kyle
 *   2003: 2% under 40); spinal metastases have no calcium ratio in either setting. The cardioresp guard's check that
 *   `nt-probnp-above-age-cut-point` is the counted step at 61 years and 1500 pg/mL now sees `nt-probnp-over-900` counted.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import type { DifferentialResult } from './types';
import { buildQuantity } from '../../tests/builders/chart-builder';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const runPresentation = presentationRunner(kb);

/** An emergency breathless presentation with paroxysmal nocturnal dyspnoea and, when given, an NT-proBNP (pg/mL). */
const breathless = (age: number, ntProBnp: number | undefined): DifferentialResult =>
  runPresentation('dyspnoea', 'emergency', age, 'male', ['+paroxysmal-nocturnal-dyspnoea'], ntProBnp === undefined ? [] : [buildQuantity('ntprobnp', '33762-6', ntProBnp, 'pg/mL', { effectiveDateTime: '2026-06-01T08:00:00Z' })]);

const odds = (x: number): number => x / (1 - x);
const counted = (r: DifferentialResult, id: string): boolean => findingStepOf(r, 'heart-failure', id)?.counted === true;
const natriureticCounted = (r: DifferentialResult): string[] =>
  (r.differential.find((d) => d.conditionId === 'heart-failure')?.steps ?? []).filter((s) => s.kind === 'finding' && s.counted && /probnp/.test(s.findingId)).map((s) => (s as { findingId: string }).findingId);

describe('classic presentations, session 36 second round (bands)', () => {
  test('a positive NT-proBNP takes its own age band\u2019s ratio, one result counted once', () => {
    const young = breathless(40, 600);
    const middle = breathless(61, 1500);
    const old = breathless(80, 2000);
    expect(natriureticCounted(young)).toEqual(['nt-probnp-over-450']);
    expect(natriureticCounted(middle)).toEqual(['nt-probnp-over-900']);
    expect(natriureticCounted(old)).toEqual(['nt-probnp-over-1800']);
    for (const r of [young, middle, old]) {
      expect(counted(r, 'nt-probnp-above-age-cut-point')).toBe(false);
    }
    // ICON-RELOADED: the rule-in ratio falls with age (14.08, 4.95, 3.03).
    const lr = (r: DifferentialResult, id: string): number => findingStepOf(r, 'heart-failure', id)?.lr ?? 0;
    expect(lr(young, 'nt-probnp-over-450')).toBeGreaterThan(lr(middle, 'nt-probnp-over-900'));
    expect(lr(middle, 'nt-probnp-over-900')).toBeGreaterThan(lr(old, 'nt-probnp-over-1800'));
    // A value over 1800 pg/mL under 75 is read in its own band, not at the over-75 ratio.
    const youngVeryHigh = breathless(40, 2000);
    expect(natriureticCounted(youngVeryHigh)).toEqual(['nt-probnp-over-450']);
    expect(counted(breathless(61, 2500), 'nt-probnp-over-900')).toBe(true);
  });

  test('a positive result raises heart failure in every band, most under 50', () => {
    for (const [age, value] of [[40, 600], [61, 1500], [80, 2000]] as const) {
      const none = breathless(age, undefined);
      const positive = breathless(age, value);
      // Odds, not probability: the prior is already high at 80 (LR+ 3.03 is the smallest band ratio).
      expect(odds(p(positive, 'heart-failure'))).toBeGreaterThan(1.5 * odds(p(none, 'heart-failure')));
      expect(rankOf(positive, 'heart-failure')).toBeLessThanOrEqual(rankOf(none, 'heart-failure'));
    }
    expect(rankOf(breathless(40, 600), 'heart-failure')).toBe(1);
  });

  test('the grey zone and the rule-out are unchanged, and NT-proBNP is still a next test', () => {
    const grey = breathless(61, 600);
    expect(natriureticCounted(grey)).toEqual([]);
    const low = breathless(61, 150);
    expect(natriureticCounted(low)).toEqual(['nt-probnp-under-300']);
    expect(p(low, 'heart-failure')).toBeLessThan(p(grey, 'heart-failure'));
    const bare = breathless(70, undefined);
    expect(bare.nextBestTests.map((t) => t.findingId)).toContain('nt-probnp-above-age-cut-point');
  });

  test('emergency low back pain with a calcium of 11 mg/dL or more brings multiple myeloma up', () => {
    const none = runPresentation('low-back-pain', 'emergency', 68, 'male', []);
    const high = runPresentation('low-back-pain', 'emergency', 68, 'male', ['+calcium-11-mg-dl-or-more', '+calcium-above-reference-range']);
    expect(findingStepOf(high, 'multiple-myeloma', 'calcium-11-mg-dl-or-more')?.counted).toBe(true);
    expect(p(high, 'multiple-myeloma')).toBeGreaterThan(5 * p(none, 'multiple-myeloma'));
    expect(rankOf(high, 'multiple-myeloma')).toBeLessThanOrEqual(3);
    expect(rankOf(none, 'multiple-myeloma')).toBeGreaterThan(5);
    // Present only: a calcium below 11 mg/dL (usual in new myeloma) does not lower it.
    const normal = runPresentation('low-back-pain', 'emergency', 68, 'male', ['-calcium-11-mg-dl-or-more']);
    expect(p(normal, 'multiple-myeloma')).toBeGreaterThanOrEqual(0.95 * p(none, 'multiple-myeloma'));
  });
});

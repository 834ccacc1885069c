/**
 * Session 41 (moodlegs): insomnia, low mood or anxiety, fatigue, leg swelling. One change, several declines.
 *
 * CHANGED:
 * - Insomnia disorder x decreased need for sleep, in insomnia only (evidence/s41-moodlegs.json, `appliesTo: insomnia`),
 *   grade C by definition, present side only: LR+ 0.025/0.25 = 0.1 (very rare class midpoint over the model's policy
 *   background, the shape of the adjustment-disorder x major-depressive-episode entry). Citation
 *   morin-2015-natrevdisprimers-insomnia-disorder (Nat Rev Dis Primers 2015, doi 10.1038/nrdp.2015.26, already
 *   registered and verified), abstract re-read 2026-12-07 at nature.com/articles/nrdp201526: insomnia disorder is
 *   'predominantly characterized by dissatisfaction with sleep duration or quality ... along with substantial distress and
 *   impairments of daytime functioning'. The DSM-5 criteria table reproduced at PMC4961463 (Annu Rev Psychol 2015;66:143,
 *   doi 10.1146/annurev-psych-010213-115205; authors not seen, not registered) adds criterion B (distress or impairment)
 *   and H (not adequately explained by a coexisting mental disorder). A person who sleeps about three hours and feels
 *   rested (the finding's definition, a criterion B symptom of a (hypo)manic episode) is neither dissatisfied nor
 *   impaired, so before this entry insomnia disorder led the differential on its 0.438 prior, untouched.
 *   Numbers before -> after (.scratch/probe.ts, 25-year-old woman, insomnia, primary care, +decreased-need-for-sleep):
 *   insomnia disorder 47.7% first -> 8.4% third; major depression 31.7% and anxiety 26.2% now lead; bipolar disorder
 *   1.4% fifth (unchanged: its prior here is the policy 0.005). Fatigue and low mood are untouched (step not counted).
 *
 * DECLINED:
 * - Bipolar disorder prior in insomnia (still policy, so bipolar stays fifth above): searched 'prevalence of bipolar
 *   disorder among patients with chronic insomnia'; found only the reverse direction (insomnia among people with bipolar
 *   disorder: Steinan 2016, Acta Psychiatr Scand, PMID 26590799, PMC5063196, 'Over 40% cases met criteria for Insomnia'),
 *   which is not a share of bipolar disorder among people presenting with insomnia. No finding exists for elevated or
 *   expansive mood (lead: a DSM-5 criterion A finding for mania).
 * - Sleep apnoea in insomnia: already carried by Myers 2013 (JAMA, PMID 23989984; choking or gasping LR 3.3, snoring 1.1),
 *   Netzer 1999 Berlin in primary care, STOP-Bang (Chiu 2017) and male sex; with snoring, obesity and a positive Epworth
 *   it ranks first (30.3% vs insomnia disorder 29.8%). No witnessed-apnoea finding exists; not added (no ratio read).
 * - Heart failure in insomnia (policy prior 0.005; fifth at 2.4% with orthopnoea, PND and oedema in a man of 70): a
 *   definitional entry against insomnia disorder from DSM-5 criterion H was considered and not made, since DSM-5 lets
 *   insomnia disorder coexist with a medical condition ('with other medical comorbidity') and nocturnal breathlessness
 *   also occurs in sleep apnoea. No share of heart failure among insomnia presentations was read.
 * - Fatigue x hypothyroidism: a raised TSH with a low free T4 already establishes hypothyroidism ('meets its
 *   definition', explains the fatigue); with symptoms and a raised TSH alone it is second (19.2%) just behind depression
 *   (20.0%) on Koch 2009's 1/173 prior. No change.
 * - Low mood: adjustment disorder (stressor LR 3.58, onset over 3 months and a full depressive episode both 0.1) rises
 *   to third with a stressor; persistent depressive disorder third with the 2-year criterion. Phaeochromocytoma with
 *   headache, sweating, palpitations and hypertension is eighth (2.5%) on Soltani 2016's pooled ratios (hypertension LR+
 *   0.76) over a policy prior; raised plasma free metanephrines (LR+ 5.77) is the discriminating test. No change.
 * - Leg swelling: chronic kidney disease and compartment syndrome hold policy priors; no cohort share of either among
 *   leg-swelling presentations was read in the time available; hyperthyroidism in bilateral leg swelling not added
 *   (no source read).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const MORIN = 'morin-2015-natrevdisprimers-insomnia-disorder';

describe('session 41 moodlegs: a decreased need for sleep is not insomnia disorder', () => {
  for (const setting of ['primary-care', 'emergency'] as const) {
    test(`${setting}: a 25-year-old woman who sleeps three hours yet feels rested: insomnia disorder no longer first, below depression and anxiety`, () => {
      const r = run('insomnia', setting, 25, 'female', ['+decreased-need-for-sleep']);
      expect(rankOf(r, 'insomnia-disorder')).toBeGreaterThan(1);
      expect(p(r, 'insomnia-disorder')).toBeLessThan(p(r, 'major-depressive-disorder'));
      expect(p(r, 'insomnia-disorder')).toBeLessThan(p(r, 'anxiety-disorder'));
      const step = findingStepOf(r, 'insomnia-disorder', 'decreased-need-for-sleep');
      expect(step?.counted).toBe(true);
      expect(step?.lr).toBeCloseTo(0.1, 3);
      expect(step?.source.citation).toBe(MORIN);
      // bipolar disorder still takes Harvey 2008's ratio and stays in the top five
      expect(rankOf(r, 'bipolar-disorder')).toBeGreaterThan(0);
      expect(rankOf(r, 'bipolar-disorder')).toBeLessThanOrEqual(5);
      expect(p(r, 'bipolar-disorder')).toBeGreaterThan(p(r, 'hyperthyroidism'));
    });
  }

  test('without the finding insomnia disorder still leads (the entry does not lower it otherwise)', () => {
    const r = run('insomnia', 'primary-care', 25, 'female', []);
    expect(rankOf(r, 'insomnia-disorder')).toBe(1);
    const r2 = run('insomnia', 'primary-care', 25, 'female', ['-decreased-need-for-sleep']);
    expect(rankOf(r2, 'insomnia-disorder')).toBe(1);
    expect(findingStepOf(r2, 'insomnia-disorder', 'decreased-need-for-sleep')?.counted ?? false).toBe(false);
  });

  test('scoped to insomnia: in fatigue the step is not counted', () => {
    const r = run('fatigue', 'primary-care', 25, 'female', ['+decreased-need-for-sleep']);
    const step = findingStepOf(r, 'insomnia-disorder', 'decreased-need-for-sleep');
    expect(step?.counted ?? false).toBe(false);
  });

  test('fatigue with a raised TSH and a low free T4: hypothyroidism is established and explains the fatigue (documented, unchanged)', () => {
    const r = run('fatigue', 'primary-care', 50, 'female', ['+weight-gain', '+dry-skin', '+tsh-above-reference-range', '+free-t4-below-reference-range']);
    expect(r.established.map((e) => e.conditionId)).toContain('hypothyroidism');
  });
});

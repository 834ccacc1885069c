/**
 * Textbook presentations of insomnia, tiredness and low mood entered as a clinician would (findings only, no vignette),
 * on the real knowledge base (session 29, round 2, curator r2mind). Two gaps were closed with readable evidence: in the
 * sleep and tiredness complaints the Berlin questionnaire carried the ratio of a respiratory-clinic referral population
 * (Ng 2019: sensitivity 78%, specificity 23%, LR+ 1.01), so a high-risk Berlin result left obstructive sleep apnoea
 * fourth; the primary-care validation (Netzer 1999) now applies there. A decreased need for sleep (a manic or hypomanic
 * symptom) gave bipolar disorder nothing in insomnia; it now carries a grade C ratio from the frequency of reduced sleep
 * need in mania (Harvey 2008). The low-mood tests document the DSM timing and threshold findings already in the base.
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of insomnia, tiredness and low mood (session 29, r2mind)', () => {
  test('a 50-year-old man with difficulty sleeping, habitual snoring and a high-risk Berlin questionnaire: sleep apnoea second, above depression and anxiety', () => {
    // Netzer 1999 (Ann Intern Med, PMID 10507956), abstract: in five primary-care sites, Berlin high risk predicted an RDI
    // above 5 with sensitivity 0.86 and specificity 0.77 (LR+ 3.79 as reported; 0.86/0.23 = 3.74). Myers 2013 (JAMA RCE):
    // snoring LR 1.1. Young 1993: male LR 1.33 (grade C). Prior 0.073 (Krakow 2013). Before: fourth (about 10%), behind
    // major depression (19%) and anxiety (17%), because the default Berlin entry (Ng 2019, respiratory-clinic referrals)
    // has LR+ 0.78/0.77 = 1.01. Still second: insomnia disorder keeps its 0.438 prior, which no apnoea finding lowers.
    // Session 38: the prior is now Sweetman 2021's 0.102 (doctor-diagnosed apnoea in chronic insomnia, a population
    // survey; Krakow's 0.073 was a symptom screen inside the insomnia-disorder group), which puts apnoea level with
    // insomnia disorder here (the two coexist: the sources count comorbid diagnoses), so first or second.
    const r = run('insomnia', 'primary-care', 50, 'male', ['+snoring', '+berlin-questionnaire-high-risk']);
    expect(rankOf(r, 'obstructive-sleep-apnoea')).toBeGreaterThanOrEqual(1);
    expect(rankOf(r, 'obstructive-sleep-apnoea')).toBeLessThanOrEqual(2);
    expect(p(r, 'obstructive-sleep-apnoea')).toBeGreaterThan(p(r, 'major-depressive-disorder'));
    expect(p(r, 'obstructive-sleep-apnoea')).toBeGreaterThan(p(r, 'anxiety-disorder'));
  });

  test('the same man whose wife also reports nocturnal choking or gasping: sleep apnoea leads, above insomnia disorder', () => {
    // Myers 2013 (JAMA, PMID 23989984), abstract: nocturnal choking or gasping is the most useful observation (summary LR
    // 3.3, 95% CI 2.1-4.6). With the primary-care Berlin ratio (3.74) the posterior odds reach about 1.4 against insomnia
    // disorder's 0.65. Before: second (about 28%) behind insomnia disorder (39%).
    const r = run('insomnia', 'primary-care', 50, 'male', ['+snoring', '+berlin-questionnaire-high-risk', '+nocturnal-choking-or-gasping']);
    expect(rankOf(r, 'obstructive-sleep-apnoea')).toBe(1);
    expect(p(r, 'obstructive-sleep-apnoea')).toBeGreaterThan(p(r, 'insomnia-disorder'));
  });

  test('a low-risk Berlin questionnaire lowers sleep apnoea in insomnia: below depression and anxiety, and below its high-risk probability', () => {
    // Netzer 1999: LR- (1 - 0.86)/0.77 = 0.18 in primary care (Ng 2019's LR- was 0.22/0.23 = 0.96).
    const low = run('insomnia', 'primary-care', 50, 'male', ['+snoring', '-berlin-questionnaire-high-risk']);
    const high = run('insomnia', 'primary-care', 50, 'male', ['+snoring', '+berlin-questionnaire-high-risk']);
    expect(p(low, 'obstructive-sleep-apnoea')).toBeLessThan(p(low, 'anxiety-disorder'));
    expect(p(low, 'obstructive-sleep-apnoea')).toBeLessThan(p(high, 'obstructive-sleep-apnoea') / 3);
  });

  test('a 50-year-old man tired all the time, who snores, with a high-risk Berlin questionnaire: sleep apnoea moves into the top five', () => {
    // Netzer 1999 LR+ 3.74 applies in tiredness too (primary-care attenders); the prior is the policy prior (no cited
    // share of apnoea among tired primary-care patients, fatigue.json). Before: eighth (0.7%), behind Parkinson's disease
    // and COPD. Still below coeliac disease and anaemia, whose cited priors (3.3%, 2.8%) outweigh the policy prior.
    const r = run('fatigue', 'primary-care', 50, 'male', ['+snoring', '+berlin-questionnaire-high-risk']);
    expect(rankOf(r, 'obstructive-sleep-apnoea')).toBeGreaterThan(0);
    expect(rankOf(r, 'obstructive-sleep-apnoea')).toBeLessThanOrEqual(5);
    expect(p(r, 'obstructive-sleep-apnoea')).toBeGreaterThan(p(r, 'parkinsons-disease'));
  });

  test('a 25-year-old woman who sleeps three hours a night yet feels rested: bipolar disorder rises into the top five, above hyperthyroidism', () => {
    // Harvey 2008 (Am J Psychiatry, doi 10.1176/appi.ajp.2008.08010098), as quoted in Chronobiol Int 2014: reduced need
    // for sleep in 69-99% of manic patients; lower bound 0.69 over the 0.25 policy background, LR+ 2.76 (grade C, no LR-).
    // Before: ninth (policy prior 0.5%, no ratio). Still wrong: bipolar stays fifth (about 1.4%) because insomnia holds no
    // cited prior for it and the MDQ was validated only in low mood; a cited share of bipolar disorder among insomnia
    // presentations is needed (reported).
    const r = run('insomnia', 'primary-care', 25, 'female', ['+decreased-need-for-sleep']);
    const bare = run('insomnia', 'primary-care', 25, 'female', []);
    expect(rankOf(r, 'bipolar-disorder')).toBeGreaterThan(0);
    expect(rankOf(r, 'bipolar-disorder')).toBeLessThanOrEqual(5);
    expect(p(r, 'bipolar-disorder')).toBeGreaterThan(p(r, 'hyperthyroidism'));
    // LR+ 2.76, about 1.9 after the recalibration (slope about 0.63 on the log odds).
    expect(p(r, 'bipolar-disorder')).toBeGreaterThan(1.5 * p(bare, 'bipolar-disorder'));
  });

  test('a 35-year-old woman low since losing her job six weeks ago, below the PHQ-9 and GAD-2 cut-offs and short of a major depressive episode: adjustment disorder leads', () => {
    // Anastasia 2016: identifiable stressor 0.895 over 0.25 (LR+ 3.58, grade C); Casey 2014: a full major depressive
    // episode excludes adjustment disorder (its absence LR 1.3); Kroenke 2001 PHQ-9 >= 10 sensitivity 0.88, specificity
    // 0.88 (LR- 0.14) for major depression; Plummer 2016 GAD-2 >= 3 sensitivity 0.76, specificity 0.81 (LR- 0.30). Bare,
    // adjustment disorder is sixth (prior 2.9%, Fernandez 2012). The GAD-7 rule is not applied in this complaint (its
    // rule lists other problems: reported), so the GAD-2 is entered.
    const r = run('low-mood-or-anxiety', 'primary-care', 35, 'female', ['+recent-psychosocial-stressor', '-meets-criteria-for-major-depressive-episode', '-phq9-score-10-or-more', '-gad2-score-3-or-more']);
    expect(rankOf(r, 'adjustment-disorder')).toBe(1);
    expect(p(r, 'adjustment-disorder')).toBeGreaterThan(p(r, 'major-depressive-disorder'));
  });

  test('the same stressor, but low mood that began more than three months after it: adjustment disorder falls below dysthymia and bipolar disorder', () => {
    // SAMHSA 2016 (NBK519704) Table 3.19, DSM-5 criterion A: symptoms within 3 months of the onset of the stressor; a later
    // onset is 'excluded' mapped to the very rare class 0.025 over 0.25 (LR 0.1), which outweighs the stressor's 3.58.
    const late = run('low-mood-or-anxiety', 'primary-care', 35, 'female', ['+recent-psychosocial-stressor', '+symptom-onset-over-3-months-after-stressor']);
    const early = run('low-mood-or-anxiety', 'primary-care', 35, 'female', ['+recent-psychosocial-stressor']);
    expect(p(late, 'adjustment-disorder')).toBeLessThan(p(late, 'persistent-depressive-disorder'));
    expect(p(late, 'adjustment-disorder')).toBeLessThan(p(late, 'bipolar-disorder'));
    expect(rankOf(late, 'adjustment-disorder')).toBeGreaterThan(rankOf(early, 'adjustment-disorder'));
  });

  test('a 35-year-old woman low most days for three years, who describes a chronic course, with a positive persistent-depression screener: dysthymia leads', () => {
    // Nübel 2020 (DEGS1-MH) Table 2: self-reported chronic course in 48.9% of persistent depressive disorder against 7.9%
    // of non-chronic major depression (LR+ 6.19, grade B); Brinkmann 2019: persistent depression screener LR+ 2.3. Bare,
    // persistent depressive disorder is fifth (prior 4.6%, Aragonès 2001). Without the screener it is third, behind major
    // depression (27%): no ratio lowers non-chronic major depression for a two-year course (reported).
    const r = run('low-mood-or-anxiety', 'primary-care', 35, 'female', ['+self-reported-chronic-depressive-course', '+depressed-mood-most-days-for-2-years-or-more', '+persistent-depression-screener-positive']);
    expect(rankOf(r, 'persistent-depressive-disorder')).toBe(1);
    expect(p(r, 'persistent-depressive-disorder')).toBeGreaterThan(p(r, 'major-depressive-disorder'));
  });
});

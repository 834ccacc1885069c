/**
 * Textbook presentations of swelling of both legs entered as a clinician would (findings only, no vignette), on the real
 * knowledge base (session 30, curator "legs"). A clinician review found pulmonary hypertension leading the differential of
 * bare bilateral leg swelling in a 68-year-old. Its prior was Blankfield 1998 (Am J Med, PMID 9753021): 19 of 45 (42%)
 * ambulatory adults with bilateral oedema who completed a research work-up with an echocardiogram for everyone, at one
 * inner-city family practice, labelled an exact population match. The causes overlap (15 of the 45 had a cardiac cause),
 * the authors' own follow-up (Blankfield 2000, Arch Intern Med, doi 10.1001/archinte.160.15.2357) defined pulmonary
 * hypertension as an estimated systolic pulmonary pressure above 30 mm Hg, "modest" and tied to obesity and sleep apnoea,
 * and the complaint's coverage source (Ely 2006, doi 10.3122/jabfm.19.2.148) calls venous insufficiency the most common
 * cause in older adults. The figure is now named in the problem's unquantified reason (CURATION, session 11) and
 * pulmonary hypertension takes the usual-cause policy prior. What the remaining cited numbers imply for a bare 68-year-old:
 * a cardiac cause (33%, Blankfield 1998, broader than heart failure) above venous insufficiency (22%), and at 68 heart
 * failure's age ratio (Barasa 2014, 55 or over) widens the gap, so heart failure, not venous insufficiency, is first.
 * Breathlessness now separates the two in primary care (Mant 2009 HTA, dyspnoea sensitivity 89%, specificity 51%).
 * Expectations are about order within one run, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of swelling of both legs (session 30, legs)', () => {
  test('a 68-year-old with bilateral leg swelling and nothing else: pulmonary hypertension no longer leads; heart failure first on the cited cardiac share, venous insufficiency in the top three', () => {
    // Priors: cardiac condition 33% (broader-category) and venous insufficiency 22% (Blankfield 1998); pulmonary
    // hypertension on the usual-cause policy prior (3%), its 42% named in the unquantified reason. Heart failure: age 55 or
    // over (Barasa 2014, LR+ 1.92); venous insufficiency: sex ratio (Correa-Posada 2022, female LR+ 1.6, male 0.40).
    for (const sex of ['male', 'female'] as const) {
      const r = run('bilateral-leg-swelling', 'primary-care', 68, sex, []);
      expect(rankOf(r, 'heart-failure')).toBe(1);
      expect(rankOf(r, 'chronic-venous-insufficiency')).toBeGreaterThan(0);
      expect(rankOf(r, 'chronic-venous-insufficiency')).toBeLessThanOrEqual(3);
      expect(p(r, 'pulmonary-hypertension')).toBeLessThan(p(r, 'heart-failure'));
      expect(p(r, 'pulmonary-hypertension')).toBeLessThan(p(r, 'chronic-venous-insufficiency'));
      const prior = r.differential.find((d) => d.conditionId === 'pulmonary-hypertension')?.steps[0];
      expect(prior?.kind).toBe('prior');
      expect(prior && prior.kind === 'prior' ? prior.policy : undefined).toBe(true);
    }
    // The emergency department borrows the primary-care figures: there too pulmonary hypertension does not lead.
    const ed = run('bilateral-leg-swelling', 'emergency', 68, 'male', []);
    expect(rankOf(ed, 'pulmonary-hypertension')).toBeGreaterThan(1);
  });

  test('a 68-year-old woman with swollen legs and no breathlessness: venous insufficiency first, heart failure lower than without the answer', () => {
    // Mant 2009 (HTA 13(32), IPD meta-analysis for primary care): dyspnoea sensitivity 89%, specificity 51%, so its absence
    // LR 0.11/0.51 = 0.22 for heart failure; venous insufficiency 22% x female 1.6 (Correa-Posada 2022).
    const bare = run('bilateral-leg-swelling', 'primary-care', 68, 'female', []);
    const r = run('bilateral-leg-swelling', 'primary-care', 68, 'female', ['-dyspnoea']);
    expect(rankOf(r, 'chronic-venous-insufficiency')).toBe(1);
    expect(p(r, 'heart-failure')).toBeLessThan(p(bare, 'heart-failure'));
    expect(findingStepOf(r, 'heart-failure', 'dyspnoea')?.lr).toBeCloseTo(0.11 / 0.51, 2);
  });

  test('a 68-year-old woman with swollen legs, orthopnoea and a raised jugular venous pressure: heart failure first, above pulmonary hypertension, and higher than bare', () => {
    // Heart failure: cardiac 33% (Blankfield 1998), age 1.92, orthopnoea LR+ 2.2 (Wang 2005, extended to leg swelling in
    // session 26). Pulmonary hypertension: policy 3%, age 45 or over 1.79 (Blankfield 1998), raised JVP LR+ 2.5 (Calgary
    // right-heart catheterisation cohort). Heart failure has no JVP ratio in leg swelling (Wang 2005's 5.1 is kept to
    // dyspnoea; no primary-care sensitivity could be read): before this session pulmonary hypertension led here.
    const bare = run('bilateral-leg-swelling', 'primary-care', 68, 'female', []);
    const r = run('bilateral-leg-swelling', 'primary-care', 68, 'female', ['+orthopnoea', '+raised-jugular-venous-pressure']);
    expect(rankOf(r, 'heart-failure')).toBe(1);
    expect(p(r, 'heart-failure')).toBeGreaterThan(p(r, 'pulmonary-hypertension'));
    expect(p(r, 'heart-failure')).toBeGreaterThan(p(bare, 'heart-failure'));
  });

  test('a 68-year-old man on amlodipine with swollen ankles and nothing else: medication-induced oedema rises into the top three but heart failure stays first on the cited priors', () => {
    // Medication-induced oedema: usual-cause policy prior 3% (Ely 2006: calcium-channel blockers common causes), times
    // dihydropyridine use LR+ 2.18 (Schindler 2009, 'frequently'). Heart failure keeps the cited cardiac share (33%) and
    // its age ratio. Not first: the trial figure (oedema 10.7% on CCBs against 3.2% on placebo, 12.3% on dihydropyridines,
    // J Hypertens 2011 meta-analysis, PMID 21558959, in the problem's unquantified reason) is a rate among treated
    // patients, not a share of patients presenting with swollen legs, so it cannot be a prior or a ratio.
    const bare = run('bilateral-leg-swelling', 'primary-care', 68, 'male', []);
    const r = run('bilateral-leg-swelling', 'primary-care', 68, 'male', ['+dihydropyridine-calcium-channel-blocker-use']);
    expect(rankOf(r, 'medication-induced-oedema')).toBeGreaterThan(0);
    expect(rankOf(r, 'medication-induced-oedema')).toBeLessThanOrEqual(3);
    expect(rankOf(r, 'medication-induced-oedema')).toBeLessThan(rankOf(bare, 'medication-induced-oedema'));
    expect(p(r, 'medication-induced-oedema')).toBeGreaterThan(p(r, 'pulmonary-hypertension'));
    expect(rankOf(r, 'heart-failure')).toBe(1);
  });

  test('a 68-year-old man whose ankles swelled after starting amlodipine and who is not breathless: medication-induced oedema first', () => {
    // Medication-induced oedema: 3% x dihydropyridine 2.18 x onset after the drug 3.58 (Naranjo 1981 item 2). Heart
    // failure: 33% x age 1.92 x absent dyspnoea 0.22 (Mant 2009). Before this session pulmonary hypertension (42%) led.
    const r = run('bilateral-leg-swelling', 'primary-care', 68, 'male', ['+dihydropyridine-calcium-channel-blocker-use', '+leg-oedema-began-after-starting-suspected-drug', '-dyspnoea']);
    expect(rankOf(r, 'medication-induced-oedema')).toBe(1);
    expect(p(r, 'medication-induced-oedema')).toBeGreaterThan(p(r, 'heart-failure'));
  });

  test('heavy proteinuria with a serum albumin below 25 g/L and oedema on examination establishes nephrotic syndrome at 68; with an albumin only below the reference range it is second to venous insufficiency in a woman of 45', () => {
    // Definition (Hull 2008 BMJ, Box 1): proteinuria above 3-3.5 g/24 h, albumin below 25 g/L, peripheral oedema.
    const r = run('bilateral-leg-swelling', 'primary-care', 68, 'male', ['+proteinuria', '+nephrotic-range-proteinuria', '+serum-albumin-below-25-g-l', '+leg-swelling-sign']);
    expect(r.established.map((d) => d.conditionId)).toContain('nephrotic-syndrome');
    // Ratios only (Kodner 2016 and Hull 2008 defining features, 0.895 over the 0.25 policy background, LR+ 3.58 each for
    // proteinuria, heavy proteinuria given proteinuria, and a low albumin) on a 0.5% policy prior: nephrotic syndrome rises
    // above heart failure and pulmonary hypertension but not above venous insufficiency (22% x female 1.6). A gap, not fixed:
    // no cited frequency of heavy proteinuria among other causes of swollen legs could be read.
    const bare = run('bilateral-leg-swelling', 'primary-care', 45, 'female', []);
    const low = run('bilateral-leg-swelling', 'primary-care', 45, 'female', ['+proteinuria', '+nephrotic-range-proteinuria', '+albumin-below-reference-range']);
    expect(rankOf(low, 'nephrotic-syndrome')).toBeLessThanOrEqual(2);
    expect(p(low, 'nephrotic-syndrome')).toBeGreaterThan(p(bare, 'nephrotic-syndrome'));
    expect(p(low, 'nephrotic-syndrome')).toBeGreaterThan(p(low, 'heart-failure'));
  });
});

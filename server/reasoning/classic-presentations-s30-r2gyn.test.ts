/**
 * Textbook presentations of bleeding in early pregnancy and after the menopause, entered as a clinician would (findings
 * only, no vignette), on the real knowledge base (session 30 round 2, curator "r2gyn").
 *
 * Subchorionic haemorrhage had three graded findings (a haematoma on the scan, an intrauterine pregnancy seen, no
 * intrauterine pregnancy with an adnexal mass); it now also carries fetal cardiac activity and serum progesterone, each
 * derived per cause against the complaint cohort's own frequency (not the pregnancy-loss ratio copied onto it): no fetal
 * cardiac activity LR+ 0.672 / LR- 1.32 (Varner 2016 emergency cohort with Sukur 2014's 13 of 44 haematoma pregnancies
 * miscarrying, an upper bound, emergency only), progesterone under 10 ng/mL LR+ 0.515 / LR- 1.369 (Verhaegen 2012,
 * symptoms alone, with the same Sukur figure). The two share the failing-pregnancy group, so only the stronger counts.
 *
 * Gap, not fixed (no readable figure): endometrial atrophy still has only its three test findings (endometrial thickness,
 * an atrophic cavity at hysteroscopy, an atrophic biopsy). No source read gives the share of women with an atrophic
 * endometrium who are obese, on hormone therapy, over an age cut, or who have vaginal atrophy on examination, so its
 * clinical features do not move it (Jo 2018's age groups and Kim 2017's tables could not be read past the abstract).
 *
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const EPB = 'early-pregnancy-pain-or-bleeding';

describe('classic presentations of bleeding in early pregnancy and after the menopause (session 30 round 2, r2gyn)', () => {
  test('an intrauterine pregnancy with cardiac activity raises a subchorionic haemorrhage above the same scan without it', () => {
    // Varner 2016: no fetal cardiac activity in 42 of 85 bleeding women (0.494) and in at most 0.332 of haematoma
    // pregnancies (3/41 continuing, 38/40 lost, 13/44 haematoma pregnancies lost in Sukur 2014): LR+ 0.672, LR- 1.32.
    // Before this entry the two scans gave the haematoma the same probability.
    const live = run(EPB, 'emergency', 28, 'female', ['+ultrasound-intrauterine-pregnancy-seen', '-ultrasound-no-fetal-cardiac-activity']);
    const failed = run(EPB, 'emergency', 28, 'female', ['+ultrasound-intrauterine-pregnancy-seen', '+ultrasound-no-fetal-cardiac-activity']);
    expect(p(live, 'subchorionic-haemorrhage')).toBeGreaterThan(p(failed, 'subchorionic-haemorrhage'));
    expect(findingStepOf(failed, 'subchorionic-haemorrhage', 'ultrasound-no-fetal-cardiac-activity')?.counted).toBe(true);
    // Miscarriage leads once no cardiac activity is seen (Varner 2016, LR+ 13), the haematoma above it when it is seen.
    expect(rankOf(failed, 'miscarriage')).toBe(1);
    expect(p(live, 'subchorionic-haemorrhage')).toBeGreaterThan(p(live, 'miscarriage'));
  });

  test('a low progesterone lowers a subchorionic haemorrhage and a normal one raises it', () => {
    // Verhaegen 2012 (symptoms alone, 10 ng/mL): sensitivity 66.5%, specificity 96.3% for a non-viable pregnancy, median
    // prevalence 62.9%: a low value in 0.432 of the cohort and at most 0.2225 of haematoma pregnancies: LR+ 0.515,
    // LR- 1.369. Before this entry progesterone left the haematoma at its prior either way.
    const bare = run(EPB, 'primary-care', 30, 'female', []);
    const low = run(EPB, 'primary-care', 30, 'female', ['+progesterone-below-10-ng-ml']);
    const normal = run(EPB, 'primary-care', 30, 'female', ['-progesterone-below-10-ng-ml']);
    expect(p(low, 'subchorionic-haemorrhage')).toBeLessThan(p(bare, 'subchorionic-haemorrhage'));
    expect(p(normal, 'subchorionic-haemorrhage')).toBeGreaterThan(p(bare, 'subchorionic-haemorrhage'));
    expect(rankOf(low, 'miscarriage')).toBe(1);
  });

  test('a live intrauterine pregnancy with a crescentic subchorionic collection: subchorionic haemorrhage first', () => {
    // Sukur 2014 (haematoma an ultrasound diagnosis, grade C 3.58) with the cardiac-activity ratio above; miscarriage is
    // lowered by the cardiac activity (LR- 0.054, Varner 2016) though a haematoma raises it (LR 2.25, Sukur 2014).
    const r = run(EPB, 'emergency', 26, 'female', [
      '+ultrasound-intrauterine-pregnancy-seen',
      '-ultrasound-no-fetal-cardiac-activity',
      '+ultrasound-subchorionic-haematoma',
    ]);
    expect(rankOf(r, 'subchorionic-haemorrhage')).toBe(1);
    expect(p(r, 'subchorionic-haemorrhage')).toBeGreaterThan(p(r, 'miscarriage'));
  });

  test('postmenopausal bleeding with a thin endometrium: endometrial atrophy first, cancer lower than with a thick one', () => {
    // Smith-Bindman 1998 (as summarised by DARE): at 5 mm, any endometrial disease sensitivity 92%, specificity 81%;
    // the complement gives atrophy LR- 10.1 for a thin endometrium; endometrial cancer sensitivity 96%, specificity 61%.
    // Existing evidence (no new ratio for atrophy this round, see the header): recorded so a regression shows.
    const thin = run('postmenopausal-bleeding', 'primary-care', 64, 'female', ['-tvus-endometrial-thickness-5mm-or-more']);
    const thick = run('postmenopausal-bleeding', 'primary-care', 64, 'female', ['+tvus-endometrial-thickness-5mm-or-more']);
    expect(rankOf(thin, 'endometrial-atrophy')).toBe(1);
    expect(p(thin, 'endometrial-cancer')).toBeLessThan(p(thick, 'endometrial-cancer'));
    expect(p(thin, 'endometrial-atrophy')).toBeGreaterThan(p(thick, 'endometrial-atrophy'));
  });
});

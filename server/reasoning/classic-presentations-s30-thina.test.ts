/**
 * Textbook presentations for five thin conditions (session 30, curator "thina"): endometrial atrophy in postmenopausal
 * bleeding, subchorionic haemorrhage in early pregnancy pain or bleeding, exanthematous drug eruption, impetigo and tinea
 * corporis in rash. Two graded entries were added (s30-thina.json): impetigo x a lesion swab culture growing S. aureus or
 * a beta-haemolytic streptococcus (IDSA 2014 guideline, over Totté 2016's 70% lesional S. aureus colonisation in atopic
 * dermatitis), and endometrial atrophy x an endometrial biopsy reported as atrophic (Rotenberg 2022, LR+ only). The other
 * three conditions are probed as they stand (no new entry could be sourced this session). Expectations are about order
 * and direction, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of five thin conditions (session 30, thina)', () => {
  test('a 68-year-old woman with postmenopausal bleeding, a thin endometrium and a biopsy reported as atrophic: endometrial atrophy first and higher than with the scan alone', () => {
    // Gredmark 1995: atrophy in 50% of postmenopausal bleeding (prior). Smith-Bindman 1998: endometrium under 5 mm,
    // LR about 10 for a non-diseased endometrium. Rotenberg 2022: atrophy is a histological diagnosis; biopsy reported as
    // atrophic, 0.895 over the 0.25 policy background, LR+ 3.58 (no LR-).
    const scan = run('postmenopausal-bleeding', 'primary-care', 68, 'female', ['-tvus-endometrial-thickness-5mm-or-more']);
    const r = run('postmenopausal-bleeding', 'primary-care', 68, 'female', ['-tvus-endometrial-thickness-5mm-or-more', '+endometrial-biopsy-atrophic-endometrium']);
    expect(rankOf(r, 'endometrial-atrophy')).toBe(1);
    expect(p(r, 'endometrial-atrophy')).toBeGreaterThan(p(scan, 'endometrial-atrophy'));
    expect(findingStepOf(r, 'endometrial-atrophy', 'endometrial-biopsy-atrophic-endometrium')).toBeDefined();
  });

  test('an atrophic biopsy and a normal hysteroscopy count once for endometrial atrophy (one correlation group)', () => {
    // Sarvi 2016: normal hysteroscopy LR+ about 2.9; the biopsy entry 3.58; both read the same state of the cavity.
    const bx = run('postmenopausal-bleeding', 'primary-care', 68, 'female', ['+endometrial-biopsy-atrophic-endometrium']);
    const both = run('postmenopausal-bleeding', 'primary-care', 68, 'female', ['+endometrial-biopsy-atrophic-endometrium', '+hysteroscopy-normal-atrophic-cavity']);
    expect(p(both, 'endometrial-atrophy')).toBeCloseTo(p(bx, 'endometrial-atrophy'), 6);
  });

  test('a 30-year-old man with honey-coloured crusts: a positive lesion culture raises impetigo and a negative one lowers it', () => {
    // Hartman-Adams 2014: honey-coloured crusts in non-bullous impetigo (70%), LR 2.8. IDSA 2014: Gram stain and culture
    // identify S. aureus or a beta-haemolytic streptococcus (0.895 capped) over 70% lesional S. aureus in atopic
    // dermatitis (Totté 2016): LR+ 1.28, LR- 0.35.
    const clinical = ['+honey-coloured-crusts'];
    const bare = run('rash', 'primary-care', 30, 'male', clinical);
    const pos = run('rash', 'primary-care', 30, 'male', [...clinical, '+skin-lesion-culture-s-aureus-or-beta-haemolytic-streptococcus']);
    const neg = run('rash', 'primary-care', 30, 'male', [...clinical, '-skin-lesion-culture-s-aureus-or-beta-haemolytic-streptococcus']);
    expect(p(pos, 'impetigo')).toBeGreaterThan(p(bare, 'impetigo'));
    expect(p(neg, 'impetigo')).toBeLessThan(p(bare, 'impetigo'));
  });

  test('an annular scaly plaque with hyphae on KOH microscopy: tinea corporis first', () => {
    // ACM 2025 Korean review: annular type 87.6% (LR 3.5); Leung 2020: KOH confirms (defining test, LR+ 3.58).
    const r = run('rash', 'primary-care', 35, 'male', ['+annular-scaly-plaque-raised-border', '+koh-microscopy-fungal-hyphae']);
    expect(rankOf(r, 'tinea-corporis')).toBe(1);
  });

  test('a rash after a drug started in the previous 8 weeks raises exanthematous drug eruption', () => {
    // Naranjo 1981 temporal criterion, 0.895 over the policy 0.25: LR+ 3.58, LR- 0.14.
    const bare = run('rash', 'primary-care', 45, 'female', ['+pruritus']);
    const r = run('rash', 'primary-care', 45, 'female', ['+pruritus', '+drug-started-in-previous-8-weeks']);
    expect(p(r, 'exanthematous-drug-eruption')).toBeGreaterThan(p(bare, 'exanthematous-drug-eruption'));
    expect(rankOf(r, 'exanthematous-drug-eruption')).toBeLessThan(rankOf(bare, 'exanthematous-drug-eruption'));
  });

  test('a subchorionic haematoma on the scan of a live intrauterine pregnancy raises subchorionic haemorrhage', () => {
    // Sukur 2014 (defining ultrasound finding, LR+ 3.58); Varner 2016 background for an intrauterine pregnancy (LR+ 1.41).
    const bare = run('early-pregnancy-pain-or-bleeding', 'emergency', 28, 'female', []);
    const r = run('early-pregnancy-pain-or-bleeding', 'emergency', 28, 'female', ['+ultrasound-subchorionic-haematoma', '+ultrasound-intrauterine-pregnancy-seen']);
    expect(p(r, 'subchorionic-haemorrhage')).toBeGreaterThan(p(bare, 'subchorionic-haemorrhage'));
    expect(rankOf(r, 'subchorionic-haemorrhage')).toBeLessThanOrEqual(2);
  });
});

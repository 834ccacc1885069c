/**
 * Classic presentations, session 39 round 2 (gu2): haematuria, scrotal pain and the women's bleeding complaints.
 *
 * Change (haematuria, primary care): bladder cancer under 55 with visible haematuria.
 * - What was wrong: in primary care a man (or woman) under 55 took Jones 2007's all-ages figure for the sex (urinary
 *   tract cancers in the UK General Practice Research Database, PMID 17493982: men 6.99%, women 3.21% after Khadra's
 *   bladder share) times the general age-55 ratio (LR- 0.2, grade C over a policy background) and the visible-haematuria
 *   ratio (1.77): about 2.6% for a man of 24 with visible haematuria, enough to put bladder cancer first among his
 *   causes. Shapley 2010 (PMC2930247, Table 6) reprints Jones 2007's strata only where the PPV is 5% or more (men from
 *   55, women from 65), so no primary-care figure under 55 was readable (session 38, haemage, left primary care as is
 *   for that reason: an age-only stratum beside Jones's sex-only one cannot be told apart).
 * - Fix: the visible-haematuria age bands of Takeuchi 2021 (PMID 33997630, PMC8105499; population-based cohort of 4453
 *   adults of one county with an initial episode of haematuria; Table 3, gross haematuria, lower-tract urothelial
 *   carcinoma: 18-34 1/203 0.5%, 35-44 1/182 0.5%, 45-54 12/260 4.6%), already used in the emergency department, are
 *   entered for primary care as other-setting with `populationWith: visible-haematuria`. A figure measured in patients
 *   with a finding is the narrower stratum and is chosen over Jones's sex-only figure, so the engine can tell them apart;
 *   the age is held by the prior (the age-55-or-over ratio is not counted again) and so is visible haematuria.
 * - Limits, stated in the locators: Table 3 is not split by sex (Table 2: men 5.8%, women 2.0% over all ages), so the
 *   bands overstate a woman's figure and understate a man's. The any-haematuria bands (0.19%, 0.34%, 1.61%) are not
 *   entered: they would tie with Jones's sex figure; so a patient under 55 without visible haematuria recorded keeps the
 *   Jones figure and the age ratio (about 1.5% for a man of 24, still above the 0.19% measured): a lead, not fixed.
 *
 * Looked at and declined (see the report): epididymo-orchitis first in scrotal pain without findings follows the Roth
 * 2018 emergency cohort (58.4% genital/paragenital infection, 9.5% torsion); no cited frequency of dysuria or fever in
 * adult epididymitis with an identifier was read (a review gives fever in about a quarter of adults, which would not
 * discriminate), so no ratio for their absence was added.
 * Expectations are about direction and scope, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, probOf as p } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const TAKEUCHI = 'takeuchi-2021-mayocpiqo-haematuria-cancer-prevalence';

describe('classic presentations, session 39 round 2 (gu2)', () => {
  test('primary-care bladder-cancer priors: Takeuchi visible-haematuria bands under 55 only, beside the Jones and Shapley figures', () => {
    const pc = (kb.problems.get('haematuria')!.priors['primary-care'] ?? []).filter((x) => x.condition === 'bladder-cancer');
    const bands = pc.filter((x) => x.source.citation === TAKEUCHI);
    expect(bands.length).toBe(3);
    for (const b of bands) {
      expect(b.populationMatch).toBe('other-setting');
      expect(b.populationWith).toBe('visible-haematuria');
      expect(b.populationAgeYears?.max).toBeLessThan(55);
      expect(b.populationSex).toBeUndefined();
    }
    // The all-ages figures by sex are kept for everyone else.
    expect(pc.filter((x) => x.source.citation === 'jones-2007-bmj-alarm-symptoms-cancer-gprd' && !x.populationAgeYears).length).toBe(2);
    expect(kb.citations.get(TAKEUCHI)?.status).toBe('verified');
  });

  test('a man of 24 with visible haematuria in primary care: the age band is the prior, and bladder cancer is not first', () => {
    const r = run('haematuria', 'primary-care', 24, 'male', ['+visible-haematuria']);
    expect(priorStepOf(r, 'bladder-cancer')?.source?.citation).toBe(TAKEUCHI);
    expect(findingStepOf(r, 'bladder-cancer', 'age-55-or-over')?.counted ?? false).toBe(false);
    expect(r.differential[0].conditionId).not.toBe('bladder-cancer');
    expect(p(r, 'bladder-cancer')).toBeLessThan(p(r, 'urinary-tract-infection'));
    expect(p(r, 'bladder-cancer')).toBeLessThan(p(r, 'urolithiasis'));
  });

  test('a man of 24 with visible haematuria and proteinuria in primary care: glomerulonephritis above bladder cancer', () => {
    const r = run('haematuria', 'primary-care', 24, 'male', ['+visible-haematuria', '+proteinuria']);
    expect(p(r, 'glomerulonephritis')).toBeGreaterThan(p(r, 'bladder-cancer'));
  });

  test('age still raises bladder cancer in primary care: 50 above 24, and 65 (Shapley band) above 50', () => {
    const at = (age: number) => p(run('haematuria', 'primary-care', age, 'male', ['+visible-haematuria']), 'bladder-cancer');
    expect(at(50)).toBeGreaterThan(at(24));
    expect(at(65)).toBeGreaterThan(at(50));
    const old = run('haematuria', 'primary-care', 65, 'male', ['+visible-haematuria']);
    expect(priorStepOf(old, 'bladder-cancer')?.source?.citation).toBe('shapley-2010-bjgp-ppv-5-percent-cancer-primary-care-review');
  });

  test('a man of 68 with painless visible haematuria in primary care: bladder cancer still first', () => {
    const r = run('haematuria', 'primary-care', 68, 'male', ['+visible-haematuria', '-dysuria', '-flank-pain']);
    expect(r.differential[0].conditionId).toBe('bladder-cancer');
  });

  test('without visible haematuria recorded, a man of 24 keeps the Jones figure (the any-haematuria bands are not entered)', () => {
    const r = run('haematuria', 'primary-care', 24, 'male', []);
    expect(priorStepOf(r, 'bladder-cancer')?.source?.citation).toBe('jones-2007-bmj-alarm-symptoms-cancer-gprd');
  });
});

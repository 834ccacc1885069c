/**
 * Textbook presentations of bleeding or pain in early pregnancy entered as a clinician would (findings only, no
 * vignette), on the real knowledge base (session 28, early-pregnancy curator). Before this session an intrauterine
 * pregnancy seen on the scan did not move ectopic pregnancy at all: it stayed second or third at its prior (13%, Dart
 * 1999) beside a live intrauterine pregnancy. An ectopic pregnancy with an intrauterine one is a heterotopic
 * pregnancy: 'a rare condition thought to occur in 1 of 30,000 spontaneous pregnancies' (Molloy 1990, Fertil Steril,
 * PMID 2140992), about 0.17% of ectopic pregnancies against ectopic pregnancy in about 2% of pregnancies (ACOG Practice
 * Bulletin 193, 2018), and 5.1% of ectopic pregnancies even after assisted reproduction (Perkins 2015, Obstet Gynecol,
 * 485 of 9,480); graded C at the HPO very-rare midpoint (0.025) over the 63.5% of women with early-pregnancy bleeding
 * whose emergency scan shows an intrauterine pregnancy (Varner 2016): LR+ 0.039, LR- 2.67 when no intrauterine
 * pregnancy is seen. Expectations are about order, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const problem = 'early-pregnancy-pain-or-bleeding';

/** Ranked below the first three, or not listed at all. */
const outOfTopThree = (rank: number): boolean => rank === 0 || rank > 3;

describe('classic presentations of bleeding or pain in early pregnancy (session 28, early pregnancy)', () => {
  for (const setting of ['emergency', 'primary-care'] as const) {
    test(`${setting}: bleeding with an intrauterine pregnancy on the scan: ectopic pregnancy leaves the first three`, () => {
      // Molloy 1990 / Perkins 2015 over Varner 2016: intrauterine pregnancy seen, LR+ 0.039 for ectopic pregnancy.
      const r = run(problem, setting, 28, 'female', ['+ultrasound-intrauterine-pregnancy-seen']);
      expect(rankOf(r, 'miscarriage')).toBe(1);
      expect(outOfTopThree(rankOf(r, 'ectopic-pregnancy'))).toBe(true);
    });
  }

  test('threatened miscarriage: bleeding with a live intrauterine pregnancy and no haematoma leads with miscarriage, ectopic pregnancy out of the first three', () => {
    // Same entry (Molloy 1990 / Perkins 2015 over Varner 2016); no subchorionic haematoma on the scan (Sukur 2014, LR- 0.14).
    const r = run(problem, 'emergency', 28, 'female', ['+ultrasound-intrauterine-pregnancy-seen', '-ultrasound-no-fetal-cardiac-activity', '-ultrasound-subchorionic-haematoma']);
    expect(rankOf(r, 'miscarriage')).toBe(1);
    expect(outOfTopThree(rankOf(r, 'ectopic-pregnancy'))).toBe(true);
  });

  test('pregnancy of unknown location: no intrauterine pregnancy on the scan puts ectopic pregnancy second, far above where a seen one leaves it', () => {
    // LR- 2.67 (0.975/0.365) of the same entry when the scan shows no intrauterine pregnancy.
    const pul = run(problem, 'emergency', 30, 'female', ['-ultrasound-intrauterine-pregnancy-seen']);
    const bare = run(problem, 'emergency', 30, 'female', []);
    const iup = run(problem, 'emergency', 30, 'female', ['+ultrasound-intrauterine-pregnancy-seen']);
    expect(rankOf(pul, 'ectopic-pregnancy')).toBeLessThanOrEqual(2);
    expect(p(pul, 'ectopic-pregnancy')).toBeGreaterThan(p(bare, 'ectopic-pregnancy'));
    expect(p(iup, 'ectopic-pregnancy')).toBeLessThan(p(bare, 'ectopic-pregnancy') / 5);
  });

  test('no intrauterine pregnancy with peritoneal signs or cervical motion tenderness: ectopic pregnancy leads', () => {
    // LR- 2.67 for no intrauterine pregnancy (this entry) with Buckley 1999's peritoneal signs or definite cervical
    // motion tenderness (sensitivity 0.31, specificity 0.94, existing entry).
    const r = run(problem, 'emergency', 30, 'female', ['-ultrasound-intrauterine-pregnancy-seen', '+peritoneal-signs-or-definite-cervical-motion-tenderness']);
    expect(rankOf(r, 'ectopic-pregnancy')).toBe(1);
  });

  test('empty uterus with an adnexal mass on transvaginal ultrasound: ectopic pregnancy leads (guard: the same correlation group counts once)', () => {
    // Crochet 2013 JAMA RCE: adnexal mass without an intrauterine pregnancy, LR+ 111 (supersedes the LR- 2.67 of this entry).
    const r = run(problem, 'emergency', 30, 'female', ['+tvus-adnexal-mass-without-intrauterine-pregnancy', '-ultrasound-intrauterine-pregnancy-seen', '+adnexal-tenderness']);
    expect(rankOf(r, 'ectopic-pregnancy')).toBe(1);
  });
});

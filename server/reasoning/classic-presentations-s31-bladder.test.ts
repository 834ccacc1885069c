/**
 * Textbook presentations of bladder pain syndrome, glomerular haematuria and their guards, entered as a clinician would
 * (problem, setting, age, sex, findings; no vignette), on the real knowledge base (session 31, curator bladder). No
 * knowledge was changed in this session: every test below is a guard of an order that already holds.
 *
 * Gaps seen and not fixed (no number could be read in a source with an identifier):
 * - Pelvic pain: the problem's priors come from cohorts of ACUTE pelvic pain (Huchon 2014 excluded chronic pelvic pain;
 *   Kruszka 2010 and Siedentopf 2016 are acute presentations). Non-specific abdominal pain (33%, Siedentopf 2016) moves on
 *   no bladder finding, so interstitial cystitis stays second behind it even in a textbook six-month bladder pain with a
 *   normal pelvic examination and ultrasound; without those negatives pelvic inflammatory disease and ovarian cyst
 *   (can't-miss, so a duration finding may not lower them, session 14) also stay above it. A "chronic pelvic pain"
 *   problem refining pelvic pain by duration, with its own cohort's priors, is the structural fix.
 * - Pelvic pain: urinary tract infection is on the 0.5% policy prior, so a 30-year-old woman with dysuria, frequency and a
 *   positive nitrite ranks it fifth, behind non-specific pain, PID, ovarian cyst and miscarriage, none of which is lowered
 *   by a positive nitrite. Huchon 2014 Table 1 gives 'urologic disease 10 (1.9%)' (a category) and was not entered.
 * - Haematuria: red cell casts and visible haematuria within days of an upper respiratory infection (synpharyngitic
 *   haematuria of IgA nephropathy) have no finding: Stark 2025 (Karger, red cell cast accuracy) was read only to its
 *   acanthocyte figures; the 40-50% synpharyngitic frequency was read only in Medscape, AccessMedicine and BMJ Best
 *   Practice pages, without an identifier. Glomerulonephritis leads only through the dysmorphic red cell pattern.
 * - Haematuria, emergency: benign prostatic hyperplasia's 24.3% prior (Öztürk Sönmez 2023, all prostate disease) has no
 *   age band and ranks second for a 24-year-old man.
 * Expectations are about order and direction, not percentages: the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, listedProbOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const bladderPainSyndrome = [
  '+pelvic-pain-over-6-months',
  '+bladder-pain-worse-with-filling-or-food-or-relieved-by-voiding',
  '+urinary-frequency',
  '+urinary-urgency',
  '+nocturia',
  '-urine-nitrite-positive',
  '-urine-hcg-positive',
  '-cervical-motion-tenderness',
  '-adnexal-tenderness',
  '-ultrasound-ovarian-cyst-or-enlargement',
];
const glomerularHaematuria = [
  '+visible-haematuria',
  '+proteinuria',
  '+urine-red-cells-dysmorphic-glomerular-pattern',
  '-dysuria',
  '-urine-nitrite-positive',
  '-urine-leukocyte-esterase-positive',
  '-ct-kub-ureteral-stone',
  '-flank-pain',
];

describe('classic presentations of bladder pain and glomerular haematuria (session 31, bladder)', () => {
  test('every finding id used here exists', () => {
    const ids = [...bladderPainSyndrome, ...glomerularHaematuria, '+current-smoker', '+dysuria'].map((f) => f.replace(/^[+-]/, ''));
    expect(ids.filter((id) => !kb.findings.has(id))).toEqual([]);
  });

  test('a 42-year-old woman with six months of bladder pain relieved by voiding, urgency, frequency and nocturia, a normal pelvic examination and scan: interstitial cystitis above every acute gynaecological cause', () => {
    // Koçak 2020 (chronic > 6 months, defining, C), Warren 2008 (pain with filling, C), Clemens 2011 (urgency, C); Iwata
    // 2022 (cervical motion and adnexal tenderness absent lower PID). Non-specific abdominal pain still heads the list
    // (gap in the header). Since knowledge 2.168.0 (session 33) a pain of more than six months takes the chronic-pelvic-pain
    // cohorts' figures (Zondervan 1999, non-specific 28%; Williams 2004, IBS 35%) in place of the acute ones, and nothing
    // lowers IBS when bowel symptoms are absent, so interstitial cystitis is third, behind both (a gap, CURATION.md).
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('pelvic-pain', setting, 42, 'female', bladderPainSyndrome);
      const ic = listedProbOf(r, 'interstitial-cystitis');
      expect(rankOf(r, 'interstitial-cystitis')).toBeLessThanOrEqual(3);
      expect(ic).toBeGreaterThan(p(r, 'pelvic-inflammatory-disease'));
      expect(ic).toBeGreaterThan(p(r, 'ovarian-cyst'));
      expect(ic).toBeGreaterThan(p(r, 'endometriosis'));
      expect(ic).toBeGreaterThan(p(r, 'urinary-tract-infection'));
      const step = findingStepOf(r, 'interstitial-cystitis', 'pelvic-pain-over-6-months');
      expect(step?.counted).toBe(true);
      expect(step?.grade).toBe('C');
    }
  });

  test('a 24-year-old man with visible haematuria, proteinuria, glomerular red cells, a negative dipstick for infection and no stone on CT: glomerulonephritis first, above bladder cancer, stones and BPH', () => {
    // Offringa & Benbassat 1992 (dysmorphic pattern LR+ 17.6, A), Shen 2010 (proteinuria, C); Bent 2002 and the dipstick
    // meta-analysis lower UTI; the CT KUB's negative result lowers stones.
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('haematuria', setting, 24, 'male', glomerularHaematuria);
      const gn = listedProbOf(r, 'glomerulonephritis');
      expect(rankOf(r, 'glomerulonephritis')).toBe(1);
      expect(gn).toBeGreaterThan(p(r, 'bladder-cancer'));
      expect(gn).toBeGreaterThan(p(r, 'urolithiasis'));
      expect(gn).toBeGreaterThan(p(r, 'benign-prostatic-hyperplasia'));
    }
  });

  test('guard: a 68-year-old smoker with painless visible haematuria: bladder cancer first in both settings', () => {
    // Khadra 2000 (visible haematuria, per-cause B), Vilensky 2011 (current smoking, C), Minotti 2020 (loin pain).
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('haematuria', setting, 68, 'male', ['+visible-haematuria', '+current-smoker', '-flank-pain']);
      expect(rankOf(r, 'bladder-cancer')).toBe(1);
    }
  });

  test('guard: dysuria, frequency and a positive nitrite raise urinary tract infection above interstitial cystitis in a 30-year-old woman with pelvic pain', () => {
    // Bent 2002 (dysuria, frequency) and the nitrite meta-analysis (A). UTI is not first here (gap in the header).
    const bare = run('pelvic-pain', 'primary-care', 30, 'female', []);
    const r = run('pelvic-pain', 'primary-care', 30, 'female', ['+dysuria', '+urinary-frequency', '+urine-nitrite-positive']);
    expect(listedProbOf(r, 'urinary-tract-infection')).toBeGreaterThan(p(bare, 'urinary-tract-infection'));
    expect(p(r, 'urinary-tract-infection')).toBeGreaterThan(p(r, 'interstitial-cystitis'));
  });
});

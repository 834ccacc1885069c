/**
 * Textbook presentations of haematuria entered as a clinician would (problem, setting, age, sex, findings; no vignette),
 * on the real knowledge base (session 30, round 2, curator r2haem). A clinician review found that a bare haematuria in a
 * 36-year-old woman in general practice listed systemic lupus erythematosus second, above stones and
 * glomerulonephritis. Its place came from policy, not from a figure: SLE was an unquantified member at the 0.5% policy
 * prior, raised by its own female (1.755) and age-under-50 (1.79) ratios, while glomerulonephritis of every kind, lupus
 * nephritis included, has a cited general-practice share of 0.1% of women and 0.2% of men with haematuria (Jones 2009,
 * GPRD). SLE is no longer a separate member of haematuria (glomerular haematuria is weighed through glomerulonephritis).
 * Visible against non-visible haematuria is now a finding (`visible-haematuria`, SNOMED CT 197941005, ICD-10-CM R31.0)
 * with per-cause ratios from Khadra 2000's 1,930 haematuria-clinic patients; loin pain raises stones (grade C, presence
 * only: its absence is not entered, since the frequency is that of renal colic, not of every stone found on a work-up); current smoking raises bladder cancer a little (grade C).
 *
 * Gaps seen and not fixed (no readable figure): endometriosis (policy prior 0.5% with its age ratio) still ranks second
 * in the bare 36-year-old woman's list, above the cited stone share (0.6%); red cell casts, a raised creatinine and a
 * recent upper respiratory infection (synpharyngitic haematuria of IgA nephropathy) have no ratio for
 * glomerulonephritis; glomerular red cells give the non-glomerular causes no complementary ratio (the 5% frequency in
 * non-glomerular bleeding is above the 4% floor a policy background allows), so urinary tract infection must be lowered
 * by a negative dipstick. Expectations are about order and direction, not percentages: the recalibration is refitted
 * whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, listedProbOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of haematuria (session 30, r2haem)', () => {
  test('every finding id used here exists', () => {
    const ids = [
      'visible-haematuria',
      'flank-pain',
      'current-smoker',
      'dysuria',
      'urine-nitrite-positive',
      'urine-leukocyte-esterase-positive',
      'urine-red-cells-dysmorphic-glomerular-pattern',
      'proteinuria',
    ];
    expect(ids.filter((id) => !kb.findings.has(id))).toEqual([]);
  });

  test('a bare haematuria in a 36-year-old woman in general practice: infection first, and lupus is not a member of its own', () => {
    // Jones 2009 (BMJ, GPRD, 4,723 women with a first haematuria): urinary tract infection within 90 days 14.3%, renal
    // calculi 0.6%, glomerulonephritis (any kind) within three years 0.1%. SLE had been listed at the 0.5% policy prior,
    // above the cited share of the glomerular disease it causes haematuria through.
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('haematuria', setting, 36, 'female', []);
      expect(rankOf(r, 'systemic-lupus-erythematosus')).toBe(0);
      expect(rankOf(r, 'urolithiasis')).toBeGreaterThan(0);
      expect(rankOf(r, 'bladder-cancer')).toBeGreaterThan(0);
    }
    expect(rankOf(run('haematuria', 'primary-care', 36, 'female', []), 'urinary-tract-infection')).toBe(1);
  });

  test('a 68-year-old man in general practice with painless visible haematuria: bladder cancer first; non-visible haematuria lowers it', () => {
    // Khadra 2000 (J Urol, PMID 10647670): bladder cancer 12% of 1,930; 51 of the 982 microscopic haematurias had cancer
    // (4 of them kidney or upper tract): visible haematuria in 185 of 232 bladder cancers (0.797) against 763 of 1,698
    // other patients (0.449), LR+ 1.77, LR- 0.37. Before, bladder cancer (7.0% GPRD prior, age 55 or over 1.8) ranked
    // second behind benign prostatic hyperplasia whatever the kind of haematuria.
    const visible = run('haematuria', 'primary-care', 68, 'male', ['+visible-haematuria']);
    const nonVisible = run('haematuria', 'primary-care', 68, 'male', ['-visible-haematuria']);
    const bare = run('haematuria', 'primary-care', 68, 'male', []);
    expect(rankOf(visible, 'bladder-cancer')).toBe(1);
    expect(listedProbOf(visible, 'bladder-cancer')).toBeGreaterThan(p(bare, 'bladder-cancer'));
    expect(p(nonVisible, 'bladder-cancer')).toBeLessThan(p(bare, 'bladder-cancer'));
    // Kidney and upper tract tumours: 10 of 14 visible (0.714) against 938 of 1,916 (0.490), LR+ 1.46.
    expect(p(visible, 'renal-cancer')).toBeGreaterThan(p(bare, 'renal-cancer'));
  });

  test('a 68-year-old man in the emergency department with painless visible haematuria: bladder cancer above stones', () => {
    // Stones' emergency prior is a proxy of 23.1% (Öztürk Sönmez 2023, hospitalised macroscopic haematuria). Minotti 2020:
    // renal colic 'is characterized by sudden onset of severe loin pain' (0.895 capped over the 0.25 policy background:
    // LR+ 3.58 in haematuria only; its absence is not entered, session 30 review). Khadra 2000: visible haematuria LR+ 1.77
    // for bladder cancer.
    const bare = run('haematuria', 'emergency', 68, 'male', []);
    const r = run('haematuria', 'emergency', 68, 'male', ['+visible-haematuria', '-flank-pain']);
    expect(p(r, 'urolithiasis')).toBeCloseTo(p(bare, 'urolithiasis'), 6);
    expect(listedProbOf(r, 'bladder-cancer')).toBeGreaterThan(p(r, 'urolithiasis'));
    expect(listedProbOf(r, 'bladder-cancer')).toBeGreaterThan(p(bare, 'bladder-cancer'));
  });

  test('a 40-year-old man in the emergency department with haematuria and loin pain: stones first, and higher than without the pain', () => {
    // Minotti 2020 (loin pain defines renal colic; LR+ 3.58 in haematuria). Pyelonephritis also rises with flank pain
    // (Sweden, upper vs lower UTI, sensitivity 0.88, specificity 0.77) but from the 0.5% policy prior.
    const bare = run('haematuria', 'emergency', 40, 'male', []);
    const r = run('haematuria', 'emergency', 40, 'male', ['+flank-pain']);
    expect(rankOf(r, 'urolithiasis')).toBe(1);
    expect(listedProbOf(r, 'urolithiasis')).toBeGreaterThan(p(bare, 'urolithiasis'));
    expect(listedProbOf(r, 'urolithiasis')).toBeGreaterThan(p(r, 'acute-pyelonephritis'));
  });

  test('current smoking raises bladder cancer in haematuria', () => {
    // Vilensky 2011 (Can Urol Assoc J, PMC3478385): 33 of 100 bladder cancer patients smoked at diagnosis, over the 0.25
    // policy background: LR+ 1.32 (grade C), in haematuria only.
    const visible = run('haematuria', 'primary-care', 68, 'male', ['+visible-haematuria']);
    const smoker = run('haematuria', 'primary-care', 68, 'male', ['+visible-haematuria', '+current-smoker']);
    expect(listedProbOf(smoker, 'bladder-cancer')).toBeGreaterThan(p(visible, 'bladder-cancer'));
  });

  test('visible haematuria recorded in a woman with dysuria counts as haematuria for urinary tract infection', () => {
    // findings/haematuria.json: visible haematuria implies haematuria (presentOnly); Bent 2002 (JAMA RCE): haematuria
    // LR 2.0 for UTI in women with urinary symptoms (applies in dysuria).
    const bare = run('dysuria', 'primary-care', 30, 'female', []);
    const r = run('dysuria', 'primary-care', 30, 'female', ['+visible-haematuria']);
    expect(listedProbOf(r, 'urinary-tract-infection')).toBeGreaterThan(p(bare, 'urinary-tract-infection'));
  });

  test('a 25-year-old woman with non-visible haematuria, glomerular red cells, proteinuria and a negative dipstick for infection: glomerulonephritis first', () => {
    // Offringa & Benbassat 1992: dysmorphic red cell pattern sensitivity 0.88, specificity 0.95 for glomerular bleeding
    // (LR+ 17.6); Shen 2010: proteinuria in 39 of 57 IgA nephropathies with haematuria (LR+ 2.74). UTI: dysuria LR- 0.5,
    // nitrite LR- 0.58 (Bent 2002; meta-analysis), leucocyte esterase sensitivity 0.76, specificity 0.46.
    const r = run('haematuria', 'primary-care', 25, 'female', [
      '-visible-haematuria',
      '+urine-red-cells-dysmorphic-glomerular-pattern',
      '+proteinuria',
      '-dysuria',
      '-urine-nitrite-positive',
      '-urine-leukocyte-esterase-positive',
    ]);
    expect(rankOf(r, 'glomerulonephritis')).toBe(1);
    expect(listedProbOf(r, 'glomerulonephritis')).toBeGreaterThan(p(r, 'bladder-cancer'));
    expect(rankOf(r, 'systemic-lupus-erythematosus')).toBe(0);
  });
});

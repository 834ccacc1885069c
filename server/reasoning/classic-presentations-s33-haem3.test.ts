/**
 * Textbook presentations of haematuria in adults entered as a clinician would (problem, setting, age, sex, findings; no
 * vignette), on the real knowledge base (session 33, round 2, curator haem3: glomerulonephritis, renal cell carcinoma,
 * bladder cancer, both settings).
 *
 * What was wrong: a 30-year-old woman in the emergency department with NON-visible haematuria, proteinuria, acanthocytes
 * of 5% or more and a negative dipstick for infection had urinary stones first (18.8%) and glomerulonephritis second,
 * because the emergency stone prior (23.1%) and the prostate prior (24.3%) come from Öztürk Sönmez 2023 (doi
 * 10.4274/eajem.galenos.2023.57615), 78 patients admitted with MACROSCOPIC haematuria (abstract, Aim and Results), and
 * were used for every haematuria. Both priors now carry `populationWith: visible-haematuria` with `usedWhenUnknown`
 * (problems/haematuria.json): a patient recorded with non-visible haematuria takes the general-practice figures of Jones
 * 2009 (renal calculi within 90 days in 0.6% of women and 1.9% of men with a first haematuria; prostatic hypertrophy 7.3%
 * of men) as other-setting figures; a visible or unrecorded kind keeps the emergency figure, so the bare lists do not
 * move. Glomerulonephritis is now first there (Köhler 1991, acanthocytes >= 5%: sensitivity 52%, specificity 98%, A;
 * Shen 2010 proteinuria, C). The glomerulonephritis reason that said "the policy prior applies in the emergency
 * department" was corrected: the entry names no settings, so the general-practice figure is borrowed, as the engine does.
 *
 * Already right and guarded here: an older smoker (a woman of 72 here; the man of 68 is in the session-31 file) with
 * painless visible haematuria has bladder cancer first in both settings (Jones 2007/Khadra 2000 priors, Khadra 2000
 * visible haematuria, B; Vilensky 2011 smoking, C); an ultrasound upper-tract tumour (Rofo 1996, sensitivity 56%,
 * specificity 94%, A) and a clear cystoscopy (Scand J Urol 2015, A) put renal cancer above bladder cancer.
 *
 * Gaps seen and not fixed (no figure readable in a source with an identifier; leads in the curator's report):
 * - Nephritic picture without urine microscopy (a young man with visible haematuria, proteinuria, oedema, hypertension, a
 *   raised creatinine and a recent sore throat): glomerulonephritis is sixth, behind infection, polycystic kidney disease,
 *   bladder cancer, stones and BPH. Nothing weighs oedema, a raised creatinine or a preceding throat infection for
 *   glomerulonephritis (only Offringa 1992, Köhler 1991, Hamadah 2018, Shen 2010, Eardley 2004 and a hypertension ratio),
 *   and polycystic kidney disease rises on hypertension (3.49) and proteinuria (3.69, Fraile 2010: 92% in a late-diagnosed
 *   cohort where every patient had chronic renal failure; Chapman 1994 found overt proteinuria in 48 of 270, but no
 *   identifier was seen). Red cell casts have no finding: Stark 2025 (Karger) was read only to its acanthocyte figures
 *   (sensitivity 68%, specificity 86% for GN among biopsied patients) and no DOI or PMID was seen.
 * - Renal cell carcinoma's classic triad (visible haematuria, flank pain, a palpable flank mass, weight loss, an older
 *   smoker) ranks renal cancer sixth to seventh: flank pain raises stones (3.58) and pyelonephritis, and nothing raises
 *   renal cancer for flank pain, a mass, weight loss or smoking. The symptom frequencies read (flank pain 35% of 970 RCCs,
 *   Sunela 2010, seen only in a news report; 40%, 25% and 33% for pain, mass and weight loss in Medscape; weight loss 22.9%
 *   of 1,046, Kim 2003) are at or below the 25% policy background, so they would carry no weight without a cited
 *   frequency among haematuria patients without renal cancer. Even with an ultrasound tumour, stones (flank pain on the
 *   23.1% emergency prior) and BPH stay above renal cancer in the emergency department, and BPH above it in primary care.
 * - BPH's emergency figure has no age band (a young man with haematuria still carries it).
 * Expectations are about order and direction, not percentages: the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, listedProbOf, priorStepOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const glomerularNonVisible = [
  '-visible-haematuria',
  '+proteinuria',
  '+urine-acanthocytes-5-percent-or-more',
  '-dysuria',
  '-urine-nitrite-positive',
  '-urine-leukocyte-esterase-positive',
];
const renalMassWorkUp = ['+visible-haematuria', '+flank-pain', '+palpable-abdominal-mass', '-cystoscopy-bladder-tumour'];

describe('classic presentations of haematuria: glomerulonephritis, renal and bladder cancer (session 33, haem3)', () => {
  test('every finding id used here exists', () => {
    const ids = [...glomerularNonVisible, ...renalMassWorkUp, '+ultrasound-upper-urinary-tract-tumour', '+current-smoker', '-flank-pain'].map((f) =>
      f.replace(/^[+-]/, ''),
    );
    expect(ids.filter((id) => !kb.findings.has(id))).toEqual([]);
  });

  test('a 30-year-old woman with non-visible haematuria, proteinuria, acanthocytes of 5% or more and a negative dipstick: glomerulonephritis first in both settings', () => {
    // Köhler 1991 (acanthocyturia >= 5%: 75/143 glomerulonephritis, 4/187 non-glomerular; A); Shen 2010 (proteinuria, C);
    // Bent 2002 and the dipstick meta-analysis lower infection. In the emergency department stones were first (18.8%) on a
    // figure measured in macroscopic haematuria.
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('haematuria', setting, 30, 'female', glomerularNonVisible);
      const gn = listedProbOf(r, 'glomerulonephritis');
      expect(rankOf(r, 'glomerulonephritis')).toBe(1);
      expect(gn).toBeGreaterThan(p(r, 'urolithiasis'));
      expect(gn).toBeGreaterThan(p(r, 'urinary-tract-infection'));
      expect(gn).toBeGreaterThan(p(r, 'bladder-cancer'));
    }
  });

  test('the emergency stone figure, measured in macroscopic haematuria, is set aside for recorded non-visible haematuria and kept otherwise', () => {
    // Öztürk Sönmez 2023: 18 stones among 78 admitted with macroscopic haematuria (0.231). Jones 2009 (GPRD): renal calculi
    // within 90 days in 0.6% of 4,723 women with a first haematuria, borrowed as an other-setting figure.
    const nonVisible = priorStepOf(run('haematuria', 'emergency', 30, 'female', ['-visible-haematuria']), 'urolithiasis');
    expect(nonVisible?.setting).toBe('primary-care');
    expect(nonVisible?.populationMatch).toBe('other-setting');
    for (const findings of [['+visible-haematuria'], []]) {
      const kept = priorStepOf(run('haematuria', 'emergency', 30, 'female', findings), 'urolithiasis');
      expect(kept?.setting).toBe('emergency');
      expect(kept?.probability).toBeCloseTo(0.231, 6);
    }
    expect(nonVisible?.probability ?? 1).toBeLessThan(0.231);
  });

  test('the emergency prostate figure, measured in macroscopic haematuria, is lower for a man of 68 recorded with non-visible haematuria', () => {
    // Öztürk Sönmez 2023: prostate pathologies 24.3% of 78 macroscopic haematurias; Jones 2009: prostatic hypertrophy within
    // three years in 7.3% of men with a first haematuria.
    const bare = run('haematuria', 'emergency', 68, 'male', []);
    const nonVisible = run('haematuria', 'emergency', 68, 'male', ['-visible-haematuria']);
    expect(priorStepOf(bare, 'benign-prostatic-hyperplasia')?.setting).toBe('emergency');
    expect(priorStepOf(nonVisible, 'benign-prostatic-hyperplasia')?.setting).toBe('primary-care');
    expect(listedProbOf(nonVisible, 'benign-prostatic-hyperplasia')).toBeLessThan(listedProbOf(bare, 'benign-prostatic-hyperplasia'));
  });

  test('guard: a 72-year-old woman who smokes, with painless visible haematuria and no dysuria: bladder cancer first in both settings', () => {
    // Jones 2007 (3.4% of women, split by Khadra 2000) in primary care, Khadra 2000 (12%) in the emergency department;
    // Khadra 2000 visible haematuria (B), Vilensky 2011 smoking (C); Bent 2002 dysuria lowers infection.
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('haematuria', setting, 72, 'female', ['+visible-haematuria', '+current-smoker', '-flank-pain', '-dysuria']);
      expect(rankOf(r, 'bladder-cancer')).toBe(1);
      expect(listedProbOf(r, 'bladder-cancer')).toBeGreaterThan(p(r, 'urinary-tract-infection'));
    }
  });

  test('guard: a 62-year-old man with visible haematuria, flank pain, a palpable mass and a clear cystoscopy: an ultrasound upper-tract tumour puts renal cancer above bladder cancer in both settings', () => {
    // Rofo 1996 (ultrasound for upper-tract malignancy in referred haematuria, sensitivity 56%, specificity 94%, A); Scand J
    // Urol 2015 (flexible cystoscopy sensitivity 0.87, specificity 1.0, A). Stones and BPH stay above renal cancer in the
    // emergency department (gap in the header), so only the direction and this pair are asserted.
    for (const setting of ['primary-care', 'emergency'] as const) {
      const without = run('haematuria', setting, 62, 'male', renalMassWorkUp);
      const r = run('haematuria', setting, 62, 'male', [...renalMassWorkUp, '+ultrasound-upper-urinary-tract-tumour']);
      expect(listedProbOf(r, 'renal-cancer')).toBeGreaterThan(p(without, 'renal-cancer'));
      expect(listedProbOf(r, 'renal-cancer')).toBeGreaterThan(p(r, 'bladder-cancer'));
      expect(rankOf(r, 'renal-cancer')).toBeLessThan(rankOf(without, 'renal-cancer'));
    }
  });
});

/**
 * Textbook presentations of a swollen leg entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 31, curator "legs"). No knowledge file was changed in this session: these tests guard the orderings that
 * already hold and the header records the two that do not.
 *
 * Gaps (not fixed, with the reason):
 * - Post-thrombotic syndrome after a proximal DVT in the same leg, chronic swelling and pigmentation, no Villalta score
 *   entered: post-thrombotic syndrome and chronic venous insufficiency are tied at the top (both about 62% before
 *   recalibration in this run). The order between them is set only by p(previous VTE | disease) in each (0.895 capped,
 *   Engeseth 2021 criterion 1, against 0.32 in venous-ulcer limbs, EJVES 2000 review), the side of the DVT (Kahn 2009,
 *   1.79), the cited priors (5.2% against 18.6%, Beller 2020) and the sex ratio of venous insufficiency (1.6): a cohort
 *   background for previous VTE among leg-swelling patients would raise both ratios by the same factor and leave the
 *   order unchanged. What separates them in the literature is the Villalta scale in the limb of the DVT (Kahn 2009 ISTH
 *   recommendation); the clinician-rated scale has no accuracy study against another standard (it is the standard), and
 *   its cut-off of 5 could not be read in Kahn 2009's own text, so no clinician-rated Villalta finding was added. The
 *   patient-reported Villalta (PRV2 >= 5, sensitivity 84%, specificity 79% against the clinician-rated scale, grade A)
 *   already exists and puts post-thrombotic syndrome first (test below).
 * - A febrile man with a hot, red, tender shin and no Wells score entered: DVT (emergency prior 32.7%, Beller 2020, no
 *   finding of this presentation moves it) stays above cellulitis (1.5%, in-patients with suspected DVT in Taute 2010, which
 *   its own locator calls an underestimate). Rabuka, Azoulay & Kahn 2003 (Can J Infect Dis 14(4):210-214; abstract read on
 *   a Mendeley catalogue page: 109 of 542 emergency patients referred for duplex were seen as 'DVT versus cellulitis', 17%
 *   of them had DVT; distinct margins of erythema 0% in DVT against 8.3% in cellulitis) would give an emergency figure for
 *   cellulitis, but no PMID, DOI or PMCID was seen, so it cannot be registered. With the Wells score that a clinician
 *   records for this leg (an alternative diagnosis at least as likely, so a low score), cellulitis leads (test below).
 *
 * Expectations are about order within one run, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

/** Chronic swelling of the leg of a proximal DVT treated two years ago, with venous pigmentation, no acute change. */
const pts = ['+previous-venous-thromboembolism', '+previous-dvt-in-same-leg', '+leg-swelling-over-1-month', '+lower-leg-skin-hyperpigmentation'];
/** A diabetic with a swollen, red leg after a minor cut: pain out of proportion, spreading redness, fever, tachycardia, hypotension, LRINEC 6 or more. */
const fasciitis = [
  '+history-of-diabetes-mellitus',
  '+pain-out-of-proportion',
  '+erythema-of-skin',
  '+erythema-progressing-beyond-margins',
  '+fever',
  '+temperature-38-or-over',
  '+heart-rate-over-100',
  '+hypotension',
  '+lrinec-score-6-or-more',
];
/** A febrile man with a hot, red, tender shin. */
const cellulitis = ['+fever', '+temperature-38-or-over', '+erythema-of-skin'];

describe('classic presentations of a swollen leg (session 31, legs)', () => {
  test('a 60-year-old woman with chronic swelling and pigmentation of the leg of a proximal DVT two years ago: post-thrombotic syndrome in the top two in both settings, above DVT and lymphoedema', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('unilateral-leg-swelling', setting, 60, 'female', pts);
      expect(rankOf(r, 'post-thrombotic-syndrome')).toBeGreaterThan(0);
      expect(rankOf(r, 'post-thrombotic-syndrome')).toBeLessThanOrEqual(2);
      expect(p(r, 'post-thrombotic-syndrome')).toBeGreaterThan(p(r, 'lymphoedema'));
      expect(p(r, 'post-thrombotic-syndrome')).toBeGreaterThan(p(r, 'deep-vein-thrombosis'));
      expect(findingStepOf(r, 'post-thrombotic-syndrome', 'previous-dvt-in-same-leg')?.grade).toBe('C');
    }
  });

  test('the same leg with a patient-reported Villalta score of 5 or more: post-thrombotic syndrome first, above chronic venous insufficiency', () => {
    // PRV2 >= 5 against the clinician-rated Villalta scale (Thromb Haemost 2022 external validation, SAVER pilot): LR+ 4.0.
    const bare = run('unilateral-leg-swelling', 'primary-care', 60, 'female', pts);
    const r = run('unilateral-leg-swelling', 'primary-care', 60, 'female', [...pts, '+patient-reported-villalta-score-5-or-more']);
    expect(rankOf(r, 'post-thrombotic-syndrome')).toBe(1);
    expect(p(r, 'post-thrombotic-syndrome')).toBeGreaterThan(p(r, 'chronic-venous-insufficiency'));
    expect(p(r, 'post-thrombotic-syndrome')).toBeGreaterThan(p(bare, 'post-thrombotic-syndrome'));
    expect(findingStepOf(r, 'post-thrombotic-syndrome', 'patient-reported-villalta-score-5-or-more')?.grade).toBe('A');
  });

  test('a 55-year-old diabetic man in the emergency department with a rapidly spreading painful red leg after a minor cut, pain out of proportion, fever, tachycardia, hypotension and LRINEC 6 or more: necrotising fasciitis first, above cellulitis and DVT', () => {
    // Fernando 2019 (Ann Surg): hypotension 21.0%/97.7%, fever 46.0%/77.0%, LRINEC >= 6 68.2%/84.8%; Al Alayed 2015: pain
    // out of proportion LR+ 4.5, erythema beyond its margins LR+ 3.1.
    for (const problem of ['unilateral-leg-swelling', 'leg-swelling']) {
      const r = run(problem, 'emergency', 55, 'male', fasciitis);
      expect(rankOf(r, 'necrotising-fasciitis')).toBe(1);
      expect(p(r, 'necrotising-fasciitis')).toBeGreaterThan(p(r, 'cellulitis'));
      expect(p(r, 'necrotising-fasciitis')).toBeGreaterThan(p(r, 'deep-vein-thrombosis'));
      expect(findingStepOf(r, 'necrotising-fasciitis', 'pain-out-of-proportion')?.grade).toBe('A');
      expect(findingStepOf(r, 'necrotising-fasciitis', 'lrinec-score-6-or-more')?.grade).toBe('A');
    }
  });

  test('a 45-year-old woman with acute calf swelling after a long flight and a high Wells score: DVT first in both settings', () => {
    // Goodacre 2005 (Ann Intern Med meta-analysis): Wells high LR 5.2.
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('unilateral-leg-swelling', setting, 45, 'female', ['+wells-dvt-high']);
      expect(rankOf(r, 'deep-vein-thrombosis')).toBe(1);
      expect(findingStepOf(r, 'deep-vein-thrombosis', 'wells-dvt-high')?.grade).toBe('A');
    }
  });

  test('a febrile 50-year-old man with a hot, red, tender shin and a low Wells score (an alternative diagnosis at least as likely): cellulitis first in both settings, above DVT', () => {
    // Goodacre 2005: Wells low LR 0.25 for DVT; cellulitis: erythema 3.58 (Ginsberg 1981), temperature >= 38 C 6.15 in the
    // emergency department (Maze 2013 over Kazmers 2000), coded fever 2.18 (Keller 2012).
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('unilateral-leg-swelling', setting, 50, 'male', [...cellulitis, '+wells-dvt-low']);
      expect(rankOf(r, 'cellulitis')).toBe(1);
      expect(p(r, 'cellulitis')).toBeGreaterThan(p(r, 'deep-vein-thrombosis'));
    }
  });

  test('the same febrile red shin without a Wells score: cellulitis second, above necrotising fasciitis, superficial thrombophlebitis and venous insufficiency (DVT keeps its prior; see the header)', () => {
    const r = run('unilateral-leg-swelling', 'emergency', 50, 'male', cellulitis);
    expect(rankOf(r, 'cellulitis')).toBeLessThanOrEqual(2);
    expect(p(r, 'cellulitis')).toBeGreaterThan(p(r, 'necrotising-fasciitis'));
    expect(p(r, 'cellulitis')).toBeGreaterThan(p(r, 'superficial-thrombophlebitis'));
    expect(p(r, 'cellulitis')).toBeGreaterThan(p(r, 'chronic-venous-insufficiency'));
  });
});

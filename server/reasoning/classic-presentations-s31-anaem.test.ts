/**
 * Anaemia in a woman of reproductive age, entered as a clinician would (problem, setting, age, sex, findings; no
 * vignette), on the real knowledge base (session 31, curator anaem). No knowledge was changed in this session: the tests
 * below record what already holds, and the gaps are listed here.
 *
 * 1. Textbook presentation (a woman of 36 with heavy menstrual bleeding, fatigue, an MCV of 75 fL or less and a ferritin
 *    of 15 ug/L or less): iron deficiency anaemia is first in both settings, through the grade A ferritin and MCV ratios
 *    of Guyatt 1992 (ferritin 15 or less LR 52; MCV 75 or less LR 3.3).
 *
 * 2. Gap NOT fixed: a bare anaemia in a woman of 36 in general practice still ranks anaemia of chronic disease (Randi
 *    2020's emergency figure, 80/191 internal-medicine admissions, borrowed as other-setting) above iron deficiency
 *    anaemia (28/191). Schop 2020's primary-care figures (patients 50 or over) are not used more than ten years from
 *    their band. Entering Bayen 2020's exact-setting figure (iron deficiency in 32 of 43 non-pregnant, non-menopausal
 *    women of 18-50 with newly diagnosed anaemia in French general practice) needs a cohort that gives EVERY cause for
 *    young adults or women of reproductive age (session 30): without it, ACD and renal anaemia keep Randi's or Schop's
 *    figures beside it and the band 40-50 adds up above 1. Searched in session 31 and not found in a readable form:
 *    Bayen 2020's full text (only the abstract reads: 12 of 43 without an established diagnosis, no other cause
 *    shares); Dallman 1984 AJCN (NHANES II, PMID 6695843: iron deficiency "predominated" in young women, inflammation in
 *    the elderly; the table by age and sex was not reached, and it is a population survey with laboratory patterns, not
 *    patients presenting with anaemia); Wirth 2017 AJCN (BRINDA: 71% of anaemic women of reproductive age iron deficient
 *    in low-infection countries; no share for the other causes, a population survey); Kassebaum 2014 Blood and the GBD
 *    2019/2021 anaemia papers (modelled cause attribution, global, categories that do not map to ACD); Gandhi 2017 J Clin
 *    Med Res (PMC5687900, primary-care office, mean age 62.6, comorbidities not causes);
 *    'Insufficient classification of anaemia in general practice' (Danish register study, ages 40-90, most unclassified).
 *
 * 3. Gap NOT fixed (outside this file's scope): a ferritin of 15 or less entered by the clinician does not set ferritin
 *    over 100 absent, so anaemia of chronic disease keeps its prior (second, above 40%) in the textbook presentation;
 *    entered as a chart result, the quantity rule reads ferritin over 100 as absent and Kis 1998's LR- (0.06) applies.
 *    Threshold findings of one correlation group (`ferritin`) should imply each other's states when entered by hand.
 *
 * 4. Heavy menstrual bleeding carries no ratio for iron deficiency anaemia in the anaemia problem: no frequency of heavy
 *    menstrual bleeding among anaemic patients without iron deficiency was found (Bayen 2020: menorrhagia in 9 of 32
 *    iron-deficient women, 28%, no figure for the others), so microcytosis and heavy periods without a ferritin leave
 *    anaemia of chronic disease first for a woman of 36.
 *
 * Expectations are about order and provenance, not percentages: the recalibration is refitted whenever the knowledge
 * changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const textbook = ['+heavy-menstrual-bleeding', '+fatigue', '+mcv-75-or-less', '+ferritin-15-or-less'];

describe('iron deficiency anaemia in a woman of reproductive age (session 31, anaem)', () => {
  test('a 36-year-old woman in general practice with heavy periods, fatigue, microcytosis and a ferritin of 15 or less: iron deficiency anaemia first', () => {
    const r = run('anaemia', 'primary-care', 36, 'female', textbook);
    expect(rankOf(r, 'iron-deficiency-anaemia')).toBe(1);
    expect(rankOf(r, 'iron-deficiency-anaemia')).toBeLessThan(rankOf(r, 'anaemia-of-chronic-disease'));
    const ferritin = findingStepOf(r, 'iron-deficiency-anaemia', 'ferritin-15-or-less');
    expect(ferritin?.grade).toBe('A');
    expect(ferritin?.counted).toBe(true);
  });

  test('the same presentation in the emergency department: iron deficiency anaemia first', () => {
    const r = run('anaemia', 'emergency', 36, 'female', textbook);
    expect(rankOf(r, 'iron-deficiency-anaemia')).toBe(1);
    expect(findingStepOf(r, 'iron-deficiency-anaemia', 'mcv-75-or-less')?.grade).toBe('A');
  });
});

/**
 * Thin conditions (session 38, curator "thin"): impetigo (3 graded findings), endometrial atrophy (3), drug fever (3),
 * ACE-inhibitor cough (4) and functional dyspepsia (4), each below the base's target of 5 (issue 10, item 6).
 *
 * What was wrong: functional dyspepsia, a diagnosis that requires a normal endoscopy, was not moved by an ulcer seen at
 * endoscopy in chronic or recurrent abdominal pain, nor by meal-related pain measured in that complaint's own cohort; and
 * endometrial atrophy, the histology left when no focal lesion is found in postmenopausal bleeding, stayed at its prior
 * when hysteroscopy showed a polyp or the biopsy reported carcinoma.
 * Added (evidence/s38-thin.json):
 * - functional-dyspepsia x postprandial-abdominal-pain, chronic/recurrent abdominal pain only, LR+ 1.20 / LR- 0.90,
 *   grade B: 'pain made worse by food or milk' in 40.0% of 70 functional dyspepsia against 33.4% of the other 530 of
 *   568 consecutive gastroenterology patients (Hammer 2004, Gut, doi 10.1136/gut.2003.021857, Table 2 as recorded in the
 *   registry). Honest depth: meal-related pain is common in every cause.
 * - functional-dyspepsia x endoscopy-peptic-ulcer, same complaint, LR+ 0.31 / LR- 1.06, grade C: 'technically a normal
 *   endoscopy is required to diagnose functional dyspepsia' (Ford 2020 Lancet seminar, PMID 33049222, summary read),
 *   excluded class entered as 0.025, over peptic ulcer in 8.0% of dyspepsia at endoscopy (Ford 2010, PMID 20541625),
 *   the lowest defensible background (the weakest ratio).
 * - endometrial-atrophy x hysteroscopy-endometrial-polyp, postmenopausal bleeding only, LR+ 0.20 (no LR-), grade B: 1 -
 *   specificity 0.964 of hysteroscopy for polyps (Arch Gynecol Obstet 2015 meta-analysis, PMID 25524536) over polyps in
 *   55 of 308 women with postmenopausal bleeding (J Reprod Med 2005, PMID 15755046). No LR-: a normal hysteroscopy is
 *   already counted as an atrophic cavity.
 * - endometrial-atrophy x endometrial-biopsy-carcinoma, postmenopausal bleeding only, LR+ 0.39 (no LR-), grade B: 1 -
 *   Pipelle specificity 0.985 (Sakna 2023, PMID 37355271) over 5% cancer (Clarke 2018's lowest regional share, PMID
 *   30083701) x sensitivity 0.774.
 * Declined (no cited frequency with an identifier seen; these stay below five):
 * - Drug fever: rigors 53%, eosinophilia 22%, rash 18%, relative bradycardia 11% (Mackowiak's 148 episodes) were seen
 *   only on a teaching page; the Ann Intern Med 1987 abstract (PMID 3565971) says only 'minority' and 'infrequent', and
 *   the Am J Med Sci 1987 review's table was not readable with an identifier. A positive blood culture as a definitional
 *   exclusion was declined: drug fever often arises while an infection is treated (Saito 1990: seven of eight given
 *   antibiotics for an infection), so a chart's positive culture does not exclude it.
 * - Impetigo: lymphadenopathy 'in 90%' is in a paediatric textbook without identifier; fever and itch are described
 *   inconsistently ('usually absent', 'occasionally pruritic' vs 'itching is common'); male sex 1.7:1 (Al-Ghamdi 2006,
 *   culture-positive children in a Saudi clinic) contradicts the same paper's 'equal sex distribution' and was not used.
 * - ACE-inhibitor cough: the predictors read (female OR 1.77, obstructive sleep apnoea OR 1.85, thiazides, PMID 33188549;
 *   Morimoto 2004) are risks among ACE-inhibitor users, not frequencies in the cough complaint; hypertension would double
 *   count ACE-inhibitor use; throat tickle has no figure in the disease.
 * Expectations are about direction and scope, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const graded = (c: string) => new Set(kb.evidence.filter((e) => e.condition === c).map((e) => e.finding)).size;

describe('classic presentations, session 38 (thin)', () => {
  test('functional dyspepsia and endometrial atrophy now have at least five graded findings', () => {
    expect(graded('functional-dyspepsia')).toBeGreaterThanOrEqual(5);
    expect(graded('endometrial-atrophy')).toBeGreaterThanOrEqual(5);
  });

  test('an ulcer seen at endoscopy lowers functional dyspepsia in chronic abdominal pain; a normal one barely moves it', () => {
    const bare = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 40, 'female', ['+epigastric-pain']);
    const ulcer = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 40, 'female', ['+epigastric-pain', '+endoscopy-peptic-ulcer']);
    const none = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 40, 'female', ['+epigastric-pain', '-endoscopy-peptic-ulcer']);
    expect(findingStepOf(ulcer, 'functional-dyspepsia', 'endoscopy-peptic-ulcer')?.counted).toBe(true);
    expect(p(ulcer, 'functional-dyspepsia')).toBeLessThan(p(bare, 'functional-dyspepsia'));
    expect(p(none, 'functional-dyspepsia')).toBeGreaterThanOrEqual(p(bare, 'functional-dyspepsia'));
    expect(p(none, 'functional-dyspepsia')).toBeLessThan(p(bare, 'functional-dyspepsia') * 1.2);
  });

  test('meal-related pain is near-neutral for functional dyspepsia', () => {
    const e = kb.evidence.find((x) => x.condition === 'functional-dyspepsia' && x.finding === 'postprandial-abdominal-pain');
    expect(e?.appliesTo?.problems).toEqual(['chronic-or-recurrent-abdominal-pain']);
    expect(e?.lrPositive).toBeGreaterThan(1);
    expect(e?.lrPositive).toBeLessThan(1.5);
    const bare = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 40, 'female', []);
    const meal = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 40, 'female', ['+postprandial-abdominal-pain']);
    expect(p(meal, 'functional-dyspepsia')).toBeGreaterThanOrEqual(p(bare, 'functional-dyspepsia'));
    expect(p(meal, 'functional-dyspepsia')).toBeLessThan(p(bare, 'functional-dyspepsia') * 1.5);
  });

  test('a polyp at hysteroscopy puts endometrial polyp above atrophy in postmenopausal bleeding', () => {
    const bare = run('postmenopausal-bleeding', 'primary-care', 62, 'female', []);
    const polyp = run('postmenopausal-bleeding', 'primary-care', 62, 'female', ['+hysteroscopy-endometrial-polyp']);
    expect(findingStepOf(polyp, 'endometrial-atrophy', 'hysteroscopy-endometrial-polyp')?.counted).toBe(true);
    expect(p(polyp, 'endometrial-atrophy')).toBeLessThan(p(bare, 'endometrial-atrophy'));
    expect(p(polyp, 'endometrial-polyp')).toBeGreaterThan(p(polyp, 'endometrial-atrophy'));
  });

  test('a biopsy reporting carcinoma lowers atrophy and puts endometrial cancer first', () => {
    const bare = run('postmenopausal-bleeding', 'emergency', 62, 'female', []);
    const ca = run('postmenopausal-bleeding', 'emergency', 62, 'female', ['+endometrial-biopsy-carcinoma']);
    expect(p(ca, 'endometrial-atrophy')).toBeLessThan(p(bare, 'endometrial-atrophy'));
    expect(p(ca, 'endometrial-cancer')).toBeGreaterThan(p(ca, 'endometrial-atrophy'));
  });

  test('the new atrophy ratios are limited to postmenopausal bleeding and give no LR- (no double count with a normal cavity)', () => {
    for (const f of ['hysteroscopy-endometrial-polyp', 'endometrial-biopsy-carcinoma']) {
      const e = kb.evidence.find((x) => x.condition === 'endometrial-atrophy' && x.finding === f);
      expect(e?.appliesTo?.problems).toEqual(['postmenopausal-bleeding']);
      expect(e?.lrNegative).toBeUndefined();
      expect(e?.lrPositive).toBeLessThan(1);
    }
  });
});

/**
 * Session 40, round 2 (abdo): the emergency constipation priors, and what stayed.
 *
 * (1) DECLINED AT REVIEW (knowledge 2.196.0): removing the emergency constipation priors of functional constipation
 * (0.642, other-setting) and IBS (borrowed from primary care). Both are Bellini 2013's figures (Tech Coloproctol, doi
 * 10.1007/s10151-013-1093-9: 147 functional constipation and 50 IBS with constipation among 229 general-practice
 * patients with chronic constipation, Rome III), and the curator proposed listing both as unquantified in the emergency
 * department, so the policy prior (3%) would apply. Issue 10, item 7 asks for a labelled estimate from the other setting
 * rather than omission where only one setting has a figure, and the only emergency evidence read (a 2013-2020 NHAMCS
 * analysis of emergency visits for constipation, abstract at gedcollaborative.com, no identifier seen: 15.5% had an
 * emergency general-surgical diagnosis) says most emergency constipation is not surgical: a bare emergency
 * constipation at 3% for every usual cause would understate more than the borrowed figure overstates. The figure stays,
 * labelled other-setting in the chain; an emergency constipation cohort with diagnoses is a lead. The tests below keep
 * what the review relied on: the borrowed figure is labelled, the surgical causes stay listed on their own emergency
 * figures, and a constipation of more than 6 months still counts.
 *
 * DECLINED (no readable figure, or a risk the figure would not carry):
 * - Constipation, primary care: the same Bellini priors with `populationWith: constipation-over-6-months` and
 *   `usedWhenUnknown` would stop the chronic-constipation ratio (LR+ 3.58) being multiplied on top of a prior measured in
 *   chronic constipation, but a chart's constipation Condition with the visit as its onset is read as constipation under
 *   6 months (the s18 entry counts only presence for that reason), which would set the figure aside for most charted
 *   visits. Left for a lead (an engine question: a recent recorded onset read as unknown for a populationWith prior).
 * - Nausea and vomiting, primary care: Frese 2011 (J Clin Med Res 3(1):23-9, PMID 22043268, doi 10.4021/jocmr410w),
 *   169 SESAM 2 general-practice patients, abstract only ('non-infectious gastroenteritis or colitis was the most frequent
 *   diagnosis'); its table was not reached. BEACH (Britt & Fahridin, Aust Fam Physician, read on a scribd copy: gastritis
 *   managed at 5-6% of nausea/vomiting encounters in most age groups, children included) showed no identifier.
 * - Chronic abdominal pain, IBS x female (Lacy 2019 over the even-split policy): women are also most of the complaint's
 *   other patients, but no female share among primary-care chronic abdominal pain without IBS was read (Freeman 2021's
 *   characteristics table not reached), so no replacement background; IBS x age under 60 likewise.
 * - Giardiasis in primary-care diarrhoea: de Wit 2001 Table 4 read again (wwwnc.cdc.gov/eid/article/7/1/70-0082-t4:
 *   Giardia 46 of 857 GP gastroenteritis patients, 19 of 574 controls); still no PMID or DOI displayed, and the
 *   gastroenteritis prior already contains it (round 1).
 * - Pelvic pain primary-care priors (emergency figures): no primary-care acute pelvic pain cohort with diagnoses found.
 * - Diarrhoea emergency 83f (gastroenteritis 0.87, Jabak 2022 acute diarrhoea, populationWith acute-diarrhoea,
 *   usedWhenUnknown): the cohort is the complaint's own in that setting; no population error shown.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 40 round 2 (abdo)', () => {
  test('every id used here exists', () => {
    for (const id of ['constipation', 'constipation-over-6-months']) {
      expect(kb.findings.has(id)).toBe(true);
    }
    for (const id of ['functional-constipation', 'irritable-bowel-syndrome', 'bowel-obstruction', 'colorectal-cancer', 'drug-induced-constipation']) {
      expect(kb.conditions.has(id)).toBe(true);
    }
  });

  test('constipation, emergency: the general-practice chronic-constipation figure is borrowed and labelled as from another setting', () => {
    const r = run('constipation', 'emergency', 34, 'male', ['+constipation']);
    const prior = priorStepOf(r, 'functional-constipation');
    expect(prior?.source?.citation).toBe('bellini-2013-techcoloproctol-chronic-constipation-general-practice');
    expect(prior?.populationMatch).toBe('other-setting');
  });

  test('a bare emergency constipation (man of 63): bowel obstruction and colorectal cancer stay listed on their own figures', () => {
    const r = run('constipation', 'emergency', 63, 'male', ['+constipation']);
    expect(rankOf(r, 'bowel-obstruction')).toBeGreaterThan(0);
    expect(rankOf(r, 'colorectal-cancer')).toBeGreaterThan(0);
    expect(r.cantMiss.some((d) => d.conditionId === 'bowel-obstruction')).toBe(true);
  });

  test('constipation of more than 6 months raises functional constipation and IBS', () => {
    const chronic = run('constipation', 'emergency', 50, 'female', ['+constipation', '+constipation-over-6-months']);
    const bare = run('constipation', 'emergency', 50, 'female', ['+constipation']);
    expect(findingStepOf(chronic, 'functional-constipation', 'constipation-over-6-months')?.counted).toBe(true);
    expect(p(chronic, 'functional-constipation')).toBeGreaterThan(p(bare, 'functional-constipation'));
    expect(p(chronic, 'irritable-bowel-syndrome')).toBeGreaterThan(p(bare, 'irritable-bowel-syndrome'));
  });

  test('primary care is unchanged: functional constipation first on the general-practice figure', () => {
    const r = run('constipation', 'primary-care', 45, 'female', ['+constipation']);
    expect(rankOf(r, 'functional-constipation')).toBe(1);
    expect(priorStepOf(r, 'functional-constipation')?.source?.citation).toBe('bellini-2013-techcoloproctol-chronic-constipation-general-practice');
  });
});

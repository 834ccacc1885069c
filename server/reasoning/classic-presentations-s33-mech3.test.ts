/**
 * Chronic pelvic pain, malaria in a traveller from the tropics, and heavy bleeding with intermenstrual bleeding, entered as
 * a clinician would (problem, setting, age, sex, findings; no vignette), on the real knowledge base (session 33, curator
 * "mech3", using the three mechanisms of model 2.56.0). Expectations are about order and direction, not percentages.
 *
 * What was wrong:
 * - Pelvic pain: every prior was measured in ACUTE pelvic pain, so a woman of 32 with a year of pelvic pain, dysmenorrhoea
 *   and dyspareunia took non-specific pain 33%, PID 20%, ovarian cyst 16.7%, miscarriage 12.9% (ranks 1-4) and endometriosis
 *   was not in the top eight; irritable bowel syndrome, the commonest diagnosis of chronic pelvic pain in general practice,
 *   sat on the policy prior.
 * - Fever: a febrile adult back from the tropics (South Asia, or no region recorded) had malaria on the 0.5% policy prior
 *   (emergency rank 9 after South Asia, per fever2).
 * - Vaginal bleeding: endometrial cancer x heavy menstrual bleeding (LR+ 0.32, Pennant 2017's heavy-bleeding subgroup) also
 *   lowered cancer in a woman who bleeds between periods, the subgroup the review reports at five times the risk.
 * Added or changed:
 * - problems/pelvic-pain.json: `populationWithout: pelvic-pain-over-6-months` on every prior (both settings), each source's
 *   population being acute: Kruszka 2010 AFP ('Acute pelvic pain is generally defined as pain in the lower abdomen or pelvis
 *   lasting less than three months'), Siedentopf 2016 ('patients with LAP presenting acutely', longer symptoms averaging 8
 *   days), Huchon 2014 ('Exclusion criteria were a history of chronic pelvic pain ...'), the acute gynaecology unit of UOG
 *   2005 and the 'Gynecological Emergencies' of Minaretzis 1991 (emergency services for acute presentations: a judgement
 *   from the population named, not a stated duration). New priors for women whose pain began more than six months before
 *   (`populationWith`, `populationSex: female`): non-specific pain 0.28 (Zondervan 1999 BJOG, PMID 10549960, abstract
 *   Results: 'Twenty-eight percent of women never received a diagnosis during three to four years of follow up'; 5051
 *   incident cases in UK general practice; exact in primary care, other setting in the emergency department) and irritable
 *   bowel syndrome 0.35 (Williams 2004 Obstet Gynecol, doi 10.1097/01.AOG.0000135275.63494.3d, abstract Results: 'Thirty-five
 *   percent of chronic pelvic pain patients had IBS defined by Rome I criteria', 987 pelvic pain clinic referrals; other
 *   setting). A chronic patient's cited priors now add up to 0.63 (kb:check).
 * - problems/fever.json: malaria 20/462 = 0.043 for febrile adults with recent travel to the tropics (Siikamaki 2011 J Travel
 *   Med, PMID 21722234, abstract Results: 'Malaria was diagnosed in 4% (20/462)' of febrile adults at a Helsinki emergency
 *   room after travel in malaria-endemic areas; exact in the emergency department, other setting in general practice, where
 *   without it the emergency figure was borrowed, capped to the policy prior as can't-miss, and the travel counted as held in
 *   it). Sub-Saharan Africa keeps its narrower 19.4% (model 2.56.0 prefers the narrower finding).
 * - evidence/s29-r2pmb.json: endometrial cancer x heavy menstrual bleeding `requiresAbsent: intermenstrual-bleeding` (the
 *   review's heavy-bleeding subgroup is reported apart from intermenstrual bleeding, 0.11% against 0.52%).
 * After: chronic pelvic pain ranks IBS then non-specific pain first (both settings), PID, ovarian cyst, ectopic pregnancy,
 * miscarriage, torsion, fibroids and appendicitis on the policy prior with the acute figure named; endometriosis rises from
 * outside the top eight to sixth with dysmenorrhoea and dyspareunia; acute pelvic pain is unchanged. Malaria after South
 * Asia: rank 6 in general practice, 8 in the emergency department (dengue and enteric fever still above it).
 *
 * Gaps (reported, not tested as fixed):
 * - Endometriosis still ranks sixth in the classic picture (below IBS, non-specific pain, PID on the usual-cause policy prior,
 *   interstitial cystitis and adenomyosis, whose grade C ratios sit on the 25% policy background). Its only chronic figure,
 *   Tewhaiti-Smith 2022's background sentence '24-40% of CPP diagnoses' (two series whose populations were not read), was not
 *   entered: it would put endometriosis above cystitis, one of general practice's two commonest diagnoses of chronic pelvic
 *   pain (Zondervan 1999), which has no chronic figure (session 11). PID keeps the usual-cause policy prior (0.03) for a
 *   chronic pain because the problem's coverage list (Kruszka 2010, acute pain) calls it usual.
 * - IBS now ranks above interstitial cystitis in a textbook bladder pain syndrome (s31-bladder asserts IC rank 2 or better):
 *   no ratio in pelvic pain moves IBS down for bladder symptoms.
 * - Malaria after South Asia takes the tropics figure: Nic Fhogartaigh 2008's 16/707 (Indian subcontinent pooled with
 *   South-East Asia) cannot be entered beside the sub-Saharan figure (kb:check: a patient who visited both regions fits two
 *   figures, neither finding implying the other).
 * - Irregular bleeding does not set the heavy-bleeding ratio aside: Pennant's abstract names no irregular-bleeding subgroup.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { priorsForPatient } from '../knowledge/prior-strata';
import { findingStepOf, listedProbOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const CHRONIC = 'pelvic-pain-over-6-months';
const TROPICS = 'recent-travel-to-the-tropics';
const acuteCauses = ['pelvic-inflammatory-disease', 'ovarian-cyst', 'ectopic-pregnancy', 'uterine-fibroids', 'acute-appendicitis'];

describe('chronic pelvic pain: the acute cohorts\' figures set aside, chronic cohorts\' figures used (session 33, mech3)', () => {
  test('every finding id used here exists', () => {
    const ids = [CHRONIC, 'dysmenorrhoea', 'dyspareunia', 'abdominal-bloating', 'fever', 'cervical-motion-tenderness', 'vaginal-discharge', 'urine-hcg-positive', TROPICS, 'recent-travel-to-south-asia', 'recent-travel-to-sub-saharan-africa', 'recent-travel-abroad', 'heavy-menstrual-bleeding', 'intermenstrual-bleeding', 'irregular-menstrual-bleeding', 'bmi-30-or-more'];
    expect(ids.filter((id) => !kb.findings.has(id))).toEqual([]);
  });

  test.each(settings)('a woman of 32 with a year of pelvic pain: the acute figures are set aside and named, IBS and non-specific pain take the chronic cohorts\' figures (%s)', (setting) => {
    const r = run('pelvic-pain', setting, 32, 'female', [`+${CHRONIC}`]);
    for (const id of acuteCauses) {
      const step = priorStepOf(r, id);
      expect(step?.policy, id).toBe(true);
      expect(step?.note, id).toMatch(/measured in .*without pelvic pain/i);
    }
    expect(priorStepOf(r, 'irritable-bowel-syndrome')).toMatchObject({ populationWith: CHRONIC });
    expect(priorStepOf(r, 'irritable-bowel-syndrome')?.policy).toBeFalsy();
    expect(priorStepOf(r, 'nonspecific-abdominal-pain')).toMatchObject({ populationWith: CHRONIC });
    expect(priorStepOf(r, 'nonspecific-abdominal-pain')?.source?.citation).toBe('zondervan-1999-bjog-chronic-pelvic-pain-primary-care-diagnosis-referral');
    expect(p(r, 'irritable-bowel-syndrome')).toBeGreaterThan(p(r, 'pelvic-inflammatory-disease'));
    expect(p(r, 'irritable-bowel-syndrome')).toBeGreaterThan(p(r, 'ovarian-cyst'));
  });

  test.each(settings)('the same woman with acute pelvic pain (duration not recorded) keeps the acute cohorts\' figures; IBS stays on the policy prior (%s)', (setting) => {
    const r = run('pelvic-pain', setting, 32, 'female', []);
    const pid = priorStepOf(r, 'pelvic-inflammatory-disease');
    expect(pid?.policy).toBeFalsy();
    expect(pid).toMatchObject({ populationWithout: CHRONIC });
    expect(priorStepOf(r, 'nonspecific-abdominal-pain')?.populationWith).toBeUndefined();
    expect(priorStepOf(r, 'irritable-bowel-syndrome')?.policy).toBe(true);
    expect(p(r, 'pelvic-inflammatory-disease')).toBeGreaterThan(p(r, 'irritable-bowel-syndrome'));
  });

  test.each(settings)('a year of pelvic pain with dysmenorrhoea and dyspareunia: endometriosis ranks higher than in the same acute picture, above ovarian cyst and ectopic pregnancy (%s)', (setting) => {
    const findings = ['+dysmenorrhoea', '+dyspareunia'];
    const acute = run('pelvic-pain', setting, 32, 'female', findings);
    const chronic = run('pelvic-pain', setting, 32, 'female', [`+${CHRONIC}`, ...findings]);
    expect(rankOf(chronic, 'endometriosis')).toBeGreaterThan(0);
    expect(rankOf(chronic, 'endometriosis')).toBeLessThan(rankOf(acute, 'endometriosis'));
    expect(listedProbOf(chronic, 'endometriosis')).toBeGreaterThan(p(chronic, 'ovarian-cyst'));
    expect(p(chronic, 'endometriosis')).toBeGreaterThan(p(chronic, 'ectopic-pregnancy'));
    expect(p(acute, 'endometriosis')).toBeLessThan(p(acute, 'ovarian-cyst'));
  });

  test.each(settings)('a year of pelvic pain with bloating: irritable bowel syndrome first (%s)', (setting) => {
    const r = run('pelvic-pain', setting, 32, 'female', [`+${CHRONIC}`, '+abdominal-bloating']);
    expect(rankOf(r, 'irritable-bowel-syndrome')).toBe(1);
  });

  test.each(settings)('guard: acute PID picture unchanged, PID first on the acute figure (%s)', (setting) => {
    const r = run('pelvic-pain', setting, 22, 'female', ['+fever', '+cervical-motion-tenderness', '+vaginal-discharge', '-urine-hcg-positive']);
    expect(rankOf(r, 'pelvic-inflammatory-disease')).toBe(1);
    expect(priorStepOf(r, 'pelvic-inflammatory-disease')?.policy).toBeFalsy();
    expect(priorStepOf(r, 'irritable-bowel-syndrome')?.policy).toBe(true);
  });

  test('a man with a year of pelvic pain does not take the women\'s chronic figures', () => {
    for (const s of settings) {
      const r = run('pelvic-pain', s, 45, 'male', [`+${CHRONIC}`]);
      expect(priorStepOf(r, 'nonspecific-abdominal-pain')?.populationWith).toBeUndefined();
      expect(priorStepOf(r, 'irritable-bowel-syndrome')?.populationWith).toBeUndefined();
    }
  });

  test('a woman with a year of pelvic pain: the cited priors the engine uses add up to at most 1 and hold no acute figure', () => {
    const priors = kb.problems.get('pelvic-pain')?.priors ?? {};
    for (const s of settings) {
      const chosen = priorsForPatient(priors[s] ?? [], { ageYears: 32, sex: 'female', present: new Set([CHRONIC]) }).filter((c) => c.inPopulation);
      expect(chosen.some((c) => c.prior.populationWithout === CHRONIC)).toBe(false);
      expect(chosen.map((c) => c.prior.condition).sort()).toEqual(['irritable-bowel-syndrome', 'nonspecific-abdominal-pain']);
      expect(chosen.reduce((a, c) => a + c.prior.probability, 0)).toBeLessThanOrEqual(1);
    }
  });
});

describe('malaria in a febrile traveller back from the tropics (session 33, mech3)', () => {
  test.each(settings)('tropics, no region recorded: malaria takes the febrile travellers\' figure and is higher than with travel abroad alone (%s)', (setting) => {
    const abroad = run('fever', setting, 34, 'male', ['+recent-travel-abroad']);
    const r = run('fever', setting, 34, 'male', [`+${TROPICS}`]);
    const prior = priorStepOf(r, 'malaria');
    expect(prior?.policy).toBeFalsy();
    expect(prior).toMatchObject({ populationWith: TROPICS });
    expect(prior?.source?.citation).toBe('siikamaki-2011-jtravelmed-fever-travellers-malaria-endemic-ed');
    expect(findingStepOf(r, 'malaria', 'recent-travel-abroad')?.counted).toBe(false);
    expect(priorStepOf(abroad, 'malaria')?.policy).toBe(true);
    expect(listedProbOf(r, 'malaria')).toBeGreaterThan(listedProbOf(abroad, 'malaria'));
  });

  test.each(settings)('South Asia: malaria on the tropics figure, still below enteric fever and dengue (%s)', (setting) => {
    const r = run('fever', setting, 28, 'female', ['+recent-travel-to-south-asia']);
    expect(priorStepOf(r, 'malaria')).toMatchObject({ populationWith: TROPICS });
    expect(rankOf(r, 'enteric-fever')).toBeLessThan(rankOf(r, 'malaria'));
    expect(rankOf(r, 'dengue')).toBeLessThan(rankOf(r, 'malaria'));
  });

  test.each(settings)('sub-Saharan Africa: the narrower region\'s figure, not the tropics one; malaria first (%s)', (setting) => {
    const r = run('fever', setting, 34, 'male', ['+recent-travel-to-sub-saharan-africa']);
    expect(priorStepOf(r, 'malaria')).toMatchObject({ populationWith: 'recent-travel-to-sub-saharan-africa' });
    expect(rankOf(r, 'malaria')).toBe(1);
  });

  test.each(settings)('no travel recorded: malaria keeps the policy prior (%s)', (setting) => {
    const r = run('fever', setting, 34, 'male', []);
    expect(priorStepOf(r, 'malaria')?.policy).toBe(true);
  });
});

describe('heavy menstrual bleeding and endometrial cancer when the woman also bleeds between periods (session 33, mech3)', () => {
  test.each(settings)('the heavy-bleeding ratio counts alone and is set aside with intermenstrual bleeding, so cancer is higher (%s)', (setting) => {
    const heavy = run('vaginal-bleeding', setting, 50, 'female', ['+heavy-menstrual-bleeding']);
    const both = run('vaginal-bleeding', setting, 50, 'female', ['+heavy-menstrual-bleeding', '+intermenstrual-bleeding']);
    expect(findingStepOf(heavy, 'endometrial-cancer', 'heavy-menstrual-bleeding')?.counted).toBe(true);
    const step = findingStepOf(both, 'endometrial-cancer', 'heavy-menstrual-bleeding');
    expect(step?.counted).toBe(false);
    expect(step?.note).toMatch(/not applicable here/);
    expect(p(both, 'endometrial-cancer')).toBeGreaterThan(listedProbOf(heavy, 'endometrial-cancer'));
  });

  test.each(settings)('irregular heavy bleeding without intermenstrual bleeding keeps the ratio (no irregular subgroup was read) (%s)', (setting) => {
    const r = run('vaginal-bleeding', setting, 50, 'female', ['+irregular-menstrual-bleeding', '+heavy-menstrual-bleeding', '+bmi-30-or-more']);
    expect(findingStepOf(r, 'endometrial-cancer', 'heavy-menstrual-bleeding')?.counted).toBe(true);
  });
});

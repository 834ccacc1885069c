/**
 * Session 40, round 2 (cardio): the hyperosmolar state's history-of-diabetes ratio was measured against diabetic inpatients.
 *
 * (1) Withdrawn (another curator's file, evidence/depth-n1-cantmiss-cancer-metabolic.json, one entry): hyperosmolar
 * hyperglycaemic state x history-of-diabetes-mellitus, grade B, LR+ 0.69, LR- 5.1 (archintmed-1987-predisposing-factors-
 * diabetic-hyperosmolar-state, doi 10.1001/archinte.1987.00370030103020, Abstract: newly diagnosed diabetes in 36% of 135
 * patients with the hyperosmolar state against 7% of 135 age-matched diabetic inpatients; known diabetes 64% against 93%).
 * The comparison group was selected for having diabetes, so 93% of it had the finding. The entry had no appliesTo and
 * counted in the only two problems that list the hyperosmolar state (hyperglycaemia, polyuria or polydipsia), whose other
 * patients include undiagnosed diabetes, stress hyperglycaemia and non-diabetic causes: in an emergency cohort of adults
 * with a serum glucose of 126 mg/dL or more, 154 of 290 (53.1%) had no prior history of diabetes (Prince 2008, Am J Emerg
 * Med 26(5):532-6, PMID 18534280, doi 10.1016/j.ajem.2007.08.009, abstract read 2026-12-07 at
 * suppr.wilddata.cn/browses/detail/pubmed/18534280), i.e. about 47% known diabetics, not 93%. Against such patients the
 * ratio's LR+ below 1 reverses direction (0.64/0.47 = 1.36), so the transfer is not the conservative one the session-37
 * rule allows; it lowered a can't-miss diagnosis in exactly the patients most exposed to it. Narrowing it out of both
 * problems leaves no problem, so the entry is withdrawn. No replacement was entered: Prince's cohort excluded DKA (mostly
 * known diabetics) and used 126 mg/dL, far below the hyperosmolar state's glucose, so its 47% likely understates known
 * diabetes among the crises' competitors and a grade B LR+ 1.36 would overstate; Prince is named here as a lead only.
 * Effect (raw chain, recalibration off): a known diabetic man of 55 in the emergency department with a glucose over
 * 13.9 mmol/L had the hyperosmolar state third at 0.7% (prior 1.6% x male 0.62 x history 0.69), now second at 1.0% (male step only);
 * in primary-care polyuria a known diabetic woman of 70 had it at 0.4%, now about 0.6%.
 *
 * DECLINED (no change; see the session report for each):
 * - Chest-pain primary-care PE, aortic dissection and pneumonia priors (Kohn 2005, ED): no general-practice chest-pain
 *   cohort giving these causes' shares could be read (Bösner 2009 and Hoorweg 2017, Heart 103(21):1727, doi
 *   10.1136/heartjnl-2016-310905, report only the leading groups in their abstracts; Hoorweg's table unread).
 * - Syncope primary-care priors (Framingham proxy, ED figures): Vanbrabant 2011 (BMC Fam Pract 12:102, doi
 *   10.1186/1471-2296-12-102) and Olde Nordkamp 2009 (doi 10.1016/j.ajem.2008.02.022) give incidence and age/sex, not causes.
 * - Palpitations primary-care anxiety 0.31 (Weber 1996, university centre ED/clinics/wards): Barsky 1994 (J Gen Intern Med
 *   9(6):306, doi 10.1007/BF02599176: current panic disorder 18.6% of 145 outpatients referred for Holter) measures a
 *   prevalence of disorder in a referred academic Holter population, not the cause of the palpitations, and is no
 *   general-practice cohort; no primary-care palpitations cohort with causes was found.
 * - v-028 anxiety x insomnia (Brenes 2009, older adults): the study's own non-GAD groups (worried well, no diagnosis) would
 *   give a measured background, but their sleep-dissatisfaction shares were not displayed in the abstract read.
 * - v-414 chronic venous insufficiency x female (Correa-Posada 2022, varicose-vein clinic, 79.8% women): the population-based
 *   Bonn Vein Study gives C3 oedema in 14.9% of women and 11.6% of men and C4 in 2.7% and 3.1% (1722 women, 1350 men; read
 *   in Pannier's review on phlebolymphology.org), about 60% women among C3-C4, so the clinic figure likely overstates; no
 *   persistent identifier for the Bonn study or the review was seen, so it was not entered.
 * - Fatigue anxiety 0.13 (Manu 1991) and coeliac disease 0.033: Stadje 2016 reports no anxiety share; no replacement read.
 * - Lovy 2013 (PMC4275798, aortic syndromes): only the abstract was displayed; its hypertension and back-pain rows unread.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const HHS = 'hyperosmolar-hyperglycaemic-state';

describe('classic presentations, session 40 round 2 (cardio)', () => {
  test('every id used here exists', () => {
    for (const id of ['history-of-diabetes-mellitus', 'glucose-over-13-9', 'excessive-thirst']) expect(kb.findings.has(id)).toBe(true);
    for (const id of [HHS, 'diabetic-ketoacidosis', 'diabetes-mellitus']) expect(kb.conditions.has(id)).toBe(true);
  });

  test('the hyperosmolar state carries no ratio for a recorded diabetes measured against diabetic inpatients', () => {
    const e = kb.evidence.filter((x) => x.condition === HHS && x.finding === 'history-of-diabetes-mellitus');
    for (const x of e) expect(x.source.citation).not.toBe('archintmed-1987-predisposing-factors-diabetic-hyperosmolar-state');
  });

  test('a known diabetic with a high glucose in the emergency department: the hyperosmolar state is not pushed below its prior by the history', () => {
    const known = run('hyperglycaemia', 'emergency', 55, 'male', ['+history-of-diabetes-mellitus', '+glucose-over-13-9']);
    expect(findingStepOf(known, HHS, 'history-of-diabetes-mellitus')?.counted ?? false).toBe(false);
    expect(priorStepOf(known, HHS)?.source?.citation).toBe('benoit-2020-diabetescare-hyperglycaemic-crises-trends');
    expect(rankOf(known, 'diabetic-ketoacidosis')).toBe(1);
    expect(rankOf(known, HHS)).toBeLessThanOrEqual(3);
    expect(rankOf(known, HHS)).toBeLessThan(rankOf(known, 'diabetes-mellitus'));
  });

  test('in polyuria or thirst, a recorded diabetes no longer lowers the hyperosmolar state', () => {
    const r = run('polyuria-or-polydipsia', 'primary-care', 70, 'female', ['+history-of-diabetes-mellitus', '+excessive-thirst']);
    expect(findingStepOf(r, HHS, 'history-of-diabetes-mellitus')?.counted ?? false).toBe(false);
  });
});

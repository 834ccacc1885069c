/**
 * Session 41 (skin: pruritus, rash, lymphadenopathy, weight loss): one change, several declines.
 *
 * CHANGED:
 * - Diabetes mellitus x glucose 11.1 mmol/L or more and type 1 diabetes x glucose 11.1 mmol/L or more in unintentional
 *   weight loss (evidence/s41-skin.json, two entries, `appliesTo: weight-loss`, `requiresAbsent:
 *   history-of-diabetes-mellitus`, grade C). Citation ada-2024-diabetescare-diagnosis-classification (doi
 *   10.2337/dc24-S002, already registered and verified). Read this session (2026-12-07, corpus 'pages'): the ADA Standards'
 *   'Table 1 - Criteria for the diagnosis of diabetes' on care.diabetesjournals.org: 'Symptoms of diabetes and a casual
 *   plasma glucose >=200 mg/dl (11.1 mmol/l) ... The classic symptoms of diabetes include polyuria, polydipsia, and
 *   unexplained weight loss', and the 2024 wording quoted on bestpractice.bmj.com/topics/en-us/25/criteria ('Random plasma
 *   glucose level >=200 mg/dL (>=11 mmol/L) in the presence of symptoms of hyperglycemia'). Weight loss is itself a classic
 *   symptom, so the criterion applies in this complaint as it does in polyuria (the session-39 entries, polyuria only).
 *   Frequency in disease 0.895 (defining criterion capped at the HPO very-frequent midpoint, as in session 39); background
 *   the policy 0.25, which overstates a diabetic glucose among weight loss's other patients (diabetes and hyperthyroidism
 *   together 3.8% of 154 inpatients, Rabinovitz 1986, the emergency prior's own source), so LR+ 3.58 / LR- 0.14
 *   understate. The same background for both types: a raised glucose does not separate them; age and ketones must.
 *   Before -> after (probe, recalibrated): man of 19, primary care, weight loss, polyuria/polydipsia, glucose over 13.9,
 *   ketones: type 1 diabetes 11th 1.4% -> 4th 1.8%; diabetes mellitus 3rd 5.7% -> 2nd 12.4%; depression 13.0% -> 12.7%
 *   first. Before, no glucose ratio counted for either diabetes in weight loss.
 *   Guard conflict (reported, not edited): s39-general2 and s39-systemic assert exactly one evidence entry per pair
 *   ('polyuria only'); they now find two (the polyuria one unchanged and this weight-loss one).
 *
 * DECLINED:
 * - Pruritus priors from Frese 2011 (J Clin Med Res 3(5):223, PMID 22383909, PMC3279483, doi 10.4021/jocmr632w): only the
 *   abstract and opening were displayed (64 of 8,877 SESAM 2 patients; 'Allergic contact eczema and infectious diseases
 *   of the skin were the most frequent results of encounter'; 'We found no significant association to systemic
 *   diseases'); no per-diagnosis table, and 64 patients cannot give a lymphoma or HIV share. Hodgkin lymphoma and HIV in
 *   pruritus stay where they are.
 * - Lymphadenopathy: Fijten 1988 (J Fam Pract 27(4):373, abstract re-read) gives malignancy only (1.1%, 4% over 40, 50%
 *   supraclavicular), already entered; no tuberculosis share. The Dutch primary-care reviews (Lackamp 2001 Huisarts Wet
 *   44(11):498; NTvG leerartikel) and Gaddey 2016 AFP (94(11):896) show no per-diagnosis proportions in what was read.
 *   Tuberculosis keeps the policy prior.
 * - Rash: anaphylaxis with urticaria and hypotension (ninth in an emergency probe, behind urticaria 55.7%) was not changed:
 *   the urticaria condition is not defined to exclude systemic involvement (anaphylaxis patients carry urticaria too), so
 *   a by-definition ratio against urticaria is not available, and anaphylaxis x hypotension (2.21, policy background)
 *   would need a cited hypotension frequency among emergency rash patients (none read). Varicella and measles are not
 *   conditions in the base (viral-exanthem holds them); adding them is a structural lead, not a curation change.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';
import { expectKnownIds } from '../../tests/builders/presentation-expectations';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const WL = 'weight-loss';
const ADA = 'ada-2024-diabetescare-diagnosis-classification';
const T1_PICTURE = ['+unintentional-weight-loss', '+polyuria-or-polydipsia-symptom', '+glucose-over-13-9', '+urine-ketones-positive'];

describe('classic presentations, session 41 (skin): the ADA glucose criterion in weight loss', () => {
  test('every id used here exists', () => {
    expectKnownIds(kb, ['unintentional-weight-loss', 'polyuria-or-polydipsia-symptom', 'glucose-over-13-9', 'glucose-11-1-or-more', 'urine-ketones-positive', 'history-of-diabetes-mellitus'], ['type-1-diabetes', 'diabetes-mellitus', 'malignancy', 'major-depressive-disorder']);
  });

  test('the weight-loss entries: grade C, ADA criterion, weight loss only, not in known diabetes', () => {
    for (const c of ['type-1-diabetes', 'diabetes-mellitus']) {
      const e = kb.evidence.filter((x) => x.condition === c && x.finding === 'glucose-11-1-or-more' && x.appliesTo?.problems?.includes(WL));
      expect(e).toHaveLength(1);
      expect(e[0].appliesTo?.problems).toEqual([WL]);
      expect(e[0].grade).toBe('C');
      expect(e[0].requiresAbsent).toBe('history-of-diabetes-mellitus');
      expect(e[0].source.citation).toBe(ADA);
      expect(e[0].lrNegative).toBeLessThan(0.2);
    }
  });

  test('a man of 19 with weight loss, thirst, glucose over 13.9 and ketones: both diabetes types in the top four, the glucose step counted', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run(WL, setting, 19, 'male', T1_PICTURE);
      expect(rankOf(r, 'type-1-diabetes')).toBeLessThanOrEqual(4);
      expect(rankOf(r, 'diabetes-mellitus')).toBeLessThanOrEqual(2);
      const step = findingStepOf(r, 'type-1-diabetes', 'glucose-11-1-or-more');
      expect(step?.counted).toBe(true);
      expect(step?.source?.citation).toBe(ADA);
    }
  });

  test('primary care: the diabetic glucose puts diabetes above malignancy', () => {
    const r = run(WL, 'primary-care', 19, 'male', T1_PICTURE);
    expect(rankOf(r, 'diabetes-mellitus')).toBeLessThan(rankOf(r, 'malignancy'));
  });

  test('weight loss with a glucose known to be below 11.1: diabetes falls', () => {
    const low = run(WL, 'primary-care', 55, 'male', ['+unintentional-weight-loss', '-glucose-11-1-or-more']);
    const unknown = run(WL, 'primary-care', 55, 'male', ['+unintentional-weight-loss']);
    expect(findingStepOf(low, 'diabetes-mellitus', 'glucose-11-1-or-more')?.counted).toBe(true);
    expect(p(low, 'diabetes-mellitus')).toBeLessThan(p(unknown, 'diabetes-mellitus'));
  });

  test('known diabetes: the raised glucose is explained and not counted', () => {
    const r = run(WL, 'primary-care', 55, 'male', ['+unintentional-weight-loss', '+history-of-diabetes-mellitus', '+glucose-11-1-or-more']);
    expect(findingStepOf(r, 'diabetes-mellitus', 'glucose-11-1-or-more')?.counted).not.toBe(true);
  });

  test('in polyuria the session-39 type 1 entry (Pawar background) still counts, not this one', () => {
    const r = run('polyuria-or-polydipsia', 'primary-care', 22, 'male', ['+polyuria-or-polydipsia-symptom', '+glucose-11-1-or-more']);
    const step = findingStepOf(r, 'type-1-diabetes', 'glucose-11-1-or-more');
    expect(step?.counted).toBe(true);
    expect(step?.lr).toBeCloseTo(0.895 / 0.47, 2);
  });
});

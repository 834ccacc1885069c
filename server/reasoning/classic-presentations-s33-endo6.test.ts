/**
 * Textbook pictures of every unguarded cause of polyuria or excessive thirst and of hyperglycaemia (session 33, round 4,
 * curator "endo6"), entered as a clinician would (age, sex, setting, typical findings that exist as finding ids).
 *
 * What was checked (rank primary care / emergency, on knowledge 2.171.0):
 * - Polyuria or thirst: hyperosmolar state 2/2 (behind diabetes), diabetes insipidus after pituitary surgery with dilute
 *   urine 2/3, hypokalaemia on a diuretic 2/3, hypercalcaemia of malignancy 2/2, chronic kidney disease 2/2, heart failure
 *   with nocturia and oedema 2/4, obstructive sleep apnoea 2/3, hyperthyroidism 2/3, Cushing's syndrome 2/2, acromegaly
 *   2/2, gestational diabetes 2/3 (second or third behind diabetes mellitus and, in the emergency setting, diabetic
 *   ketoacidosis, both with cited priors: acceptable for a complaint whose commonest cause is diabetes).
 * - Hyperglycaemia: hyperosmolar state 1/1, gestational diabetes 2/3, acute pancreatitis (meets its revised-Atlanta
 *   definition with a lipase over three times normal: established; without the lipase third in the emergency setting),
 *   chronic pancreatitis 4/5, cystic fibrosis 3/4, Cushing's syndrome 3/5, acromegaly 2/2, phaeochromocytoma 2/3,
 *   hyperthyroidism 3/4, pancreatic cancer 2/3, sepsis 10/11.
 *
 * Nothing was changed in the knowledge (guards only): no figure that would lift the worst pictures could be read and
 * applied cleanly in the time of this round (25 minutes):
 * - Sepsis (10th/11th): qSOFA (Askim 2017) and SIRS are validated only in fever, so they do not count under
 *   hyperglycaemia; a septic patient with stress hyperglycaemia is entered with fever as a second problem. No figure for
 *   fever or tachycardia x sepsis among hyperglycaemic patients was read. Guarded only as listed.
 * - Hyperthyroidism (3rd/4th): heat intolerance (Shoib 2021, grade C) is applied in diarrhoea, fatigue and weight loss,
 *   not here: phaeochromocytoma and acromegaly, both causes of hyperglycaemia (and acromegaly of polyuria), bring sweating
 *   and heat intolerance too, which is the reason it was withheld in low mood and insomnia. Declined.
 * - Cushing's syndrome (5th in the emergency setting) and chronic pancreatitis (4th/5th) stay behind the cited priors of
 *   diabetic ketoacidosis and the hyperosmolar state; no accuracy figure for a Cushing's sign among hyperglycaemic patients
 *   was read.
 * - Heart failure with nocturia (polyuria): none of its entries (history of heart failure, paroxysmal nocturnal dyspnoea,
 *   raised venous pressure, oedema) is applied under polyuria, so the picture does not move it from its policy prior; it is
 *   second or fourth only because the other non-glycaemic causes are on policy priors too. Its rank is guarded, its
 *   direction is not (a lead: a nocturnal-polyuria cohort with the share of heart failure, e.g. the ICS nocturia
 *   consensus, Everaert 2019, doi 10.1002/nau.23939, whose text was not read).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const PU = 'polyuria-or-polydipsia';
const HG = 'hyperglycaemia';
type Sex = 'female' | 'male';
/** problem, condition, age, sex, findings, worst acceptable rank in primary care, in the emergency setting */
type Picture = [string, string, number, Sex, string[], number, number];

const pictures: Picture[] = [
  [PU, 'hyperosmolar-hyperglycaemic-state', 78, 'female', ['+history-of-dementia', '+dehydration', '+glucose-30-or-more', '+serum-osmolality-320-or-more', '+confusion'], 2, 2],
  [PU, 'diabetes-insipidus', 35, 'male', ['+history-of-pituitary-surgery-or-head-injury', '+excessive-thirst', '+nocturia', '+urine-osmolality-below-250', '-glucose-11-1-or-more'], 2, 3],
  [PU, 'hypokalaemia', 55, 'female', ['+diuretic-use', '+vomiting-or-diarrhoea', '+muscle-weakness', '+ecg-hypokalaemic-changes', '-glucose-11-1-or-more'], 2, 3],
  [PU, 'hypercalcaemia', 68, 'female', ['+active-malignancy', '+constipation', '+neuropsychiatric-symptoms', '+calcium-above-reference-range', '-glucose-11-1-or-more'], 2, 2],
  [PU, 'chronic-kidney-disease', 72, 'male', ['+history-of-hypertension', '+history-of-diabetes-mellitus', '+nocturia', '+egfr-below-60', '+proteinuria'], 2, 2],
  [PU, 'heart-failure', 76, 'male', ['+nocturia', '+oedema', '+dyspnoea', '+paroxysmal-nocturnal-dyspnoea', '+raised-jugular-venous-pressure'], 2, 4],
  [PU, 'obstructive-sleep-apnoea', 52, 'male', ['+nocturia', '+snoring', '+nocturnal-choking-or-gasping', '+bmi-30-or-more', '+fatigue'], 2, 3],
  // Session 39: rank 3 in primary care and 4 in the emergency department (DKA there too), behind both diabetes types: type 1 now has a cited prior at 31-60 (Thomas 2018's
  // share of diabetes diagnosed at those ages, 2.1%) and counts weight loss (3.24); hyperthyroidism's heat-intolerance and
  // tachycardia ratios were measured in populations this complaint is not (not applicable here), a lead for its evidence.
  [PU, 'hyperthyroidism', 34, 'female', ['+heat-intolerance', '+unintentional-weight-loss', '+heart-rate-over-100', '+goitre', '+tremor'], 3, 4],
  [PU, 'cushings-syndrome', 42, 'female', ['+weight-gain', '+secondary-amenorrhoea', '+glucose-11-1-or-more', '+urinary-free-cortisol-raised'], 2, 2],
  [PU, 'acromegaly', 50, 'male', ['+acral-enlargement', '+snoring', '+headache', '+diaphoresis', '+glucose-11-1-or-more'], 2, 2],
  [PU, 'gestational-diabetes', 31, 'female', ['+bmi-30-or-more', '+glucose-challenge-test-7-8-or-more', '+excessive-thirst'], 2, 3],
  [HG, 'hyperosmolar-hyperglycaemic-state', 78, 'female', ['+history-of-dementia', '+dehydration', '+glucose-30-or-more', '+serum-osmolality-320-or-more', '+confusion'], 1, 1],
  [HG, 'gestational-diabetes', 31, 'female', ['+bmi-30-or-more', '+glucose-challenge-test-7-8-or-more'], 2, 3],
  [HG, 'acute-pancreatitis', 45, 'male', ['+abdominal-pain', '+epigastric-pain', '+vomiting'], 4, 3],
  [HG, 'chronic-pancreatitis', 52, 'male', ['+history-of-alcohol-use-disorder', '+abdominal-pain', '+unintentional-weight-loss'], 4, 5],
  [HG, 'cystic-fibrosis', 24, 'male', ['+chronic-pulmonary-symptoms', '+male-infertility', '+nasal-polyps', '-bmi-25-or-more'], 3, 4],
  [HG, 'cushings-syndrome', 42, 'female', ['+weight-gain', '+secondary-amenorrhoea', '+history-of-hypertension'], 3, 5],
  [HG, 'acromegaly', 50, 'male', ['+acral-enlargement', '+snoring', '+headache', '+diaphoresis'], 2, 2],
  [HG, 'phaeochromocytoma', 45, 'female', ['+headache', '+palpitations', '+diaphoresis', '+history-of-hypertension'], 2, 3],
  [HG, 'hyperthyroidism', 34, 'female', ['+heat-intolerance', '+unintentional-weight-loss', '+heart-rate-over-100', '+goitre', '+tremor'], 3, 4],
  [HG, 'pancreatic-cancer', 68, 'male', ['+unintentional-weight-loss', '+loss-of-appetite', '+abdominal-pain', '+jaundice'], 2, 3],
];

describe('textbook pictures of the unguarded causes of polyuria or thirst and of hyperglycaemia (session 33, endo6)', () => {
  for (const [problem, condition, age, sex, findings, worstPrimary, worstEmergency] of pictures) {
    test(`${problem}: ${condition} (${age}, ${sex}) is within rank ${worstPrimary} in primary care and ${worstEmergency} in the emergency setting`, () => {
      const pc = rankOf(run(problem, 'primary-care', age, sex, findings), condition);
      const ed = rankOf(run(problem, 'emergency', age, sex, findings), condition);
      expect(pc).toBeGreaterThan(0);
      expect(pc).toBeLessThanOrEqual(worstPrimary);
      expect(ed).toBeGreaterThan(0);
      expect(ed).toBeLessThanOrEqual(worstEmergency);
    });
    if (condition === 'heart-failure') {
      continue; // a gap: none of heart failure's findings counts under polyuria (see the header)
    }
    test(`${problem}: ${condition}'s picture raises it above its probability with no findings (primary care)`, () => {
      const bare = probOf(run(problem, 'primary-care', age, sex, []), condition);
      const pc = probOf(run(problem, 'primary-care', age, sex, findings), condition);
      expect(pc).toBeGreaterThan(bare);
    });
  }

  test('hyperglycaemia: epigastric pain with a lipase over three times normal establishes acute pancreatitis (revised Atlanta)', () => {
    const r = run(HG, 'emergency', 45, 'male', ['+abdominal-pain', '+epigastric-pain', '+vomiting', '+lipase-over-3x-uln']);
    expect(r.established.map((e) => e.conditionId)).toContain('acute-pancreatitis');
  });

  test('hyperglycaemia: a septic picture keeps sepsis on the list (qSOFA and SIRS count only under fever: a gap)', () => {
    const f = ['+fever', '+heart-rate-over-100', '+confusion', '+qsofa-score-2-or-more', '+sirs-criteria-2-or-more'];
    expect(rankOf(run(HG, 'primary-care', 70, 'male', f), 'sepsis')).toBeGreaterThan(0);
    expect(rankOf(run(HG, 'emergency', 70, 'male', f), 'sepsis')).toBeGreaterThan(0);
  });
});

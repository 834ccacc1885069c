/**
 * Nausea and vomiting (session 33, round 4, curator "nv6"): the textbook picture of every cause of the complaint that had
 * no guard, entered as a clinician would (problem, setting, age, sex, findings; no vignette), on the real knowledge base.
 *
 * What was wrong:
 * - Intracerebral haemorrhage: a vomiting hypertensive man of 70 with headache and a focal deficit, diastolic pressure over
 *   110 and a reduced conscious level was seventeenth in both settings: no clinical ratio for haemorrhage counted under
 *   nausea and vomiting (Runchey 2010's ratios applied to focal weakness and confusion only).
 * - Bacterial meningitis: a febrile man of 20 with headache, photophobia, confusion and a stiff neck was tenth in both
 *   settings: neck stiffness carried no meningitis ratio under nausea and vomiting.
 *
 * Added (evidence/s33-nv6.json; no new citation):
 * - intracerebral haemorrhage x headache with focal neurological symptoms, LR+ 2.9 (1.7-4.8), grade A, and x diastolic
 *   pressure over 110 mm Hg, LR+ 4.3 (1.4-14), grade A, with a focal deficit recorded only (requiresPresent): Runchey 2010
 *   (JAMA Rational Clinical Examination, PMID 20530782), abstract, Data Synthesis.
 * - bacterial meningitis x neck stiffness, LR+ 3.32, LR- 0.227, grade C: van de Beek 2004 (NEJM), neck stiffness in 83% of
 *   696 episodes (Table 1 as reproduced in Am Fam Physician 2005;72(6):1113-4), over the 0.25 policy background.
 * After: intracerebral haemorrhage third (below gastroenteritis's proxy prior and intoxication), meningitis fifth.
 *
 * Guards of pictures already ranked as a clinician would (no change made): gastroenteritis, gastritis, intoxication,
 * pancreatitis (established by Atlanta criteria with a lipase over three times normal), gallstone disease, peptic ulcer,
 * acute coronary syndrome, hyponatraemia (established by a sodium below 135), gastroparesis, ureteric stone,
 * pyelonephritis, chronic kidney disease and adrenal crisis.
 *
 * Gaps (reported, not tested as fixed):
 * - Migraine is eighteenth for a woman of 30 with a unilateral headache, photophobia, phonophobia and known migraine: the
 *   migraine ratios (Detsky 2006) are measured among headache patients and applied to headache only; no figure for
 *   headache or photophobia among vomiting patients without migraine was read.
 * - Brain tumour is twelfth for headache with a progressive focal deficit, papilloedema and a first seizure: its ratios
 *   (Hamilton and Kernick 2007) are primary-care headache figures; none was read for vomiting patients.
 * - Intracerebral haemorrhage stays below gastroenteritis and intoxication, whose proxy priors no neurological finding
 *   lowers; meningitis stays below gastroenteritis (fever counts for gastroenteritis, not for meningitis, in this complaint).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, listedProbOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const problem = 'nausea-and-vomiting';

const ich = ['+headache-with-focal-neurological-symptoms', '+focal-neurological-deficit', '+diastolic-bp-over-110', '+history-of-hypertension', '+gcs-below-15'];
const meningitis = ['+fever', '+headache', '+neck-stiffness', '+photophobia', '+confusion'];

describe('nausea and vomiting: unguarded causes (session 33, nv6)', () => {
  test.each(settings)('a vomiting hypertensive man of 70 with headache and a focal deficit, diastolic over 110 and reduced consciousness: intracerebral haemorrhage in the first three (%s)', (setting) => {
    // Before session 33: seventeenth in both settings.
    const r = run(problem, setting, 70, 'male', ich);
    expect(rankOf(r, 'intracerebral-haemorrhage')).toBeGreaterThan(0);
    expect(rankOf(r, 'intracerebral-haemorrhage')).toBeLessThanOrEqual(3);
    expect(listedProbOf(r, 'intracerebral-haemorrhage')).toBeGreaterThan(p(r, 'gastritis'));
    expect(listedProbOf(r, 'intracerebral-haemorrhage')).toBeGreaterThan(p(r, 'brain-tumour'));
    expect(r.cantMiss.some((d) => d.conditionId === 'intracerebral-haemorrhage')).toBe(true);
    const step = findingStepOf(r, 'intracerebral-haemorrhage', 'headache-with-focal-neurological-symptoms');
    expect(step?.counted).toBe(true);
    expect(step?.grade).toBe('A');
  });

  test('the diastolic-pressure ratio counts for intracerebral haemorrhage only with a focal deficit recorded', () => {
    const withDeficit = run(problem, 'emergency', 70, 'male', ['+focal-neurological-deficit', '+diastolic-bp-over-110']);
    expect(findingStepOf(withDeficit, 'intracerebral-haemorrhage', 'diastolic-bp-over-110')?.counted).toBe(true);
    const without = run(problem, 'emergency', 70, 'male', ['+diastolic-bp-over-110']);
    expect(findingStepOf(without, 'intracerebral-haemorrhage', 'diastolic-bp-over-110')?.counted).not.toBe(true);
  });

  test.each(settings)('a febrile man of 20 with headache, photophobia, confusion and a stiff neck: bacterial meningitis in the first five, raised by the stiff neck (%s)', (setting) => {
    // Before session 33: tenth in both settings.
    const r = run(problem, setting, 20, 'male', meningitis);
    const noStiffness = run(problem, setting, 20, 'male', meningitis.filter((f) => f !== '+neck-stiffness'));
    expect(rankOf(r, 'bacterial-meningitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'bacterial-meningitis')).toBeLessThanOrEqual(5);
    expect(listedProbOf(r, 'bacterial-meningitis')).toBeGreaterThan(listedProbOf(noStiffness, 'bacterial-meningitis'));
    expect(r.cantMiss.some((d) => d.conditionId === 'bacterial-meningitis')).toBe(true);
  });

  test('neck stiffness recorded absent lowers bacterial meningitis in a vomiting patient with fever and headache', () => {
    const base = ['+fever', '+headache', '+photophobia'];
    const bare = run(problem, 'emergency', 20, 'male', base);
    const supple = run(problem, 'emergency', 20, 'male', [...base, '-neck-stiffness']);
    expect(listedProbOf(supple, 'bacterial-meningitis')).toBeLessThan(listedProbOf(bare, 'bacterial-meningitis'));
  });

  describe('guards: textbook pictures already ranked as a clinician would', () => {
    const guards: Array<[string, string, number, 'male' | 'female', string[], number]> = [
      ['gastroenteritis', 'a man of 25 with acute diarrhoea, fever and abdominal pain', 25, 'male', ['+acute-diarrhoea', '+fever', '+abdominal-pain'], 1],
      ['gastritis', 'a man of 45 on NSAIDs with epigastric pain, no diarrhoea or fever', 45, 'male', ['+epigastric-pain', '+nsaid-use', '-diarrhoea', '-fever'], 2],
      ['drug-or-alcohol-intoxication', 'a drowsy, tachycardic man of 30 smelling of alcohol with ethanol in the blood', 30, 'male', ['+alcohol-odour-on-breath', '+gcs-below-15', '+heart-rate-over-100', '+serum-ethanol-detected'], 1],
      ['acute-pancreatitis', 'a heavy-drinking man of 50 with epigastric pain through to the back (no lipase yet)', 50, 'male', ['+epigastric-pain', '+abdominal-pain-radiating-to-back', '+high-alcohol-consumption'], 6],
      ['gallstone-disease', 'a woman of 45 with right-upper-quadrant pain after fatty food, Murphy sign and fever', 45, 'female', ['+right-upper-quadrant-pain', '+abdominal-pain-precipitated-by-fatty-food', '+murphy-sign', '+fever'], 3],
      ['peptic-ulcer-disease', 'a man of 55 on NSAIDs with epigastric pain and melaena, no diarrhoea', 55, 'male', ['+epigastric-pain', '+nsaid-use', '+melaena-reported', '-diarrhoea'], 3],
      ['acute-coronary-syndrome', 'a diabetic hypertensive man of 65 with sweaty chest pain to the left arm', 65, 'male', ['+chest-pain', '+diaphoresis', '+pain-radiating-left-arm', '+history-of-diabetes-mellitus', '+history-of-hypertension'], 5],
      ['gastroparesis', 'a diabetic woman of 50 with early satiety, postprandial fullness and bloating, no diarrhoea', 50, 'female', ['+history-of-diabetes-mellitus', '+early-satiety', '+postprandial-fullness', '+abdominal-bloating', '-diarrhoea'], 3],
      ['urolithiasis', 'a man of 40 with sudden flank pain and haematuria, no fever', 40, 'male', ['+flank-pain', '+haematuria', '-fever', '+sudden-onset-pain'], 7],
      ['acute-pyelonephritis', 'a woman of 30 with fever, flank pain, dysuria and renal-angle tenderness', 30, 'female', ['+fever', '+flank-pain', '+dysuria', '+costovertebral-angle-tenderness'], 5],
      ['chronic-kidney-disease', 'a diabetic hypertensive man of 70 with fatigue, eGFR below 60 and a raised creatinine', 70, 'male', ['+history-of-diabetes-mellitus', '+history-of-hypertension', '+egfr-below-60', '+creatinine-above-reference-range', '+fatigue'], 2],
      ['adrenal-crisis', 'a woman of 40 on systemic steroids with hypotension, hyponatraemia, confusion and fatigue', 40, 'female', ['+hypotension', '+sodium-below-135', '+confusion', '+systemic-corticosteroid-use', '+fatigue'], 3],
    ];
    for (const [id, label, age, sex, findings, maxRank] of guards) {
      test.each(settings)(`${label}: ${id} in the first ${maxRank} (%s)`, (setting) => {
        const r = run(problem, setting, age, sex, findings);
        expect(rankOf(r, id)).toBeGreaterThan(0);
        expect(rankOf(r, id)).toBeLessThanOrEqual(maxRank);
      });
    }

    test.each(settings)('epigastric pain to the back with a lipase over three times normal establishes acute pancreatitis (%s)', (setting) => {
      const r = run(problem, setting, 50, 'male', ['+epigastric-pain', '+abdominal-pain-radiating-to-back', '+high-alcohol-consumption', '+lipase-over-3x-uln']);
      expect(r.established.map((e) => e.conditionId)).toContain('acute-pancreatitis');
    });

    test.each(settings)('a confused woman of 78 on a thiazide with a fall and a sodium below 135: hyponatraemia established (%s)', (setting) => {
      const r = run(problem, setting, 78, 'female', ['+thiazide-diuretic-use', '+confusion', '+sodium-below-135', '+recent-fall']);
      expect(r.established.map((e) => e.conditionId)).toContain('hyponatraemia');
    });

    test('gaps (migraine eighteenth, brain tumour twelfth): both stay on the list for their pictures', () => {
      const mig = run(problem, 'primary-care', 30, 'female', ['+headache', '+unilateral-headache', '+photophobia', '+phonophobia', '+history-of-migraine', '-fever']);
      expect(rankOf(mig, 'migraine')).toBeGreaterThan(0);
      const tumour = run(problem, 'primary-care', 55, 'male', ['+headache', '+focal-deficit-progressive-over-days-or-weeks', '+papilloedema', '+new-onset-seizure']);
      expect(rankOf(tumour, 'brain-tumour')).toBeGreaterThan(0);
    });
  });
});

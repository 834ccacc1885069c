/**
 * Textbook presentations of acute confusion and of seizure or transient loss of consciousness entered as a clinician
 * would (problem, setting, age, sex, findings; no vignette), on the real knowledge base (session 33, round 4, curator
 * neuro5). Every cause of the two problems (priors, unquantified list, coverage) was entered once as its textbook picture,
 * including those already guarded elsewhere; the pictures that were right are guarded as they are.
 *
 * What was wrong, and what was added:
 * - Intracerebral haemorrhage in acute confusion: a 70-year-old hypertensive man, confused after a sudden headache with a
 *   focal deficit, vomiting and a diastolic pressure over 110 had it sixteenth in both settings: in confusion it had no
 *   clinical ratio at all (only the CT entry), whereas Runchey & McGee 2010 (JAMA Rational Clinical Examination, PMID
 *   20530782, abstract Data Synthesis; 19 prospective studies, 6,438 strokes) is entered for focal weakness only. Added for
 *   confusion, grade A, the same figures: headache with the focal symptoms LR 2.9 (1.7-4.8); vomiting LR 3.0 (1.7-5.5) and
 *   diastolic pressure over 110 LR 4.3 (1.4-14), these two only with a focal deficit recorded (`requiresPresent`), the
 *   study's population of stroke patients. Fourth after (subdural haematoma, stroke and intoxication above it; its prior
 *   is still the policy prior, being inside Jung 2020's stroke category).
 * - Bacterial meningitis in confusion and in seizure: a febrile young man with headache, photophobia, vomiting and a stiff
 *   neck had it ninth (confusion) and tenth (seizure): neck stiffness carried no ratio for meningitis in either complaint.
 *   Added, grade C, confusion and seizure: neck stiffness in 83% of 696 culture-proven episodes (van de Beek 2004 NEJM,
 *   PMID 15509818, Table 1 as reproduced in the AFP 2005 summary; secondary) over the 0.25 policy background (LR+ 3.32,
 *   LR- 0.227), as in neck pain. Sixth (confusion) and eighth (seizure) after.
 *
 * Changed in session 36 (curator tumour5): brain tumour x confusion (Hamilton 2007, PMID 17761056, LR 15.4, measured
 * against the whole consulting population) is no longer counted when a new-onset seizure is charted, nor in the seizure
 * complaint: the confusion may be post-ictal, and the seizure's own figure (the seizure complaint's brain-tumour prior, its
 * PPV 2.3% at 60-69) already carries the signal. The expectation 'first of the causes, in the first three' rested on that
 * multiplication (about 20%, uncorrected); the tumour now keeps the new-seizure PPV and is listed (first seven). Published
 * combined figures are a few per cent (Ozawa 2019 BMJ Open, PMID 31471440; Fam Pract 2015 review, PMID 26467645).
 *
 * Session 37 (curator neuro): the seizure TIA picture's bound 5 -> 7: it rested on Correia 2015's TIA-clinic sudden-onset ratio (TIA against atypical 'possible TIA'), withdrawn from the seizure complaint, whose other patients (seizures, syncope) are abrupt too.
 *
 * Gaps (not fixed, recorded for the lead):
 * - Alcohol withdrawal in confusion (tremor, sweating, agitation and tachycardia in a man with alcohol use disorder) is
 *   eleventh, below intoxication and infections: no frequency of tremor, sweating or hallucinations in alcohol withdrawal
 *   with an identifier could be read, and there is no finding for drinking recently stopped or reduced.
 * - Meningitis stays sixth or eighth: its prior is the policy prior, and fever is deliberately not counted for it in
 *   confusion or seizure (fever is common in their other causes; see the neck-pain fever entry).
 * - Hepatic encephalopathy (cirrhosis, alcohol, jaundice, ascites, spider naevi), hyponatraemia (thiazide, fall, vomiting)
 *   and dementia (informant-reported memory loss) are seventh in confusion; carbon monoxide tenth with its picture.
 *   (Session 42: one place lower each, eighth and eleventh, with probabilities unchanged, since intracerebral
 *   haemorrhage took its own share of Jung 2020's stroke figure, Runchey 2010's 24%, and now lists above them.)
 * - In seizure, cardiac arrhythmia has no ratio at all (fifth with palpitations, heart failure, a previous infarct and no
 *   prodrome), and brain tumour is seventh in the emergency department (its Hamilton 2007 ratios are primary-care ones;
 *   first in primary care). Stroke, TIA and sedative-hypnotic withdrawal are fifth or sixth.
 * - Session 36 (curator faint): the primary-care guard "brain tumour first" for the 62-year-old man with a new seizure,
 *   headache, confusion, memory loss and a focal deficit became "in the first three, first after the seizure itself".
 *   EPIC2's suspected-seizure priors (Dickson 2017 BMJ Open, PMID 28706099) now apply in primary care too (other-setting,
 *   as Day 1982's emergency figures already did), so epileptic seizure (the event, 0.648) ranks above its cause. The
 *   literature supports the new order: in primary care a brain tumour after such features is a few per cent (Ozawa 2019
 *   BMJ Open, PMID 31471440: seizure PPV 1.6%, headache with cognitive symptoms 7.2%; Fam Pract 2015 systematic review,
 *   PMID 26467645: new-onset seizure 2.3% at 60-69, no combination above 0.39%), never the likeliest explanation.
 *
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['emergency', 'primary-care'] as const;
const listedBy = (rank: number, bound: number): boolean => rank > 0 && rank <= bound;

describe('acute confusion: the fixed pictures (session 33, round 4, neuro5)', () => {
  for (const setting of settings) {
    test(`${setting}: a 70-year-old hypertensive man confused after a sudden headache with a focal deficit, vomiting and a diastolic pressure over 110: intracerebral haemorrhage in the first four, raised by the grade A stroke-subtype ratios`, () => {
      const deficit = ['+sudden-onset-neurological-symptoms', '+headache', '+focal-neurological-deficit', '+history-of-hypertension'];
      const bare = run('confusion', setting, 70, 'male', deficit);
      const r = run('confusion', setting, 70, 'male', [...deficit, '+headache-with-focal-neurological-symptoms', '+nausea-or-vomiting', '+diastolic-bp-over-110']);
      expect(listedBy(rankOf(r, 'intracerebral-haemorrhage'), 4)).toBe(true);
      expect(rankOf(r, 'intracerebral-haemorrhage')).toBeLessThan(rankOf(bare, 'intracerebral-haemorrhage'));
      expect(findingStepOf(r, 'intracerebral-haemorrhage', 'headache-with-focal-neurological-symptoms')?.grade).toBe('A');
      expect(findingStepOf(r, 'intracerebral-haemorrhage', 'diastolic-bp-over-110')?.grade).toBe('A');
    });

    test(`${setting}: vomiting and a very high diastolic pressure without a focal deficit do not count for intracerebral haemorrhage`, () => {
      const r = run('confusion', setting, 70, 'male', ['+nausea-or-vomiting', '+diastolic-bp-over-110']);
      expect(findingStepOf(r, 'intracerebral-haemorrhage', 'nausea-or-vomiting')?.counted ?? false).toBe(false);
      expect(findingStepOf(r, 'intracerebral-haemorrhage', 'diastolic-bp-over-110')?.counted ?? false).toBe(false);
      const withDeficit = run('confusion', setting, 70, 'male', ['+nausea-or-vomiting', '+diastolic-bp-over-110', '+focal-neurological-deficit']);
      expect(findingStepOf(withDeficit, 'intracerebral-haemorrhage', 'nausea-or-vomiting')?.counted).toBe(true);
    });

    test(`${setting}: a 25-year-old man with fever, headache, photophobia, vomiting and a stiff neck: bacterial meningitis in the first six, raised by neck stiffness`, () => {
      const soft = run('confusion', setting, 25, 'male', ['+fever', '+headache', '+photophobia', '+vomiting']);
      const r = run('confusion', setting, 25, 'male', ['+fever', '+headache', '+neck-stiffness', '+photophobia', '+vomiting']);
      expect(listedBy(rankOf(r, 'bacterial-meningitis'), 6)).toBe(true);
      expect(p(r, 'bacterial-meningitis')).toBeGreaterThan(p(soft, 'bacterial-meningitis'));
      expect(findingStepOf(r, 'bacterial-meningitis', 'neck-stiffness')?.grade).toBe('C');
    });
  }
});

describe('acute confusion: every cause\'s textbook picture (session 33, round 4, neuro5)', () => {
  const pictures: [string, number, 'female' | 'male', string[], number][] = [
    ['acute-stroke', 72, 'male', ['+sudden-onset-neurological-symptoms', '+facial-paresis-arm-drift-or-abnormal-speech', '+aphasia', '+history-of-hypertension', '+ecg-atrial-fibrillation'], 1],
    ['drug-or-alcohol-intoxication', 30, 'male', ['+alcohol-odour-on-breath', '+serum-ethanol-detected', '+agitation', '+heart-rate-over-100'], 1],
    ['subdural-haematoma', 80, 'female', ['+recent-fall', '+recent-head-injury', '+antithrombotic-therapy', '+headache'], 1],
    ['urinary-tract-infection', 82, 'female', ['+dysuria', '+urinary-frequency', '+fever', '+urine-nitrite-positive'], 1],
    ['epileptic-seizure', 35, 'male', ['+previous-seizure-or-epilepsy', '+tongue-biting', '+postictal-disorientation'], 1],
    ['encephalitis', 40, 'female', ['+fever', '+headache', '+new-onset-seizure', '+aphasia'], 1],
    ['wernicke-encephalopathy', 50, 'male', ['+history-of-alcohol-use-disorder', '+eye-movement-abnormality', '+wide-based-gait'], 2],
    ['sedative-hypnotic-withdrawal', 70, 'female', ['+benzodiazepine-or-z-drug-use', '+sedative-hypnotic-recently-stopped-or-reduced', '+tremor', '+anxiety-or-tension', '+diaphoresis'], 3],
    ['sepsis', 75, 'female', ['+fever', '+heart-rate-over-100', '+hypotension', '+respiratory-rate-22-or-more', '+qsofa-score-2-or-more'], 5],
    ['community-acquired-pneumonia', 78, 'male', ['+cough', '+fever', '+temperature-38-or-over', '+crackles-on-auscultation', '+respiratory-rate-20-or-over'], 5],
    ['hypoglycaemia', 70, 'male', ['+insulin-therapy', '+history-of-diabetes-mellitus', '+diaphoresis'], 5],
    ['hepatic-encephalopathy', 58, 'male', ['+history-of-cirrhosis', '+history-of-alcohol-use-disorder', '+jaundice', '+ascites', '+spider-naevi'], 7],
    ['hyponatraemia', 80, 'female', ['+thiazide-diuretic-use', '+recent-fall', '+nausea-or-vomiting'], 8],
    ['dementia', 82, 'female', ['+informant-reported-memory-loss', '+memory-loss'], 8],
    ['carbon-monoxide-poisoning', 40, 'female', ['+headache', '+symptomatic-cohabitants', '+home-heated-by-gas-space-heater-or-stove'], 11],
    ['alcohol-withdrawal', 50, 'male', ['+history-of-alcohol-use-disorder', '+tremor', '+diaphoresis', '+agitation', '+heart-rate-over-100'], 11],
  ];
  for (const setting of settings) {
    for (const [condition, age, sex, findings, bound] of pictures) {
      test(`${setting}: ${condition} (${age}, ${sex}: ${findings.join(' ')}) in the first ${bound}`, () => {
        expect(listedBy(rankOf(run('confusion', setting, age, sex, findings), condition), bound)).toBe(true);
      });
    }
  }
});

describe('seizure or transient loss of consciousness: every cause\'s textbook picture (session 33, round 4, neuro5)', () => {
  for (const setting of settings) {
    test(`${setting}: a 22-year-old man with fever, headache, photophobia, vomiting and a stiff neck: bacterial meningitis in the first eight, raised by neck stiffness`, () => {
      const soft = run('seizure', setting, 22, 'male', ['+fever', '+headache', '+photophobia', '+vomiting']);
      const r = run('seizure', setting, 22, 'male', ['+fever', '+headache', '+neck-stiffness', '+photophobia', '+vomiting']);
      expect(listedBy(rankOf(r, 'bacterial-meningitis'), 8)).toBe(true);
      expect(rankOf(r, 'bacterial-meningitis')).toBeLessThan(rankOf(soft, 'bacterial-meningitis'));
      expect(findingStepOf(r, 'bacterial-meningitis', 'neck-stiffness')?.grade).toBe('C');
    });

    test(`${setting}: a 62-year-old man with a new seizure, headache, confusion, memory loss and a focal deficit: brain tumour listed in the first seven`, () => {
      const r = run('seizure', setting, 62, 'male', ['+new-onset-seizure', '+headache', '+confusion', '+memory-loss', '+focal-neurological-deficit']);
      expect(listedBy(rankOf(r, 'brain-tumour'), 7)).toBe(true);
    });
  }

  test('primary care: the same man has brain tumour listed, confusion not counted for it beside the seizure (session 36, tumour5; was first three, first of the causes)', () => {
    // Was "brain tumour first" until session 36 (curator faint): with EPIC2's suspected-seizure priors copied to primary
    // care (other-setting), the recorded seizure itself (epileptic seizure) comes first. Primary-care cohorts put a brain
    // tumour after such features at a few per cent, not above one half: Ozawa 2019 BMJ Open (PMID 31471440, CPRD, abstract)
    // seizure PPV 1.6%, headache with combined cognitive symptoms 7.2%; Fam Pract 2015 systematic review (PMID 26467645,
    // PMC5942539, abstract) new-onset seizure 2.3% at 60-69, no symptom combination above 0.39%.
    const r = run('seizure', 'primary-care', 62, 'male', ['+new-onset-seizure', '+headache', '+confusion', '+memory-loss', '+focal-neurological-deficit']);
    // Session 36 (tumour5): the confusion may be post-ictal; Hamilton's confusion ratio is not counted beside a seizure.
    expect(listedBy(rankOf(r, 'brain-tumour'), 7)).toBe(true);
    expect(findingStepOf(r, 'brain-tumour', 'confusion')?.counted ?? false).toBe(false);
  });

  const pictures: [string, number, 'female' | 'male', string[], number][] = [
    ['epileptic-seizure', 25, 'male', ['+tongue-biting', '+postictal-disorientation', '+previous-seizure-or-epilepsy'], 1],
    ['vasovagal-syncope', 22, 'female', ['+syncope-after-prolonged-standing', '+pallor-during-syncope', '+prodrome-before-syncope', '-tongue-biting'], 1],
    ['orthostatic-hypotension', 78, 'male', ['+orthostatic-symptoms-within-5-minutes-of-standing', '+sit-to-stand-systolic-drop-15-or-more', '+diuretic-use'], 1],
    ['psychogenic-non-epileptic-seizures', 28, 'female', ['+eyes-closed-during-event', '+event-duration-over-2-minutes', '+recall-of-events-during-attack'], 1],
    ['alcohol-withdrawal', 48, 'male', ['+history-of-alcohol-use-disorder', '+tremor', '+diaphoresis', '+systolic-bp-140-or-more', '+heart-rate-over-100'], 3],
    ['drug-or-alcohol-intoxication', 25, 'male', ['+alcohol-odour-on-breath', '+agitation', '+heart-rate-over-100', '+single-question-drug-use-positive'], 3],
    ['hypoglycaemia', 60, 'male', ['+history-of-diabetes-mellitus', '+insulin-therapy', '+diaphoresis'], 4],
    // Bound 7, not 4 (session 35): a charted seizure (SNOMED CT 91175000) now reads as new-onset-seizure, the seizure
    // complaint's own code, so in this complaint the seizure is the presenting problem and no longer also counted as
    // encephalitis's grade C ratio over a 25% background (every patient here has had a seizure or a faint): seventh in
    // primary care, sixth in the emergency department, with fever and aphasia counted.
    ['encephalitis', 35, 'female', ['+fever', '+headache', '+confusion', '+aphasia', '+new-onset-seizure'], 7],
    ['hyponatraemia', 80, 'female', ['+thiazide-diuretic-use', '+recent-fall', '+confusion', '+nausea-or-vomiting'], 5],
    ['subdural-haematoma', 80, 'male', ['+recent-fall', '+antithrombotic-therapy', '+recent-head-injury', '+headache', '+confusion'], 5],
    ['cardiac-arrhythmia', 70, 'male', ['+palpitations', '+history-of-myocardial-infarction', '+history-of-heart-failure', '-prodrome-before-syncope', '+heart-disease-or-abnormal-ecg'], 5],
    ['acute-stroke', 75, 'male', ['+sudden-onset-neurological-symptoms', '+facial-paresis-arm-drift-or-abnormal-speech', '+ecg-atrial-fibrillation', '+history-of-hypertension'], 5],
    ['transient-ischaemic-attack', 70, 'male', ['+transient-motor-weakness', '+aphasia', '+sudden-onset-neurological-symptoms', '+history-of-hypertension', '+history-of-diabetes-mellitus'], 7],
    ['sedative-hypnotic-withdrawal', 60, 'female', ['+benzodiazepine-or-z-drug-use', '+sedative-hypnotic-recently-stopped-or-reduced', '+tremor', '+anxiety-or-tension'], 6],
  ];
  for (const setting of settings) {
    for (const [condition, age, sex, findings, bound] of pictures) {
      test(`${setting}: ${condition} (${age}, ${sex}: ${findings.join(' ')}) in the first ${bound}`, () => {
        expect(listedBy(rankOf(run('seizure', setting, age, sex, findings), condition), bound)).toBe(true);
      });
    }
  }
});

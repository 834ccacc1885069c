/**
 * Low back pain and neck pain, both settings (session 33, round 4, curator "spine4"): the causes of the two complaints
 * that had no classic-presentation guard, entered as a clinician would (problem, setting, age, sex, 3-5 findings; no
 * vignette), on the real knowledge base. Already guarded elsewhere and not repeated: cauda equina syndrome, disc
 * herniation and bare non-specific back pain (classic-presentations.test.ts), the aortic aneurysm (s31-abdo, s33-abdo3),
 * cervical myelopathy (s27-neck), cervical radiculopathy (s29-r2joint), meningitis and bare non-specific neck pain
 * (s29-r3neuro), acute coronary syndrome (s27-b-msk), the cervical-fracture prior after an injury (s31-lead).
 *
 * Pictures checked (rank before this change, primary care / emergency department):
 * - osteoporotic vertebral fracture (78, woman, osteoporosis, steroids, a fall, closed-fist percussion): 1 / 1;
 * - spinal metastasis (68, man, history of cancer, weight loss, ESR over 20): 2 / 2 behind non-specific back pain; without
 *   the history of cancer 5 / 4, which matches the reviews (Downie 2013 BMJ and Henschke 2013 Cochrane: of the red flags
 *   only a history of cancer meaningfully raises the probability), so weight loss was not given a ratio;
 * - ankylosing spondylitis (26, man, back pain over three months, ASAS inflammatory back pain, morning stiffness,
 *   response to NSAIDs, better with exercise): 2 / 2; lumbar spinal stenosis (72, man, neurogenic claudication, bilateral
 *   leg pain, no pain seated, relief bending forward): 1 / 1;
 * - spinal epidural abscess (42, man, injection drug use, fever, ESR over 20): 9 / 2 (the primary-care prior is Deyo 1992's
 *   0.01%; it stays on the can't-miss list); myeloma (70, man, weight loss, raised calcium and creatinine): 2 / 12 (its
 *   ratios are Shephard 2015's primary-care case-control figures, limited to primary care);
 * - pyelonephritis (28, woman, fever, flank pain, dysuria, renal-angle tenderness): 2 / 4; renal colic (40, man, flank pain,
 *   haematuria): 7 / 8 (policy prior; flank pain and the STONE score are deliberately not applied under back pain, Dahm
 *   2022: no single symptom has LR+ >= 2 in suspected renal colic);
 * - whiplash after a rear-end collision (35, woman): 1 / 1; polymyalgia rheumatica (72, woman, bilateral shoulder aching,
 *   morning stiffness over 45 minutes, ESR over 30, hip pain): 2 / 2; cervical spinal infection (45, man, injection drug
 *   use, fever, ESR): 3 / 3;
 * - cervical artery dissection (42, woman, neck pain with headache and a focal neurological sign, no injury): 4 / 5, with
 *   non-specific neck pain first at about the same probability as on a bare neck pain;
 * - cervical-spine fracture (78, man, after a fall, Canadian C-spine rule and NEXUS positive): 4 / 3, non-specific neck pain
 *   first although the pain began with an injury.
 *
 * What was wrong and what was added (evidence/s33-spine4.json, both grade C, definitional, LR+ only, background the 25%
 * policy, neck pain only through the condition's own definition):
 * - non-specific neck pain x focal neurological sign, LR+ 0.1: the Neck Pain Task Force's grades I-II, which make
 *   non-specific neck pain, are neck pain 'with no signs of major pathology' (Guzman 2008, Eur Spine J, abstract, Results;
 *   DOI 10.1007/s00586-008-0637-6), the same source as the existing nerve-root-signs entry;
 * - non-specific neck pain x neck injury at the start of the pain (a fall, a blow), LR+ 0.1, not applied when the
 *   whiplash-type mechanism is present (that has its own entry and `neck-injury` is then derived from it): the cohort
 *   behind the definition is 'non-specific idiopathic, non-traumatic neck pain' (Verwoerd 2024, BMJ Open, abstract,
 *   Participants; DOI 10.1136/bmjopen-2024-086683), as in the existing whiplash-mechanism entry.
 * After: non-specific neck pain falls in both pictures (about a third after a focal sign; whiplash then leads after a
 * fall), but the ranks of dissection (4 / 5) and of the fracture (emergency 3) do not change before the refit.
 *
 * Gaps (reported, not fixed): dissection's own ratios are weak grade C entries (headache 2.18, focal deficit 2) on a
 * policy prior, and no accuracy figure for Horner syndrome or for dissection among patients presenting with neck pain was
 * read; whiplash-associated disorder is not lowered by an injury that was not a whiplash mechanism (a fall); non-specific
 * low back pain is never lowered by red flags (Chou 2007 defines it by exclusion, not by findings), so every serious
 * cause stays second behind it; myeloma in the emergency department and spinal infection in primary care (above).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const osteoporoticFracture = ['+osteoporosis-or-osteopenia', '+systemic-corticosteroid-use', '+recent-fall', '+closed-fist-percussion-sign-positive'];
const metastasisNoHistory = ['+unintentional-weight-loss', '+esr-over-20'];
const metastasis = ['+history-of-cancer', ...metastasisNoHistory];
const spondylitis = ['+low-back-pain-over-3-months', '+inflammatory-back-pain-asas', '+morning-stiffness-30-minutes-or-more', '+good-response-to-nsaids', '+back-pain-improves-with-exercise-not-rest'];
const stenosis = ['+neurogenic-claudication', '+bilateral-buttock-or-leg-pain', '+no-pain-when-seated', '+improvement-when-bending-forward'];
const epiduralAbscess = ['+injection-drug-use', '+fever', '+esr-over-20'];
const myeloma = ['+unintentional-weight-loss', '+calcium-above-reference-range', '+creatinine-above-reference-range'];
const pyelonephritis = ['+fever', '+flank-pain', '+dysuria', '+costovertebral-angle-tenderness'];
const pmr = ['+bilateral-shoulder-aching', '+morning-stiffness-over-45-minutes', '+esr-over-30', '+hip-pain-or-limited-hip-motion'];
const dissection = ['+headache', '+focal-neurological-deficit', '-whiplash-mechanism-neck-injury'];
const fallOnNeck = ['+neck-injury', '+canadian-c-spine-rule-positive', '+nexus-criteria-positive'];

describe('low back pain: the causes without a guard (session 33, spine4)', () => {
  test.each(settings)('%s: a woman of 78 on steroids with osteoporosis, a fall and a positive percussion sign has a vertebral fracture first', (setting) => {
    const r = run('low-back-pain', setting, 78, 'female', osteoporoticFracture);
    expect(rankOf(r, 'vertebral-fracture')).toBe(1);
    expect(p(r, 'vertebral-fracture')).toBeGreaterThan(p(r, 'lumbar-spinal-stenosis'));
  });

  test.each(settings)('%s: a man of 68 with a history of cancer, weight loss and a raised ESR has spinal malignancy in the first two; the history of cancer is what moves it', (setting) => {
    const r = run('low-back-pain', setting, 68, 'male', metastasis);
    expect(rankOf(r, 'spinal-malignancy')).toBeGreaterThan(0);
    expect(rankOf(r, 'spinal-malignancy')).toBeLessThanOrEqual(2);
    expect(p(r, 'spinal-malignancy')).toBeGreaterThan(p(r, 'lumbar-spinal-stenosis'));
    expect(p(r, 'spinal-malignancy')).toBeGreaterThan(p(r, 'vertebral-fracture'));
    const noHistory = run('low-back-pain', setting, 68, 'male', metastasisNoHistory);
    expect(rankOf(noHistory, 'spinal-malignancy')).toBeGreaterThan(0);
    expect(rankOf(r, 'spinal-malignancy')).toBeLessThan(rankOf(noHistory, 'spinal-malignancy'));
    expect(p(r, 'spinal-malignancy')).toBeGreaterThan(p(noHistory, 'spinal-malignancy'));
  });

  test.each(settings)('%s: a man of 26 with inflammatory back pain for over three months has ankylosing spondylitis in the first two, above disc herniation', (setting) => {
    const r = run('low-back-pain', setting, 26, 'male', spondylitis);
    expect(rankOf(r, 'ankylosing-spondylitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'ankylosing-spondylitis')).toBeLessThanOrEqual(2);
    expect(p(r, 'ankylosing-spondylitis')).toBeGreaterThan(p(r, 'lumbar-disc-herniation'));
  });

  test.each(settings)('%s: a man of 72 with neurogenic claudication relieved by sitting and bending forward has lumbar spinal stenosis first', (setting) => {
    const r = run('low-back-pain', setting, 72, 'male', stenosis);
    expect(rankOf(r, 'lumbar-spinal-stenosis')).toBe(1);
    expect(p(r, 'lumbar-spinal-stenosis')).toBeGreaterThan(p(r, 'nonspecific-low-back-pain'));
  });

  test('a man of 42 who injects drugs, with fever and a raised ESR: spinal infection second in the emergency department, and on the can\'t-miss list in both settings', () => {
    const ed = run('low-back-pain', 'emergency', 42, 'male', epiduralAbscess);
    expect(rankOf(ed, 'spinal-infection')).toBeGreaterThan(0);
    expect(rankOf(ed, 'spinal-infection')).toBeLessThanOrEqual(2);
    expect(p(ed, 'spinal-infection')).toBeGreaterThan(p(ed, 'lumbar-disc-herniation'));
    expect(ed.cantMiss.map((d) => d.conditionId)).toContain('spinal-infection');
    // Primary care: ninth on Deyo 1992's 0.01% prior (a gap, see the header); it must stay on the can't-miss list.
    const pc = run('low-back-pain', 'primary-care', 42, 'male', epiduralAbscess);
    expect(pc.cantMiss.map((d) => d.conditionId)).toContain('spinal-infection');
    expect(p(pc, 'spinal-infection')).toBeGreaterThan(p(run('low-back-pain', 'primary-care', 42, 'male', []), 'spinal-infection'));
  });

  test('primary care: a man of 70 with weight loss, a raised calcium and a raised creatinine has myeloma in the first two, above a vertebral fracture', () => {
    const r = run('low-back-pain', 'primary-care', 70, 'male', myeloma);
    expect(rankOf(r, 'multiple-myeloma')).toBeGreaterThan(0);
    expect(rankOf(r, 'multiple-myeloma')).toBeLessThanOrEqual(2);
    expect(p(r, 'multiple-myeloma')).toBeGreaterThan(p(r, 'vertebral-fracture'));
  });

  test.each(settings)('%s: a woman of 28 with fever, flank pain, dysuria and renal-angle tenderness has pyelonephritis in the first four and on the can\'t-miss list', (setting) => {
    const r = run('low-back-pain', setting, 28, 'female', pyelonephritis);
    expect(rankOf(r, 'acute-pyelonephritis')).toBeGreaterThan(0);
    expect(rankOf(r, 'acute-pyelonephritis')).toBeLessThanOrEqual(4);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('acute-pyelonephritis');
    expect(p(r, 'acute-pyelonephritis')).toBeGreaterThan(p(run('low-back-pain', setting, 28, 'female', []), 'acute-pyelonephritis'));
  });

  test('emergency: renal colic (flank pain, haematuria) stays listed and haematuria raises it; flank pain is not applied under back pain (Dahm 2022)', () => {
    const r = run('low-back-pain', 'emergency', 40, 'male', ['+flank-pain', '+haematuria']);
    expect(rankOf(r, 'urolithiasis')).toBeGreaterThan(0);
    expect(p(r, 'urolithiasis')).toBeGreaterThan(p(run('low-back-pain', 'emergency', 40, 'male', ['+flank-pain']), 'urolithiasis'));
    expect(findingStepOf(r, 'urolithiasis', 'flank-pain')?.counted).toBe(false);
  });
});

describe('neck pain: the causes without a guard (session 33, spine4)', () => {
  test.each(settings)('%s: a woman of 35 after a rear-end collision has whiplash-associated disorder first', (setting) => {
    const r = run('neck-pain', setting, 35, 'female', ['+whiplash-mechanism-neck-injury']);
    expect(rankOf(r, 'whiplash-associated-disorder')).toBe(1);
    expect(p(r, 'whiplash-associated-disorder')).toBeGreaterThan(p(r, 'nonspecific-neck-pain'));
  });

  test.each(settings)('%s: a woman of 72 with bilateral shoulder aching, long morning stiffness, hip pain and a raised ESR has polymyalgia rheumatica in the first two, above whiplash', (setting) => {
    const r = run('neck-pain', setting, 72, 'female', pmr);
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBeGreaterThan(0);
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBeLessThanOrEqual(2);
    expect(p(r, 'polymyalgia-rheumatica')).toBeGreaterThan(p(r, 'whiplash-associated-disorder'));
    expect(p(r, 'polymyalgia-rheumatica')).toBeGreaterThan(p(r, 'cervical-radiculopathy'));
  });

  test.each(settings)('%s: a man of 45 who injects drugs, with fever and a raised ESR, has spinal infection in the first three, above radiculopathy', (setting) => {
    const r = run('neck-pain', setting, 45, 'male', epiduralAbscess);
    expect(rankOf(r, 'spinal-infection')).toBeGreaterThan(0);
    expect(rankOf(r, 'spinal-infection')).toBeLessThanOrEqual(3);
    expect(p(r, 'spinal-infection')).toBeGreaterThan(p(r, 'cervical-radiculopathy'));
  });

  test.each(settings)('%s: neck pain with headache and a focal neurological sign: dissection on the can\'t-miss list, and the focal sign counts against non-specific neck pain (Task Force grades I-II)', (setting) => {
    const r = run('neck-pain', setting, 42, 'female', dissection);
    expect(rankOf(r, 'cervical-artery-dissection')).toBeGreaterThan(0);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('cervical-artery-dissection');
    const step = findingStepOf(r, 'nonspecific-neck-pain', 'focal-neurological-deficit');
    expect(step?.counted).toBe(true);
    expect(step?.lr).toBeLessThan(0.5);
    const headacheOnly = run('neck-pain', setting, 42, 'female', ['+headache', '-whiplash-mechanism-neck-injury']);
    expect(p(r, 'nonspecific-neck-pain')).toBeLessThan(p(headacheOnly, 'nonspecific-neck-pain'));
    expect(p(r, 'cervical-artery-dissection')).toBeGreaterThan(p(headacheOnly, 'cervical-artery-dissection'));
  });

  test('emergency: a man of 78 after a fall, rule-positive, has a cervical-spine fracture in the first three and on the can\'t-miss list; the injury counts against non-specific neck pain', () => {
    const r = run('neck-pain', 'emergency', 78, 'male', fallOnNeck);
    expect(rankOf(r, 'cervical-spine-fracture')).toBeGreaterThan(0);
    expect(rankOf(r, 'cervical-spine-fracture')).toBeLessThanOrEqual(3);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('cervical-spine-fracture');
    expect(findingStepOf(r, 'nonspecific-neck-pain', 'neck-injury')?.counted).toBe(true);
    const noInjury = run('neck-pain', 'emergency', 78, 'male', ['-neck-injury']);
    expect(p(r, 'nonspecific-neck-pain')).toBeLessThan(p(noInjury, 'nonspecific-neck-pain'));
  });

  test('a whiplash-type collision is counted once against non-specific neck pain: the derived neck injury is not applied beside it', () => {
    const r = run('neck-pain', 'primary-care', 35, 'female', ['+whiplash-mechanism-neck-injury']);
    expect(findingStepOf(r, 'nonspecific-neck-pain', 'whiplash-mechanism-neck-injury')?.counted).toBe(true);
    expect(findingStepOf(r, 'nonspecific-neck-pain', 'neck-injury')?.counted ?? false).toBe(false);
  });
});

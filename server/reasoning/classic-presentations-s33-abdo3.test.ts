/**
 * Acute abdominal pain in adults, both settings (session 33, round 2, curator "abdo3"): the perforated peptic ulcer, the
 * ruptured aortic aneurysm before imaging and acute mesenteric ischaemia, with acute pancreatitis and acute cholecystitis
 * as control pictures, entered as a clinician would (problem, setting, age, sex, findings; no vignette), on the real
 * knowledge base. Earlier guards of this complaint (sessions 27-32) were read first and are not repeated here.
 *
 * What was wrong:
 * - A man of 45 on an NSAID with sudden epigastric pain, a rigid abdomen and a pulse over 100 (the textbook perforated
 *   peptic ulcer before any film) ranked a perforated viscus eighth in the emergency department and sixth in primary care;
 *   with guarding in place of the tachycardia it was not in the first twelve. The site of the pain carried nothing for a
 *   perforation (no epigastric-pain entry), so the picture could not be told from appendicitis with rigidity.
 * - A man of 70 with abdominal and back pain, hypotension and a pulsatile mass ranked the aneurysm second behind
 *   non-specific abdominal pain in both settings (the session 30 and 31 gap): back pain, one item of the classic triad,
 *   carried nothing for the aneurysm.
 *
 * What was added (evidence/s33-abdo3.json, both limited to acute abdominal pain, grade C over the 0.25 policy background):
 * - perforated viscus x epigastric pain, LR+ 3.30, present only: sudden severe epigastric pain in 42 of 51 operated
 *   perforated peptic ulcers (82.4%), Ali 2022 World J Emerg Surg (doi 10.1186/s13017-022-00428-w), abstract Results. No
 *   LR-: a colonic perforation presents with lower abdominal pain, so epigastric pain shown absent is not evidence
 *   against a perforated viscus.
 * - abdominal aortic aneurysm x back pain, LR+ 2.14, LR- 0.62: pooled sensitivity of back pain for rupture 53.6%, Fernando
 *   2022 Acad Emerg Med meta-analysis (PMID 35220634), abstract Results. In low back pain it is the complaint itself, so it
 *   is not entered there.
 * After: the perforated ulcer with tachycardia first in the emergency department and second in primary care (behind
 * non-specific abdominal pain); with guarding instead of tachycardia eighth (12th or lower before). The aneurysm first in
 * both settings.
 *
 * Checked and already right (guards only): an older man with the perforated ulcer picture (session 31 guards the emergency
 * department; primary care here), acute pancreatitis with a lipase over three times normal in the emergency department,
 * acute cholecystitis (right upper quadrant pain, Murphy's sign, fever) in the emergency department, mesenteric ischaemia
 * once CT angiography is positive, and mesenteric ischaemia on the can't-miss list of the classic picture.
 *
 * Gaps left (see the session report):
 * - Acute mesenteric ischaemia before imaging (a woman of 78 with atrial fibrillation, sudden pain out of proportion to the
 *   examination and a raised lactate) stays eleventh: the 0.5% policy prior holds in every age band, since no share of
 *   it among patients presenting with abdominal pain was found (Kärkkäinen 2015 and Tamme 2022 give incidences and shares
 *   of admissions only), and atrial fibrillation weighs 1.28 against AMESI's controls, who were themselves suspected of
 *   ischaemia. Nuzzo 2023's table (atrial fibrillation in 52 AMI patients against 85 emergency controls with abdominal
 *   pain) would give a complaint background; only its abstract could be read.
 * - The perforated ulcer without tachycardia stays eighth in the emergency department: urolithiasis, gastroenteritis and
 *   urinary infection keep their cohort priors (16%, 13%, 12.5%), since nothing cited weighs rigidity or epigastric pain
 *   against them.
 * - Acute pancreatitis with epigastric pain and a lipase over three times normal in primary care is not in the first
 *   five: its primary-care prior is the policy prior (Viniol 2014 gives biliary and pancreatic causes together). The
 *   revised Atlanta definition (two of: typical pain, lipase or amylase three times normal, imaging) would establish it,
 *   but the condition file is outside this curator's files.
 * - The aneurysm's hypotension and syncope entries map Metcalfe 2016's measured 36.5% to the HPO midpoint 0.545; Fernando
 *   2022's pooled sensitivities are 30.9% and 27.8%. Against the 25% policy background (hypotension is far rarer among
 *   emergency abdominal pain) correcting only the frequency would weaken the entries; reported for the lead.
 * Expectations are about order and direction, not percentages; they assume the dependence correction stays near its
 * fitted value (alpha 1), since the perforation picture leads by a few points.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const perforatedUlcer = ['+sudden-onset-pain', '+epigastric-pain', '+abdominal-rigidity', '+heart-rate-over-100', '+nsaid-use'];
const rupturedAneurysm = ['+back-pain', '+hypotension', '+widened-aortic-pulsation-on-palpation'];
const mesenteric = ['+history-of-atrial-fibrillation', '+abdominal-pain-out-of-proportion-to-examination', '+sudden-onset-pain', '+lactate-above-reference-range'];

describe('acute abdominal pain: perforation, ruptured aneurysm, mesenteric ischaemia and controls (session 33, abdo3)', () => {
  test('a man of 45 on an NSAID with sudden epigastric pain, a rigid abdomen and tachycardia: perforated viscus in the first two in the emergency department (first now), above appendicitis and renal colic', () => {
    // Before: eighth (epigastric pain carried nothing for a perforation). First at the fitted alpha, a few points above
    // non-specific abdominal pain, so the guard asks for the first two.
    const r = run('acute-abdominal-pain', 'emergency', 45, 'male', perforatedUlcer);
    expect(rankOf(r, 'perforated-viscus')).toBeGreaterThan(0);
    expect(rankOf(r, 'perforated-viscus')).toBeLessThanOrEqual(2);
    expect(p(r, 'perforated-viscus')).toBeGreaterThan(p(r, 'urolithiasis'));
    expect(p(r, 'perforated-viscus')).toBeGreaterThan(p(r, 'acute-appendicitis'));
    expect(p(r, 'perforated-viscus')).toBeGreaterThan(p(r, 'gastritis'));
    expect(p(r, 'perforated-viscus')).toBeGreaterThan(p(r, 'acute-pancreatitis'));
  });

  test('the same man in primary care: perforated viscus in the first two, above gastritis and gastroenteritis', () => {
    // Before: sixth.
    const r = run('acute-abdominal-pain', 'primary-care', 45, 'male', perforatedUlcer);
    expect(rankOf(r, 'perforated-viscus')).toBeGreaterThan(0);
    expect(rankOf(r, 'perforated-viscus')).toBeLessThanOrEqual(2);
    expect(p(r, 'perforated-viscus')).toBeGreaterThan(p(r, 'gastritis'));
    expect(p(r, 'perforated-viscus')).toBeGreaterThan(p(r, 'gastroenteritis'));
  });

  test('epigastric pain raises a perforated viscus (grade C, Ali 2022), and epigastric pain shown absent does not lower it (present only)', () => {
    const base = ['+sudden-onset-pain', '+abdominal-rigidity', '+heart-rate-over-100', '+nsaid-use'];
    const unknown = run('acute-abdominal-pain', 'emergency', 45, 'male', base);
    const epigastric = run('acute-abdominal-pain', 'emergency', 45, 'male', [...base, '+epigastric-pain']);
    const notEpigastric = run('acute-abdominal-pain', 'emergency', 45, 'male', [...base, '-epigastric-pain']);
    const step = findingStepOf(epigastric, 'perforated-viscus', 'epigastric-pain');
    expect(step?.grade).toBe('C');
    expect(step?.lr).toBeGreaterThan(3);
    expect(p(epigastric, 'perforated-viscus')).toBeGreaterThan(p(unknown, 'perforated-viscus'));
    expect(rankOf(epigastric, 'perforated-viscus')).toBeLessThan(rankOf(unknown, 'perforated-viscus'));
    expect(p(notEpigastric, 'perforated-viscus')).toBeCloseTo(p(unknown, 'perforated-viscus'), 6);
  });

  test('guard: a man of 65 on an NSAID with sudden epigastric pain and a rigid abdomen in primary care: perforated viscus first', () => {
    const r = run('acute-abdominal-pain', 'primary-care', 65, 'male', ['+sudden-onset-pain', '+epigastric-pain', '+abdominal-rigidity', '+nsaid-use']);
    expect(rankOf(r, 'perforated-viscus')).toBe(1);
    expect(p(r, 'perforated-viscus')).toBeGreaterThan(p(r, 'nonspecific-abdominal-pain'));
  });

  test.each(settings)('a man of 70 with abdominal and back pain, hypotension and a pulsatile mass: the aneurysm first, above non-specific pain and renal colic (%s)', (setting) => {
    // Before: second behind non-specific abdominal pain in both settings.
    const r = run('acute-abdominal-pain', setting, 70, 'male', rupturedAneurysm);
    expect(rankOf(r, 'abdominal-aortic-aneurysm')).toBe(1);
    expect(p(r, 'abdominal-aortic-aneurysm')).toBeGreaterThan(p(r, 'nonspecific-abdominal-pain'));
    expect(p(r, 'abdominal-aortic-aneurysm')).toBeGreaterThan(p(r, 'urolithiasis'));
  });

  test('back pain raises the aneurysm in acute abdominal pain (grade C, Fernando 2022) and no back pain lowers it', () => {
    const without = run('acute-abdominal-pain', 'emergency', 70, 'male', ['+hypotension', '+widened-aortic-pulsation-on-palpation']);
    const back = run('acute-abdominal-pain', 'emergency', 70, 'male', rupturedAneurysm);
    const noBack = run('acute-abdominal-pain', 'emergency', 70, 'male', ['-back-pain', '+hypotension', '+widened-aortic-pulsation-on-palpation']);
    const step = findingStepOf(back, 'abdominal-aortic-aneurysm', 'back-pain');
    expect(step?.grade).toBe('C');
    expect(step?.lr).toBeGreaterThan(2);
    expect(p(back, 'abdominal-aortic-aneurysm')).toBeGreaterThan(p(without, 'abdominal-aortic-aneurysm'));
    expect(p(noBack, 'abdominal-aortic-aneurysm')).toBeLessThan(p(without, 'abdominal-aortic-aneurysm'));
  });

  test('the back-pain ratio stays in acute abdominal pain: in low back pain, the complaint itself, it is not weighed for the aneurysm', () => {
    const r = run('low-back-pain', 'emergency', 70, 'male', ['+back-pain', '+hypotension']);
    const step = findingStepOf(r, 'abdominal-aortic-aneurysm', 'back-pain');
    expect(step?.counted).toBe(false);
    const without = run('low-back-pain', 'emergency', 70, 'male', ['+hypotension']);
    expect(p(r, 'abdominal-aortic-aneurysm')).toBeCloseTo(p(without, 'abdominal-aortic-aneurysm'), 6);
  });

  test('guard: a woman of 78 with atrial fibrillation, sudden pain out of proportion and a raised lactate keeps mesenteric ischaemia on the can\'t-miss list, and a positive CT angiogram puts it first', () => {
    const before = run('acute-abdominal-pain', 'emergency', 78, 'female', mesenteric);
    expect(before.cantMiss.map((d) => d.conditionId)).toContain('mesenteric-ischaemia');
    const bare = run('acute-abdominal-pain', 'emergency', 78, 'female', []);
    expect(p(before, 'mesenteric-ischaemia')).toBeGreaterThan(p(bare, 'mesenteric-ischaemia'));
    const ct = run('acute-abdominal-pain', 'emergency', 78, 'female', [...mesenteric, '+ct-angiography-mesenteric-ischaemia']);
    expect(rankOf(ct, 'mesenteric-ischaemia')).toBe(1);
    expect(p(ct, 'mesenteric-ischaemia')).toBeGreaterThan(p(ct, 'nonspecific-abdominal-pain'));
  });

  test('control: a man of 50 who drinks heavily, with epigastric pain to the back, vomiting and a lipase over three times normal: acute pancreatitis established in the emergency department (revised Atlanta criteria, lead, session 33)', () => {
    const r = run('acute-abdominal-pain', 'emergency', 50, 'male', ['+epigastric-pain', '+abdominal-pain-radiating-to-back', '+vomiting', '+high-alcohol-consumption', '+lipase-over-3x-uln']);
    expect(r.established.map((d) => d.conditionId)).toContain('acute-pancreatitis');
    expect(r.cantMiss.some((d) => d.conditionId === 'perforated-viscus')).toBe(true);
  });

  test('control: a woman of 45 with right upper quadrant pain, Murphy\'s sign and fever: gallstone disease in the first two in both settings (first in the emergency department now, just above non-specific pain), the perforation not raised', () => {
    const ed = run('acute-abdominal-pain', 'emergency', 45, 'female', ['+right-upper-quadrant-pain', '+murphy-sign', '+fever']);
    expect(rankOf(ed, 'gallstone-disease')).toBeGreaterThan(0);
    expect(rankOf(ed, 'gallstone-disease')).toBeLessThanOrEqual(2);
    expect(p(ed, 'gallstone-disease')).toBeGreaterThan(p(ed, 'gastroenteritis'));
    expect(p(ed, 'gallstone-disease')).toBeGreaterThan(p(ed, 'acute-appendicitis'));
    expect(p(ed, 'gallstone-disease')).toBeGreaterThan(p(ed, 'perforated-viscus'));
    const pc = run('acute-abdominal-pain', 'primary-care', 45, 'female', ['+right-upper-quadrant-pain', '+murphy-sign', '+vomiting']);
    expect(rankOf(pc, 'gallstone-disease')).toBeGreaterThan(0);
    expect(rankOf(pc, 'gallstone-disease')).toBeLessThanOrEqual(2);
    expect(findingStepOf(pc, 'perforated-viscus', 'epigastric-pain')).toBeUndefined();
  });
});

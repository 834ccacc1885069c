/**
 * Textbook presentations of the vascular and perforation emergencies of acute abdominal pain, entered as a clinician
 * would (findings only, no vignette), on the real knowledge base (session 30, abdominal pain curator "abdo"). A clinician
 * review found a ruptured aneurysm second behind non-specific abdominal pain in a classic presentation, mesenteric
 * ischaemia missed in an older woman with atrial fibrillation, a perforated viscus low in an elderly woman with sudden
 * pain and peritonism, and cholangitis sixth with fever, jaundice and right upper quadrant pain.
 *
 * What changed: CT angiography for rupture (Fernando 2022 meta-analysis) is a finding with its ratio; abdominal rigidity
 * for a perforated viscus in acute abdominal pain is weighed against the complaint's own background (5% of patients
 * without appendicitis in the EC Acute Abdominal Pain Survey, Böhner 1994) instead of the 25% policy background; pain of
 * sudden onset now counts as Nuzzo 2023's 'sudden-onset and/or morphine-requiring' pain for mesenteric ischaemia; male
 * sex for the aneurysm is weighed against the complaint's sex split (Chanana 2015, 56.8% men).
 * Still wrong and not fixed (no readable figure): the aneurysm, mesenteric ischaemia, perforation and cholangitis keep the
 * 0.5% policy prior in every age band, since no share of them among patients presenting with abdominal pain was found;
 * so the classic ruptured aneurysm stays second behind non-specific abdominal pain until imaging, mesenteric ischaemia
 * stays outside the top ten, and cholangitis with Charcot's triad stays about eleventh (see the session report).
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of abdominal emergencies (session 30, abdo)', () => {
  test('a 72-year-old smoker with abdominal and back pain, hypotension, syncope and a pulsatile mass: the aneurysm in the top two, above renal colic', () => {
    // Lederle & Simel 1999 (JAMA RCE): widened aortic pulsation LR+ 12.0 (AAA >= 3.0 cm); Metcalfe 2016 (85 ruptures at
    // nine UK emergency departments): hypotension and syncope each 36.5% (grade C entries). Azhar 2014 (J Endovasc Ther):
    // ureteric colic is the commonest wrong diagnosis of rupture. The policy prior (0.5%) keeps it behind non-specific pain.
    const r = run('acute-abdominal-pain', 'emergency', 72, 'male', ['+current-smoker', '+back-pain', '+hypotension', '+syncope', '+widened-aortic-pulsation-on-palpation']);
    expect(rankOf(r, 'abdominal-aortic-aneurysm')).toBeGreaterThan(0);
    expect(rankOf(r, 'abdominal-aortic-aneurysm')).toBeLessThanOrEqual(2);
    expect(p(r, 'abdominal-aortic-aneurysm')).toBeGreaterThan(p(r, 'urolithiasis'));
  });

  test('the same man with a CT angiogram read as a ruptured aneurysm: the aneurysm first, and raised several-fold by the scan', () => {
    // Fernando 2022 (Acad Emerg Med, meta-analysis, PMID 35220634): CT angiography sensitivity 91.4%, specificity 93.6% for
    // rupture (LR+ 14.3, LR- 0.09).
    const clinical = ['+current-smoker', '+back-pain', '+hypotension', '+syncope', '+widened-aortic-pulsation-on-palpation'];
    const before = run('acute-abdominal-pain', 'emergency', 72, 'male', clinical);
    const r = run('acute-abdominal-pain', 'emergency', 72, 'male', [...clinical, '+ct-angiography-ruptured-aaa']);
    expect(rankOf(r, 'abdominal-aortic-aneurysm')).toBe(1);
    expect(p(r, 'abdominal-aortic-aneurysm')).toBeGreaterThan(p(before, 'abdominal-aortic-aneurysm'));
    const back = run('acute-abdominal-pain', 'emergency', 72, 'male', ['+back-pain']);
    const backCt = run('acute-abdominal-pain', 'emergency', 72, 'male', ['+back-pain', '+ct-angiography-ruptured-aaa']);
    expect(p(backCt, 'abdominal-aortic-aneurysm') / p(back, 'abdominal-aortic-aneurysm')).toBeGreaterThan(4);
    const negative = run('acute-abdominal-pain', 'emergency', 72, 'male', [...clinical, '-ct-angiography-ruptured-aaa']);
    expect(p(negative, 'abdominal-aortic-aneurysm')).toBeLessThan(p(before, 'abdominal-aortic-aneurysm'));
  });

  test('male sex weighs the aneurysm against the sex split of emergency abdominal pain, not an even split', () => {
    // Stockholm 2024 (216 ruptures): 77% men; Chanana 2015 (264 emergency patients with abdominal pain): 56.8% men, so
    // LR+ 0.77/0.568 = 1.36 in acute abdominal pain (the default entry, 1.54 against an even split, applies elsewhere).
    const r = run('acute-abdominal-pain', 'emergency', 72, 'male', []);
    const step = findingStepOf(r, 'abdominal-aortic-aneurysm', 'male');
    expect(step?.lr).toBeGreaterThan(1.2);
    expect(step?.lr).toBeLessThan(1.5);
  });

  test('an 80-year-old woman with sudden abdominal pain, rigidity and tachycardia: perforated viscus in the top five', () => {
    // Chung 2017 (WJGS review): 'sudden onset of abdominal pain, tachycardia and abdominal rigidity is the hallmark' of a
    // perforated peptic ulcer (mapped to 0.545); Böhner 1994 (1,254 acute abdominal pain patients): rigidity specificity 95%
    // for appendicitis, so 5% of the others; LR+ 10.9 in acute abdominal pain. Before this entry (LR+ 2.18 against the
    // policy background) perforation was twelfth with these findings.
    const r = run('acute-abdominal-pain', 'emergency', 80, 'female', ['+sudden-onset-pain', '+abdominal-rigidity', '+heart-rate-over-100']);
    expect(rankOf(r, 'perforated-viscus')).toBeGreaterThan(0);
    expect(rankOf(r, 'perforated-viscus')).toBeLessThanOrEqual(5);
    expect(p(r, 'perforated-viscus')).toBeGreaterThan(p(r, 'mesenteric-ischaemia'));
    expect(p(r, 'perforated-viscus')).toBeGreaterThan(p(r, 'abdominal-aortic-aneurysm'));
  });

  test('rigidity present raises perforation, rigidity shown absent lowers it (ratio kept to acute abdominal pain)', () => {
    // Same derivation: LR- 0.455/0.95 = 0.48.
    const rigid = run('acute-abdominal-pain', 'emergency', 80, 'female', ['+sudden-onset-pain', '+abdominal-rigidity']);
    const soft = run('acute-abdominal-pain', 'emergency', 80, 'female', ['+sudden-onset-pain', '-abdominal-rigidity']);
    const unknown = run('acute-abdominal-pain', 'emergency', 80, 'female', ['+sudden-onset-pain']);
    expect(p(rigid, 'perforated-viscus') / p(unknown, 'perforated-viscus')).toBeGreaterThan(4);
    expect(p(soft, 'perforated-viscus')).toBeLessThan(p(unknown, 'perforated-viscus'));
    expect(findingStepOf(rigid, 'perforated-viscus', 'abdominal-rigidity')?.lr).toBeGreaterThan(5);
  });

  test('a 78-year-old woman with atrial fibrillation and sudden pain out of proportion to the examination: sudden onset counts as Nuzzo\'s severe pain for mesenteric ischaemia', () => {
    // Nuzzo 2023 (WJES, 52 AMI v 85 emergency controls): sudden-onset and/or morphine-requiring pain in 88% v 28%
    // (sensitivity 0.88, specificity 0.72); sudden onset was its strongest item (OR 20). The finding is defined as either
    // feature, so pain entered as of sudden onset implies it; it shares a group with pain out of proportion (LR+ 2.18,
    // Sreenarasimhaiah 2003), so only the stronger counts. AMESI (Reintam Blaser 2024): previous AF LR+ 1.28.
    const without = run('acute-abdominal-pain', 'emergency', 78, 'female', ['+history-of-atrial-fibrillation', '+abdominal-pain-out-of-proportion-to-examination']);
    const r = run('acute-abdominal-pain', 'emergency', 78, 'female', ['+history-of-atrial-fibrillation', '+abdominal-pain-out-of-proportion-to-examination', '+sudden-onset-pain']);
    expect(p(r, 'mesenteric-ischaemia')).toBeGreaterThan(p(without, 'mesenteric-ischaemia'));
    const step = findingStepOf(r, 'mesenteric-ischaemia', 'sudden-onset-or-morphine-requiring-abdominal-pain');
    expect(step?.present).toBe(true);
    expect(step?.counted).not.toBe(false);
    expect(findingStepOf(r, 'mesenteric-ischaemia', 'abdominal-pain-out-of-proportion-to-examination')?.counted).toBe(false);
  });

  test('pain that was not sudden does not make the composite absent (an implication only)', () => {
    const r = run('acute-abdominal-pain', 'emergency', 78, 'female', ['+history-of-atrial-fibrillation', '-sudden-onset-pain']);
    expect(findingStepOf(r, 'mesenteric-ischaemia', 'sudden-onset-or-morphine-requiring-abdominal-pain')).toBeUndefined();
  });
});

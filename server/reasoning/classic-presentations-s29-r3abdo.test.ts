/**
 * Textbook presentations of acute and of chronic or recurrent abdominal pain entered as a clinician would (findings only,
 * no vignette), on the real knowledge base (session 29, abdominal pain curator r3abdo). Three findings were missing: pain
 * out of proportion to the examination (the classic picture of acute mesenteric ischaemia), upper abdominal pain
 * radiating to the back, and pain brought on by fatty food. They now carry a grade C ratio (Sreenarasimhaiah 2003 BMJ,
 * PMID 12816826) and grade B ratios from one cohort of chronic upper abdominal pain (Kang 1992 Gut, PMID 1624152).
 * Still wrong and not tested (no readable figure): perforated viscus, acute pancreatitis without a lipase and pancreatic
 * cancer keep the ranks they had (see the session report). Expectations are about order, not percentages, since the
 * recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of abdominal pain (session 29, r3abdo)', () => {
  test('a 60-year-old man with atrial fibrillation and abdominal pain out of proportion to the examination: mesenteric ischaemia is raised by the disproportion', () => {
    // Sreenarasimhaiah 2003 (BMJ, PMC1126251): 'Classically, pain is disproportionately exaggerated relative to the
    // unremarkable physical findings' -> HPO frequent 0.545 over the 0.25 policy background, LR+ 2.18 (about 1.6 after
    // recalibration), limited to acute abdominal pain.
    const without = run('acute-abdominal-pain', 'emergency', 60, 'male', ['+history-of-atrial-fibrillation']);
    const withPain = run('acute-abdominal-pain', 'emergency', 60, 'male', ['+history-of-atrial-fibrillation', '+abdominal-pain-out-of-proportion-to-examination']);
    expect(rankOf(withPain, 'mesenteric-ischaemia')).toBeGreaterThan(0);
    expect(p(withPain, 'mesenteric-ischaemia') / p(without, 'mesenteric-ischaemia')).toBeGreaterThan(1.3);
  });

  test('a 60-year-old man with atrial fibrillation, sudden pain out of proportion to the examination and a raised lactate: mesenteric ischaemia above appendicitis and the other vascular emergency', () => {
    // Reintam Blaser 2024 (AMESI) Table 2: previous AF 27.4% v 21.4% (LR+ 1.28); Cudnik 2013 (Acad Emerg Med) lactate
    // sensitivity 86%, specificity 44%; Sreenarasimhaiah 2003 pain out of proportion LR+ 2.18. Without the disproportion
    // the policy prior times AF and lactate stays below appendicitis's Cervellin 2016 prior for patients under 65 (4.54%).
    const r = run('acute-abdominal-pain', 'emergency', 60, 'male', ['+history-of-atrial-fibrillation', '+sudden-onset-pain', '+abdominal-pain-out-of-proportion-to-examination', '+lactate-above-reference-range']);
    expect(rankOf(r, 'mesenteric-ischaemia')).toBeGreaterThan(0);
    expect(p(r, 'mesenteric-ischaemia')).toBeGreaterThan(p(r, 'acute-appendicitis'));
    expect(p(r, 'mesenteric-ischaemia')).toBeGreaterThan(p(r, 'abdominal-aortic-aneurysm'));
  });

  test('a 45-year-old woman in primary care with recurrent upper abdominal pain brought on by fatty food and radiating to the back: gallstone disease in the top three, above peptic ulcer and gastritis', () => {
    // Kang 1992 (Gut, 632 and 431 consecutive patients with chronic upper abdominal pain): fatty food precipitated pain in
    // biliary disease 40% v non-ulcer dyspepsia 19% (LR+ 2.1); radiation to the back biliary 35% v functional 20% (LR+ 1.75).
    // Before these entries gallstone disease was eighth on its 4% prior (Viniol 2014).
    const r = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 45, 'female', ['+abdominal-pain-precipitated-by-fatty-food', '+abdominal-pain-radiating-to-back']);
    expect(rankOf(r, 'gallstone-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'gallstone-disease')).toBeLessThanOrEqual(3);
    expect(p(r, 'gallstone-disease')).toBeGreaterThan(p(r, 'peptic-ulcer-disease'));
    expect(p(r, 'gallstone-disease')).toBeGreaterThan(p(r, 'gastritis'));
  });

  test('a 45-year-old woman with recurrent epigastric pain radiating to the back who takes an NSAID: peptic ulcer disease above reflux disease and gastritis', () => {
    // Kang 1992: radiation to the back in peptic ulcer 31% v functional pain 20% (LR+ 1.55). With NSAID use (LR+ 2.08)
    // and epigastric pain (LR+ 3.02) peptic ulcer had stayed below reflux disease (Ford 2010 prior 13.4% v 8%).
    const r = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 45, 'female', ['+epigastric-pain', '+nsaid-use', '+abdominal-pain-radiating-to-back']);
    expect(p(r, 'peptic-ulcer-disease')).toBeGreaterThan(p(r, 'gastro-oesophageal-reflux-disease'));
    expect(p(r, 'peptic-ulcer-disease')).toBeGreaterThan(p(r, 'gastritis'));
  });

  test('pain radiating to the back is read only in chronic or recurrent abdominal pain: it moves neither peptic ulcer nor gallstone disease in acute abdominal pain', () => {
    // Guard: Kang 1992 measured a clinic cohort of chronic upper abdominal pain; the entries carry appliesTo for that problem.
    const base = run('acute-abdominal-pain', 'emergency', 45, 'female', ['+epigastric-pain']);
    const back = run('acute-abdominal-pain', 'emergency', 45, 'female', ['+epigastric-pain', '+abdominal-pain-radiating-to-back']);
    expect(p(back, 'peptic-ulcer-disease')).toBeCloseTo(p(base, 'peptic-ulcer-disease'), 6);
    expect(p(back, 'gallstone-disease')).toBeCloseTo(p(base, 'gallstone-disease'), 6);
  });
});

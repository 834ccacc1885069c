/**
 * Pelvic pain with urinary findings (session 31, tag pelvuti), on the real knowledge base.
 *
 * Before: a woman of 30 with pelvic pain, dysuria, frequency and a positive urine nitrite ranked cystitis
 * (urinary-tract-infection) 5th in primary care and 6th in the emergency department, behind non-specific abdominal pain,
 * PID, ovarian cyst and miscarriage (and torsion in the ED): cystitis had only the 0.5% policy prior in this problem.
 * Change: the emergency prior of cystitis is Huchon 2014 (World J Emerg Surg, Table 1) 'Urologic disease 10 (1.9%)' of 516
 * women with acute pelvic pain in gynaecology emergency rooms, marked broader-category (the category also holds stones and
 * is not split); primary care borrows it as other-setting. Cystitis now ranks 4th in both settings, above miscarriage.
 *
 * Gap (recorded, not fixed): cystitis still ranks behind non-specific abdominal pain, PID and ovarian cyst, because no
 * urinary finding lowers them. The ratios for dysuria, frequency and nitrite (Bent 2002, Giesen 2010) were measured among
 * women who all had urinary symptoms; no cited frequency of dysuria or of a positive nitrite among women with acute pelvic
 * pain (or in PID, ovarian cyst, ectopic pregnancy or miscarriage) could be read this session, so no grade B ratio for the
 * pelvic-pain complaint could be built. Expectations are about order, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, priorStepOf, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const cystitis = ['+dysuria', '+urinary-frequency', '+urine-nitrite-positive'];

describe('pelvic pain with urinary findings (session 31, pelvuti)', () => {
  test('a woman of 30 with pelvic pain, dysuria, frequency and a positive nitrite: cystitis in the top four, above miscarriage, with a cited prior', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('pelvic-pain', setting, 30, 'female', cystitis);
      expect(rankOf(r, 'urinary-tract-infection')).toBeGreaterThan(0);
      expect(rankOf(r, 'urinary-tract-infection')).toBeLessThanOrEqual(4);
      expect(probOf(r, 'urinary-tract-infection')).toBeGreaterThan(probOf(r, 'miscarriage'));
      const prior = priorStepOf(r, 'urinary-tract-infection');
      expect(prior?.source?.citation).toBe('huchon-2014-wjes-gynaecological-emergency-pelvic-pain-triage');
      expect(prior?.populationMatch).toBe(setting === 'emergency' ? 'broader-category' : 'other-setting');
    }
    const ed = run('pelvic-pain', 'emergency', 30, 'female', cystitis);
    expect(probOf(ed, 'urinary-tract-infection')).toBeGreaterThan(probOf(ed, 'ovarian-torsion'));
  });

  test('guard: a woman of 24 with pelvic pain, fever, cervical motion tenderness and discharge: PID first, cystitis below it', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('pelvic-pain', setting, 24, 'female', ['+fever', '+cervical-motion-tenderness', '+vaginal-discharge']);
      expect(rankOf(r, 'pelvic-inflammatory-disease')).toBe(1);
      expect(probOf(r, 'urinary-tract-infection')).toBeLessThan(probOf(r, 'pelvic-inflammatory-disease'));
    }
  });

  test('guard: a pregnant woman of 28 with pelvic pain and bleeding: miscarriage and ectopic pregnancy lead, cystitis below them', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('pelvic-pain', setting, 28, 'female', ['+urine-hcg-positive', '+abnormal-vaginal-bleeding']);
      expect([rankOf(r, 'miscarriage'), rankOf(r, 'ectopic-pregnancy')].sort()).toEqual([1, 2]);
      expect(probOf(r, 'urinary-tract-infection')).toBeLessThan(probOf(r, 'ectopic-pregnancy'));
    }
  });
});

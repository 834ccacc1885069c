/**
 * Textbook presentations entered as a clinician would (problem, setting, age, sex, findings, an NT-proBNP result; no
 * vignette), on the real knowledge base (session 37, curator cardioresp).
 *
 * What was wrong:
 * - NT-proBNP in atrial fibrillation: the ICON-RELOADED age-band rule-in ratios (LR+ 14.08, 4.95, 3.03; Januzzi 2018,
 *   breathless emergency patients) counted for every complaint and every rhythm, so a 72-year-old man with palpitations in
 *   atrial fibrillation and an NT-proBNP of 2500 pg/mL had heart failure second (15%) on the band alone plus Wang 2005's
 *   atrial-fibrillation ratio (LR 3.8, measured in dyspnoea). Atrial fibrillation raises NT-proBNP without heart failure:
 *   among 409 emergency patients in atrial fibrillation, median 2577 ng/L, and the rule-out cut-off of 739 ng/L had
 *   sensitivity 99% and specificity 18% for LVEF < 40% (Budolfsen 2023, Am J Emerg Med, PMID 37320999, abstract).
 * - Wang 2005's heart failure x ECG atrial fibrillation (LR 3.8) counted in palpitations, where atrial fibrillation is itself
 *   a common cause of the complaint, so the comparison group (breathless patients without heart failure) does not hold.
 *
 * What changed:
 * - Findings nt-probnp-under-739 and nt-probnp-739-or-more (LOINC 33762-6, group natriuretic-peptide-raised).
 * - evidence/s37-cardioresp.json: heart-failure x nt-probnp-under-739, LR 0.056 (0.01 / 0.18), and x nt-probnp-739-or-more,
 *   LR 1.21 (0.99 / 0.82), grade A, Budolfsen 2023, each `requiresPresent: ecg-atrial-fibrillation`.
 * - evidence/s36b-bands.json: the three ICON-RELOADED bands now `requiresAbsent: ecg-atrial-fibrillation` (was the
 *   grey-zone finding, redundant by construction: a value above the band's cut-point is never in the grey zone).
 * - evidence/cardioresp-dyspnoea.json: heart-failure x ecg-atrial-fibrillation (Wang 2005) `appliesTo` every complaint
 *   that lists heart failure except palpitations.
 *
 * Declined (with reasons):
 * - Upper GI bleeding x melaena on rectal examination (Srygley 2012, LR 25) and x previous upper GI bleed (LR 6.2) in
 *   syncope: measured upper against lower GI bleeding. In syncope the comparison group is other fainting patients, who
 *   have melaena on examination far less often than lower GI bleeders, so the ratio understates there rather than
 *   overstates; a previous upper GI bleed is no likelier among lower GI bleeders than among older fainting patients on
 *   any figure read. Kept; no syncope cohort giving either frequency was found.
 * - Cardiac tamponade x pulsus paradoxus (Roy 2007, effusion patients): against everyone with chest pain the comparison
 *   group (effusions without tamponade) has pulsus paradoxus at least as often as other chest-pain patients, so LR+ 3.3
 *   is conservative there; in dyspnoea severe asthma and COPD lower its specificity (no frequency read): a lead.
 * - Sick sinus syndrome x bradycardia (Semelka 2013's 'at least 50%' is the tachy-brady share, not bradycardia's): no
 *   series with an identifier giving the bradycardia frequency, nor a syncope cohort's background, was read; left.
 * - Aortic dissection: Klompas 2002's pulse deficit, focal deficit, widened mediastinum and Ohle 2018's tearing pain,
 *   sudden onset and hypotension are already graded in chest pain; nothing added.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import type { DifferentialResult } from './types';
import { buildQuantity } from '../../tests/builders/chart-builder';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const presentation = presentationRunner(kb);
const run = (problem: string, setting: 'primary-care' | 'emergency', age: number, sex: 'female' | 'male', findings: string[], ntProBnp?: number): DifferentialResult =>
  presentation(problem, setting, age, sex, findings, ntProBnp === undefined ? [] : [buildQuantity('ntprobnp', '33762-6', ntProBnp, 'pg/mL', { effectiveDateTime: '2026-06-01T08:00:00Z' })]);
const counted = (r: DifferentialResult, id: string): boolean => findingStepOf(r, 'heart-failure', id)?.counted === true;
const natriureticCounted = (r: DifferentialResult): string[] =>
  (r.differential.find((d) => d.conditionId === 'heart-failure')?.steps ?? []).filter((s) => s.kind === 'finding' && s.counted && /probnp/.test(s.findingId)).map((s) => (s as { findingId: string }).findingId);

describe('classic presentations, session 37 (cardioresp): NT-proBNP in atrial fibrillation', () => {
  const afPalpitations = ['+palpitations', '+ecg-atrial-fibrillation'];

  test('palpitations in atrial fibrillation with an NT-proBNP of 2500: the atrial-fibrillation ratio counts, not the breathless age band', () => {
    const r = run('palpitations', 'emergency', 72, 'male', afPalpitations, 2500);
    expect(natriureticCounted(r)).toEqual(['nt-probnp-739-or-more']);
    expect(counted(r, 'nt-probnp-over-900')).toBe(false);
    expect(counted(r, 'ecg-atrial-fibrillation')).toBe(false);
    const bare = run('palpitations', 'emergency', 72, 'male', afPalpitations);
    // a raised value in atrial fibrillation is weak evidence: it moves heart failure up a little, not to the top
    expect(p(r, 'heart-failure')).toBeGreaterThanOrEqual(p(bare, 'heart-failure'));
    expect(p(r, 'heart-failure')).toBeLessThan(3 * p(bare, 'heart-failure'));
  });

  test('palpitations in atrial fibrillation with an NT-proBNP under 739: heart failure is ruled down', () => {
    const bare = run('palpitations', 'emergency', 72, 'male', afPalpitations);
    const low = run('palpitations', 'emergency', 72, 'male', afPalpitations, 500);
    expect(natriureticCounted(low)).toEqual(['nt-probnp-under-739']);
    expect(p(low, 'heart-failure')).toBeLessThan(p(bare, 'heart-failure'));
  });

  test('breathlessness in sinus rhythm keeps the ICON-RELOADED band: heart failure first at 62 with PND and 1500 pg/mL', () => {
    const r = run('dyspnoea', 'emergency', 62, 'male', ['+paroxysmal-nocturnal-dyspnoea'], 1500);
    expect(natriureticCounted(r)).toEqual(['nt-probnp-over-900']);
    expect(rankOf(r, 'heart-failure')).toBe(1);
  });

  test('breathlessness in atrial fibrillation: the AF-specific NT-proBNP ratio replaces the band, and Wang 2005\u2019s AF ratio still counts in dyspnoea', () => {
    const r = run('dyspnoea', 'emergency', 62, 'male', ['+paroxysmal-nocturnal-dyspnoea', '+ecg-atrial-fibrillation'], 1500);
    expect(natriureticCounted(r)).toEqual(['nt-probnp-739-or-more']);
    expect(counted(r, 'ecg-atrial-fibrillation')).toBe(true);
    expect(listed(rankOf(r, 'heart-failure'), 3)).toBe(true);
  });
});

const listed = (rank: number, n: number): boolean => rank > 0 && rank <= n;

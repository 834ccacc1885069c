/**
 * Session 34, curator "misc" (insomnia, low mood or anxiety, palpitations, red eye, scrotal pain, syncope): misses of the
 * breadth-development split, fixed from the literature where a cited figure exists, the rest reported as gaps.
 *
 * What was wrong:
 * - Heart failure under insomnia (breathlessness, orthopnoea, PND, crackles, leg oedema disturbing sleep): every Wang
 *   2005 ratio except the history and PND entries of session 33 (mind6) was limited to the dyspnoea, cough, fatigue and
 *   chest-pain complaints, so under insomnia the examination signs carried nothing and heart failure stayed on the
 *   policy prior behind the sleep and mood disorders.
 * Added (evidence/s34-misc.json, insomnia only, `requiresPresent: dyspnoea`, the review's breathless population, as the
 *   session 33 insomnia entries do): heart-failure x orthopnoea LR+ 2.2 (1.2-3.9), x raised-jugular-venous-pressure
 *   LR+ 5.1 (3.2-7.9), x crackles-on-auscultation LR+ 2.8 (1.9-4.1) / LR- 0.51, x leg-swelling-sign LR+ 2.3 (1.5-3.7),
 *   x history-of-myocardial-infarction LR+ 3.1 (2.0-4.9): Wang 2005 JAMA Rational Clinical Examination (PMID 16234501),
 *   pooled table (Symptoms 'Orthopnea', Signs 'JVD', 'Rales', 'Lower extremity edema', Risk factors 'History of
 *   Myocardial infarction'), as read by earlier sessions and recorded in each entry's locator; grade A.
 * After (calibration off): a woman of 70 with insomnia, breathlessness, orthopnoea, PND, oedema, crackles, raised JVP
 *   and a past infarction: heart failure first in both settings (before: fifth, behind insomnia disorder, depression,
 *   anxiety and sleep apnoea).
 *
 * Gaps (reported, not fixed):
 * - The breadth vignette's breathlessness was recorded as exertional dyspnoea, which the engine does not read as
 *   dyspnoea (no implication from dyspnoea-on-exertion, orthopnoea or PND to dyspnoea, unlike cough's derivedFrom), so
 *   every `requiresPresent: dyspnoea` ratio stays "not applicable here" for it; its NT-proBNP just under the ICON
 *   age cut point (Januzzi 2006) also correctly counts against. A shared-finding change, left to the lead.
 * - Phaeochromocytoma behind a 13-year panic disorder: no finding beyond the history; no cited figure.
 * - Ventricular tachycardia in palpitations: policy prior (Weber 1996's per-rhythm table unread); the only ratios are
 *   Baerman 1987's, measured in wide-complex tachycardia.
 * - Corneal foreign body in primary-care red eye: no primary-care share read (Sheldrick 1993's abstract gives only the
 *   conjunctivitis shares); with the grinding and no-protection history it is third in the emergency department.
 * - Sick sinus syndrome at 62 with bradycardia alone: Semelka 2013's age ratio counts against; no cited ratio for
 *   sudden syncope without prodrome.
 * - Hydrocele with acute pain after a drained collection, testicular cancer at 63 with a painful swelling: no cited
 *   figure for the findings available (the age ratio against cancer at 63 is what the source says).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const heartFailure = ['+dyspnoea', '+orthopnoea', '+paroxysmal-nocturnal-dyspnoea', '+leg-swelling-sign', '+crackles-on-auscultation', '+raised-jugular-venous-pressure', '+history-of-myocardial-infarction'];

describe('insomnia: heart failure (session 34, misc)', () => {
  test.each(settings)('a woman of 70 who sleeps badly with breathlessness, orthopnoea, PND, oedema, crackles, raised JVP and a past infarction: heart failure in the first three (%s)', (setting) => {
    const r = run('insomnia', setting, 70, 'female', heartFailure);
    expect(rankOf(r, 'heart-failure')).toBeGreaterThan(0);
    expect(rankOf(r, 'heart-failure')).toBeLessThanOrEqual(3);
    expect(p(r, 'heart-failure')).toBeGreaterThan(p(r, 'obstructive-sleep-apnoea'));
    expect(findingStepOf(r, 'heart-failure', 'crackles-on-auscultation')?.note ?? '').not.toMatch(/not applicable here/);
  });

  test('the examination ratios count under insomnia only with breathlessness (the study population)', () => {
    // no form of breathlessness among them (orthopnoea is breathlessness lying flat)
    const signs = ['+leg-swelling-sign', '+crackles-on-auscultation', '+raised-jugular-venous-pressure'];
    const r = run('insomnia', 'primary-care', 70, 'female', signs);
    const step = findingStepOf(r, 'heart-failure', 'crackles-on-auscultation');
    expect(step?.counted ?? false).toBe(false);
    const withDyspnoea = run('insomnia', 'primary-care', 70, 'female', ['+dyspnoea', ...signs]);
    expect(p(withDyspnoea, 'heart-failure')).toBeGreaterThan(2 * p(r, 'heart-failure'));
  });

  test('insomnia alone in a woman of 45 keeps the sleep and mood disorders above heart failure', () => {
    const r = run('insomnia', 'primary-care', 45, 'female', []);
    expect(p(r, 'insomnia-disorder')).toBeGreaterThan(p(r, 'heart-failure'));
  });
});

describe('red eye: corneal foreign body after grinding without eye protection (session 34, misc)', () => {
  test('emergency: a man of 38 with a painful, light-sensitive eye after grinding metal unprotected: corneal foreign body in the first three', () => {
    const r = run('red-eye', 'emergency', 38, 'male', ['+eye-pain', '+photophobia', '+foreign-body-sensation-in-eye', '+eye-injury-while-cutting-or-grinding-metal', '+no-eye-protection-at-time-of-injury']);
    expect(rankOf(r, 'corneal-foreign-body')).toBeGreaterThan(0);
    expect(rankOf(r, 'corneal-foreign-body')).toBeLessThanOrEqual(3);
    expect(p(r, 'corneal-foreign-body')).toBeGreaterThan(p(r, 'allergic-conjunctivitis'));
  });
});

/**
 * Acute or subacute cough in adults (session 33, curator "cough2"), textbook presentations entered as a clinician would
 * (problem, setting, age, sex, findings; no vignette), on the real knowledge base. It picks up the gaps named in
 * `classic-presentations-s32-cough.test.ts`.
 *
 * What was wrong:
 * - Heart failure without a known history was absent from the first eight in a breathless cough of a woman of 78 with
 *   orthopnoea, leg oedema, crackles and a raised jugular venous pressure: under cough only age counted (session 32 had
 *   extended only the abstract's history and PND ratios of Wang 2005).
 * - Pertussis was second on a bare acute cough at 17-49 years: its 7% prior was Philipson 2013's cough of two weeks or
 *   more (New Zealand, 17-49 years), applied to every acute cough.
 *
 * What was added (evidence/s33-cough2.json; each heart-failure entry applies to cough only and counts only when
 * dyspnoea is present, the Wang 2005 study population, as session 32 did):
 * - heart failure x crackles LR+ 2.8 (1.9-4.1), LR- 0.51 (0.37-0.70); x orthopnoea LR+ 2.2 (1.2-3.9) (one group with
 *   PND: the stronger counts); x leg oedema LR+ 2.3 (1.5-3.7); x raised JVP LR+ 5.1 (3.2-7.9); x previous myocardial
 *   infarction LR+ 3.1 (2.0-4.9). Grade A, `wang-2005-jama-dyspnoea-heart-failure-rce`: the review's pooled table as
 *   reproduced by TheNNT ('Dyspnea due to heart failure without chronic respiratory disease', read 2026-12-06, its rows
 *   for history, PND, S3, venous congestion and AF match the abstract); the LR- for rales from the abstract itself.
 * - Pertussis primary-care prior 3% (`gopal-2019-bmj-pertussis-clinical-update`, BMJ 2019;364:l401: 'About 3% of
 *   adults presenting with acute cough in European primary care have pertussis', its reference 3 being Teepe 2015 GRACE,
 *   93/3074 adults with a cough of 28 days or less, whose own PMID/DOI was never displayed), exact, adults 18 or over.
 *   Philipson 2013's 7% is kept for patients 17-49 whose cough began more than 14 days before (`populationWith` the new
 *   duration finding `cough-over-14-days`, its cut-off cited to Philipson's 'acute persistent cough of 2 weeks duration
 *   or greater').
 *
 * After (calibration off): heart failure second in both settings for the breathless picture without history (before:
 * outside the first eight); pertussis sixth on a bare cough at 35, second with whoop, post-tussive vomiting and
 * paroxysms, and 7% when the cough has lasted more than two weeks at 30.
 *
 * Gaps (reported, not tested):
 * - The acute respiratory-infection category (73% prior, defined as non-pneumonic) still leads every picture. With
 *   pneumonia in 5% of acute cough (GRACE), the complementary ratio of a pneumonic sign for the rest of the complaint is
 *   about (1 - specificity) / cohort frequency, near 0.9, so it could not move the category even if entered; no cohort
 *   table giving sensitivity and specificity of crackles, fever or tachycardia in one acute-cough cohort was readable
 *   (van Vugt 2013 BMJ Table 1, Diehr 1984, Moore 2017). The category and pneumonia are exclusive by definition, which
 *   the engine does not enforce: reported to the lead as an engine question.
 * - Pulmonary embolism stays on the 0.5% policy prior. Figures for PE among emergency haemoptysis (Abdulmalak 2015 2.6%,
 *   POPEIHE 4.2%) or pleuritic pain (Hull 1988 21%, a selected 1980s cohort) cannot be added as `populationWith` priors:
 *   the emergency cough priors already reach 0.99 with the borrowed 73% category figure.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const congestive = ['+orthopnoea', '+leg-swelling-sign', '+crackles-on-auscultation', '+raised-jugular-venous-pressure'];

describe('acute or subacute cough in adults (session 33, cough2)', () => {
  test.each(settings)('a woman of 78 with a breathless cough, orthopnoea, leg oedema, crackles and a raised JVP, no known heart failure: heart failure in the first three, above pneumonia (%s)', (setting) => {
    // Before session 33: outside the first eight in both settings.
    const r = run('cough', setting, 78, 'female', ['+dyspnoea', ...congestive]);
    expect(rankOf(r, 'heart-failure')).toBeGreaterThan(0);
    expect(rankOf(r, 'heart-failure')).toBeLessThanOrEqual(3);
    expect(p(r, 'heart-failure')).toBeGreaterThan(p(r, 'community-acquired-pneumonia'));
    expect(p(r, 'heart-failure')).toBeGreaterThan(p(r, 'influenza'));
  });

  test('the Wang 2005 signs count under cough only with breathlessness present (the study population)', () => {
    const withDyspnoea = run('cough', 'emergency', 78, 'female', ['+dyspnoea', ...congestive]);
    const jvp = findingStepOf(withDyspnoea, 'heart-failure', 'raised-jugular-venous-pressure');
    expect(jvp?.counted).toBe(true);
    expect(jvp?.grade).toBe('A');
    // without any form of breathlessness (orthopnoea is breathlessness lying flat, session 34)
    const withoutDyspnoea = run('cough', 'emergency', 78, 'female', congestive.filter((f) => f !== '+orthopnoea'));
    expect(findingStepOf(withoutDyspnoea, 'heart-failure', 'raised-jugular-venous-pressure')?.counted).not.toBe(true);
    expect(p(withDyspnoea, 'heart-failure')).toBeGreaterThan(p(withoutDyspnoea, 'heart-failure'));
  });

  test('in a breathless cough, no crackles lowers heart failure and crackles raise it', () => {
    const bare = run('cough', 'emergency', 78, 'female', ['+dyspnoea']);
    const crackles = run('cough', 'emergency', 78, 'female', ['+dyspnoea', '+crackles-on-auscultation']);
    const noCrackles = run('cough', 'emergency', 78, 'female', ['+dyspnoea', '-crackles-on-auscultation']);
    expect(p(crackles, 'heart-failure')).toBeGreaterThan(p(bare, 'heart-failure'));
    expect(p(noCrackles, 'heart-failure')).toBeLessThan(p(bare, 'heart-failure'));
  });

  test.each(settings)('a bare acute cough in a woman of 35: pertussis from the acute-cough cohort, below influenza and out of the first three (%s)', (setting) => {
    // Before session 33: second, on the 7% of coughs lasting two weeks or more.
    const r = run('cough', setting, 35, 'female', []);
    expect(priorStepOf(r, 'pertussis')?.source?.citation).toBe('gopal-2019-bmj-pertussis-clinical-update');
    expect(rankOf(r, 'pertussis')).toBeGreaterThan(3);
    expect(p(r, 'pertussis')).toBeLessThan(p(r, 'influenza'));
  });

  test('a cough that began more than two weeks before, in a woman of 30: the persistent-cough figure raises pertussis', () => {
    const bare = run('cough', 'primary-care', 30, 'female', []);
    const persistent = run('cough', 'primary-care', 30, 'female', ['+cough-over-14-days']);
    expect(priorStepOf(persistent, 'pertussis')?.source?.citation).toBe('philipson-2013-bjgp-pertussis-persistent-cough');
    expect(p(persistent, 'pertussis')).toBeGreaterThan(p(bare, 'pertussis'));
  });

  test.each(settings)('whoop, post-tussive vomiting and paroxysms for more than two weeks, no fever, in a woman of 40: pertussis second, above influenza and pneumonia (%s)', (setting) => {
    const r = run('cough', setting, 40, 'female', ['+paroxysmal-cough', '+post-tussive-vomiting', '+inspiratory-whoop', '-fever', '+cough-over-14-days']);
    expect(rankOf(r, 'pertussis')).toBeGreaterThan(0);
    expect(rankOf(r, 'pertussis')).toBeLessThanOrEqual(2);
    expect(p(r, 'pertussis')).toBeGreaterThan(p(r, 'influenza'));
    expect(p(r, 'pertussis')).toBeGreaterThan(p(r, 'community-acquired-pneumonia'));
  });
});

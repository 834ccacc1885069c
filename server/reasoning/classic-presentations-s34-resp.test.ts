/**
 * Respiratory and ENT complaints (session 34, curator "resp"): breadth-development misses in chronic cough, cough, ear
 * pain, haemoptysis, nasal congestion, sore throat and wheeze. Textbook pictures entered as a clinician would (problem,
 * setting, age, sex, findings; no vignette), on the real knowledge base.
 *
 * What was wrong:
 * - Giant cell arteritis under ear pain (otalgia is a recognised GCA symptom): every GCA ratio (Karahaliou 2006's new
 *   headache and acute visual impairment, van der Geest 2020's ESR > 40 and raised CRP) was limited to headache or
 *   prolonged fever, so an older patient with ear pain, new headache, visual symptoms and a high ESR kept age alone on the
 *   policy prior (tenth).
 * - Pulmonary embolism under cough and haemoptysis: no measured share of PE among emergency patients who cough up blood;
 *   cough used the policy prior (0.5%), haemoptysis a French hospital-discharge figure (2.6%, proxy).
 * - Head and neck cancer under nasal congestion: a neck node carried no ratio.
 * Added:
 * - evidence/s34-resp.json: giant-cell-arteritis x headache (Karahaliou 2006, Arthritis Res Ther, doi 10.1186/ar2003,
 *   PMC1779378, Table 3 'New onset of headache', sens 64%, spec 70%; grade A), x visual-disturbance (same table, 'Acute
 *   visual impairement', 23%/94%; requires a headache), x esr-over-40 and x crp-above-reference-range (van der Geest 2020
 *   JAMA Intern Med, PMC7432275, Table 3 rows 'ESR>40 mm/h' and 'CRP level elevated'; require a headache and no ear
 *   discharge, since necrotising otitis externa and mastoiditis raise the ESR and were not in that population); all
 *   limited to ear pain from 50 years (the study populations' age bound).
 * - evidence/s34-resp.json: head-and-neck-cancer x lymphadenopathy-on-examination in nasal congestion, grade C: lymph
 *   node enlargement at first diagnosis in 53% of 85 nasopharyngeal carcinomas (Oncol Rep 1999;6(6):1395-8, PMID
 *   10523718, doi 10.3892/or.6.6.1395, abstract) over the 0.25 policy background (LR+ 2.12).
 * - problems/haemoptysis.json (emergency) and problems/cough.json (emergency, `populationWith: haemoptysis`): PE 4.2% of
 *   546 consecutive emergency patients with haemoptysis as the primary complaint (POPEIHE, Vanni 2024 ERJ Open Res, doi
 *   10.1183/23120541.00180-2024, abstract Results); exact for haemoptysis (replacing Abdulmalak 2015's proxy 2.6%),
 *   proxy for a cough patient who coughs up blood (whose haemoptysis ratio is then in the prior and not counted again).
 * After (calibration off, before the lead's refit): GCA third with ear pain, headache, visual disturbance and ESR > 40
 *   (first with jaw claudication); PE third in emergency cough with haemoptysis, leg swelling and recent surgery; head and
 *   neck cancer fifth or sixth in nasal congestion with a neck node, epistaxis and hearing loss (gap below).
 *
 * Gaps (reported, not fixed):
 * - Head and neck cancer in nasal congestion: no epistaxis or aural-symptom frequency with an identifier was read for
 *   nasopharyngeal or sinonasal cancer (Lee 1997 HKMJ, Skinner 1991 and Medscape's figures had none seen); stays fifth/sixth.
 * - Pulmonary embolism in haemoptysis stays seventh: pleuritic pain, dyspnoea and low saturation ratios are limited to
 *   chest pain (pneumonia and lung cancer share them in haemoptysis, with no cited frequency); West 2007 gives only the
 *   LR- of dyspnoea.
 * - Obstructive sleep apnoea in chronic cough: Sundar 2010 (Cough, doi 10.1186/1745-9974-6-2) found OSA in 33 of 75
 *   referred chronic-cough patients, but as a coexisting finding, contradicted by a prospective French cohort (no
 *   association), and the chronic-cough priors already add up to 0.96.
 * - Epiglottitis (sore throat, fever, dysphagia, drooling, muffled voice) fifth; tuberculosis in haemoptysis fourth; acute
 *   respiratory infection against viral pharyngitis in sore throat with cough; head and neck cancer in wheeze: no cited
 *   figure read that would move them.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const gca = ['+headache', '+visual-disturbance', '+esr-over-40', '+crp-above-reference-range'];

describe('ear pain, cough, haemoptysis and nasal congestion: session 34 (resp)', () => {
  test.each(settings)('a woman of 70 with ear pain, new headache, visual disturbance, ESR over 40 and raised CRP: GCA in the first three (%s)', (setting) => {
    // Before session 34: tenth.
    const r = run('ear-pain', setting, 70, 'female', gca);
    expect(rankOf(r, 'giant-cell-arteritis')).toBeGreaterThan(0);
    expect(rankOf(r, 'giant-cell-arteritis')).toBeLessThanOrEqual(3);
    expect(p(r, 'giant-cell-arteritis')).toBeGreaterThan(p(r, 'dental-infection'));
    expect(findingStepOf(r, 'giant-cell-arteritis', 'headache')?.note ?? '').not.toMatch(/not applicable here/);
  });

  test('with jaw claudication as well, GCA leads ear pain in the emergency department', () => {
    const r = run('ear-pain', 'emergency', 70, 'female', [...gca, '+jaw-claudication']);
    expect(rankOf(r, 'giant-cell-arteritis')).toBe(1);
  });

  test('the GCA ratios in ear pain stay within their populations: not under 50, and no ESR ratio with a discharging ear', () => {
    const young = run('ear-pain', 'emergency', 40, 'female', gca);
    expect(findingStepOf(young, 'giant-cell-arteritis', 'headache')?.counted ?? false).toBe(false);
    const discharge = run('ear-pain', 'emergency', 70, 'female', [...gca, '+ear-discharge']);
    expect(findingStepOf(discharge, 'giant-cell-arteritis', 'esr-over-40')?.counted ?? false).toBe(false);
    const noHeadache = run('ear-pain', 'emergency', 70, 'female', ['+visual-disturbance', '+esr-over-40']);
    expect(findingStepOf(noHeadache, 'giant-cell-arteritis', 'esr-over-40')?.counted ?? false).toBe(false);
    const older = run('ear-pain', 'emergency', 70, 'female', gca);
    expect(p(older, 'giant-cell-arteritis')).toBeGreaterThan(p(discharge, 'giant-cell-arteritis'));
  });

  test('a man of 60 in the emergency department with cough, haemoptysis, breathlessness, pleuritic pain, leg swelling and recent surgery: PE in the first three', () => {
    // Before session 34: seventh (policy prior).
    const r = run('cough', 'emergency', 60, 'male', ['+haemoptysis', '+dyspnoea', '+pleuritic-chest-pain', '+leg-swelling-sign', '+recent-surgery', '+heart-rate-over-100']);
    expect(rankOf(r, 'pulmonary-embolism')).toBeGreaterThan(0);
    expect(rankOf(r, 'pulmonary-embolism')).toBeLessThanOrEqual(3);
    expect(priorStepOf(r, 'pulmonary-embolism')).toBeDefined();
    expect(priorStepOf(r, 'pulmonary-embolism')?.policy === true).toBe(false);
    // The haemoptysis share is in the prior: the haemoptysis ratio is not counted again.
    expect(findingStepOf(r, 'pulmonary-embolism', 'haemoptysis')?.counted ?? false).toBe(false);
  });

  test('in emergency cough without haemoptysis, PE keeps the policy prior', () => {
    const r = run('cough', 'emergency', 60, 'male', ['+dyspnoea', '+leg-swelling-sign']);
    expect(priorStepOf(r, 'pulmonary-embolism')?.policy === true).toBe(true);
  });

  test('haemoptysis in the emergency department: PE prior from the POPEIHE cohort, above tuberculosis with nothing else known', () => {
    const r = run('haemoptysis', 'emergency', 60, 'male', []);
    expect(priorStepOf(r, 'pulmonary-embolism')).toBeDefined();
    expect(priorStepOf(r, 'pulmonary-embolism')?.policy === true).toBe(false);
    expect(p(r, 'pulmonary-embolism')).toBeGreaterThan(p(r, 'tuberculosis'));
  });

  test.each(settings)('a man of 55 with long nasal blockage, a neck node, epistaxis and hearing loss: head and neck cancer in the first six, raised by the node (%s)', (setting) => {
    // Gap: fifth or sixth (no epistaxis or aural figure read). Before session 34: seventh.
    const base = ['+epistaxis', '+hearing-loss', '+nasal-symptoms-over-12-weeks'];
    const r = run('nasal-congestion', setting, 55, 'male', [...base, '+lymphadenopathy-on-examination']);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeLessThanOrEqual(6);
    const noNode = run('nasal-congestion', setting, 55, 'male', base);
    expect(p(r, 'head-and-neck-cancer')).toBeGreaterThan(p(noNode, 'head-and-neck-cancer'));
  });
});

/**
 * Acute or subacute cough in adults (session 32, curator "cough"), textbook presentations entered as a clinician would
 * (problem, setting, age, sex, findings; no vignette), on the real knowledge base. The pictures follow the
 * acute-cough differential of the IEM clerkship chapter (iem-student.org: common cold, acute bronchitis, influenza,
 * pneumonia, pertussis, COVID-19, upper airway cough, exacerbations of asthma, COPD and heart failure) and the BMJ Best
 * Practice description of pulmonary embolism (acute dyspnoea, pleuritic pain, haemoptysis, immobilisation).
 *
 * What was wrong: a woman of 78 with cough, breathlessness, paroxysmal nocturnal dyspnoea, orthopnoea, leg swelling,
 * crackles and known heart failure ranked heart failure ninth in both settings. Every heart-failure ratio of Wang 2005
 * (adults in the emergency department with dyspnoea) was limited to the dyspnoea and wheeze complaints, so under cough
 * only age counted, on the 0.3% primary-care prior (Bergmann 2021). Added (evidence/s32-cough.json, grade A, cough only,
 * each counted only when dyspnoea is present, the study population; Wang 2005's own ratio for cough among breathless
 * patients is 0.93, so breathless patients who cough belong to it):
 * - `history-of-heart-failure`: LR+ 5.8 (4.1-8.0), LR- 0.45 (0.38-0.53), Wang 2005 abstract, Data synthesis;
 * - `paroxysmal-nocturnal-dyspnoea`: LR+ 2.6 (1.5-4.5), same sentence (no LR- in the abstract).
 * After: heart failure third in both settings (behind the broad respiratory-infection category and pneumonia).
 *
 * COVID-19 (the lead: fifth to seventh for fever, dry cough, smell or taste loss and myalgia): with smell or taste loss
 * entered as `loss-of-smell-or-taste`, COVID-19 is second in primary care and third in the emergency department (after
 * pneumonia's 9.4% emergency prior, Nolt 2007); the seventh place is the rank without the smell finding (fever, dry cough
 * and myalgia weigh nothing for COVID-19 against the other infections). Smell loss weighs LR+ 6.3 (Kim 2021
 * meta-analysis, sensitivity 0.57, specificity 0.91) and a contact LR+ 2.85 (Wohl 2021): both are cited and were left.
 *
 * Gaps (reported, not tested):
 * - Heart failure without a known history stays fifth or sixth: orthopnoea (2.2), leg oedema (2.3) and crackles (2.8)
 *   are in Wang 2005's table, which could not be read here (only the abstract), so they were not extended to cough.
 * - Pulmonary embolism stays eighth or ninth for pleuritic pain, sudden breathlessness, haemoptysis, tachycardia and
 *   immobilisation under cough: it is on the 0.5% policy prior (no share of PE among patients presenting with cough
 *   was found), and West 2007 finds every single feature near LR 1 except those already entered. It is on the
 *   can't-miss list, which the test checks.
 * - Pertussis is second on a bare acute cough at 17-49 years: its 7% prior is Philipson 2013's cough of two weeks or
 *   more. Teepe 2015 (Br J Gen Pract 65(639):e662-7, GRACE, 93 of 3074 adults with acute cough of 28 days or less in
 *   European primary care, 3.0%) is the better-matched figure, but no PMID, DOI or PMCID was seen, so it could not be
 *   registered.
 * - The broad acute respiratory-infection category (73% prior) is never lowered by pneumonic or cardiac signs, so it
 *   stays first in every picture; no source gives crackles, tachycardia or smell loss in that category against the
 *   rest of the complaint.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const heartFailure = ['+dyspnoea', '+paroxysmal-nocturnal-dyspnoea', '+orthopnoea', '+leg-swelling-sign', '+crackles-on-auscultation', '+history-of-heart-failure'];
const covid = ['+fever', '+dry-cough', '+loss-of-smell-or-taste', '+myalgia'];

describe('acute or subacute cough in adults (session 32, cough)', () => {
  test.each(settings)('a woman of 78 with cough, breathlessness, PND, orthopnoea, oedema, crackles and known heart failure: heart failure in the first three (%s)', (setting) => {
    // Before session 32: ninth in both settings.
    const r = run('cough', setting, 78, 'female', heartFailure);
    expect(rankOf(r, 'heart-failure')).toBeGreaterThan(0);
    expect(rankOf(r, 'heart-failure')).toBeLessThanOrEqual(3);
    for (const other of ['influenza', 'asthma', 'covid-19', 'acute-sinusitis', 'pertussis']) {
      expect(p(r, 'heart-failure')).toBeGreaterThan(p(r, other));
    }
  });

  test('the Wang 2005 ratios count under cough only with breathlessness present (the study population)', () => {
    const withDyspnoea = run('cough', 'emergency', 78, 'female', ['+dyspnoea', '+paroxysmal-nocturnal-dyspnoea', '+history-of-heart-failure']);
    const step = findingStepOf(withDyspnoea, 'heart-failure', 'history-of-heart-failure');
    expect(step?.counted).toBe(true);
    expect(step?.grade).toBe('A');
    const withoutDyspnoea = run('cough', 'emergency', 78, 'female', ['+history-of-heart-failure']);
    expect(findingStepOf(withoutDyspnoea, 'heart-failure', 'history-of-heart-failure')?.counted).not.toBe(true);
    expect(p(withDyspnoea, 'heart-failure')).toBeGreaterThan(p(withoutDyspnoea, 'heart-failure'));
    // Nocturnal breathlessness is breathlessness (session 34: forms imply dyspnoea, Mukerji 1990).
    const pndOnly = run('cough', 'emergency', 78, 'female', ['+paroxysmal-nocturnal-dyspnoea', '+history-of-heart-failure']);
    expect(findingStepOf(pndOnly, 'heart-failure', 'history-of-heart-failure')?.counted).toBe(true);
  });

  test('in a breathless cough, PND raises heart failure and no known heart failure lowers it', () => {
    const bare = run('cough', 'emergency', 78, 'female', ['+dyspnoea']);
    const pnd = run('cough', 'emergency', 78, 'female', ['+dyspnoea', '+paroxysmal-nocturnal-dyspnoea']);
    const noHistory = run('cough', 'emergency', 78, 'female', ['+dyspnoea', '-history-of-heart-failure']);
    expect(p(pnd, 'heart-failure')).toBeGreaterThan(p(bare, 'heart-failure'));
    expect(p(noHistory, 'heart-failure')).toBeLessThan(p(bare, 'heart-failure'));
  });

  test.each(settings)('pleuritic pain, sudden breathlessness, haemoptysis, tachycardia and immobilisation under cough: pulmonary embolism rises and stays on the can\'t-miss list (%s)', (setting) => {
    const r = run('cough', setting, 55, 'female', ['+pleuritic-chest-pain', '+sudden-onset-dyspnoea', '+haemoptysis', '+heart-rate-over-100', '+recent-immobilisation']);
    expect(r.cantMiss.some((d) => d.conditionId === 'pulmonary-embolism')).toBe(true);
    const bare = run('cough', setting, 55, 'female', []);
    expect(p(r, 'pulmonary-embolism')).toBeGreaterThan(p(bare, 'pulmonary-embolism'));
  });

  test.each(settings)('a woman of 35 with fever, dry cough, new loss of smell or taste and myalgia: COVID-19 in the first three, above influenza and pertussis (%s)', (setting) => {
    const r = run('cough', setting, 35, 'female', covid);
    expect(rankOf(r, 'covid-19')).toBeGreaterThan(0);
    expect(rankOf(r, 'covid-19')).toBeLessThanOrEqual(3);
    expect(p(r, 'covid-19')).toBeGreaterThan(p(r, 'influenza'));
    expect(p(r, 'covid-19')).toBeGreaterThan(p(r, 'pertussis'));
  });

  test('the same cough without the smell finding: COVID-19 falls out of the first three (smell loss is what moves it)', () => {
    const r = run('cough', 'primary-care', 35, 'female', ['+fever', '+dry-cough', '+myalgia']);
    const withSmell = run('cough', 'primary-care', 35, 'female', covid);
    expect(rankOf(r, 'covid-19')).toBeGreaterThan(3);
    expect(p(withSmell, 'covid-19')).toBeGreaterThan(p(r, 'covid-19'));
  });

  describe('guards: textbook pictures already ranked as a clinician would', () => {
    test.each(settings)('a common cold (rhinorrhoea, sore throat, blocked nose, no fever) in a woman of 30: acute respiratory tract infection first (%s)', (setting) => {
      const r = run('cough', setting, 30, 'female', ['+rhinorrhoea', '+sore-throat', '+nasal-obstruction', '-fever']);
      expect(rankOf(r, 'acute-respiratory-tract-infection')).toBe(1);
    });

    test.each(settings)('fever, myalgia, chills and headache in a man of 35: influenza in the first two (%s)', (setting) => {
      const r = run('cough', setting, 35, 'male', ['+fever', '+myalgia', '+chills', '+headache', '+dry-cough']);
      expect(rankOf(r, 'influenza')).toBeGreaterThan(0);
      expect(rankOf(r, 'influenza')).toBeLessThanOrEqual(2);
    });

    test.each(settings)('fever, productive cough, crackles, tachycardia and tachypnoea in a man of 70: pneumonia in the first two (%s)', (setting) => {
      const r = run('cough', setting, 70, 'male', ['+fever', '+productive-cough', '+crackles-on-auscultation', '+heart-rate-over-100', '+respiratory-rate-22-or-more']);
      expect(rankOf(r, 'community-acquired-pneumonia')).toBeGreaterThan(0);
      expect(rankOf(r, 'community-acquired-pneumonia')).toBeLessThanOrEqual(2);
      expect(p(r, 'community-acquired-pneumonia')).toBeGreaterThan(p(r, 'influenza'));
    });

    test.each(settings)('paroxysmal cough with whoop and post-tussive vomiting, no fever, in a woman of 40: pertussis in the first two (%s)', (setting) => {
      const r = run('cough', setting, 40, 'female', ['+paroxysmal-cough', '+post-tussive-vomiting', '+inspiratory-whoop', '-fever']);
      expect(rankOf(r, 'pertussis')).toBeGreaterThan(0);
      expect(rankOf(r, 'pertussis')).toBeLessThanOrEqual(2);
    });

    test.each(settings)('purulent discharge, blocked nose, maxillary toothache and double sickening in a woman of 35: acute sinusitis in the first two (%s)', (setting) => {
      const r = run('cough', setting, 35, 'female', ['+purulent-nasal-discharge-on-examination', '+nasal-obstruction', '+maxillary-toothache', '+double-sickening']);
      expect(rankOf(r, 'acute-sinusitis')).toBeGreaterThan(0);
      expect(rankOf(r, 'acute-sinusitis')).toBeLessThanOrEqual(2);
    });

    test.each(settings)('wheeze, nocturnal cough and breathlessness in a woman of 25: asthma in the first three (%s)', (setting) => {
      const r = run('cough', setting, 25, 'female', ['+reported-wheeze', '+nocturnal-cough', '+wheeze-on-auscultation', '+dyspnoea']);
      expect(rankOf(r, 'asthma')).toBeGreaterThan(0);
      expect(rankOf(r, 'asthma')).toBeLessThanOrEqual(3);
    });

    test.each(settings)('a smoker of 68 known to have COPD with productive cough, breathlessness and wheeze: COPD in the first two (%s)', (setting) => {
      const r = run('cough', setting, 68, 'male', ['+history-of-copd', '+productive-cough', '+dyspnoea', '+wheeze-on-auscultation', '+current-smoker']);
      expect(rankOf(r, 'copd')).toBeGreaterThan(0);
      expect(rankOf(r, 'copd')).toBeLessThanOrEqual(2);
    });
  });
});

/**
 * Textbook presentations of COVID-19 in acute cough and nasal congestion, and of pulmonary fibrosis in breathlessness,
 * entered as a clinician would (findings only, no vignette), on the real knowledge base (session 29, round 3,
 * respiratory curator "r3resp").
 *
 * COVID-19: with the findings entered under the knowledge base's own ids (new loss of smell or taste, a reported contact
 * with a case) COVID-19 ranks second in acute cough (after the broad "acute respiratory tract infection", whose 73% prior
 * it is a form of) and first in nasal congestion; the seventh place reported for the gap is the rank with fever alone,
 * i.e. when smell loss and the contact were not recognised. A chart coding "Loss of taste" (SNOMED CT 36955009) was not
 * read as the smell-or-taste finding; it now is (the code seen with its display in two public code lists).
 *
 * Interstitial lung disease in breathlessness stays low (ninth or tenth) for a 70-year-old man with a year of exertional
 * breathlessness, a dry cough, Velcro crackles and clubbing: its dyspnoea prior is the 0.5% policy prior of a
 * diagnosis without a figure, and no readable source gives its share of breathless patients. Not fixed here (the
 * dyspnoea problem file belongs to another curator): Wahls 2012 and Karnani 2005 (Am Fam Physician) name interstitial
 * lung disease among the usual causes of chronic dyspnoea, which would give it the 3% usual-cause policy prior and,
 * in a probe, third (primary care) or fourth (emergency) place. Expectations are about order, not percentages, since the
 * recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { buildEncounter, buildPatient, buildSymptom } from '../../tests/builders/chart-builder';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { listedProbOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';
import { extractFindings } from './extract-findings';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of COVID-19 and pulmonary fibrosis (session 29, r3resp)', () => {
  test('a 30-year-old woman in general practice with an acute cough, fever, new loss of smell and taste and a household contact with COVID-19: COVID-19 second, above influenza, pneumonia and pertussis', () => {
    // Kim 2021 (Clin Exp Otorhinolaryngol, meta-analysis of 28 studies of adults tested): smell and/or taste change
    // sensitivity 0.57, specificity 0.91 (LR+ 6.3). Wohl 2021 (PLoS One, 20,177 outpatients tested): 22.8% positive with a
    // reported contact against 9.4% overall (LR+ 2.85). Fever: COVID-19 LR+ 1.29 (Sebo 2021), influenza 1.7 (Monto 2000).
    // Influenza's cough prior is 6% (Bergmann 2021) against COVID-19's 1.7% (O'Reilly 2020, emergency figure used as proxy).
    const r = run('cough', 'primary-care', 30, 'female', ['+fever', '+loss-of-smell-or-taste', '+close-contact-with-covid-19-case']);
    expect(rankOf(r, 'covid-19')).toBeGreaterThan(0);
    expect(rankOf(r, 'covid-19')).toBeLessThanOrEqual(2);
    expect(p(r, 'covid-19')).toBeGreaterThan(listedProbOf(r, 'influenza'));
    expect(p(r, 'covid-19')).toBeGreaterThan(listedProbOf(r, 'community-acquired-pneumonia'));
    expect(p(r, 'covid-19')).toBeGreaterThan(listedProbOf(r, 'pertussis'));
  });

  test('the same cough with fever alone: influenza above COVID-19 (smell loss and the contact are what move COVID-19)', () => {
    // Without the Kim 2021 (6.3) and Wohl 2021 (2.85) ratios, COVID-19 keeps its 1.7% proxy prior times fever 1.29,
    // below influenza's 6% times 1.7: the seventh place reported for this gap.
    const r = run('cough', 'primary-care', 30, 'female', ['+fever']);
    expect(listedProbOf(r, 'influenza')).toBeGreaterThan(p(r, 'covid-19'));
    expect(rankOf(r, 'covid-19')).toBeGreaterThan(2);
  });

  test('a 30-year-old woman with a blocked nose, fever, new loss of smell and taste and a household contact: COVID-19 first', () => {
    // Just 2020 (BMC Fam Pract): SARS-CoV-2 in 10.7% of primary-care adults with common-cold symptoms; Kim 2021 LR+ 6.3;
    // Wohl 2021 LR+ 2.85. Acute rhinosinusitis keeps its 38% proxy prior (Williams 1992) with no ratio for smell loss or
    // contact; chronic rhinosinusitis takes smell loss (2.24) but not the contact.
    const r = run('nasal-congestion', 'primary-care', 30, 'female', ['+fever', '+loss-of-smell-or-taste', '+close-contact-with-covid-19-case']);
    expect(rankOf(r, 'covid-19')).toBe(1);
    expect(p(r, 'covid-19')).toBeGreaterThan(listedProbOf(r, 'acute-sinusitis'));
    expect(p(r, 'covid-19')).toBeGreaterThan(listedProbOf(r, 'chronic-rhinosinusitis'));
  });

  test('a chart coding "Loss of taste" (SNOMED CT 36955009) at the visit records new loss of smell or taste', () => {
    // Session 29 (r3resp): 36955009 "Loss of taste (finding)" added to the finding beside 44169009 "Loss of sense of smell".
    const chart = [buildPatient({ gender: 'female', birthDate: '1995-01-01' }), buildEncounter('49727002'), buildSymptom('c1', '49727002'), buildSymptom('t1', '36955009')];
    const ex = extractFindings(chart, kb, { asOf: '2026-11-20' });
    expect(ex.findings.find((f) => f.findingId === 'loss-of-smell-or-taste')?.present).toBe(true);
  });

  test('a 70-year-old man with a year of exertional breathlessness, a dry cough, Velcro crackles and clubbing: pulmonary fibrosis above lung cancer, and raised by the crackles and clubbing', () => {
    // Sellarés 2016 (Medicine): Velcro crackles in 63% of an ILD diagnostic programme (LR+ 2.52 over the 25% policy);
    // Jafri 2020 (Pak J Med Sci): clubbing in 47.3% of an ILD registry (LR+ 1.9); Moran-Mendoza 2021 (BMJ Open Respir Res):
    // 58% of 290 ILD clinic patients were men (LR+ 1.17 over an even split, session 29). Combined LR about 4.8 for the
    // crackles and clubbing, about 2.7 after the recalibration's slope of 0.63, so a factor of 1.8 is asked.
    // Still wrong: the disease should be in the first three; its dyspnoea prior is the 0.5% policy prior.
    for (const setting of ['primary-care', 'emergency'] as const) {
      const full = run('dyspnoea', setting, 70, 'male', ['+dyspnoea-on-exertion', '+dry-cough', '+velcro-crackles', '+finger-clubbing']);
      const bare = run('dyspnoea', setting, 70, 'male', ['+dyspnoea-on-exertion', '+dry-cough']);
      expect(rankOf(full, 'interstitial-lung-disease')).toBeGreaterThan(0);
      expect(p(full, 'interstitial-lung-disease')).toBeGreaterThan(p(full, 'lung-cancer'));
      expect(p(full, 'interstitial-lung-disease')).toBeGreaterThan(1.8 * listedProbOf(bare, 'interstitial-lung-disease'));
      expect(rankOf(full, 'interstitial-lung-disease')).toBeLessThan(rankOf(bare, 'interstitial-lung-disease'));
    }
  });

  test('the same breathless presentation: pulmonary fibrosis likelier in a man than in a woman', () => {
    // Moran-Mendoza 2021, Table 1: 169 of 290 ILD clinic patients were men (58%); LR+ 1.17, LR- 0.83 over an even split.
    const man = run('dyspnoea', 'primary-care', 70, 'male', ['+dyspnoea-on-exertion', '+dry-cough', '+velcro-crackles', '+finger-clubbing']);
    const woman = run('dyspnoea', 'primary-care', 70, 'female', ['+dyspnoea-on-exertion', '+dry-cough', '+velcro-crackles', '+finger-clubbing']);
    expect(listedProbOf(man, 'interstitial-lung-disease')).toBeGreaterThan(listedProbOf(woman, 'interstitial-lung-disease'));
  });
});

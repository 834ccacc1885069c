/**
 * Session 39 (fever3): the primary-care prior of community-acquired pneumonia in the fever complaint.
 *
 * (1) Fever, primary care. Pneumonia took 0.272 from an emergency cohort (Limper 2011, PMID 21444937: bacterial
 * pneumonia in 58 of 213 febrile non-surgical adults at a Dutch emergency department, 87.8% of them admitted), borrowed
 * because no primary-care fever cohort had been found. It now takes Bao 2012 (bao-2012-expbiolmed-cap-fever-outpatients,
 * PMID 23239436, doi 10.1258/ebm.2012.012014; read in the PubMed abstract): 'Of all the 6539 fever outpatients'
 * (temperature > 37.5 C, outpatients of a Beijing hospital, chest X-ray for every patient; 61.0% aged 10-39) 402 had
 * community-acquired pneumonia, 6.1%. Still another setting (a hospital's fever outpatient clinic, not general practice:
 * populationMatch other-setting), but ambulatory walk-in febrile patients rather than emergency patients selected for
 * severity. Consistent with general practice: radiographic pneumonia in 48 of 364 adults (13%) whom their GP diagnosed
 * with lower respiratory tract infection (Holm 2007, PMC2099637, already registered), a narrower denominator (patients with
 * respiratory symptoms) and so an upper bound for febrile patients as a whole. The emergency prior (Limper) is not
 * changed, nor the febrile traveller's figure (O'Brien 2001). Effect: a 30-year-old with fever, cough and headache in
 * general practice had pneumonia at about 36% beside acute respiratory infection; now it is well below the same patient
 * in the emergency department. Acute respiratory tract infection keeps Yu 2021's emergency figure (no primary-care share
 * read).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 39 (fever3)', () => {
  test('every id used here exists', () => {
    for (const id of ['cough', 'headache', 'crackles-on-auscultation', 'productive-cough']) {
      expect(kb.findings.has(id)).toBe(true);
    }
    expect(kb.citations.has('bao-2012-expbiolmed-cap-fever-outpatients')).toBe(true);
  });

  test('fever in primary care: the unstratified pneumonia prior cites the febrile-outpatient cohort, other setting, below the emergency figure', () => {
    const priors = kb.problems.get('fever')!.priors;
    const pc = (priors['primary-care'] ?? []).filter((x) => x.condition === 'community-acquired-pneumonia' && !x.populationWith);
    const em = (priors.emergency ?? []).filter((x) => x.condition === 'community-acquired-pneumonia' && !x.populationWith);
    expect(pc.length).toBe(1);
    expect(em.length).toBe(1);
    expect(pc[0].source.citation).toBe('bao-2012-expbiolmed-cap-fever-outpatients');
    expect(pc[0].populationMatch).toBe('other-setting');
    expect(pc[0].source.locator).toMatch(/6539/);
    expect(em[0].source.citation).toBe('limper-2011-nethjmed-fever-ed-epidemiology');
    expect(pc[0].probability).toBeLessThan(em[0].probability);
  });

  test('the febrile traveller keeps its own pneumonia figure in primary care', () => {
    const pc = (kb.problems.get('fever')!.priors['primary-care'] ?? []).filter(
      (x) => x.condition === 'community-acquired-pneumonia' && x.populationWith === 'recent-travel-to-the-tropics',
    );
    expect(pc.length).toBe(1);
    expect(pc[0].source.citation).toBe('obrien-2001-clininfectdis-fever-returned-travellers-admissions');
  });

  test('a 30-year-old man with fever, cough and headache: pneumonia less likely in general practice than in the emergency department, respiratory infection first', () => {
    const gp = run('fever', 'primary-care', 30, 'male', ['+cough', '+headache']);
    const ed = run('fever', 'emergency', 30, 'male', ['+cough', '+headache']);
    expect(p(gp, 'community-acquired-pneumonia')).toBeLessThan(p(ed, 'community-acquired-pneumonia'));
    expect(rankOf(gp, 'acute-respiratory-tract-infection')).toBe(1);
    expect(p(gp, 'community-acquired-pneumonia')).toBeLessThan(p(gp, 'acute-respiratory-tract-infection') / 2);
  });

  test('a 70-year-old man with fever, productive cough and crackles in general practice: pneumonia stays in the top two', () => {
    const r = run('fever', 'primary-care', 70, 'male', ['+cough', '+productive-cough', '+crackles-on-auscultation']);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBeGreaterThan(0);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBeLessThanOrEqual(2);
  });
});

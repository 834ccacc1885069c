/**
 * Lymphadenopathy in adults, both settings (session 32, curator "lymph"), entered as a clinician would (problem, setting,
 * age, sex, findings; no vignette), on the real knowledge base.
 *
 * What was wrong: lymphoma had no prior of its own in lymphadenopathy (the 0.5% policy prior), although the problem's
 * malignancy prior is cited (Fijten 1988: 1.1%, and 4% over 40) and lymphoma is the commonest malignant cause of
 * enlarged nodes. Painless nodes with night sweats, weight loss and fever ranked lymphoma second in a man of 30 (below HIV
 * infection, lifted by the early-HIV weight-loss ratio, Wood 2014, LR+ 4.7) and fourth in a woman of 60 (below malignancy,
 * HIV infection and tuberculosis).
 *
 * What was added (problems/lymphadenopathy.json, both settings, `proxy`): lymphoma's prior as the broader category's
 * cited prior split by a cited share (clinical-validity.md, "broader-category ... split it with a cited ratio"; session 30,
 * products of two cited figures are `proxy`): Fijten 1988 (PMID 3049914, abstract: malignancy 1.1% among patients
 * presenting with unexplained lymphadenopathy to Dutch family physicians; 4% over 40) times the share of lymphoma among
 * malignant lymphadenopathy, 81 of 120 (0.675) in 372 adults referred from primary care or the emergency department with
 * unexplained peripheral lymphadenopathy (Bosch 2014, Medicine, PMID 25310744, doi 10.1097/MD.0000000000000095, abstract):
 * 0.74% overall and 2.7% over 40. Bosch's 32% malignancy (a referred population) is not used as a prior. Lymphoma's
 * unquantified entry is kept for the leads it records (the engine does not use it beside priors); leukaemia's records
 * that Bosch counted no leukaemia separately among the 120 malignancies, so no leukaemia share could be derived.
 *
 * Gaps (reported, not fixed; each needs a source or a file outside this curator's scope):
 * - HIV infection still ranks third for painless nodes with B symptoms through Wood 2014's weight-loss ratio (LR+ 4.7,
 *   acute HIV among patients seeking care; evidence/depth3.json), which describes acute infection, not nodes lasting weeks;
 *   no finding for nodes persisting beyond four weeks exists to set it aside.
 * - No in-complaint frequency of night sweats, weight loss or fever among patients with lymphadenopathy without lymphoma
 *   could be registered: a Turkish series of 197 biopsied adults (fever 8.63%, night sweats 13.70%, weight loss 20.30%,
 *   Ankara Med J) showed no DOI, PMID or authors; Chau 2003 and Kühnl 2018 symptom tables were not readable (openings only).
 * - A 50-year-old with cellulitis and regional nodes ranks cellulitis third, below malignancy (Fijten's cited 4% over 40)
 *   and now lymphoma (2.7%): cellulitis has no cited share of lymphadenopathy (policy 0.5%), and its erythema ratio cannot
 *   be added here because painful-rash already takes the same Ginsberg 1981 sentence in this problem. Fijten's population
 *   is unexplained lymphadenopathy; nodes explained by a skin infection are outside it, which the engine cannot tell.
 * - The usual infective causes (viral and streptococcal pharyngitis, upper respiratory infection, glandular fever) still
 *   have no cited share of lymphadenopathy (Williamson 1985, 249 family-practice cases, still has no identifier here), so
 *   a bare list is led by malignancy and lymphoma; naming them usual causes (3%) is still refused for the reason given in
 *   session 31 (it would rank them above lymphoma for painless nodes with B symptoms, no duration finding existing).
 * - Streptococcal pharyngitis's Centor items are limited to the sore-throat problem, so sore throat, exudate, fever and
 *   tender anterior nodes entered under lymphadenopathy leave it level with viral pharyngitis, below glandular fever.
 * - In the emergency department the supraclavicular node counts for nothing (Fijten's ratio is limited to primary care,
 *   evidence/s22-eye-nodes.json), so a hard supraclavicular node in an older smoker leaves malignancy level with lymphoma.
 * - Frederiksen 2013 (Br J Haematol, PMID 23252600: cancer in 11.5% within a year of a first hospital contact for enlarged
 *   nodes, Denmark) and Yenilmez 2021 (tuberculosis 16.8% of 1401 tertiary patients) describe referred populations and
 *   were not used as priors.
 * Expectations are about order and direction, not percentages (the recalibration is refitted whenever knowledge changes).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const SETTINGS = ['primary-care', 'emergency'] as const;
const bSymptoms = ['+night-sweats', '+unintentional-weight-loss', '+fever', '-sore-throat'];

describe('lymphoma in lymphadenopathy (session 32, lymph)', () => {
  test.each(SETTINGS)('lymphoma takes a cited (proxy) prior, not the policy prior, in %s', (setting) => {
    const young = priorStepOf(run('lymphadenopathy', setting, 30, 'male', []), 'lymphoma');
    const old = priorStepOf(run('lymphadenopathy', setting, 60, 'male', []), 'lymphoma');
    expect(young?.policy).toBeFalsy();
    expect(young?.source?.citation).toBe('fijten-1988-jfampract-unexplained-lymphadenopathy');
    expect(old?.probability ?? 0).toBeGreaterThan(young?.probability ?? 1);
  });

  test.each(SETTINGS)('a man of 30 with nodes, night sweats, weight loss and fever: lymphoma in the top two, above HIV infection and tuberculosis (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 30, 'male', bSymptoms);
    expect(rankOf(r, 'lymphoma')).toBeGreaterThan(0);
    expect(rankOf(r, 'lymphoma')).toBeLessThanOrEqual(2);
    for (const other of ['hiv-infection', 'tuberculosis', 'leukaemia', 'infectious-mononucleosis', 'acute-respiratory-tract-infection']) {
      expect(p(r, 'lymphoma')).toBeGreaterThan(p(r, other));
    }
  });

  test.each(SETTINGS)('a woman of 60 with the same symptoms: lymphoma in the top two, above HIV infection and tuberculosis (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 60, 'female', bSymptoms);
    expect(rankOf(r, 'lymphoma')).toBeGreaterThan(0);
    expect(rankOf(r, 'lymphoma')).toBeLessThanOrEqual(2);
    for (const other of ['hiv-infection', 'tuberculosis', 'leukaemia']) {
      expect(p(r, 'lymphoma')).toBeGreaterThan(p(r, other));
    }
  });

  test('weight loss raises lymphoma; a bare list keeps malignancy (the category) at least as likely as lymphoma', () => {
    const bare = run('lymphadenopathy', 'primary-care', 30, 'male', []);
    const loss = run('lymphadenopathy', 'primary-care', 30, 'male', ['+unintentional-weight-loss']);
    expect(p(loss, 'lymphoma')).toBeGreaterThan(p(bare, 'lymphoma'));
    expect(p(bare, 'malignancy')).toBeGreaterThanOrEqual(p(bare, 'lymphoma'));
  });
});

describe('guards: the textbook causes of lymphadenopathy keep their place (session 32, lymph)', () => {
  test.each(SETTINGS)('bare lymphadenopathy in a woman of 36: malignancy first, lymphoma and the infective causes listed (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 36, 'female', []);
    expect(rankOf(r, 'malignancy')).toBe(1);
    for (const c of ['lymphoma', 'infectious-mononucleosis', 'tuberculosis', 'cat-scratch-disease', 'hiv-infection', 'sarcoidosis']) {
      expect(rankOf(r, c)).toBeGreaterThan(0);
    }
  });

  test.each(SETTINGS)('a woman of 19 with sore throat, fever, posterior cervical nodes and fatigue: glandular fever first (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 19, 'female', ['+sore-throat', '+fever', '+posterior-cervical-lymphadenopathy', '+fatigue']);
    expect(rankOf(r, 'infectious-mononucleosis')).toBe(1);
    expect(p(r, 'infectious-mononucleosis')).toBeGreaterThan(p(r, 'lymphoma'));
  });

  test.each(SETTINGS)('a woman of 30 with sore throat, runny nose and cough: upper respiratory infection first (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 30, 'female', ['+sore-throat', '+rhinorrhoea', '+cough']);
    expect(rankOf(r, 'acute-respiratory-tract-infection')).toBe(1);
  });

  test.each(SETTINGS)('a woman of 25 with cat contact and an inoculation papule: cat-scratch disease first (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 25, 'female', ['+recent-cat-contact', '+inoculation-papule-at-scratch-site']);
    expect(rankOf(r, 'cat-scratch-disease')).toBe(1);
  });

  test.each(SETTINGS)('a woman of 30 born where tuberculosis is common, with night sweats and fever: tuberculosis first, above lymphoma (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 30, 'female', ['+born-in-another-country', '+night-sweats', '+fever']);
    expect(rankOf(r, 'tuberculosis')).toBe(1);
    expect(p(r, 'tuberculosis')).toBeGreaterThan(p(r, 'lymphoma'));
  });

  test.each(SETTINGS)('a man of 28 born abroad with B symptoms: tuberculosis above glandular fever, leukaemia and sarcoidosis (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 28, 'male', ['+born-in-another-country', '+night-sweats', '+fever', '+unintentional-weight-loss']);
    for (const other of ['infectious-mononucleosis', 'leukaemia', 'sarcoidosis']) {
      expect(p(r, 'tuberculosis')).toBeGreaterThan(p(r, other));
    }
  });

  test('a man of 66 in primary care with a supraclavicular node, smoking and weight loss: malignancy first, far above lymphoma', () => {
    const r = run('lymphadenopathy', 'primary-care', 66, 'male', ['+supraclavicular-lymphadenopathy', '+current-smoker', '+unintentional-weight-loss']);
    expect(rankOf(r, 'malignancy')).toBe(1);
    expect(p(r, 'malignancy')).toBeGreaterThan(2 * p(r, 'lymphoma'));
  });

  test.each(SETTINGS)('a man of 28 with a genital ulcer, fever, sore throat and weight loss: HIV infection first (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 28, 'male', ['+fever', '+genital-ulcer', '+unintentional-weight-loss', '+sore-throat']);
    expect(rankOf(r, 'hiv-infection')).toBe(1);
  });

  test.each(SETTINGS)('a woman of 35 with bilateral hilar lymphadenopathy: sarcoidosis first (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 35, 'female', ['+cxr-bilateral-hilar-lymphadenopathy']);
    expect(rankOf(r, 'sarcoidosis')).toBe(1);
  });

  test.each(SETTINGS)('a woman of 25 with multiple shallow tender genital ulcers and inguinal nodes: genital herpes first (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 25, 'female', ['+multiple-shallow-tender-genital-ulcers', '+axillary-or-inguinal-lymphadenopathy', '+dysuria']);
    expect(rankOf(r, 'genital-herpes')).toBe(1);
  });

  test.each(SETTINGS)('a man of 65 with splenomegaly, fatigue and thrombocytopenia: leukaemia in the top three (%s)', (setting) => {
    const r = run('lymphadenopathy', setting, 65, 'male', ['+splenomegaly', '+fatigue', '+platelet-count-below-reference-range']);
    expect(rankOf(r, 'leukaemia')).toBeGreaterThan(0);
    expect(rankOf(r, 'leukaemia')).toBeLessThanOrEqual(3);
  });
});

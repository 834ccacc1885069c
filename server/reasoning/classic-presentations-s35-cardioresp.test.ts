/**
 * Cardiorespiratory complaints and insomnia (session 35, curator "cardioresp"): the engine's misses in chest pain, chronic
 * cough, cough, dyspnoea, haemoptysis, wheeze, palpitations, syncope and insomnia, read from the lead's engine views only
 * (no vignette file). Textbook pictures entered as a clinician would (problem, setting, age, sex, findings), on the real
 * knowledge base.
 *
 * What was examined (near misses first) and why nothing was added:
 * - Bronchiectasis in haemoptysis (fourth, 0.6 points below lung cancer and its duplicate "malignancy" line): lung cancer's
 *   primary-care prior is Jones 2007's all-ages figure (PMID 17493982; men 7.5%) moved by a grade C age-40 ratio; the
 *   paper's age-band table (which would lower lung cancer at 45) was again not reachable in the corpus (only a news report
 *   of "17.1% at 75-84"). An age-55 ratio beside the age-40 one would count age twice for older patients: declined.
 * - Pulmonary embolism in emergency cough with fever, consolidation, haemoptysis and leg swelling (fourth, just below
 *   influenza): no dyspnoea ratio measured in coughing or haemoptysis patients (Hull 1988 is pleuritic chest pain; West 2007
 *   gives only the LR- in its abstract); POPEIHE's per-feature table was not reachable.
 * - Obstructive sleep apnoea in insomnia (a non-obese woman) and in chronic cough: declined in session 34; nothing new read.
 * - Lung cancer in chronic cough with a radiograph suggestive of cancer (fifth, about 7-9%): this is what the source says.
 *   Bradley 2021 (PMC7744041, abstract: 114 of 8996 symptomatic self-referrals, sensitivity 75.4%, specificity 90.2%)
 *   implies a post-test probability of about 9% after a positive radiograph. The gap is elsewhere: Irwin 1990's causes
 *   (upper-airway cough syndrome, asthma, reflux) carry no ratio for an abnormal radiograph. Bradley's 1.3% was not taken
 *   as a chronic-cough prior (self-requested radiographs for any of several symptoms over three weeks, age band not read).
 * - Interstitial lung disease in primary-care breathlessness (sixth): policy prior; the crackles ratio stays limited to
 *   chronic cough (heart failure and pneumonia share crackles in breathlessness; no frequency of crackles among breathless
 *   patients without ILD was read); Sgalla 2018 (doi 10.1186/s12890-018-0670-0) gives an odds ratio for Velcro crackles
 *   only, and charts code generic crackles.
 * - Sick sinus syndrome in syncope with sinus bradycardia (sixth/fifteenth): a chart "sinus bradycardia" is read only as
 *   bradycardia (Semelka 2013, grade C, LR 2.0); no frequency of bradycardia in a syncope cohort was read for a grade B
 *   ratio. Reading sinus bradycardia as sinus node dysfunction would meet the condition's definition (probability 1) and
 *   was declined: drugs, vagal tone and fitness also slow the sinus rate. Recorded sinus pauses or arrest already establish
 *   it (guarded below).
 * - Aortic dissection in emergency chest pain with back pain, hypertension and a positive D-dimer (eighth): the prior is
 *   Kohn 2005's 0.09% of chest-pain visits (hospitalised coded diagnoses only). DAShED (McLatchie 2024 Emerg Med J
 *   41(3):136-144, abstract: 14 of 5353 emergency attendances with chest, back or abdominal pain, syncope or malperfusion
 *   had an acute aortic syndrome, 0.26%) would about treble it, but no DOI, PMID or PMCID was displayed in any page read
 *   (only the EMJ article path emermed-2023-213266), so it was not registered.
 * - Heart failure in insomnia at 54 with orthopnoea, PND, crackles, oedema and NT-proBNP 450-900 pg/mL (twelfth): two cited
 *   but misapplied ratios sink it: the grade C Barasa 2014 age-55 ratio (LR- 0.082, a cliff at 55 over a 0.5 policy
 *   background) and ICON's "below the age cut point" LR- 0.12 (Januzzi 2006), which a grey-zone value (above the 300 pg/mL
 *   rule-out point, below the 900 rule-in point) also triggers. Both entries are in files not owned here: reported.
 * - COVID-19 in primary-care cough (emergency proxy prior; Sebo 2021's symptom rows do not favour it), tuberculosis in a
 *   young man's haemoptysis, bipolar disorder in insomnia, head and neck cancer in wheeze, ventricular tachycardia in
 *   palpitations (Weber 1996's per-rhythm table still unread), aortic stenosis in chest pain without a murmur recorded,
 *   heart failure in chronic cough under 55, oesophageal motility disorder in chest pain (policy prior; Dekel 2003 is a
 *   manometry-referral series without an identifier seen): no cited figure that would move them.
 * - Anaphylaxis with stridor in breathlessness: the stridor chart code belongs to curator "reading".
 *
 * Guards (no knowledge changed; ranks as found with calibration as committed):
 * - syncope with sinus node dysfunction recorded on the ECG or monitor: established by its definition (Semelka 2013);
 * - bradycardia alone raises sick sinus syndrome above bare syncope (Semelka 2013, LR 2.0);
 * - chronic cough with a radiograph suggestive of lung cancer: lung cancer raised (Bradley 2021) and on the can't-miss list;
 * - haemoptysis in a smoker of 45 with productive cough: bronchiectasis in the first three in the emergency department
 *   (Hirshberg 1997 prior, Dimakou 2016 sputum) and in the first five in primary care (the round-2 primary-care prior of
 *   5.8% from the Danish referrals, ECRJ 2016, replaced Hirshberg's tertiary 20% there), raised by the sputum;
 * - emergency chest pain with back pain, hypertension and a positive D-dimer: aortic dissection raised above the bare
 *   complaint and on the can't-miss list.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

describe('cardiorespiratory complaints: session 35 guards (cardioresp)', () => {
  test.each(settings)('syncope in a woman of 73 with sinus node dysfunction recorded on the ECG or monitor: sick sinus syndrome established (%s)', (setting) => {
    const r = run('syncope', setting, 73, 'female', ['+syncope-or-near-syncope', '+ecg-or-monitor-sinus-node-dysfunction']);
    expect(r.established.some((d) => d.conditionId === 'sick-sinus-syndrome')).toBe(true);
  });

  test.each(settings)('syncope in a woman of 73 with bradycardia: sick sinus syndrome raised above bare syncope and on the can\'t-miss list (%s)', (setting) => {
    const bare = run('syncope', setting, 73, 'female', []);
    const brady = run('syncope', setting, 73, 'female', ['+bradycardia']);
    expect(p(brady, 'sick-sinus-syndrome')).toBeGreaterThan(p(bare, 'sick-sinus-syndrome'));
    expect(rankOf(brady, 'sick-sinus-syndrome')).toBeLessThan(rankOf(bare, 'sick-sinus-syndrome'));
    expect(brady.cantMiss.some((d) => d.conditionId === 'sick-sinus-syndrome')).toBe(true);
    expect(findingStepOf(brady, 'sick-sinus-syndrome', 'bradycardia')?.counted).toBe(true);
  });

  test.each(settings)('chronic cough in a woman of 55 with a chest radiograph suggestive of lung cancer: lung cancer raised at least threefold, on the can\'t-miss list (%s)', (setting) => {
    const bare = run('chronic-cough', setting, 54, 'female', []);
    const cxr = run('chronic-cough', setting, 54, 'female', ['+cxr-suggestive-of-lung-cancer']);
    expect(p(cxr, 'lung-cancer')).toBeGreaterThanOrEqual(3 * p(bare, 'lung-cancer'));
    expect(cxr.cantMiss.some((d) => d.conditionId === 'lung-cancer')).toBe(true);
    expect(findingStepOf(cxr, 'lung-cancer', 'cxr-suggestive-of-lung-cancer')?.grade).toBe('A');
  });

  test.each(settings)('haemoptysis in a smoker of 45 with productive cough: bronchiectasis in the first three (emergency) or five (primary care), raised by the sputum (%s)', (setting) => {
    const bare = run('haemoptysis', setting, 44, 'male', ['+current-smoker']);
    const sputum = run('haemoptysis', setting, 44, 'male', ['+current-smoker', '+productive-cough']);
    expect(rankOf(sputum, 'bronchiectasis')).toBeGreaterThan(0);
    expect(rankOf(sputum, 'bronchiectasis')).toBeLessThanOrEqual(setting === 'emergency' ? 3 : 5);
    expect(p(sputum, 'bronchiectasis')).toBeGreaterThanOrEqual(1.5 * p(bare, 'bronchiectasis'));
  });

  test('emergency chest pain in a hypertensive man of 68 with back pain and a positive D-dimer: aortic dissection raised and on the can\'t-miss list', () => {
    const bare = run('chest-pain', 'emergency', 67, 'male', []);
    const r = run('chest-pain', 'emergency', 67, 'male', ['+back-pain', '+history-of-hypertension', '+d-dimer-positive']);
    expect(p(r, 'aortic-dissection')).toBeGreaterThanOrEqual(3 * p(bare, 'aortic-dissection'));
    expect(rankOf(r, 'aortic-dissection')).toBeLessThan(rankOf(bare, 'aortic-dissection'));
    expect(r.cantMiss.some((d) => d.conditionId === 'aortic-dissection')).toBe(true);
  });
});

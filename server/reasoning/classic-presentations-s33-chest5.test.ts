/**
 * Chest pain (session 33, round 4, curator "chest5"): the textbook picture of every cause of chest pain that had no
 * classic-presentation guard under this complaint, entered as a clinician would (problem, setting, age, sex, findings;
 * no vignette), on the real knowledge base. The causes are the problem file's priors, its `unquantified` list and
 * `coverage.causes` (McConaghy 2020, AFP). Already guarded elsewhere: acute coronary syndrome, chest wall pain, stable
 * coronary disease, pulmonary embolism, aortic dissection, pneumonia, pericarditis, pneumothorax, aortic stenosis.
 * Checked here: myocarditis, oesophageal rupture, herpes zoster (with and before the rash), biliary pain, eosinophilic
 * oesophagitis, achalasia, oesophageal spasm, anxiety, reflux, heart failure and tamponade.
 *
 * What was wrong (ranks with calibration as committed in 2.170.0, primary care / emergency):
 * - Heart failure (a man of 74 with chest pain, breathlessness, orthopnoea, PND, leg swelling, raised JVP, crackles and
 *   known heart failure): ninth / eleventh. Every Wang 2005 ratio was limited to the dyspnoea, wheeze and cough
 *   complaints, so under chest pain only age counted, on the policy prior.
 * - Eosinophilic oesophagitis (a man of 25 with chest pain, dysphagia, heartburn, food allergy and asthma): 13th / 14th.
 *   MacKenzie 2008's food-allergy and asthma figures were limited to dysphagia.
 * Added (evidence/s33-chest5.json, chest pain only):
 * - heart-failure x history-of-heart-failure LR+ 5.8 (4.1-8.0), LR- 0.45 (0.38-0.53) and x paroxysmal-nocturnal-dyspnoea
 *   LR+ 2.6 (1.5-4.5): Wang 2005 JAMA Rational Clinical Examination (PMID 16234501), abstract, Data synthesis; grade A;
 *   `requiresPresent: dyspnoea` (the review's population is breathless emergency adults, as the cough entries do).
 * - eosinophilic-oesophagitis x history-of-food-allergy LR+ 4.3, LR- 0.76 and x history-of-asthma LR+ 2.1, LR- 0.73:
 *   MacKenzie 2008 Aliment Pharmacol Ther (PMID 18624788), abstract, Results (EoE in 36.8% with food allergy against
 *   9.3% without, 22% of asthmatics against 9%, prevalence 31 of 261; ratios as the dysphagia entries derive them);
 *   grade A; `requiresPresent: dysphagia` (the study population).
 * After (calibration off, before the lead's refit): heart failure second in both settings; eosinophilic oesophagitis
 *   sixth in both (behind chest wall pain, reflux, stable coronary disease, anxiety and ACS, all on cited priors).
 *
 * Gaps (reported, not fixed):
 * - Biliary pain (a woman of 45 with right-upper-quadrant pain after fatty food, nausea, biliary colic) is 12th / 14th:
 *   its ratios (Kang 1992, Yokoe 2013, Thunnissen 2023) were measured in abdominal-pain cohorts and are limited to those
 *   complaints; no accuracy figure for biliary disease among chest-pain patients was read.
 * - Oesophageal rupture (vomiting, then sudden retrosternal pain, in a drinker) is eighth: only sex, age and vomiting
 *   count before CT or contrast study, and no accuracy figure for the Mackler triad was read.
 * - Achalasia seventh and oesophageal spasm ninth: their symptom ratios are dysphagia-cohort figures (Fisichella 2008,
 *   Farrokhi 2007) limited to dysphagia; not extended in the time available.
 * - Herpes zoster with a thoracic dermatomal vesicular rash is fifth or sixth: the rash ratios are grade C.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const heartFailure = ['+dyspnoea', '+orthopnoea', '+paroxysmal-nocturnal-dyspnoea', '+leg-swelling-sign', '+raised-jugular-venous-pressure', '+crackles-on-auscultation', '+history-of-heart-failure'];
const eoe = ['+dysphagia', '+history-of-food-allergy', '+history-of-asthma', '+heartburn', '+retrosternal-chest-pain'];

describe('chest pain: unguarded causes (session 33, chest5)', () => {
  test.each(settings)('a man of 74 with breathlessness, orthopnoea, PND, oedema, raised JVP, crackles and known heart failure: heart failure in the first three (%s)', (setting) => {
    // Before session 33 round 4: ninth (primary care), eleventh (emergency).
    const r = run('chest-pain', setting, 74, 'male', heartFailure);
    expect(rankOf(r, 'heart-failure')).toBeGreaterThan(0);
    expect(rankOf(r, 'heart-failure')).toBeLessThanOrEqual(3);
    expect(p(r, 'heart-failure')).toBeGreaterThan(p(r, 'community-acquired-pneumonia'));
    expect(findingStepOf(r, 'heart-failure', 'history-of-heart-failure')?.note ?? '').not.toMatch(/not applicable here/);
  });

  test('the heart-failure history ratio counts under chest pain only with breathlessness (the study population)', () => {
    // (no form of breathlessness either: PND is breathlessness at night, session 34)
    const r = run('chest-pain', 'emergency', 74, 'male', ['+history-of-heart-failure']);
    const step = findingStepOf(r, 'heart-failure', 'history-of-heart-failure');
    expect(step?.counted ?? false).toBe(false);
    expect(step?.note ?? 'not applicable here').toMatch(/not applicable here/);
    const withDyspnoea = run('chest-pain', 'emergency', 74, 'male', ['+dyspnoea', '+history-of-heart-failure', '+paroxysmal-nocturnal-dyspnoea']);
    expect(p(withDyspnoea, 'heart-failure')).toBeGreaterThan(p(r, 'heart-failure'));
  });

  test.each(settings)('a man of 25 with chest pain, dysphagia, heartburn, food allergy and asthma: eosinophilic oesophagitis in the first six, above achalasia (%s)', (setting) => {
    // Before: 13th (primary care), 14th (emergency).
    const r = run('chest-pain', setting, 25, 'male', eoe);
    expect(rankOf(r, 'eosinophilic-oesophagitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'eosinophilic-oesophagitis')).toBeLessThanOrEqual(6);
    expect(p(r, 'eosinophilic-oesophagitis')).toBeGreaterThan(p(r, 'achalasia'));
    const noAtopy = run('chest-pain', setting, 25, 'male', ['+dysphagia', '+heartburn', '+retrosternal-chest-pain']);
    expect(p(r, 'eosinophilic-oesophagitis')).toBeGreaterThan(p(noAtopy, 'eosinophilic-oesophagitis'));
  });

  test('food allergy does not weigh for eosinophilic oesophagitis in chest pain without dysphagia', () => {
    const r = run('chest-pain', 'primary-care', 25, 'male', ['+history-of-food-allergy', '+heartburn']);
    const step = findingStepOf(r, 'eosinophilic-oesophagitis', 'history-of-food-allergy');
    expect(step?.counted ?? false).toBe(false);
    expect(step?.note ?? 'not applicable here').toMatch(/not applicable here/);
    const withDysphagia = run('chest-pain', 'primary-care', 25, 'male', ['+dysphagia', '+history-of-food-allergy', '+heartburn']);
    expect(findingStepOf(withDysphagia, 'eosinophilic-oesophagitis', 'history-of-food-allergy')?.note ?? '').not.toMatch(/not applicable here/);
  });

  test.each(settings)('a man of 24 with fever, chest pain, raised troponin, raised CRP and ST changes: myocarditis second to ACS, above stable coronary disease (%s)', (setting) => {
    const r = run('chest-pain', setting, 24, 'male', ['+fever', '+troponin-above-99th-centile', '+crp-or-esr-above-reference-range', '+ecg-ischaemic-changes', '+dyspnoea']);
    expect(rankOf(r, 'myocarditis')).toBeGreaterThan(0);
    expect(rankOf(r, 'myocarditis')).toBeLessThanOrEqual(3);
    expect(p(r, 'myocarditis')).toBeGreaterThan(p(r, 'stable-coronary-heart-disease'));
  });

  test.each(settings)('a man of 60 with cancer, hypotension, raised JVP, tachycardia and pulsus paradoxus: tamponade in the first three (%s)', (setting) => {
    const r = run('chest-pain', setting, 60, 'male', ['+active-malignancy', '+hypotension', '+raised-jugular-venous-pressure', '+heart-rate-over-100', '+pulsus-paradoxus-over-10', '+dyspnoea']);
    expect(rankOf(r, 'cardiac-tamponade')).toBeGreaterThan(0);
    expect(rankOf(r, 'cardiac-tamponade')).toBeLessThanOrEqual(3);
    expect(p(r, 'cardiac-tamponade')).toBeGreaterThan(p(r, 'stable-coronary-heart-disease'));
  });

  test.each(settings)('a man of 40 with retrosternal burning, heartburn, epigastric pain and regurgitation: reflux in the first two (%s)', (setting) => {
    const r = run('chest-pain', setting, 40, 'male', ['+heartburn', '+retrosternal-chest-pain', '+epigastric-pain', '+regurgitation-of-food']);
    expect(rankOf(r, 'gastro-oesophageal-reflux-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'gastro-oesophageal-reflux-disease')).toBeLessThanOrEqual(2);
    expect(p(r, 'gastro-oesophageal-reflux-disease')).toBeGreaterThan(p(r, 'acute-coronary-syndrome'));
  });

  test.each(settings)('a woman of 30 with palpitations, tension, tremor, insomnia, breathlessness and panic disorder: anxiety in the first two (%s)', (setting) => {
    const r = run('chest-pain', setting, 30, 'female', ['+palpitations', '+anxiety-or-tension', '+tremor', '+insomnia-symptom', '+dyspnoea', '+history-of-panic-disorder']);
    expect(rankOf(r, 'anxiety-disorder')).toBeGreaterThan(0);
    expect(rankOf(r, 'anxiety-disorder')).toBeLessThanOrEqual(2);
    expect(p(r, 'anxiety-disorder')).toBeGreaterThan(p(r, 'acute-coronary-syndrome'));
  });

  test.each(settings)('a woman of 68 with a painful vesicular rash in one thoracic dermatome after prodromal pain: zoster in the first six (%s)', (setting) => {
    // Gap: fifth or sixth (grade C rash ratios). Guarded so it does not fall further.
    const r = run('chest-pain', setting, 68, 'female', ['+rash-in-thoracic-dermatome', '+unilateral-dermatomal-rash', '+painful-rash', '+prodromal-pain-before-rash', '+skin-blistering']);
    expect(rankOf(r, 'herpes-zoster')).toBeGreaterThan(0);
    expect(rankOf(r, 'herpes-zoster')).toBeLessThanOrEqual(6);
    const bare = run('chest-pain', setting, 68, 'female', []);
    expect(p(r, 'herpes-zoster')).toBeGreaterThan(p(bare, 'herpes-zoster'));
  });

  test.each(settings)('a woman of 68 with sharp unilateral pain and prodromal pain before any rash: zoster still listed (%s)', (setting) => {
    const r = run('chest-pain', setting, 68, 'female', ['+prodromal-pain-before-rash', '+sharp-chest-pain']);
    expect(rankOf(r, 'herpes-zoster')).toBeGreaterThan(0);
    expect(rankOf(r, 'herpes-zoster')).toBeLessThanOrEqual(10);
  });

  test.each(settings)('a woman of 45 with dysphagia to solids and liquids, regurgitation, weight loss and chest pain: achalasia in the first eight, above oesophageal spasm (%s)', (setting) => {
    // Gap: seventh (dysphagia-cohort ratios limited to dysphagia).
    const r = run('chest-pain', setting, 45, 'female', ['+dysphagia-to-solids-and-liquids', '+regurgitation-of-food', '+unintentional-weight-loss', '+retrosternal-chest-pain', '+heartburn']);
    expect(rankOf(r, 'achalasia')).toBeGreaterThan(0);
    expect(rankOf(r, 'achalasia')).toBeLessThanOrEqual(8);
    expect(p(r, 'achalasia')).toBeGreaterThan(p(r, 'oesophageal-motility-disorder'));
  });

  test.each(settings)('a woman of 50 with retrosternal pain, dysphagia and regurgitation: oesophageal spasm listed in the first ten (%s)', (setting) => {
    // Gap: ninth.
    const r = run('chest-pain', setting, 50, 'female', ['+retrosternal-chest-pain', '+dysphagia-to-solids-and-liquids', '+regurgitation-of-food', '+heartburn']);
    expect(rankOf(r, 'oesophageal-motility-disorder')).toBeGreaterThan(0);
    expect(rankOf(r, 'oesophageal-motility-disorder')).toBeLessThanOrEqual(10);
  });

  test.each(settings)('a man of 55 who drinks, with vomiting then sudden retrosternal pain and breathlessness: oesophageal rupture listed and on the can\'t-miss list (%s)', (setting) => {
    // Gap: eighth.
    const r = run('chest-pain', setting, 55, 'male', ['+vomiting', '+retrosternal-chest-pain', '+sudden-onset-pain', '+high-alcohol-consumption', '+dyspnoea']);
    expect(rankOf(r, 'oesophageal-rupture')).toBeGreaterThan(0);
    expect(rankOf(r, 'oesophageal-rupture')).toBeLessThanOrEqual(10);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('oesophageal-rupture');
  });

  test.each(settings)('a woman of 45 with right-upper-quadrant pain after fatty food, nausea and biliary colic: biliary disease listed (%s)', (setting) => {
    // Gap: 12th (primary care), 14th (emergency); ratios limited to abdominal-pain complaints.
    const r = run('chest-pain', setting, 45, 'female', ['+right-upper-quadrant-pain', '+abdominal-pain-precipitated-by-fatty-food', '+nausea-or-vomiting', '+epigastric-pain', '+biliary-colic']);
    expect(rankOf(r, 'gallstone-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'gallstone-disease')).toBeLessThanOrEqual(15);
  });
});

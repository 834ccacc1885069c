/**
 * Ear, throat, nose, skin, eye, sleep, mood and fatigue complaints (session 37, curator "entskin"): the engine's views of
 * charts ranked badly in ear pain, sore throat, nasal congestion, rash, red eye, insomnia, low mood or anxiety and fatigue
 * (development and breadth-development splits, read as engine views only), checked against the leads of session 36.
 *
 * What was wrong:
 * - Iron deficiency anaemia x ferritin and MCV outside the anaemia complaint (lead of session 36): Guyatt 1990/1992's
 *   ratios (ferritin 15 or less LR 52, MCV 70 or less LR 12) were measured in anaemic patients, yet a tired woman whose
 *   haemoglobin was measured normal and whose ferritin was 15 or less had iron deficiency anaemia second at about 21%
 *   (fatigue, primary care; likewise in pruritus): a diagnosis she cannot have, since anaemia is part of its definition.
 * Changed (conditions/iron-deficiency-anaemia.json, a shared file, one line): its definition (AGA 2020, Ko,
 *   ko-2020-gastroenterology-aga-iron-deficiency-anaemia: anaemia at the WHO threshold for the sex, with ferritin 45 or
 *   less; or a coded iron deficiency anaemia) is now `necessary`, as the `anaemia` condition's already is (session 9: a
 *   measured state). A haemoglobin measured at or above the sex's threshold now excludes it, in every complaint. A
 *   ferritin above 45 does not (the derived finding is refuted only by sex or haemoglobin: ferritin is an acute-phase
 *   protein), and an unmeasured haemoglobin leaves Guyatt's ratios counting as before. Iron deficiency without anaemia
 *   (a cause of tiredness in its own right) has no condition in the base: a lead, not added here.
 * The other misses: nothing found that the literature read this session could correct with a cited number. The misses
 * (head and neck cancer and Ramsay Hunt in ear pain without a palsy, peritonsillar abscess in ear pain, epiglottitis in
 * sore throat with only fever or hoarseness, viral exanthem and anaphylaxis in rash, corneal foreign body without an
 * injury history, sleep apnoea and heart failure in insomnia, adjustment and persistent depressive disorder in low mood,
 * hypothyroidism in fatigue) sit on policy or proxy priors, and the charts hold little that separates them.
 * The tests below also record the textbook pictures of these complaints that already work, so later edits keep them.
 * Declined (read this session; see the report):
 * - Adult supraglottitis, Liverpool Hospital Sydney (Ann Otol Rhinol Laryngol 2011;120(5):296-9, PMID 21675584, abstract
 *   re-read 2026-12-07 on the PubMed page; authors still not displayed): 169 adults, odynophagia and dysphagia 94%,
 *   dysphonia 65%, stridor 33%, 80 men and 89 women, median age 51, diabetes 35. Dysphonia brackets the Wick 2002
 *   hoarseness entry (50%) already entered; stridor has no finding reading 70407001 and only the 25% policy background
 *   (LR 1.3, no information); 47% men contradicts the male ratio (Shapira-Galitz 2017) but a share of one half or less
 *   is not entered (session 12); a median age of 51 carries nothing against the even split.
 * - Sanmark 2020 (PLoS One 15(4):e0228122, PMID 32243441, PMC7122714, doi 10.1371/journal.pone.0228122): abstract only
 *   (112 emergency patients, acute tonsillitis against peritonsillar abscess; 8 of 58 abscesses without tonsillar signs);
 *   its symptom table was not reached, and a two-group ratio would hold only where tonsillitis is most of the complaint.
 * - Taoussi 2022 (head and neck cancer among referred otalgia, Chad ENT department): a specialist referral figure would
 *   put cancer above the usual causes of ear pain in primary care (session 11); not entered.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 37 (entskin)', () => {
  test('fatigue with a ferritin of 15 or less and a haemoglobin measured normal: iron deficiency anaemia is excluded, not second', () => {
    const r = run('fatigue', 'primary-care', 35, 'female', ['+fatigue', '+ferritin-15-or-less', '-haemoglobin-below-120']);
    expect(rankOf(r, 'iron-deficiency-anaemia')).toBe(0);
    expect(r.excluded.map((e) => e.conditionId)).toContain('iron-deficiency-anaemia');
  });

  test('fatigue with anaemia and a ferritin of 15 or less: iron deficiency anaemia is established (its cause is then sought)', () => {
    const r = run('fatigue', 'primary-care', 35, 'female', ['+fatigue', '+ferritin-15-or-less', '+haemoglobin-below-120']);
    expect(r.established.map((e) => e.conditionId)).toContain('iron-deficiency-anaemia');
  });

  test('anaemia with a ferritin above 45: iron deficiency anaemia is not excluded (ferritin is an acute-phase protein)', () => {
    const r = run('anaemia', 'primary-care', 35, 'female', ['+haemoglobin-below-120', '-ferritin-45-or-less']);
    expect(r.excluded.map((e) => e.conditionId)).not.toContain('iron-deficiency-anaemia');
    expect(rankOf(r, 'iron-deficiency-anaemia')).toBeGreaterThan(0);
  });

  test('fatigue with a low ferritin and no haemoglobin measured: Guyatt\'s ferritin ratio still counts', () => {
    const r = run('fatigue', 'primary-care', 35, 'female', ['+fatigue', '+ferritin-15-or-less']);
    expect(rankOf(r, 'iron-deficiency-anaemia')).toBeGreaterThan(0);
    expect(rankOf(r, 'iron-deficiency-anaemia')).toBeLessThanOrEqual(3);
  });

  test('emergency sore throat: drooling, a muffled voice and dysphagia raise epiglottitis into the first five', () => {
    const base = run('sore-throat', 'emergency', 45, 'male', ['+sore-throat']);
    const r = run('sore-throat', 'emergency', 45, 'male', ['+sore-throat', '+drooling', '+muffled-hot-potato-voice', '+dysphagia']);
    expect(probOf(r, 'epiglottitis')).toBeGreaterThan(probOf(base, 'epiglottitis') * 3);
    expect(rankOf(r, 'epiglottitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'epiglottitis')).toBeLessThanOrEqual(5);
  });

  test('emergency sore throat: trismus, fever and a hot-potato voice raise peritonsillar abscess into the first five', () => {
    const base = run('sore-throat', 'emergency', 25, 'male', ['+sore-throat']);
    const r = run('sore-throat', 'emergency', 25, 'male', ['+sore-throat', '+trismus', '+fever', '+muffled-hot-potato-voice']);
    expect(probOf(r, 'peritonsillar-abscess')).toBeGreaterThan(probOf(base, 'peritonsillar-abscess') * 3);
    expect(rankOf(r, 'peritonsillar-abscess')).toBeLessThanOrEqual(5);
  });

  test('ear pain with a rash and a lower motor neuron facial palsy: Ramsay Hunt (herpes zoster) first', () => {
    const r = run('ear-pain', 'primary-care', 40, 'female', ['+otalgia', '+skin-eruption', '+facial-weakness-involving-forehead']);
    expect(rankOf(r, 'herpes-zoster')).toBe(1);
  });

  test('ear pain in an older smoker with hoarseness and a normal drum: head and neck cancer rises', () => {
    const base = run('ear-pain', 'primary-care', 62, 'male', ['+otalgia']);
    const r = run('ear-pain', 'primary-care', 62, 'male', ['+otalgia', '+current-smoker', '+hoarseness', '+tympanic-membrane-normal-colour']);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeLessThan(rankOf(base, 'head-and-neck-cancer'));
    expect(probOf(r, 'head-and-neck-cancer')).toBeGreaterThan(probOf(base, 'head-and-neck-cancer') * 3);
  });

  test('emergency red eye after grinding without goggles, foreign body seen: corneal foreign body first', () => {
    const r = run('red-eye', 'emergency', 35, 'male', ['+red-eye-symptom', '+eye-injury-while-cutting-or-grinding', '+no-eye-protection-at-time-of-injury', '+corneal-foreign-body-seen-on-examination']);
    // Session 38 (eyedef): the sighting now meets corneal-foreign-body's definition (Ahmed 2015, PMID 26319343), so it is
    // established (above every ranked candidate) rather than ranked first.
    expect(r.established.map((d) => d.conditionId)).toContain('corneal-foreign-body');
  });

  test('insomnia with loud snoring, nocturnal choking and obesity: sleep apnoea first', () => {
    const r = run('insomnia', 'primary-care', 55, 'male', ['+insomnia-symptom', '+snoring', '+nocturnal-choking-or-gasping', '+bmi-30-or-more']);
    expect(rankOf(r, 'obstructive-sleep-apnoea')).toBe(1);
  });

  test('emergency rash with urticaria, hypotension and respiratory involvement: anaphylaxis in the first three', () => {
    const base = run('rash', 'emergency', 40, 'female', ['+skin-eruption']);
    const r = run('rash', 'emergency', 40, 'female', ['+skin-eruption', '+urticaria-or-angioedema', '+hypotension', '+acute-respiratory-involvement']);
    // Since knowledge 2.200.0 (session 41) this picture meets the WAO 2020 criterion 1 and anaphylaxis is established
    // (shown first, as a fact); without the skin finding it is still estimated, and respiratory involvement raises it.
    expect(r.established.map((d) => d.conditionId)).toContain('anaphylaxis');
    expect(probOf(base, 'anaphylaxis')).toBeGreaterThan(0);
    const noSkin = run('rash', 'emergency', 40, 'female', ['+skin-eruption', '+hypotension', '+acute-respiratory-involvement']);
    expect(noSkin.established.map((d) => d.conditionId)).not.toContain('anaphylaxis');
    expect(probOf(noSkin, 'anaphylaxis')).toBeGreaterThan(probOf(base, 'anaphylaxis'));
  });

  test('rash with fever and cough in a young adult: viral exanthem in the first three', () => {
    const r = run('rash', 'primary-care', 30, 'male', ['+skin-eruption', '+fever', '+cough']);
    expect(rankOf(r, 'viral-exanthem')).toBeLessThanOrEqual(3);
  });

  test('low mood for two years or more: persistent depressive disorder rises', () => {
    const base = run('low-mood-or-anxiety', 'primary-care', 43, 'female', ['+depressed-mood']);
    const r = run('low-mood-or-anxiety', 'primary-care', 43, 'female', ['+depressed-mood', '+depressed-mood-most-days-for-2-years-or-more']);
    expect(rankOf(r, 'persistent-depressive-disorder')).toBeLessThan(rankOf(base, 'persistent-depressive-disorder'));
    expect(probOf(r, 'persistent-depressive-disorder')).toBeGreaterThan(probOf(base, 'persistent-depressive-disorder') * 1.3);
  });

  test('low mood after a recent stressor: adjustment disorder rises', () => {
    const base = run('low-mood-or-anxiety', 'primary-care', 30, 'male', ['+depressed-mood']);
    const r = run('low-mood-or-anxiety', 'primary-care', 30, 'male', ['+depressed-mood', '+recent-psychosocial-stressor']);
    expect(probOf(r, 'adjustment-disorder')).toBeGreaterThan(probOf(base, 'adjustment-disorder') * 1.3);
  });

  test('fatigue with weight gain, dry skin and a raised TSH: hypothyroidism in the first two', () => {
    const r = run('fatigue', 'primary-care', 45, 'female', ['+fatigue', '+weight-gain', '+dry-skin', '+tsh-above-reference-range']);
    expect(rankOf(r, 'hypothyroidism')).toBeGreaterThan(0);
    expect(rankOf(r, 'hypothyroidism')).toBeLessThanOrEqual(2);
  });
});

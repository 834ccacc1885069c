/**
 * Textbook presentations of every cause of insomnia and of low mood or anxiety that had no guard, entered as a clinician
 * would (findings only, no vignette), on the real knowledge base (session 33, round 4, curator mind6). Expectations are
 * about order and direction, not percentages, since the recalibration is refitted whenever the knowledge changes.
 *
 * Fixed: a 75-year-old man with heart failure kept awake by breathlessness (dyspnoea, known heart failure, orthopnoea,
 * paroxysmal nocturnal dyspnoea, leg swelling) had heart failure fifth in insomnia (about 2%, policy prior) because the
 * Wang 2005 ratios applied only in cough, dyspnoea, wheeze and chest pain. Wang 2005 (JAMA Rational Clinical Examination,
 * PMID 16234501, doi 10.1001/jama.294.15.1944, grade A; abstract, Data synthesis): past history of heart failure LR+ 5.8
 * (4.1-8.0), LR- 0.45 (0.38-0.53); paroxysmal nocturnal dyspnoea LR+ 2.6 (1.5-4.5). They now count in insomnia, only with
 * dyspnoea present (the review's population), as in chest pain: heart failure is fourth (about 13%).
 *
 * Gaps recorded, not fixed (see the session report):
 * - Cardiac arrhythmia in low mood or anxiety with palpitations and known heart disease: eleventh (policy prior 0.5%);
 *   every palpitation ratio was measured in patients presenting with palpitations and does not apply here.
 * - Anaemia in low mood with fatigue and conjunctival pallor: eighth; conjunctival pallor (Sheth 1997, LR+ 4.49) counts,
 *   but on the policy prior; no share of anaemia among patients presenting with low mood could be read.
 * - Hyperthyroidism in low mood or anxiety: eighth; heat intolerance is deliberately not applied there (session 27).
 * - Gastro-oesophageal reflux in insomnia with heartburn and regurgitation: fifth (about 3%); the heartburn ratio is a
 *   chest-pain population's.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

describe('classic presentations of insomnia (session 33, mind6)', () => {
  const hf = ['+dyspnoea', '+history-of-heart-failure', '+orthopnoea', '+paroxysmal-nocturnal-dyspnoea', '+leg-swelling-sign', '+dyspnoea-on-exertion'];

  test('a 75-year-old man with known heart failure woken by breathlessness: heart failure fourth, above sleep apnoea (fixed)', () => {
    for (const s of settings) {
      const r = run('insomnia', s, 75, 'male', hf);
      // Before: fifth (about 2%), the Wang 2005 ratios not applied in insomnia.
      expect(rankOf(r, 'heart-failure')).toBeGreaterThan(0);
      expect(rankOf(r, 'heart-failure')).toBeLessThanOrEqual(4);
      expect(p(r, 'heart-failure')).toBeGreaterThan(p(r, 'obstructive-sleep-apnoea'));
    }
  });

  test('the Wang 2005 ratios count in insomnia only when the patient is breathless (the review population)', () => {
    const withDyspnoea = run('insomnia', 'primary-care', 75, 'male', hf);
    // without any form of breathlessness (orthopnoea, PND and exertional breathlessness are breathlessness, session 34)
    const breathless = ['+dyspnoea', '+orthopnoea', '+paroxysmal-nocturnal-dyspnoea', '+dyspnoea-on-exertion', '+sudden-onset-dyspnoea'];
    const without = run('insomnia', 'primary-care', 75, 'male', hf.filter((f) => !breathless.includes(f)));
    expect(p(withDyspnoea, 'heart-failure')).toBeGreaterThan(2 * p(without, 'heart-failure'));
  });

  test('a 55-year-old woman with an urge to move her legs at night and a family history: restless legs third, above sleep apnoea', () => {
    for (const s of settings) {
      const r = run('insomnia', s, 55, 'female', ['+rls-single-question-positive', '+family-history-of-restless-legs']);
      expect(rankOf(r, 'restless-legs-syndrome')).toBeGreaterThan(0);
      expect(rankOf(r, 'restless-legs-syndrome')).toBeLessThanOrEqual(3);
      expect(p(r, 'restless-legs-syndrome')).toBeGreaterThan(p(r, 'obstructive-sleep-apnoea'));
    }
    const four = run('insomnia', 'primary-care', 55, 'female', ['+rls-four-item-screening-questionnaire-positive', '+family-history-of-restless-legs']);
    const bare = run('insomnia', 'primary-care', 55, 'female', []);
    expect(rankOf(four, 'restless-legs-syndrome')).toBeLessThanOrEqual(4);
    expect(p(four, 'restless-legs-syndrome')).toBeGreaterThan(3 * p(bare, 'restless-legs-syndrome'));
  });

  test('a 40-year-old man who drinks heavily, screens positive for alcohol, smokes and has a raised GGT: substance use in the first five', () => {
    const f = ['+single-question-alcohol-screen-positive', '+high-alcohol-consumption', '+ggt-above-reference-range', '+current-smoker'];
    for (const s of settings) {
      const r = run('insomnia', s, 40, 'male', f);
      expect(rankOf(r, 'substance-use-disorder')).toBeGreaterThan(0);
      expect(rankOf(r, 'substance-use-disorder')).toBeLessThanOrEqual(5);
      expect(p(r, 'substance-use-disorder')).toBeGreaterThan(3 * p(run('insomnia', s, 40, 'male', []), 'substance-use-disorder'));
    }
  });

  test('a 55-year-old woman with back pain and arthritis on opioids and NSAIDs: chronic pain in the first five, above hyperthyroidism', () => {
    for (const s of settings) {
      const r = run('insomnia', s, 55, 'female', ['+back-pain', '+arthritis', '+opioid-analgesic-use', '+nsaid-use']);
      expect(rankOf(r, 'chronic-pain')).toBeGreaterThan(0);
      expect(rankOf(r, 'chronic-pain')).toBeLessThanOrEqual(5);
      expect(p(r, 'chronic-pain')).toBeGreaterThan(p(r, 'hyperthyroidism'));
      expect(p(r, 'chronic-pain')).toBeGreaterThan(p(run('insomnia', s, 55, 'female', []), 'chronic-pain'));
    }
  });

  test('a 45-year-old man with night-time heartburn and regurgitation: reflux in the first five (gap: about 3%)', () => {
    for (const s of settings) {
      const r = run('insomnia', s, 45, 'male', ['+heartburn', '+regurgitation-of-food', '+epigastric-pain']);
      expect(rankOf(r, 'gastro-oesophageal-reflux-disease')).toBeGreaterThan(0);
      expect(rankOf(r, 'gastro-oesophageal-reflux-disease')).toBeLessThanOrEqual(5);
    }
  });

  test('a 65-year-old heavy smoker with known COPD, wheeze and a chronic cough: COPD leads', () => {
    for (const s of settings) {
      const r = run('insomnia', s, 65, 'male', ['+history-of-copd', '+smoking-over-40-pack-years', '+reported-wheeze', '+dyspnoea-on-exertion', '+chronic-cough']);
      expect(rankOf(r, 'copd')).toBe(1);
      expect(p(r, 'copd')).toBeGreaterThan(p(r, 'insomnia-disorder'));
    }
  });

  test('a 25-year-old woman with asthma woken by wheeze and night cough: asthma fourth, above sleep apnoea', () => {
    for (const s of settings) {
      const r = run('insomnia', s, 25, 'female', ['+history-of-asthma', '+wheeze-with-rest-or-nocturnal-dyspnoea', '+nocturnal-cough', '+reported-wheeze']);
      expect(rankOf(r, 'asthma')).toBeGreaterThan(0);
      expect(rankOf(r, 'asthma')).toBeLessThanOrEqual(4);
      expect(p(r, 'asthma')).toBeGreaterThan(p(r, 'obstructive-sleep-apnoea'));
    }
  });

  test('a 30-year-old woman with heat intolerance, weight loss, tremor, palpitations and a pulse over 100: hyperthyroidism in the first five', () => {
    for (const s of settings) {
      const r = run('insomnia', s, 30, 'female', ['+heat-intolerance', '+unintentional-weight-loss', '+tremor', '+palpitations', '+heart-rate-over-100']);
      expect(rankOf(r, 'hyperthyroidism')).toBeGreaterThan(0);
      expect(rankOf(r, 'hyperthyroidism')).toBeLessThanOrEqual(5);
      expect(p(r, 'hyperthyroidism')).toBeGreaterThan(p(run('insomnia', s, 30, 'female', []), 'hyperthyroidism'));
    }
  });

  test('depressed mood with positive PHQ-2 and PHQ-9: major depression leads in primary care, in the first two in the emergency department', () => {
    const f = ['+depressed-mood', '+phq2-score-3-or-more', '+phq9-score-10-or-more'];
    const pc = run('insomnia', 'primary-care', 40, 'female', f);
    expect(rankOf(pc, 'major-depressive-disorder')).toBe(1);
    const ed = run('insomnia', 'emergency', 40, 'female', f);
    expect(rankOf(ed, 'major-depressive-disorder')).toBeGreaterThan(0);
    expect(rankOf(ed, 'major-depressive-disorder')).toBeLessThanOrEqual(2);
    expect(p(ed, 'major-depressive-disorder')).toBeGreaterThan(p(ed, 'anxiety-disorder'));
  });

  test('tension with a GAD-7 of 10 or more: anxiety leads in primary care, in the first two in the emergency department', () => {
    const f = ['+anxiety-or-tension', '+gad7-score-10-or-more'];
    const pc = run('insomnia', 'primary-care', 30, 'female', f);
    expect(rankOf(pc, 'anxiety-disorder')).toBe(1);
    const ed = run('insomnia', 'emergency', 30, 'female', f);
    expect(rankOf(ed, 'anxiety-disorder')).toBeGreaterThan(0);
    expect(rankOf(ed, 'anxiety-disorder')).toBeLessThanOrEqual(2);
    expect(p(ed, 'anxiety-disorder')).toBeGreaterThan(p(ed, 'major-depressive-disorder'));
  });

  test('an Insomnia Severity Index of 14 or more without low mood, tension or snoring: insomnia disorder leads', () => {
    for (const s of settings) {
      const r = run('insomnia', s, 45, 'female', ['+isi-score-14-or-more', '-depressed-mood', '-anxiety-or-tension', '-snoring']);
      expect(rankOf(r, 'insomnia-disorder')).toBe(1);
    }
  });
});

describe('classic presentations of low mood or anxiety (session 33, mind6)', () => {
  test('depressed mood, insomnia, PHQ-2 and PHQ-9 positive: major depression leads', () => {
    for (const s of settings) {
      const r = run('low-mood-or-anxiety', s, 40, 'female', ['+depressed-mood', '+phq2-score-3-or-more', '+phq9-score-10-or-more', '+insomnia-symptom']);
      expect(rankOf(r, 'major-depressive-disorder')).toBe(1);
    }
  });

  test('tension, insomnia and a GAD-7 of 10 or more: anxiety leads in primary care, in the first two in the emergency department', () => {
    const f = ['+anxiety-or-tension', '+gad7-score-10-or-more', '+insomnia-symptom'];
    expect(rankOf(run('low-mood-or-anxiety', 'primary-care', 30, 'female', f), 'anxiety-disorder')).toBe(1);
    const ed = run('low-mood-or-anxiety', 'emergency', 30, 'female', f);
    expect(rankOf(ed, 'anxiety-disorder')).toBeGreaterThan(0);
    expect(rankOf(ed, 'anxiety-disorder')).toBeLessThanOrEqual(2);
  });

  test('a 25-year-old woman with a positive Mood Disorder Questionnaire and a decreased need for sleep: bipolar disorder third, above substance use', () => {
    for (const s of settings) {
      const r = run('low-mood-or-anxiety', s, 25, 'female', ['+mdq-score-7-or-more', '+decreased-need-for-sleep', '+depressed-mood']);
      expect(rankOf(r, 'bipolar-disorder')).toBeGreaterThan(0);
      expect(rankOf(r, 'bipolar-disorder')).toBeLessThanOrEqual(3);
      expect(p(r, 'bipolar-disorder')).toBeGreaterThan(p(r, 'substance-use-disorder'));
    }
  });

  test('a 50-year-old woman low, tired, gaining weight, with dry skin and constipation: hypothyroidism in the first five', () => {
    for (const s of settings) {
      const r = run('low-mood-or-anxiety', s, 50, 'female', ['+fatigue', '+weight-gain', '+dry-skin', '+constipation', '+depressed-mood']);
      expect(rankOf(r, 'hypothyroidism')).toBeGreaterThan(0);
      expect(rankOf(r, 'hypothyroidism')).toBeLessThanOrEqual(5);
      expect(p(r, 'hypothyroidism')).toBeGreaterThan(p(run('low-mood-or-anxiety', s, 50, 'female', []), 'hypothyroidism'));
    }
  });

  test('a 40-year-old man low, drinking heavily, alcohol screen positive, raised GGT: substance use leads', () => {
    for (const s of settings) {
      const r = run('low-mood-or-anxiety', s, 40, 'male', ['+single-question-alcohol-screen-positive', '+high-alcohol-consumption', '+ggt-above-reference-range', '+depressed-mood']);
      expect(rankOf(r, 'substance-use-disorder')).toBe(1);
    }
  });

  test('a 30-year-old woman low and tired with pallor and pale conjunctivae: anaemia rises, still eighth (gap: policy prior)', () => {
    for (const s of settings) {
      const r = run('low-mood-or-anxiety', s, 30, 'female', ['+fatigue', '+pallor', '+conjunctival-pallor', '+depressed-mood']);
      expect(rankOf(r, 'anaemia')).toBeGreaterThan(0);
      expect(rankOf(r, 'anaemia')).toBeLessThanOrEqual(8);
      // At least doubled (the displayed figure is recalibrated, which compresses the chain's ratio; lead, session 33).
      expect(p(r, 'anaemia')).toBeGreaterThan(2 * p(run('low-mood-or-anxiety', s, 30, 'female', []), 'anaemia'));
    }
  });

  test('a 25-year-old woman low and anxious with a positive SAPAS: personality disorder rises into the first six', () => {
    for (const s of settings) {
      const r = run('low-mood-or-anxiety', s, 25, 'female', ['+sapas-score-3-or-more', '+depressed-mood', '+anxiety-or-tension']);
      expect(rankOf(r, 'personality-disorder')).toBeGreaterThan(0);
      expect(rankOf(r, 'personality-disorder')).toBeLessThanOrEqual(6);
      expect(p(r, 'personality-disorder')).toBeGreaterThan(p(run('low-mood-or-anxiety', s, 25, 'female', ['+depressed-mood', '+anxiety-or-tension']), 'personality-disorder'));
    }
  });

  test('a 45-year-old hypertensive man with anxious spells, palpitations, headache and sweating: phaeochromocytoma rises into the first seven', () => {
    for (const s of settings) {
      const r = run('low-mood-or-anxiety', s, 45, 'male', ['+anxiety-or-tension', '+palpitations', '+headache', '+diaphoresis', '+history-of-hypertension']);
      expect(rankOf(r, 'phaeochromocytoma')).toBeGreaterThan(0);
      expect(rankOf(r, 'phaeochromocytoma')).toBeLessThanOrEqual(7);
      expect(p(r, 'phaeochromocytoma')).toBeGreaterThan(p(run('low-mood-or-anxiety', s, 45, 'male', ['+anxiety-or-tension']), 'phaeochromocytoma'));
    }
  });

  test('a 65-year-old man with heart disease, anxious with palpitations: arrhythmia is listed (gap: eleventh, no ratio applies)', () => {
    for (const s of settings) {
      const r = run('low-mood-or-anxiety', s, 65, 'male', ['+anxiety-or-tension', '+palpitations', '+known-cardiac-disease', '+palpitations-during-sleep']);
      expect(rankOf(r, 'cardiac-arrhythmia')).toBeGreaterThan(0);
      expect(p(r, 'cardiac-arrhythmia')).toBeLessThan(p(r, 'anxiety-disorder'));
    }
  });

  test('a 25-year-old woman with asthma, anxious and breathless with wheeze at night: asthma third', () => {
    for (const s of settings) {
      const r = run('low-mood-or-anxiety', s, 25, 'female', ['+anxiety-or-tension', '+history-of-asthma', '+reported-wheeze', '+wheeze-with-rest-or-nocturnal-dyspnoea']);
      expect(rankOf(r, 'asthma')).toBeGreaterThan(0);
      expect(rankOf(r, 'asthma')).toBeLessThanOrEqual(3);
      expect(p(r, 'asthma')).toBeGreaterThan(p(r, 'substance-use-disorder'));
    }
  });

  test('a 30-year-old anxious woman with weight loss, tremor, palpitations and a pulse over 100: hyperthyroidism rises, eighth (gap)', () => {
    for (const s of settings) {
      const r = run('low-mood-or-anxiety', s, 30, 'female', ['+anxiety-or-tension', '+heat-intolerance', '+unintentional-weight-loss', '+tremor', '+palpitations', '+heart-rate-over-100']);
      expect(rankOf(r, 'hyperthyroidism')).toBeGreaterThan(0);
      expect(rankOf(r, 'hyperthyroidism')).toBeLessThanOrEqual(8);
      expect(p(r, 'hyperthyroidism')).toBeGreaterThan(p(run('low-mood-or-anxiety', s, 30, 'female', ['+anxiety-or-tension']), 'hyperthyroidism'));
    }
  });
});

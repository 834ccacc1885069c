/**
 * Textbook presentations of syncope and palpitations entered as a clinician would (problem, setting, age, sex, findings;
 * no vignette), on the real knowledge base (session 33, round 4, curator sync4). Every cause of the two problems that had
 * no classic-presentation guard was entered once; the pictures that were right are guarded as they are.
 *
 * What was wrong, and what was added:
 * - Pulmonary embolism in primary-care syncope: a 62-year-old woman who fainted after an operation, with sudden
 *   breathlessness, a swollen leg, a saturation under 95% and a pulse over 100 had it fifth in primary care (second in the
 *   emergency department). Its primary-care prior was 0.2% (Thiruganasambandamoorthy 2018: pulmonary embolism diagnosed
 *   within 30 days after ED disposition, not the cause at presentation). Badertscher 2019 (BASEL IX, JACC, PMID 31395124),
 *   abstract: PE at presentation in 19 of 1,397 syncope patients over 40 (1.4%), already the emergency prior, is now the
 *   primary-care prior too for patients of 40 or over (`other-setting`, `populationAgeYears` min 40). Second after.
 * - Upper GI bleeding in syncope: a 66-year-old man who collapsed after black stools and coffee-ground vomiting had it
 *   tenth (ninth in primary care): reported melaena and haematemesis carried no ratio in syncope (melaena's Srygley 2012
 *   ratio is upper against lower GI bleeding and is kept to the GI-bleeding problems). Added, syncope only, grade C over the
 *   0.25 policy background: melaena 75 of 194 (0.387; LR+ 1.548, LR- 0.817) and haematemesis 104 of 194 (0.536; LR+ 2.144,
 *   LR- 0.619) among emergency patients with suspected upper GI bleeding (Thiebaud 2017, PMID 28807040, abstract Results).
 *   Fifth in both settings after. Melaena found on rectal examination (LR 25, unrestricted) already put it first or second.
 *
 * Gaps (not fixed, recorded for the lead):
 * - Hypertrophic cardiomyopathy in a 19-year-old man with syncope, a systolic murmur and LVH with T-wave inversion on the
 *   ECG is sixth or seventh, below aortic stenosis (about 20% in the emergency department at 19): aortic stenosis has the
 *   grade B murmur ratio (Sarasin 2002) and no age entry, HCM no murmur entry. No share of aortic stenosis patients by
 *   age, and no frequency of a murmur in HCM, with an identifier, could be read this round (leads in the report).
 * - Ventricular tachycardia in syncope with a previous infarct and heart failure stays around sixteenth (its Baerman 1987
 *   ratios hold only with a wide-complex tachycardia); cardiac arrhythmia, its broader diagnosis, rises instead. Inducible
 *   VT after infarction (Brembilla-Perrot) is as common without syncope as with it, so it was not taken as a prior.
 * - Phaeochromocytoma, stable coronary disease, heart failure, HCM and sick sinus syndrome in palpitations stay about
 *   seventh with their pictures (policy priors); guarded as listed.
 *
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['emergency', 'primary-care'] as const;
const listedBy = (rank: number, bound: number): boolean => rank > 0 && rank <= bound;

describe('classic presentations of syncope (session 33, round 4, sync4)', () => {
  for (const setting of settings) {
    test(`${setting}: a 62-year-old woman who fainted after an operation, with sudden breathlessness, a swollen leg, low saturation and tachycardia: pulmonary embolism second, above cardiac arrhythmia`, () => {
      const r = run('syncope', setting, 62, 'female', ['+syncope', '+sudden-onset-dyspnoea', '+leg-swelling-sign', '+oxygen-saturation-below-95', '+heart-rate-over-100', '+recent-surgery']);
      expect(listedBy(rankOf(r, 'pulmonary-embolism'), 2)).toBe(true);
      expect(p(r, 'pulmonary-embolism')).toBeGreaterThan(p(r, 'cardiac-arrhythmia'));
    });

    test(`${setting}: a 66-year-old man who collapsed after black stools and coffee-ground vomiting: upper GI bleeding in the first five, raised by graded steps`, () => {
      const bare = run('syncope', setting, 66, 'male', ['+syncope']);
      const r = run('syncope', setting, 66, 'male', ['+syncope', '+melaena-reported', '+haematemesis-reported', '+heart-rate-over-100', '+nsaid-use', '+systolic-bp-100-or-less']);
      expect(listedBy(rankOf(r, 'upper-gi-bleed'), 5)).toBe(true);
      expect(rankOf(r, 'upper-gi-bleed')).toBeLessThan(rankOf(bare, 'upper-gi-bleed'));
      expect(findingStepOf(r, 'upper-gi-bleed', 'melaena-reported')?.grade).toBe('C');
      expect(findingStepOf(r, 'upper-gi-bleed', 'haematemesis-reported')?.grade).toBe('C');
    });

    test(`${setting}: the same man with melaena on rectal examination: upper GI bleeding first or second`, () => {
      const r = run('syncope', setting, 66, 'male', ['+syncope', '+melena-on-rectal-examination', '+haematemesis-reported', '+heart-rate-over-100', '+nsaid-use', '+systolic-bp-100-or-less']);
      expect(listedBy(rankOf(r, 'upper-gi-bleed'), 2)).toBe(true);
      expect(p(r, 'upper-gi-bleed')).toBeGreaterThan(p(r, 'epileptic-seizure'));
    });

    test(`${setting}: a 70-year-old man with a previous infarct and heart failure who collapsed without warning: cardiac arrhythmia in the first three, ventricular tachycardia listed`, () => {
      const r = run('syncope', setting, 70, 'male', ['+syncope', '+history-of-myocardial-infarction', '+history-of-heart-failure', '-prodrome-before-syncope', '+heart-disease-or-abnormal-ecg', '+severe-structural-heart-disease']);
      expect(listedBy(rankOf(r, 'cardiac-arrhythmia'), 3)).toBe(true);
      expect(rankOf(r, 'ventricular-tachycardia')).toBeGreaterThan(0);
    });

    test(`${setting}: a 64-year-old man on insulin who missed a meal: hypoglycaemia in the first five, and established by a glucose of 3.9 or less`, () => {
      const r = run('syncope', setting, 64, 'male', ['+syncope-or-near-syncope', '+history-of-diabetes-mellitus', '+insulin-therapy', '+missed-meal-before-episode']);
      expect(listedBy(rankOf(r, 'hypoglycaemia'), 5)).toBe(true);
      const g = run('syncope', setting, 64, 'male', ['+syncope-or-near-syncope', '+history-of-diabetes-mellitus', '+insulin-therapy', '+missed-meal-before-episode', '+glucose-3-9-or-less']);
      expect(g.established.map((d) => d.conditionId)).toContain('hypoglycaemia');
    });

    test(`${setting}: a 19-year-old man with syncope without warning, a systolic murmur and an abnormal ECG (LVH, T-wave inversion): hypertrophic cardiomyopathy listed in the first seven, raised by the ECG`, () => {
      const bare = run('syncope', setting, 19, 'male', ['+syncope']);
      const r = run('syncope', setting, 19, 'male', ['+syncope', '+systolic-murmur', '-ecg-normal', '+ecg-left-ventricular-hypertrophy', '+ecg-t-wave-inversion', '-prodrome-before-syncope']);
      expect(listedBy(rankOf(r, 'hypertrophic-cardiomyopathy'), 7)).toBe(true);
      expect(p(r, 'hypertrophic-cardiomyopathy')).toBeGreaterThan(p(bare, 'hypertrophic-cardiomyopathy'));
    });

    test(`${setting}: a 45-year-old woman with exertional breathlessness, raised JVP, a loud P2 and right axis deviation: pulmonary hypertension in the first two`, () => {
      const r = run('syncope', setting, 45, 'female', ['+syncope', '+dyspnoea-on-exertion', '+raised-jugular-venous-pressure', '+loud-pulmonic-second-heart-sound', '+ecg-right-axis-deviation']);
      expect(listedBy(rankOf(r, 'pulmonary-hypertension'), 2)).toBe(true);
    });

    test(`${setting}: a 27-year-old woman with a missed period, a positive pregnancy test, adnexal tenderness and tachycardia: ectopic pregnancy in the first five`, () => {
      const r = run('syncope', setting, 27, 'female', ['+syncope', '+missed-period', '+urine-hcg-positive', '+adnexal-tenderness', '+heart-rate-over-100']);
      expect(listedBy(rankOf(r, 'ectopic-pregnancy'), 5)).toBe(true);
    });

    test(`${setting}: a 50-year-old woman who collapsed with a thunderclap headache and neck stiffness: subarachnoid haemorrhage in the first five`, () => {
      const r = run('syncope', setting, 50, 'female', ['+syncope', '+thunderclap-headache', '+neck-stiffness']);
      expect(listedBy(rankOf(r, 'subarachnoid-haemorrhage'), 5)).toBe(true);
    });

    test(`${setting}: a 78-year-old man with a late-peaking systolic murmur and LVH: aortic stenosis in the first four`, () => {
      const r = run('syncope', setting, 78, 'male', ['+syncope', '+systolic-murmur', '+late-peaking-systolic-murmur', '+ecg-left-ventricular-hypertrophy']);
      expect(listedBy(rankOf(r, 'aortic-stenosis'), 4)).toBe(true);
    });
  }

  test('primary care: the pulmonary embolism prior at 40 or over is the BASEL IX share at presentation (other-setting), not the 30-day events after disposition', () => {
    const r = run('syncope', 'primary-care', 62, 'female', []);
    const pe = priorStepOf(r, 'pulmonary-embolism');
    expect(pe?.source?.citation).toBe('badertscher-2019-jacc-pe-syncope-basel-ix');
    expect(pe?.populationMatch).toBe('other-setting');
    const young = priorStepOf(run('syncope', 'primary-care', 25, 'female', []), 'pulmonary-embolism');
    expect(young?.source?.citation).toBe('thiruganasambandamoorthy-2018-academergmed-syncope-ed-diagnosis');
  });
});

describe('classic presentations of palpitations (session 33, round 4, sync4)', () => {
  for (const setting of settings) {
    test(`${setting}: a 70-year-old man with a previous infarct and heart failure and a wide-complex tachycardia: ventricular tachycardia first`, () => {
      const r = run('palpitations', setting, 70, 'male', ['+palpitations', '+history-of-myocardial-infarction', '+history-of-heart-failure', '+wide-complex-tachycardia']);
      expect(rankOf(r, 'ventricular-tachycardia')).toBe(1);
    });

    test(`${setting}: the same man without an ECG: ventricular tachycardia listed, cardiac arrhythmia in the first two`, () => {
      const r = run('palpitations', setting, 70, 'male', ['+palpitations', '+history-of-myocardial-infarction', '+history-of-heart-failure', '+known-cardiac-disease']);
      expect(rankOf(r, 'ventricular-tachycardia')).toBeGreaterThan(0);
      expect(listedBy(rankOf(r, 'cardiac-arrhythmia'), 2)).toBe(true);
    });

    test(`${setting}: a 50-year-old woman with skipped beats at rest and ventricular premature complexes on the ECG: premature ventricular contractions in the first five`, () => {
      const r = run('palpitations', setting, 50, 'female', ['+palpitations', '+palpitations-felt-as-skipped-or-missed-beats', '+palpitations-at-rest', '+ecg-ventricular-premature-complexes']);
      expect(listedBy(rankOf(r, 'premature-ventricular-contractions'), 5)).toBe(true);
    });

    test(`${setting}: a 45-year-old woman with headache and sweating: phaeochromocytoma listed, raised by raised plasma metanephrines`, () => {
      const r = run('palpitations', setting, 45, 'female', ['+palpitations', '+headache', '+diaphoresis', '+history-of-hypertension']);
      const m = run('palpitations', setting, 45, 'female', ['+palpitations', '+headache', '+diaphoresis', '+history-of-hypertension', '+plasma-free-metanephrines-raised']);
      expect(listedBy(rankOf(r, 'phaeochromocytoma'), 8)).toBe(true);
      expect(p(m, 'phaeochromocytoma')).toBeGreaterThan(p(r, 'phaeochromocytoma'));
    });

    test(`${setting}: a 35-year-old woman with fatigue, pallor and a haemoglobin under 120: anaemia established`, () => {
      const r = run('palpitations', setting, 35, 'female', ['+palpitations', '+fatigue', '+pallor', '+conjunctival-pallor', '+haemoglobin-below-120']);
      expect(r.established.map((d) => d.conditionId)).toContain('anaemia');
    });

    test(`${setting}: a 35-year-old woman with heat intolerance, tremor, weight loss and a suppressed TSH: hyperthyroidism first`, () => {
      const r = run('palpitations', setting, 35, 'female', ['+palpitations', '+heat-intolerance', '+tremor', '+unintentional-weight-loss', '+tsh-below-reference-range']);
      expect(rankOf(r, 'hyperthyroidism')).toBe(1);
    });

    test(`${setting}: a 24-year-old man who screens positive for drug use, tachycardic and tense: intoxication in the first three`, () => {
      const r = run('palpitations', setting, 24, 'male', ['+palpitations', '+single-question-drug-use-positive', '+heart-rate-over-100', '+anxiety-or-tension']);
      expect(listedBy(rankOf(r, 'drug-or-alcohol-intoxication'), 3)).toBe(true);
    });

    test(`${setting}: a 60-year-old man on insulin who missed a meal, tremulous: hypoglycaemia in the first six`, () => {
      const r = run('palpitations', setting, 60, 'male', ['+palpitations', '+history-of-diabetes-mellitus', '+insulin-therapy', '+missed-meal-before-episode', '+tremor']);
      expect(listedBy(rankOf(r, 'hypoglycaemia'), 6)).toBe(true);
    });

    test(`${setting}: structural causes with their pictures are listed in the first seven (stable coronary disease, heart failure, pericarditis, HCM, sick sinus syndrome)`, () => {
      expect(listedBy(rankOf(run('palpitations', setting, 62, 'male', ['+palpitations', '+exertional-chest-pain', '+history-of-hypertension', '+ecg-ventricular-premature-complexes']), 'stable-coronary-heart-disease'), 7)).toBe(true);
      expect(listedBy(rankOf(run('palpitations', setting, 75, 'female', ['+palpitations', '+dyspnoea-on-exertion', '+raised-jugular-venous-pressure', '+leg-swelling-sign', '+paroxysmal-nocturnal-dyspnoea']), 'heart-failure'), 7)).toBe(true);
      expect(listedBy(rankOf(run('palpitations', setting, 30, 'male', ['+palpitations', '+pleuritic-chest-pain', '+positional-chest-pain', '+pericardial-friction-rub', '+ecg-widespread-st-elevation-or-pr-depression']), 'pericarditis'), 5)).toBe(true);
      expect(listedBy(rankOf(run('palpitations', setting, 22, 'male', ['+palpitations', '+systolic-murmur', '+ecg-left-ventricular-hypertrophy', '+syncope']), 'hypertrophic-cardiomyopathy'), 7)).toBe(true);
      expect(listedBy(rankOf(run('palpitations', setting, 78, 'female', ['+palpitations', '+bradycardia', '+ecg-or-monitor-sinus-node-dysfunction', '+dizziness']), 'sick-sinus-syndrome'), 7)).toBe(true);
    });

    test(`${setting}: an 80-year-old man with a slow pulse and high-grade AV block on the ECG: the block is established`, () => {
      const r = run('palpitations', setting, 80, 'male', ['+palpitations', '+bradycardia', '+ecg-high-grade-av-block', '+dizziness']);
      expect(r.established.map((d) => d.conditionId)).toContain('high-grade-atrioventricular-block');
    });
  }
});

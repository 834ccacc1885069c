/**
 * Textbook presentations of dizziness entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 33, round 4, curator dizzy4). The causes of dizziness without a guard of their own picture were
 * Ménière's disease, vestibular neuritis, vestibular migraine, orthostatic hypotension, anxiety, cardiac arrhythmia,
 * hypoglycaemia, intoxication and intracerebral (cerebellar) haemorrhage; each was entered and ranked in both settings.
 * Seven were right (first, in the first three, or established) and are guarded as they are. No knowledge was changed.
 *
 * Gaps left (no cited, graded figure that may be entered was read):
 * - Cerebellar haemorrhage: a 70-year-old with continuous vertigo, headache, vomiting, grade 2-3 gait and truncal
 *   instability and a diastolic pressure over 110 has intracerebral haemorrhage 13th in both settings (policy prior; its
 *   ratios are measured in focal weakness, haemorrhagic against ischaemic stroke). Martinez 2024 (Cerebellum, PMID
 *   38990511; grade 2-3 instability 70.8% sensitive, 82.7% specific for a central cause, mostly ischaemic strokes) is
 *   already posterior circulation stroke's ratio; entering it again for haemorrhage is the category-accuracy pattern
 *   session 30 forbids, and the source does not say a haemorrhage is at least as detectable. In the emergency department
 *   posterior circulation stroke is second for that picture (guarded); in primary care it is seventh (no primary-care
 *   prior: Bösner 2018's 1.4-11.4% is all neurological disease, not stroke), and orthostatic hypotension leads.
 * - Cardiac arrhythmia with palpitations, an irregular pulse, near-syncope and known heart disease at 75 is 7th (emergency)
 *   to 10th (primary care): its ratios are measured in syncope and palpitations only, and the pulse-palpation
 *   meta-analysis (Taggar 2016) is for atrial fibrillation, a separate condition.
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

describe('classic presentations of dizziness (session 33, dizzy4)', () => {
  test("episodic vertigo of hours with hearing loss, tinnitus and aural fullness at 45: Ménière's disease first in both settings", () => {
    for (const setting of settings) {
      const r = run('dizziness', setting, 45, 'female', ['+vertigo', '+vertigo-episodes-20-minutes-to-12-hours', '+hearing-loss', '+tinnitus', '+aural-fullness']);
      expect(rankOf(r, 'menieres-disease')).toBe(1);
    }
  });

  test('vertigo with spontaneous nystagmus and vomiting, no hearing loss, no focal sign, not brief spells: vestibular neuritis first', () => {
    for (const setting of settings) {
      const r = run('dizziness', setting, 45, 'male', ['+vertigo', '+nystagmus', '+nausea-or-vomiting', '-hearing-loss', '-focal-neurological-deficit', '-dizziness-spells-under-1-minute']);
      expect(rankOf(r, 'vestibular-neuritis')).toBe(1);
    }
  });

  test('vertigo in a woman of 35 with migraine, headache and photophobia during attacks: migraine first in both settings', () => {
    for (const setting of settings) {
      const r = run('dizziness', setting, 35, 'female', ['+vertigo', '+history-of-migraine', '+headache', '+photophobia-during-vertigo-attacks', '-hearing-loss']);
      expect(rankOf(r, 'migraine')).toBe(1);
    }
  });

  test('light-headedness on standing with a 15 mmHg systolic drop on a diuretic at 78, no vertigo: orthostatic hypotension first', () => {
    for (const setting of settings) {
      const r = run('dizziness', setting, 78, 'male', ['+orthostatic-symptoms-within-5-minutes-of-standing', '+sit-to-stand-systolic-drop-15-or-more', '+diuretic-use', '-vertigo']);
      expect(rankOf(r, 'orthostatic-hypotension')).toBe(1);
    }
  });

  test('a tense woman of 30 with palpitations, insomnia and GAD-7 of 10 or more, no vertigo: anxiety first in primary care, in the first three in the emergency department', () => {
    const f = ['+anxiety-or-tension', '+palpitations', '+insomnia-symptom', '+gad7-score-10-or-more', '-vertigo'];
    expect(rankOf(run('dizziness', 'primary-care', 30, 'female', f), 'anxiety-disorder')).toBe(1);
    const ed = rankOf(run('dizziness', 'emergency', 30, 'female', f), 'anxiety-disorder');
    expect(ed).toBeGreaterThan(0);
    expect(ed).toBeLessThanOrEqual(3);
  });

  test('a man of 68 on insulin who missed a meal, glucose 3.9 mmol/L or less: hypoglycaemia established', () => {
    for (const setting of settings) {
      const r = run('dizziness', setting, 68, 'male', ['+history-of-diabetes-mellitus', '+insulin-therapy', '+missed-meal-before-episode', '+glucose-3-9-or-less', '-vertigo']);
      expect(r.established.map((e) => e.conditionId)).toContain('hypoglycaemia');
    }
  });

  test('a man of 25 smelling of alcohol with ethanol in the blood and a GCS below 15: intoxication first in the emergency department', () => {
    const f = ['+alcohol-odour-on-breath', '+serum-ethanol-detected', '+gcs-below-15', '-vertigo'];
    expect(rankOf(run('dizziness', 'emergency', 25, 'male', f), 'drug-or-alcohol-intoxication')).toBe(1);
    const pc = rankOf(run('dizziness', 'primary-care', 25, 'male', f), 'drug-or-alcohol-intoxication');
    expect(pc).toBeGreaterThan(0);
    expect(pc).toBeLessThanOrEqual(2);
  });

  test('continuous vertigo with headache, vomiting, severe truncal instability and diastolic over 110 at 70: a central cause above BPPV and neuritis in the emergency department; haemorrhage listed (gap)', () => {
    // Stroke x grade 2-3 truncal instability: Martinez 2024 (LR+ 4.09); BPPV x spells under a minute and rolling over
    // absent (depth-k3 entries). Haemorrhage stays on the policy prior (13th): see the header.
    const f = ['+vertigo', '+headache', '+nausea-or-vomiting', '+gait-truncal-instability-grade-2-or-3', '+history-of-hypertension', '+diastolic-bp-over-110', '-dizziness-spells-under-1-minute', '-dizziness-provoked-by-rolling-over-in-bed'];
    const ed = run('dizziness', 'emergency', 70, 'male', f);
    expect(rankOf(ed, 'posterior-circulation-stroke')).toBeGreaterThan(0);
    expect(rankOf(ed, 'posterior-circulation-stroke')).toBeLessThanOrEqual(2);
    expect(rankOf(ed, 'posterior-circulation-stroke')).toBeLessThan(rankOf(ed, 'benign-paroxysmal-positional-vertigo') || Infinity);
    expect(rankOf(ed, 'posterior-circulation-stroke')).toBeLessThan(rankOf(ed, 'vestibular-neuritis') || Infinity);
    for (const setting of settings) {
      expect(rankOf(run('dizziness', setting, 70, 'male', f), 'intracerebral-haemorrhage')).toBeGreaterThan(0);
    }
  });

  test('palpitations, an irregular pulse, near-syncope and known heart disease at 75 (gap): cardiac arrhythmia stays listed', () => {
    // Known gap: no arrhythmia ratio is measured in dizziness; 7th to 10th. The guard keeps it on the list.
    for (const setting of settings) {
      const r = run('dizziness', setting, 75, 'male', ['+palpitations', '+irregular-pulse', '+known-cardiac-disease', '+syncope-or-near-syncope', '-vertigo']);
      expect(rankOf(r, 'cardiac-arrhythmia')).toBeGreaterThan(0);
    }
  });
});

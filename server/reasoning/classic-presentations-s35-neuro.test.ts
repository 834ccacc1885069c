/**
 * Confusion, dizziness, headache, focal weakness, seizure, low mood or anxiety, ear pain, sore throat, nasal congestion,
 * red eye (session 35, curator "neuro"): the development and breadth misses of these complaints, read from the engine's
 * views only (no vignette file), and the textbook pictures that a cited figure could fix, entered as a clinician would
 * (problem, setting, age, sex, findings), on the real knowledge base.
 *
 * What was wrong:
 * - Vestibular neuritis in dizziness took no step for tinnitus, although the Bárány criteria for acute unilateral
 *   vestibulopathy exclude acute otological or audiological symptoms (criterion D; the same criterion already weighed
 *   against it for hearing loss). A woman of 31 with spinning vertigo, tinnitus and nausea (hearing not yet tested) had
 *   Ménière's disease fourth in both settings, behind positional vertigo, anxiety (primary care) and vestibular neuritis.
 * - Substance use disorder in low mood or anxiety sat on a sex-blind prior (Luebeck general practices, 10.7%) although the
 *   same cohort's alcohol use disorders were 2.8 times commoner in men: a woman of 43 with low mood had it third, above
 *   bipolar and persistent depressive disorder.
 * - Intracerebral haemorrhage had no age evidence in any complaint: its emergency headache prior (3.3%) stood for a woman
 *   of 26, so it ranked above cerebral venous thrombosis in a young woman on the combined pill with a new headache.
 * Added (evidence/s35-neuro.json):
 * - vestibular-neuritis x tinnitus LR+ 0.1, LR- 1.3, grade C, dizziness only, not applied when hearing loss is present
 *   (criterion D counted once): Strupp 2022 J Vestib Res doi 10.3233/VES-220201, abstract, criterion D (very rare class
 *   0.025 over the 0.25 policy background, as the session-13 hearing-loss entry).
 * - substance-use-disorder x male LR+ 1.474, LR- 0.526, grade C, low mood or anxiety only: Hill 1998 (Luebeck) Alcohol
 *   Clin Exp Res PMID 9660325, abstract, 'the sex ratio was 1:2.8 (female:male)' (73.7% men over an even split).
 * - intracerebral-haemorrhage x age-50-or-over LR+ 1.488, LR- 0.512, grade C, headache only: Chen 2023 Front Aging
 *   Neurosci doi 10.3389/fnagi.2023.1264124, abstract, 746 of 1,003 ICH patients aged over 50 (over the even split).
 *   First entered for every complaint: in focal weakness it lifted haemorrhage above epileptic seizure for a man of 60
 *   with a deficit and a seizure at onset (s27-neuromsk guard); the focal-weakness and confusion priors come from older
 *   code-stroke and altered-consciousness cohorts, where the even-split age background overstates the ratio, so it was
 *   limited to headache (the emergency headache cohort is all adults with acute headache).
 * Before -> after (calibration as shipped, before the lead's refit):
 * - dizziness, woman of 31, vertigo + tinnitus + nausea: Ménière's disease 4 -> 3 in both settings; vestibular neuritis
 *   3 -> 6 (primary care).
 * - low mood, woman of 43, depressed mood + fatigue: substance use disorder 3 -> 4; persistent depressive disorder stays 5.
 * - emergency headache, woman of 26 on the pill, afebrile, normal pressure: cerebral venous thrombosis 6 -> 5 (with the
 *   fuller picture of normal inflammatory markers, 5 -> 4, intracerebral haemorrhage 3 -> 5).
 *
 * Gaps (reported, not fixed; no cited figure read in the time available):
 * - Adjustment disorder and persistent depressive disorder in low mood: nothing on a chart separates them from major
 *   depression without the stressor or the two-year course (both have entries when entered).
 * - Epiglottitis in emergency sore throat (policy prior; adult series give fever in 12.9% (Felton 2021) against 75% over
 *   37.2 °C (Wick 2002), hoarseness 50% in 12 patients (Wick 2002) overlapping the muffled-voice entry).
 * - Herpes zoster oticus with vesicles and no palsy, peritonsillar abscess and giant cell arteritis in ear pain without an
 *   ear examination: otitis media and externa keep their cohort priors. For GCA the suspected-GCA cohort (Karahaliou 2006
 *   Table 3) gives fever and diffuse musculoskeletal pain ratios below 1, so nothing supports raising it on those.
 * - Head and neck cancer in nasal congestion (epistaxis, hearing loss) and in ear pain (alcohol use disorder is not read as
 *   high alcohol consumption): leads Mahalingappa 2014 J Laryngol Otol doi 10.1017/S0022215114001066 Table I, Bilici 2017
 *   KBB-Forum (biopsy cohort, hearing loss commoner in benign), Baran 2021 PMC7984673.
 * - Posterior circulation stroke in emergency dizziness with headache: Tarnutzer 2011 CMAJ 183(9):E571 (headache or neck
 *   pain LR+ 3.2 for stroke in acute vestibular syndrome, seen only as quoted; identifier not seen).
 * - Intracerebral haemorrhage in confusion (v-564 picture) keeps no age step: an age distribution of the confusion
 *   cohorts without haemorrhage would be needed for a ratio there.
 * - Brain tumour in seizure, headache and focal weakness; carbon monoxide in headache; corneal foreign body in primary-care
 *   red eye; epileptic seizure and intracerebral haemorrhage in confusion: as in sessions 33-34.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

describe('dizziness: tinnitus counts against vestibular neuritis (session 35, neuro)', () => {
  const cochlear = ['+vertigo', '+tinnitus', '+nausea-or-vomiting'];

  test.each(settings)('a woman of 31 with spinning vertigo, tinnitus and nausea: Ménière disease in the first three, above vestibular neuritis (%s)', (setting) => {
    // Before session 35: Ménière's disease fourth in both settings, behind vestibular neuritis.
    const r = run('dizziness', setting, 31, 'female', cochlear);
    expect(rankOf(r, 'menieres-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'menieres-disease')).toBeLessThanOrEqual(3);
    expect(p(r, 'menieres-disease')).toBeGreaterThan(p(r, 'vestibular-neuritis'));
  });

  test.each(settings)('tinnitus lowers vestibular neuritis by half or more (%s)', (setting) => {
    const withTinnitus = run('dizziness', setting, 31, 'female', cochlear);
    const without = run('dizziness', setting, 31, 'female', ['+vertigo', '+nausea-or-vomiting']);
    expect(p(without, 'vestibular-neuritis')).toBeGreaterThanOrEqual(2 * p(withTinnitus, 'vestibular-neuritis'));
  });

  test.each(settings)('the textbook vestibular neuritis (vertigo, nystagmus, vomiting, no tinnitus or hearing loss) stays first (%s)', (setting) => {
    const r = run('dizziness', setting, 45, 'male', ['+vertigo', '+nystagmus', '+nausea-or-vomiting', '-tinnitus', '-hearing-loss']);
    expect(rankOf(r, 'vestibular-neuritis')).toBe(1);
  });

  test('criterion D is counted once: with hearing loss present, tinnitus takes no second step', () => {
    const r = run('dizziness', 'primary-care', 31, 'female', ['+vertigo', '+tinnitus', '+hearing-loss', '+nausea-or-vomiting']);
    expect(findingStepOf(r, 'vestibular-neuritis', 'tinnitus')?.counted ?? false).toBe(false);
    expect(findingStepOf(r, 'vestibular-neuritis', 'hearing-loss')?.counted ?? false).toBe(true);
  });
});

describe('low mood or anxiety: substance use disorder by sex (session 35, neuro)', () => {
  test('a woman of 43 with low mood and tiredness: substance use disorder below major depression, anxiety and bipolar disorder', () => {
    // Before session 35: substance use disorder third (sex-blind 10.7% prior).
    const r = run('low-mood-or-anxiety', 'primary-care', 43, 'female', ['+depressed-mood', '+fatigue']);
    expect(rankOf(r, 'substance-use-disorder')).toBeGreaterThan(3);
    expect(p(r, 'substance-use-disorder')).toBeLessThan(p(r, 'major-depressive-disorder'));
    expect(p(r, 'substance-use-disorder')).toBeLessThan(p(r, 'anxiety-disorder'));
  });

  test('the same picture in a man gives substance use disorder one and a half times or more its probability in a woman', () => {
    const man = run('low-mood-or-anxiety', 'primary-care', 43, 'male', ['+depressed-mood', '+fatigue']);
    const woman = run('low-mood-or-anxiety', 'primary-care', 43, 'female', ['+depressed-mood', '+fatigue']);
    expect(p(man, 'substance-use-disorder')).toBeGreaterThanOrEqual(1.5 * p(woman, 'substance-use-disorder'));
  });

  test('the Luebeck sex ratio is limited to low mood or anxiety (the cohort of its prior)', () => {
    const r = run('fatigue', 'primary-care', 43, 'male', ['+fatigue']);
    expect(findingStepOf(r, 'substance-use-disorder', 'male')?.counted ?? false).toBe(false);
  });
});

describe('headache: intracerebral haemorrhage by age (session 35, neuro)', () => {
  const pill = ['+exogenous-oestrogen-use', '-temperature-38-or-over', '-systolic-bp-140-or-more', '-diastolic-bp-over-110'];

  test('emergency: a woman of 26 on the combined pill with a new headache, afebrile and normotensive: cerebral venous thrombosis above intracerebral haemorrhage', () => {
    // Before session 35: intracerebral haemorrhage third, cerebral venous thrombosis sixth.
    const r = run('headache', 'emergency', 26, 'female', ['+headache', ...pill]);
    expect(p(r, 'cerebral-venous-thrombosis')).toBeGreaterThan(p(r, 'intracerebral-haemorrhage'));
    expect(rankOf(r, 'cerebral-venous-thrombosis')).toBeLessThan(rankOf(r, 'intracerebral-haemorrhage'));
  });

  test('emergency: the same headache at 70 gives intracerebral haemorrhage one and a half times or more its probability at 26', () => {
    const old = run('headache', 'emergency', 70, 'male', ['+headache', '-temperature-38-or-over']);
    const young = run('headache', 'emergency', 26, 'male', ['+headache', '-temperature-38-or-over']);
    expect(p(old, 'intracerebral-haemorrhage')).toBeGreaterThanOrEqual(1.5 * p(young, 'intracerebral-haemorrhage'));
  });

  test('emergency focal weakness: the hypertensive man of 70 with headache, vomiting and a deficit keeps intracerebral haemorrhage in the first three', () => {
    const r = run('focal-weakness', 'emergency', 70, 'male', ['+focal-neurological-deficit', '+headache-with-focal-neurological-symptoms', '+nausea-or-vomiting', '+diastolic-bp-over-110']);
    expect(rankOf(r, 'intracerebral-haemorrhage')).toBeGreaterThan(0);
    expect(rankOf(r, 'intracerebral-haemorrhage')).toBeLessThanOrEqual(3);
  });

  test('the age ratio is limited to headache: no age step for haemorrhage among code-stroke patients', () => {
    const r = run('focal-weakness', 'emergency', 60, 'male', ['+facial-paresis-arm-drift-or-abnormal-speech', '+seizure-at-symptom-onset']);
    expect(findingStepOf(r, 'intracerebral-haemorrhage', 'age-50-or-over')?.counted ?? false).toBe(false);
    expect(p(r, 'epileptic-seizure')).toBeGreaterThan(p(r, 'intracerebral-haemorrhage'));
  });
});

/**
 * Textbook presentations of leg swelling entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 29, round 3, leg-swelling curator r3legs). Three gaps were probed: calcium-channel-blocker oedema ranked
 * sixth (policy prior of a rare diagnosis, although the review behind the complaint's list of causes calls these drugs
 * common causes); post-thrombotic syndrome could not use the one feature that separates it from primary venous
 * insufficiency, a previous DVT in the same leg; and necrotising fasciitis was absent from the differential of leg
 * swelling of unstated side, although its evidence named that problem. Expectations are about order within one run, not
 * percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

/** Bilateral ankle oedema weeks after starting amlodipine, no breathlessness on exertion or lying flat. */
const amlodipineOedema = ['+dihydropyridine-calcium-channel-blocker-use', '+leg-oedema-began-after-starting-suspected-drug', '-dyspnoea', '-dyspnoea-on-exertion', '-orthopnoea'];
/** One leg swollen for months with pigmentation, after a DVT in that same leg. */
const ptsSameLeg = ['+previous-venous-thromboembolism', '+previous-dvt-in-same-leg', '+leg-swelling-over-1-month', '+lower-leg-skin-hyperpigmentation'];
/** A diabetic with pain out of proportion, spreading redness, fever and hypotension. */
const fasciitis = ['+history-of-diabetes-mellitus', '+pain-out-of-proportion', '+erythema-of-skin', '+erythema-progressing-beyond-margins', '+fever', '+hypotension'];

describe('classic presentations of leg swelling (session 29, r3legs)', () => {
  test('a 55-year-old man with bilateral ankle oedema that began weeks after starting amlodipine, no breathlessness on exertion or lying flat: medication-induced oedema in the top three, above venous insufficiency and cirrhosis', () => {
    // Ely 2006 (doi 10.3122/jabfm.19.2.148): calcium channel blockers are common causes of leg oedema, so the cause is a
    // usual one of the complaint (usual-cause policy prior 3%, against 0.5% before). Naranjo 1981 item 2 (oedema began after
    // the drug): 0.895 over 0.25, LR+ 3.58; Schindler 2009 ('frequently caused by dihydropyridine CCBs'): LR+ 2.18. Heart
    // failure: Wang 2005 (JAMA RCE) dyspnoea on exertion LR- 0.48, orthopnoea LR- 0.65. Context (not a ratio): oedema in
    // 10.7% on CCBs against 3.2% on placebo in 106 trials (J Hypertens 2011, PMID 21558959). Session 29 found pulmonary
    // hypertension leading here on a 42% "prior" (Blankfield 1998: an echocardiographic finding, not the cause); since
    // knowledge 2.158.0 it is an unquantified usual cause, and heart failure (33%, a cardiac cause) is the one that leads.
    const r = run('bilateral-leg-swelling', 'primary-care', 55, 'male', amlodipineOedema);
    expect(rankOf(r, 'medication-induced-oedema')).toBeGreaterThan(0);
    expect(rankOf(r, 'medication-induced-oedema')).toBeLessThanOrEqual(3);
    expect(p(r, 'medication-induced-oedema')).toBeGreaterThan(p(r, 'chronic-venous-insufficiency'));
    expect(p(r, 'medication-induced-oedema')).toBeGreaterThan(p(r, 'cirrhosis'));
  });

  test('a 55-year-old woman on amlodipine with bilateral ankle oedema and no breathlessness: medication-induced oedema above cirrhosis and lymphoedema', () => {
    // Usual-cause policy prior (Ely 2006, drugs common causes) and Schindler 2009 dihydropyridine use LR+ 2.18, against
    // cirrhosis and lymphoedema, which have no finding here (cirrhosis on the same usual-cause policy prior).
    const r = run('bilateral-leg-swelling', 'primary-care', 55, 'female', ['+dihydropyridine-calcium-channel-blocker-use', '-dyspnoea']);
    expect(p(r, 'medication-induced-oedema')).toBeGreaterThan(p(r, 'cirrhosis'));
    expect(p(r, 'medication-induced-oedema')).toBeGreaterThan(p(r, 'lymphoedema'));
  });

  test('the same amlodipine history recorded as leg swelling of unstated side: medication-induced oedema in the top three, above venous insufficiency and post-thrombotic syndrome', () => {
    // As above: the coverage list of leg swelling (Ely 2006) now names drugs as a usual cause; timing 3.58, dihydropyridine 2.18.
    const r = run('leg-swelling', 'primary-care', 55, 'male', amlodipineOedema);
    expect(rankOf(r, 'medication-induced-oedema')).toBeGreaterThan(0);
    expect(rankOf(r, 'medication-induced-oedema')).toBeLessThanOrEqual(3);
    expect(p(r, 'medication-induced-oedema')).toBeGreaterThan(p(r, 'chronic-venous-insufficiency'));
    expect(p(r, 'medication-induced-oedema')).toBeGreaterThan(p(r, 'post-thrombotic-syndrome'));
  });

  test('a 50-year-old woman with one leg swollen for months, skin pigmentation and a DVT in that same leg two years ago: post-thrombotic syndrome in the top two, above DVT and lymphoedema', () => {
    // Kahn 2009 ISTH definition (doi 10.1111/j.1538-7836.2009.03294.x): PTS is diagnosed from typical symptoms and signs
    // 'in a limb that was affected by DVT': 0.895 against the even split of a previous DVT between the two legs, LR+ 1.79,
    // counted only beside the previous-VTE ratio (Engeseth 2021 criterion 1, LR+ 3.58). Chronic complaints over 1 month
    // (Engeseth criterion 2, 3.58, as for venous insufficiency and lymphoedema); pigmentation 1.3. Still tied with chronic
    // venous insufficiency (prior 18.6% against 5.2% in Beller 2020; female 1.6; its previous-VTE ratio 1.28 comes from
    // ulcer limbs that include post-thrombotic ones).
    const r = run('unilateral-leg-swelling', 'primary-care', 50, 'female', ptsSameLeg);
    expect(rankOf(r, 'post-thrombotic-syndrome')).toBeGreaterThan(0);
    expect(rankOf(r, 'post-thrombotic-syndrome')).toBeLessThanOrEqual(2);
    expect(p(r, 'post-thrombotic-syndrome')).toBeGreaterThan(p(r, 'deep-vein-thrombosis'));
    expect(p(r, 'post-thrombotic-syndrome')).toBeGreaterThan(p(r, 'lymphoedema'));
  });

  test('the same leg when the previous DVT was in the other leg: post-thrombotic syndrome falls below DVT and venous insufficiency', () => {
    // Kahn 2009: the syndrome is in the limb of the DVT, so a previous DVT in the other leg gives LR- 0.105/0.5 = 0.21.
    const same = run('unilateral-leg-swelling', 'primary-care', 50, 'female', ptsSameLeg);
    const other = run('unilateral-leg-swelling', 'primary-care', 50, 'female', ptsSameLeg.map((f) => (f === '+previous-dvt-in-same-leg' ? '-previous-dvt-in-same-leg' : f)));
    expect(p(other, 'post-thrombotic-syndrome')).toBeLessThan(p(other, 'deep-vein-thrombosis'));
    expect(p(other, 'post-thrombotic-syndrome')).toBeLessThan(p(other, 'chronic-venous-insufficiency'));
    expect(rankOf(other, 'post-thrombotic-syndrome')).toBeGreaterThan(rankOf(same, 'post-thrombotic-syndrome'));
  });

  test('a 60-year-old diabetic man in the emergency department with a swollen leg (side not recorded), pain out of proportion, rapidly spreading redness, fever and hypotension: necrotising fasciitis leads', () => {
    // Necrotising fasciitis was not on this problem's differential at all (now listed, policy prior). Fernando 2019 (Ann
    // Surg, PMID 29672405): hypotension sensitivity 21.0%, specificity 97.7% (LR+ 9.1); fever 46.0%/77.0% (LR+ 2.0). Al
    // Alayed 2015 (IJID, PMID 25975653): pain out of proportion LR+ 4.5; erythema progressing beyond its margins LR+ 3.1
    // (one group with Goh 2014's erythema, 70.7%). Cellulitis: erythema 3.58 and fever 2.18 on a 1.5% prior.
    const r = run('leg-swelling', 'emergency', 60, 'male', fasciitis);
    expect(rankOf(r, 'necrotising-fasciitis')).toBe(1);
    expect(p(r, 'necrotising-fasciitis')).toBeGreaterThan(p(r, 'cellulitis'));
    expect(p(r, 'necrotising-fasciitis')).toBeGreaterThan(p(r, 'deep-vein-thrombosis'));
  });

  test('the same patient recorded as swelling of one leg: necrotising fasciitis leads, above DVT, cellulitis and superficial thrombophlebitis', () => {
    // As above, plus Cheng 2015 (165 cases, 51% diabetic, over the 0.25 policy background: LR+ 2.04) where one leg is swollen.
    const r = run('unilateral-leg-swelling', 'emergency', 60, 'male', fasciitis);
    expect(rankOf(r, 'necrotising-fasciitis')).toBe(1);
    expect(p(r, 'necrotising-fasciitis')).toBeGreaterThan(p(r, 'superficial-thrombophlebitis'));
  });
});

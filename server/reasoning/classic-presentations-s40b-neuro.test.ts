/**
 * Session 40, round 2 (neuro): primary-care priors borrowed from other settings, wrong diagnoses shown at 40% or more,
 * and the round's leads. No knowledge was changed: no readable primary-care figure fits this base's causes without a
 * double count, and no ratio could be shown wrong by the precedents in a way a single narrowing or withdrawal fixes.
 * This guard pins the literature-supported directions that the current knowledge gives for the cases examined, so a later
 * change that breaks them has to say why. Round 1's guard (classic-presentations-s40-neuro.test.ts) is not repeated.
 *
 * DECLINED (each with the reason):
 * - Headache, primary care, migraine 0.243 (Kelly 2021, ED) and tension-type 0.099 (Garcia-Azorin 2020, ED): the SESAM 2
 *   paper (PMC4897548; Hindawi ISRN 2014, article 169428) was searched again; only its abstract and Table 2 (accompanying
 *   symptoms) are readable, not the results-of-encounter table or the Transition Project comparison. Becker 1987
 *   ('Predictors of outcome in headache patients presenting to family physicians - a one year prospective study') was
 *   read as an abstract on scilit.com: 272 enrolled, 56 (21.1%) organic; of 209 non-organic, muscle contraction headache
 *   possible 38.8%, common migraine possible 28.6%, muscle contraction headache definite 21.8%. Not used: no PMID, DOI or
 *   author line was displayed, and 'possible' categories do not map onto ICHD migraine or tension-type headache.
 *   Braschinsky 2016 (PMC4788653, Estonian GPs) reports GP diagnoses' coding, not a diagnosis distribution. Latinovic
 *   2006 (doi 10.1136/jnnp.2005.073221) gives consultation and prescribing rates only. Unchanged.
 * - Seizure / transient loss of consciousness, primary care, Day 1982 and Martin 1984 ED figures: Martikainen et al.,
 *   Eur J Gen Pract 2003;9(3):91-5 (PMID 14712906, doi 10.3109/13814780309160411; abstract read on
 *   suppr.wilddata.cn/browses/detail/pubmed/14712906): 220 visits of adults (15 or over) to the primary healthcare
 *   emergency department of Tampere for loss of consciousness: seizures 118, syncope 72, uncertain 30 (the companion
 *   Scand J Prim Health Care 2003;21:61-64 abstract: 53% seizures, 33% syncope, 14% uncertain; 67% of the seizure
 *   group had a history of alcohol abuse). Not entered: (a) 'seizures' lumps alcohol-related and other acute
 *   symptomatic seizures with epilepsy, beside this problem's own alcohol-withdrawal and hypoglycaemia priors (session
 *   39: a lump beside its subtypes counts them twice), and no share of alcohol-related seizures was read to divide it;
 *   (b) 'syncope' lumps vasovagal, orthostatic and cardiac causes, which have their own figures here; (c) a municipal
 *   out-of-hours emergency room with this alcohol burden is not general practice, and entering it would raise epileptic
 *   seizure from 29% to 54% for every primary-care blackout. Lead.
 * - The other items of part A (confusion, focal weakness, dizziness x migraine, low mood or anxiety, insomnia): not
 *   searched in depth this round (time went to headache and blackouts, the leads named first); unchanged, and still
 *   borrowed or proxy figures as listed in the assignment.
 * - v-184, v-258, v-644, v-643 (seizure, epileptic seizure 47% with nothing raising it): EPIC2 (Dickson 2017, PMID
 *   28706099) 59/91 epileptic seizures other than the acute symptomatic ones, for a recorded seizure; the acute
 *   symptomatic 9/91 are already left to their causes, so the prior is not a lump. Its cohort includes 28/91 with known
 *   epilepsy, which would lower the figure for a first seizure, but the abstract does not split the other causes by
 *   previous history, so no first-seizure figure can be derived. Unchanged.
 * - v-396 (seizure, 27M, hyponatraemia expected; lactate 2.45 mmol/L or more LR+ 6.77 lifts epileptic seizure to 93%):
 *   Matz O, Zdebik C, Zechbauer S, et al., Seizure 2016;40:71-5 (PMID 27367837; abstract read on pubmed and on
 *   pesquisa.bvsalud.org/portal/resource/e/mdl-27367837, which shows the full author list) compared generalized
 *   tonic-clonic seizures (n = 195) with syncope, PNES and complex focal seizures; its conclusion is 'discrimination of
 *   generalized seizures from psychogenic non-epileptic and syncopal events'. The ratio marks a convulsion of any cause,
 *   and is counted only for epileptic seizure, not for the acute symptomatic causes (hyponatraemia, hypoglycaemia,
 *   alcohol withdrawal) that convulse the same way. Not changed: the abstract does not say whether provoked seizures were
 *   among the 195, so a transfer to those causes has no read number, and withdrawing it from the seizure complaint would
 *   lose its (measured) discrimination against syncope and PNES there. Lead (structural): a GTCS-category ratio counted
 *   for one member. The registry entry's author line ('Zechbauer S, et al.') could be completed from that record.
 * - v-024 (dizziness, primary care, vestibular neuritis 45-63%): the C lead (requiresAbsent dix-hallpike-positive on the
 *   Wuthrich 2023 nystagmus entry, whose numerator is spontaneous nystagmus) cannot be made as a single narrowing:
 *   `requiresAbsent` holds one id and already holds vertical-or-torsional-spontaneous-nystagmus (schema.ts). Also
 *   found: with hearing loss AND tinnitus both recorded absent, Strupp 2022's criterion D counts twice for neuritis
 *   (LR- 1.3 x 1.3); s35-neuro.json's tinnitus entry guards only the present case (requiresAbsent hearing-loss).
 *   Not withdrawn: withdrawal would also drop the tinnitus-present ratio; a per-condition correlation group (or a shared
 *   finding group for hearing loss and tinnitus) is the owner's or the engine's call. Lead.
 *   Resolved in round 3 (knowledge 2.196.0, classic-presentations-s40c-dizzy.test.ts): the tinnitus entry now counts only
 *   when present (LR+ 0.1, no LR-), so the criterion counts once through the hearing-loss entry.
 * - v-128, v-344, v-424 (focal weakness, emergency, acute stroke 42-59%): the prior is Tuntiyatorn 2013's ischaemic share
 *   (session 39), age 50 or over (Vroomen 2008) and hypertension (Kim 2022, stroke against mimics) are measured in code
 *   stroke cohorts, the complaint's own population; no population error shown. Unchanged.
 * - v-597 (headache, primary care, migraine 50%): photophobia LR+ 5.8 (Smetana 2000) compares migraine with tension-type
 *   headache, which are most of primary care's other headaches; a primary-care migraine share would if anything be higher
 *   than the ED 24.3%. Unchanged.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 40 round 2 (neuro)', () => {
  test('every id used here exists', () => {
    for (const id of ['new-onset-seizure', 'lactate-2-45-or-more', 'vertigo', 'nystagmus', 'hearing-loss', 'tinnitus', 'nausea-or-vomiting']) {
      expect(kb.findings.has(id)).toBe(true);
    }
    for (const id of ['epileptic-seizure', 'vasovagal-syncope', 'alcohol-withdrawal', 'hypoglycaemia', 'vestibular-neuritis', 'brain-tumour', 'migraine']) {
      expect(kb.conditions.has(id)).toBe(true);
    }
  });

  test('seizure, emergency: a recorded seizure puts epileptic seizure first (EPIC2) and keeps the acute symptomatic causes listed', () => {
    const r = run('seizure', 'emergency', 64, 'male', ['+new-onset-seizure']);
    expect(rankOf(r, 'epileptic-seizure')).toBe(1);
    expect(rankOf(r, 'alcohol-withdrawal')).toBeGreaterThan(0);
    expect(rankOf(r, 'alcohol-withdrawal')).toBeLessThanOrEqual(10);
    expect(rankOf(r, 'hypoglycaemia')).toBeGreaterThan(0);
    expect(rankOf(r, 'hypoglycaemia')).toBeLessThanOrEqual(10);
  });

  test('seizure, emergency: a lactate of 2.45 mmol/L or more raises epileptic seizure against syncope (Matz 2016)', () => {
    const plain = run('seizure', 'emergency', 27, 'male', ['+new-onset-seizure']);
    const lactate = run('seizure', 'emergency', 27, 'male', ['+new-onset-seizure', '+lactate-2-45-or-more']);
    expect(p(lactate, 'epileptic-seizure')).toBeGreaterThan(p(plain, 'epileptic-seizure'));
    expect(p(lactate, 'epileptic-seizure') / p(lactate, 'vasovagal-syncope')).toBeGreaterThan(p(plain, 'epileptic-seizure') / p(plain, 'vasovagal-syncope'));
  });

  test('dizziness, primary care: acute hearing loss with vertigo lowers vestibular neuritis (Strupp 2022, criterion D)', () => {
    const noHearingLoss = run('dizziness', 'primary-care', 61, 'female', ['+vertigo', '+nausea-or-vomiting', '-hearing-loss']);
    const hearingLoss = run('dizziness', 'primary-care', 61, 'female', ['+vertigo', '+nausea-or-vomiting', '+hearing-loss']);
    expect(p(hearingLoss, 'vestibular-neuritis')).toBeLessThan(p(noHearingLoss, 'vestibular-neuritis'));
  });

  test('headache, primary care: a brain tumour is likelier above 50 than at 35 (Kernick 2008, 0.28% against 0.15%), and stays uncommon', () => {
    const young = run('headache', 'primary-care', 35, 'male', []);
    const older = run('headache', 'primary-care', 57, 'male', []);
    expect(p(older, 'brain-tumour')).toBeGreaterThan(p(young, 'brain-tumour'));
    expect(p(older, 'brain-tumour')).toBeLessThan(p(older, 'migraine'));
  });
});

/**
 * Joint pain (session 32, curator "joint"): textbook presentations of its usual and serious causes, entered as a
 * clinician would, on the real knowledge base, both settings.
 *
 * What was wrong: fibromyalgia had only the 0.5% policy prior in joint pain (its Vienna clinic figure had been set aside)
 * and one ratio (widespread pain, LR+ 1.41), so a woman of 45 in primary care with chronic widespread pain and fatigue
 * ranked it 9th, behind reactive and psoriatic arthritis, lupus and parvovirus.
 *
 * Added (problems/joint-pain.json, primary care only): fibromyalgia's prior 4.9%, Gärtner et al. 2012 Ann Rheum Dis
 * (PMID 21989539), Table 1, 'Diagnoses suspected at first assessment in the IAC': FMS/CSS 51 of 1036 — the same
 * referral cohort that gives this problem's osteoarthritis (20.1%) and rheumatoid arthritis (11.1%) priors; labelled
 * broader-category (the column joins fibromyalgia and central sensitivity syndromes, none of the others on this list).
 * The emergency department keeps the policy prior (`unquantified` with `settings: ['emergency']`): the referral clinic
 * does not represent emergency presentations. After: 3rd (behind osteoarthritis's and rheumatoid arthritis's priors).
 *
 * Checked and already right: polymyalgia rheumatica is first for a woman of 72 with bilateral shoulder aching, hip
 * girdle pain, morning stiffness over 45 minutes, raised CRP/ESR and no peripheral joint involvement (Macchioni 2014
 * ratios, joint pain); gout, septic arthritis, rheumatoid arthritis, psoriatic arthritis, lupus and knee osteoarthritis
 * are first with their defining features; pseudogout is first once CPP crystals are seen in the aspirate.
 *
 * Gaps (reported, not tested):
 * - Polymyalgia rheumatica entered with "morning stiffness of an hour or more" and "ESR over 40" ranks 3rd behind
 *   osteoarthritis and rheumatoid arthritis unless "no peripheral joint involvement" is entered: neither finding counts
 *   for it in joint pain. Its ratio is for stiffness over 45 minutes (Macchioni 2014) and for a CRP or ESR above the
 *   reference range; nothing links the 60-minute finding to the 45- and 30-minute ones (an exact implication, to be
 *   added as `derivedFrom` presentOnly on the broader findings, outside this curator's files), and no frequency of
 *   stiffness of an hour or of an ESR over 40 among joint-pain patients without PMR was read (Bird 1979's per-criterion
 *   table not readable; Proven 1999 and Gonzalez-Gay 1997 give the share of PMR with an ESR under 40 mm/h, 17 of 232 and
 *   41 of 201, but no cohort gives its share among the other causes of joint pain).
 * - Pseudogout (CPPD) keeps the 0.5% policy prior although the coverage source (Ellis 2019) names "crystal deposition
 *   diseases, including gout and pseudogout" among the most common causes; it is not in `coverage.causes` (not a prior,
 *   so not changed here). With chondrocalcinosis on the radiograph it ranks 5th behind osteoarthritis. No cited share of
 *   CPPD patients above an age cut was readable (Abhishek 2023 derivation table, Dieppe 1982).
 * - No ratio lowers osteoarthritis or rheumatoid arthritis for an acute hot monoarthritis (erythema, effusion, fever).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const pmr = [
  '+bilateral-shoulder-aching',
  '+hip-pain-or-limited-hip-motion',
  '+morning-stiffness-over-45-minutes',
  '+crp-or-esr-above-reference-range',
  '+no-peripheral-joint-involvement',
];

describe('joint pain (session 32, joint)', () => {
  test.each(settings)('a woman of 72 with shoulder and hip girdle aching, long morning stiffness, raised markers and no peripheral joints: PMR first (%s)', (setting) => {
    const r = run('joint-pain', setting, 72, 'female', pmr);
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBe(1);
    expect(p(r, 'polymyalgia-rheumatica')).toBeGreaterThan(p(r, 'osteoarthritis'));
    expect(p(r, 'polymyalgia-rheumatica')).toBeGreaterThan(p(r, 'rheumatoid-arthritis'));
  });

  test('the girdle findings raise PMR, and no peripheral joint involvement raises it further', () => {
    const bare = run('joint-pain', 'primary-care', 72, 'female', []);
    const girdle = run('joint-pain', 'primary-care', 72, 'female', ['+bilateral-shoulder-aching', '+hip-pain-or-limited-hip-motion']);
    const full = run('joint-pain', 'primary-care', 72, 'female', ['+bilateral-shoulder-aching', '+hip-pain-or-limited-hip-motion', '+no-peripheral-joint-involvement']);
    expect(p(girdle, 'polymyalgia-rheumatica')).toBeGreaterThan(p(bare, 'polymyalgia-rheumatica'));
    expect(p(full, 'polymyalgia-rheumatica')).toBeGreaterThan(p(girdle, 'polymyalgia-rheumatica'));
  });

  test('fibromyalgia: a cited prior in primary care (broader category), the policy prior in the emergency department', () => {
    const pc = priorStepOf(run('joint-pain', 'primary-care', 45, 'female', []), 'fibromyalgia');
    expect(pc?.policy).toBeFalsy();
    expect(pc?.source?.citation).toBe('gartner-2012-annrheumdis-immediate-access-rheumatology-clinic');
    expect(pc?.populationMatch).toBe('broader-category');
    const ed = priorStepOf(run('joint-pain', 'emergency', 45, 'female', []), 'fibromyalgia');
    expect(ed?.policy).toBe(true);
    expect(ed!.probability).toBeLessThan(pc!.probability);
  });

  test('a woman of 45 in primary care with chronic widespread pain and fatigue: fibromyalgia in the top three', () => {
    const r = run('joint-pain', 'primary-care', 45, 'female', ['+widespread-pain', '+fatigue']);
    expect(rankOf(r, 'fibromyalgia')).toBeGreaterThan(0);
    expect(rankOf(r, 'fibromyalgia')).toBeLessThanOrEqual(3);
    for (const other of ['reactive-arthritis', 'psoriatic-arthritis', 'systemic-lupus-erythematosus', 'parvovirus-b19-arthritis', 'gout']) {
      expect(p(r, 'fibromyalgia')).toBeGreaterThan(p(r, other));
    }
  });

  test('widespread pain raises fibromyalgia; its absence lowers it', () => {
    const bare = run('joint-pain', 'primary-care', 45, 'female', []);
    expect(p(run('joint-pain', 'primary-care', 45, 'female', ['+widespread-pain']), 'fibromyalgia')).toBeGreaterThan(p(bare, 'fibromyalgia'));
    expect(p(run('joint-pain', 'primary-care', 45, 'female', ['-widespread-pain']), 'fibromyalgia')).toBeLessThan(p(bare, 'fibromyalgia'));
  });

  test.each([
    ['primary-care', 40, 'female'],
    ['primary-care', 70, 'male'],
  ] as const)('guard: on a bare complaint fibromyalgia is not first and stays below the cited usual causes (%s, %i, %s)', (setting, age, sex) => {
    const r = run('joint-pain', setting, age, sex, []);
    expect(rankOf(r, 'fibromyalgia')).toBeGreaterThan(1);
    expect(p(r, 'fibromyalgia')).toBeLessThan(p(r, 'rheumatoid-arthritis'));
  });

  test('a woman of 78 in the emergency department with a hot swollen knee and CPP crystals in the aspirate: CPPD first', () => {
    const r = run('joint-pain', 'emergency', 78, 'female', ['+monoarthritis', '+knee-effusion', '+joint-erythema', '+synovial-fluid-cpp-crystals']);
    expect(rankOf(r, 'calcium-pyrophosphate-deposition-disease')).toBe(1);
  });

  test('chondrocalcinosis on the radiograph raises CPPD', () => {
    const hot = ['+monoarthritis', '+knee-effusion', '+joint-erythema'];
    const bare = run('joint-pain', 'emergency', 78, 'female', hot);
    const xr = run('joint-pain', 'emergency', 78, 'female', [...hot, '+xray-chondrocalcinosis']);
    expect(p(xr, 'calcium-pyrophosphate-deposition-disease')).toBeGreaterThan(p(bare, 'calcium-pyrophosphate-deposition-disease'));
  });

  test.each(settings)('guard: a man of 55 with a red first MTP joint and a raised urate: gout first (%s)', (setting) => {
    const r = run('joint-pain', setting, 55, 'male', ['+first-mtp-joint-arthritis', '+monoarthritis', '+joint-erythema', '+serum-urate-over-6-mg-dl']);
    expect(rankOf(r, 'gout')).toBe(1);
  });

  test('guard: a diabetic man of 65 in the emergency department with a febrile monoarthritis and synovial WBC over 50,000: septic arthritis first', () => {
    const r = run('joint-pain', 'emergency', 65, 'male', ['+monoarthritis', '+knee-effusion', '+fever', '+synovial-wbc-over-50000', '+history-of-diabetes-mellitus']);
    expect(rankOf(r, 'septic-arthritis')).toBe(1);
  });

  test.each(settings)('guard: a woman of 45 with polyarthritis, morning stiffness, RF and anti-CCP: rheumatoid arthritis first (%s)', (setting) => {
    const r = run('joint-pain', setting, 45, 'female', ['+arthritis-in-more-than-one-joint', '+morning-stiffness-30-minutes-or-more', '+rheumatoid-factor-positive', '+anti-ccp-positive']);
    expect(rankOf(r, 'rheumatoid-arthritis')).toBe(1);
  });

  test('guard: a man of 40 with psoriasis, nail changes and dactylitis: psoriatic arthritis first', () => {
    const r = run('joint-pain', 'primary-care', 40, 'male', ['+history-of-psoriasis', '+psoriatic-nail-changes', '+dactylitis']);
    expect(rankOf(r, 'psoriatic-arthritis')).toBe(1);
  });

  test('guard: a woman of 28 with polyarthritis, malar rash, oral ulcers and a positive ANA: lupus first', () => {
    const r = run('joint-pain', 'primary-care', 28, 'female', ['+malar-rash', '+photosensitive-rash', '+oral-ulcers', '+antinuclear-antibody-positive', '+arthritis-in-more-than-one-joint']);
    expect(rankOf(r, 'systemic-lupus-erythematosus')).toBe(1);
  });

  test('guard: a woman of 68 meeting the ACR clinical criteria for knee osteoarthritis: osteoarthritis first', () => {
    const r = run('joint-pain', 'primary-care', 68, 'female', ['+acr-clinical-knee-oa-criteria-met']);
    expect(rankOf(r, 'osteoarthritis')).toBe(1);
  });
});

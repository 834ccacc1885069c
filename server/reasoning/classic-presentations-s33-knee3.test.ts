/**
 * Knee pain in adults, both settings (session 33 round 2, curator "knee3"): textbook presentations entered as a
 * clinician would (problem, setting, age, sex, findings; no vignette), on the real knowledge base. The pictures: prepatellar
 * bursitis in a kneeling worker (fluctuant swelling over the patella, no injury, no joint effusion); patellar tendinopathy
 * in a jumping athlete (inferior-pole pain, painful decline squat); acute CPP crystal arthritis in an older woman (hot
 * swollen knee, chondrocalcinosis or CPP deposits on ultrasound); a popliteal (Baker's) cyst, in knee pain and, ruptured,
 * against a deep vein thrombosis in a swollen leg.
 *
 * What was checked (rank before = rank now; no knowledge was changed in this round, see below):
 * - Kneeling worker of 45 with a swelling over the patella and no injury: bursitis second in both settings (behind
 *   osteoarthritis), above patellofemoral pain, gout, tendinopathy and every injury. Osteoarthritis keeps Peat 2006's 33%
 *   (adults of 50 or over; applied at 45 within the five-year age tolerance) and nothing cited lowers it for a swelling in
 *   front of the patella with full movement ("full range of movement" has no finding).
 * - Jumping athlete of 22: patellar tendinopathy first in both settings (Ferretti 1986, Mendonca 2016); the jumping sport
 *   is what carries it (without the sport it falls to fourth, behind the injury proxies).
 * - Woman of 78 with a hot swollen knee: CPPD second behind osteoarthritis in both settings with chondrocalcinosis
 *   (Cipolletta 2021) or ultrasound deposits, above gout and septic arthritis; septic arthritis stays on the emergency
 *   can't-miss list. First only with CPP crystals in the aspirate (guarded in s31-knee).
 * - Baker's cyst: in knee pain a popliteal swelling with an ultrasound showing the cyst puts it first; in a swollen leg
 *   (unilateral-leg-swelling) DVT leads, is on the can't-miss list and compression ultrasonography is the first test, and
 *   after an ultrasound showing the cyst and no DVT the cyst is first.
 *
 * Searched this round, nothing entered (no figure with an identifier, or the figure does not fit):
 * - CPPD age. Dieppe 1982 (Ann Rheum Dis 41:371; 18 of 105 under 60) again read without a PMID, DOI or PMCID. Eliseev
 *   2019 (Nauchno-Prakticheskaya Revmatologiya 57:651, doi 10.14412/1995-4484-2019-651-656; 113 crystal-verified CPPD
 *   patients) is self-contradictory in its own abstract, Russian and English alike: Methods "older than 55 (n=38) and
 *   younger than 55 (n=75)", Results "38 (33.6%) ... aged less than 55"; not entered. The 2023 ACR/EULAR criteria
 *   (Abhishek 2023) give weights (age at onset over 60: 4 points), not frequencies; their case table was not reachable.
 * - Osteoarthritis in the emergency department borrows the primary-care 33% (a community survey of adults of 50 or over).
 *   Marking it `unquantified` for the emergency setting (CURATION session 25) was tried in a scratch copy: an atraumatic
 *   knee pain at 70 in the emergency department then ranks patellofemoral pain first (12%, Wood 2011's share of all adult
 *   GP knee consulters, also borrowed, and with no age ratio), osteoarthritis third at 5%. Not made: it trades one borrowed
 *   figure for a worse one until an emergency knee-pain cohort or a cited age split for patellofemoral pain exists.
 * - Bursitis: Baumbach 2014 (Arch Orthop Trauma Surg 134:359, doi 10.1007/s00402-013-1882-7) gives 80% men for olecranon
 *   and prepatellar bursitis together; this condition also holds pes anserine bursitis (not covered), so no sex ratio.
 *   StatPearls (NBK557508) and the range-of-movement statements were readable only as openings.
 * - Patellar tendon palpation: Cook 2001 (BJSM 35:65, PMID 11157466) abstract calls palpation in symptomatic tendons
 *   "moderately sensitive but not specific" (PPV 68%, reference standard ultrasound abnormality in junior players); the
 *   symptomatic table was not reached (only Table 5, asymptomatic tendons). It suggests the grade C LR 2.6 for
 *   inferior-pole tenderness (Ferretti's 65% over the 25% policy) may be generous; left for a reader of the table.
 *
 * Gaps (not asserted here): osteoarthritis first at 45 with a prepatellar swelling and at 78 with an acute hot knee; in
 * primary care the bursitis picture's first next test is "MRI knee" (the knee MRI findings add up), before the bursal
 * ultrasound; patellofemoral pain keeps 12% at 70-78 in both settings (no age ratio; Wood 2011's age-stratified table
 * unread). Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const kneeler = ['+prepatellar-bursal-swelling', '+anterior-knee-skin-break-trauma-or-kneeling-work', '-acute-knee-injury', '-knee-effusion'];
const jumper = ['+jumping-or-knee-extensor-loading-sport', '+inferior-patellar-pole-tenderness', '+single-leg-decline-squat-pain'];
const hotKnee = ['+knee-effusion', '+joint-erythema', '+monoarthritis'];
const bakerLeg = ['+popliteal-fossa-swelling-on-examination', '+arthritis', '+calf-diameter-difference'];

describe('knee pain in adults (session 33 round 2, knee3)', () => {
  test.each(settings)('a kneeling worker of 45 with a swelling over the patella, no injury and no effusion: bursitis in the top two, above patellofemoral pain, tendinopathy and injuries (%s)', (setting) => {
    // StatPearls (prepatellar bursitis, C 2.18) and Raddatz 1987 (skin break, trauma or kneeling work, C 3.68).
    const r = run('knee-pain', setting, 45, 'male', kneeler);
    expect(rankOf(r, 'knee-bursitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'knee-bursitis')).toBeLessThanOrEqual(2);
    for (const other of ['patellofemoral-pain', 'patellar-tendinopathy', 'meniscal-tear', 'knee-ligament-injury', 'knee-fracture', 'gout']) {
      expect(p(r, 'knee-bursitis')).toBeGreaterThan(p(r, other));
    }
    const bare = run('knee-pain', setting, 45, 'male', ['-acute-knee-injury']);
    expect(p(r, 'knee-bursitis')).toBeGreaterThan(p(bare, 'knee-bursitis'));
  });

  test.each(settings)('a volleyball player of 22 with inferior-pole pain and a painful decline squat: patellar tendinopathy first; without a jumping sport it is lower (%s)', (setting) => {
    // Ferretti 1986 (jumping sport C 3.58; inferior pole 65%, C 2.6); Mendonca 2016 (single-leg decline squat LR+ 4.2).
    const r = run('knee-pain', setting, 22, 'male', jumper);
    expect(rankOf(r, 'patellar-tendinopathy')).toBe(1);
    const noSport = run('knee-pain', setting, 22, 'male', ['-jumping-or-knee-extensor-loading-sport', ...jumper.slice(1)]);
    expect(p(noSport, 'patellar-tendinopathy')).toBeLessThan(p(r, 'patellar-tendinopathy'));
  });

  test.each(settings)('a woman of 78 with a hot swollen knee: chondrocalcinosis or CPP deposits on ultrasound raise CPPD into the top two, above gout and septic arthritis (%s)', (setting) => {
    // Cipolletta 2021 meta-analysis: radiographic chondrocalcinosis sensitivity 0.47, specificity 0.95; ultrasound
    // deposits 0.85, 0.87.
    const bare = run('knee-pain', setting, 78, 'female', hotKnee);
    for (const imaging of ['+xray-chondrocalcinosis', '+ultrasound-cppd-deposits']) {
      const r = run('knee-pain', setting, 78, 'female', [...hotKnee, imaging]);
      expect(p(r, 'calcium-pyrophosphate-deposition-disease')).toBeGreaterThan(p(bare, 'calcium-pyrophosphate-deposition-disease'));
      expect(rankOf(r, 'calcium-pyrophosphate-deposition-disease')).toBeGreaterThan(0);
      expect(rankOf(r, 'calcium-pyrophosphate-deposition-disease')).toBeLessThanOrEqual(2);
      expect(p(r, 'calcium-pyrophosphate-deposition-disease')).toBeGreaterThan(p(r, 'gout'));
      expect(p(r, 'calcium-pyrophosphate-deposition-disease')).toBeGreaterThan(p(r, 'septic-arthritis'));
      if (setting === 'emergency') {
        expect(r.cantMiss.map((d) => d.conditionId)).toContain('septic-arthritis');
      }
    }
  });

  test('a woman of 65 with knee pain and a swelling in the popliteal fossa: an ultrasound showing a popliteal cyst puts it first', () => {
    // Handy 2001 (examination finds about half of cysts, C 2.0); ultrasound for popliteal cyst (grade A, specificity 1.0).
    const bare = run('knee-pain', 'primary-care', 65, 'female', []);
    const swelling = run('knee-pain', 'primary-care', 65, 'female', ['+popliteal-fossa-swelling-on-examination']);
    const scanned = run('knee-pain', 'primary-care', 65, 'female', ['+popliteal-fossa-swelling-on-examination', '+ultrasound-popliteal-cyst']);
    expect(p(swelling, 'popliteal-cyst')).toBeGreaterThan(p(bare, 'popliteal-cyst'));
    expect(rankOf(scanned, 'popliteal-cyst')).toBe(1);
  });

  test.each(settings)('a swollen calf with a popliteal swelling in a woman of 65 with arthritis: DVT leads and is on the can\u2019t-miss list, compression ultrasound first; a scan showing the cyst and no DVT puts the cyst first (%s)', (setting) => {
    // Taute 2010: symptomatic or ruptured Baker's cysts among the alternative diagnoses of suspected DVT; the
    // compression ultrasound decides between them.
    const r = run('unilateral-leg-swelling', setting, 65, 'female', bakerLeg);
    expect(p(r, 'deep-vein-thrombosis')).toBeGreaterThan(p(r, 'popliteal-cyst'));
    expect(rankOf(r, 'popliteal-cyst')).toBeGreaterThan(0);
    expect(rankOf(r, 'popliteal-cyst')).toBeLessThanOrEqual(5);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('deep-vein-thrombosis');
    expect(r.nextBestTests[0]?.testName).toBe('Compression ultrasonography of the leg veins');
    const scanned = run('unilateral-leg-swelling', setting, 65, 'female', [...bakerLeg, '+ultrasound-popliteal-cyst', '-compression-ultrasound-dvt-positive']);
    expect(rankOf(scanned, 'popliteal-cyst')).toBe(1);
    expect(p(scanned, 'deep-vein-thrombosis')).toBeLessThan(p(r, 'deep-vein-thrombosis'));
  });
});

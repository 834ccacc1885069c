/**
 * Textbook presentations of knee, joint, shoulder and neck pain entered as a clinician would (findings only, no
 * vignette), on the real knowledge base (session 29, round 2, joint curator r2joint). Gaps found by probing first:
 * a jumping athlete's patellar tendinopathy ranked 4th and a 70-year-old's hot knee with chondrocalcinosis (CPPD) 4th
 * in primary care and 7th in the emergency department, both on the 0.5% policy prior of a rare cause although the
 * knee-pain review behind the problem's list of causes names them (Calmbach 2003: patellar tendonitis in young men,
 * crystal-induced arthropathy in adults); polymyalgia rheumatica tied with osteoarthritis in joint pain (the 2012
 * criterion 'absence of other joint involvement' had no finding); cervical radiculopathy in shoulder pain ranked 6th
 * (root signs had no ratio for it). Expectations are about order, not percentages, since the recalibration is refitted
 * whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of knee pain (session 29, r2joint)', () => {
  test('a 22-year-old volleyball player with pain and tenderness at the inferior pole of the patella and no injury: patellar tendinopathy leads', () => {
    // Calmbach & Hutchens 2003 (Am Fam Physician, PMID 13678140), abstract: young men are more likely to have extensor
    // mechanism problems such as patellar tendonitis (a usual cause of the knee-pain list: usual-cause policy prior 3%,
    // not 0.5%). Ferretti 1986: 65% of jumper's knee at the inferior pole (LR 2.6 over the policy background); jumping
    // sport 0.895 (LR 3.58); male 76% (Breda 2021, LR 1.53). Ligament and meniscal injury keep priors measured in young
    // adults after knee trauma (22% and 15%), which this patient does not have.
    const r = run('knee-pain', 'primary-care', 22, 'male', ['+inferior-patellar-pole-tenderness', '+jumping-or-knee-extensor-loading-sport']);
    expect(rankOf(r, 'patellar-tendinopathy')).toBe(1);
    expect(p(r, 'patellar-tendinopathy')).toBeGreaterThan(p(r, 'patellofemoral-pain'));
  });

  test('a 70-year-old woman with an acute hot swollen knee and chondrocalcinosis on the radiograph: CPPD in the top two, above gout and septic arthritis, in both settings', () => {
    // Cipolletta 2021 (meta-analysis against synovial fluid or histology): radiographic chondrocalcinosis sensitivity 0.47,
    // specificity 0.95 (LR+ 9.4). Calmbach 2003: crystal-induced arthropathy (gout and pseudogout) is a usual cause in
    // adults (usual-cause prior 3%); Zhang 2011 (EULAR CPPD, Table 1, proposition 3): crystal inflammation of the knee over
    // 65 is likely acute CPP crystal arthritis. Osteoarthritis keeps its 33% population prior (no ratio lowers it for a
    // hot knee), so CPPD is second, not first.
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('knee-pain', setting, 70, 'female', ['+knee-effusion', '+joint-erythema', '+xray-chondrocalcinosis']);
      expect(rankOf(r, 'calcium-pyrophosphate-deposition-disease')).toBeGreaterThan(0);
      expect(rankOf(r, 'calcium-pyrophosphate-deposition-disease')).toBeLessThanOrEqual(2);
      expect(p(r, 'calcium-pyrophosphate-deposition-disease')).toBeGreaterThan(p(r, 'gout'));
      expect(p(r, 'calcium-pyrophosphate-deposition-disease')).toBeGreaterThan(p(r, 'septic-arthritis'));
    }
  });

  test('the radiograph decides between the crystal arthritides: without chondrocalcinosis gout stays above CPPD for the same hot knee', () => {
    // Zhang 2006 (EULAR gout): erythema over the joint LR 2.44 for gout; CPPD has no ratio for erythema, so without the
    // radiograph's LR 9.4 the order is gout first.
    const without = run('knee-pain', 'primary-care', 70, 'female', ['+knee-effusion', '+joint-erythema']);
    expect(p(without, 'gout')).toBeGreaterThan(p(without, 'calcium-pyrophosphate-deposition-disease'));
  });

  test('a 45-year-old carpet fitter with a fluctuant swelling over the patella: prepatellar bursitis in the top three, above meniscal tear, patellofemoral pain and gout, and kneeling work raises it', () => {
    // Wood 2011 (CiPCA): bursitis 2.5% of adult knee consulters; StatPearls NBK557508: prepatellar swelling (frequent,
    // LR 2.18); Raddatz 1987: skin breakage, trauma or kneeling work in 92% of prepatellar episodes (LR 3.68). Still below
    // osteoarthritis (33%, a population proxy prior) and ligament injury (22%, a knee-trauma proxy prior): no cited ratio
    // lowers either for an atraumatic swelling over the patella.
    const r = run('knee-pain', 'primary-care', 45, 'male', ['+prepatellar-bursal-swelling', '+anterior-knee-skin-break-trauma-or-kneeling-work']);
    const swellingOnly = run('knee-pain', 'primary-care', 45, 'male', ['+prepatellar-bursal-swelling']);
    expect(rankOf(r, 'knee-bursitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'knee-bursitis')).toBeLessThanOrEqual(3);
    for (const other of ['meniscal-tear', 'patellofemoral-pain', 'gout']) {
      expect(p(r, 'knee-bursitis')).toBeGreaterThan(p(r, other));
    }
    expect(p(r, 'knee-bursitis')).toBeGreaterThan(p(swellingOnly, 'knee-bursitis'));
  });
});

describe('classic presentations of joint, shoulder and neck pain (session 29, r2joint)', () => {
  const pmr = ['+bilateral-shoulder-aching', '+hip-pain-or-limited-hip-motion', '+morning-stiffness-over-45-minutes', '+crp-or-esr-above-reference-range'];

  test('a 72-year-old woman with bilateral shoulder and hip girdle aching, morning stiffness over 45 minutes, a raised ESR/CRP and no other joint involved: polymyalgia rheumatica leads joint pain', () => {
    // Macchioni 2014 (Ann Rheum Dis, PMID 24297384) Table 2, PMR vs 149 early-arthritis controls aged 50 or over: bilateral
    // shoulder aching 96.3 vs 32.9%, hip pain 74.3 vs 16.8%, morning stiffness > 45 min 91.2 vs 46.3%, raised ESR/CRP
    // 98.8 vs 67.8%, absence of other joint involvement 61.8 vs 7.4% (LR+ 8.35, new in this round).
    const r = run('joint-pain', 'primary-care', 72, 'female', [...pmr, '+no-peripheral-joint-involvement']);
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBe(1);
    expect(p(r, 'polymyalgia-rheumatica')).toBeGreaterThan(p(r, 'osteoarthritis'));
    expect(p(r, 'polymyalgia-rheumatica')).toBeGreaterThan(p(r, 'rheumatoid-arthritis'));
  });

  test('peripheral joints involved as well: polymyalgia rheumatica falls below osteoarthritis', () => {
    // Macchioni 2014 Table 2: other joints involved in 38.2% of PMR against 92.6% of controls (LR 0.41).
    const r = run('joint-pain', 'primary-care', 72, 'female', [...pmr, '-no-peripheral-joint-involvement']);
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBeGreaterThan(1);
    expect(p(r, 'osteoarthritis')).toBeGreaterThan(p(r, 'polymyalgia-rheumatica'));
  });

  test('the same girdle presentation recorded as shoulder pain: polymyalgia rheumatica in the top two, above adhesive capsulitis', () => {
    // Macchioni 2014 Table 2 ratios (applied to shoulder pain); adhesive capsulitis keeps its 11% referral prior.
    const r = run('shoulder-pain', 'primary-care', 72, 'female', pmr);
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBeGreaterThan(0);
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBeLessThanOrEqual(2);
    expect(p(r, 'polymyalgia-rheumatica')).toBeGreaterThan(p(r, 'adhesive-capsulitis'));
  });

  test('a 50-year-old man with shoulder pain, neck pain, arm paraesthesia, a dermatomal sensory deficit, a positive Spurling test and a normal shoulder examination: cervical radiculopathy leads', () => {
    // Thoomes 2018 (Spine J, PMID 28838857): Spurling sensitivity 0.38, specificity 0.89; Kuijper 2009: sensory
    // disturbances in 91% (paraesthesia LR 3.65); Henderson 1983 (846 operated cases, quoted in a review): sensory deficits
    // 85.2% (root signs LR 3.41 over the policy background, new in this round, shoulder pain only). A normal shoulder
    // examination: Hawkins-Kennedy negative (Hegedus 2012: sensitivity 0.79, LR- 0.36 for rotator cuff disease) and no
    // acromioclavicular tenderness (Cadogan 2013: sensitivity 0.96, LR- 0.4).
    const r = run('shoulder-pain', 'primary-care', 50, 'male', [
      '+neck-pain',
      '+paraesthesia',
      '+cervical-nerve-root-signs',
      '+spurling-test-positive',
      '-hawkins-kennedy-test-positive',
      '-acromioclavicular-joint-tenderness',
    ]);
    expect(rankOf(r, 'cervical-radiculopathy')).toBe(1);
  });

  test('without the shoulder examination recorded, cervical radiculopathy is still in the top three, above instability, adhesive capsulitis and osteoarthritis; the root signs raise it', () => {
    // Same ratios; rotator cuff disorder (29%, van der Windt 1995) and acromioclavicular disorder (14.4%, Cadogan 2013,
    // raised for a man) keep their priors until the shoulder is examined.
    const findings = ['+neck-pain', '+paraesthesia', '+spurling-test-positive'];
    const r = run('shoulder-pain', 'primary-care', 50, 'male', [...findings, '+cervical-nerve-root-signs']);
    const noSigns = run('shoulder-pain', 'primary-care', 50, 'male', findings);
    expect(rankOf(r, 'cervical-radiculopathy')).toBeGreaterThan(0);
    expect(rankOf(r, 'cervical-radiculopathy')).toBeLessThanOrEqual(3);
    for (const other of ['glenohumeral-instability', 'adhesive-capsulitis', 'osteoarthritis']) {
      expect(p(r, 'cervical-radiculopathy')).toBeGreaterThan(p(r, other));
    }
    expect(p(r, 'cervical-radiculopathy')).toBeGreaterThan(p(noSigns, 'cervical-radiculopathy'));
  });

  test('neck pain with arm paraesthesia, a positive Spurling test and root signs: cervical radiculopathy leads, non-specific neck pain is set aside', () => {
    // Guzman 2008 (Neck Pain Task Force): neurological signs of nerve compression are grade III, not the grades I-II of
    // non-specific neck pain (exclusiveWith); Thoomes 2018 Spurling; Kuijper 2009 paraesthesia.
    const r = run('neck-pain', 'primary-care', 50, 'male', ['+paraesthesia', '+spurling-test-positive', '+cervical-nerve-root-signs']);
    expect(rankOf(r, 'cervical-radiculopathy')).toBe(1);
    expect(p(r, 'cervical-radiculopathy')).toBeGreaterThan(p(r, 'whiplash-associated-disorder'));
  });
});

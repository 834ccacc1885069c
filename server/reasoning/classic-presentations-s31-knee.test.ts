/**
 * Textbook presentations of knee pain entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 31, knee curator "knee"). No knowledge was changed in this round: these tests guard the order the
 * current evidence gives, in both settings, and the gaps below say why the first presentation is not yet fully right.
 *
 * Gaps, not fixed (no figure with an identifier could be read, or the fix lies outside this curator's files):
 * - Acute hot knee at 78 with chondrocalcinosis: CPPD is second, behind osteoarthritis. Osteoarthritis keeps Peat 2006's
 *   33% (symptomatic radiographic osteoarthritis among community adults of 50 or over with knee pain in the past year; a
 *   proxy in primary care, borrowed as "other setting" in the emergency department), and no cited ratio lowers it for an
 *   acutely inflamed joint. CPPD starts at the usual-cause policy prior (3%) and has no age ratio: Dieppe 1982 (Ann
 *   Rheum Dis 41(4):371, 105 consecutive patients with CPP deposition seen by a rheumatologist, only 18 below 60 at
 *   presentation) was read again on ard.bmj.com and a PDF mirror, still without a PMID or DOI displayed; the
 *   case-and-mimicker table of the 2023 ACR/EULAR CPPD criteria (Abhishek 2023, PMC10543651; age at onset over 60 is a
 *   weighted item) was not reachable past the article's opening; the expert rating table (PMC8578594 Table 1) gives
 *   modal ratings, not frequencies. With CPP crystals in the aspirate (Filippou 2016, specificity 100%) CPPD leads.
 * - In the emergency department the same patient has knee fracture third: the fracture prior (Cheung 2013, 7 of 90 acute
 *   knee injuries, proxy) and its knee-effusion ratio (jemergmed-1997-knee-radiography-two-rules: effusion in 53.8% of
 *   fractures against 28.9% of the other 351 acute knee injuries, evidence/depth-p-msk.json) were measured only after an injury but carry no `requiresPresent`, so an atraumatic hot
 *   knee is weighed as an injury. That file belongs to another curator; the change is proposed in the session report.
 * - Septic arthritis is on the emergency can't-miss list but not in primary care, where it takes the 0.5% policy prior
 *   (the emergency 7% is from knees already suspected of infection, Carpenter 2020, an upper bound) and no finding of
 *   this presentation (effusion, erythema, monoarthritis) has a cited ratio for it.
 * - Prepatellar bursitis at 45 stays below osteoarthritis (Peat 2006, applied from 50 with five years' tolerance) and, in
 *   primary care, ligament injury (22%, young adults after knee trauma, proxy): no cited ratio lowers either for an
 *   atraumatic swelling over the patella with full movement, and "full range of motion" has no finding.
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

describe('classic presentations of knee pain (session 31, knee)', () => {
  test('a woman of 78 with an acute hot swollen knee and chondrocalcinosis: CPPD in the top two, above gout and septic arthritis', () => {
    // Cipolletta 2021 (meta-analysis against synovial fluid or histology): radiographic chondrocalcinosis sensitivity
    // 0.47, specificity 0.95 (LR+ 9.4). Zhang 2011 (EULAR CPPD, Table 1, proposition 3): crystal inflammation of the knee
    // over 65 is likely acute CPP crystal arthritis.
    for (const setting of settings) {
      const r = run('knee-pain', setting, 78, 'female', ['+knee-effusion', '+joint-erythema', '+monoarthritis', '+xray-chondrocalcinosis']);
      expect(rankOf(r, 'calcium-pyrophosphate-deposition-disease')).toBeGreaterThan(0);
      expect(rankOf(r, 'calcium-pyrophosphate-deposition-disease')).toBeLessThanOrEqual(2);
      expect(p(r, 'calcium-pyrophosphate-deposition-disease')).toBeGreaterThan(p(r, 'gout'));
      expect(p(r, 'calcium-pyrophosphate-deposition-disease')).toBeGreaterThan(p(r, 'septic-arthritis'));
    }
  });

  test('the same knee with CPP crystals in the aspirate: CPPD first in both settings, septic arthritis still on the emergency can\u2019t-miss list', () => {
    // Filippou 2016: synovial fluid CPP crystals sensitivity 77%, specificity 100% (LR- 0.23).
    for (const setting of settings) {
      const r = run('knee-pain', setting, 78, 'female', ['+knee-effusion', '+joint-erythema', '+monoarthritis', '+synovial-fluid-cpp-crystals']);
      expect(rankOf(r, 'calcium-pyrophosphate-deposition-disease')).toBe(1);
      if (setting === 'emergency') {
        expect(r.cantMiss.map((d) => d.conditionId)).toContain('septic-arthritis');
      }
    }
  });

  test('a carpet layer of 45 with a swelling over the front of the patella: bursitis in the top three in both settings, above meniscal tear and patellofemoral pain', () => {
    // Wood 2011 (CiPCA): bursitis 2.5% of adult knee consulters; StatPearls (prepatellar bursitis): the most commonly
    // affected bursa of the knee (C, LR 2.18); Raddatz 1987: skin breakage, trauma or kneeling work in 92% of septic
    // prepatellar episodes (C, LR 3.68).
    for (const setting of settings) {
      const r = run('knee-pain', setting, 45, 'male', ['+prepatellar-bursal-swelling', '+anterior-knee-skin-break-trauma-or-kneeling-work']);
      expect(rankOf(r, 'knee-bursitis')).toBeGreaterThan(0);
      expect(rankOf(r, 'knee-bursitis')).toBeLessThanOrEqual(3);
      expect(p(r, 'knee-bursitis')).toBeGreaterThan(p(r, 'meniscal-tear'));
      expect(p(r, 'knee-bursitis')).toBeGreaterThan(p(r, 'patellofemoral-pain'));
    }
  });

  test('a basketball player of 19 with anterior knee pain on jumping and inferior-pole tenderness: patellar tendinopathy first in both settings', () => {
    // Ferretti 1986: jumping sport (C, LR 3.58) and inferior pole of the patella in 65% (C, LR 2.6); Breda 2021: 76% male.
    for (const setting of settings) {
      const r = run('knee-pain', setting, 19, 'male', ['+jumping-or-knee-extensor-loading-sport', '+inferior-patellar-pole-tenderness']);
      expect(rankOf(r, 'patellar-tendinopathy')).toBe(1);
      expect(p(r, 'patellar-tendinopathy')).toBeGreaterThan(p(r, 'patellofemoral-pain'));
    }
  });
});

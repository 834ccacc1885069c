/**
 * Joint, knee, neck and shoulder pain and leg swelling (session 36, curator "msk"): the engine's views of the misses in
 * these complaints (no vignette opened) and the leads handed over from session 35. Textbook pictures entered as a clinician
 * would (problem, setting, age, sex, findings), on the real knowledge base.
 *
 * What was wrong:
 * - Ankylosing spondylitis in neck pain had no ratio for a raised CRP or ESR: its inflammatory-marker ratios (Rudwaleit
 *   2004 pooled table; Rudwaleit 2009 ASAS cohort) were limited to low back pain, so a man of 40 with neck pain, neck
 *   stiffness and an ESR over 40 mm/h kept the 0.5% policy prior (seventh), while the usual causes of neck pain (nonspecific,
 *   whiplash-associated, radiculopathy) do not raise the markers.
 * Changed (evidence/depth-k6-msk-endo.json, one entry, minimal edit):
 * - ankylosing-spondylitis x crp-or-esr-above-reference-range (LR+ 2.5, LR- 0.63, grade A, rudwaleit-2004-annrheumdis-
 *   axial-spa-early-diagnosis, Table 1 as reproduced in a later ARD article): appliesTo low-back-pain -> low-back-pain and
 *   neck-pain, with the population saying why the comparison group (chronic back pain without SpA, mostly mechanical) still
 *   fits neck pain, the reasoning of the PMR x ESR-over-30 entry for neck pain (s16-markers). Not extended to joint pain
 *   (gout, rheumatoid, septic and crystal arthritis raise the markers as often).
 * Before -> after (calibration off): AS in primary-care neck pain at 40 with raised markers 7th (0.5%) -> 6th (1.2%).
 * - Polymyalgia rheumatica's only absence ratio (and its bilateral-aching LR+ 2.93, Macchioni 2014) sat on
 *   bilateral-shoulder-aching, which had no chart code. Added findings right-shoulder-pain (ICD-10-CM M25.511) and
 *   left-shoulder-pain (M25.512), and a derivation on bilateral-shoulder-aching: present when both sides are recorded,
 *   absent when either side is recorded absent, unknown otherwise (source: Dasgupta 2012 EULAR/ACR criteria, whose entry
 *   population is 'bilateral shoulder pain'; ICD-10-CM has no code for both shoulders). Shoulder pain without a side
 *   (SNOMED CT 45326000, M25.519) is not read. Woman of 72, primary-care shoulder pain coded right and left: PMR 1.1% ->
 *   3.3% (calibration off), sixth either way behind the cited priors of cuff disorder, capsulitis, AC joint and OA.
 *
 * Declined (no figure fits, or the identifiers could not be seen in a readable page):
 * - LRINEC from the chart's labs (necrotising fasciitis in leg swelling): Hsiao 2020 PLoS One 15(1):e0227748 (doi
 *   10.1371/journal.pone.0227748, PubMed 31978094; 106 NF against 825 cellulitis of the extremities in the emergency
 *   department; LRINEC >= 6 sensitivity 43%, specificity 83%; >= 8 27% / 93%) is now confirmed in readable pages (a PubMed
 *   mirror and the OUCI record), but Wong 2004 (Crit Care Med 32(7):1535-41), which defines the six items and their
 *   points, was read only on the publisher's abstract page (no DOI shown) and in secondary pages (WikEM, calculators): its
 *   PMID and DOI were again seen only in code repositories. The derivation needs seven new threshold findings (CRP >= 150
 *   mg/L, white count > 15 and > 25, haemoglobin <= 135 and < 110 g/L, creatinine > 141 umol/L, glucose > 10 mmol/L) and
 *   35 criteria groups; left for a session that can cite the definition.
 * - Compartment syndrome x creatine kinase (Weingart 2020, J Am Coll Emerg Physicians Open, PMC7819267, PubMed 33521785):
 *   the controls are tibia/fibula fractures and CK is reported per 500 U/L as an odds ratio; no threshold frequency, and
 *   not a leg-swelling population.
 * - Knee bursitis x erythema: erythema is a sign of septic bursitis ('none of which is seen in aseptic bursitis', WikEM);
 *   no frequency over all knee bursitis was read.
 * - Hyperthyroidism in bilateral leg swelling: not a cause in the edema reviews read (Ely 2006, Trayes 2013); Graves'
 *   pretibial myxoedema is described as rare (J Med Case Rep 2012 case report); not added to the problem.
 * - Juel 2014 (PMC3995190): the abstract's age statements were used in session 35 (instability); no other per-age figure.
 * - CKD in leg swelling (creatinine raised with eGFR 60 or more), CPPD at 41, patellar tendinopathy, lymphoedema at 76,
 *   spinal malignancy in neck pain, septic arthritis of the shoulder with malaise only, AS in joint pain without markers,
 *   PMR in joint pain with myalgia but no shoulder codes (a generic myalgia code is not bilateral girdle aching; no
 *   frequency of 'myalgia' in PMR against other joint pain was read): as in session 35, no cited figure fits.
 * Expectations are about order and direction, not percentages (the lead refits the recalibration).
 */
import type { Condition, Encounter } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { buildEncounter, buildPatient, buildSymptom } from '../../tests/builders/chart-builder';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';
import { analyzeSync } from './diagnostic-model';
import { extractFindings } from './extract-findings';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const asOf = '2026-11-20T12:00:00Z';
const patient = (sex: 'female' | 'male', age: number) => buildPatient({ gender: sex, birthDate: `${2026 - age}-01-01` });
const ambulatory = (reason: string): Encounter => buildEncounter(reason, { class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' } });
const icd = (id: string, code: string, verification: 'confirmed' | 'refuted' = 'confirmed'): Condition =>
  buildSymptom(id, 'x', verification, { code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code }] } });
const state = (chart: Parameters<typeof extractFindings>[0], findingId: string) =>
  extractFindings(chart, kb, { asOf }).findings.find((f) => f.findingId === findingId)?.present;

const markers = ['+crp-or-esr-above-reference-range', '+esr-over-40'];

describe('ankylosing spondylitis: raised inflammatory markers count in neck pain (session 36, msk)', () => {
  test.each(['primary-care', 'emergency'] as const)('a man of 40 with neck pain and raised CRP/ESR in %s: the marker ratio counts and raises AS', (setting) => {
    const r = run('neck-pain', setting, 40, 'male', [...markers, '+neck-stiffness']);
    const without = run('neck-pain', setting, 40, 'male', ['+neck-stiffness']);
    const step = findingStepOf(r, 'ankylosing-spondylitis', 'crp-or-esr-above-reference-range');
    expect(step?.counted).toBe(true);
    expect(step?.lr ?? 0).toBeGreaterThanOrEqual(2);
    // LR 2.5 shows as about 1.6-fold after recalibration: guarded at 1.3-fold.
    expect(p(r, 'ankylosing-spondylitis')).toBeGreaterThanOrEqual(1.3 * p(without, 'ankylosing-spondylitis'));
    expect(rankOf(r, 'ankylosing-spondylitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'ankylosing-spondylitis')).toBeLessThanOrEqual(rankOf(without, 'ankylosing-spondylitis'));
  });

  test('normal markers in neck pain weigh against AS', () => {
    const normal = run('neck-pain', 'primary-care', 40, 'male', ['-crp-or-esr-above-reference-range']);
    const unknown = run('neck-pain', 'primary-care', 40, 'male', []);
    expect(p(normal, 'ankylosing-spondylitis')).toBeLessThan(p(unknown, 'ankylosing-spondylitis'));
  });

  test('the back-pain ratio still counts in low back pain and is not read in joint pain', () => {
    const back = run('low-back-pain', 'primary-care', 30, 'male', markers);
    expect(findingStepOf(back, 'ankylosing-spondylitis', 'crp-or-esr-above-reference-range')?.counted
      || findingStepOf(back, 'ankylosing-spondylitis', 'crp-above-reference-range')?.counted
      || false).toBe(true);
    const joint = run('joint-pain', 'primary-care', 30, 'male', markers);
    expect(findingStepOf(joint, 'ankylosing-spondylitis', 'crp-or-esr-above-reference-range')?.counted ?? false).toBe(false);
  });

  test('nonspecific neck pain stays first in primary care despite raised markers', () => {
    const r = run('neck-pain', 'primary-care', 40, 'male', [...markers, '+neck-stiffness']);
    expect(rankOf(r, 'nonspecific-neck-pain')).toBe(1);
  });
});

describe('bilateral shoulder aching is read from right and left shoulder pain codes (session 36, msk)', () => {
  const base = [patient('female', 72), ambulatory('45326000')];
  const right = icd('r', 'M25.511');
  const left = icd('l', 'M25.512');

  test('both sides recorded: present; one side only: unknown; one side recorded absent: absent', () => {
    expect(state([...base, right, left], 'bilateral-shoulder-aching')).toBe(true);
    expect(state([...base, right], 'bilateral-shoulder-aching')).toBeUndefined();
    expect(state([...base, right, icd('l', 'M25.512', 'refuted')], 'bilateral-shoulder-aching')).toBe(false);
  });

  test('a woman of 72 in primary care with pain in both shoulders: PMR counts bilateral aching and rises', () => {
    const both = analyzeSync(kb, { chart: [...base, right, left], problems: ['shoulder-pain'], setting: 'primary-care', extractOptions: { asOf } }).result;
    const one = analyzeSync(kb, { chart: [...base, right], problems: ['shoulder-pain'], setting: 'primary-care', extractOptions: { asOf } }).result;
    expect(findingStepOf(both, 'polymyalgia-rheumatica', 'bilateral-shoulder-aching')?.counted).toBe(true);
    // Macchioni 2014, LR+ 2.93 (below 3): guarded at 1.3-fold. Calibration off: 1.1% -> 3.3%, sixth either way behind
    // the cited priors of rotator cuff disorder, adhesive capsulitis, AC joint disorder and osteoarthritis.
    expect(p(both, 'polymyalgia-rheumatica')).toBeGreaterThanOrEqual(1.3 * p(one, 'polymyalgia-rheumatica'));
    expect(rankOf(both, 'polymyalgia-rheumatica')).toBeLessThanOrEqual(rankOf(one, 'polymyalgia-rheumatica'));
    expect(rankOf(both, 'rotator-cuff-disorder')).toBe(1);
  });
});

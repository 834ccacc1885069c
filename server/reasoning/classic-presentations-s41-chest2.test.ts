/**
 * Session 41 (chest2): no knowledge change; three declines, recorded here, and guards on the premises they rest on.
 *
 * CHANGED: nothing (no evidence file s41-chest2.json was written; chest-pain.json and syncope.json unchanged).
 *
 * DECLINED:
 * - Oesophageal motility disorder in chest pain (ninth on a plain probe, policy prior). Katz 1987 (Ann Intern Med
 *   106:593-7, PMID 3826958, doi 10.7326/0003-4819-106-4-593), abstract read 2026-12-07 at a PubMed mirror
 *   (http://47.251.13.51:8081/3826958): 'Records from 910 patients referred to our clinical esophageal manometry
 *   laboratory for evaluation of noncardiac chest pain ... 655 patients (72%) had normal esophageal motility and 255
 *   (28%) had abnormal motility. Nutcracker esophagus was present in 48% of abnormal tracings ... 243 patients (27%) had
 *   their pain reproduced during provocative testing'. Not entered, for three reasons: (1) no finding for 'cardiac cause
 *   excluded' exists in findings/ (checked: ecg-normal, prior-abnormal-stress-test, ct-coronary-angiography-obstructive-
 *   stenosis only), and a new clinician-entered one would carry a tertiary manometry-referral figure into any chest-pain
 *   patient whose clinician records it; (2) the 28% is the share with any manometric abnormality (including non-specific
 *   and achalasia tracings, which this base keeps as a separate condition), not the share in whom dysmotility caused the
 *   pain (provocation reproduced pain in 27% of the whole group, not split by tracing); (3) coherence: no GORD share in
 *   the same sub-population with an identifier was read. Seen: Kim & Rhee 2012 (Gut Liver 6:1-9, doi
 *   10.5009/gnl.2012.6.1.1, PMC3286725) 'present in up to 60% of patients with NCCP in Western countries ... in Korea ...
 *   41%' (review, an upper bound); an Annals of Gastroenterology cohort (52 NCCP patients, GERD-related NCCP in 30, 58%;
 *   annalsgastro.gr article 1374, no DOI or PMID seen). Entering motility at 0.28 with GORD left at 0.065 for that patient
 *   would rank dysmotility above reflux, against Fass & Achem 2011 (doi 10.5056/jnm.2011.17.2.110: 'Gastroesophageal
 *   reflux disease is likely the most common cause ... Esophageal dysmotility affects only the minority'). Lead: a NCCP
 *   cohort giving both the GORD (pH/endoscopy) and dysmotility (manometry) shares in one population, with a PMID, plus a
 *   finding 'normal coronary angiography / negative ischaemia work-up' defined with a code.
 * - Aortic stenosis in chest pain: nothing to add. The slow carotid upstroke is already entered (cardioresp-syncope.json,
 *   Etchells 1997, PMID 9032164, LR+ 2.8, lowest of the range 2.8-130, no appliesTo) and counts in chest pain, as do
 *   the late-peaking murmur (LR+ 8), the diminished S2 (LR+ 3.1) and the Etchells 1998 rule (PMID 9798818, 3-4 findings
 *   LR 40). Probe, man of 76, primary-care chest pain with exertional pain, a systolic murmur and a slow carotid upstroke:
 *   aortic stenosis 6.7% (6th; policy prior 0.005 x 2.8 x 3.58). Adding a second carotid-radiation entry would duplicate
 *   the existing no-murmur-radiation-to-right-carotid pair (s41-cardio header). No share of aortic stenosis among
 *   chest-pain patients with an identifier was found, so its prior stays policy.
 * - Aortic dissection prior (Kohn 2005, 0.0009): confirmed in magnitude, not replaced. Alter, Eskin & Allegra 2015 (West J
 *   Emerg Med, PMID 26587083, PMC4644027, doi 10.5811/westjem.2015.6.25752), abstract read 2026-12-07 at westjem.com and
 *   ebusca.uv.mx: 9.5 million visits to 33 EDs, 782 aortic dissections, '763,000 (8%) with atraumatic chest pain
 *   diagnoses. Thus, there is one dissection for every 980 ... atraumatic chest pain patients' (1/980 = 0.10%). It is a
 *   ratio of all dissections (about a fifth without chest pain, per its introduction) to ICD-coded chest-pain
 *   diagnoses, not a share within a chest-pain cohort, and agrees with Kohn's 0.09%; swapping would move nothing. Leitman
 *   2013 (World J Emerg Surg 8:47, doi 10.1186/1749-7922-8-47): thoracic aneurysm or dissection 136 patients, 0.36% of
 *   patients with chest complaints (aneurysm and dissection together; not split). The picture (chest and back pain, a
 *   positive D-dimer, man of 62, emergency) lifts dissection from 0.09% to about 0.6% through sex, back pain (2.13) and
 *   D-dimer (2.4); no threshold ('very high') D-dimer ratio was read. Seen 2026-12-07: Arch Med Sci 2017;13(3):591-6 (PMC5420634;
 *   790 acute chest pain admissions, 202 dissections) at 0.5 ug/mL LR+ 2.18, LR- 0.10, no higher cut-off in the
 *   abstract (agrees with the entered 2.4); Ohlmann 2006 (Crit Care Med 34:1358) median 8610 ng/mL in dissection, no
 *   stratified ratio. Lead: a level-stratified (e.g. >1600 ng/mL) accuracy figure with a PMID, read in its abstract.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, probOf as p } from '../../tests/builders/classic-presentation';
import { expectKnownIds } from '../../tests/builders/presentation-expectations';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 41 (chest2): premises of the declines', () => {
  test('every id used here exists', () => {
    expectKnownIds(kb, ['slow-carotid-upstroke', 'systolic-murmur', 'exertional-chest-pain', 'back-pain', 'd-dimer-positive'], ['aortic-stenosis', 'aortic-dissection', 'oesophageal-motility-disorder', 'gastro-oesophageal-reflux-disease']);
  });

  test('the slow carotid upstroke already counts for aortic stenosis in chest pain, on Etchells 1997', () => {
    const withUpstroke = run('chest-pain', 'primary-care', 76, 'male', ['+exertional-chest-pain', '+systolic-murmur', '+slow-carotid-upstroke']);
    const without = run('chest-pain', 'primary-care', 76, 'male', ['+exertional-chest-pain', '+systolic-murmur']);
    const step = findingStepOf(withUpstroke, 'aortic-stenosis', 'slow-carotid-upstroke');
    expect(step?.counted).toBe(true);
    expect(step?.source?.citation).toBe('etchells-1997-jama-systolic-murmur-rce');
    expect(p(withUpstroke, 'aortic-stenosis')).toBeGreaterThan(p(without, 'aortic-stenosis'));
  });

  test('emergency chest pain: the dissection prior is Kohn 2005 and stays near 0.1% (Alter 2015: 1 in 980)', () => {
    const r = run('chest-pain', 'emergency', 62, 'male', ['+back-pain', '+d-dimer-positive']);
    const prior = priorStepOf(r, 'aortic-dissection');
    expect(prior?.source?.citation).toBe('kohn-2005-jemergmed-chest-pain-serious-diagnoses');
    expect(prior?.probability ?? 1).toBeLessThan(0.002);
    expect(p(r, 'aortic-dissection')).toBeGreaterThan(3 * (prior?.probability ?? 1));
  });

  test('oesophageal dysmotility stays on the policy prior in chest pain, below reflux (Fass 2011)', () => {
    expect(kb.problems.get('chest-pain')?.unquantified?.some((u) => u.condition === 'oesophageal-motility-disorder')).toBe(true);
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('chest-pain', setting, 50, 'female', []);
      expect(p(r, 'oesophageal-motility-disorder')).toBeLessThan(p(r, 'gastro-oesophageal-reflux-disease'));
    }
  });
});

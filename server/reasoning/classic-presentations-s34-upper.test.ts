/**
 * Dysphagia, chest pain and jaundice (session 34, curator "upper"): breadth-development misses on achalasia, an
 * oesophageal motility disorder, aortic stenosis, cirrhosis and cholangitis, fixed where a cited figure exists. The
 * pictures below are the textbook ones of the sources cited (no vignette wording or number).
 *
 * What was wrong:
 * - Achalasia x dysphagia to solids and liquids (dysphagia) carried LR+ 2.18 from a qualitative review sentence (Farrokhi
 *   2007, "predominantly", mapped to the HPO frequent class), although a measured frequency exists.
 * - Under chest pain, dysphagia carried no ratio for achalasia or an oesophageal motility disorder (both on the policy
 *   prior), so a chest-pain patient who could not swallow had them ninth to fourteenth.
 * - "Dysphagia to solids and liquids" (and "dysphagia for more than 6 months") did not imply dysphagia, so a clinician
 *   who recorded liquid dysphagia under chest pain moved nothing that is weighed on dysphagia.
 * Added / changed:
 * - evidence/s27-gi.json, achalasia x dysphagia-to-solids-and-liquids (dysphagia only): now Howard 1992 Gut
 *   (doi 10.1136/gut.33.8.1011), abstract: presenting dysphagia for solids 100% and for liquids 97% of 38 untreated
 *   patients; 0.97 over the 0.25 policy background, LR+ 3.88, LR- 0.04; grade C. Farrokhi 2007 kept as a source of the
 *   chest-pain problem's achalasia entry.
 * - evidence/s34-upper.json (chest pain only): achalasia x dysphagia, Fisichella 2008 World J Surg
 *   (doi 10.1007/s00268-008-9656-z), abstract: dysphagia 94% of 145 untreated patients, LR+ 3.76, LR- 0.08;
 *   oesophageal-motility-disorder x dysphagia, Hypercontractile Esophagus Korean cohort 2023 J Neurogastroenterol Motil
 *   (doi 10.5056/jnm22020), abstract Results: dysphagia 91.3% of 23, LR+ 3.65, LR- 0.116; both grade C over the policy
 *   background (no cited frequency of dysphagia among chest-pain patients without them).
 * - findings/dysphagia.json: derived (present only) from dysphagia-to-solids-and-liquids or dysphagia-duration-over-6-months.
 * After (calibration off): achalasia third in dysphagia (both settings) with liquid dysphagia, regurgitation, weight loss
 *   and chest pain; under chest pain achalasia third (primary care) / fourth (emergency), a motility disorder eighth
 *   (from 13th-14th) behind chest wall pain, anxiety, reflux, coronary disease and ACS on cited priors.
 *
 * Gaps (reported, not fixed):
 * - Oesophageal motility disorder stays below the cited chest-pain priors (chest wall pain, anxiety, reflux): no share
 *   of motility disorders among chest-pain patients with dysphagia was read with an identifier (Dekel 2003 Aliment
 *   Pharmacol Ther 18:1083, manometry referrals with chest pain and dysphagia, read only in a commentary).
 * - Aortic stenosis with angina, ischaemic ECG, troponin and anaemia but no murmur: the picture is ACS's; nothing to add.
 * - Cirrhosis under jaundice keeps the policy prior (Taylor 2012 has no cirrhosis category; Whitehead 2001's cirrhosis
 *   figure is already the emergency prior of alcohol-related liver disease); no albumin ratio read (Udell 2012 abstract).
 * - Cholangitis under jaundice keeps the policy prior (searched in sessions 29-30), so fever and jaundice without pain
 *   leave it below sepsis and the cited obstructive causes.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

describe('dysphagia and chest pain: achalasia and oesophageal motility disorders (session 34, upper)', () => {
  test.each(settings)('a woman of 45 with dysphagia to solids and liquids, regurgitation, weight loss and chest pain: achalasia in the first three, above stricture and spasm (%s)', (setting) => {
    // Howard 1992 / Fisichella 2008 abstracts: dysphagia to solids and liquids, regurgitation, chest pain, weight loss.
    const r = run('dysphagia', setting, 45, 'female', ['+dysphagia-to-solids-and-liquids', '+regurgitation-of-food', '+unintentional-weight-loss', '+chest-pain']);
    expect(rankOf(r, 'achalasia')).toBeGreaterThan(0);
    expect(rankOf(r, 'achalasia')).toBeLessThanOrEqual(3);
    expect(p(r, 'achalasia')).toBeGreaterThan(p(r, 'oesophageal-stricture'));
    expect(p(r, 'achalasia')).toBeGreaterThan(p(r, 'oesophageal-motility-disorder'));
  });

  test('liquid as well as solid dysphagia raises achalasia at least twofold in dysphagia', () => {
    const base = run('dysphagia', 'primary-care', 45, 'female', ['+regurgitation-of-food']);
    const liquids = run('dysphagia', 'primary-care', 45, 'female', ['+regurgitation-of-food', '+dysphagia-to-solids-and-liquids']);
    expect(p(liquids, 'achalasia')).toBeGreaterThan(2 * p(base, 'achalasia'));
  });

  test.each(settings)('a woman of 45 with retrosternal pain, dysphagia to solids and liquids, regurgitation and weight loss: achalasia in the first four under chest pain, above spasm (%s)', (setting) => {
    // Before: seventh (s33 chest5 gap), the dysphagia ratios being limited to dysphagia.
    const r = run('chest-pain', setting, 45, 'female', ['+retrosternal-chest-pain', '+dysphagia-to-solids-and-liquids', '+regurgitation-of-food', '+unintentional-weight-loss']);
    expect(rankOf(r, 'achalasia')).toBeGreaterThan(0);
    expect(rankOf(r, 'achalasia')).toBeLessThanOrEqual(4);
    expect(p(r, 'achalasia')).toBeGreaterThan(p(r, 'oesophageal-motility-disorder'));
    expect(findingStepOf(r, 'achalasia', 'dysphagia')?.counted ?? false).toBe(true);
  });

  test.each(settings)('a woman of 50 with retrosternal pain and dysphagia to solids and liquids: an oesophageal motility disorder in the first eight under chest pain (%s)', (setting) => {
    // Before: 13th-14th. Gap: still below the cited chest-pain priors.
    const r = run('chest-pain', setting, 50, 'female', ['+retrosternal-chest-pain', '+dysphagia-to-solids-and-liquids', '+regurgitation-of-food']);
    expect(rankOf(r, 'oesophageal-motility-disorder')).toBeGreaterThan(0);
    expect(rankOf(r, 'oesophageal-motility-disorder')).toBeLessThanOrEqual(8);
    const noDysphagia = run('chest-pain', setting, 50, 'female', ['+retrosternal-chest-pain', '+regurgitation-of-food']);
    expect(p(r, 'oesophageal-motility-disorder')).toBeGreaterThan(2 * p(noDysphagia, 'oesophageal-motility-disorder'));
  });

  test('the dysphagia ratios are not counted under dysphagia itself (the presenting problem)', () => {
    const r = run('dysphagia', 'primary-care', 50, 'female', ['+dysphagia']);
    expect(findingStepOf(r, 'oesophageal-motility-disorder', 'dysphagia')?.counted ?? false).toBe(false);
  });
});

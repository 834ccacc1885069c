/**
 * Classic presentations, session 41 (spine): non-specific neck and low back pain against a malignant-looking
 * vertebral lesion on a plain radiograph.
 *
 * CHANGED (server/knowledge/data/evidence/s41-spine.json, knowledge version left to the lead):
 * - nonspecific-neck-pain x xray-spine-lytic-blastic-lesion: LR+ 0.1 (grade C, by definition, present side only,
 *   appliesTo neck-pain). Citation guzman-2008-eurspinej-neck-pain-task-force-clinical-implications (doi
 *   10.1007/s00586-008-0637-6), Abstract, Results: grades I-II are neck pain 'with no signs of major pathology', grade IV
 *   'neck pain with signs of major pathology' (abstract re-read 2026-12-07 at link.springer.com and the JMPT reprint
 *   doi 10.1016/j.jmpt.2008.11.023). Same reading as the existing radiograph and CT fracture entries (depth-s13-msk,
 *   depth-s13b-msk). Probe neck-pain, primary care, woman 68, +xray-spine-lytic-blastic-lesion:
 *   nonspecific-neck-pain 72.5% (first, above spinal-malignancy 49.1%) -> 20.9% (spinal-malignancy first).
 * - nonspecific-low-back-pain x xray-spine-lytic-blastic-lesion: LR+ 0.1 (grade C, by definition, present side only,
 *   appliesTo low-back-pain, requiresAbsent mri-spine-malignancy so that the two images of one excluded pathology
 *   count once). Citation verhagen-2016-eurspinej-red-flags-low-back-pain-guidelines (doi 10.1007/s00586-016-4684-0),
 *   Introduction: 'Nonspecific low back pain is commonly defined as low back pain without any known pathology ...
 *   serious underlying diseases (e.g., malignancies, fractures)'; the radiograph twin of session 40's MRI entry
 *   (s40d-thin-back). Probe low-back-pain, primary care, woman 68, +xray-spine-lytic-blastic-lesion:
 *   nonspecific-low-back-pain 85.0% (first) -> 36.2% (spinal-malignancy 56.1% first).
 *
 * DECLINED:
 * - Arm paraesthesia against non-specific neck pain. Kovacs 2019 (BMC Musculoskelet Disord, doi
 *   10.1186/s12891-019-2962-9; 3,225 Spanish neck-pain patients) was reached only as abstract and introduction: it
 *   defines neck pain 'with or without pain referred into one or both upper limbs' and reports no paraesthesia
 *   frequency by diagnosis in what was read. Bier 2018 (KNGF guideline, Phys Ther) covers 'nonspecific neck pain,
 *   including cervical radiculopathy', so it does not exclude radicular symptoms by definition; the Task Force's grade
 *   III needs neurological signs (already an exclusion, cervical-nerve-root-signs), and a symptom is not a sign. No
 *   ratio entered; cervical-radiculopathy keeps its paraesthesia ratio (LR+ 10.1, Kuijper 2009 over Stiell 2010).
 * - Lumbar spinal stenosis prior from Jensen 2020 (Eur Spine J 29(9):2143-2163, doi 10.1007/s00586-020-06339-1,
 *   PMID 32095908): abstract read, clinical diagnosis 25% (95% CI 19-32%) 'in patients from primary care', radiological
 *   15% (13-18%). The included primary-care samples' complaint and ages were not read (abstract only); 25% beside
 *   Deyo's 85% non-specific prior would exceed 1 and would need the non-specific prior re-derived. Not used. The
 *   stenosis picture with neurogenic claudication already excludes non-specific low back pain (exclusiveWith, Chou 2007).
 * - MRI sacroiliitis or inflammatory back pain against non-specific low back pain: not an excluded pathology by
 *   definition (MRI sacroiliitis-like changes and inflammatory back pain occur without axial SpA); the two-group
 *   ratios (Sieper 2009, Rudwaleit 2009, Braun 2011) already count on the spondyloarthritis side once per complaint.
 * - Neoplasm as an explicit grade IV example: seen only on a third-party page (clinicalcommander.com), not in the
 *   Task Force text read; the entry rests on the abstract's 'signs of major pathology'.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const GUZMAN = 'guzman-2008-eurspinej-neck-pain-task-force-clinical-implications';
const VERHAGEN = 'verhagen-2016-eurspinej-red-flags-low-back-pain-guidelines';
const LESION = 'xray-spine-lytic-blastic-lesion';

describe('classic presentations, session 41 (spine): a lytic or blastic lesion is not non-specific pain', () => {
  test('every id used here exists', () => {
    for (const id of [LESION, 'mri-spine-malignancy', 'history-of-cancer']) expect(kb.findings.has(id)).toBe(true);
    for (const id of ['nonspecific-neck-pain', 'nonspecific-low-back-pain', 'spinal-malignancy']) {
      expect(kb.conditions.has(id)).toBe(true);
    }
  });

  test('neck pain with a lytic lesion on the radiograph: spinal malignancy above non-specific neck pain', () => {
    const r = run('neck-pain', 'primary-care', 68, 'female', [`+${LESION}`]);
    expect(rankOf(r, 'spinal-malignancy')).toBe(1);
    expect(rankOf(r, 'spinal-malignancy')).toBeLessThan(rankOf(r, 'nonspecific-neck-pain'));
    const step = findingStepOf(r, 'nonspecific-neck-pain', LESION);
    expect(step?.counted).toBe(true);
    expect(step?.lr).toBeLessThan(1);
    expect(step?.source?.citation).toBe(GUZMAN);
  });

  test('a radiograph without such a lesion does not lower non-specific neck pain (present side only)', () => {
    const none = run('neck-pain', 'primary-care', 68, 'female', []);
    const negative = run('neck-pain', 'primary-care', 68, 'female', [`-${LESION}`]);
    expect(p(negative, 'nonspecific-neck-pain')).toBeCloseTo(p(none, 'nonspecific-neck-pain'), 6);
    expect(rankOf(negative, 'nonspecific-neck-pain')).toBe(1);
  });

  test('low back pain with a lytic lesion: spinal malignancy first, the step cites the low-back-pain definition', () => {
    const r = run('low-back-pain', 'primary-care', 68, 'female', [`+${LESION}`]);
    expect(rankOf(r, 'spinal-malignancy')).toBe(1);
    expect(rankOf(r, 'spinal-malignancy')).toBeLessThan(rankOf(r, 'nonspecific-low-back-pain'));
    const step = findingStepOf(r, 'nonspecific-low-back-pain', LESION);
    expect(step?.counted).toBe(true);
    expect(step?.source?.citation).toBe(VERHAGEN);
  });

  test('radiograph and MRI of one malignant lesion lower non-specific low back pain once', () => {
    const mri = run('low-back-pain', 'primary-care', 68, 'female', ['+mri-spine-malignancy']);
    const both = run('low-back-pain', 'primary-care', 68, 'female', ['+mri-spine-malignancy', `+${LESION}`]);
    expect(findingStepOf(both, 'nonspecific-low-back-pain', LESION)?.counted ?? false).toBe(false);
    expect(p(both, 'nonspecific-low-back-pain')).toBeCloseTo(p(mri, 'nonspecific-low-back-pain'), 6);
  });
});

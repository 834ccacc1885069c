/**
 * Loin (flank) pain for acute pyelonephritis outside dysuria (session 36, curator pyelo5).
 *
 * Examined: the only ratio for acute-pyelonephritis x flank-pain was Ferry 1987 (Scand J Prim Health Care; loin pain in
 * 88% of upper- against 23% of lower-tract culture-confirmed urinary infections, grade B). It counted in all nine
 * complaints that list pyelonephritis, but its comparison group is cystitis, the alternative weighed only in dysuria.
 * Guards s27-infect, s28-r3-uti and s33-nv6 relied on it in fever and in nausea and vomiting.
 *
 * Added: a grade C entry (evidence/s36d-pyelo5.json) limited to fever and nausea-and-vomiting: Piccoli 2011 BMC Nephrol
 * (DOI 10.1186/1471-2369-12-68; 119 women hospitalised with CT/MR-confirmed non-complicated pyelonephritis) gives pain
 * absent in 17.8% (present 82.2%) over the policy background of 25%: LR+ 3.29, given as lrPositive only because the
 * abstract's "pain" is not restricted to the loin (an upper bound for loin pain), so its absence is not used.
 * Changed: the Ferry entry (evidence/abdominal3-dysuria.json) now applies in dysuria only (appliesTo). Not in
 * haematuria (stones, whose loin pain is the rule, are the main alternative), acute abdominal pain, low back pain or
 * pelvic pain, where the other patients are not cystitis.
 *
 * Declined: no cited frequency of loin pain or renal-angle tenderness among febrile or vomiting patients without
 * pyelonephritis was found (so no grade B); Colgan 2011 AFP ("flank pain is nearly universal") was read but no PMID or DOI
 * was seen, so it is not cited; Lee 2014 (Infection, febrile UTI) compares bacteraemic with non-bacteraemic UTI only.
 * Expectations are order and direction, not percentages (the recalibration is refitted when the knowledge changes).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const PICCOLI = 'piccoli-2011-bmcnephrol-acute-pyelonephritis-presentation';
const FERRY = 'ferry-1987-scandjprimhealthcare-uti-clinical-presentation';

describe('loin pain for acute pyelonephritis outside dysuria (session 36, pyelo5)', () => {
  for (const problem of ['fever', 'nausea-and-vomiting'] as const) {
    test(`${problem}: loin pain counts through the grade C Piccoli entry, not the upper- against lower-UTI ratio`, () => {
      const r = run(problem, 'emergency', 30, 'female', ['+flank-pain']);
      const step = findingStepOf(r, 'acute-pyelonephritis', 'flank-pain');
      expect(step?.counted).toBe(true);
      expect(step?.grade).toBe('C');
      expect(step?.source.citation).toBe(PICCOLI);
      expect(step!.lr).toBeGreaterThan(1);
    });

    test(`${problem}: loin pain raises pyelonephritis (LR+ about 3.3, guarded at 1.5-fold) in both settings`, () => {
      for (const setting of ['primary-care', 'emergency'] as const) {
        const bare = run(problem, setting, 30, 'female', []);
        const loin = run(problem, setting, 30, 'female', ['+flank-pain']);
        expect(probOf(loin, 'acute-pyelonephritis')).toBeGreaterThan(1.5 * probOf(bare, 'acute-pyelonephritis'));
      }
    });
  }

  test('fever: the absence of loin pain is not used (the cited share is any pain, an upper bound)', () => {
    const r = run('fever', 'emergency', 30, 'female', ['-flank-pain']);
    expect(findingStepOf(r, 'acute-pyelonephritis', 'flank-pain')?.counted ?? false).toBe(false);
  });

  test('dysuria: the Ferry 1987 upper- against lower-UTI ratio still counts', () => {
    const r = run('dysuria', 'primary-care', 30, 'female', ['+flank-pain']);
    const step = findingStepOf(r, 'acute-pyelonephritis', 'flank-pain');
    expect(step?.counted).toBe(true);
    expect(step?.source.citation).toBe(FERRY);
    expect(probOf(r, 'acute-pyelonephritis')).toBeGreaterThan(1.5 * probOf(run('dysuria', 'primary-care', 30, 'female', []), 'acute-pyelonephritis'));
  });

  test('haematuria: the Ferry ratio is not counted (its comparison, cystitis, is not the alternative there)', () => {
    const r = run('haematuria', 'emergency', 40, 'female', ['+flank-pain']);
    const step = findingStepOf(r, 'acute-pyelonephritis', 'flank-pain');
    expect(step?.counted ?? false).toBe(false);
  });

  test('textbook febrile picture: loin pain, renal-angle tenderness and vomiting with fever in the emergency department: pyelonephritis first', () => {
    const r = run('fever', 'emergency', 30, 'female', ['+flank-pain', '+costovertebral-angle-tenderness', '+nausea-or-vomiting', '-cough']);
    expect(rankOf(r, 'acute-pyelonephritis')).toBe(1);
  });
});

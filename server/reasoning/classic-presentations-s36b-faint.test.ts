/**
 * Syncope and seizure (session 36b, curator "faint"): the session-36 neuro ratios against a faint carried into the syncope
 * complaint where they hold, and EPIC2's suspected-seizure priors carried into primary care, on the real knowledge base.
 *
 * Examined:
 * - The four vasovagal-syncope entries of evidence/s36-neuro.json (seizure complaint only): x postictal-disorientation and
 *   x confusion (Hoefnagels 1991 J Neurol, doi 10.1007/BF00319709, summary: 'a seizure five times more likely than syncope
 *   if the patient was disoriented after the event', read from the syncope side as 1/5), x focal-neurological-deficit and
 *   x aphasia (NICE CG109 definition: transient loss of consciousness recovers 'without any residual neurological deficit').
 *   Hoefnagels' cohort is transient loss of consciousness, the population of the syncope complaint too.
 * - Double counting in the syncope complaint: epileptic-seizure x postictal-disorientation (LR 5, Hoefnagels) already
 *   applies there (depth-k3-neuro.json). The engine updates each diagnosis's odds on its own, so the two sides of one
 *   two-group comparison are both right only where each side's complement is the other group. In the syncope complaint the
 *   complement of an epileptic seizure is almost all syncope (LR 5 fits), but vasovagal syncope's complement is mostly other
 *   syncope (cardiac, orthostatic: Thiruganasambandamoorthy 2018 53.3% vasovagal, Martin 1984 8.8% seizures), which
 *   disorientation does not separate. With the complaint's own priors and Hoefnagels' 5-fold ratio, a disoriented
 *   patient's vasovagal share falls from 0.53 to about 0.39 (odds x 0.57), not by 0.2: entering 0.2 beside the seizure
 *   side would count the one discrimination twice.
 * Added (evidence/s36b-faint.json, syncope complaint only):
 * - epileptic-seizure x confusion LR+ 5, grade A, Hoefnagels 1991 (the existing disorientation entry's figure, for a
 *   charted confusion; not when the disorientation itself is entered: requiresAbsent, counted once).
 * - vasovagal-syncope x focal-neurological-deficit and x aphasia LR+ 0.1 (no LR-), grade C, NICE CG109 (the neuro
 *   entries' derivation: very rare class 0.025 over the 0.25 policy background); nothing on the seizure side opposes them.
 * - meningococcal-disease x skin-eruption (a charted rash, SNOMED CT 271807003 / ICD-10-CM R21), fever complaint only, grade
 *   C, LR+ 2.596, LR- 0.468: Heckenberg 2008 Medicine (PMID 18626301, doi 10.1097/MD.0b013e318180a6b4, abstract) 'Systolic
 *   hypotension was associated with rash (22/23 vs. 137/222)', rash in 159/245 (64.9%) of adults with meningococcal
 *   meningitis, over the 0.25 policy background; not when haemorrhagic skin lesions are entered (that entry, 65.2%, counts
 *   instead). A febrile young man with a charted rash: meningococcal disease 20th -> 8th (emergency), just below viral
 *   exanthem. No cited frequency of rash among febrile adults was found (Knott 2004 EMJ PMC1726308 and Tun 2016 BMC Infect
 *   Dis PMC5084348: abstracts only, no rash figure), so the background stays policy.
 * Declined: vasovagal-syncope x postictal-disorientation and x confusion in the syncope complaint (double counting, above).
 * Sepsis in confusion with normal vital signs: no cited frequency of fever or tachycardia in sepsis presenting with
 * confusion was found quickly (lead: PMC5266068, SIRS components in elderly emergency bacteraemia, abstract only).
 * Changed (problems/seizure.json, primary care): EPIC2's priors for a patient with a recorded or entered seizure (Dickson
 * 2017 BMJ Open, PMID 28706099: epileptic seizure 0.648, psychogenic non-epileptic seizures 0.110, vasovagal syncope 0.099,
 * populationWith new-onset-seizure) copied from the emergency department as other-setting, as Day 1982's emergency figures
 * already are for primary care. This broke one expectation of classic-presentations-s33-neuro5.test.ts ("primary care: the
 * same man has brain tumour first": a man of 62 with a new seizure, headache, confusion, memory loss and a focal deficit):
 * brain tumour is now second, behind the recorded seizure itself. Changed to "in the first three, first of the causes",
 * because primary-care cohorts put a brain tumour after such features at a few per cent: Ozawa 2019 BMJ Open (PMID
 * 31471440, CPRD 8,184 cases, abstract) seizure PPV 1.6%, headache with combined cognitive symptoms 7.2%; the Fam Pract 2015
 * systematic review (PMID 26467645, PMC5942539, abstract) new-onset seizure 2.3% at 60-69, no combination above 0.39%.
 * s36-neuro.test.ts's scope test now expects the aphasia ratio to count in syncope (confusion still does not).
 * Gaps (for the lead): the engine gives that man's brain tumour about 50% (Hamilton 2007's confusion and memory-loss ratios
 * multiplied as if independent), far above the cited PPVs; the Brigo 2012 tongue-biting entry (vasovagal syncope 0.122,
 * all complaints) has the same two-sided counting in syncope; the other syncopes (cardiac, orthostatic) carry no deficit
 * entry though the CG109 definition covers them. Sheldon 2002 JACC (PMID 12103268) per-item table: only the abstract and
 * opening page were readable, no per-item frequency for confusion after the spell.
 * Expectations are about order and direction, not percentages.
 *
 * Changed in session 36 (curator tumour5): brain tumour x confusion (Hamilton 2007, PMID 17761056, LR 15.4, measured
 * against the whole consulting population) is no longer counted when a new-onset seizure is charted, nor in the seizure
 * complaint: the confusion may be post-ictal, and the seizure's own figure (the seizure complaint's brain-tumour prior, its
 * PPV 2.3% at 60-69) already carries the signal. The expectation 'first of the causes, in the first three' rested on that
 * multiplication (about 20%, uncorrected); the tumour now keeps the new-seizure PPV and is listed (first seven). Published
 * combined figures are a few per cent (Ozawa 2019 BMJ Open, PMID 31471440; Fam Pract 2015 review, PMID 26467645).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const counted = (r: ReturnType<typeof run>, condition: string, finding: string): boolean => findingStepOf(r, condition, finding)?.counted ?? false;

describe('syncope: a confusion after a faint points to a seizure; a residual deficit is not a faint (session 36b, faint)', () => {
  test.each(settings)('a charted confusion raises epileptic seizure one and a half times or more (Hoefnagels 1991, five times likelier than syncope) (%s)', (setting) => {
    const clear = run('syncope', setting, 45, 'male', []);
    const confused = run('syncope', setting, 45, 'male', ['+confusion']);
    expect(p(confused, 'epileptic-seizure')).toBeGreaterThanOrEqual(1.5 * p(clear, 'epileptic-seizure'));
    expect(counted(confused, 'epileptic-seizure', 'confusion')).toBe(true);
  });

  test.each(settings)('the same discrimination is not counted twice: no vasovagal ratio for confusion or disorientation in syncope, and vasovagal syncope is not lowered by them (%s)', (setting) => {
    const clear = run('syncope', setting, 45, 'male', []);
    const r = run('syncope', setting, 45, 'male', ['+confusion', '+postictal-disorientation']);
    expect(counted(r, 'vasovagal-syncope', 'confusion')).toBe(false);
    expect(counted(r, 'vasovagal-syncope', 'postictal-disorientation')).toBe(false);
    expect(p(r, 'vasovagal-syncope')).toBeGreaterThanOrEqual(0.99 * p(clear, 'vasovagal-syncope'));
  });

  test('one observation, one step: disorientation entered beside a charted confusion counts once for epileptic seizure', () => {
    const r = run('syncope', 'emergency', 45, 'male', ['+confusion', '+postictal-disorientation']);
    expect(counted(r, 'epileptic-seizure', 'postictal-disorientation')).toBe(true);
    expect(counted(r, 'epileptic-seizure', 'confusion')).toBe(false);
  });

  test('the confusion ratio for epileptic seizure is limited to syncope (in the seizure complaint confusion is shared by its acute symptomatic causes)', () => {
    const r = run('seizure', 'emergency', 45, 'male', ['+confusion']);
    expect(counted(r, 'epileptic-seizure', 'confusion')).toBe(false);
  });

  test.each(settings)('a residual hemiparesis or aphasia after a faint lowers vasovagal syncope by half or more; their absence does not raise it (%s)', (setting) => {
    const base = run('syncope', setting, 30, 'female', []);
    for (const deficit of ['+focal-neurological-deficit', '+aphasia']) {
      const r = run('syncope', setting, 30, 'female', [deficit]);
      expect(p(base, 'vasovagal-syncope')).toBeGreaterThanOrEqual(2 * p(r, 'vasovagal-syncope'));
    }
    const none = run('syncope', setting, 30, 'female', ['-focal-neurological-deficit', '-aphasia']);
    expect(counted(none, 'vasovagal-syncope', 'focal-neurological-deficit')).toBe(false);
    expect(p(none, 'vasovagal-syncope')).toBeLessThanOrEqual(p(base, 'vasovagal-syncope') * 1.01);
  });

  test('aphasia beside a hemiparesis counts once (one criterion: a residual deficit)', () => {
    const r = run('syncope', 'emergency', 60, 'male', ['+focal-neurological-deficit', '+aphasia']);
    expect(counted(r, 'vasovagal-syncope', 'focal-neurological-deficit')).toBe(true);
    expect(counted(r, 'vasovagal-syncope', 'aphasia')).toBe(false);
  });

  test.each(settings)('the textbook faint (prolonged standing, pallor, prodrome, no bitten tongue) keeps vasovagal syncope first (%s)', (setting) => {
    const r = run('syncope', setting, 22, 'female', ['+syncope-after-prolonged-standing', '+pallor-during-syncope', '+prodrome-before-syncope', '-tongue-biting']);
    expect(rankOf(r, 'vasovagal-syncope')).toBe(1);
  });
});

describe('seizure: a recorded seizure takes the suspected-seizure cohort (EPIC2) in primary care too (session 36b, faint)', () => {
  // The EPIC2 pictures of a recorded seizure against a blackout are guarded in both settings in
  // classic-presentations-s36-neuro.test.ts.
  test('a man of 62 with a new seizure, headache, confusion, memory loss and a focal deficit in primary care: brain tumour listed, below epileptic seizure (PPV a few per cent: Ozawa 2019, Fam Pract 2015 review; session 36 tumour5)', () => {
    const r = run('seizure', 'primary-care', 62, 'male', ['+new-onset-seizure', '+headache', '+confusion', '+memory-loss', '+focal-neurological-deficit']);
    const rank = rankOf(r, 'brain-tumour');
    expect(rank > 0 && rank <= 7).toBe(true);
    expect(p(r, 'brain-tumour')).toBeLessThan(p(r, 'epileptic-seizure'));
  });
});

describe('fever: a charted rash raises meningococcal disease (Heckenberg 2008, rash in 159 of 245) (session 36b, faint)', () => {
  test.each(settings)('a febrile young man with a rash: meningococcal disease raised one and a half times or more and among the first ten (%s)', (setting) => {
    const bare = run('fever', setting, 20, 'male', ['+temperature-38-or-over']);
    const r = run('fever', setting, 20, 'male', ['+temperature-38-or-over', '+skin-eruption']);
    expect(p(r, 'meningococcal-disease')).toBeGreaterThanOrEqual(1.5 * p(bare, 'meningococcal-disease'));
    const rank = rankOf(r, 'meningococcal-disease');
    expect(rank > 0 && rank <= 10).toBe(true);
  });

  test('a petechial rash entered beside the charted rash counts once, by the haemorrhagic-lesion entry', () => {
    const r = run('fever', 'emergency', 20, 'male', ['+skin-eruption', '+haemorrhagic-skin-lesions']);
    expect(counted(r, 'meningococcal-disease', 'haemorrhagic-skin-lesions')).toBe(true);
    expect(counted(r, 'meningococcal-disease', 'skin-eruption')).toBe(false);
  });

  test('the rash ratio is limited to the fever complaint', () => {
    const r = run('headache', 'emergency', 20, 'male', ['+skin-eruption']);
    expect(counted(r, 'meningococcal-disease', 'skin-eruption')).toBe(false);
  });
});

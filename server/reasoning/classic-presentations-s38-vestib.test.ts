/**
 * Vestibular neuritis x nystagmus (session 38, curator "vestib").
 *
 * What was wrong: vestibular neuritis x nystagmus (depth-k3b-neuro.json) was grade C, the Bárány criterion B frequency
 * (0.895) over the 25% policy background (LR+ 3.58, LR- 0.14), counted in dizziness and in nausea and vomiting, while a
 * measured background for dizziness now exists and the posterior-circulation-stroke x nystagmus entry added this
 * morning (evidence/s38-vertigo.json) already uses it. The two nystagmus ratios compared the two diagnoses over
 * different denominators.
 * Added (evidence/s38-vestib.json):
 * - vestibular-neuritis x nystagmus, dizziness only (both settings), grade B, LR+ 4.54, LR- 0.066: horizontal or
 *   horizontal-torsional spontaneous nystagmus in 672 of 709 peripheral acute vestibular syndromes (Wüthrich 2023
 *   meta-analysis, doi 10.3389/fneur.2023.1208902, abstract) over nystagmus recorded in 185 of 887 ED dizziness visits
 *   with a documented assessment (Kerber 2011, PMID 21676060, abstract): the same background as the stroke entry.
 *   `requiresAbsent: vertical-or-torsional-spontaneous-nystagmus`: the numerator counts horizontal(-torsional)
 *   nystagmus only, so a purely vertical or torsional nystagmus does not count for neuritis.
 * Changed in place (depth-k3b-neuro.json): the grade C entry now applies to nausea and vomiting only (no cited
 *   frequency of nystagmus among patients vomiting was found, so the policy background stays there).
 * Declined:
 * - Excluding vestibular neuritis by definition when the nystagmus is purely vertical or torsional (`exclusiveWith`):
 *   the Bárány criteria (Strupp 2022, doi 10.3233/VES-220201, PMC9661346, criterion B) ask for a nystagmus 'with a
 *   trajectory appropriate to the semicircular canal afferents involved, generally horizontal-torsional', which is not
 *   an exclusion (inferior-division neuritis is not horizontal); Wüthrich 2023 counts torsional and/or vertical
 *   patterns in 2.6% of peripheral AVS; and session 26 keeps bedside signs that can be misjudged as ratios, not
 *   exclusions.
 * - A vestibular-neuritis x vertical-or-torsional ratio: it would be the mirror of the stroke entry read from the same
 *   Wüthrich two-by-two table (session 37: count one side only); the s38-vertigo guard keeps it out.
 * Expectations are about direction and scope, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

describe('classic presentations, session 38 (vestib): vestibular neuritis x nystagmus', () => {
  test('one grade B entry in dizziness, one grade C entry in nausea and vomiting, no overlap', () => {
    const entries = kb.evidence.filter((e) => e.condition === 'vestibular-neuritis' && e.finding === 'nystagmus');
    const dizzy = entries.filter((e) => e.appliesTo?.problems.includes('dizziness'));
    const vomiting = entries.filter((e) => e.appliesTo?.problems.includes('nausea-and-vomiting'));
    expect(entries.every((e) => e.appliesTo !== undefined)).toBe(true);
    expect(dizzy.length).toBe(1);
    expect(vomiting.length).toBe(1);
    expect(dizzy[0]).not.toBe(vomiting[0]);
    expect(dizzy[0].grade).toBe('B');
    expect(dizzy[0].requiresAbsent).toBe('vertical-or-torsional-spontaneous-nystagmus');
    expect(dizzy[0].lrPositive).toBeGreaterThan(1);
    expect(dizzy[0].lrNegative).toBeLessThan(1);
  });

  test('the neuritis and stroke nystagmus ratios in dizziness share one measured background', () => {
    const vn = kb.evidence.find((e) => e.condition === 'vestibular-neuritis' && e.finding === 'nystagmus' && e.appliesTo?.problems.includes('dizziness'));
    const stroke = kb.evidence.find((e) => e.condition === 'posterior-circulation-stroke' && e.finding === 'nystagmus');
    expect(vn?.derivation?.frequencyWithoutDisease.source?.citation).toBe('kerber-2011-academ-nystagmus-documentation-ed-dizziness');
    expect(stroke?.derivation?.frequencyWithoutDisease.source?.citation).toBe(vn?.derivation?.frequencyWithoutDisease.source?.citation);
    expect(stroke?.derivation?.frequencyWithoutDisease.value).toBe(vn?.derivation?.frequencyWithoutDisease.value);
    // Neuritis has nystagmus more often than stroke, so its ratio is the larger of the two.
    expect(vn?.lrPositive ?? 0).toBeGreaterThan(stroke?.lrPositive ?? Infinity);
  });

  test.each(settings)('a recorded nystagmus raises vestibular neuritis in dizziness, its absence lowers it (%s)', (setting) => {
    const bare = run('dizziness', setting, 50, 'female', ['+vertigo']);
    const present = run('dizziness', setting, 50, 'female', ['+vertigo', '+nystagmus']);
    const absent = run('dizziness', setting, 50, 'female', ['+vertigo', '-nystagmus']);
    expect(findingStepOf(present, 'vestibular-neuritis', 'nystagmus')?.counted).toBe(true);
    expect(findingStepOf(present, 'vestibular-neuritis', 'nystagmus')?.grade).toBe('B');
    expect(p(present, 'vestibular-neuritis')).toBeGreaterThan(p(bare, 'vestibular-neuritis'));
    expect(p(absent, 'vestibular-neuritis')).toBeLessThan(p(bare, 'vestibular-neuritis'));
  });

  test.each(settings)('a purely vertical or torsional nystagmus does not count as neuritis nystagmus (%s)', (setting) => {
    const r = run('dizziness', setting, 60, 'female', ['+vertigo', '+nystagmus', '+nausea-or-vomiting', '+vertical-or-torsional-spontaneous-nystagmus']);
    expect(findingStepOf(r, 'vestibular-neuritis', 'nystagmus')?.counted ?? false).toBe(false);
    expect(findingStepOf(r, 'posterior-circulation-stroke', 'vertical-or-torsional-spontaneous-nystagmus')?.counted).toBe(true);
    const horizontal = run('dizziness', setting, 60, 'female', ['+vertigo', '+nystagmus', '+nausea-or-vomiting']);
    expect(p(r, 'vestibular-neuritis')).toBeLessThan(p(horizontal, 'vestibular-neuritis'));
  });

  test('emergency: vertical or torsional nystagmus with vertigo and vomiting at 60: stroke above neuritis', () => {
    const r = run('dizziness', 'emergency', 60, 'female', ['+vertigo', '+nystagmus', '+nausea-or-vomiting', '+vertical-or-torsional-spontaneous-nystagmus']);
    expect(p(r, 'posterior-circulation-stroke')).toBeGreaterThan(p(r, 'vestibular-neuritis'));
  });

  test('vertical or torsional nystagmus does not exclude neuritis by definition (no exclusiveWith, no mirror ratio)', () => {
    const vn = kb.conditions.get('vestibular-neuritis');
    expect(vn?.exclusiveWith).toBeUndefined();
    expect(kb.evidence.some((e) => e.condition === 'vestibular-neuritis' && e.finding === 'vertical-or-torsional-spontaneous-nystagmus')).toBe(false);
    const r = run('dizziness', 'emergency', 60, 'female', ['+vertigo', '+nystagmus', '+vertical-or-torsional-spontaneous-nystagmus']);
    expect(p(r, 'vestibular-neuritis')).toBeGreaterThan(0);
  });

  test.each(settings)('textbook vestibular neuritis (vertigo, nystagmus, vomiting, no hearing or central signs) at 45 is first (%s)', (setting) => {
    const r = run('dizziness', setting, 45, 'male', ['+vertigo', '+nystagmus', '+nausea-or-vomiting', '-hearing-loss', '-tinnitus', '-headache', '-focal-neurological-deficit']);
    expect(rankOf(r, 'vestibular-neuritis')).toBe(1);
  });

  test('nausea and vomiting keeps the grade C nystagmus ratio for neuritis', () => {
    const bare = run('nausea-and-vomiting', 'emergency', 40, 'female', ['+vertigo']);
    const r = run('nausea-and-vomiting', 'emergency', 40, 'female', ['+vertigo', '+nystagmus']);
    const step = findingStepOf(r, 'vestibular-neuritis', 'nystagmus');
    expect(step?.counted).toBe(true);
    expect(step?.grade).toBe('C');
    expect(p(r, 'vestibular-neuritis')).toBeGreaterThan(p(bare, 'vestibular-neuritis'));
  });
});

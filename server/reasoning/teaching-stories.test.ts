/**
 * Clinical regression guard on the real knowledge base: each of the sandbox's teaching stories, read
 * through the real chart-reading path (no hand-entered findings), has its expected diagnosis in the top
 * 3, and in the can't-miss list when it is a can't-miss diagnosis. A knowledge or engine change that
 * loses one of them fails here.
 */
import { describe, expect, test } from 'vitest';
import { readClinicalStory, readPatientBundles } from '../../fixtures/read-fixtures';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { analyzeSync } from './diagnostic-model';

const kb = loadKnowledge();

/** Stories whose point is not a differential: the opted-out patient (no AI) and the child (out of scope). */
const NOT_A_DIFFERENTIAL: Readonly<Record<string, string>> = {
  'opted-out-low-back-pain.json': 'opted out of AI decision support (checked by the API and CDS service, not the engine)',
  'child-sore-throat-strep.json': 'a 6-year-old: outside the validated scope, abstains unless asked',
};

function expectedCondition(snomed?: string, icd?: string): string | undefined {
  return [...kb.conditions.values()].find((c) => (snomed && c.codes.snomed.includes(snomed)) || (icd && c.codes.icd10cm.includes(icd)))?.id;
}

/**
 * Known shortfalls, reported in the closing notes and the README: what a story states and its chart does not code.
 *
 * Aortic stenosis left this table with knowledge 2.101.1 (session 20): its chart codes only "systolic murmur", which now
 * counts in syncope (Sarasin 2002, grade B), beside ECG left ventricular hypertrophy, so the story is in the top 3 from
 * its chart (it had been 8th to 11th on the Etchells examination findings alone, which no confirmed code carries).
 *
 * Pulmonary embolism left this table with knowledge 2.105.0 and model 2.39.0 (session 22): its chart now records the hip
 * replacement of eight days before as a Procedure, as an EHR does, and a major operation within four weeks is read as
 * recent surgery (West 2007, LR 1.63), so the story is in the top 3 from its chart. It had been fourth from 2.94.0
 * (session 19), when a grade C ratio for a saturation below 95% was limited to chest pain: in breathlessness a low
 * saturation is about as common in pneumonia, COPD and heart failure.
 */
interface StoryShortfall {
  expected: string;
  /** Rank from the chart alone that must not get worse. */
  rankAtMost: number;
  /** What the story states and the chart does not code, entered as a clinician would: then in the top 3. */
  clinicianFindings: string[];
  /** The entered findings must raise the chain's own probability at least this many times. */
  chainRiseAtLeast?: number;
  /** From the chart alone it must already be on the can't-miss list. */
  onCantMissList?: boolean;
}
const STORY_SHORTFALLS: Readonly<Record<string, StoryShortfall>> = {};

describe('teaching stories through the chart-reading path', () => {
  const stories = readPatientBundles().filter((b) => !(b.file in NOT_A_DIFFERENTIAL) && !(b.file in STORY_SHORTFALLS));

  test.each(Object.entries(STORY_SHORTFALLS))('%s: on the differential from the chart; with the findings the story states, entered by the clinician, in the top 3', (file, known) => {
    const { bundle } = readPatientBundles().find((b) => b.file === file)!;
    const { result } = analyzeSync(kb, { chart: bundle });
    const rank = result.differential.findIndex((d) => d.conditionId === known.expected) + 1;
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(known.rankAtMost);
    if (known.onCantMissList) {
      expect(result.cantMiss.map((d) => d.conditionId)).toContain(known.expected);
    }
    // The chain's own probability (before any recalibration): what the entered findings do to the evidence.
    const chain = (d: { probability: number; calibration?: { chainProbability: number } }): number => d.calibration?.chainProbability ?? d.probability;
    const entered = analyzeSync(kb, { chart: bundle, overrides: known.clinicianFindings.map((findingId) => ({ findingId, state: 'present' as const })) }).result;
    const after = entered.differential.find((d) => d.conditionId === known.expected)!;
    if (known.chainRiseAtLeast) {
      expect(chain(after)).toBeGreaterThan(chain(result.differential[rank - 1]) * known.chainRiseAtLeast);
    }
    expect(after.rank).toBeLessThanOrEqual(3);
  });

  test.each(stories.map((s) => [s.file, s] as const))('%s: expected diagnosis in the top 3 (and in the can’t-miss list when can’t-miss)', (_file, { bundle }) => {
    const story = readClinicalStory(bundle);
    const expected = expectedCondition(story.expectedDiagnosis.snomed?.code, story.expectedDiagnosis.icd10?.code);
    expect(expected, `the knowledge base has a condition for ${story.expectedDiagnosis.snomed?.display}`).toBeDefined();
    const { result } = analyzeSync(kb, { chart: bundle });
    expect(result.status).toBe('differential');
    // Established by its definition from the chart (shown first, as a fact) counts as found.
    const rank = result.established.some((d) => d.conditionId === expected) ? 1 : result.differential.findIndex((d) => d.conditionId === expected) + 1;
    expect({ expected, rank: rank > 0 && rank <= 3 ? 'top 3' : rank, top3: rank > 3 || rank === 0 ? result.differential.slice(0, 3).map((d) => d.conditionId) : [] }).toEqual({
      expected,
      rank: 'top 3',
      top3: [],
    });
    if (kb.conditions.get(expected!)?.cantMiss) {
      expect(result.cantMiss.map((d) => d.conditionId)).toContain(expected);
    }
  });

  test('the child story abstains with "not validated for children" unless the differential is asked for, then names strep throat', () => {
    const child = readPatientBundles().find((b) => b.file === 'child-sore-throat-strep.json')!;
    const { result } = analyzeSync(kb, { chart: child.bundle });
    expect(result.abstention?.kind).toBe('child');
    const asked = analyzeSync(kb, { chart: child.bundle, includeChild: true }).result;
    expect(asked.scopeNotes.map((n) => n.kind)).toContain('child');
    expect(asked.problems.map((p) => p.problemId)).toEqual(['sore-throat']);
    expect(asked.differential.slice(0, 3).map((d) => d.conditionId)).toContain('streptococcal-pharyngitis');
  });
});

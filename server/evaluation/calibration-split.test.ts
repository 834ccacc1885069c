/**
 * The calibration split (v-441 on, reserved 2026-12-06 before any was written): each vignette's expected diagnosis is the
 * one drawn for it or one of its alternates, in the setting reserved. They check the recalibration, which stays fitted on
 * the development split (README, Decisions, session 32: fitted on them, alone or pooled, it lifted every rare
 * diagnosis's floor and compressed the chain's evidence).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readClinicalStory, readVignettes } from '../../fixtures/read-fixtures';
import { VIGNETTE_SPLIT_FILE } from '../../fixtures/scripts/specs/vignettes';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { CALIBRATION } from '../reasoning/calibration';
import { evaluateVignettes, matchConditions, readEvaluationVignettes, splitOf } from './evaluate-vignettes';

const split = JSON.parse(readFileSync(VIGNETTE_SPLIT_FILE, 'utf8')) as {
  calibration: string[];
  calibrationReserved: { id: string; problem: string; setting: string; expected: string; alternates: string[] }[];
};
const kb = loadKnowledge();
const calibrationVignettes = readVignettes().filter((v) => splitOf(v.bundle.id ?? v.file) === 'calibration');

describe('the calibration split', () => {
  test('holds the vignettes reserved for it, and only those', () => {
    expect(calibrationVignettes.length).toBeGreaterThanOrEqual(100);
    expect(calibrationVignettes.map((v) => v.bundle.id)).toEqual(split.calibration);
  });

  test.each(split.calibrationReserved.map((r) => [r.id, r] as const))('%s expects its drawn diagnosis or an alternate, in its reserved setting', (id, reserved) => {
    const v = calibrationVignettes.find((x) => x.bundle.id === id);
    expect(v, id).toBeDefined();
    const story = readClinicalStory(v!.bundle);
    expect(story.setting).toBe(reserved.setting);
    expect(story.split).toBe('calibration');
    const matched = matchConditions(kb, { snomed: story.expectedDiagnosis.snomed, icd10: story.expectedDiagnosis.icd10 });
    expect(matched.some((c) => c === reserved.expected || reserved.alternates.includes(c)), `${id}: ${matched.join(', ')}`).toBe(true);
  });

  test('the committed recalibration was fitted on the development split, not on these (they check it)', () => {
    expect(CALIBRATION.recalibration?.method).toMatch(/development vignettes/);
    expect(CALIBRATION.fittedOn).toMatch(/^development split/);
  });

  test("the display's reliability table (its caps) counts the development, calibration and breadth-development candidates together (never the test split's)", () => {
    const bins = CALIBRATION.reliability ?? [];
    expect(bins.length).toBeGreaterThan(0);
    const both = readEvaluationVignettes().filter((v) => splitOf(v.id) !== 'test');
    let candidates = 0;
    evaluateVignettes(kb, both, { onCandidate: () => (candidates += 1) });
    // every candidate of both splits falls in one bin
    expect(bins.reduce((n, b) => n + b.n, 0)).toBe(candidates);
    expect(CALIBRATION.recalibration?.n).toBeLessThan(candidates);
    expect(CALIBRATION.fittedOn).toMatch(new RegExp(`calibration split \\(n=${calibrationVignettes.length};`));
  });
});

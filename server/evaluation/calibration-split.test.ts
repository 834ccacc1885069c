/**
 * The calibration split (v-441 on, reserved 2026-12-06 before any was written): each vignette's expected diagnosis is the
 * one drawn for it or one of its alternates, in the setting reserved, and the committed recalibration was fitted on
 * exactly these vignettes (the development split fits only the dependence correction).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readClinicalStory, readVignettes } from '../../fixtures/read-fixtures';
import { VIGNETTE_SPLIT_FILE } from '../../fixtures/scripts/specs/vignettes';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { CALIBRATION } from '../reasoning/calibration';
import { matchConditions, splitOf } from './evaluate-vignettes';

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

  test('the committed recalibration was fitted on every calibration vignette', () => {
    expect(CALIBRATION.recalibration?.vignettes).toBe(calibrationVignettes.length);
    expect(CALIBRATION.fittedOn).toMatch(/calibration split \(n=\d+/);
  });
});

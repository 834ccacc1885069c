/**
 * The breadth-development split (v-551 on, reserved 2026-12-06, session 34, before any was written): drawn like the
 * calibration split, uniformly from each presenting problem's causes, so that knowledge work can read misses on causes
 * nobody chose; it is not fitted on (README, Decisions, session 34), but since session 36 it is part of the display's
 * reliability table: knowledge work can only make it look better, so counting it can only make a cap more cautious.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readClinicalStory, readVignettes } from '../../fixtures/read-fixtures';
import { VIGNETTE_SPLIT_FILE } from '../../fixtures/scripts/specs/vignettes';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { CALIBRATION } from '../reasoning/calibration';
import { matchConditions, splitOf } from './evaluate-vignettes';

const split = JSON.parse(readFileSync(VIGNETTE_SPLIT_FILE, 'utf8')) as {
  breadth: string[];
  breadthReserved: { id: string; problem: string; setting: string; expected: string; alternates: string[] }[];
  breadthUnwritten: { id: string; why: string }[];
  calibrationReserved: { id: string; problem: string; setting: string; expected: string }[];
};
const kb = loadKnowledge();
const breadthVignettes = readVignettes().filter((v) => splitOf(v.bundle.id ?? v.file) === 'breadth');

describe('the breadth-development split', () => {
  test('holds the vignettes reserved for it, and only those; an id left unwritten says why', () => {
    expect(breadthVignettes.length).toBeGreaterThanOrEqual(100);
    expect(breadthVignettes.map((v) => v.bundle.id)).toEqual(split.breadth);
    const unwritten = split.breadthUnwritten.map((u) => u.id);
    expect([...split.breadth, ...unwritten].sort()).toEqual(split.breadthReserved.map((r) => r.id));
    expect(unwritten.length).toBeLessThanOrEqual(5);
  });

  test('two per presenting problem, one in each setting, never the calibration split\'s draw for the same slot where another cause exists', () => {
    const slots = new Set(split.breadthReserved.map((r) => `${r.problem}|${r.setting}`));
    expect(slots.size).toBe(split.breadthReserved.length);
    const calibrationDraw = new Map(split.calibrationReserved.map((r) => [`${r.problem}|${r.setting}`, r.expected]));
    const repeated = split.breadthReserved.filter((r) => calibrationDraw.get(`${r.problem}|${r.setting}`) === r.expected);
    // only a slot with one cause repeats the calibration split's draw (it then has no alternates)
    expect(repeated.every((r) => r.alternates.length === 0)).toBe(true);
  });

  test.each(split.breadthReserved.filter((r) => split.breadth.includes(r.id)).map((r) => [r.id, r] as const))('%s expects its drawn diagnosis or an alternate, in its reserved setting', (id, reserved) => {
    const v = breadthVignettes.find((x) => x.bundle.id === id);
    expect(v, id).toBeDefined();
    const story = readClinicalStory(v!.bundle);
    expect(story.setting).toBe(reserved.setting);
    expect(story.split).toBe('breadth');
    const matched = matchConditions(kb, { snomed: story.expectedDiagnosis.snomed, icd10: story.expectedDiagnosis.icd10 });
    expect(matched.some((c) => c === reserved.expected || reserved.alternates.includes(c)), `${id}: ${matched.join(', ')}`).toBe(true);
  });

  test('is not fitted on: the recalibration names the development vignettes only; the reliability table counts it (session 36)', () => {
    expect(CALIBRATION.fittedOn).toMatch(/^development split/);
    expect(CALIBRATION.recalibration?.method).toMatch(/development vignettes/);
    expect(CALIBRATION.recalibration?.method).not.toMatch(/breadth/);
    expect(CALIBRATION.fittedOn).toMatch(new RegExp(`breadth-development split \\(n=${breadthVignettes.length};`));
  });
});

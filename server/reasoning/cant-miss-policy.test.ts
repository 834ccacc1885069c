import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { CANT_MISS_THRESHOLDS, cantMissPolicyThreshold } from './cant-miss-policy';

const kb = loadKnowledge();

describe('can’t-miss policy thresholds', () => {
  test('every id in the table is an existing can’t-miss condition', () => {
    const wrong = Object.keys(CANT_MISS_THRESHOLDS).filter((id) => kb.conditions.get(id)?.cantMiss !== true);
    expect(wrong).toEqual([]);
  });

  test('thresholds are probabilities in (0, 0.2] with a rationale', () => {
    for (const [id, entry] of Object.entries(CANT_MISS_THRESHOLDS)) {
      expect(entry.threshold, id).toBeGreaterThan(0);
      expect(entry.threshold, id).toBeLessThanOrEqual(0.2);
      expect(entry.rationale.length, id).toBeGreaterThan(20);
    }
  });

  test('every can’t-miss condition has an entry', () => {
    const missing = [...kb.conditions.values()].filter((c) => c.cantMiss && cantMissPolicyThreshold(c.id) === undefined).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  test('unknown ids have no threshold', () => {
    expect(cantMissPolicyThreshold('no-such-condition')).toBeUndefined();
  });
});

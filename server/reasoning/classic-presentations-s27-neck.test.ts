/**
 * Textbook presentations of neck pain entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 27, curator tag `neck`). Each case was ranked in a way a clinician would call absurd before a cited
 * weight was added (server/knowledge/data/evidence/s27-neck.json; the Cook cluster now read from its items); the test
 * keeps it from coming back. Expectations are about order, not percentages, since the recalibration is refitted
 * whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import type { DifferentialResult } from './types';
import { listedProbOf as p, presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of neck pain (session 27)', () => {
  test('a man of 62 with numb hands, an unsteady gait and a Hoffmann sign: cervical myelopathy is second, above whiplash and radiculopathy (was fourth)', () => {
    // Gait deviation, Hoffmann and age > 45 are three of the five items of Cook 2010's cluster (LR+ 30.9). Before session
    // 27 the cluster was never read from its items (it could only be entered by hand).
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('neck-pain', setting, 62, 'male', ['+hand-numbness', '+gait-disturbance', '+hoffmann-sign-positive']);
      expect(rankOf(r, 'cervical-myelopathy')).toBeGreaterThan(0);
      expect(rankOf(r, 'cervical-myelopathy')).toBeLessThanOrEqual(2);
      expect(rankOf(r, 'cervical-myelopathy')).toBeLessThan(rankOf(r, 'whiplash-associated-disorder'));
      expect(rankOf(r, 'cervical-myelopathy')).toBeLessThan(rankOf(r, 'cervical-radiculopathy'));
    }
  });

  test('the Cook cluster is read from its items: three of five (age over 45, gait, Hoffmann) at 62, only two at 40', () => {
    const older = run('neck-pain', 'primary-care', 62, 'male', ['+gait-disturbance', '+hoffmann-sign-positive']);
    const younger = run('neck-pain', 'primary-care', 40, 'male', ['+gait-disturbance', '+hoffmann-sign-positive']);
    const step = (r: DifferentialResult) => r.differential.find((d) => d.conditionId === 'cervical-myelopathy')!.steps.find((s) => s.kind === 'finding' && s.findingId === 'cook-myelopathy-cluster-3-or-more');
    expect(step(older)).toBeDefined();
    expect(step(younger)).toBeUndefined();
    expect(p(older, 'cervical-myelopathy')).toBeGreaterThan(p(younger, 'cervical-myelopathy') * 3);
  });

  test('the Cook cluster and the signs it is made of count once (one correlation group)', () => {
    const cluster = run('neck-pain', 'primary-care', 62, 'male', ['+gait-disturbance', '+hoffmann-sign-positive']);
    const more = run('neck-pain', 'primary-care', 62, 'male', ['+gait-disturbance', '+hoffmann-sign-positive', '+myelopathic-signs-present', '+babinski-sign-positive']);
    expect(p(more, 'cervical-myelopathy')).toBeCloseTo(p(cluster, 'cervical-myelopathy'), 6);
  });
});

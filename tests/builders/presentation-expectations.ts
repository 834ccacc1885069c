/**
 * Expectations shared by the classic-presentation guards (session 33): a cause listed within a rank in both care
 * settings, and a finding that raises a cause in both, bound to a test file's runner (its own knowledge base).
 */
import { expect } from 'vitest';
import type { KnowledgeBase } from '../../server/knowledge/load-knowledge';
import { probOf, rankOf, type PresentationRunner } from './classic-presentation';

const SETTINGS = ['primary-care', 'emergency'] as const;
type Sex = 'female' | 'male';

/** Runs a picture in both settings and checks the cause is listed within `maxRank` (a number, or one per setting). */
function expectWithin(run: PresentationRunner, problem: string, cause: string, age: number, sex: Sex, findings: string[], maxRank: number | [number, number]): void {
  SETTINGS.forEach((s, i) => {
    const limit = typeof maxRank === 'number' ? maxRank : maxRank[i];
    const rank = rankOf(run(problem, s, age, sex, findings), cause);
    expect(rank, `${cause} in ${problem}, ${s}`).toBeGreaterThan(0);
    expect(rank, `${cause} in ${problem}, ${s}`).toBeLessThanOrEqual(limit);
  });
}

/** The cause's probability is higher with `finding` than without it, in both settings. */
function expectRaisedBy(run: PresentationRunner, problem: string, cause: string, age: number, sex: Sex, findings: string[], finding: string): void {
  for (const s of SETTINGS) {
    const withIt = run(problem, s, age, sex, findings);
    const without = run(problem, s, age, sex, findings.filter((f) => f !== finding));
    expect(probOf(withIt, cause), `${finding} for ${cause}, ${s}`).toBeGreaterThan(probOf(without, cause));
  }
}

/** The two expectations bound to one runner. */
export function presentationExpectations(run: PresentationRunner): {
  expectWithin: (problem: string, cause: string, age: number, sex: Sex, findings: string[], maxRank: number | [number, number]) => void;
  expectRaisedBy: (problem: string, cause: string, age: number, sex: Sex, findings: string[], finding: string) => void;
} {
  return {
    expectWithin: (...a) => expectWithin(run, ...a),
    expectRaisedBy: (...a) => expectRaisedBy(run, ...a),
  };
}

/**
 * The finding and condition ids a guard names all exist in the knowledge base (session 41): a renamed id fails here by
 * name, instead of as a silent "not listed" rank further down the guard.
 */
export function expectKnownIds(kb: KnowledgeBase, findings: readonly string[], conditions: readonly string[]): void {
  expect(findings.filter((id) => !kb.findings.has(id)), 'finding ids not in the knowledge base').toEqual([]);
  expect(conditions.filter((id) => !kb.conditions.has(id)), 'condition ids not in the knowledge base').toEqual([]);
}

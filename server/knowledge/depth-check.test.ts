import { describe, expect, test } from 'vitest';
import { loadKnowledge } from './load-knowledge';
import { depthProblems } from './depth-check';
import type { KnowledgeBase } from './load-knowledge';

describe('no condition without graded evidence (issue 10, item 6; run by kb:check)', () => {
  const kb = loadKnowledge();

  test('the real knowledge base passes: every condition has evidence, a definition, or a note saying why not', () => {
    expect(depthProblems(kb)).toEqual([]);
  });

  test('a condition without evidence, definition or note is refused; a note beside evidence is refused too', () => {
    const gap = [...kb.conditions.values()].find((c) => c.depthGap)!;
    const withoutNote = { ...kb, conditions: new Map([...kb.conditions].map(([id, c]) => [id, id === gap.id ? { ...c, depthGap: undefined } : c])) } as KnowledgeBase;
    expect(depthProblems(withoutNote)).toEqual([expect.stringContaining(`conditions/${gap.id}.json: has no graded finding`)]);
    const deep = [...kb.conditions.values()].find((c) => (kb.evidenceByCondition.get(c.id)?.size ?? 0) > 0)!;
    const staleNote = { ...kb, conditions: new Map([...kb.conditions].map(([id, c]) => [id, id === deep.id ? { ...c, depthGap: { reason: 'x'.repeat(20), recorded: '2026-12-04' } } : c])) } as KnowledgeBase;
    expect(depthProblems(staleNote)).toEqual([expect.stringContaining(`conditions/${deep.id}.json: has`)]);
  });

  test('the list of conditions without evidence is short and named (it may only shrink)', () => {
    const gaps = [...kb.conditions.values()].filter((c) => c.depthGap).map((c) => c.id).sort();
    expect(gaps.length).toBeLessThanOrEqual(5);
  });
});

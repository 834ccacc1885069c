import { describe, expect, test } from 'vitest';
import { loadKnowledge } from './load-knowledge';
import { depthProblems, quotesFigure, unquantifiedSourceProblems } from './depth-check';
import type { KnowledgeBase } from './load-knowledge';

describe('no condition without graded evidence (issue 10, item 6; run by kb:check)', () => {
  const kb = loadKnowledge();

  test('the real knowledge base passes: every condition has evidence, a definition, or a note saying why not', () => {
    expect(depthProblems(kb)).toEqual([]);
  });

  test('a condition without evidence, definition or note is refused; a note beside evidence is refused too', () => {
    // Every condition now has evidence (2026-12-05): strip one condition's evidence to see the refusal, then the note
    // that clears it.
    const gap = [...kb.conditions.values()].find((c) => !c.definition && (kb.evidenceByCondition.get(c.id)?.size ?? 0) > 0)!;
    const noEvidence = { ...kb, evidenceByCondition: new Map([...kb.evidenceByCondition].filter(([id]) => id !== gap.id)) } as KnowledgeBase;
    expect(depthProblems(noEvidence)).toEqual([expect.stringContaining(`conditions/${gap.id}.json: has no graded finding`)]);
    const withNote = { ...noEvidence, conditions: new Map([...kb.conditions].map(([id, c]) => [id, id === gap.id ? { ...c, depthGap: { reason: 'x'.repeat(20), recorded: '2026-12-05' } } : c])) } as KnowledgeBase;
    expect(depthProblems(withNote)).toEqual([]);
    const deep = [...kb.conditions.values()].find((c) => (kb.evidenceByCondition.get(c.id)?.size ?? 0) > 0)!;
    const staleNote = { ...kb, conditions: new Map([...kb.conditions].map(([id, c]) => [id, id === deep.id ? { ...c, depthGap: { reason: 'x'.repeat(20), recorded: '2026-12-04' } } : c])) } as KnowledgeBase;
    expect(depthProblems(staleNote)).toEqual([expect.stringContaining(`conditions/${deep.id}.json: has`)]);
  });

  test('no condition is left without evidence (the depth-gap list has shrunk to nothing and may not grow back)', () => {
    expect([...kb.conditions.values()].filter((c) => c.depthGap).map((c) => c.id)).toEqual([]);
  });
});

describe('a figure quoted in an unquantified reason names its source (run by kb:check)', () => {
  const kb = loadKnowledge();

  test('the real knowledge base passes', () => {
    expect(unquantifiedSourceProblems(kb)).toEqual([]);
  });

  test('percentages and counts are figures; identifiers, page ranges and addresses are not', () => {
    expect(quotesFigure('GI disease was diagnosed in 5.8% of patients')).toBe(true);
    expect(quotesFigure('12 of 55 patients with generalised pruritus')).toBe(true);
    expect(quotesFigure('pharyngitis in 23/770 patients')).toBe(true);
    expect(quotesFigure('Ely 2006, J Am Board Fam Med 19(2):148-160, doi 10.3122/jabfm.19.2.148')).toBe(false);
    expect(quotesFigure('abstract read at aafp.org/afp/2020/0801/p150.html; PMID 20003376, PMC2799444')).toBe(false);
  });

  test('a reason with a figure and no sources is refused; adding a source clears it', () => {
    const problem = [...kb.problems.values()].find((p) => p.unquantified.some((u) => u.sources && quotesFigure(u.reason)))!;
    const entry = problem.unquantified.find((u) => u.sources && quotesFigure(u.reason))!;
    const strip = (sources: typeof entry.sources) => ({
      ...kb,
      problems: new Map([...kb.problems].map(([id, p]) => [id, id === problem.id ? { ...p, unquantified: p.unquantified.map((u) => (u === entry ? { ...u, sources } : u)) } : p])),
    }) as KnowledgeBase;
    expect(unquantifiedSourceProblems(strip(undefined))).toEqual([expect.stringContaining(`problems/${problem.id}.json: the unquantified reason for "${entry.condition}" quotes a figure`)]);
    expect(unquantifiedSourceProblems(strip(entry.sources))).toEqual([]);
  });
});

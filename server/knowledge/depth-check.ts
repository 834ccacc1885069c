/**
 * Depth rules checked on the real knowledge base by `npm run kb:check` (issue 10, item 6): no condition without
 * graded evidence unless it has a definition or a `depthGap` note saying why none could be cited yet, and no such
 * note once evidence exists, so the list of gaps can only shrink. (Not in the loader: test fixtures build small
 * knowledge bases whose conditions need no evidence.)
 */
import type { KnowledgeBase } from './load-knowledge';

/** @returns one message per condition that breaks the rule (empty when the base is deep enough) */
export function depthProblems(kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const c of kb.conditions.values()) {
    const evidence = kb.evidenceByCondition.get(c.id)?.size ?? 0;
    if (evidence === 0 && !c.definition && !c.depthGap) {
      out.push(`conditions/${c.id}.json: has no graded finding and no definition; add evidence, or a depthGap saying why none could be cited yet`);
    }
    if (evidence > 0 && c.depthGap) {
      out.push(`conditions/${c.id}.json: has ${evidence} graded finding(s) now; remove its depthGap note`);
    }
  }
  return out;
}

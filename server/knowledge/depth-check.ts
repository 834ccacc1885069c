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

/**
 * A figure quoted in the reason of an `unquantified` entry (a percentage, "12 of 55", "23/770") is a number shown to
 * clinicians, so it must name its source in the registry like every other number (`sources`), even though it never
 * enters a calculation. Identifiers (DOI suffixes, page ranges) are not figures.
 */
export function quotesFigure(reason: string): boolean {
  const text = reason
    .replace(/\b10\.\d{4,9}\/\S+/g, ' ')
    .replace(/\S*[a-z]\S*\/\S*/gi, ' ')
    .replace(/\b(?:PMID|PMC|NBK)\s*\d+/gi, ' ');
  return /\d+(?:\.\d+)?\s?%|\b\d[\d,]*\s+of\s+\d[\d,]*\b|\b\d+\s*\/\s*\d+\b/.test(text);
}

/** @returns one message per unquantified reason that quotes a figure without naming its source */
export function unquantifiedSourceProblems(kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const p of kb.problems.values()) {
    for (const u of p.unquantified) {
      if (quotesFigure(u.reason) && !u.sources?.length) {
        out.push(`problems/${p.id}.json: the unquantified reason for "${u.condition}" quotes a figure but names no source (add "sources")`);
      }
    }
  }
  return out;
}

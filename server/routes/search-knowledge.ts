/**
 * Search of knowledge-base findings and conditions by name or synonym, for "add a finding" and
 * "add a missed diagnosis". Prefix matches of a word rank before matches inside a word.
 */
import type { KnowledgeMatch } from '../contract';

interface Searchable {
  readonly id: string;
  readonly name: string;
  readonly synonyms: readonly string[];
  readonly category?: string;
}

function score(text: string, q: string): number {
  const t = text.toLowerCase();
  if (t === q) {
    return 0;
  }
  if (t.startsWith(q)) {
    return 1;
  }
  if (t.split(/[\s,()/-]+/).some((w) => w.startsWith(q))) {
    return 2;
  }
  return t.includes(q) ? 3 : Infinity;
}

/**
 * @param items - findings or conditions
 * @param query - what the clinician typed
 * @param limit - most results
 * @returns matches, best first
 */
export function searchKnowledge(items: Iterable<Searchable>, query: string, limit: number): KnowledgeMatch[] {
  const q = query.trim().toLowerCase();
  const hits: { match: KnowledgeMatch; score: number }[] = [];
  for (const item of items) {
    const nameScore = score(item.name, q);
    let best = { score: nameScore, matched: undefined as string | undefined };
    for (const synonym of item.synonyms) {
      const s = score(synonym, q) + 0.5;
      if (s < best.score) {
        best = { score: s, matched: synonym };
      }
    }
    if (best.score < Infinity) {
      hits.push({ match: { id: item.id, name: item.name, ...(best.matched ? { matched: best.matched } : {}), ...(item.category ? { category: item.category } : {}) }, score: best.score });
    }
  }
  hits.sort((a, b) => a.score - b.score || a.match.name.localeCompare(b.match.name));
  return hits.slice(0, limit).map((h) => h.match);
}

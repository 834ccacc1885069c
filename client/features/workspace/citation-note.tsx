/**
 * A citation as text with links to its persistent identifiers (PubMed, PMC, Bookshelf, DOI), and its
 * verification status. Text only, no HTML.
 */
import type { JSX } from 'react';
import { citationLinks } from '../../../server/knowledge/citation-links';
import type { CitationRef } from '../../../server/knowledge/schema';
import type { CitationSummary } from '../../../server/reasoning/types';

/**
 * @param props - the reference and the citations map of the result
 * @returns the citation line
 */
export function CitationNote({ source, citations }: { readonly source: CitationRef | undefined; readonly citations: Readonly<Record<string, CitationSummary>> }): JSX.Element | null {
  if (!source) {
    return null;
  }
  const c = citations[source.citation];
  if (!c) {
    return <span className="citation">Source: {source.citation} (not in the registry)</span>;
  }
  return (
    <span className="citation" data-testid="citation">
      {c.title}. <em>{c.journal}</em> {c.year}. {source.locator}.{' '}
      {citationLinks(c).map((l, i) => (
        <span key={l.url}>
          {i > 0 ? ' · ' : null}
          <a href={l.url} target="_blank" rel="noreferrer noopener">
            {l.label}
          </a>
        </span>
      ))}
      {c.status === 'unverified' ? <span className="tag tag-warn"> numbers not verified in the source</span> : null}
    </span>
  );
}

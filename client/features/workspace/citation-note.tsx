/**
 * A citation as text with PubMed and DOI links, and its verification status. Text only, no HTML.
 */
import type { JSX } from 'react';
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
      {c.pmid ? (
        <a href={`https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(c.pmid)}/`} target="_blank" rel="noreferrer noopener">
          PubMed {c.pmid}
        </a>
      ) : null}
      {c.pmid && c.doi ? ' · ' : null}
      {c.doi ? (
        <a href={`https://doi.org/${c.doi}`} target="_blank" rel="noreferrer noopener">
          DOI {c.doi}
        </a>
      ) : null}
      {c.status === 'unverified' ? <span className="tag tag-warn"> numbers not verified in the source</span> : null}
    </span>
  );
}

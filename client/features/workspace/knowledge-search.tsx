/**
 * A search box over knowledge-base findings or conditions, by name or synonym.
 */
import { useEffect, useId, useState, type JSX } from 'react';
import type { KnowledgeMatch, SearchResponse } from '../../../server/contract';

/** Props of {@link KnowledgeSearch}. */
export interface KnowledgeSearchProps {
  readonly label: string;
  readonly search: (q: string) => Promise<SearchResponse>;
  readonly onPick: (match: KnowledgeMatch) => void;
  readonly testId: string;
}

/**
 * @param props - label, search function and pick callback
 * @returns the search box with its results
 */
export function KnowledgeSearch({ label, search, onPick, testId }: KnowledgeSearchProps): JSX.Element {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<readonly KnowledgeMatch[]>([]);
  const [failed, setFailed] = useState(false);
  const id = useId();
  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) {
      setResults([]);
      return undefined;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      search(query).then(
        (r) => live && (setResults(r.results), setFailed(false)),
        () => live && setFailed(true),
      );
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q, search]);
  return (
    <div className="knowledge-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" data-testid={`${testId}-input`} />
      {failed ? <p role="status">Search is unavailable right now.</p> : null}
      {results.length > 0 ? (
        <ul className="search-results" aria-label={`${label}: results`}>
          {results.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="link-button"
                data-testid={`${testId}-result`}
                onClick={() => {
                  onPick(m);
                  setQ('');
                  setResults([]);
                }}
              >
                {m.name}
                {m.matched ? ` (${m.matched})` : ''}
              </button>
            </li>
          ))}
        </ul>
      ) : q.trim().length >= 2 && !failed ? (
        <p className="muted" role="status">
          No match in the knowledge base.
        </p>
      ) : null}
    </div>
  );
}

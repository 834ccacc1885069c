/**
 * Progress while the chart loads, then what could not be loaded (or was only partly read), so that
 * the differential is never built on data that was silently dropped.
 */
import type { JSX } from 'react';
import type { ResourceRead } from '../../fhir/read-chart';

/**
 * @param props - the reads and whether loading is finished
 * @returns the progress list or the problems notice
 */
export function ChartLoadReport({ reads, done }: { readonly reads: readonly ResourceRead[]; readonly done: boolean }): JSX.Element | null {
  if (!done) {
    const finished = reads.filter((r) => r.status !== 'loading').length;
    return (
      <div role="status" className="panel" data-testid="chart-progress">
        <p>
          Reading the chart… {finished} of {reads.length}
        </p>
        <progress max={reads.length} value={finished} aria-label="Chart reading progress" />
        <ul className="read-list">
          {reads.map((r) => (
            <li key={r.label}>
              {r.label}: {r.status === 'loading' ? 'reading' : `${r.count} read`}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const problems = reads.filter((r) => r.status === 'failed' || r.status === 'partial');
  if (problems.length === 0) {
    return null;
  }
  return (
    <div className="notice notice-error" role="alert" data-testid="chart-problems">
      <h2>Not everything in the chart could be read</h2>
      <ul>
        {problems.map((r) => (
          <li key={r.label}>
            {r.label}: {r.status === 'failed' ? 'could not be loaded' : 'partly read'} ({r.detail}).
          </li>
        ))}
      </ul>
      <p>The differential below is built without what is listed here. Check the chart for it.</p>
    </div>
  );
}

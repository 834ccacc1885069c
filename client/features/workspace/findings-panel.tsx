/**
 * The findings the differential used, chart-derived and clinician-entered kept visibly apart, with
 * add (search), mark absent, remove and undo; the differential updates at once.
 */
import { useState, type JSX } from 'react';
import type { Resource } from '@medplum/fhirtypes';
import type { SearchResponse } from '../../../server/contract';
import type { FindingOverride, KnownFinding } from '../../../server/reasoning/types';
import { ChartSourceLink } from './chart-source-link';
import type { FindingChange } from './finding-overrides';
import { KnowledgeSearch } from './knowledge-search';

/** Props of {@link FindingsPanel}. */
export interface FindingsPanelProps {
  readonly findings: readonly KnownFinding[];
  readonly overrides: readonly FindingOverride[];
  readonly names: ReadonlyMap<string, string>;
  readonly chart: ReadonlyMap<string, Resource>;
  readonly searchFindings: (q: string) => Promise<SearchResponse>;
  readonly onChange: (change: FindingChange) => void;
}

/**
 * @param props - findings, overrides, names and callbacks
 * @returns the panel
 */
export function FindingsPanel({ findings, overrides, names, chart, searchFindings, onChange }: FindingsPanelProps): JSX.Element {
  const removed = overrides.filter((o) => o.state === 'removed');
  const [open, setOpen] = useState(false);
  // Every finding's clinical name comes from the server (result.findingNames); an id is never shown.
  const name = (id: string): string => names.get(id) ?? 'a finding this knowledge version no longer names';
  return (
    <section className="panel" aria-labelledby="findings-h" data-testid="findings-panel">
      <h2 id="findings-h">Findings used</h2>
      {/* Collapsed by default so that the differential comes first (issue 15, item 1); open once edited. */}
      <details open={open || overrides.length > 0} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary data-testid="findings-toggle">
          {findings.length} {findings.length === 1 ? 'finding' : 'findings'} from the chart and from you ({findings.filter((f) => f.present).length} present,{' '}
          {findings.filter((f) => !f.present).length} absent): show, mark absent or remove
        </summary>
      <ul className="findings">
        {findings.map((f) => {
          const changed = overrides.some((o) => o.findingId === f.findingId);
          return (
            <li key={f.findingId} className={`finding origin-${f.origin}`} data-testid="finding" data-finding={f.findingId}>
              <span className={`tag ${f.origin === 'chart' ? 'tag-chart' : 'tag-clinician'}`}>{f.origin === 'chart' ? 'Chart' : 'Clinician'}</span>{' '}
              <span data-testid="finding-name">
                {f.present ? '' : 'Absent: '}
                {name(f.findingId)}
              </span>
              {f.impliedBy ? <span data-testid="finding-implied-by"> (implied by your entry: {name(f.impliedBy)})</span> : null}
              {f.sources.slice(0, 2).map((s) => (
                <ChartSourceLink key={s.reference} source={s} chart={chart} />
              ))}
              <span className="button-row compact">
                {f.present ? (
                  <button type="button" className="secondary" onClick={() => onChange({ findingId: f.findingId, state: 'absent' })} aria-label={`Mark absent: ${name(f.findingId)}`}>
                    Mark absent
                  </button>
                ) : null}
                <button type="button" className="secondary" onClick={() => onChange({ findingId: f.findingId, state: 'removed' })} aria-label={`Remove: ${name(f.findingId)}`}>
                  Remove
                </button>
                {changed ? (
                  <button type="button" className="secondary" onClick={() => onChange({ findingId: f.findingId, state: 'undo' })} aria-label={`Undo: ${name(f.findingId)}`}>
                    Undo
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      </details>
      {removed.length > 0 ? (
        <p className="muted">
          Removed by you (not used):{' '}
          {removed.map((o, i) => (
            <span key={o.findingId}>
              {i > 0 ? ', ' : ''}
              <button type="button" className="link-button" onClick={() => onChange({ findingId: o.findingId, state: 'undo' })}>
                {name(o.findingId)} (restore)
              </button>
            </span>
          ))}
        </p>
      ) : null}
      <KnowledgeSearch label="Add a finding" search={searchFindings} onPick={(m) => onChange({ findingId: m.id, state: 'present' })} testId="finding-search" />
    </section>
  );
}

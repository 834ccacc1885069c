/**
 * Diagnoses suggested by strong chart findings alone, without a presenting problem and so without a
 * pre-test probability: each with the findings that evoke it, their chart sources and citations.
 * Never a percentage, never a decision to record (there is no computed suggestion to decide on).
 */
import type { JSX } from 'react';
import type { Resource } from '@medplum/fhirtypes';
import type { CitationSummary, EvokedDiagnosis } from '../../../server/reasoning/types';
import { ChartSourceLink } from './chart-source-link';
import { CitationNote } from './citation-note';

/** Props of {@link EvokedList}. */
export interface EvokedListProps {
  readonly evoked: readonly EvokedDiagnosis[];
  readonly citations: Readonly<Record<string, CitationSummary>>;
  readonly chart: ReadonlyMap<string, Resource>;
  /** True when a differential with probabilities is shown as well. */
  readonly besideDifferential: boolean;
}

/**
 * @param props - the evoked diagnoses, citations and chart index
 * @returns the section, or nothing when there are none
 */
export function EvokedList({ evoked, citations, chart, besideDifferential }: EvokedListProps): JSX.Element | null {
  if (evoked.length === 0) {
    return null;
  }
  return (
    <section className="panel evoked" aria-labelledby="evoked-h" data-testid="evoked">
      <h2 id="evoked-h">{besideDifferential ? 'Also suggested by findings (no probability)' : 'Suggested by findings (no presenting problem, so no probability)'}</h2>
      <p className="muted">
        AI suggestions for consideration: strong findings in the chart point to these. Without a pre-test probability for a presenting problem no likelihood is
        given; the likelihood ratio (LR) says how strongly each finding points to the diagnosis.
      </p>
      <ul className="ranked">
        {evoked.map((d) => (
          <li key={d.conditionId}>
            <article className="diagnosis" aria-labelledby={`evoked-${d.conditionId}`} data-testid="evoked-diagnosis" data-condition={d.conditionId}>
              <h3 id={`evoked-${d.conditionId}`}>
                {d.name}
                {d.cantMiss ? <span className="tag tag-warn">can&apos;t miss</span> : null}
              </h3>
              <p className="ai-tag">AI suggestion for consideration, no probability</p>
              {d.inChart ? <p className="muted">Already in the chart ({d.inChart.verificationStatus}).</p> : null}
              <p className="evoked-by">Suggested by:</p>
              <ul className="steps">
                {d.evidence.map((e) => (
                  <li key={e.findingId} data-testid="evoked-finding">
                    <strong>{e.findingName}</strong>: LR {e.lr.toFixed(1)}
                    {e.sources.map((s) => (
                      <ChartSourceLink key={s.reference} source={s} chart={chart} />
                    ))}
                    <CitationNote source={e.source} citations={citations} />
                  </li>
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Presenting problems: those read from the chart, those the clinician gave (removable), the common
 * complaints one click away, and a search over the knowledge base's presenting problems.
 */
import { useId, type JSX } from 'react';
import type { SearchResponse } from '../../../server/contract';
import { KnowledgeSearch } from './knowledge-search';
import { availableComplaints, COMMON_COMPLAINTS } from './presenting-problems';
import type { ChosenProblem } from './request-state';

/** Props of {@link ProblemPicker}. */
export interface ProblemPickerProps {
  /** Problems the engine read from the chart (not removable here). */
  readonly fromChart: readonly ChosenProblem[];
  /** Problems the clinician gave. */
  readonly chosen: readonly ChosenProblem[];
  /** Chosen problem ids the engine did not recognise. */
  readonly unrecognised: readonly string[];
  readonly showCommon: boolean;
  readonly search: (q: string) => Promise<SearchResponse>;
  readonly onAdd: (problems: readonly ChosenProblem[]) => void;
  readonly onRemove: (problemId: string) => void;
}

/**
 * @param props - the problems and callbacks
 * @returns the lists, buttons and search box
 */
export function ProblemPicker({ fromChart, chosen, unrecognised, showCommon, search, onAdd, onRemove }: ProblemPickerProps): JSX.Element {
  const id = useId();
  const chosenIds = new Set(chosen.map((p) => p.problemId));
  // Chosen complaints stay in place as pressed toggle buttons (focus is not lost when one is clicked).
  const common = showCommon ? availableComplaints(COMMON_COMPLAINTS, { exclude: new Set(fromChart.map((p) => p.problemId)), unrecognised: new Set(unrecognised) }) : [];
  const notRecognised = chosen.filter((p) => unrecognised.includes(p.problemId));
  return (
    <div className="problem-picker" data-testid="problem-picker">
      {fromChart.length > 0 ? (
        <p data-testid="chart-problems">
          From the chart: {fromChart.map((p) => p.name).join(', ')}
        </p>
      ) : null}
      {chosen.length > 0 ? (
        <>
          <h3 id={`${id}-chosen`}>Presenting problems you gave</h3>
          <ul className="chosen-problems" aria-labelledby={`${id}-chosen`} data-testid="chosen-problems">
            {chosen.map((p) => (
              <li key={p.problemId} data-problem={p.problemId}>
                <span>{p.name}</span>
                {unrecognised.includes(p.problemId) ? <span className="tag tag-warn">not recognised</span> : null}
                <button type="button" className="secondary small" onClick={() => onRemove(p.problemId)} aria-label={`Remove presenting problem: ${p.name}`} data-testid="remove-problem">
                  Remove
                </button>
              </li>
            ))}
          </ul>
          {notRecognised.length > 0 ? (
            <p role="status">
              Not in the knowledge base, so not used: {notRecognised.map((p) => p.name).join(', ')}. Choose another presenting problem.
            </p>
          ) : null}
        </>
      ) : null}
      {common.length > 0 ? (
        <>
          <h3 id={`${id}-common`}>Common complaints</h3>
          <ul className="complaints" aria-labelledby={`${id}-common`} data-testid="common-complaints">
            {common.map((c) => (
              <li key={c.problemId}>
                <button
                  type="button"
                  className="secondary"
                  aria-pressed={chosenIds.has(c.problemId)}
                  onClick={() => (chosenIds.has(c.problemId) ? onRemove(c.problemId) : onAdd([{ problemId: c.problemId, name: c.display }]))}
                  data-testid="common-complaint"
                  data-problem={c.problemId}
                >
                  {chosenIds.has(c.problemId) ? <span aria-hidden="true">✓ </span> : null}
                  {c.display}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <KnowledgeSearch
        label={chosen.length + fromChart.length > 0 ? 'Add a presenting problem' : 'Search presenting problems'}
        search={search}
        onPick={(m) => onAdd([{ problemId: m.id, name: m.name }])}
        testId="problem-search"
      />
    </div>
  );
}

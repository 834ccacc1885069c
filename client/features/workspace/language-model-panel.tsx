/**
 * The language model beside the engine (issue 18): asked only when the clinician presses the button, after
 * the engine has answered. Every line says where it comes from: the engine's estimate when the engine ranks
 * the diagnosis too, otherwise "suggested by the language model, not quantified", with the chart findings it
 * relies on (checked against what was sent), the model's own words marked as such, and only references that
 * resolve in the citation registry (or marked "unverified reference" when the site chose to show them).
 */
import { useState, type JSX } from 'react';
import type { Resource } from '@medplum/fhirtypes';
import type { LanguageModelRequest, LanguageModelResponse } from '../../../server/contract';
import { ChartSourceLink } from './chart-source-link';
import { DecisionBar, type DecisionChoice } from '../decisions/decision-bar';
import { REJECTION_REASON_OPTIONS as REJECTION_REASONS } from '../decisions/rejection-reasons';

/** Props of {@link LanguageModelPanel}. */
export interface LanguageModelPanelProps {
  /** The configured model, from the differential response. */
  readonly model: { readonly host: string; readonly model: string };
  /** The request for the suggestion set shown (same chart, same clinician changes). */
  readonly makeRequest: () => LanguageModelRequest;
  readonly ask: (request: LanguageModelRequest) => Promise<LanguageModelResponse>;
  /** The chart read for this patient, to show the record each cited finding came from. */
  readonly chart: ReadonlyMap<string, Resource>;
  /**
   * Records the clinician's accept or reject of a line only the language model suggested (by its key). A line
   * the engine ranks too is decided on the engine's line. Absent for a reader who may not decide.
   */
  readonly onDecide?: (lineKey: string, choice: DecisionChoice) => void;
}

const decisionText = (d: DecisionChoice): string =>
  d.outcome === 'accepted' ? 'Accepted (recorded; not written to the chart)' : `Rejected: ${REJECTION_REASONS.find((r) => r.code === d.reasonCode)?.display ?? d.reasonCode}${d.comment ? ` (“${d.comment}”)` : ''}`;

const STATUS_TEXT: Record<LanguageModelResponse['status'], string> = {
  ok: '',
  off: 'No language model is configured.',
  'not-asked': 'The language model was not asked.',
  blocked: 'Not sent: the request would have carried something that identifies the patient.',
  timeout: 'The language model did not answer in time. The engine’s differential above is unaffected.',
  refused: 'The language model declined to answer.',
  malformed: 'The language model’s answer could not be read and was discarded.',
  'http-error': 'The language model service refused the request.',
  'network-error': 'The language model service could not be reached.',
};

/**
 * @param props - the model, the request and the call
 * @returns the panel
 */
export function LanguageModelPanel({ model, makeRequest, ask, chart, onDecide }: LanguageModelPanelProps): JSX.Element {
  const [state, setState] = useState<{ busy: boolean; answer?: LanguageModelResponse; error?: string }>({ busy: false });
  const [decided, setDecided] = useState<Record<string, DecisionChoice>>({});
  const [changing, setChanging] = useState<string>();
  const decide = (key: string, choice: DecisionChoice): void => {
    setDecided((m) => ({ ...m, [key]: choice }));
    setChanging(undefined);
    onDecide?.(key, choice);
  };
  const run = (): void => {
    setState({ busy: true });
    ask(makeRequest()).then(
      (answer) => setState({ busy: false, answer }),
      (e: unknown) => setState({ busy: false, error: (e as Error).message }),
    );
  };
  const answer = state.answer;
  const dropped = answer?.dropped;
  const droppedTotal = dropped ? dropped.inventedFindings + dropped.absentFindingsCited + dropped.diagnosesWithoutChartEvidence + dropped.unresolvedReferences : 0;
  return (
    <section className="panel language-model" aria-labelledby="llm-h" aria-busy={state.busy} data-testid="language-model">
      <h2 id="llm-h">Language model suggestions (optional)</h2>
      <p className="muted">
        Sends the age band, sex, setting, presenting problems and the findings above, by name, to {model.model} at {model.host}: no name, date, identifier or
        free text from the chart. Its suggestions are checked against the chart and the knowledge base; none is quantified unless the engine ranks it too.
      </p>
      <button type="button" onClick={run} disabled={state.busy} data-testid="ask-language-model">
        {state.busy ? 'Asking…' : answer ? 'Ask again' : 'Ask the language model'}
      </button>
      <p role="status" className="muted">
        {state.error ? `The request failed: ${state.error}` : answer && answer.status !== 'ok' ? (answer.detail ? `${STATUS_TEXT[answer.status]} (${answer.detail})` : STATUS_TEXT[answer.status]) : ''}
        {answer?.status === 'ok' && answer.suggestions.length === 0 ? 'Nothing it suggested was supported by the chart.' : ''}
      </p>
      {answer && answer.suggestions.length > 0 ? (
        <ul className="ranked">
          {answer.suggestions.map((s) => (
            <li key={s.key}>
              <article className="diagnosis" data-testid="llm-suggestion" data-source={s.source}>
                <h3>{s.name}</h3>
                <p className="ai-tag">{s.engine ? `Engine: ${s.engine.display} (rank ${s.engine.rank}); also suggested by the language model` : 'Suggested by the language model, not quantified'}</p>
                <p className="muted">{s.label}</p>
                <p className="evoked-by">Relies on (from the chart):</p>
                <ul className="steps">
                  {s.findings.map((f) => (
                    <li key={f.findingId}>
                      <strong>{f.name}</strong>
                      {f.result ? ` (${f.result})` : ''}
                      {f.when ? `, ${f.when}` : ''}
                      {f.sources.map((src) => (
                        <ChartSourceLink key={src.reference} source={src} chart={chart} />
                      ))}
                    </li>
                  ))}
                </ul>
                {s.rationale ? (
                  <p>
                    <span className="muted">The model’s words: </span>
                    <q>{s.rationale}</q>
                  </p>
                ) : null}
                {s.references.length > 0 ? (
                  <p className="muted">
                    References:{' '}
                    {s.references.map((r) => (r.status === 'in-registry' ? `${r.citationId}` : `unverified reference${r.pmid ? ` PMID ${r.pmid}` : ''}${r.doi ? ` doi:${r.doi}` : ''}`)).join('; ')}
                  </p>
                ) : null}
                {s.source === 'both' ? (
                  <p className="muted">Decide on the engine’s line for {s.name} above.</p>
                ) : onDecide ? (
                  decided[s.key] && changing !== s.key ? (
                    <div className="decided" data-testid="llm-decided">
                      <p role="status">{decisionText(decided[s.key])}</p>
                      <button type="button" className="link-button" onClick={() => setChanging(s.key)} data-testid="llm-change-decision">
                        Change decision
                      </button>
                    </div>
                  ) : (
                    <DecisionBar diagnosisName={s.name} allowDispute={false} onDecide={(c) => decide(s.key, c)} />
                  )
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      ) : null}
      {droppedTotal > 0 ? (
        <p className="muted" data-testid="llm-dropped">
          Checks removed: {dropped!.inventedFindings + dropped!.absentFindingsCited} cited findings not in the chart or absent, {dropped!.diagnosesWithoutChartEvidence} diagnoses without chart
          evidence, {dropped!.unresolvedReferences} references not in the citation registry.
        </p>
      ) : null}
      {answer?.provider?.modelVersion ? <p className="muted">Model: {answer.provider.model} ({answer.provider.modelVersion}).</p> : null}
    </section>
  );
}

/**
 * The chain of reasoning of one diagnosis: the pre-test probability with its citation, then each
 * finding with its likelihood ratio and the probability after it, its chart source and citation;
 * then the findings that would change it most.
 */
import type { JSX } from 'react';
import type { Resource } from '@medplum/fhirtypes';
import type { CitationSummary, DiagnosisResult } from '../../../server/reasoning/types';
import { ChartSourceLink } from './chart-source-link';
import { CitationNote } from './citation-note';
import { formatPercent } from './format-percent';

/** What each evidence grade means (../shared/docs/clinical-validity.md), shown beside the step. */
export const GRADE_TITLE: Readonly<Record<'A' | 'B' | 'C', string>> = {
  A: 'A: from a diagnostic-accuracy study or meta-analysis',
  B: 'B: derived from cited frequencies in the disease and in the complaint without it',
  C: 'C: from a qualitative frequency in a cited review, through a fixed scale (least certain)',
};

/** How a prior's source population matches its use, in words. */
export const POPULATION_MATCH: Readonly<Record<'exact' | 'broader-category' | 'other-setting' | 'proxy', string>> = {
  exact: 'this complaint in this setting',
  'broader-category': 'a broader category than this diagnosis',
  'other-setting': 'the other care setting',
  proxy: 'another population (proxy)',
};

/** Props of {@link ReasoningSteps}. */
export interface ReasoningStepsProps {
  readonly diagnosis: DiagnosisResult;
  readonly citations: Readonly<Record<string, CitationSummary>>;
  readonly chart: ReadonlyMap<string, Resource>;
  /** Clinical names of the findings (`DifferentialResult.findingNames`), to name the entry that implied a finding. */
  readonly findingNames?: Readonly<Record<string, string>>;
}

/**
 * @param props - the diagnosis, the citations and the chart index
 * @returns the ordered steps
 */
export function ReasoningSteps({ diagnosis, citations, chart, findingNames = {} }: ReasoningStepsProps): JSX.Element {
  return (
    <div className="reasoning" data-testid="reasoning">
      <ol className="steps">
        {diagnosis.steps.map((step, i) =>
          step.kind === 'prior' ? (
            <li key={`prior-${i}`} data-testid="step-prior">
              <strong>Pre-test probability {formatPercent(step.probability)}</strong> for {step.problemId.replace(/-/g, ' ')} ({step.setting.replace('-', ' ')})
              {step.populationMatch ? (
                <span className="tag" title="How well the source's population matches this use">
                  population: {POPULATION_MATCH[step.populationMatch]}
                </span>
              ) : null}
              {step.note ? `; ${step.note}` : ''}. {step.policy ? <span className="citation">Model policy, not a published figure.</span> : <CitationNote source={step.source} citations={citations} />}
              {(step.reasonSources ?? []).map((r) => (
                <span key={r.citation} data-testid="reason-source">
                  {' '}
                  Reason&apos;s source: <CitationNote source={r} citations={citations} />
                </span>
              ))}
            </li>
          ) : (
            <li key={`${step.findingId}-${i}`} className={step.counted ? '' : 'not-counted'} data-testid="step-finding">
              <strong>
                {step.present ? '' : 'No '}
                {step.findingName}
              </strong>{' '}
              <span className="tag" data-testid={step.impliedBy ? 'implied-by' : undefined}>
                {step.impliedBy ? `implied by your entry: ${findingNames[step.impliedBy] ?? step.impliedBy}` : step.origin === 'chart' ? 'from chart' : 'entered by clinician'}
              </span>
              : LR {step.lr.toFixed(2)}{' '}
              <span className="tag" title={GRADE_TITLE[step.grade]}>
                evidence grade {step.grade}
              </span>
              {step.lrCI ? ` (95% CI ${step.lrCI[0]}–${step.lrCI[1]})` : ''} → {step.counted ? `${formatPercent(step.before)} to ${formatPercent(step.after)}` : 'not counted'}
              {step.note ? ` (${step.note})` : ''}
              {step.sources.map((s) => (
                <ChartSourceLink key={s.reference} source={s} chart={chart} />
              ))}
              <CitationNote source={step.source} citations={citations} />
              {step.derivedBy ? (
                <span data-testid="derived-by">
                  {' '}
                  Read from the findings it combines, as defined in: <CitationNote source={step.derivedBy} citations={citations} />
                </span>
              ) : null}
            </li>
          ),
        )}
        {diagnosis.calibration ? (
          <li className="step step-calibration" data-testid="calibration-step">
            Calibration: the chain gives {formatPercent(diagnosis.calibration.chainProbability)}; on the development vignettes estimates like this were
            over-confident, so it is shown as {formatPercent(diagnosis.probability)} (logistic recalibration, slope {diagnosis.calibration.slope.toFixed(2)},
            intercept {diagnosis.calibration.intercept.toFixed(2)}; see the model label).
          </li>
        ) : null}
      </ol>
      {diagnosis.mostInformative.length > 0 ? (
        <>
          <h4>Would change it most</h4>
          <ul className="what-if">
            {diagnosis.mostInformative.slice(0, 3).map((w) => (
              <li key={w.findingId}>
                {w.findingName}: {w.ifPresent !== undefined ? `if present ${formatPercent(w.ifPresent)}` : ''}
                {w.ifPresent !== undefined && w.ifAbsent !== undefined ? ', ' : ''}
                {w.ifAbsent !== undefined ? `if absent ${formatPercent(w.ifAbsent)}` : ''}. <CitationNote source={w.source} citations={citations} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * The AI-output label of the differential: model id and version, knowledge version, a link to the
 * model label of exactly that version, and the engine's warnings.
 */
import type { JSX } from 'react';
import type { DifferentialResult } from '../../../server/reasoning/types';
import { describeNow } from './not-used';

/**
 * The model label page of one model version.
 * @param result - the differential
 * @returns the relative URL
 */
export function modelLabelUrl(result: Pick<DifferentialResult, 'model' | 'knowledge'>): string {
  const q = new URLSearchParams({ model: result.model.id, version: result.model.version, knowledge: result.knowledge.version });
  return `/model-label/?${q}`;
}

/**
 * @param props - the differential
 * @returns the header
 */
export function DifferentialHeader({ result }: { readonly result: DifferentialResult }): JSX.Element {
  return (
    <div className="ai-label" data-testid="ai-label">
      <p>
        <strong>AI-generated suggestions</strong> for your consideration; you decide. Built from this chart&apos;s findings by{' '}
        <span className="mono">
          {result.model.id} {result.model.version}
        </span>{' '}
        with knowledge <span className="mono">{result.knowledge.version}</span>.{' '}
        <a href={modelLabelUrl(result)} target="_blank" rel="noopener" data-testid="model-label-link">
          Model label
        </a>
      </p>
      <p className="muted">
        Setting: {result.setting.replace('-', ' ')}. Presenting problem: {result.problems.map((p) => p.name).join(', ')}. Probabilities are estimates with
        their uncertainty range, not certainties.
      </p>
      <PatientUsed patient={result.patient} />
      <AsOfNote now={result.now} />
      {result.warnings.length > 0 ? (
        <ul className="warnings" aria-label="Warnings">
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The age and sex the reasoning used (age at the reference time, which may differ from today's age in the
 * EHR banner when the encounter in context is older).
 * @param props - age and sex from the result
 * @returns the line, or nothing when neither is known
 */
export function PatientUsed({ patient }: { readonly patient?: DifferentialResult['patient'] }): JSX.Element | null {
  if (!patient || (patient.ageYears === undefined && (patient.sex === undefined || patient.sex === 'unknown'))) {
    return null;
  }
  const age = patient.ageYears === undefined ? 'age not recorded' : `${patient.ageYears} years`;
  const sex = patient.sex === 'male' ? 'male' : patient.sex === 'female' ? 'female' : patient.sex === 'other' ? 'sex other' : 'sex not recorded';
  return (
    <p className="muted" data-testid="patient-used">
      Reasoned for: {age}, {sex} (at the time below).
    </p>
  );
}

/** What "now" the reasoning is for (encounter in context, open encounter or time of request). */
export function AsOfNote({ now }: { readonly now?: DifferentialResult['now'] }): JSX.Element | null {
  return now ? (
    <p className="muted" data-testid="as-of">
      {describeNow(now)}
    </p>
  ) : null;
}

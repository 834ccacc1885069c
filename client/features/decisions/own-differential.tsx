/**
 * Clinician-first mode after reveal (issue 15, item 5): the clinician's own differential stays beside
 * the AI's, with where each of the clinician's diagnoses sits in the AI's list.
 */
import type { JSX } from 'react';
import type { OwnDiagnosis } from './clinician-first-form';

/** Props of {@link OwnDifferential}. */
export interface OwnDifferentialProps {
  readonly own: readonly OwnDiagnosis[];
  /** The AI's ranked condition ids, as shown. */
  readonly aiRanked: readonly string[];
  /** The AI's can't-miss condition ids. */
  readonly aiCantMiss: readonly string[];
}

/** Where a clinician's diagnosis sits in the AI's lists, in words. */
export function placeInAiList(d: OwnDiagnosis, aiRanked: readonly string[], aiCantMiss: readonly string[]): string {
  if (!d.conditionId) {
    return 'free text: not matched to the AI’s list';
  }
  const rank = aiRanked.indexOf(d.conditionId);
  if (rank >= 0) {
    return `the AI ranks it #${rank + 1}`;
  }
  return aiCantMiss.includes(d.conditionId) ? 'on the AI’s can’t-miss list' : 'not in the AI’s list';
}

/**
 * @param props - the clinician's list and the AI's
 * @returns the panel
 */
export function OwnDifferential({ own, aiRanked, aiCantMiss }: OwnDifferentialProps): JSX.Element {
  const agreed = own.filter((d) => d.conditionId && (aiRanked.includes(d.conditionId) || aiCantMiss.includes(d.conditionId))).length;
  return (
    <section className="panel" aria-labelledby="own-h" data-testid="own-differential">
      <h2 id="own-h">Your differential</h2>
      <p className="muted" data-testid="own-agreement">
        {agreed} of your {own.length} {own.length === 1 ? 'diagnosis is' : 'diagnoses are'} also on the AI’s lists.
      </p>
      <ol>
        {own.map((d) => (
          <li key={d.text}>
            {d.text} <span className="muted">({placeInAiList(d, aiRanked, aiCantMiss)})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

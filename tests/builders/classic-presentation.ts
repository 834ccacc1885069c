/**
 * Textbook presentations entered as a clinician would (problem, setting, age, sex, findings; no chart beyond the
 * patient), run on a knowledge base: the shared harness of the classic-presentation tests (sessions 26-27).
 * Expectations in those tests are about order, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import type { KnowledgeBase } from '../../server/knowledge/load-knowledge';
import { analyzeSync } from '../../server/reasoning/diagnostic-model';
import type { DifferentialResult, FindingStep, PriorStep } from '../../server/reasoning/types';
import { buildPatient } from './chart-builder';

export type PresentationRunner = (problem: string, setting: 'primary-care' | 'emergency', age: number, sex: 'female' | 'male', findings: string[], results?: readonly unknown[]) => DifferentialResult;

/**
 * @param kb - the knowledge base to reason with
 * @returns a runner: findings are ids prefixed `+` (present) or `-` (absent), entered as clinician overrides; the patient
 *   is born on 1 January of (2025 - age) and the analysis dated 2026-06-01; `results` are chart resources read beside
 *   the patient (a laboratory result built with `buildQuantity`, dated on or before 2026-06-01)
 */
export function presentationRunner(kb: KnowledgeBase): PresentationRunner {
  return (problem, setting, age, sex, findings, results = []) => {
    const chart = [buildPatient({ gender: sex, birthDate: `${2025 - age}-01-01` }), ...results];
    const overrides = findings.map((f) => ({ findingId: f.replace(/^[+-]/, ''), state: f.startsWith('-') ? ('absent' as const) : ('present' as const) }));
    return analyzeSync(kb, { chart, problems: [problem], setting, overrides, extractOptions: { asOf: '2026-06-01' } }).result;
  };
}

/** Rank of a diagnosis in the differential (1 = first), 0 when it is not listed. */
export const rankOf = (r: DifferentialResult, id: string): number => r.differential.findIndex((d) => d.conditionId === id) + 1;

/** Probability of a diagnosis in the differential, 0 when it is not listed. */
export const probOf = (r: DifferentialResult, id: string): number => r.differential.find((d) => d.conditionId === id)?.probability ?? 0;

/** Probability of a diagnosis the test expects to be listed: throws when it is not. */
export const listedProbOf = (r: DifferentialResult, id: string): number => {
  const d = r.differential.find((x) => x.conditionId === id);
  if (!d) {
    throw new Error(`${id} is not in the differential`);
  }
  return d.probability;
};

/** The finding step of one finding in one diagnosis's chain, undefined when either is not there. */
export const findingStepOf = (r: DifferentialResult, conditionId: string, findingId: string): FindingStep | undefined =>
  r.differential.find((d) => d.conditionId === conditionId)?.steps.find((s): s is FindingStep => s.kind === 'finding' && s.findingId === findingId);

/** The prior step of one diagnosis's chain, undefined when the diagnosis is not listed. */
export const priorStepOf = (r: DifferentialResult, conditionId: string): PriorStep | undefined =>
  r.differential.find((d) => d.conditionId === conditionId)?.steps.find((s): s is PriorStep => s.kind === 'prior');

/**
 * The clinician's changes to the findings (add, mark absent, remove, undo), as the list of
 * overrides the engine takes. Pure.
 */
import type { FindingOverride } from '../../../server/reasoning/types';

/** One change: a new state for a finding, or `undo` to drop the clinician's change. */
export type FindingChange = FindingOverride | { readonly findingId: string; readonly state: 'undo' };

/**
 * @param overrides - current overrides
 * @param change - the clinician's change
 * @returns the new overrides (one per finding, latest wins)
 */
export function applyFindingChange(overrides: readonly FindingOverride[], change: FindingChange): FindingOverride[] {
  const rest = overrides.filter((o) => o.findingId !== change.findingId);
  return change.state === 'undo' ? rest : [...rest, { findingId: change.findingId, state: change.state }];
}

/**
 * What the clinician has changed about the differential request (finding changes, presenting problems
 * they gave, the explicit request to see a differential for a child), as a reducer; and which screen
 * a response calls for. Pure: the hook and the workspace only wire these up.
 */
import type { DifferentialRequest, DifferentialResponse } from '../../../server/contract';
import type { FindingOverride } from '../../../server/reasoning/types';
import { applyFindingChange, type FindingChange } from './finding-overrides';

/** A presenting problem the clinician gave. */
export interface ChosenProblem {
  readonly problemId: string;
  readonly name: string;
}

/** The clinician's part of the differential request. */
export interface RequestState {
  readonly overrides: readonly FindingOverride[];
  readonly problems: readonly ChosenProblem[];
  /** The clinician asked to see the differential although the patient is under 18. */
  readonly includeChild: boolean;
}

export type RequestAction =
  | { readonly type: 'change-finding'; readonly change: FindingChange }
  | { readonly type: 'add-problems'; readonly problems: readonly ChosenProblem[] }
  | { readonly type: 'remove-problem'; readonly problemId: string }
  | { readonly type: 'include-child' }
  /** What a reload or relaunch restores (the server kept it with the latest differential). */
  | { readonly type: 'restore'; readonly state: RequestState };

export const INITIAL_REQUEST: RequestState = { overrides: [], problems: [], includeChild: false };

/** Most presenting problems a request may carry (the contract's limit). */
export const MAX_PROBLEMS = 20;

/**
 * @param state - the current state
 * @param action - what the clinician did
 * @returns the next state (the same object when nothing changed, so no request is repeated)
 */
export function requestReducer(state: RequestState, action: RequestAction): RequestState {
  switch (action.type) {
    case 'change-finding':
      return { ...state, overrides: applyFindingChange(state.overrides, action.change) };
    case 'add-problems': {
      const have = new Set(state.problems.map((p) => p.problemId));
      const added: ChosenProblem[] = [];
      for (const p of action.problems) {
        if (!have.has(p.problemId) && state.problems.length + added.length < MAX_PROBLEMS) {
          have.add(p.problemId);
          added.push(p);
        }
      }
      return added.length === 0 ? state : { ...state, problems: [...state.problems, ...added] };
    }
    case 'remove-problem':
      return state.problems.some((p) => p.problemId === action.problemId) ? { ...state, problems: state.problems.filter((p) => p.problemId !== action.problemId) } : state;
    case 'include-child':
      return state.includeChild ? state : { ...state, includeChild: true };
    case 'restore':
      return { overrides: action.state.overrides, problems: action.state.problems.slice(0, MAX_PROBLEMS), includeChild: action.state.includeChild };
    default:
      return state;
  }
}

/**
 * The clinician's part of the request body.
 * @param state - the state
 * @returns overrides, problem ids and includeChild
 */
export function requestFields(state: RequestState): Pick<DifferentialRequest, 'overrides' | 'problems' | 'includeChild'> {
  return { overrides: [...state.overrides], problems: state.problems.map((p) => p.problemId), includeChild: state.includeChild };
}

/** Which screen a response calls for. */
export type WorkspaceView = 'loading' | 'opted-out' | 'deceased' | 'no-patient' | 'stopped' | 'child-gate' | 'ask-problem' | 'differential';

/**
 * @param response - the latest response, if any
 * @returns the screen: a stop (opted out, deceased, no patient), the under-18 gate, the request for a
 *   presenting problem, or the differential
 */
export function viewOf(response: DifferentialResponse | undefined): WorkspaceView {
  if (!response) {
    return 'loading';
  }
  if (response.optedOut) {
    return 'opted-out';
  }
  const { result } = response;
  if (result.status !== 'abstained') {
    return 'differential';
  }
  switch (result.abstention?.kind) {
    case 'deceased':
      return 'deceased';
    case 'no-patient':
      return 'no-patient';
    case 'child':
      return 'child-gate';
    case 'no-presenting-problem':
      return 'ask-problem';
    default:
      // Abstained for a reason this app does not know: say so, never show numbers that were not computed.
      return 'stopped';
  }
}

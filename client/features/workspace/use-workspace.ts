/**
 * The workspace's data: the user (role, clinician-first), the chart read with progress, the
 * clinician's changes to the request (findings, presenting problems, "show it for a child anyway"),
 * and the differential, recomputed on the server whenever those change (each computed differential
 * is stored as its own suggestion set).
 */
import { useEffect, useReducer, useState } from 'react';
import type { DifferentialResponse, MeResponse, WorkspaceStateResponse } from '../../../server/contract';
import type { FindingOverride } from '../../../server/reasoning/types';
import type { ChartRead, ResourceRead } from '../../fhir/read-chart';
import type { SmartSession } from '../../fhir/smart-session';
import type { ApiClient } from './api-client';
import type { FindingChange } from './finding-overrides';
import { newKey } from './new-key';
import { INITIAL_REQUEST, requestFields, requestReducer, type ChosenProblem } from './request-state';

/** What the workspace shows. */
export interface WorkspaceState {
  readonly me?: MeResponse;
  readonly reads: readonly ResourceRead[];
  readonly chart?: ChartRead;
  readonly overrides: readonly FindingOverride[];
  /** Presenting problems the clinician gave. */
  readonly problems: readonly ChosenProblem[];
  /** The clinician asked for the differential of a patient under 18. */
  readonly includeChild: boolean;
  readonly response?: DifferentialResponse;
  /** Problem ids sent with the request that `response` answers. */
  readonly sentProblems: readonly string[];
  readonly updating: boolean;
  readonly error?: string;
  /** What the server kept of this clinician's earlier work on the patient and encounter (decisions, chart writes). */
  readonly restored?: WorkspaceStateResponse;
  changeFinding(change: FindingChange): void;
  addProblems(problems: readonly ChosenProblem[]): void;
  removeProblem(problemId: string): void;
  showChild(): void;
  retry(): void;
}

/**
 * @param session - the SMART session
 * @param api - the API client
 * @returns the state
 */
export function useWorkspace(session: SmartSession, api: ApiClient): WorkspaceState {
  const [me, setMe] = useState<MeResponse>();
  const [reads, setReads] = useState<readonly ResourceRead[]>([]);
  const [chart, setChart] = useState<ChartRead>();
  const [request, dispatch] = useReducer(requestReducer, INITIAL_REQUEST);
  const [answered, setAnswered] = useState<{ response: DifferentialResponse; sentProblems: readonly string[] }>();
  const [updating, setUpdating] = useState(false);
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  /** Earlier work restored from the server; the first differential waits for it so that it uses the restored request. */
  const [restored, setRestored] = useState<WorkspaceStateResponse>();

  useEffect(() => {
    const ac = new AbortController();
    session.readChart(setReads, ac.signal).then(setChart, (e: unknown) => !ac.signal.aborted && setError(`The chart could not be read: ${(e as Error).message}`));
    api.me().then(setMe, (e: unknown) => !ac.signal.aborted && setError(`The app's server refused the session: ${(e as Error).message}`));
    api.workspaceState(session.context.encounterId, ac.signal).then(
      (state) => {
        if (state.request) {
          dispatch({
            type: 'restore',
            state: { overrides: state.request.overrides, problems: state.request.problems.map((problemId) => ({ problemId, name: problemId })), includeChild: state.request.includeChild },
          });
        }
        setRestored(state);
      },
      // Nothing to restore is not an error the clinician must act on: the workspace starts fresh.
      () => !ac.signal.aborted && setRestored({ request: null, decisions: [], written: [], withdrawnMissed: [] }),
    );
    return () => ac.abort();
  }, [session, api]);

  useEffect(() => {
    if (!chart || !restored) {
      return undefined;
    }
    const ac = new AbortController();
    const fields = requestFields(request);
    setUpdating(true);
    setError(undefined);
    api.differential({ resources: chart.resources as never, ...fields, encounterId: session.context.encounterId, idempotencyKey: newKey() }, ac.signal).then(
      (r) => {
        setAnswered({ response: r, sentProblems: fields.problems ?? [] });
        setUpdating(false);
      },
      (e: unknown) => {
        if (!ac.signal.aborted) {
          setError((e as Error).message);
          setUpdating(false);
        }
      },
    );
    return () => ac.abort();
    // `restored` is read only as a gate: once set it never changes.
  }, [chart, request, api, session, attempt, restored !== undefined]);

  return {
    me,
    reads,
    chart,
    overrides: request.overrides,
    problems: request.problems,
    includeChild: request.includeChild,
    response: answered?.response,
    sentProblems: answered?.sentProblems ?? [],
    updating,
    error,
    restored,
    changeFinding: (change) => dispatch({ type: 'change-finding', change }),
    addProblems: (problems) => dispatch({ type: 'add-problems', problems }),
    removeProblem: (problemId) => dispatch({ type: 'remove-problem', problemId }),
    showChild: () => dispatch({ type: 'include-child' }),
    retry: () => setAttempt((n) => n + 1),
  };
}

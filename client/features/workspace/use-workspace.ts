/**
 * The workspace's data: the user (role, clinician-first), the chart read with progress, the
 * clinician's finding changes, and the differential, recomputed on the server whenever the
 * findings change (each computed differential is stored as its own suggestion set).
 */
import { useEffect, useState } from 'react';
import type { DifferentialResponse, MeResponse } from '../../../server/contract';
import type { FindingOverride } from '../../../server/reasoning/types';
import type { ChartRead, ResourceRead } from '../../fhir/read-chart';
import type { SmartSession } from '../../fhir/smart-session';
import type { ApiClient } from './api-client';
import { applyFindingChange, type FindingChange } from './finding-overrides';
import { newKey } from './new-key';

/** What the workspace shows. */
export interface WorkspaceState {
  readonly me?: MeResponse;
  readonly reads: readonly ResourceRead[];
  readonly chart?: ChartRead;
  readonly overrides: readonly FindingOverride[];
  readonly response?: DifferentialResponse;
  readonly updating: boolean;
  readonly error?: string;
  changeFinding(change: FindingChange): void;
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
  const [overrides, setOverrides] = useState<readonly FindingOverride[]>([]);
  const [response, setResponse] = useState<DifferentialResponse>();
  const [updating, setUpdating] = useState(false);
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ac = new AbortController();
    session.readChart(setReads, ac.signal).then(setChart, (e: unknown) => !ac.signal.aborted && setError(`The chart could not be read: ${(e as Error).message}`));
    api.me().then(setMe, (e: unknown) => !ac.signal.aborted && setError(`The app's server refused the session: ${(e as Error).message}`));
    return () => ac.abort();
  }, [session, api]);

  useEffect(() => {
    if (!chart) {
      return undefined;
    }
    const ac = new AbortController();
    setUpdating(true);
    setError(undefined);
    api
      .differential({ resources: chart.resources as never, overrides: [...overrides], encounterId: session.context.encounterId, idempotencyKey: newKey() }, ac.signal)
      .then(
        (r) => {
          setResponse(r);
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
  }, [chart, overrides, api, session, attempt]);

  return {
    me,
    reads,
    chart,
    overrides,
    response,
    updating,
    error,
    changeFinding: (change) => setOverrides((o) => applyFindingChange(o, change)),
    retry: () => setAttempt((n) => n + 1),
  };
}

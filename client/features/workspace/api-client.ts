/**
 * Calls to this app's API with the clinician's SMART token and the FHIR server it came from.
 * Types come from the server contract (types only).
 */
import type {
  AppEventRequest,
  DecisionRequest,
  DecisionResponse,
  DecisionsResponse,
  DifferentialRequest,
  DifferentialResponse,
  MeResponse,
  SearchResponse,
  WorkspaceStateResponse,
} from '../../../server/contract';
import type { SmartSession } from '../../fhir/smart-session';
import { COMMON_COMPLAINTS, searchComplaints } from './presenting-problems';

/** An API error with its HTTP status (0 when the network failed). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The API operations the workspace uses. */
export interface ApiClient {
  me(): Promise<MeResponse>;
  differential(request: DifferentialRequest, signal?: AbortSignal): Promise<DifferentialResponse>;
  decide(request: DecisionRequest): Promise<DecisionResponse>;
  decisions(setId: string): Promise<DecisionsResponse>;
  /** What a reload or relaunch restores: the clinician's request changes, decisions and chart writes for this patient and encounter. */
  workspaceState(encounterId?: string, signal?: AbortSignal): Promise<WorkspaceStateResponse>;
  /** Records a write-back or a skipped clinician-first step (for the quality team). */
  recordEvent(event: AppEventRequest): Promise<{ recorded: boolean }>;
  searchFindings(q: string): Promise<SearchResponse>;
  searchConditions(q: string): Promise<SearchResponse>;
  /** Presenting problems by name or synonym (the common complaints when the server has no problem search). */
  searchProblems(q: string): Promise<SearchResponse>;
  /** GET of another JSON route below /api (the quality dashboard's). */
  getJson<T>(path: string, signal?: AbortSignal): Promise<T>;
  /** POST of a JSON body to another route below /api. */
  postJson<T>(path: string, body: unknown): Promise<T>;
  /** GET of a text route below /api (CSV exports), with its content type. */
  getText(path: string): Promise<{ text: string; type: string }>;
}

/**
 * @param session - the SMART session (token and FHIR base)
 * @returns the client
 */
export function createApiClient(session: SmartSession): ApiClient {
  let problemSearchMissing = false;
  async function call<T>(path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const res = await send(path, body, signal);
    const json = (await res.json().catch(() => ({}))) as { error_description?: string };
    if (!res.ok) {
      throw new ApiError(res.status, json.error_description ?? `The server answered ${res.status}`);
    }
    return json as T;
  }
  async function send(path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
    let res: Response;
    try {
      const headers: Record<string, string> = { authorization: await session.authorizationHeader(), 'x-fhir-server': session.context.fhirBaseUrl, accept: 'application/json' };
      // Used by the server only when the EHR offers no token introspection (it then checks the token can read them).
      if (session.context.fhirUser) {
        headers['x-fhir-user'] = session.context.fhirUser;
      }
      if (session.context.patientId) {
        headers['x-patient'] = session.context.patientId;
      }
      if (body !== undefined) {
        headers['content-type'] = 'application/json';
      }
      res = await fetch(`/api${path}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
    } catch (error) {
      if ((error as Error).name === 'AbortError') {
        throw error;
      }
      throw new ApiError(0, 'The app could not reach its server');
    }
    return res;
  }
  return {
    me: () => call('/me'),
    differential: (request, signal) => call('/differential', request, signal),
    decide: (request) => call('/decisions', request),
    decisions: (setId) => call(`/decisions?setId=${encodeURIComponent(setId)}`),
    workspaceState: (encounterId, signal) => call(`/workspace-state${encounterId ? `?encounterId=${encodeURIComponent(encounterId)}` : ''}`, undefined, signal),
    recordEvent: (event) => call('/events', event),
    searchFindings: (q) => call(`/findings?q=${encodeURIComponent(q)}`),
    searchConditions: (q) => call(`/conditions?q=${encodeURIComponent(q)}`),
    getJson: (path, signal) => call(path, undefined, signal),
    postJson: (path, body) => call(path, body),
    getText: async (path) => {
      const res = await send(path);
      if (!res.ok) {
        const json = (await res.json().catch(() => ({}))) as { error_description?: string };
        throw new ApiError(res.status, json.error_description ?? `The server answered ${res.status}`);
      }
      return { text: await res.text(), type: res.headers.get('content-type') ?? 'text/plain' };
    },
    searchProblems: async (q) => {
      if (problemSearchMissing) {
        return { results: searchComplaints(COMMON_COMPLAINTS, q) };
      }
      try {
        const found = await call<SearchResponse>(`/problems?q=${encodeURIComponent(q)}`);
        return Array.isArray(found.results) ? found : { results: searchComplaints(COMMON_COMPLAINTS, q) };
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          problemSearchMissing = true;
          return { results: searchComplaints(COMMON_COMPLAINTS, q) };
        }
        throw error;
      }
    },
  };
}

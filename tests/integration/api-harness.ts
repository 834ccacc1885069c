/**
 * Helpers for API integration tests against the real app and its sandbox EHR: an EHR launch done
 * with fetch (launch page → authorize → token), and authenticated API calls.
 */
import type { Resource } from '@medplum/fhirtypes';
import type { RunningServer } from '../setup/test-server';
import { CLIENT_ID, pkcePair } from './sandbox-harness';

/** The scopes the app asks for, as space-separated text. */
export const APP_SCOPES =
  'launch openid fhirUser patient/Patient.rs patient/Encounter.rs patient/Condition.rs patient/Observation.rs patient/MedicationRequest.rs patient/AllergyIntolerance.rs patient/Consent.rs';

async function location(url: string): Promise<URL> {
  const res = await fetch(url, { redirect: 'manual' });
  if (res.status !== 302) {
    throw new Error(`expected 302 from ${url}, got ${res.status}`);
  }
  return new URL(res.headers.get('location') as string);
}

/** A launched session: the token and the FHIR base (iss). */
export interface ApiSession {
  readonly token: string;
  readonly fhirBase: string;
  readonly patientId: string;
}

/**
 * Runs an EHR launch for a patient and user and returns the access token.
 * @param server - the running app
 * @param patientId - sandbox patient id
 * @param user - sandbox user id
 * @param scope - requested scopes
 * @returns the session
 */
export async function launchSession(server: RunningServer, patientId: string, user = 'sandbox-clinician-2', scope = APP_SCOPES): Promise<ApiSession> {
  const launchUrl = await location(`${server.baseUrl}/sandbox/launch?patient=${patientId}&user=${user}&mode=window`);
  const { token } = await redeemLaunch(server, launchUrl.searchParams.get('launch') as string, scope);
  return { token, fhirBase: `${server.baseUrl}/sandbox/fhir`, patientId };
}

/**
 * Authorizes a launch id (from the launch page or from launch-context creation) and redeems the code.
 * @param server - the running app
 * @param launch - the launch id
 * @param scope - requested scopes
 * @returns the access token and the whole token response
 */
export async function redeemLaunch(server: RunningServer, launch: string, scope = APP_SCOPES): Promise<{ token: string; body: Record<string, unknown> }> {
  const fhirBase = `${server.baseUrl}/sandbox/fhir`;
  const { verifier, challenge } = pkcePair();
  const authorize = new URL(`${server.baseUrl}/sandbox/auth/authorize`);
  const params = { response_type: 'code', client_id: CLIENT_ID, redirect_uri: `${server.baseUrl}/index.html`, scope, state: 's-1', aud: fhirBase, launch, code_challenge: challenge, code_challenge_method: 'S256' };
  Object.entries(params).forEach(([k, v]) => authorize.searchParams.set(k, v));
  const redirect = await location(authorize.toString());
  const res = await fetch(`${server.baseUrl}/sandbox/auth/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', code: redirect.searchParams.get('code') as string, redirect_uri: `${server.baseUrl}/index.html`, code_verifier: verifier, client_id: CLIENT_ID }),
  });
  const body = (await res.json()) as Record<string, unknown> & { access_token: string };
  return { token: body.access_token, body };
}

/**
 * Calls the API with the session's token.
 * @param server - the running app
 * @param session - token and FHIR base, or undefined for no credentials
 * @param path - below /api
 * @param body - JSON body (POST) or undefined (GET)
 * @returns the response
 */
export function api(server: RunningServer, session: Partial<ApiSession> | undefined, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (session?.token) {
    headers.authorization = `Bearer ${session.token}`;
  }
  if (session?.fhirBase) {
    headers['x-fhir-server'] = session.fhirBase;
  }
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  return fetch(`${server.baseUrl}/api${path}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/**
 * Reads the patient's chart from the sandbox FHIR server, as the app does (unpaged, small patients).
 * @param session - token and FHIR base
 * @returns the resources
 */
export async function readChart(session: ApiSession): Promise<Resource[]> {
  const get = async (path: string): Promise<Resource[]> => {
    const res = await fetch(`${session.fhirBase}/${path}`, { headers: { authorization: `Bearer ${session.token}` } });
    const body = (await res.json()) as Resource;
    return body.resourceType === 'Bundle' ? (body.entry ?? []).map((e) => e.resource).filter((r): r is Resource => r !== undefined) : [body];
  };
  const p = session.patientId;
  const lists = await Promise.all([
    get(`Patient/${p}`),
    get(`Encounter?patient=${p}`),
    get(`Condition?patient=${p}&_count=200`),
    get(`Observation?patient=${p}&_count=200`),
    get(`MedicationRequest?patient=${p}`),
    get(`AllergyIntolerance?patient=${p}`),
  ]);
  return lists.flat();
}

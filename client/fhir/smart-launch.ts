/**
 * The two ends of the SMART App Launch (https://hl7.org/fhir/smart-app-launch/STU2.2/app-launch.html):
 * `startSmartLaunch` on launch.html (authorize, redirects away) and `completeSmartLaunch` on
 * index.html (ready, exchanges the code once). The only module that calls `FHIR.oauth2`.
 */
import FHIR from 'fhirclient';
import type Client from 'fhirclient/lib/Client';
import { parseLaunchRequest, type LaunchRequest } from './launch-params';
import { classifyLaunchProblem, type LaunchProblem } from './launch-problem';
import { buildSmartScopes } from './smart-scopes';
import { createSmartSession, type SmartSession } from './smart-session';

/** The OAuth client id registered with the EHR (public client, no secret). */
export const SMART_CLIENT_ID: string = import.meta.env.VITE_SMART_CLIENT_ID || 'ddx-smart-app';

/** The redirect URI, relative to launch.html; the EHR registers `<origin>/index.html`. */
export const SMART_REDIRECT_PATH = 'index.html';

/** Result of the launch page: it either redirected (never resolves usefully) or cannot launch. */
export type StartLaunchResult = { readonly started: true } | { readonly started: false; readonly request: LaunchRequest | null; readonly detail: string };

/**
 * Starts the authorization on the launch page. On success the browser leaves the page.
 * `iss` and `launch` are read from the URL by fhirclient itself (`iss` must not be passed as an
 * option in an EHR launch). The flow always completes in the window it started in
 * (`completeInTarget: true`), including when the EHR shows the app in an iframe.
 * @param search - `location.search` of the launch page
 * @returns `started: false` with the reason when the launch cannot start
 */
export async function startSmartLaunch(search: string): Promise<StartLaunchResult> {
  const request = parseLaunchRequest(search);
  if (!request.ok) {
    return { started: false, request, detail: '' };
  }
  try {
    await FHIR.oauth2.authorize({
      clientId: SMART_CLIENT_ID,
      scope: buildSmartScopes(request.kind),
      redirectUri: SMART_REDIRECT_PATH,
      pkceMode: 'required',
      completeInTarget: true,
    });
    return { started: true };
  } catch (error) {
    return { started: false, request: null, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Outcome of the redirect page. */
export type LaunchOutcome =
  | { readonly status: 'ready'; readonly session: SmartSession }
  | { readonly status: 'problem'; readonly problem: LaunchProblem };

let pending: Promise<LaunchOutcome> | undefined;

/**
 * Completes the launch on the redirect page: calls `FHIR.oauth2.ready()` exactly once per page load,
 * however often it is called (React StrictMode runs effects twice; exchanging a code twice fails).
 * Never rejects: a missing launch or an authorization error becomes a `problem` outcome.
 * @returns the session, or the problem to show
 */
export function completeSmartLaunch(): Promise<LaunchOutcome> {
  if (!pending) {
    // fhirclient removes code/state/error from the URL; read it first to classify errors.
    const search = window.location.search;
    pending = FHIR.oauth2.ready().then(
      (client: Client): LaunchOutcome => ({ status: 'ready', session: createSmartSession(client) }),
      (error: unknown): LaunchOutcome => ({ status: 'problem', problem: classifyLaunchProblem(error, search) }),
    );
  }
  return pending;
}

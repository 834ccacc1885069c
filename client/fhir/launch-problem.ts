/**
 * Turns a failed SMART launch into something the user can act on. Pure: no browser API.
 * fhirclient reports problems only as Error messages (lib/smart.js `ready()`), so the wording it uses
 * is matched here, in one place, with a test per message.
 */

/** Why the app could not start. */
export type LaunchProblemKind =
  /** Opened or reloaded outside a launch: no SMART state in the URL or in this browser tab. */
  | 'launch-required'
  /** The authorization server sent `?error=...` back to the redirect URI (e.g. the user declined). */
  | 'authorization-denied'
  /** The token exchange or anything else failed. */
  | 'launch-failed';

/** A launch problem ready to show. `detail` is plain text, never HTML. */
export interface LaunchProblem {
  readonly kind: LaunchProblemKind;
  /** The OAuth `error` code when the server sent one (`access_denied`, `invalid_scope`, ...). */
  readonly errorCode?: string;
  /** Server- or library-provided explanation, for support staff; may be empty. */
  readonly detail: string;
}

const NO_STATE_MESSAGES = [/No 'state' parameter found/i, /No state found/i];

/**
 * Classifies an error thrown by `FHIR.oauth2.ready()`.
 * @param error - what ready() rejected with
 * @param search - `location.search` of the redirect page at load time (before fhirclient cleans it)
 * @returns the problem kind and the text to show
 */
export function classifyLaunchProblem(error: unknown, search: string): LaunchProblem {
  const message = error instanceof Error ? error.message : String(error ?? '');
  const params = new URLSearchParams(search);
  const errorCode = params.get('error') ?? undefined;
  if (errorCode || params.has('error_description')) {
    return {
      kind: 'authorization-denied',
      errorCode: errorCode || undefined,
      detail: (params.get('error_description') ?? '').slice(0, 500),
    };
  }
  if (NO_STATE_MESSAGES.some((re) => re.test(message))) {
    return { kind: 'launch-required', detail: '' };
  }
  return { kind: 'launch-failed', detail: message.slice(0, 500) };
}

/**
 * Reading the SMART launch URL (SMART App Launch 2.2, EHR launch:
 * https://hl7.org/fhir/smart-app-launch/STU2.2/app-launch.html#launch-app-ehr-launch).
 * Pure: takes the query string, touches no browser API.
 */
import type { LaunchKind } from './smart-scopes';

/** What the launch URL asks for. */
export type LaunchRequest =
  | { readonly ok: true; readonly kind: LaunchKind; readonly iss: string }
  | { readonly ok: false; readonly reason: 'missing-iss' | 'invalid-iss' };

/**
 * Decides how to launch from the launch page's query string.
 * `iss` is required in both flows here: the EHR sends it with `launch`, and a standalone link to this
 * page names the FHIR server it wants (`launch.html?iss=<FHIR base>`).
 * @param search - `location.search` of the launch page
 * @returns the launch kind and FHIR base, or why the launch cannot start
 */
export function parseLaunchRequest(search: string): LaunchRequest {
  const params = new URLSearchParams(search);
  const iss = params.get('iss')?.trim();
  if (!iss) {
    return { ok: false, reason: 'missing-iss' };
  }
  if (!isHttpUrl(iss)) {
    return { ok: false, reason: 'invalid-iss' };
  }
  const launch = params.get('launch')?.trim();
  // A quality reviewer's standalone link (`launch.html?iss=…&review=1`) asks for no patient.
  return { ok: true, kind: launch ? 'ehr' : params.get('review') === '1' ? 'review' : 'standalone', iss };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

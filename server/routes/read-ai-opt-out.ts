/**
 * The patient's opt-out of AI decision support, read on the server from the FHIR server with the
 * user's own token, so that no client can bypass it (the rule itself is server/consent/find-ai-opt-out.ts,
 * shared with CDS Hooks).
 */
import type { Bundle } from '@medplum/fhirtypes';
import { findAiOptOut } from '../consent/find-ai-opt-out';
import { HttpError } from '../errors';

/**
 * Reads the patient's Consents from the FHIR server with the user's token.
 * @param params - FHIR base, the user's access token (never logged), patient id
 * @returns true when the patient opted out
 * @throws HttpError 503 when the Consents cannot be read: without them the opt-out cannot be honoured, so no suggestions are made
 */
export async function readAiOptOut(params: { fhirServer: string; accessToken: string; patientId: string; fetch?: typeof fetch }): Promise<boolean> {
  const doFetch = params.fetch ?? fetch;
  const url = `${params.fhirServer}/Consent?patient=${encodeURIComponent(params.patientId)}&_count=100`;
  let bundle: Bundle | undefined;
  try {
    const res = await doFetch(url, {
      headers: { authorization: `Bearer ${params.accessToken}`, accept: 'application/fhir+json' },
      signal: AbortSignal.timeout(8_000),
    });
    const body = res.ok ? ((await res.json()) as Bundle) : undefined;
    bundle = body?.resourceType === 'Bundle' ? body : undefined;
  } catch {
    bundle = undefined;
  }
  if (!bundle) {
    throw new HttpError(
      503,
      'consent_unavailable',
      "The patient's consent records could not be read from the FHIR server, so an AI opt-out cannot be ruled out; no suggestions were made. Try again.",
    );
  }
  return findAiOptOut((bundle.entry ?? []).map((e) => e.resource)) !== undefined;
}

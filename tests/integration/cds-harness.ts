/**
 * Calling the CDS Hooks service of a running test server the way the sandbox EHR does: a fresh
 * client JWT (signed by the sandbox's key) for the exact endpoint, JSON in and out.
 */
import type { RunningServer } from '../setup/test-server';

export interface CallOptions {
  /** A token to send instead of a fresh one; null sends none. */
  token?: string | null;
  /** The audience to sign for, when it should not be the endpoint called. */
  aud?: string;
  /** A raw body instead of JSON.stringify(body). */
  raw?: string;
  contentType?: string;
}

/**
 * @param server - the running test server (sandbox mode)
 * @param path - below /cds-services/, e.g. `ddx-patient-view` or `ddx-patient-view/feedback`
 * @param body - the request body
 * @param opts - token, audience, raw body, content type
 * @returns status, parsed body and response headers
 */
export async function callCds(server: RunningServer, path: string, body: unknown, opts: CallOptions = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const url = `${server.baseUrl}/cds-services/${path}`;
  const token = opts.token === null ? undefined : (opts.token ?? (await server.handle.sandbox!.cdsClient.sign(opts.aud ?? url)));
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': opts.contentType ?? 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: opts.raw ?? JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

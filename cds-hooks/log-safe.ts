/**
 * What of a hook call may be logged (issue 16, item 9). A `hookInstance` is a UUID in practice (CDS Hooks 2.0): logged
 * as is, it lets operations find a call the EHR reports. Anything else is free text a client chose, which could carry
 * anything (a name, a record number), so only a short digest of it is logged.
 */
import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * @param hookInstance - the caller's hookInstance
 * @returns the UUID itself, or `sha256:` and the first 16 hex digits of its digest
 */
export function logSafeHookInstance(hookInstance: string): string {
  return UUID.test(hookInstance) ? hookInstance : `sha256:${createHash('sha256').update(hookInstance).digest('hex').slice(0, 16)}`;
}

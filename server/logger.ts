/**
 * JSON-lines logging with pino. Logs carry ids, statuses and timings, never tokens, secrets or
 * resource bodies (PHI). The redaction list is a second line of defence: the first is not to pass
 * such values to the logger at all.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export const REDACT_PATHS = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'access_token',
  '*.access_token',
  'refresh_token',
  '*.refresh_token',
  'id_token',
  '*.id_token',
  'token',
  '*.token',
  'code',
  '*.code_verifier',
  'fhirAuthorization',
  '*.fhirAuthorization',
  'prefetch',
  '*.prefetch',
  'password',
  '*.password',
];

/**
 * Creates the process logger.
 * @param level - pino level, or `silent`
 * @param destination - optional stream (tests capture output to check redaction)
 * @returns a pino logger
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { service: 'ddx-cds' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}

/**
 * The path as logged: no query string (it may hold codes or ids) and, below a FHIR base, only the
 * resource type (resource ids identify patients).
 */
export function loggablePath(path: string): string {
  const fhir = /^(\/sandbox\/fhir)\/([A-Za-z]+)?/.exec(path);
  if (fhir) {
    return fhir[2] ? `${fhir[1]}/${fhir[2]}` : fhir[1];
  }
  return path;
}

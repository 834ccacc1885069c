/**
 * One error currency. Handlers throw an HttpError; one middleware (error-handler.ts) turns errors
 * into responses.
 */
export type ErrorFormat = 'json' | 'fhir';

export class HttpError extends Error {
  /**
   * @param status - HTTP status code
   * @param code - short machine code (an OAuth `error` value for OAuth endpoints)
   * @param message - human-readable reason, safe to show (no PHI, no tokens)
   * @param format - `fhir` returns an OperationOutcome, `json` returns `{ error, error_description }`
   * @param headers - extra response headers (e.g. WWW-Authenticate)
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly format: ErrorFormat = 'json',
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** FHIR OperationOutcome issue codes for common HTTP statuses. */
export function operationOutcomeCode(status: number): string {
  switch (status) {
    case 400:
      return 'invalid';
    case 401:
      return 'login';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 412:
      return 'incomplete';
    case 413:
      return 'too-costly';
    default:
      return status >= 500 ? 'exception' : 'processing';
  }
}

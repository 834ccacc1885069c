import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import { HttpError, operationOutcomeCode, type ErrorFormat } from './errors';
import { loggablePath, type Logger } from './logger';

interface BodyParserError {
  type?: string;
  status?: number;
}

function respond(res: Parameters<ErrorRequestHandler>[2], status: number, code: string, message: string, format: ErrorFormat): void {
  if (format === 'fhir') {
    res.status(status).type('application/fhir+json').json({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: operationOutcomeCode(status), details: { text: message }, diagnostics: code }],
    });
    return;
  }
  res.status(status).json({ error: code, error_description: message });
}

/**
 * The one error middleware: HttpError becomes its status, a validation error 400, a body that is not
 * JSON 400, a body that is too large 413, anything else a logged generic 500. Paths under a FHIR base
 * answer with an OperationOutcome.
 * @param logger - where unexpected errors are logged (message and stack only; never bodies)
 * @returns express error middleware
 */
/** How many validation issues an error answer lists (the rest are counted, not listed). */
const MAX_ISSUES = 10;

export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const fhirPath = req.path.startsWith('/sandbox/fhir') || req.path.startsWith('/cds-services');
    if (err instanceof HttpError) {
      for (const [k, v] of Object.entries(err.headers)) {
        res.setHeader(k, v);
      }
      respond(res, err.status, err.code, err.message, fhirPath ? 'fhir' : err.format);
      return;
    }
    if (err instanceof ZodError) {
      // At most the first few issues, each cut short: a huge invalid body must not make a huge answer.
      const shown = err.issues.slice(0, MAX_ISSUES).map((i) => `${i.path.slice(0, 6).join('.') || 'body'}: ${i.message}`.slice(0, 300));
      const more = err.issues.length > MAX_ISSUES ? `; and ${err.issues.length - MAX_ISSUES} more` : '';
      const message = `${shown.join('; ')}${more}`;
      respond(res, 400, 'invalid_request', message, fhirPath ? 'fhir' : 'json');
      return;
    }
    const bp = err as BodyParserError;
    if (bp && bp.type === 'entity.parse.failed') {
      respond(res, 400, 'invalid_json', 'The request body is not valid JSON', fhirPath ? 'fhir' : 'json');
      return;
    }
    if (bp && bp.type === 'entity.too.large') {
      respond(res, 413, 'too_large', 'The request body is too large', fhirPath ? 'fhir' : 'json');
      return;
    }
    if (bp && typeof bp.status === 'number' && bp.status >= 400 && bp.status < 500) {
      respond(res, bp.status, 'bad_request', 'The request could not be read', fhirPath ? 'fhir' : 'json');
      return;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    logger.error({ err: { name: e.name, message: e.message, stack: e.stack }, method: req.method, path: loggablePath(req.path) }, 'unhandled error');
    respond(res, 500, 'server_error', 'Internal server error', fhirPath ? 'fhir' : 'json');
  };
}

/**
 * Express middleware: the API accepts a call only with `Authorization: Bearer <SMART access token>`
 * and `X-FHIR-Server: <iss>` naming an allowlisted FHIR server that confirms the token.
 * The verified caller is put on `res.locals.caller`; handlers read the user and patient from there.
 */
import type { RequestHandler, Response } from 'express';
import { HttpError } from '../errors';
import type { SmartCaller, SmartTokenVerifier } from './smart-token-verifier';

const BEARER = /^Bearer\s+([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * @param verifier - the token verifier
 * @returns middleware that refuses unauthenticated calls with 401
 */
export function requireSmartAuth(verifier: SmartTokenVerifier): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = BEARER.exec(header.trim());
    if (!match) {
      throw new HttpError(401, 'invalid_request', 'Missing bearer token: send Authorization: Bearer <SMART access token>', 'json', {
        'WWW-Authenticate': 'Bearer',
      });
    }
    const fhirServer = req.get('x-fhir-server');
    if (!fhirServer) {
      throw new HttpError(401, 'invalid_request', 'Missing X-FHIR-Server header naming the FHIR server that issued the token', 'json', {
        'WWW-Authenticate': 'Bearer error="invalid_request"',
      });
    }
    res.locals.caller = await verifier.verify(match[1], fhirServer, { fhirUser: req.get('x-fhir-user') ?? undefined, patientId: req.get('x-patient') ?? undefined });
    res.locals.accessToken = match[1];
    next();
  };
}

/**
 * The verified caller of this request.
 * @param res - the response whose locals the middleware filled
 * @returns the caller
 */
export function callerOf(res: Response): SmartCaller {
  const caller = res.locals.caller as SmartCaller | undefined;
  if (!caller) {
    throw new HttpError(401, 'invalid_request', 'This call needs a SMART access token');
  }
  return caller;
}

/**
 * The caller's access token, for calls back to the same FHIR server on the user's behalf. Never log it.
 * @param res - the response whose locals the middleware filled
 * @returns the bearer token
 */
export function accessTokenOf(res: Response): string {
  return res.locals.accessToken as string;
}

/**
 * The patient in the token's launch context.
 * @param caller - the verified caller
 * @returns the patient id
 * @throws HttpError 403 when the token has no patient context
 */
export function requirePatient(caller: SmartCaller): string {
  if (!caller.patientId) {
    throw new HttpError(403, 'no_patient_context', 'The access token has no patient in context; launch the app from a patient chart');
  }
  return caller.patientId;
}

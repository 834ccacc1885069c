/**
 * The API's door: a bearer token and the FHIR server that issued it, both required, handed to the
 * verifier exactly as sent; the caller and token are kept for the handlers, and a token without a
 * patient in context cannot reach patient data.
 */
import type { NextFunction, Request, Response } from 'express';
import { describe, expect, test } from 'vitest';
import { HttpError } from '../errors';
import { accessTokenOf, callerOf, requirePatient, requireSmartAuth } from './require-smart-auth';
import type { SmartCaller, SmartTokenVerifier } from './smart-token-verifier';

const caller: SmartCaller = { fhirServer: 'https://ehr.example.org/fhir', fhirUser: 'Practitioner/p1', patientId: 'pat-1', scopes: ['patient/*.read'] };

function harness(headers: Record<string, string>) {
  const calls: { token: string; fhirServer: string; hints: unknown }[] = [];
  const verifier = { verify: async (token: string, fhirServer: string, hints: unknown) => (calls.push({ token, fhirServer, hints }), caller) } as unknown as SmartTokenVerifier;
  const req = { get: (name: string) => headers[name.toLowerCase()] } as unknown as Request;
  const res = { locals: {} } as Response;
  let nexted = false;
  const next: NextFunction = () => {
    nexted = true;
  };
  const run = async (): Promise<void> => requireSmartAuth(verifier)(req, res, next) as unknown as Promise<void>;
  return { calls, res, run, nexted: () => nexted };
}

async function refusal(headers: Record<string, string>): Promise<HttpError> {
  const h = harness(headers);
  const err = await h.run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(h.nexted()).toBe(false);
  expect(h.calls).toEqual([]);
  expect(err).toBeInstanceOf(HttpError);
  return err as HttpError;
}

describe('requireSmartAuth', () => {
  test('passes the bearer token, the FHIR server and the identity hints to the verifier, and keeps the caller and token', async () => {
    const h = harness({ authorization: '  Bearer abc.DEF-123_~+/==  ', 'x-fhir-server': 'https://ehr.example.org/fhir', 'x-fhir-user': 'Practitioner/p1', 'x-patient': 'pat-1' });
    await h.run();
    expect(h.calls).toEqual([{ token: 'abc.DEF-123_~+/==', fhirServer: 'https://ehr.example.org/fhir', hints: { fhirUser: 'Practitioner/p1', patientId: 'pat-1' } }]);
    expect(h.nexted()).toBe(true);
    expect(callerOf(h.res)).toBe(caller);
    expect(accessTokenOf(h.res)).toBe('abc.DEF-123_~+/==');
  });

  test('hints that were not sent are undefined, and the scheme is case-insensitive', async () => {
    const h = harness({ authorization: 'bearer t0k3n', 'x-fhir-server': 'https://ehr.example.org/fhir' });
    await h.run();
    expect(h.calls[0]).toEqual({ token: 't0k3n', fhirServer: 'https://ehr.example.org/fhir', hints: { fhirUser: undefined, patientId: undefined } });
  });

  test('several spaces between the scheme and the token are allowed (RFC 6750: 1*SP), and none of them is part of the token', async () => {
    const h = harness({ authorization: 'Bearer   t0k3n', 'x-fhir-server': 'https://ehr.example.org/fhir' });
    await h.run();
    expect(h.calls.map((c) => c.token)).toEqual(['t0k3n']);
  });

  test.each([
    ['no Authorization header', {}],
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a bearer without a token', { authorization: 'Bearer ' }],
    ['a token with characters outside the token68 set', { authorization: 'Bearer abc def' }],
    ['a token followed by something else', { authorization: 'Bearer abc, Basic x' }],
    ['a scheme that only ends in Bearer', { authorization: 'NotBearer abc' }],
    ['a bearer token after another scheme', { authorization: 'Basic dXNlcjpwYXNz Bearer abc' }],
  ])('refuses %s with 401 and a Bearer challenge, before asking the verifier', async (_name, headers) => {
    const err = await refusal({ ...headers, 'x-fhir-server': 'https://ehr.example.org/fhir' });
    expect(err.status).toBe(401);
    expect(err.code).toBe('invalid_request');
    expect(err.format).toBe('json');
    expect(err.headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
    expect(err.message).toMatch(/Missing bearer token/);
  });

  test('refuses a token without X-FHIR-Server with 401 naming the header', async () => {
    const err = await refusal({ authorization: 'Bearer abc' });
    expect(err.status).toBe(401);
    expect(err.code).toBe('invalid_request');
    expect(err.format).toBe('json');
    expect(err.headers).toEqual({ 'WWW-Authenticate': 'Bearer error="invalid_request"' });
    expect(err.message).toMatch(/X-FHIR-Server/);
  });
});

describe('callerOf and requirePatient', () => {
  test('a handler reached without the middleware refuses with 401', () => {
    expect(() => callerOf({ locals: {} } as Response)).toThrow(expect.objectContaining({ status: 401, code: 'invalid_request', message: 'This call needs a SMART access token' }));
  });

  test('the patient in context, or 403 without one', () => {
    expect(requirePatient(caller)).toBe('pat-1');
    expect(() => requirePatient({ ...caller, patientId: undefined })).toThrow(
      expect.objectContaining({ status: 403, code: 'no_patient_context', message: expect.stringMatching(/no patient in context; launch the app from a patient chart/) }),
    );
    expect(() => requirePatient({ ...caller, patientId: '' })).toThrow(expect.objectContaining({ status: 403 }));
  });
});

/**
 * Contract test (issue 17, item 7): a token response shaped as the SMART launcher
 * (launch.smarthealthit.org) returns it, read through fhirclient's real Client as the app reads it: the
 * per-configuration issuer, `patient`, `encounter`, `need_patient_banner`, the scopes granted, and the user
 * from the id_token's absolute `fhirUser` URL.
 */
import Client from 'fhirclient/lib/Client';
import { describe, expect, test } from 'vitest';
import { createSmartSession } from './smart-session';

const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const ISS = 'https://launch.smarthealthit.org/v/r4/sim/WzIsIiIsIiIsIkFVVE8iLDAsMCwwLCIiLCIiLCIiLCIiLCIiLCIiLCIiLDAsMV0/fhir';

/** The environment parts the Client uses to read the id_token. */
const environment = { base64urldecode: (s: string) => Buffer.from(s, 'base64url').toString('utf8'), atob: (s: string) => Buffer.from(s, 'base64').toString('binary') } as never;

describe('a SMART launcher token response', () => {
  test('gives the patient, encounter, user, banner flag and granted scopes the app uses', () => {
    const idToken = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ profile: 'Practitioner/smart-Practitioner-71482713', fhirUser: `${ISS}/Practitioner/smart-Practitioner-71482713`, aud: 'ddx-smart-app', iss: ISS, sub: 'abc', iat: 1, exp: 2 })}.sig`;
    const client = new Client(environment, {
      serverUrl: ISS,
      clientId: 'ddx-smart-app',
      scope: 'launch openid fhirUser patient/Patient.rs patient/Condition.rs patient/Condition.cu',
      tokenResponse: {
        need_patient_banner: true,
        smart_style_url: 'https://launch.smarthealthit.org/smart-style.json',
        patient: '87a339d0-8cae-418e-89c7-8651e6aab3c6',
        encounter: '6b0a8d36-0d2b-4b7a-8a7f-1f0e2a0c7e11',
        token_type: 'Bearer',
        scope: 'launch openid fhirUser patient/Patient.rs patient/Condition.rs',
        expires_in: 3600,
        id_token: idToken,
        access_token: 'eyJ.access.token',
        refresh_token: 'eyJ.refresh.token',
      },
    } as never);
    const session = createSmartSession(client);
    expect(session.context).toMatchObject({
      patientId: '87a339d0-8cae-418e-89c7-8651e6aab3c6',
      encounterId: '6b0a8d36-0d2b-4b7a-8a7f-1f0e2a0c7e11',
      fhirUser: 'Practitioner/smart-Practitioner-71482713',
      needPatientBanner: true,
      fhirBaseUrl: ISS,
    });
    // The launcher granted less than was asked (no Condition.cu): the app sees what was granted.
    expect(session.grantedScopes).toEqual(['launch', 'openid', 'fhirUser', 'patient/Patient.rs', 'patient/Condition.rs']);
    expect(session.context.fromCard).toBeUndefined();
  });
});

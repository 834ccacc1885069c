/**
 * Discovery documents of the sandbox FHIR server: `.well-known/smart-configuration`
 * (https://hl7.org/fhir/smart-app-launch/STU2.2/conformance.html) and the CapabilityStatement
 * with the SMART `oauth-uris` security extension.
 */
import type { CapabilityStatement } from '@medplum/fhirtypes';
import { IDENTITY_AND_CONTEXT_SCOPES } from './scopes';

/** The endpoints discovery documents point to. */
export interface SmartEndpoints {
  readonly fhirBase: string;
  readonly authBase: string;
}

/** Capabilities advertised in smart-configuration. */
export const SMART_CAPABILITIES = [
  'launch-ehr',
  'launch-standalone',
  'client-public',
  'context-ehr-patient',
  'context-ehr-encounter',
  'context-standalone-patient',
  'context-standalone-encounter',
  'context-banner',
  'permission-v2',
  'permission-v1',
  'permission-patient',
  'permission-user',
  'permission-offline',
  'permission-online',
  'sso-openid-connect',
] as const;

/**
 * @param endpoints - FHIR base and authorization server base
 * @returns the smart-configuration JSON
 */
export function buildSmartConfiguration(endpoints: SmartEndpoints): Record<string, unknown> {
  const { fhirBase, authBase } = endpoints;
  return {
    issuer: fhirBase,
    jwks_uri: `${authBase}/jwks`,
    authorization_endpoint: `${authBase}/authorize`,
    token_endpoint: `${authBase}/token`,
    introspection_endpoint: `${authBase}/introspect`,
    token_endpoint_auth_methods_supported: ['none'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: [
      ...IDENTITY_AND_CONTEXT_SCOPES,
      'patient/*.cruds',
      'user/*.cruds',
      'patient/*.rs',
      'user/*.rs',
      'patient/*.read',
      'user/*.read',
      'patient/*.write',
      'user/*.write',
    ],
    capabilities: [...SMART_CAPABILITIES],
  };
}

/** Resource types listed in the CapabilityStatement (the sandbox serves any R4 type; these are the ones fixtures hold). */
const LISTED_TYPES = [
  'Patient',
  'Encounter',
  'Condition',
  'Observation',
  'MedicationRequest',
  'AllergyIntolerance',
  'Procedure',
  'DiagnosticReport',
  'Consent',
  'Practitioner',
  'Provenance',
] as const;

/**
 * @param endpoints - FHIR base and authorization server base
 * @param software - release date to report (the sandbox's start time)
 * @returns the CapabilityStatement
 */
export function buildCapabilityStatement(endpoints: SmartEndpoints, software: Date): CapabilityStatement {
  const { fhirBase, authBase } = endpoints;
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: software.toISOString(),
    kind: 'instance',
    software: { name: 'DDx sandbox EHR (development only)' },
    implementation: { description: 'Sandbox FHIR R4 server over synthetic fixtures', url: fhirBase },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        security: {
          cors: true,
          service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }] }],
          extension: [
            {
              url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
              extension: [
                { url: 'authorize', valueUri: `${authBase}/authorize` },
                { url: 'token', valueUri: `${authBase}/token` },
                { url: 'introspect', valueUri: `${authBase}/introspect` },
              ],
            },
          ],
        },
        resource: LISTED_TYPES.map((type) => ({
          type,
          interaction: [{ code: 'read' }, { code: 'search-type' }, { code: 'create' }, { code: 'update' }],
        })),
      },
    ],
  };
}

import { describe, expect, test } from 'vitest';
import { buildSmartScopes } from './smart-scopes';

const V2_RESOURCE_SCOPE = /^(patient|user)\/[A-Z][A-Za-z]+\.c?r?u?d?s?$/;

describe('buildSmartScopes', () => {
  test('asks for the EHR launch context with `launch` in an EHR launch', () => {
    const scopes = buildSmartScopes('ehr').split(' ');
    expect(scopes[0]).toBe('launch');
    expect(scopes).not.toContain('launch/patient');
  });

  test('asks for `launch/patient` instead of `launch` in a standalone launch', () => {
    const scopes = buildSmartScopes('standalone').split(' ');
    expect(scopes[0]).toBe('launch/patient');
    expect(scopes).not.toContain('launch');
  });

  test('requests identity and the chart resources with v2 read-and-search scopes', () => {
    expect(buildSmartScopes('ehr')).toBe(
      'launch openid fhirUser online_access patient/Patient.rs patient/Encounter.rs patient/Condition.rs patient/Observation.rs ' +
        'patient/MedicationRequest.rs patient/MedicationStatement.rs patient/AllergyIntolerance.rs patient/Consent.rs patient/Condition.cu patient/Provenance.c user/Practitioner.rs',
    );
  });

  test('uses only well-formed v2 resource scopes, create (and, for the Condition, update to retract it) only for the write-back resources, without duplicates', () => {
    const scopes = buildSmartScopes('standalone').split(' ');
    const resourceScopes = scopes.filter((s) => s.includes('/') && !s.startsWith('launch'));
    expect(resourceScopes.length).toBeGreaterThan(0);
    for (const scope of resourceScopes) {
      expect(scope).toMatch(V2_RESOURCE_SCOPE);
      expect(scope.endsWith('.rs') || ['patient/Condition.cu', 'patient/Provenance.c'].includes(scope)).toBe(true);
    }
    expect(new Set(scopes).size).toBe(scopes.length);
  });

  test('a quality-review launch asks for identity only: no patient context, no chart, no write-back', () => {
    expect(buildSmartScopes('review')).toBe('openid fhirUser online_access user/Practitioner.rs');
  });
});

import { describe, expect, test } from 'vitest';
import type { Consent } from '@medplum/fhirtypes';
import { findAiOptOut, AI_DECISION_SUPPORT, CONSENT_PURPOSE_SYSTEM } from './find-ai-opt-out';

const consent = (overrides: Partial<Consent> = {}): Consent => ({
  resourceType: 'Consent',
  id: 'c1',
  status: 'active',
  scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment' }] },
  category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
  patient: { reference: 'Patient/p1' },
  provision: { type: 'deny', code: [{ coding: [{ system: CONSENT_PURPOSE_SYSTEM, code: AI_DECISION_SUPPORT }] }] },
  ...overrides,
});

describe('findAiOptOut', () => {
  test('finds an active deny consent for AI decision support', () => {
    expect(findAiOptOut([{ resourceType: 'Patient' }, consent()])).toBe('Consent/c1');
  });
  test('ignores inactive, permit, other-purpose and expired consents', () => {
    expect(findAiOptOut([consent({ status: 'inactive' })])).toBeUndefined();
    expect(findAiOptOut([consent({ provision: { type: 'permit', code: [{ coding: [{ system: CONSENT_PURPOSE_SYSTEM, code: AI_DECISION_SUPPORT }] }] } })])).toBeUndefined();
    expect(findAiOptOut([consent({ provision: { type: 'deny', code: [{ coding: [{ system: 'x', code: 'research' }] }] } })])).toBeUndefined();
    expect(findAiOptOut([consent({ provision: { type: 'deny', period: { end: '2020-01-01' }, code: [{ coding: [{ system: CONSENT_PURPOSE_SYSTEM, code: AI_DECISION_SUPPORT }] }] } })])).toBeUndefined();
  });
  test('a deny provision applies only within its period: not before period.start, not after period.end', () => {
    const deny = (period: { start?: string; end?: string }) => consent({ provision: { type: 'deny', period, code: [{ coding: [{ system: CONSENT_PURPOSE_SYSTEM, code: AI_DECISION_SUPPORT }] }] } });
    const starting = deny({ start: '2026-12-01T00:00:00Z' });
    expect(findAiOptOut([starting], '2026-11-30T23:59:59Z')).toBeUndefined();
    expect(findAiOptOut([starting], '2026-12-01T00:00:00Z')).toBe('Consent/c1');
    expect(findAiOptOut([starting], '2027-01-01T00:00:00Z')).toBe('Consent/c1');
    const ending = deny({ start: '2026-01-01T00:00:00Z', end: '2026-06-30T00:00:00Z' });
    expect(findAiOptOut([ending], '2025-12-31T00:00:00Z')).toBeUndefined();
    expect(findAiOptOut([ending], '2026-03-01T00:00:00Z')).toBe('Consent/c1');
    expect(findAiOptOut([ending], '2026-07-01T00:00:00Z')).toBeUndefined();
  });

  test('finds a nested deny provision', () => {
    expect(findAiOptOut([consent({ provision: { type: 'permit', provision: [{ type: 'deny', code: [{ coding: [{ system: CONSENT_PURPOSE_SYSTEM, code: AI_DECISION_SUPPORT }] }] }] } })])).toBe('Consent/c1');
  });
  test('never throws on junk', () => {
    expect(findAiOptOut([null, 3, { resourceType: 'Consent' }])).toBeUndefined();
  });

  test('the purpose is matched on its published system and code, both, in any of several codes and codings', () => {
    // The strings an EHR writes: pinned here, not read from the module's constants.
    const system = 'https://ddx-cds.example.org/fhir/CodeSystem/consent-purpose';
    const deny = (code: NonNullable<Consent['provision']>['code']) => consent({ provision: { type: 'deny', code } });
    expect(findAiOptOut([deny([{ coding: [{ system, code: 'ai-decision-support' }] }])])).toBe('Consent/c1');
    expect(findAiOptOut([deny([{ coding: [{ system: 'http://other', code: 'research' }] }, { coding: [{ system: 'http://x', code: 'y' }, { system, code: 'ai-decision-support' }] }])])).toBe('Consent/c1');
    expect(findAiOptOut([deny([{ coding: [{ system, code: 'research' }] }])])).toBeUndefined();
    expect(findAiOptOut([deny([{ coding: [{ system: 'http://other', code: 'ai-decision-support' }] }])])).toBeUndefined();
    expect(findAiOptOut([deny([{ text: 'AI decision support' }])])).toBeUndefined();
  });

  test('an active consent without a provision denies nothing, and a period end is inclusive', () => {
    expect(findAiOptOut([consent({ provision: undefined })])).toBeUndefined();
    const ending = consent({ provision: { type: 'deny', period: { end: '2026-06-30T00:00:00Z' }, code: [{ coding: [{ system: CONSENT_PURPOSE_SYSTEM, code: AI_DECISION_SUPPORT }] }] } });
    expect(findAiOptOut([ending], '2026-06-30T00:00:00Z')).toBe('Consent/c1');
    expect(findAiOptOut([ending], '2026-06-30T00:00:01Z')).toBeUndefined();
  });
});

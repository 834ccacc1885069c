import { describe, expect, test } from 'vitest';
import { resolvePrefetchTokens } from './resolve-prefetch-tokens';

describe('resolvePrefetchTokens', () => {
  test.each([
    ['Patient/{{context.patientId}}', { patientId: '123' }, 'Patient/123'],
    ['Condition?patient={{context.patientId}}&_count=100', { patientId: 'a b' }, 'Condition?patient=a%20b&_count=100'],
    ['Practitioner/{{userPractitionerId}}', { userId: 'Practitioner/77' }, 'Practitioner/77'],
    ['Patient/{{ context.patientId }}', { patientId: '123' }, 'Patient/123'],
    ['Observation?patient={{context.patientId}}&_count={{context.count}}', { patientId: '1', count: 50 }, 'Observation?patient=1&_count=50'],
    ['X?flag={{context.flag}}', { flag: false }, 'X?flag=false'],
  ])('resolves %s', (template, context, expected) => {
    expect(resolvePrefetchTokens(template, context)).toBe(expected);
  });

  test('a missing optional field makes the template unfetchable', () => {
    expect(resolvePrefetchTokens('Encounter/{{context.encounterId}}', { patientId: '1' })).toBeUndefined();
  });

  test('leaves nested or non-primitive fields unresolved, as the spec requires', () => {
    expect(resolvePrefetchTokens('Patient/{{context.a.b}}', { a: { b: '1' } })).toBeUndefined();
    expect(resolvePrefetchTokens('X/{{context.draftOrders}}', { draftOrders: { resourceType: 'Bundle' } })).toBeUndefined();
  });

  test('userPractitionerId does not resolve for a PractitionerRole user, nor without a user', () => {
    expect(resolvePrefetchTokens('Practitioner/{{userPractitionerId}}', { userId: 'PractitionerRole/5' })).toBeUndefined();
    expect(resolvePrefetchTokens('Practitioner/{{userPractitionerId}}', {})).toBeUndefined();
    expect(resolvePrefetchTokens('Practitioner/{{userId}}', { userId: 'Practitioner/5' })).toBeUndefined();
  });
});

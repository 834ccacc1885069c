import { describe, expect, test } from 'vitest';
import { checkScope, grantableScopes, parseResourceScope, permissionForInteraction } from './scopes';

describe('parseResourceScope', () => {
  test.each([
    ['patient/Condition.rs', 'patient', 'Condition', 'rs'],
    ['user/Observation.rs', 'user', 'Observation', 'rs'],
    ['patient/*.cruds', 'patient', '*', 'cruds'],
    ['patient/*.read', 'patient', '*', 'rs'],
    ['user/Observation.write', 'user', 'Observation', 'cud'],
    ['patient/*.*', 'patient', '*', 'cruds'],
  ])('parses %s', (scope, context, resourceType, letters) => {
    const parsed = parseResourceScope(scope);
    expect(parsed).toMatchObject({ context, resourceType });
    expect([...(parsed?.permissions ?? [])].join('')).toBe(letters);
  });

  test.each(['patient/Condition.sr', 'patient/Condition.dus', 'patient/Condition.rr', 'patient/Condition.', 'launch', 'openid', 'other/Condition.rs', 'patient/Condition.rs?category=x'])(
    'rejects %s',
    (scope) => {
      expect(parseResourceScope(scope)).toBeUndefined();
    },
  );
});

describe('grantableScopes', () => {
  test('keeps known scopes, drops unknown ones and duplicates', () => {
    expect(grantableScopes('launch  openid fhirUser patient/*.rs bogus patient/*.rs offline_access')).toEqual([
      'launch',
      'openid',
      'fhirUser',
      'patient/*.rs',
      'offline_access',
    ]);
  });
});

describe('checkScope', () => {
  test('patient scopes restrict to the compartment, user scopes do not', () => {
    expect(checkScope(['patient/*.rs'], 'Observation', 's')).toEqual({ allowed: true, patientOnly: true });
    expect(checkScope(['patient/*.rs', 'user/Observation.rs'], 'Observation', 'r')).toEqual({ allowed: true, patientOnly: false });
    expect(checkScope(['patient/Condition.rs'], 'Observation', 'r')).toEqual({ allowed: false });
    expect(checkScope(['patient/Observation.r'], 'Observation', 's')).toEqual({ allowed: false });
  });

  test('v1 write maps to create and update, not read', () => {
    expect(checkScope(['user/*.write'], 'Provenance', 'c').allowed).toBe(true);
    expect(checkScope(['user/*.write'], 'Provenance', 'u').allowed).toBe(true);
    expect(checkScope(['user/*.write'], 'Provenance', 'r').allowed).toBe(false);
  });
});

describe('permissionForInteraction', () => {
  test.each([
    ['read', 'r'],
    ['vread', 'r'],
    ['search-type', 's'],
    ['create', 'c'],
    ['update', 'u'],
    ['delete', undefined],
    ['batch', undefined],
  ])('%s → %s', (interaction, letter) => {
    expect(permissionForInteraction(interaction)).toBe(letter);
  });
});

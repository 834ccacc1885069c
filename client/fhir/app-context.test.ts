import { describe, expect, test } from 'vitest';
import { MAX_APP_CONTEXT_LENGTH, parseAppContext } from './app-context';

const UUID = '0f6c778f-792d-45ba-b063-3ae74c9f2f0b';

describe('parseAppContext', () => {
  test('reads a can’t-miss card: its uuid and the diagnosis it names', () => {
    expect(parseAppContext(JSON.stringify({ cardUuid: UUID, kind: 'cant-miss', conditionId: 'pulmonary-embolism' }))).toEqual({
      cardUuid: UUID,
      kind: 'cant-miss',
      conditionId: 'pulmonary-embolism',
    });
  });

  test('reads a differential card and a test-effect card', () => {
    expect(parseAppContext(JSON.stringify({ cardUuid: UUID, kind: 'differential' }))).toEqual({ cardUuid: UUID, kind: 'differential' });
    expect(parseAppContext(JSON.stringify({ cardUuid: UUID, kind: 'test-effect', test: 'd-dimer-positive' }))).toEqual({ cardUuid: UUID, kind: 'test-effect', testId: 'd-dimer-positive' });
  });

  test('ignores unknown fields and fields that do not belong to the kind', () => {
    const parsed = parseAppContext(`{"cardUuid":"${UUID}","kind":"differential","conditionId":"pneumonia","html":"<b>x</b>","__proto__":{"polluted":true}}`);
    expect(parsed).toEqual({ cardUuid: UUID, kind: 'differential' });
    expect(Object.keys(parsed ?? {})).toEqual(['cardUuid', 'kind']);
    expect((parsed as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('drops a condition id that is not a knowledge-base id, keeping the card', () => {
    expect(parseAppContext(JSON.stringify({ cardUuid: UUID, kind: 'cant-miss', conditionId: '<img src=x onerror=alert(1)>' }))).toEqual({ cardUuid: UUID, kind: 'cant-miss' });
    expect(parseAppContext(JSON.stringify({ cardUuid: UUID, kind: 'cant-miss', conditionId: 42 }))).toEqual({ cardUuid: UUID, kind: 'cant-miss' });
  });

  test.each([
    ['absent', undefined],
    ['not a string', { cardUuid: UUID, kind: 'differential' }],
    ['empty', ''],
    ['not JSON', 'card=123'],
    ['JSON but not an object', '"cant-miss"'],
    ['an array', JSON.stringify([UUID])],
    ['null', 'null'],
    ['no card uuid', JSON.stringify({ kind: 'differential' })],
    ['a card uuid that is not a uuid', JSON.stringify({ cardUuid: 'javascript:alert(1)', kind: 'differential' })],
    ['an unknown kind', JSON.stringify({ cardUuid: UUID, kind: 'script' })],
    ['too long', JSON.stringify({ cardUuid: UUID, kind: 'differential', pad: 'x'.repeat(MAX_APP_CONTEXT_LENGTH) })],
  ])('is undefined when appContext is %s', (_name, raw) => {
    expect(parseAppContext(raw)).toBeUndefined();
  });
});

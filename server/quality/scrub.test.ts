import { describe, expect, test } from 'vitest';
import { isNegative, scrubIdentifiers } from './scrub';

describe('scrubIdentifiers removes direct identifiers from free text', () => {
  test.each([
    ['call 555-123-4567 or +44 20 7946 0958', 'call [phone] or [phone]'],
    ['email j.doe@example.org', 'email [email]'],
    ['seen 2026-11-02 and 03/12/2026', 'seen [date] and [date]'],
    ['since 3 Dec 2026, and December 3rd, 2026', 'since [date], and [date]'],
    ['on 14 March', 'on [date]'],
    ['MRN 1234567; NHS no. 943 476 5919', '[id]; [id]'],
    ['record AB123456', '[id]'],
    ['ref 987654', 'ref [id]'],
    ['patient is 93 years old', 'patient is [age 90+]'],
    ['Mr Smith and Dr. Jane Patel disagree', 'Mr [name] and Dr. [name] disagree'],
    ['wife Mary says so', 'wife [name] says so'],
    ['see https://ehr.example.org/patient/123', 'see [url]'],
  ])('%s', (input, expected) => {
    expect(scrubIdentifiers(input)).toBe(expected);
  });

  test('leaves clinical content alone', () => {
    const text = 'BP 120/80, HR 110, troponin 14 ng/L; PE already excluded by CTPA; 45 year old';
    expect(scrubIdentifiers(text)).toBe(text);
  });

  test('control characters become spaces and long text is cut', () => {
    expect(scrubIdentifiers('a\u0000b')).toBe('a b');
    expect(scrubIdentifiers('x'.repeat(2000))).toHaveLength(1001);
  });
});

describe('isNegative puts complaints first', () => {
  test.each([
    ['Wrong diagnosis, not relevant here', true],
    ['already excluded', true],
    ['helpful, ordered the test', false],
  ])('%s', (text, expected) => {
    expect(isNegative(text)).toBe(expected);
  });
});

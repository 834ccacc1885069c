import { describe, expect, test } from 'vitest';
import { logSafeHookInstance } from './log-safe';

describe('a hookInstance is logged only when it is a UUID', () => {
  test('a UUID is logged as is (operations can find the call the EHR reports)', () => {
    expect(logSafeHookInstance('d1577c69-dfbe-44ad-ba6d-3e05e953b2ea')).toBe('d1577c69-dfbe-44ad-ba6d-3e05e953b2ea');
  });

  test('free text is replaced by a short digest: nothing the client wrote reaches the log', () => {
    const logged = logSafeHookInstance('Jane Doe MRN 123456');
    expect(logged).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(logged).not.toContain('Jane');
    expect(logSafeHookInstance('Jane Doe MRN 123456')).toBe(logged);
  });
});

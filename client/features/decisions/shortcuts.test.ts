import { describe, expect, test } from 'vitest';
import { moveIndex, shortcutFor, SHORTCUTS } from './shortcuts';

const key = (k: string, over: Partial<Parameters<typeof shortcutFor>[0]> = {}) => shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, targetTag: 'BODY', targetEditable: false, ...over });

describe('workspace shortcuts', () => {
  test('each listed key has one action, and the keys are distinct', () => {
    expect(new Set(SHORTCUTS.map((s) => s.key)).size).toBe(SHORTCUTS.length);
    expect(key('a')).toBe('accept');
    expect(key('r')).toBe('reject');
    expect(key('j')).toBe('next');
    expect(key('?')).toBe('help');
    expect(key('x')).toBeUndefined();
  });

  test('never fire while typing or with a modifier (the EHR and the browser keep theirs)', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) {
      expect(key('a', { targetTag: tag })).toBeUndefined();
    }
    expect(key('a', { targetEditable: true })).toBeUndefined();
    expect(key('r', { ctrlKey: true })).toBeUndefined();
    expect(key('r', { metaKey: true })).toBeUndefined();
    expect(key('r', { altKey: true })).toBeUndefined();
    expect(key('a', { targetTag: 'BUTTON' })).toBe('accept');
  });

  test('moving between cards stops at the ends and starts from the first (or last)', () => {
    expect(moveIndex(0, -1, 1)).toBe(-1);
    expect(moveIndex(3, -1, 1)).toBe(0);
    expect(moveIndex(3, -1, -1)).toBe(2);
    expect(moveIndex(3, 0, 1)).toBe(1);
    expect(moveIndex(3, 2, 1)).toBe(2);
    expect(moveIndex(3, 0, -1)).toBe(0);
  });
});

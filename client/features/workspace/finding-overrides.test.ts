import { describe, expect, test } from 'vitest';
import { applyFindingChange } from './finding-overrides';

describe('applyFindingChange', () => {
  test('adds, replaces and undoes one override per finding', () => {
    let o = applyFindingChange([], { findingId: 'fever', state: 'present' });
    o = applyFindingChange(o, { findingId: 'cough', state: 'removed' });
    o = applyFindingChange(o, { findingId: 'fever', state: 'absent' });
    expect(o).toEqual([
      { findingId: 'cough', state: 'removed' },
      { findingId: 'fever', state: 'absent' },
    ]);
    expect(applyFindingChange(o, { findingId: 'cough', state: 'undo' })).toEqual([{ findingId: 'fever', state: 'absent' }]);
  });
});

import { describe, expect, test } from 'vitest';
import type { DifferentialResponse } from '../../../server/contract';
import type { DifferentialResult } from '../../../server/reasoning/types';
import { INITIAL_REQUEST, MAX_PROBLEMS, requestFields, requestReducer, viewOf, type RequestState } from './request-state';

const chest = { problemId: 'chest-pain', name: 'Chest pain' };
const cough = { problemId: 'cough', name: 'Cough' };

describe('requestReducer', () => {
  test('adding problems re-requests with them, once each, in the order chosen', () => {
    let s = requestReducer(INITIAL_REQUEST, { type: 'add-problems', problems: [chest] });
    s = requestReducer(s, { type: 'add-problems', problems: [cough, chest] });
    expect(requestFields(s).problems).toEqual(['chest-pain', 'cough']);
  });

  test('adding a problem already chosen changes nothing (same state, no new request)', () => {
    const s = requestReducer(INITIAL_REQUEST, { type: 'add-problems', problems: [chest] });
    expect(requestReducer(s, { type: 'add-problems', problems: [chest] })).toBe(s);
  });

  test('a chosen problem can be removed; removing an unknown one changes nothing', () => {
    const s = requestReducer(INITIAL_REQUEST, { type: 'add-problems', problems: [chest, cough] });
    const removed = requestReducer(s, { type: 'remove-problem', problemId: 'chest-pain' });
    expect(requestFields(removed).problems).toEqual(['cough']);
    expect(requestReducer(removed, { type: 'remove-problem', problemId: 'chest-pain' })).toBe(removed);
  });

  test('never more problems than the API accepts', () => {
    const many = Array.from({ length: MAX_PROBLEMS + 5 }, (_, i) => ({ problemId: `p-${i}`, name: `P ${i}` }));
    expect(requestReducer(INITIAL_REQUEST, { type: 'add-problems', problems: many }).problems).toHaveLength(MAX_PROBLEMS);
  });

  test('"show the differential anyway" sets includeChild, and it stays set', () => {
    expect(requestFields(INITIAL_REQUEST).includeChild).toBe(false);
    const s = requestReducer(INITIAL_REQUEST, { type: 'include-child' });
    expect(requestFields(s).includeChild).toBe(true);
    expect(requestReducer(s, { type: 'include-child' })).toBe(s);
    const later = requestReducer(requestReducer(s, { type: 'add-problems', problems: [chest] }), { type: 'change-finding', change: { findingId: 'fever', state: 'present' } });
    expect(requestFields(later)).toEqual({ overrides: [{ findingId: 'fever', state: 'present' }], problems: ['chest-pain'], includeChild: true });
  });

  test('finding changes keep the chosen problems', () => {
    let s: RequestState = requestReducer(INITIAL_REQUEST, { type: 'add-problems', problems: [chest] });
    s = requestReducer(s, { type: 'change-finding', change: { findingId: 'fever', state: 'absent' } });
    s = requestReducer(s, { type: 'change-finding', change: { findingId: 'fever', state: 'undo' } });
    expect(requestFields(s)).toEqual({ overrides: [], problems: ['chest-pain'], includeChild: false });
  });
});

function response(result: Partial<DifferentialResult>): DifferentialResponse {
  return { optedOut: false, setId: 's', suggestions: {}, shown: [], result: result as DifferentialResult };
}

describe('viewOf', () => {
  test('no response yet, opted out', () => {
    expect(viewOf(undefined)).toBe('loading');
    expect(viewOf({ optedOut: true, message: 'x' })).toBe('opted-out');
  });

  test('a differential', () => {
    expect(viewOf(response({ status: 'differential' }))).toBe('differential');
  });

  test('each abstention has its own screen, never the differential', () => {
    const abstained = (kind: 'no-presenting-problem' | 'deceased' | 'child' | 'no-patient'): string => viewOf(response({ status: 'abstained', abstention: { kind, message: 'm' } }));
    expect(abstained('no-presenting-problem')).toBe('ask-problem');
    expect(abstained('deceased')).toBe('deceased');
    expect(abstained('child')).toBe('child-gate');
    expect(abstained('no-patient')).toBe('no-patient');
    expect(viewOf(response({ status: 'abstained' }))).toBe('stopped');
  });
});

import { describe, expect, test } from 'vitest';
import type { IgnoredItem } from '../../../server/reasoning/types';
import { describeNow, groupNotUsed, isChartReference, label, NOT_USED_KIND_ORDER, sortNotUsed } from './not-used';

const refs = (items: readonly IgnoredItem[]): string[] => items.map((i) => i.reference);

describe('sortNotUsed', () => {
  test('abnormal first, then active problems, then by kind, then newest first', () => {
    const items: IgnoredItem[] = [
      { reference: 'Observation/old', reason: 'too old', kind: 'too-old', date: '2015-01-01' },
      { reference: 'Condition/hx', reason: 'history', kind: 'history', activeProblem: true },
      { reference: 'Observation/unit', reason: 'unit not understood', kind: 'unit', date: '2026-01-01' },
      { reference: 'Observation/lipase', reason: 'unknown code', kind: 'unknown-code', abnormal: true, date: '2025-01-01' },
      { reference: 'Observation/code-new', reason: 'unknown code', kind: 'unknown-code', date: '2026-02-01' },
      { reference: 'Observation/code-old', reason: 'unknown code', kind: 'unknown-code', date: '2024-02-01' },
      { reference: 'Observation/code-undated', reason: 'unknown code', kind: 'unknown-code' },
      { reference: 'Basic/x', reason: 'something else' },
    ];
    expect(refs(sortNotUsed(items))).toEqual([
      'Observation/lipase',
      'Condition/hx',
      'Observation/code-new',
      'Observation/code-old',
      'Observation/code-undated',
      'Observation/unit',
      'Observation/old',
      'Basic/x',
    ]);
  });

  test('the kind order is the agreed one', () => {
    expect(NOT_USED_KIND_ORDER).toEqual(['unknown-code', 'unit', 'implausible', 'not-current', 'out-of-scope', 'too-old', 'history', 'superseded', 'malformed', 'other']);
    const items = [...NOT_USED_KIND_ORDER].reverse().map((kind): IgnoredItem => ({ reference: `Observation/${kind}`, reason: kind, kind }));
    expect(sortNotUsed(items).map((i) => i.kind)).toEqual(NOT_USED_KIND_ORDER);
  });

  test('an abnormal old result comes before a normal recent one of an earlier kind', () => {
    const items: IgnoredItem[] = [
      { reference: 'Observation/a', reason: 'x', kind: 'unknown-code', date: '2026-01-01' },
      { reference: 'Observation/b', reason: 'y', kind: 'too-old', date: '2010-01-01', abnormal: true },
    ];
    expect(refs(sortNotUsed(items))).toEqual(['Observation/b', 'Observation/a']);
  });

  test('does not change its input', () => {
    const items: IgnoredItem[] = [
      { reference: 'Observation/b', reason: 'x', kind: 'too-old' },
      { reference: 'Observation/a', reason: 'x', kind: 'unknown-code' },
    ];
    sortNotUsed(items);
    expect(refs(items)).toEqual(['Observation/b', 'Observation/a']);
  });
});

describe('groupNotUsed', () => {
  test('groups items with the same reason, groups ordered by their most relevant item', () => {
    const items: IgnoredItem[] = [
      { reference: 'Observation/1', reason: 'code not in the knowledge base', kind: 'unknown-code', date: '2020-01-01' },
      { reference: 'Observation/2', reason: 'older than the look-back window', kind: 'too-old', date: '2001-01-01' },
      { reference: 'Observation/3', reason: 'code not in the knowledge base', kind: 'unknown-code', date: '2026-01-01' },
      { reference: 'Observation/4', reason: 'older than the look-back window', kind: 'too-old', abnormal: true, date: '2000-01-01' },
    ];
    const groups = groupNotUsed(items);
    expect(groups.map((g) => [g.reason, g.kind, refs(g.items)])).toEqual([
      ['older than the look-back window', 'too-old', ['Observation/4', 'Observation/2']],
      ['code not in the knowledge base', 'unknown-code', ['Observation/3', 'Observation/1']],
    ]);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(items.length);
  });

  test('an item without a kind is grouped as other', () => {
    expect(groupNotUsed([{ reference: '(3 resources)', reason: 'resource type not read' }])[0].kind).toBe('other');
  });
});

describe('label and isChartReference', () => {
  test('display, else the reference', () => {
    expect(label({ reference: 'Observation/1', reason: 'x', display: 'Lipase 620 U/L' })).toBe('Lipase 620 U/L');
    expect(label({ reference: 'Observation/1', reason: 'x', display: '  ' })).toBe('Observation/1');
  });

  test('a chart record is Type/id; a counted group is not', () => {
    expect(isChartReference('Observation/obs-1.2')).toBe(true);
    expect(isChartReference('(12 resources)')).toBe(false);
    expect(isChartReference('http://x/Observation/1')).toBe(false);
  });
});

describe('describeNow', () => {
  test('names the basis of "now"', () => {
    expect(describeNow({ asOf: '2026-03-01T14:20:00Z', basis: 'encounter-in-context', encounterReference: 'Encounter/e1' })).toBe(
      'Reasoning as of 2026-03-01 14:20 (encounter in context, Encounter/e1).',
    );
    expect(describeNow({ asOf: '2026-03-01T14:20:00Z', basis: 'open-encounter' })).toBe('Reasoning as of 2026-03-01 14:20 (open encounter).');
    expect(describeNow({ asOf: '2026-03-01T14:20:00Z', basis: 'request-time', note: 'Encounter/x finished 2019-10-19: not current' })).toBe(
      'Reasoning as of 2026-03-01 14:20 (time of request). Encounter/x finished 2019-10-19: not current.',
    );
  });
});

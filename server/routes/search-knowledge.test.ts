import { describe, expect, test } from 'vitest';
import { searchKnowledge } from './search-knowledge';

const items = [
  { id: 'fever', name: 'Fever', synonyms: ['pyrexia', 'raised temperature'] },
  { id: 'hay-fever', name: 'Allergic rhinitis', synonyms: ['hay fever'] },
  { id: 'tachycardia', name: 'Tachycardia', synonyms: [] },
];

describe('searchKnowledge', () => {
  test('ranks a name match before a synonym match', () => {
    expect(searchKnowledge(items, 'fever', 10).map((m) => m.id)).toEqual(['fever', 'hay-fever']);
  });
  test('says which synonym matched', () => {
    expect(searchKnowledge(items, 'pyrex', 10)).toEqual([{ id: 'fever', name: 'Fever', matched: 'pyrexia' }]);
  });
  test('is case-insensitive and limited', () => {
    expect(searchKnowledge(items, 'TACHY', 1)).toHaveLength(1);
    expect(searchKnowledge(items, 'zzz', 10)).toEqual([]);
  });
});

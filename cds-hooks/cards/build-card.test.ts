import { describe, expect, test } from 'vitest';
import { SUMMARY_MAX_LENGTH } from '../types';
import { buildCard, fitSummary } from './build-card';

const ctx = { publicBaseUrl: 'http://localhost', model: { id: 'm', version: '1' }, knowledgeVersion: '1' };

describe('fitSummary', () => {
  test('the spec’s limit is under 140 characters', () => {
    expect(SUMMARY_MAX_LENGTH).toBe(139);
  });

  test('leaves a summary that fits as it is', () => {
    const exact = 'x'.repeat(SUMMARY_MAX_LENGTH);
    expect(fitSummary(exact)).toBe(exact);
    expect(fitSummary('Pulmonary embolism 12%')).toBe('Pulmonary embolism 12%');
  });

  test('shortens a longer one at a word boundary, with an ellipsis, within the limit', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '); // 269 characters
    const fitted = fitSummary(words);
    expect(fitted.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(fitted.endsWith('…')).toBe(true);
    // The last whole word that fits in 138 characters, then the ellipsis: no word cut in half.
    expect(fitted).toBe(`${words.slice(0, words.lastIndexOf(' ', SUMMARY_MAX_LENGTH - 1))}…`);
    expect(fitted).toBe('word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20…');
  });

  test('a summary one character too long is shortened too', () => {
    const fitted = fitSummary(`${'a'.repeat(100)} ${'b'.repeat(SUMMARY_MAX_LENGTH - 100)}`);
    expect(fitted).toBe(`${'a'.repeat(100)}…`);
  });

  test('a single word longer than the limit is cut, not left too long', () => {
    const fitted = fitSummary('z'.repeat(500));
    expect(fitted.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(fitted).toMatch(/^z{40,}…$/);
  });

  test('buildCard fits the summary it is given', () => {
    const card = buildCard(ctx, { summary: 'long '.repeat(60).trim(), indicator: 'info', detail: 'd', topic: { code: 't', display: 'T' } });
    expect(card.summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(card.summary.endsWith('…')).toBe(true);
  });
});

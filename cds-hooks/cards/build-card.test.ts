import { describe, expect, test } from 'vitest';
import { SUMMARY_MAX_LENGTH } from '../types';
import { buildCard, fitList, fitSummary } from './build-card';

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

  test('spaces before the cut are not left before the ellipsis, and leading spaces are kept', () => {
    const fitted = fitSummary(`  ${'a'.repeat(100)}   ${'b'.repeat(60)}`);
    expect(fitted).toBe(`  ${'a'.repeat(100)}…`);
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

describe('fitList', () => {
  test('keeps every item when they fit, drops whole items from the end with an ellipsis when not', () => {
    expect(fitList('AI differential: ', ['A 30%', 'B 20%'], '; ')).toBe('AI differential: A 30%; B 20%');
    const items = Array.from({ length: 12 }, (_, i) => `Diagnosis number ${i + 1} 5%`);
    const fitted = fitList('AI differential: ', items, '; ');
    expect(fitted).toBe(`AI differential: ${items.slice(0, 5).join('; ')}; …`);
    expect(fitted.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    // Exactly at the limit is kept whole.
    const exact = 'x'.repeat(SUMMARY_MAX_LENGTH - 3);
    expect(fitList('P: ', [exact], '; ')).toBe(`P: ${exact}`);
  });

  test('a first item longer than the limit is cut at a word boundary, and an empty list gives the prefix', () => {
    const long = `${'word '.repeat(40).trim()}`;
    const fitted = fitList('P: ', [long, 'next'], '; ');
    expect(fitted.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(fitted.startsWith('P: word word')).toBe(true);
    expect(fitted.endsWith('word…')).toBe(true);
    expect(fitList('Prefix only', [], '; ')).toBe('Prefix only');
  });
});

describe('buildCard', () => {
  const input = { summary: 'Consider PE', indicator: 'warning' as const, detail: 'Why', topic: { code: 'differential', display: 'Differential' } };

  test('names its source, model label, topic, links and the one override reason set', () => {
    const card = buildCard(ctx, input);
    const label = 'http://localhost/model-label/?model=m&version=1&knowledge=1';
    expect(card.source).toEqual({ label: 'DDx assistant m 1', url: label, topic: { system: 'https://ddx-cds.example.org/fhir/CodeSystem/card-topic', code: 'differential', display: 'Differential' } });
    expect(card.detail).toBe('Why\n\n*AI-generated decision support (m 1, knowledge 1); the clinician decides.*');
    expect(card.links).toEqual([
      { label: 'Open the differential with its reasoning', url: 'http://localhost/launch.html', type: 'smart', appContext: JSON.stringify({ cardUuid: card.uuid }) },
      { label: 'Model label (m 1)', url: label, type: 'absolute' },
    ]);
    expect(card.overrideReasons?.length).toBeGreaterThan(0);
    expect(card.uuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('suggestions get their own uuids and at-most-one; no suggestions, no selection behaviour', () => {
    const none = buildCard(ctx, { ...input, suggestions: [] });
    expect(none.suggestions).toBeUndefined();
    expect(none.selectionBehavior).toBeUndefined();
    const some = buildCard(ctx, { ...input, suggestions: [{ label: 'Order D-dimer' }, { label: 'Order CTPA' }] });
    expect(some.selectionBehavior).toBe('at-most-one');
    expect(some.suggestions?.map((s) => s.label)).toEqual(['Order D-dimer', 'Order CTPA']);
    const uuids = new Set([some.uuid, ...(some.suggestions ?? []).map((s) => s.uuid)]);
    expect(uuids.size).toBe(3);
  });

  test('the smart link carries the extra app context beside the card uuid', () => {
    const card = buildCard(ctx, { ...input, appContext: { problem: 'dyspnoea' } });
    expect(JSON.parse(card.links?.[0].appContext ?? '{}')).toEqual({ cardUuid: card.uuid, problem: 'dyspnoea' });
  });
});

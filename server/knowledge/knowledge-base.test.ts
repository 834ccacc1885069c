/**
 * Checks on the curated knowledge base itself (not the engine): it loads (every number cited, every
 * citation resolving, every registry entry used), and it covers what the product promises.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from './load-knowledge';

const kb = loadKnowledge();

const REQUIRED_PROBLEMS = [
  'chest-pain',
  'dyspnoea',
  'cough',
  'fever',
  'acute-abdominal-pain',
  'headache',
  'syncope',
  'dizziness',
  'palpitations',
  'low-back-pain',
  'joint-pain',
  'fatigue',
  'weight-loss',
  'leg-swelling',
  'confusion',
  'gi-bleeding',
  'diarrhoea',
  'dysuria',
  'sore-throat',
  'anaemia',
];

describe('curated knowledge base', () => {
  test('covers the 20 presenting problems', () => {
    const missing = REQUIRED_PROBLEMS.filter((p) => !kb.problems.has(p));
    expect(missing).toEqual([]);
  });

  test('has at least 100 conditions, each with SNOMED CT and ICD-10-CM codes', () => {
    expect(kb.conditions.size).toBeGreaterThanOrEqual(100);
  });

  test("lists chest pain's can't-miss diagnoses and flags them", () => {
    const chestPain = kb.problems.get('chest-pain');
    const ids = [...(chestPain?.priors.emergency ?? []), ...(chestPain?.priors['primary-care'] ?? []), ...(chestPain?.unquantified ?? [])].map((p) => p.condition);
    const cantMiss = new Set(ids.filter((id) => kb.conditions.get(id)?.cantMiss));
    const names = [...cantMiss].map((id) => kb.conditions.get(id)!.name.toLowerCase()).join(' | ');
    for (const term of [/coronary|myocardial/, /dissection/, /pulmonary embol/, /pneumothorax/, /oesophag|esophag/, /tamponade/]) {
      expect(names).toMatch(term);
    }
  });

  test("every can't-miss diagnosis is reachable from at least one presenting problem", () => {
    const inPriors = new Set([...kb.problems.values()].flatMap((p) => [...(p.priors.emergency ?? []), ...(p.priors['primary-care'] ?? []), ...p.unquantified].map((x) => x.condition)));
    const unreachable = [...kb.conditions.values()].filter((c) => c.cantMiss && !inPriors.has(c.id)).map((c) => c.id);
    expect(unreachable).toEqual([]);
  });

  test('every problem has priors, and every finding is used by some evidence or definition', () => {
    for (const p of kb.problems.values()) {
      expect((p.priors.emergency?.length ?? 0) + (p.priors['primary-care']?.length ?? 0), p.id).toBeGreaterThan(0);
    }
    const used = new Set([...kb.evidence.map((e) => e.finding), ...[...kb.conditions.values()].flatMap((c) => c.definition?.criteria.flat() ?? [])]);
    const unused = [...kb.findings.keys()].filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  test('has discriminating tests with likelihood ratios for the next-best-test step', () => {
    const tests = [...kb.findings.values()].filter((f) => f.test);
    expect(tests.length).toBeGreaterThanOrEqual(10);
    for (const t of tests) {
      expect(kb.evidence.some((e) => e.finding === t.id), t.id).toBe(true);
    }
  });

  test('no number is a placeholder or a curator’s own estimate', () => {
    const locators = [
      ...kb.evidence.map((e) => e.source.locator),
      ...[...kb.problems.values()].flatMap((p) => [...(p.priors.emergency ?? []), ...(p.priors['primary-care'] ?? [])].map((x) => x.source.locator)),
    ];
    expect(locators.filter((l) => /placeholder|curator estimate|made up|guess/i.test(l))).toEqual([]);
  });

  test('every citation is honest about its status and review', () => {
    for (const c of kb.citations.values()) {
      expect(c.review.status).toBe('unreviewed');
      if (c.status === 'verified') {
        expect(c.verification?.readIn.length).toBeGreaterThan(4);
      } else {
        expect(c.unverifiedReason?.length).toBeGreaterThan(4);
      }
    }
  });
});

/**
 * A counted cluster silences its items for the same diagnosis (model 2.49.0): a finding read from its items (Charcot's
 * triad from fever, jaundice and right upper quadrant pain) already holds them, so an item of the same state with its own
 * ratio for that diagnosis is shown, not counted. Other diagnoses keep the item's ratio. A score that names its items
 * (`rule.items`, model 2.50.0) silences them in either state: the score holds an absent item as a zero.
 */
import { describe, expect, test } from 'vitest';
import { assembleKnowledge } from '../knowledge/load-knowledge';
import { miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { buildPatient } from '../../tests/builders/chart-builder';
import { analyzeSync } from './diagnostic-model';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner } from '../../tests/builders/classic-presentation';
import type { FindingStep } from './types';

function kbWithCluster(presentOnly = false) {
  const raw = miniKnowledgeRaw();
  (raw.findings as Record<string, unknown>)['pe-cluster.json'] = {
    id: 'pe-cluster',
    name: 'Pleuritic pain with previous VTE',
    category: 'history',
    match: [],
    derivedFrom: { criteria: [['pleuritic-pain', 'prior-vte', 'male']], presentOnly, source: { citation: 'fx-a', locator: 'test' }, rationale: 'test cluster' },
  };
  (raw.evidence['mini.json'] as Record<string, unknown>[]).push(
    { condition: 'pe', finding: 'pe-cluster', lrPositive: 6, lrNegative: 0.8, population: 'test', grade: 'A', source: { citation: 'fx-a', locator: 'test' } },
    { condition: 'pe', finding: 'male', lrPositive: 1.1, lrNegative: 0.9, population: 'test', grade: 'A', source: { citation: 'fx-a', locator: 'test' } },
  );
  return assembleKnowledge(raw);
}

const stepsOf = (kb: ReturnType<typeof kbWithCluster>, conditionId: string, findings: string[]) => {
  const overrides = findings.map((f) => ({ findingId: f.replace(/^[+-]/, ''), state: f.startsWith('-') ? ('absent' as const) : ('present' as const) }));
  const chart = [buildPatient({ gender: 'male', birthDate: '1970-01-01' })];
  const { result } = analyzeSync(kb, { chart, problems: ['chest-pain'], setting: 'emergency', overrides, extractOptions: { asOf: '2026-06-01' } });
  const d = result.differential.find((x) => x.conditionId === conditionId)!;
  return new Map(d.steps.filter((s): s is FindingStep => s.kind === 'finding').map((s) => [s.findingId, s]));
};

describe('a counted cluster silences its items for the same diagnosis (model 2.49.0)', () => {
  test('with the cluster present, its items of the same state are shown, not counted; another diagnosis keeps them', () => {
    const kb = kbWithCluster();
    const pe = stepsOf(kb, 'pe', ['+pleuritic-pain', '+prior-vte']);
    expect(pe.get('pe-cluster')?.counted).toBe(true);
    expect(pe.get('pleuritic-pain')?.counted).toBe(false);
    expect(pe.get('pleuritic-pain')?.note).toMatch(/part of pleuritic pain with previous vte/);
    expect(pe.get('prior-vte')?.counted).toBe(false);
    // A demographic criterion is not an item of what the cluster measures: it keeps its own ratio.
    expect(pe.get('male')?.counted).toBe(true);
    const acs = stepsOf(kb, 'acs', ['+pleuritic-pain', '+prior-vte']);
    expect(acs.get('pleuritic-pain')?.counted).toBe(true);
  });

  test('with the cluster absent, an item shown absent is silenced and an item present still counts', () => {
    const kb = kbWithCluster();
    const pe = stepsOf(kb, 'pe', ['-pleuritic-pain', '+prior-vte']);
    expect(pe.get('pe-cluster')?.present).toBe(false);
    expect(pe.get('pe-cluster')?.counted).toBe(true);
    expect(pe.get('pleuritic-pain')?.counted).toBe(false);
    expect(pe.get('prior-vte')?.counted).toBe(true);
  });

  test('an implication (presentOnly) silences nothing: its ratios are conditional on the narrower finding', () => {
    const kb = kbWithCluster(true);
    const pe = stepsOf(kb, 'pe', ['+pleuritic-pain', '+prior-vte']);
    expect(pe.get('pe-cluster')?.counted).toBe(true);
    expect(pe.get('pleuritic-pain')?.counted).toBe(true);
    expect(pe.get('prior-vte')?.counted).toBe(true);
  });
});

function kbWithScore(items: string[] | undefined) {
  const raw = miniKnowledgeRaw();
  (raw.findings as Record<string, unknown>)['pe-score-high.json'] = {
    id: 'pe-score-high',
    name: 'Test PE score high',
    category: 'score',
    match: [],
    rule: { name: 'Test PE score', population: 'adults with suspected pulmonary embolism', source: { citation: 'fx-a', locator: 'test' }, appliesTo: { problems: ['chest-pain'] }, ...(items ? { items } : {}) },
  };
  (raw.evidence['mini.json'] as Record<string, unknown>[]).push({ condition: 'pe', finding: 'pe-score-high', lrPositive: 4, lrNegative: 0.3, population: 'test', grade: 'A', source: { citation: 'fx-a', locator: 'test' } });
  return assembleKnowledge(raw);
}

describe('a counted score silences the items it names for the same diagnosis (model 2.50.0)', () => {
  test('entered beside its items, the score counts and its items, present or absent, are shown not counted; another diagnosis keeps them', () => {
    const kb = kbWithScore(['pleuritic-pain', 'hr-over-100']);
    const pe = stepsOf(kb, 'pe', ['+pe-score-high', '+pleuritic-pain', '-hr-over-100']);
    expect(pe.get('pe-score-high')?.counted).toBe(true);
    expect(pe.get('pleuritic-pain')?.counted).toBe(false);
    expect(pe.get('pleuritic-pain')?.note).toMatch(/an item of test pe score high/);
    expect(pe.get('hr-over-100')?.present).toBe(false);
    expect(pe.get('hr-over-100')?.counted).toBe(false);
    const acs = stepsOf(kb, 'acs', ['+pe-score-high', '+pleuritic-pain']);
    expect(acs.get('pleuritic-pain')?.counted).toBe(true);
  });

  test('a score that names no items silences nothing, and an item stands alone when the score is not entered', () => {
    const bare = stepsOf(kbWithScore(undefined), 'pe', ['+pe-score-high', '+pleuritic-pain']);
    expect(bare.get('pleuritic-pain')?.counted).toBe(true);
    const alone = stepsOf(kbWithScore(['pleuritic-pain']), 'pe', ['+pleuritic-pain']);
    expect(alone.get('pleuritic-pain')?.counted).toBe(true);
  });

  test('a score outside its population (the fever problem, not the chest pain it was validated in) silences nothing', () => {
    const kb = kbWithScore(['pleuritic-pain']);
    const overrides = [{ findingId: 'pe-score-high', state: 'present' as const }, { findingId: 'pleuritic-pain', state: 'present' as const }];
    const chart = [buildPatient({ gender: 'male', birthDate: '1970-01-01' })];
    const { result } = analyzeSync(kb, { chart, problems: ['fever'], setting: 'emergency', overrides, extractOptions: { asOf: '2026-06-01' } });
    const steps = result.differential.find((x) => x.conditionId === 'pe')!.steps.filter((s): s is FindingStep => s.kind === 'finding');
    expect(steps.find((s) => s.findingId === 'pe-score-high')?.counted).toBe(false);
    expect(steps.find((s) => s.findingId === 'pleuritic-pain')?.counted).toBe(true);
  });

  test('on the real knowledge base, a Wells score entered with its items counts haemoptysis and recent surgery once for pulmonary embolism', () => {
    const run = presentationRunner(loadKnowledge());
    const items = ['+haemoptysis', '+recent-surgery', '+heart-rate-over-100'];
    const withScore = run('dyspnoea', 'emergency', 50, 'female', ['+wells-pe-score-over-4', ...items]);
    expect(findingStepOf(withScore, 'pulmonary-embolism', 'wells-pe-score-over-4')?.counted).toBe(true);
    const itemSteps = ['haemoptysis', 'recent-surgery', 'heart-rate-over-100'].map((id) => findingStepOf(withScore, 'pulmonary-embolism', id)).filter((s) => s !== undefined);
    expect(itemSteps.length).toBeGreaterThan(0);
    for (const step of itemSteps) {
      expect(step.counted).toBe(false);
      expect(step.note).toMatch(/an item of wells score/);
    }
  });
});

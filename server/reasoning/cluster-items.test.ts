/**
 * A counted cluster silences its items for the same diagnosis (model 2.49.0): a finding read from its items (Charcot's
 * triad from fever, jaundice and right upper quadrant pain) already holds them, so an item of the same state with its own
 * ratio for that diagnosis is shown, not counted. Other diagnoses keep the item's ratio.
 */
import { describe, expect, test } from 'vitest';
import { assembleKnowledge } from '../knowledge/load-knowledge';
import { miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { buildPatient } from '../../tests/builders/chart-builder';
import { analyzeSync } from './diagnostic-model';
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

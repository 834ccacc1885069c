/**
 * Threshold findings of one quantity imply each other when the clinician enters one (model 2.53.0, session 31).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { buildEncounter, buildPatient, buildQuantity } from '../../tests/builders/chart-builder';
import { analyzeSync } from './diagnostic-model';
import { impliedByThresholds } from './threshold-entailment';
import type { FindingOverride } from './types';

const kb = loadKnowledge();

/** The implied states, as `+id` / `-id`, sorted. */
function implied(overrides: FindingOverride[], warnings: string[] = []): string[] {
  return impliedByThresholds(kb, overrides, warnings)
    .map((i) => `${i.finding.present ? '+' : '-'}${i.finding.findingId}`)
    .sort();
}

describe('threshold entailment', () => {
  test('a ferritin of 15 or less settles every ferritin threshold above it, and nothing below', () => {
    expect(implied([{ findingId: 'ferritin-15-or-less', state: 'present' }])).toEqual(
      ['+ferritin-18-or-less', '+ferritin-25-or-less', '+ferritin-35-or-less', '+ferritin-45-or-less', '-ferritin-over-100', '-ferritin-over-1000'].sort(),
    );
  });

  test('a ferritin of 45 or less leaves the lower thresholds open', () => {
    const out = implied([{ findingId: 'ferritin-45-or-less', state: 'present' }]);
    expect(out).toEqual(['-ferritin-over-100', '-ferritin-over-1000']);
  });

  test('an absent threshold states the other side: ferritin not over 100 settles only "over 1000"', () => {
    expect(implied([{ findingId: 'ferritin-over-100', state: 'absent' }])).toEqual(['-ferritin-over-1000']);
    expect(implied([{ findingId: 'ferritin-over-100', state: 'present' }])).toEqual(
      ['-ferritin-15-or-less', '-ferritin-18-or-less', '-ferritin-25-or-less', '-ferritin-35-or-less', '-ferritin-45-or-less'].sort(),
    );
  });

  test('closed and open bounds: 38.5 °C or over implies 38 or over; under 38 implies under 38.5', () => {
    expect(implied([{ findingId: 'temperature-38-5-or-over', state: 'present' }])).toContain('+temperature-38-or-over');
    expect(implied([{ findingId: 'temperature-38-or-over', state: 'absent' }])).toContain('-temperature-38-5-or-over');
    expect(implied([{ findingId: 'temperature-38-or-over', state: 'present' }])).not.toContain('+temperature-38-5-or-over');
  });

  test('thresholds in different units are compared after conversion (haemoglobin in g/dL and g/L)', () => {
    const low = implied([{ findingId: 'haemoglobin-under-8', state: 'present' }]);
    expect(low).toEqual(expect.arrayContaining(['+haemoglobin-below-120', '+haemoglobin-below-130', '-haemoglobin-over-160', '-haemoglobin-over-165']));
    expect(implied([{ findingId: 'haemoglobin-below-120', state: 'absent' }])).toContain('-haemoglobin-under-8');
  });

  test('a panel component and the same analyte read alone are one quantity (systolic pressure)', () => {
    expect(implied([{ findingId: 'systolic-bp-100-or-less', state: 'present' }])).toContain('-systolic-bp-140-or-more');
  });

  test('a finding that is not a threshold implies nothing', () => {
    expect(implied([{ findingId: 'fatigue', state: 'present' }])).toEqual([]);
    expect(implied([{ findingId: 'ferritin-15-or-less', state: 'removed' }])).toEqual([]);
  });

  test('a direct entry is never overridden; entries that contradict each other are reported', () => {
    const warnings: string[] = [];
    const out = implied(
      [
        { findingId: 'ferritin-15-or-less', state: 'present' },
        { findingId: 'ferritin-over-100', state: 'present' },
      ],
      warnings,
    );
    expect(out).not.toContain('-ferritin-over-100');
    expect(out).not.toContain('-ferritin-15-or-less');
    expect(warnings.some((w) => /contradict/.test(w))).toBe(true);
  });

  test('two entries that disagree about a third leave it alone, with a warning', () => {
    const warnings: string[] = [];
    // "45 or less" absent (over 45) and "15 or less" present cannot both hold: they disagree about "25 or less".
    const out = implied(
      [
        { findingId: 'ferritin-45-or-less', state: 'absent' },
        { findingId: 'ferritin-15-or-less', state: 'present' },
      ],
      warnings,
    );
    expect(out.some((x) => x.endsWith('ferritin-25-or-less'))).toBe(false);
    expect(warnings.some((w) => /disagree/.test(w))).toBe(true);
  });
});

describe('threshold entailment in the differential', () => {
  const asOf = '2026-06-01';
  test('an entered ferritin of 15 or less lowers anaemia of chronic disease through "ferritin over 100" absent, marked as implied', () => {
    const chart = [buildPatient({ gender: 'female', birthDate: '1989-01-01' })];
    const run = (overrides: FindingOverride[]) => analyzeSync(kb, { chart, problems: ['anaemia'], setting: 'primary-care', overrides, extractOptions: { asOf } }).result;
    const bare = run([{ findingId: 'mcv-75-or-less', state: 'present' }]);
    const withFerritin = run([
      { findingId: 'mcv-75-or-less', state: 'present' },
      { findingId: 'ferritin-15-or-less', state: 'present' },
    ]);
    const acd = (r: typeof bare) => r.differential.find((d) => d.conditionId === 'anaemia-of-chronic-disease');
    expect(acd(withFerritin)!.probability).toBeLessThan(acd(bare)!.probability);
    const step = acd(withFerritin)!.steps.find((s) => s.kind === 'finding' && s.findingId === 'ferritin-over-100');
    expect(step?.kind === 'finding' && step.impliedBy).toBe('ferritin-15-or-less');
    expect(step?.kind === 'finding' && step.present).toBe(false);
    expect(withFerritin.differential[0]?.conditionId).toBe('iron-deficiency-anaemia');
    expect(withFerritin.findingNames['ferritin-over-100']).toMatch(/ferritin/i);
  });

  test('an implied state replaces a contradicting chart reading, with a warning', () => {
    const chart = [buildPatient({ gender: 'female', birthDate: '1989-01-01' }), buildEncounter('271737000'), buildQuantity('fer', '2276-4', 250, 'ng/mL')];
    // The builders date the encounter and the result 2026-11-20.
    const read = (overrides: FindingOverride[]) => analyzeSync(kb, { chart, problems: ['anaemia'], setting: 'primary-care', overrides, extractOptions: { asOf: '2026-11-21' } }).result;
    expect(read([]).findingsUsed.find((f) => f.findingId === 'ferritin-over-100')?.present).toBe(true);
    const r = read([{ findingId: 'ferritin-15-or-less', state: 'present' }]);
    const over100 = r.findingsUsed.find((f) => f.findingId === 'ferritin-over-100');
    expect(over100?.present).toBe(false);
    expect(over100?.impliedBy).toBe('ferritin-15-or-less');
    expect(r.warnings.some((w) => /replaces the chart's reading/.test(w))).toBe(true);
  });
});

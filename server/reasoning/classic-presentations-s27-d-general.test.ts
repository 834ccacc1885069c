/**
 * Depth round (session 27, round 5, curator d-general): textbook presentations of polycythaemia vera in itch and of
 * adult type 1 diabetes in new hyperglycaemia, entered as a clinician would (findings only, no vignette), on the real
 * knowledge base. Expectations are about order and about which steps count, not percentages, since the recalibration
 * is refitted whenever the knowledge changes. Sources: server/knowledge/data/evidence/s27-d-general.json.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { buildPatient, buildQuantity } from '../../tests/builders/chart-builder';
import { analyzeSync } from './diagnostic-model';
import type { DifferentialResult } from './types';
import { presentationRunner, probOf as prob, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations (session 27, depth round, d-general)', () => {
  test('itch after bathing with a haemoglobin above the WHO threshold and JAK2 V617F: polycythaemia vera is in the top two (was eighth)', () => {
    // WHO 2016 major criteria 1 and 3 (Arber 2016, Table 4); JAK2 V617F in 87.2% of PV (Azevedo 2017).
    const r = run('pruritus', 'primary-care', 62, 'male', ['+aquagenic-pruritus', '+erythrocytosis-above-who-2016-pv-threshold', '+jak2-v617f-positive']);
    expect(rankOf(r, 'polycythaemia-vera')).toBeGreaterThan(0);
    expect(rankOf(r, 'polycythaemia-vera')).toBeLessThanOrEqual(2);
    for (const other of ['urticaria', 'scabies', 'contact-dermatitis', 'tinea-corporis']) {
      if (rankOf(r, other) > 0) expect(rankOf(r, other)).toBeGreaterThan(rankOf(r, 'polycythaemia-vera'));
    }
  });

  test('a normal haemoglobin and haematocrit count against polycythaemia vera in itch (the WHO criterion is its first major criterion)', () => {
    const aquagenic = run('pruritus', 'primary-care', 62, 'male', ['+aquagenic-pruritus']);
    const normalCount = run('pruritus', 'primary-care', 62, 'male', ['+aquagenic-pruritus', '-erythrocytosis-above-who-2016-pv-threshold']);
    expect(prob(normalCount, 'polycythaemia-vera')).toBeLessThan(prob(aquagenic, 'polycythaemia-vera'));
  });

  test('the WHO haemoglobin criterion is read from the chart by sex: 163 g/L meets it for a woman, not for a man', () => {
    const chart = (sex: 'female' | 'male', hb: number, hct: number) => [
      buildPatient({ gender: sex, birthDate: '1965-01-01' }),
      buildQuantity('hb', '718-7', hb, 'g/L'),
      buildQuantity('hct', '4544-3', hct, '%'),
    ];
    const analyse = (sex: 'female' | 'male', hb: number, hct: number) =>
      analyzeSync(kb, { chart: chart(sex, hb, hct), problems: ['pruritus'], setting: 'primary-care', extractOptions: { asOf: '2026-11-20T12:00:00Z' } }).result;
    const erythro = (r: DifferentialResult) => r.findingsUsed.find((f) => f.findingId === 'erythrocytosis-above-who-2016-pv-threshold');
    expect(erythro(analyse('female', 163, 47))?.present).toBe(true);
    expect(erythro(analyse('male', 163, 47))?.present).toBe(false);
    expect(erythro(analyse('male', 150, 53))?.present).toBe(true);
    expect(prob(analyse('male', 178, 54), 'polycythaemia-vera')).toBeGreaterThan(prob(analyse('male', 150, 45), 'polycythaemia-vera'));
  });

  test('age over 30 counts against type 1 diabetes in new hyperglycaemia only where the prior is not already stratified by age (Shields 2015, Prior 1991)', () => {
    const steps = (age: number) =>
      run('hyperglycaemia', 'emergency', age, 'male', ['+unintentional-weight-loss', '-bmi-25-or-more'])
        .differential.find((d) => d.conditionId === 'type-1-diabetes')!
        .steps.filter((s) => s.kind === 'finding' && s.findingId === 'age-over-30');
    // 24 and 45 fall in Thomas 2018's age strata (30 or under; 31-60): the band is already held by the prior.
    for (const age of [24, 45]) {
      const held = steps(age);
      expect(held.length).toBe(1);
      expect(held[0].kind === 'finding' && held[0].counted).toBe(false);
    }
    // 73 is more than ten years from the 31-60 stratum, so the policy prior applies and age counts (LR 0.195).
    const old = steps(73);
    expect(old.length).toBe(1);
    expect(old[0].kind === 'finding' && old[0].counted).toBe(true);
    expect(old[0].kind === 'finding' && old[0].lr).toBeLessThan(0.25);
  });
});

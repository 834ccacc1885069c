/**
 * Adult-onset Still's disease in prolonged fever (knowledge 2.123.0, session 24) on the real knowledge base: a markedly
 * raised ferritin with joint pain raises it, a ferritin at or below 1000 ng/mL lowers it, and it is not a candidate of
 * the complaints it was not curated for.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { buildEncounter, buildPatient, buildQuantity } from '../../tests/builders/chart-builder';
import { analyzeSync } from './diagnostic-model';

const kb = loadKnowledge();
const patient = buildPatient({ gender: 'female', birthDate: '1994-01-01' });
const aosd = (ferritin: number | undefined, overrides: { findingId: string; state: 'present' | 'absent' }[] = [], problem = 'prolonged-fever') => {
  const chart = [patient, buildEncounter('0', { reasonCode: undefined }), ...(ferritin === undefined ? [] : [buildQuantity('ferritin', '2276-4', ferritin, 'ng/mL')])];
  const r = analyzeSync(kb, { chart, problems: [problem], setting: 'primary-care', overrides }).result;
  return { r, d: r.differential.find((x) => x.conditionId === 'adult-onset-stills-disease') };
};

describe("adult-onset Still's disease", () => {
  test('listed for prolonged fever with its cited prior, and moved by ferritin and joint pain', () => {
    const bare = aosd(undefined).d!;
    expect(bare).toBeDefined();
    const high = aosd(3200, [{ findingId: 'joint-pain-symptom', state: 'present' }]);
    const low = aosd(400).d!;
    expect(high.d!.probability).toBeGreaterThan(bare.probability * 3);
    expect(high.d!.probability).toBeGreaterThan(aosd(3200).d!.probability);
    expect(low.probability).toBeLessThan(bare.probability);
    expect(high.r.differential.findIndex((x) => x.conditionId === 'adult-onset-stills-disease')).toBeLessThan(3);
    // The joint-pain ratio was measured only in patients with a ferritin over 1000 ng/mL: without one it does not count.
    const noFerritin = aosd(undefined, [{ findingId: 'joint-pain-symptom', state: 'present' }]).d!;
    expect(noFerritin.probability).toBeCloseTo(bare.probability, 3);
  });

  test('not a candidate for fever, joint pain, rash or sore throat', () => {
    for (const problem of ['fever', 'joint-pain', 'rash', 'sore-throat']) {
      expect(kb.problems.get(problem)).toBeDefined();
      expect(aosd(3200, [], problem).d).toBeUndefined();
    }
  });
});

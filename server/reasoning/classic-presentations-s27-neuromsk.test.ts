/**
 * Textbook presentations of focal weakness (stroke and its mimics) entered as a clinician would (findings only, no
 * vignette), on the real knowledge base (session 27, curator tag neuromsk). Each case ranked in a way a clinician would
 * call absurd before a cited weight was added or restricted (server/knowledge/data/evidence/s27-neuromsk.json); the test
 * keeps it from coming back. Expectations are about order, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, focal weakness (session 27, neuromsk)', () => {
  test("Todd's paresis: a known epileptic with a witnessed seizure and a deficit afterwards has a seizure first; stroke stays on the can't-miss list", () => {
    // Kim 2022 (409 code-stroke patients) Table 3: seizure-like movements in 1 of 284 strokes vs 8 of 125 mimics.
    const r = run('focal-weakness', 'emergency', 35, 'male', ['+history-of-epilepsy', '+seizure-at-symptom-onset', '+facial-paresis-arm-drift-or-abnormal-speech']);
    expect(rankOf(r, 'epileptic-seizure')).toBe(1);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('acute-stroke');
  });

  test('seizure-like movements at onset lower stroke among code-stroke patients', () => {
    const base = run('focal-weakness', 'emergency', 60, 'male', ['+facial-paresis-arm-drift-or-abnormal-speech']);
    const fit = run('focal-weakness', 'emergency', 60, 'male', ['+facial-paresis-arm-drift-or-abnormal-speech', '+seizure-at-symptom-onset']);
    expect(p(fit, 'acute-stroke')).toBeLessThan(p(base, 'acute-stroke'));
    expect(rankOf(fit, 'epileptic-seizure')).toBeLessThanOrEqual(2);
  });

  test('migraine aura with headache in a young woman with migraine: migraine is in the top two, not ninth', () => {
    // Headache with aura in 96% of migraine with aura (REFORM 2024, capped at 0.895) over 28/409 code-stroke patients (Kim 2022).
    const r = run('focal-weakness', 'emergency', 28, 'female', ['+headache-with-focal-neurological-symptoms', '+visual-disturbance', '+history-of-migraine']);
    expect(rankOf(r, 'migraine')).toBeGreaterThan(0);
    expect(rankOf(r, 'migraine')).toBeLessThanOrEqual(2);
  });

  test('a headache with the focal symptoms counts as a headache for the other causes of the complaint (brain tumour)', () => {
    const r = run('focal-weakness', 'primary-care', 55, 'female', ['+headache-with-focal-neurological-symptoms']);
    expect(r.findingsUsed.find((f) => f.findingId === 'headache')?.present).toBe(true);
  });

  test('an 82-year-old on antithrombotics after a fall, with headache and confusion: subdural haematoma is second to stroke, not sixth', () => {
    // Adhiyaman 2002: altered mental state a common manifestation, over 83/409 code-stroke patients with altered mental status (Kim 2022).
    const r = run('focal-weakness', 'emergency', 82, 'male', ['+recent-fall', '+antithrombotic-therapy', '+headache', '+confusion']);
    expect(rankOf(r, 'subdural-haematoma')).toBeGreaterThan(0);
    expect(rankOf(r, 'subdural-haematoma')).toBeLessThanOrEqual(2);
  });

  test('altered mental status, dizziness and a psychiatric history each lower stroke among code-stroke patients (Kim 2022)', () => {
    const base = run('focal-weakness', 'emergency', 60, 'female', []);
    for (const f of ['+confusion', '+dizziness', '+history-of-psychiatric-disorder']) {
      expect(p(run('focal-weakness', 'emergency', 60, 'female', [f]), 'acute-stroke'), f).toBeLessThan(p(base, 'acute-stroke'));
    }
  });

  test('stroke-versus-mimic ratios of code-stroke patients do not move stroke in another complaint (headache)', () => {
    const base = run('headache', 'emergency', 60, 'male', []);
    const smoker = run('headache', 'emergency', 60, 'male', ['+current-smoker', '+history-of-hypertension']);
    expect(p(smoker, 'acute-stroke')).toBeCloseTo(p(base, 'acute-stroke'), 6);
  });
});

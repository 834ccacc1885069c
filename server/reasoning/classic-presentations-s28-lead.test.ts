/**
 * Textbook presentations fixed by the lead engineer's changes in session 28 (findings as a clinician would enter them, no
 * vignette). Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge
 * changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('a described chest pain is chest pain (knowledge 2.149.0)', () => {
  test('in breathlessness, pleuritic chest pain raises pulmonary embolism and pneumothorax as chest pain does', () => {
    // Miniati 2012 (PE) and Sousa 2011 (pneumothorax): chest-pain ratios limited to breathlessness (session 27).
    const bare = run('dyspnoea', 'emergency', 40, 'female', ['+heart-rate-over-100', '+recent-surgery']);
    const pleuritic = run('dyspnoea', 'emergency', 40, 'female', ['+heart-rate-over-100', '+recent-surgery', '+pleuritic-chest-pain']);
    const chestPain = run('dyspnoea', 'emergency', 40, 'female', ['+heart-rate-over-100', '+recent-surgery', '+chest-pain']);
    expect(probOf(pleuritic, 'pulmonary-embolism')).toBeGreaterThan(probOf(bare, 'pulmonary-embolism'));
    expect(probOf(pleuritic, 'pulmonary-embolism')).toBeCloseTo(probOf(chestPain, 'pulmonary-embolism'), 6);
    expect(probOf(pleuritic, 'pneumothorax')).toBeGreaterThan(probOf(bare, 'pneumothorax'));
  });

  test('in breathlessness, pleuritic chest pain does not raise acute coronary syndrome the way a typical chest pain does', () => {
    // Swap 2005: pleuritic pain LR 0.2 for ACS among chest-pain patients, multiplying the chest-pain ratio (Brieger 2004).
    const pleuritic = run('dyspnoea', 'emergency', 60, 'male', ['+pleuritic-chest-pain']);
    const leftArm = run('dyspnoea', 'emergency', 60, 'male', ['+pain-radiating-left-arm']);
    expect(probOf(leftArm, 'acute-coronary-syndrome')).toBeGreaterThan(probOf(pleuritic, 'acute-coronary-syndrome'));
  });

  test('in the chest-pain complaint the implied chest pain is the complaint, not counted again', () => {
    const bare = run('chest-pain', 'emergency', 40, 'female', []);
    const sharp = run('chest-pain', 'emergency', 40, 'female', ['+sharp-chest-pain']);
    expect(rankOf(sharp, 'pulmonary-embolism')).toBeGreaterThan(0);
    // Sharp pain has no pulmonary-embolism ratio in chest pain: its probability is the bare complaint's.
    expect(probOf(sharp, 'pulmonary-embolism')).toBeCloseTo(probOf(bare, 'pulmonary-embolism'), 6);
  });
});

describe('known conditions read from the medication list (knowledge 2.147.0)', () => {
  test('insulin therapy and known diabetes count once for hypoglycaemia (one correlation group)', () => {
    const insulin = run('confusion', 'emergency', 70, 'male', ['+insulin-therapy']);
    const both = run('confusion', 'emergency', 70, 'male', ['+insulin-therapy', '+history-of-diabetes-mellitus']);
    const diabetes = run('confusion', 'emergency', 70, 'male', ['+history-of-diabetes-mellitus']);
    expect(probOf(both, 'hypoglycaemia')).toBeCloseTo(Math.max(probOf(insulin, 'hypoglycaemia'), probOf(diabetes, 'hypoglycaemia')), 6);
  });
});

describe('a blood glucose in every acute confusion in the emergency department (knowledge 2.150.0)', () => {
  test('the bare confusion list asks for a glucose first in the emergency department, until a glucose result is on the chart', () => {
    // Sanello 2018 (West J Emerg Med): all 33 California EMS altered-mental-status protocols call for a blood glucose check.
    const bare = run('confusion', 'emergency', 75, 'female', []);
    expect(bare.nextBestTests[0]?.findingId).toBe('glucose-30-or-more');
    const measured = run('confusion', 'emergency', 75, 'female', ['-glucose-3-9-or-less']);
    expect(measured.nextBestTests.some((t) => t.findingId === 'glucose-30-or-more')).toBe(false);
  });
});

describe('a measured temperature of 38 °C or more is a fever, and derivations chain (model 2.48.0, knowledge 2.151.0)', () => {
  test('a temperature of 38 °C with jaundice and right upper quadrant pain completes Charcot’s triad for cholangitis', () => {
    const r = run('acute-abdominal-pain', 'emergency', 70, 'female', ['+temperature-38-or-over', '+jaundice', '+right-upper-quadrant-pain']);
    const used = new Map(r.findingsUsed.map((f) => [f.findingId, f]));
    expect(used.get('fever')?.present).toBe(true);
    expect(used.get('charcot-triad')?.present).toBe(true);
    const cholangitis = r.differential.find((d) => d.conditionId === 'cholangitis');
    expect(cholangitis?.steps.some((s) => s.kind === 'finding' && s.findingId === 'charcot-triad' && s.present)).toBe(true);
  });

  test('a normal temperature never makes fever absent (an implication only)', () => {
    const r = run('sore-throat', 'primary-care', 30, 'female', ['-temperature-38-or-over']);
    expect(r.findingsUsed.some((f) => f.findingId === 'fever')).toBe(false);
  });

  test('a peritonsillar abscess’s fever ratio counts for a measured temperature', () => {
    const bare = run('sore-throat', 'emergency', 28, 'male', ['+trismus']);
    const febrile = run('sore-throat', 'emergency', 28, 'male', ['+trismus', '+temperature-38-5-or-over']);
    expect(probOf(febrile, 'peritonsillar-abscess')).toBeGreaterThan(probOf(bare, 'peritonsillar-abscess'));
  });
});

describe('a described cough is a cough (knowledge 2.152.0)', () => {
  test('in breathlessness a productive cough counts for pneumonia exactly as a cough does (Metlay 1997)', () => {
    const bare = run('dyspnoea', 'emergency', 55, 'female', ['+fever']);
    const productive = run('dyspnoea', 'emergency', 55, 'female', ['+fever', '+productive-cough']);
    const cough = run('dyspnoea', 'emergency', 55, 'female', ['+fever', '+cough']);
    expect(probOf(productive, 'community-acquired-pneumonia')).toBeGreaterThan(probOf(bare, 'community-acquired-pneumonia'));
    expect(probOf(productive, 'community-acquired-pneumonia')).toBeCloseTo(probOf(cough, 'community-acquired-pneumonia'), 6);
  });
});

describe('the current SNOMED CT concept for knee pain (knowledge 2.153.0)', () => {
  test('an encounter whose reason is 1003722009 "Pain of knee region" is reasoned as knee pain, as 30989003 is', async () => {
    const { buildEncounter, buildPatient } = await import('../../tests/builders/chart-builder');
    const { analyzeSync } = await import('./diagnostic-model');
    for (const code of ['1003722009', '30989003']) {
      const { result } = analyzeSync(kb, { chart: [buildPatient(), buildEncounter(code)], extractOptions: { asOf: '2026-11-20T12:00:00Z' } });
      expect(result.problems.map((p) => p.problemId)).toEqual(['knee-pain']);
    }
  });
});

describe('pain at an abdominal site is abdominal pain (knowledge 2.154.0)', () => {
  test('in nausea and vomiting, right lower quadrant pain counts for appendicitis at least as abdominal pain does', () => {
    const bare = run('nausea-and-vomiting', 'emergency', 22, 'male', []);
    const rlq = run('nausea-and-vomiting', 'emergency', 22, 'male', ['+right-lower-quadrant-pain']);
    const abdominal = run('nausea-and-vomiting', 'emergency', 22, 'male', ['+abdominal-pain']);
    expect(probOf(rlq, 'acute-appendicitis')).toBeGreaterThanOrEqual(probOf(abdominal, 'acute-appendicitis'));
    expect(probOf(abdominal, 'acute-appendicitis')).toBeGreaterThan(probOf(bare, 'acute-appendicitis'));
    expect(rankOf(rlq, 'acute-appendicitis')).toBeLessThan(rankOf(bare, 'acute-appendicitis'));
  });
});

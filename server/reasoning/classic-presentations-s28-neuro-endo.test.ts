/**
 * Textbook presentations entered as a clinician would (findings only, no vignette), on the real knowledge base
 * (session 28, neuro-endo curator). Carbon monoxide poisoning gains a pulse CO-oximetry reading (SpCO 10% or more;
 * Ramponi 2023 Front Med meta-analysis, LR+ 9.4, entered as present-only like the blood carboxyhaemoglobin, with which
 * it shares a correlation group), and functional weakness gains a known panic disorder (Stone 2010 Brain: 36% of
 * functional weakness against 13% of neurological weakness). Expectations are about order, not percentages, since the
 * recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of occult carbon monoxide poisoning (session 28, neuro-endo)', () => {
  test('a winter headache with others at home ill at the same time and a raised SpCO: carbon monoxide poisoning in the top two, above tension-type headache', () => {
    // Symptomatic cohabitants LR+ 7.5 (Heckerling 1988 Am J Med); SpCO >= 10% LR+ 9.4 (Ramponi 2023 Front Med).
    const r = run('headache', 'emergency', 40, 'female', ['+symptomatic-cohabitants', '+spco-10-percent-or-more']);
    expect(rankOf(r, 'carbon-monoxide-poisoning')).toBeGreaterThan(0);
    expect(rankOf(r, 'carbon-monoxide-poisoning')).toBeLessThanOrEqual(2);
    expect(rankOf(r, 'carbon-monoxide-poisoning')).toBeLessThan(rankOf(r, 'tension-type-headache'));
    const cohabitantsOnly = run('headache', 'emergency', 40, 'female', ['+symptomatic-cohabitants']);
    expect(p(r, 'carbon-monoxide-poisoning')).toBeGreaterThan(p(cohabitantsOnly, 'carbon-monoxide-poisoning'));
  });

  test('dizziness with symptomatic cohabitants and a raised SpCO: carbon monoxide poisoning in the top two, above vestibular neuritis', () => {
    const r = run('dizziness', 'emergency', 40, 'female', ['+symptomatic-cohabitants', '+spco-10-percent-or-more']);
    expect(rankOf(r, 'carbon-monoxide-poisoning')).toBeGreaterThan(0);
    expect(rankOf(r, 'carbon-monoxide-poisoning')).toBeLessThanOrEqual(2);
    expect(rankOf(r, 'carbon-monoxide-poisoning')).toBeLessThan(rankOf(r, 'vestibular-neuritis'));
  });

  test('a raised SpCO and a raised blood carboxyhaemoglobin measure one thing: together they count once', () => {
    // Both in the carboxyhaemoglobin correlation group: only the stronger counts for the condition.
    const spco = run('headache', 'emergency', 40, 'female', ['+spco-10-percent-or-more']);
    const both = run('headache', 'emergency', 40, 'female', ['+spco-10-percent-or-more', '+carboxyhaemoglobin-over-10-percent']);
    expect(p(both, 'carbon-monoxide-poisoning')).toBeCloseTo(p(spco, 'carbon-monoxide-poisoning'), 6);
  });
});

describe('classic presentations of functional weakness (session 28, neuro-endo)', () => {
  test("a 30-year-old woman with leg weakness, a positive Hoover's sign and known panic disorder: functional weakness in the top two (first since knowledge 2.155.0 gave it a cited prior), above seizure, and higher than with Hoover's sign alone", () => {
    // Hoover's sign (McWhirter 2011, specificity at its lower bound); panic disorder 36% vs 13% (Stone 2010 Brain);
    // since session 29 a cited prior of 2% of suspected strokes (Jones 2020) replaces the policy prior.
    const hoover = run('focal-weakness', 'emergency', 30, 'female', ['+hoover-sign-positive']);
    const both = run('focal-weakness', 'emergency', 30, 'female', ['+hoover-sign-positive', '+history-of-panic-disorder']);
    expect(rankOf(both, 'functional-neurological-disorder')).toBeGreaterThan(0);
    expect(rankOf(both, 'functional-neurological-disorder')).toBeLessThanOrEqual(2);
    expect(rankOf(both, 'functional-neurological-disorder')).toBeLessThan(rankOf(both, 'epileptic-seizure'));
    expect(p(both, 'functional-neurological-disorder')).toBeGreaterThan(p(hoover, 'functional-neurological-disorder'));
  });

  test('known panic disorder alone does not put functional weakness near the top for a 70-year-old man with focal weakness', () => {
    const r = run('focal-weakness', 'emergency', 70, 'male', ['+history-of-panic-disorder']);
    expect(rankOf(r, 'acute-stroke')).toBe(1);
    expect(rankOf(r, 'functional-neurological-disorder') === 0 || rankOf(r, 'functional-neurological-disorder') > 3).toBe(true);
  });
});

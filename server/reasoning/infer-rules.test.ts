/**
 * The rules of the likelihood-ratio chain, each computed by hand on the test knowledge base
 * (tests/builders/knowledge-builder.ts): which candidates and priors a problem brings, that correlated
 * findings count once, that the dependence correction tempers all but the strongest finding, that the
 * complaint itself is not counted again, and that a rule or a likelihood ratio is used only in the
 * population it was measured in.
 */
import { describe, expect, test } from 'vitest';
import { assembleKnowledge } from '../knowledge/load-knowledge';
import { miniKnowledge, miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { cantMissThreshold, complaintFindings, evidenceNotApplicable, reasonAbout, ruleNotApplicable, selectCandidates } from './infer';
import { POLICY } from './policy';
import { buildDifferential } from './build-differential';
import { extractFindings } from './extract-findings';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../../tests/builders/chart-builder';
import type { FindingStep, KnownFinding, PriorStep } from './types';

const kb = miniKnowledge();
const odds = (p: number): number => p / (1 - p);
const prob = (o: number): number => o / (1 + o);
const known = (findingId: string, present = true): KnownFinding => ({ findingId, present, origin: 'chart', sources: [{ reference: `Observation/${findingId}`, value: 'x' }] });
const steps = (d: { steps: readonly (FindingStep | PriorStep | { kind: string })[] }): FindingStep[] => d.steps.filter((s): s is FindingStep => s.kind === 'finding');

describe('selectCandidates', () => {
  test('no presenting problem, no candidates (the caller abstains)', () => {
    expect(selectCandidates(kb, [], 'emergency', [])).toEqual([]);
  });

  test('each candidate takes the prior of the setting, with its source and population match', () => {
    const c = selectCandidates(kb, ['chest-pain'], 'primary-care', []);
    const acs = c.find((x) => x.conditionId === 'acs')!;
    expect(acs.prior).toBe(0.04);
    expect(acs.priorStep).toMatchObject({ kind: 'prior', problemId: 'chest-pain', setting: 'primary-care', probability: 0.04, populationMatch: 'exact' });
  });

  test('a diagnosis listed only under the other setting is carried over, marked other-setting, never dropped', () => {
    const c = selectCandidates(kb, ['chest-pain'], 'primary-care', []);
    const sepsis = c.find((x) => x.conditionId === 'sepsis')!;
    expect(sepsis.prior).toBe(0.001);
    expect(sepsis.priorStep).toMatchObject({ setting: 'emergency', populationMatch: 'other-setting' });
    expect(sepsis.priorStep.note).toMatch(/no primary-care estimate for chest pain; the emergency figure is used/);
  });

  test('a problem with no priors in the setting uses the other setting and warns', () => {
    const warnings: string[] = [];
    const c = selectCandidates(kb, ['fever'], 'primary-care', warnings);
    expect(warnings).toEqual(['no primary-care priors for Fever; emergency priors used']);
    expect(c.find((x) => x.conditionId === 'sepsis')!.priorStep).toMatchObject({ setting: 'emergency', populationMatch: 'other-setting', probability: 0.1 });
  });

  test('an unquantified candidate gets the stated policy prior, flagged as policy, with the reason', () => {
    const c = selectCandidates(kb, ['fever'], 'emergency', []);
    const acs = c.find((x) => x.conditionId === 'acs')!;
    expect(acs.prior).toBe(POLICY.unquantifiedPrior);
    expect(acs.priorStep).toMatchObject({ policy: true, problemId: 'fever' });
    expect(acs.priorStep.source).toBeUndefined();
    expect(acs.priorStep.note).toMatch(/test fixture: no published prior/);
  });

  test('with two problems a condition takes the higher prior and says which ones it chose from', () => {
    const c = selectCandidates(kb, ['chest-pain', 'fever'], 'emergency', []);
    const pe = c.filter((x) => x.conditionId === 'pe');
    expect(pe).toHaveLength(1);
    expect(pe[0].prior).toBe(0.05);
    expect(pe[0].priorStep.note).toBe('highest of the pre-test probabilities for Chest pain 5%, Fever 1%');
    const sepsis = c.find((x) => x.conditionId === 'sepsis')!;
    expect(sepsis.prior).toBe(0.1);
    expect(sepsis.priorStep.problemId).toBe('fever');
    // ACS has a published prior under chest pain, so the unquantified fever entry does not replace it.
    expect(c.find((x) => x.conditionId === 'acs')!.priorStep.policy).toBeUndefined();
  });

  test('an unknown problem is ignored with a warning', () => {
    const warnings: string[] = [];
    expect(selectCandidates(kb, ['nope'], 'emergency', warnings)).toEqual([]);
    expect(warnings).toEqual(['unknown presenting problem "nope" ignored']);
  });
});

describe('reasonAbout', () => {
  const candidate = (id: string, problems = ['chest-pain']) => selectCandidates(kb, problems, 'emergency', []).find((c) => c.conditionId === id)!;

  test('findings of one correlation group count once: the strongest (fever LR 4 over HR LR 3 for sepsis)', () => {
    const d = reasonAbout(kb, candidate('sepsis'), [known('hr-over-100'), known('fever')], { problems: ['chest-pain'], setting: 'emergency', alpha: 1 });
    const s = steps(d);
    expect(s.find((x) => x.findingId === 'fever')!.counted).toBe(true);
    const hr = s.find((x) => x.findingId === 'hr-over-100')!;
    expect(hr.counted).toBe(false);
    expect(hr.note).toMatch(/correlated with Temperature 38 °C or more/);
    expect(d.probability).toBeCloseTo(prob(odds(0.001) * 4), 12);
  });

  test('an absent finding applies its LR−, and the strongest of a group is judged on |ln LR|', () => {
    // Fever absent (LR− 0.4, |ln| 0.92) beats HR present (LR+ 3, |ln| 1.10)? No: HR is stronger and counts.
    const d = reasonAbout(kb, candidate('sepsis'), [known('hr-over-100'), known('fever', false)], { problems: ['chest-pain'], setting: 'emergency', alpha: 1 });
    expect(steps(d).find((x) => x.findingId === 'hr-over-100')!.counted).toBe(true);
    expect(steps(d).find((x) => x.findingId === 'fever')!.counted).toBe(false);
    expect(d.probability).toBeCloseTo(prob(odds(0.001) * 3), 12);
  });

  test('the dependence correction keeps the strongest finding whole and raises the others to the power alpha', () => {
    // PE, ED prior 5%: HR > 100 LR 2.0 (strongest) and pleuritic pain LR 1.5, alpha 0.5.
    const d = reasonAbout(kb, candidate('pe'), [known('pleuritic-pain'), known('hr-over-100')], { problems: ['chest-pain'], setting: 'emergency', alpha: 0.5 });
    expect(d.probability).toBeCloseTo(prob(odds(0.05) * 2.0 * Math.sqrt(1.5)), 12);
    const pleuritic = steps(d).find((x) => x.findingId === 'pleuritic-pain')!;
    expect(pleuritic.appliedLr).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(steps(d).find((x) => x.findingId === 'hr-over-100')!.appliedLr).toBeUndefined();
    // alpha 1: both whole.
    const whole = reasonAbout(kb, candidate('pe'), [known('pleuritic-pain'), known('hr-over-100')], { problems: ['chest-pain'], setting: 'emergency', alpha: 1 });
    expect(whole.probability).toBeCloseTo(prob(odds(0.05) * 2.0 * 1.5), 12);
  });

  test('each step records the probability before and after it, in order', () => {
    const d = reasonAbout(kb, candidate('pe'), [known('pleuritic-pain'), known('hr-over-100')], { problems: ['chest-pain'], setting: 'emergency', alpha: 1 });
    const s = steps(d);
    expect(s[0].before).toBe(0.05);
    expect(s[s.length - 1].after).toBeCloseTo(d.probability, 12);
    for (let i = 1; i < s.length; i++) {
      expect(s[i].before).toBe(s[i - 1].after);
    }
  });

  test('the presenting problem itself is not counted again (it is in the prior)', () => {
    // A knowledge base where "fever" (the finding) carries the fever problem's head code.
    const raw = miniKnowledgeRaw();
    (raw.findings as Record<string, unknown>)['fever-complaint.json'] = { id: 'fever-complaint', name: 'Fever (complaint)', category: 'symptom', match: [{ kind: 'code', system: 'snomed', codes: ['386661006'] }] };
    (raw.evidence as Record<string, unknown[]>)['mini.json'].push({ condition: 'sepsis', finding: 'fever-complaint', lrPositive: 5, population: 'test', grade: 'A', source: { citation: 'fx-a', locator: 'test fixture table' } });
    const kb2 = assembleKnowledge(raw);
    expect([...complaintFindings(kb2, 'fever')]).toEqual(['fever-complaint']);
    const c = selectCandidates(kb2, ['fever'], 'emergency', []).find((x) => x.conditionId === 'sepsis')!;
    const d = reasonAbout(kb2, c, [known('fever-complaint')], { problems: ['fever'], setting: 'emergency', alpha: 1 });
    const step = steps(d)[0];
    expect(step.counted).toBe(false);
    expect(step.note).toMatch(/it is the presenting problem \(fever\)/);
    expect(d.probability).toBe(0.1);
    // Absent, it is information and counts (LR− not given here, so it is not used at all).
    expect(complaintFindings(kb2, 'chest-pain').has('fever-complaint')).toBe(false);
  });

  test('a rule outside its validated population is shown as not applicable and not counted', () => {
    const raw = miniKnowledgeRaw();
    const hr = (raw.findings as Record<string, Record<string, unknown>>)['hr-over-100.json'];
    hr.rule = { name: 'Test rule', population: 'adults in the ED with chest pain', source: { citation: 'fx-a', locator: 'test fixture table' }, appliesTo: { problems: ['chest-pain'], settings: ['emergency'], ageYears: { min: 18, max: 65 } } };
    const kb2 = assembleKnowledge(raw);
    expect(ruleNotApplicable(kb2, 'hr-over-100', { problems: ['chest-pain'], setting: 'emergency', ageYears: 40 })).toBeUndefined();
    expect(ruleNotApplicable(kb2, 'hr-over-100', { problems: ['fever'], setting: 'emergency', ageYears: 40 })).toMatch(/not one it was validated for \(chest-pain\)/);
    expect(ruleNotApplicable(kb2, 'hr-over-100', { problems: ['chest-pain'], setting: 'primary-care', ageYears: 40 })).toMatch(/validated in emergency, not primary-care/);
    expect(ruleNotApplicable(kb2, 'hr-over-100', { problems: ['chest-pain'], setting: 'emergency', ageYears: 65 })).toMatch(/age is outside 18–65/);
    expect(ruleNotApplicable(kb2, 'hr-over-100', { problems: ['chest-pain'], setting: 'emergency', ageYears: 17 })).toMatch(/age is outside/);
    expect(ruleNotApplicable(kb2, 'hr-over-100', { problems: ['chest-pain'], setting: 'emergency', ageYears: 64 })).toBeUndefined();
    expect(ruleNotApplicable(kb2, 'fever', { problems: ['fever'], setting: 'emergency' })).toBeUndefined();
    const c = selectCandidates(kb2, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'pe')!;
    const old = reasonAbout(kb2, c, [known('hr-over-100')], { problems: ['chest-pain'], setting: 'emergency', ageYears: 70, alpha: 1 });
    expect(steps(old)[0]).toMatchObject({ counted: false, before: 0.05, after: 0.05 });
    expect(steps(old)[0].note).toMatch(/^not applicable here: Test rule was validated in adults in the ED with chest pain/);
    expect(old.probability).toBe(0.05);
  });

  test('a likelihood ratio measured in a narrower population applies only with its presenting problems', () => {
    const raw = miniKnowledgeRaw();
    const ev = (raw.evidence as Record<string, Record<string, unknown>[]>)['mini.json'].find((e) => e.condition === 'pe' && e.finding === 'hr-over-100')!;
    ev.appliesTo = { problems: ['fever'] };
    const kb2 = assembleKnowledge(raw);
    expect(evidenceNotApplicable(kb2, 'pe', 'hr-over-100', { problems: ['fever'], setting: 'emergency' })).toBeUndefined();
    expect(evidenceNotApplicable(kb2, 'pe', 'hr-over-100', { problems: ['chest-pain'], setting: 'emergency' })).toBe('not applicable here: this likelihood ratio was measured in test, which applies to fever');
    expect(evidenceNotApplicable(kb2, 'pe', 'pleuritic-pain', { problems: ['chest-pain'], setting: 'emergency' })).toBeUndefined();
    const c = selectCandidates(kb2, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'pe')!;
    const d = reasonAbout(kb2, c, [known('hr-over-100'), known('pleuritic-pain')], { problems: ['chest-pain'], setting: 'emergency', alpha: 1 });
    expect(d.probability).toBeCloseTo(prob(odds(0.05) * 1.5), 12);
  });

  test('an inapplicable finding does not take a correlation group’s place from one that applies', () => {
    const raw = miniKnowledgeRaw();
    (raw.findings as Record<string, Record<string, unknown>>)['fever.json'].rule = { name: 'Fever rule', population: 'patients with chest pain only', source: { citation: 'fx-a', locator: 'test fixture table' }, appliesTo: { problems: ['chest-pain'] } };
    const kb2 = assembleKnowledge(raw);
    const c = selectCandidates(kb2, ['fever'], 'emergency', []).find((x) => x.conditionId === 'sepsis')!;
    const d = reasonAbout(kb2, c, [known('fever'), known('hr-over-100')], { problems: ['fever'], setting: 'emergency', alpha: 1 });
    // Fever (LR 4) is not applicable for the fever problem, so HR (LR 3) is the group's counted finding.
    expect(steps(d).find((x) => x.findingId === 'hr-over-100')!.counted).toBe(true);
    expect(d.probability).toBeCloseTo(prob(odds(0.1) * 3), 12);
  });
});

describe('recalibration of the chain probability', () => {
  test('the shown probability, its range and the what-ifs are recalibrated; the chain itself is kept and named', () => {
    const c = selectCandidates(kb, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'pe')!;
    const r = { intercept: -1, slope: 0.5 };
    const raw = reasonAbout(kb, c, [known('hr-over-100')], { problems: ['chest-pain'], setting: 'emergency', alpha: 1 });
    const cal = reasonAbout(kb, c, [known('hr-over-100')], { problems: ['chest-pain'], setting: 'emergency', alpha: 1, recalibration: r });
    const chain = prob(odds(0.05) * 2);
    expect(raw.probability).toBeCloseTo(chain, 12);
    expect(raw.calibration).toBeUndefined();
    const f = (p: number) => 1 / (1 + Math.exp(-(-1 + 0.5 * Math.log(p / (1 - p)))));
    expect(cal.probability).toBeCloseTo(f(chain), 12);
    expect(cal.calibration).toEqual({ chainProbability: raw.probability, intercept: -1, slope: 0.5 });
    expect(cal.range[0]).toBeCloseTo(f(raw.range[0]), 12);
    expect(cal.range[1]).toBeCloseTo(f(raw.range[1]), 12);
    expect(cal.display).toMatch(/calibrated from the chain's 10%/);
    const w = cal.mostInformative.find((x) => x.findingId === 'ddimer-positive')!;
    expect(w.ifPresent).toBeCloseTo(f(prob(odds(chain) * 1.9)), 12);
    // The steps are the chain's own, unchanged.
    expect(cal.steps).toEqual(raw.steps);
  });
});

describe('next tests and what-ifs agree under recalibration', () => {
  test('the outcome of a test for a diagnosis equals that diagnosis’s "would change it most" figure', () => {
    const chart = [buildPatient(), buildEncounter('29857009'), buildSymptom('c1', '3368006'), buildQuantity('hr1', '8867-4', 118, '/min')];
    const result = buildDifferential(kb, { extract: extractFindings(chart, kb), alpha: 1, setting: 'emergency', recalibration: { intercept: -1, slope: 0.5 } });
    const pe = result.differential.find((d) => d.conditionId === 'pe')!;
    const whatIf = pe.mostInformative.find((w) => w.findingId === 'ddimer-positive')!;
    const test = result.nextBestTests.find((t) => t.findingId === 'ddimer-positive')!;
    const outcome = test.outcomes.find((o) => o.conditionId === 'pe')!;
    expect(outcome.now).toBeCloseTo(pe.probability, 12);
    expect(outcome.ifPositive).toBeCloseTo(whatIf.ifPresent!, 12);
    expect(outcome.ifNegative).toBeCloseTo(whatIf.ifAbsent!, 12);
  });
});

describe('cantMissThreshold', () => {
  test('a condition’s own cited threshold wins; otherwise the policy table; otherwise the default', () => {
    const sepsis = kb.conditions.get('sepsis')!;
    expect(cantMissThreshold(sepsis)).toBe(0.01); // policy table: 1% for sepsis
    expect(cantMissThreshold({ ...sepsis, id: 'not-in-policy-table' })).toBe(POLICY.defaultCantMissThreshold);
    expect(cantMissThreshold({ ...sepsis, cantMissThreshold: { probability: 0.07, source: { citation: 'fx-a', locator: 'test fixture table' } } } as typeof sepsis)).toBe(0.07);
  });
});

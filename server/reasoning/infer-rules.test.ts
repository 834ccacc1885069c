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
import { ageAlreadyInPrior, sexAlreadyInPrior, cantMissThreshold, complaintFindings, evidenceNotApplicable, reasonAbout, ruleNotApplicable, selectCandidates } from './infer';
import { POLICY } from './policy';
import { CALIBRATION } from './calibration';
import { buildDifferential } from './build-differential';
import { extractFindings } from './extract-findings';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../../tests/builders/chart-builder';
import type { FindingStep, KnownFinding, PriorStep } from './types';

const kb = miniKnowledge();
const odds = (p: number): number => p / (1 - p);
const prob = (o: number): number => o / (1 + o);
const known = (findingId: string, present = true): KnownFinding => ({ findingId, present, origin: 'chart', sources: [{ reference: `Observation/${findingId}`, value: 'x' }] });
const steps = (d: { steps: readonly (FindingStep | PriorStep | { kind: string })[] }): FindingStep[] => d.steps.filter((s): s is FindingStep => s.kind === 'finding');
const step = (d: { steps: readonly (FindingStep | PriorStep | { kind: string })[] }, findingId: string): FindingStep => steps(d).find((x) => x.findingId === findingId)!;
type Entry = Record<string, unknown>;
/** The test knowledge base with one change made to its raw files. */
const kbWith = (edit: (raw: { conditions: Record<string, Entry>; findings: Record<string, Entry>; problems: Record<string, Entry>; evidence: Entry[] }) => void) => {
  const raw = miniKnowledgeRaw();
  edit({
    conditions: raw.conditions as Record<string, Entry>,
    findings: raw.findings as Record<string, Entry>,
    problems: raw.problems as Record<string, Entry>,
    evidence: (raw.evidence as Record<string, Entry[]>)['mini.json'],
  });
  return assembleKnowledge(raw);
};
const fixture = { citation: 'fx-a', locator: 'test fixture table' };
const evidenceOf = (raw: { evidence: Entry[] }, condition: string, finding: string): Entry => raw.evidence.find((e) => e.condition === condition && e.finding === finding)!;
const ED_CHEST_PAIN = { problems: ['chest-pain'], setting: 'emergency' as const };

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

  test('a figure the source reports by age band and sex is the one whose stratum holds the patient, and the chain names it', () => {
    const stratified = kbWith((raw) => {
      const p = raw.problems['chest-pain.json'] as { priors: { 'primary-care': Entry[] } };
      const acs = (probability: number, extra: Entry): Entry => ({ condition: 'acs', probability, source: { citation: 'fx-b', locator: `Table 3, ${probability}` }, populationMatch: 'exact', ...extra });
      p.priors['primary-care'] = p.priors['primary-care'].filter((e) => e.condition !== 'acs').concat([
        acs(0.01, { populationSex: 'female', populationAgeYears: { max: 54 } }),
        acs(0.03, { populationSex: 'female', populationAgeYears: { min: 55 } }),
        acs(0.02, { populationSex: 'male', populationAgeYears: { max: 54 } }),
        acs(0.08, { populationSex: 'male', populationAgeYears: { min: 55 } }),
      ]);
    });
    const acsFor = (patient: { ageYears?: number; sex?: string }) => selectCandidates(stratified, ['chest-pain'], 'primary-care', [], patient).find((x) => x.conditionId === 'acs')!;
    expect(acsFor({ ageYears: 70, sex: 'male' }).priorStep).toMatchObject({ probability: 0.08, populationMatch: 'exact', populationSex: 'male', populationAgeYears: { min: 55 }, note: "the source's figure for men aged 55 or over" });
    expect(acsFor({ ageYears: 35, sex: 'female' }).priorStep).toMatchObject({ probability: 0.01, populationMatch: 'exact', note: "the source's figure for women aged up to 54" });
    // A sex the strata do not hold: the nearest stratum, shown as a proxy with why.
    const other = acsFor({ ageYears: 35, sex: 'other' }).priorStep;
    expect(other).toMatchObject({ probability: 0.01, populationMatch: 'proxy' });
    expect(other.note).toMatch(/measured in women aged up to 54; this patient's recorded sex is other, outside that population, so the figure is a proxy/);
    // An unrecorded age: the nearest band of the recorded sex, as a proxy.
    expect(acsFor({ sex: 'male' }).priorStep.note).toMatch(/measured in men aged up to 54; this patient's age is not recorded, outside that population/);
    // Other conditions of the problem are untouched.
    expect(selectCandidates(stratified, ['chest-pain'], 'primary-care', [], { ageYears: 70, sex: 'male' }).find((x) => x.conditionId === 'msk')!.priorStep).toMatchObject({ probability: 0.4, populationMatch: 'exact' });
    expect(selectCandidates(stratified, ['chest-pain'], 'primary-care', [], { ageYears: 70, sex: 'male' }).find((x) => x.conditionId === 'msk')!.priorStep.note).toBeUndefined();
  });

  test("a patient's sex is not counted again when the prior was measured in that sex only (model 2.50.0)", () => {
    const c = selectCandidates(kb, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'acs')!;
    const men = { ...c, priorStep: { ...c.priorStep, populationSex: 'male' as const } };
    expect(sexAlreadyInPrior(kb, men, 'male')).toMatch(/measured in men only, so the patient's sex is already in it/);
    // Not a sex finding, or a prior of both sexes, or a policy prior: counted as usual.
    expect(sexAlreadyInPrior(kb, men, 'pleuritic-pain')).toBeUndefined();
    expect(sexAlreadyInPrior(kb, c, 'male')).toBeUndefined();
    expect(sexAlreadyInPrior(kb, { ...men, priorStep: { ...men.priorStep, policy: true } }, 'male')).toBeUndefined();
  });

  test("a patient's age is not counted again, in either direction, when the prior's stratum already holds it", () => {
    const withStratum = (populationAgeYears: { min?: number; max?: number }) => {
      const c = selectCandidates(kb, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'acs')!;
      return { ...c, priorStep: { ...c.priorStep, populationAgeYears } };
    };
    // "Age 50 or over" present, stratum 55 or over: already of this age.
    expect(ageAlreadyInPrior(kb, withStratum({ min: 55 }), 'age-50-plus', true)).toMatch(/measured in patients aged 55 or over, already of this age/);
    // Absent (a patient under 50), stratum up to 44: already outside the band; stratum up to 64 is not.
    expect(ageAlreadyInPrior(kb, withStratum({ min: 15, max: 44 }), 'age-50-plus', false)).toMatch(/measured in patients aged 15 to 44, already outside this age band/);
    expect(ageAlreadyInPrior(kb, withStratum({ max: 64 }), 'age-50-plus', false)).toBeUndefined();
    expect(ageAlreadyInPrior(kb, withStratum({ min: 55 }), 'age-50-plus', false)).toBeUndefined();
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
    // A can't-miss diagnosis's emergency figure is an upper bound in primary care: the policy prior is used, and said.
    const sepsis = c.find((x) => x.conditionId === 'sepsis')!;
    expect(sepsis.priorStep).toMatchObject({ setting: 'emergency', populationMatch: 'other-setting', probability: POLICY.unquantifiedPrior });
    expect(sepsis.priorStep.note).toMatch(/emergency-department figure \(10%\) is an upper bound in primary care/);
    // In the emergency department the published figure stands.
    expect(selectCandidates(kb, ['fever'], 'emergency', []).find((x) => x.conditionId === 'sepsis')!.priorStep).toMatchObject({ probability: 0.1 });
  });

  test('an acute injury\u2019s emergency figure is an upper bound in primary care too; other benign diagnoses are borrowed as published', () => {
    const raw = miniKnowledgeRaw();
    (raw.problems['chest-pain.json'] as { priors: { emergency: unknown[] } }).priors.emergency.push({ condition: 'rib-fracture', probability: 0.08, source: { citation: 'fx-b', locator: 'emergency-only figure' }, populationMatch: 'exact' });
    raw.conditions['rib-fracture.json'] = { id: 'rib-fracture', name: 'Rib fracture', codes: { snomed: [], icd10cm: ['S22.39XA'] }, cantMiss: false, injury: true };
    (raw.evidence['mini.json'] as unknown[]).push({ condition: 'rib-fracture', finding: 'pleuritic-pain', lrPositive: 2, population: 'test', grade: 'A', source: { citation: 'fx-a', locator: 'test' } });
    const k = assembleKnowledge(raw);
    const pc = selectCandidates(k, ['chest-pain'], 'primary-care', []).find((x) => x.conditionId === 'rib-fracture')!;
    expect(pc.priorStep).toMatchObject({ setting: 'emergency', populationMatch: 'other-setting', probability: POLICY.unquantifiedPrior });
    expect(pc.priorStep.note).toMatch(/emergency-department figure \(8%\) is an upper bound in primary care, where injuries are rarer/);
    expect(selectCandidates(k, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'rib-fracture')!.prior).toBe(0.08);
    // Without the flag the same figure is borrowed as published.
    (raw.conditions['rib-fracture.json'] as { injury?: boolean }).injury = false;
    expect(selectCandidates(assembleKnowledge(raw), ['chest-pain'], 'primary-care', []).find((x) => x.conditionId === 'rib-fracture')!.prior).toBe(0.08);
  });

  test("a can't-miss diagnosis's primary-care figure below the policy prior is a lower bound in the emergency department", () => {
    const raw = miniKnowledgeRaw();
    const chest = raw.problems['chest-pain.json'] as { priors: { 'primary-care': { condition: string; probability: number }[]; emergency: { condition: string }[] } };
    chest.priors.emergency = chest.priors.emergency.filter((p) => p.condition !== 'acs');
    chest.priors['primary-care'] = chest.priors['primary-care'].map((p) => (p.condition === 'acs' ? { ...p, probability: 0.002 } : p));
    const k = assembleKnowledge(raw);
    const ed = selectCandidates(k, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'acs')!;
    expect(ed.priorStep).toMatchObject({ setting: 'primary-care', populationMatch: 'other-setting', probability: POLICY.unquantifiedPrior });
    expect(ed.priorStep.note).toMatch(/primary-care figure \(0\.2%\) is a lower bound in the emergency department, where serious causes are commoner, so the model's policy prior \(0\.5%\) is used/);
    // In primary care the published figure stands; a figure above the policy prior is borrowed as published.
    expect(selectCandidates(k, ['chest-pain'], 'primary-care', []).find((x) => x.conditionId === 'acs')!.prior).toBe(0.002);
    chest.priors['primary-care'] = chest.priors['primary-care'].map((p) => (p.condition === 'acs' ? { ...p, probability: 0.04 } : p));
    expect(selectCandidates(assembleKnowledge(raw), ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'acs')!.prior).toBe(0.04);
  });

  test('an unquantified candidate gets the stated policy prior, flagged as policy, with the reason', () => {
    const c = selectCandidates(kb, ['fever'], 'emergency', []);
    const acs = c.find((x) => x.conditionId === 'acs')!;
    expect(acs.prior).toBe(POLICY.unquantifiedPrior);
    expect(acs.priorStep).toMatchObject({ policy: true, problemId: 'fever' });
    expect(acs.priorStep.source).toBeUndefined();
    expect(acs.priorStep.note).toMatch(/test fixture: no published prior/);
  });

  test("the publications an unquantified reason names travel with the policy prior, as the reason's sources, never as its source", () => {
    const withSources = kbWith((raw) => {
      const fever = raw.problems['fever.json'] as { unquantified: Entry[] };
      fever.unquantified = fever.unquantified.map((u) => (u.condition === 'acs' ? { ...u, sources: [fixture] } : u));
    });
    const acs = selectCandidates(withSources, ['fever'], 'emergency', []).find((x) => x.conditionId === 'acs')!;
    expect(acs.priorStep).toMatchObject({ policy: true, reasonSources: [fixture] });
    expect(acs.priorStep.source).toBeUndefined();
    // Without sources, the step carries none (the original knowledge base).
    expect(selectCandidates(kb, ['fever'], 'emergency', []).find((x) => x.conditionId === 'acs')!.priorStep.reasonSources).toBeUndefined();
  });

  test("a usual cause on the complaint's cited coverage list starts at the policy prior of a usual cause; a serious one does not", () => {
    const withCoverage = (kind: 'usual' | 'serious') =>
      kbWith((raw) => {
        (raw.problems['fever.json'] as Entry).coverage = { source: fixture, causes: [{ condition: 'acs', kind }] };
      });
    const usual = selectCandidates(withCoverage('usual'), ['fever'], 'emergency', []).find((x) => x.conditionId === 'acs')!;
    expect(usual.prior).toBe(POLICY.usualCauseUnquantifiedPrior);
    expect(usual.priorStep).toMatchObject({ policy: true, probability: POLICY.usualCauseUnquantifiedPrior, reasonSources: [fixture] });
    expect(usual.priorStep.note).toMatch(/names it a usual cause, so the model's policy prior for a usual cause is used \(test fixture/);
    const serious = selectCandidates(withCoverage('serious'), ['fever'], 'emergency', []).find((x) => x.conditionId === 'acs')!;
    expect(serious.prior).toBe(POLICY.unquantifiedPrior);
    expect(serious.priorStep.reasonSources).toBeUndefined();
    expect(POLICY.usualCauseUnquantifiedPrior).toBeGreaterThan(POLICY.unquantifiedPrior);
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

  test('a prior taken from one problem alone carries no "highest of" note', () => {
    const acs = selectCandidates(kb, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'acs')!;
    expect(acs.priorStep.note).toBeUndefined();
  });

  test('a problem brings exactly its listed and unquantified diagnoses, none invented', () => {
    // Fever has emergency priors only (sepsis, PE) and ACS unquantified; nothing is carried over from primary care.
    expect(selectCandidates(kb, ['fever'], 'emergency', []).map((c) => c.conditionId).sort()).toEqual(['acs', 'pe', 'sepsis']);
  });

  test('the policy prior of an unquantified diagnosis names the problem in its note', () => {
    const acs = selectCandidates(kb, ['fever'], 'emergency', []).find((x) => x.conditionId === 'acs')!;
    expect(acs.priorStep.note).toMatch(/^no published pre-test probability for fever could be confirmed/);
  });

  test('in the emergency department, a problem whose emergency list is empty uses its primary-care priors and warns', () => {
    const kb2 = kbWith((raw) => {
      (raw.problems['chest-pain.json'].priors as Entry).emergency = [];
    });
    const warnings: string[] = [];
    const c = selectCandidates(kb2, ['chest-pain'], 'emergency', warnings);
    expect(warnings).toEqual(['no emergency priors for Chest pain; primary-care priors used']);
    expect(c.map((x) => x.conditionId).sort()).toEqual(['acs', 'msk', 'pe']);
    expect(c.find((x) => x.conditionId === 'acs')!.priorStep).toMatchObject({ probability: 0.04, setting: 'primary-care', populationMatch: 'other-setting' });
  });

  test('in the emergency department, a diagnosis listed only under primary care is carried over, marked other-setting', () => {
    const kb2 = kbWith((raw) => {
      const priors = raw.problems['chest-pain.json'].priors as Record<string, Entry[]>;
      priors.emergency = priors.emergency.filter((p) => p.condition !== 'msk');
    });
    const msk = selectCandidates(kb2, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'msk')!;
    expect(msk.prior).toBe(0.4);
    expect(msk.priorStep).toMatchObject({ setting: 'primary-care', populationMatch: 'other-setting' });
    expect(msk.priorStep.note).toMatch(/^no emergency estimate for chest pain; the primary-care figure is used/);
  });

  test('two problems giving a diagnosis the same prior: the first problem listed keeps it', () => {
    const kb2 = kbWith((raw) => {
      const fever = (raw.problems['fever.json'].priors as Record<string, Entry[]>).emergency;
      fever.find((p) => p.condition === 'pe')!.probability = 0.05;
    });
    const pe = selectCandidates(kb2, ['chest-pain', 'fever'], 'emergency', []).find((x) => x.conditionId === 'pe')!;
    expect(pe.priorStep.problemId).toBe('chest-pain');
    expect(pe.priorStep.note).toBe('highest of the pre-test probabilities for Chest pain 5%, Fever 5%');
    const reversed = selectCandidates(kb2, ['fever', 'chest-pain'], 'emergency', []).find((x) => x.conditionId === 'pe')!;
    expect(reversed.priorStep.problemId).toBe('fever');
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

  test('an infection acquired only where it is endemic counts its other evidence only when an exposure is recorded', () => {
    const raw = miniKnowledgeRaw();
    raw.conditions['sepsis.json'] = { ...(raw.conditions['sepsis.json'] as object), exposure: { findings: ['cxr-consolidation'], rationale: 'test exposure', source: { citation: 'fx-a', locator: 'travellers only' } } };
    const k = assembleKnowledge(raw);
    const c = selectCandidates(k, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'sepsis')!;
    const ctx = { problems: ['chest-pain'], setting: 'emergency' as const, alpha: 1 };
    // No exposure: fever and HR are shown, not counted, with why; the prior stands; the what-ifs offer only the exposure.
    const unexposed = reasonAbout(k, c, [known('hr-over-100'), known('fever')], ctx);
    expect(steps(unexposed).map((s) => s.counted)).toEqual([false, false]);
    expect(steps(unexposed).map((s) => s.findingId).sort()).toEqual(['fever', 'hr-over-100']);
    expect(steps(unexposed).every((s) => /no exposure recorded \(test exposure \[fx-a: travellers only\]\); ask about it/.test(s.note ?? ''))).toBe(true);
    expect(unexposed.probability).toBeCloseTo(0.001, 12);
    expect(unexposed.mostInformative.map((w) => w.findingId)).toEqual(['cxr-consolidation']);
    // With the exposure present, everything counts as usual (fever LR 4 over HR in their group, exposure LR 2).
    const exposed = reasonAbout(k, c, [known('hr-over-100'), known('fever'), known('cxr-consolidation')], ctx);
    expect(exposed.probability).toBeCloseTo(prob(odds(0.001) * 4 * 2), 12);
    // An absent exposure is not an exposure: the other evidence still waits.
    expect(reasonAbout(k, c, [known('fever'), known('cxr-consolidation', false)], ctx).probability).toBeCloseTo(prob(odds(0.001) * 0.8), 12);
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
    // Never counted, the complaint cannot be the finding kept whole by the dependence correction: with alpha 0.5,
    // consolidation (LR 2), the only counted finding, keeps its whole weight.
    const withCxr = reasonAbout(kb2, c, [known('fever-complaint'), known('cxr-consolidation')], { problems: ['fever'], setting: 'emergency', alpha: 0.5 });
    expect(steps(withCxr).find((x) => x.findingId === 'cxr-consolidation')?.appliedLr).toBeUndefined();
    expect(withCxr.probability).toBeCloseTo(prob(odds(0.1) * 2), 12);
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

  test('a likelihood ratio measured only in patients with another finding counts only when that finding is shown present', () => {
    const raw = miniKnowledgeRaw();
    const ev = (raw.evidence as Record<string, Record<string, unknown>[]>)['mini.json'].find((e) => e.condition === 'pe' && e.finding === 'hr-over-100')!;
    ev.requiresPresent = 'pleuritic-pain';
    const kb2 = assembleKnowledge(raw);
    expect(evidenceNotApplicable(kb2, 'pe', 'hr-over-100', { problems: ['chest-pain'], setting: 'emergency' })).toMatch(/^not applicable here: this likelihood ratio was measured only in test, all with pleuritic/);
    expect(evidenceNotApplicable(kb2, 'pe', 'hr-over-100', { problems: ['chest-pain'], setting: 'emergency', present: new Set(['pleuritic-pain']) })).toBeUndefined();
    const c = selectCandidates(kb2, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'pe')!;
    const alone = reasonAbout(kb2, c, [known('hr-over-100')], { problems: ['chest-pain'], setting: 'emergency', alpha: 1, present: new Set(['hr-over-100']) });
    expect(step(alone, 'hr-over-100')).toMatchObject({ counted: false });
    expect(alone.probability).toBe(0.05);
    // An unknown finding id is refused by the loader.
    ev.requiresPresent = 'no-such-finding';
    expect(() => assembleKnowledge(raw)).toThrow(/evidence requires unknown finding "no-such-finding"/);
  });

  test('a likelihood ratio measured only in patients without another finding does not count when that finding is shown present (model 2.56.0)', () => {
    const raw = miniKnowledgeRaw();
    const ev = (raw.evidence as Record<string, Record<string, unknown>[]>)['mini.json'].find((e) => e.condition === 'pe' && e.finding === 'hr-over-100')!;
    ev.requiresAbsent = 'pleuritic-pain';
    const kb2 = assembleKnowledge(raw);
    expect(evidenceNotApplicable(kb2, 'pe', 'hr-over-100', { problems: ['chest-pain'], setting: 'emergency' })).toBeUndefined();
    expect(evidenceNotApplicable(kb2, 'pe', 'hr-over-100', { problems: ['chest-pain'], setting: 'emergency', present: new Set(['pleuritic-pain']) })).toMatch(/^not applicable here: this likelihood ratio was measured only in test, none with pleuritic/);
    const c = selectCandidates(kb2, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'pe')!;
    const both = reasonAbout(kb2, c, [known('hr-over-100'), known('pleuritic-pain')], { problems: ['chest-pain'], setting: 'emergency', alpha: 1, present: new Set(['hr-over-100', 'pleuritic-pain']) });
    expect(step(both, 'hr-over-100')).toMatchObject({ counted: false });
    const alone = reasonAbout(kb2, c, [known('hr-over-100')], { problems: ['chest-pain'], setting: 'emergency', alpha: 1, present: new Set(['hr-over-100']) });
    expect(step(alone, 'hr-over-100')).toMatchObject({ counted: true });
    ev.requiresAbsent = 'no-such-finding';
    expect(() => assembleKnowledge(raw)).toThrow(/evidence requires the absence of unknown finding "no-such-finding"/);
    ev.requiresAbsent = 'hr-over-100';
    expect(() => assembleKnowledge(raw)).toThrow(/requires the absence of a finding it also needs present/);
  });

  test('a prior measured in patients without a finding is set aside for a patient with it: the policy prior, the figure named (model 2.56.0)', () => {
    const raw = miniKnowledgeRaw();
    const problems = raw.problems as Record<string, { priors: Record<string, Record<string, unknown>[]> }>;
    for (const setting of ['primary-care', 'emergency']) {
      problems['chest-pain.json'].priors[setting].find((p) => p.condition === 'pe')!.populationWithout = 'pleuritic-pain';
    }
    const kb2 = assembleKnowledge(raw);
    const kept = selectCandidates(kb2, ['chest-pain'], 'emergency', [], {}).find((x) => x.conditionId === 'pe')!;
    expect(kept.priorStep).toMatchObject({ probability: 0.05, populationWithout: 'pleuritic-pain' });
    expect(kept.priorStep.policy).toBeFalsy();
    const setAside = selectCandidates(kb2, ['chest-pain'], 'emergency', [], { present: new Set(['pleuritic-pain']) }).find((x) => x.conditionId === 'pe')!;
    expect(setAside.priorStep).toMatchObject({ policy: true });
    expect(setAside.priorStep.note).toMatch(/measured in patients without pleuritic .*, and this patient has pleuritic/i);
    expect(setAside.priorStep.reasonSources?.[0].citation).toBe('fx-b');
  });

  test('a borrowed figure measured in patients with a finding and replaced by the policy prior does not hold that finding (session 33)', () => {
    const raw = miniKnowledgeRaw();
    const problems = raw.problems as Record<string, { priors: Record<string, Record<string, unknown>[]> }>;
    const pc = problems['chest-pain.json'].priors['primary-care'];
    pc.splice(pc.findIndex((p) => p.condition === 'pe'), 1);
    problems['chest-pain.json'].priors.emergency.find((p) => p.condition === 'pe')!.populationWith = 'pleuritic-pain';
    const kb2 = assembleKnowledge(raw);
    const present = new Set(['pleuritic-pain']);
    // Primary care borrows the emergency figure of a can't-miss diagnosis only as an upper bound: the policy prior.
    const c = selectCandidates(kb2, ['chest-pain'], 'primary-care', [], { present }).find((x) => x.conditionId === 'pe')!;
    expect(c.prior).toBe(0.005);
    expect(c.priorStep.populationWith).toBeUndefined();
    const d = reasonAbout(kb2, c, [known('pleuritic-pain')], { problems: ['chest-pain'], setting: 'primary-care', alpha: 1, present });
    expect(step(d, 'pleuritic-pain')).toMatchObject({ counted: true });
    // In the emergency department the figure itself is used, and the finding is in it.
    const e = selectCandidates(kb2, ['chest-pain'], 'emergency', [], { present }).find((x) => x.conditionId === 'pe')!;
    expect(e.priorStep).toMatchObject({ probability: 0.05, populationWith: 'pleuritic-pain' });
    const f = reasonAbout(kb2, e, [known('pleuritic-pain')], { problems: ['chest-pain'], setting: 'emergency', alpha: 1, present });
    expect(step(f, 'pleuritic-pain')).toMatchObject({ counted: false });
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

  test('the chain lists findings in clinical order (demographics, history, risk factors, medication, symptoms, signs, vitals, labs, ECG, imaging, scores), by id within one', () => {
    const kb2 = kbWith((raw) => {
      raw.findings['smoker.json'] = { id: 'smoker', name: 'Current smoker', category: 'risk-factor' };
      raw.findings['calf-swelling.json'] = { id: 'calf-swelling', name: 'Unilateral calf swelling', category: 'sign' };
      raw.findings['ecg-right-strain.json'] = { id: 'ecg-right-strain', name: 'Right heart strain on ECG', category: 'ecg' };
      raw.findings['wells-high.json'] = { id: 'wells-high', name: 'Wells score high', category: 'score' };
      for (const finding of ['smoker', 'calf-swelling', 'ecg-right-strain', 'wells-high', 'age-50-plus', 'male', 'cxr-consolidation']) {
        raw.evidence.push({ condition: 'pe', finding, lrPositive: 1.1, population: 'test', grade: 'A', source: fixture });
      }
    });
    const given = ['wells-high', 'smoker', 'prior-vte', 'pleuritic-pain', 'on-estrogen', 'male', 'hr-over-100', 'ecg-right-strain', 'ddimer-positive', 'cxr-consolidation', 'calf-swelling', 'age-50-plus'];
    const d = reasonAbout(kb2, candidate('pe'), given.map((id) => known(id)), { ...ED_CHEST_PAIN, alpha: 1 });
    expect(steps(d).map((x) => x.findingId)).toEqual([
      'age-50-plus',
      'male',
      'prior-vte',
      'smoker',
      'on-estrogen',
      'pleuritic-pain',
      'calf-swelling',
      'hr-over-100',
      'ddimer-positive',
      'ecg-right-strain',
      'cxr-consolidation',
      'wells-high',
    ]);
  });

  test('each step shows the finding’s name and its evidence grade', () => {
    const d = reasonAbout(kb, candidate('pe'), [known('hr-over-100')], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(step(d, 'hr-over-100')).toMatchObject({ findingName: 'Heart rate over 100/min', grade: 'A', counted: true });
  });

  test('a tie of strength within a correlation group: the first in the chain’s order counts', () => {
    // Fever made as strong as HR for sepsis (LR 3 each): fever comes first by id among the vitals.
    const kb2 = kbWith((raw) => {
      evidenceOf(raw, 'sepsis', 'fever').lrPositive = 3.0;
    });
    const d = reasonAbout(kb2, candidate('sepsis'), [known('hr-over-100'), known('fever')], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(step(d, 'fever').counted).toBe(true);
    expect(step(d, 'hr-over-100').counted).toBe(false);
    expect(step(d, 'hr-over-100').note).toMatch(/correlated with Temperature 38 °C or more/);
    expect(d.probability).toBeCloseTo(prob(odds(0.001) * 3), 12);
  });

  test('the dependence correction keeps the strongest counted finding whole wherever it stands in the chain, grouped or not', () => {
    // PE: previous VTE LR 2.5 (history, first, in no group) is the strongest; pleuritic pain 1.5 and HR 2.0 (SIRS group) are tempered.
    const d = reasonAbout(kb, candidate('pe'), [known('hr-over-100'), known('pleuritic-pain'), known('prior-vte')], { ...ED_CHEST_PAIN, alpha: 0.5 });
    expect(steps(d).map((x) => x.findingId)).toEqual(['prior-vte', 'pleuritic-pain', 'hr-over-100']);
    expect(step(d, 'prior-vte').appliedLr).toBeUndefined();
    expect(step(d, 'hr-over-100').appliedLr).toBeCloseTo(Math.SQRT2, 12);
    expect(d.probability).toBeCloseTo(prob(odds(0.05) * 2.5 * Math.sqrt(1.5) * Math.SQRT2), 12);
  });

  test('a stronger finding that does not apply here does not take the strongest place: the strongest that counts stays whole', () => {
    // Consolidation LR 5 for PE measured only in fever patients: not applicable with chest pain, so HR (2.0) stays whole.
    const kb2 = kbWith((raw) => {
      raw.evidence.push({ condition: 'pe', finding: 'cxr-consolidation', lrPositive: 5, population: 'febrile adults', appliesTo: { problems: ['fever'] }, grade: 'A', source: fixture });
    });
    const d = reasonAbout(kb2, candidate('pe'), [known('pleuritic-pain'), known('hr-over-100'), known('cxr-consolidation')], { ...ED_CHEST_PAIN, alpha: 0.5 });
    expect(step(d, 'cxr-consolidation')).toMatchObject({ counted: false });
    expect(step(d, 'hr-over-100').appliedLr).toBeUndefined();
    expect(step(d, 'pleuritic-pain').appliedLr).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(d.probability).toBeCloseTo(prob(odds(0.05) * 2 * Math.sqrt(1.5)), 12);
  });

  test('two counted findings equally strong: the first in the chain’s order stays whole, the later one is tempered', () => {
    // PE: oestrogen use (medication) and HR over 100 (vital), LR 2.0 each.
    const d = reasonAbout(kb, candidate('pe'), [known('hr-over-100'), known('on-estrogen')], { ...ED_CHEST_PAIN, alpha: 0.5 });
    expect(step(d, 'on-estrogen').appliedLr).toBeUndefined();
    expect(step(d, 'hr-over-100').appliedLr).toBeCloseTo(Math.SQRT2, 12);
    expect(d.probability).toBeCloseTo(prob(odds(0.05) * 2 * Math.SQRT2), 12);
  });

  test('only counted findings are tempered, and with alpha 1 none is', () => {
    // Sepsis, alpha 0.5: fever (LR 4) counts whole, HR (same group) is not counted and carries no applied LR, consolidation (LR 2) is tempered.
    const half = reasonAbout(kb, candidate('sepsis'), [known('hr-over-100'), known('fever'), known('cxr-consolidation')], { ...ED_CHEST_PAIN, alpha: 0.5 });
    expect(step(half, 'hr-over-100')).toMatchObject({ counted: false });
    expect(step(half, 'hr-over-100').appliedLr).toBeUndefined();
    expect(step(half, 'fever').appliedLr).toBeUndefined();
    expect(step(half, 'cxr-consolidation').appliedLr).toBeCloseTo(Math.SQRT2, 12);
    expect(half.probability).toBeCloseTo(prob(odds(0.001) * 4 * Math.SQRT2), 12);
    const whole = reasonAbout(kb, candidate('sepsis'), [known('hr-over-100'), known('fever'), known('cxr-consolidation')], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(steps(whole).map((x) => x.appliedLr)).toEqual([undefined, undefined, undefined]);
  });

  test('without a rule context every finding applies and the fitted dependence correction is used, uncalibrated', () => {
    const d = reasonAbout(kb, candidate('pe'), [known('pleuritic-pain'), known('hr-over-100')]);
    expect(d.probability).toBeCloseTo(prob(odds(0.05) * 2.0 * 1.5 ** CALIBRATION.alpha), 12);
    expect(d.calibration).toBeUndefined();
    expect(steps(d).every((x) => x.counted)).toBe(true);
  });

  test('a grade B ratio without an interval is less certain (factor 2 either way) than a grade A one, and says so', () => {
    const kb2 = kbWith((raw) => {
      Object.assign(evidenceOf(raw, 'pe', 'prior-vte'), {
        grade: 'B',
        derivation: { frequencyInDisease: { value: 0.25, source: fixture }, frequencyWithoutDisease: { value: 0.1, source: fixture } },
      });
    });
    const d = reasonAbout(kb2, candidate('pe'), [known('prior-vte')], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(step(d, 'prior-vte').grade).toBe('B');
    const o = odds(0.05) * 2.5;
    const spread = Math.sqrt(Math.log(1.5) ** 2 + Math.log(2) ** 2);
    expect(d.probability).toBeCloseTo(prob(o), 12);
    expect(d.range[0]).toBeCloseTo(prob(o * Math.exp(-spread)), 12);
    expect(d.range[1]).toBeCloseTo(prob(o * Math.exp(spread)), 12);
    // Not yet known, it is offered as a test with its grade.
    const none = reasonAbout(kb2, candidate('pe'), [], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(none.mostInformative.find((w) => w.findingId === 'prior-vte')!.grade).toBe('B');
  });

  test('a diagnosis with no evidence at all keeps its prior, and nothing is suggested to change it', () => {
    const kb2 = kbWith((raw) => {
      raw.conditions['panic.json'] = { id: 'panic', name: 'Panic attack', codes: { snomed: ['225624000'], icd10cm: ['F41.0'] }, cantMiss: false };
      ((raw.problems['chest-pain.json'].priors as Record<string, Entry[]>).emergency).push({ condition: 'panic', probability: 0.12, source: { citation: 'fx-b', locator: 'test fixture table' }, populationMatch: 'exact' });
    });
    const c = selectCandidates(kb2, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'panic')!;
    const d = reasonAbout(kb2, c, [known('pleuritic-pain'), known('hr-over-100')], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(d.steps).toEqual([c.priorStep]);
    expect(d.probability).toBe(0.12);
    expect(d.mostInformative).toEqual([]);
  });

  test('the complaint itself, present, is named by the problem’s name and not counted; absent, it is information and counts', () => {
    const kb2 = kbWith((raw) => {
      raw.findings['chest-pain-complaint.json'] = { id: 'chest-pain-complaint', name: 'Chest pain (complaint)', category: 'symptom', match: [{ kind: 'code', system: 'snomed', codes: ['29857009'] }] };
      raw.evidence.push({ condition: 'acs', finding: 'chest-pain-complaint', lrPositive: 2, lrNegative: 0.5, population: 'test', grade: 'A', source: fixture });
    });
    const c = selectCandidates(kb2, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'acs')!;
    const present = reasonAbout(kb2, c, [known('chest-pain-complaint')], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(step(present, 'chest-pain-complaint')).toMatchObject({ counted: false, note: 'not counted: it is the presenting problem (chest pain), already in the pre-test probability' });
    expect(present.probability).toBe(0.15);
    const absent = reasonAbout(kb2, c, [known('chest-pain-complaint', false)], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(step(absent, 'chest-pain-complaint').counted).toBe(true);
    expect(absent.probability).toBeCloseTo(prob(odds(0.15) * 0.5), 12);
  });

  test('a diagnosis whose definition the chart meets is established: certain, first band, no what-ifs, with the chain still shown', () => {
    const definition = { criteria: [['ddimer-positive', 'hr-over-100']], source: { citation: 'fx-a', locator: 'definition' } };
    const kb2 = kbWith((raw) => {
      raw.conditions['pe.json'].definition = definition;
    });
    const d = reasonAbout(kb2, candidate('pe'), [known('hr-over-100'), known('ddimer-positive')], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(d).toMatchObject({
      conditionId: 'pe',
      name: 'Pulmonary embolism',
      codes: { snomed: ['59282003'], icd10cm: ['I26.99'] },
      cantMiss: true,
      probability: 1,
      range: [1, 1],
      band: 'very-likely',
      display: 'meets its definition (D-dimer positive; Heart rate over 100/min)',
      mostInformative: [],
    });
    expect(d.established).toEqual({
      findings: [
        { findingId: 'ddimer-positive', findingName: 'D-dimer positive', sources: known('ddimer-positive').sources },
        { findingId: 'hr-over-100', findingName: 'Heart rate over 100/min', sources: known('hr-over-100').sources },
      ],
      source: definition.source,
    });
    expect(steps(d).map((x) => x.findingId)).toEqual(['hr-over-100', 'ddimer-positive']);
    // One criterion unknown: estimated as usual.
    const partial = reasonAbout(kb2, candidate('pe'), [known('hr-over-100')], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(partial.established).toBeUndefined();
    expect(partial.probability).toBeCloseTo(prob(odds(0.05) * 2), 12);
  });

  test('an alternative published definition establishes it too, and cites its own source', () => {
    const definition = {
      criteria: [['ddimer-positive', 'hr-over-100']],
      source: { citation: 'fx-a', locator: 'primary definition' },
      alternatives: [{ criteria: [['on-estrogen', 'hr-over-100']], source: { citation: 'fx-a', locator: 'earlier consensus' } }],
    };
    const kb2 = kbWith((raw) => {
      raw.conditions['pe.json'].definition = definition;
    });
    const alt = reasonAbout(kb2, candidate('pe'), [known('hr-over-100'), known('on-estrogen')], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(alt.established?.source).toEqual({ citation: 'fx-a', locator: 'earlier consensus' });
    expect(alt.established?.findings.map((f) => f.findingId)).toEqual(['on-estrogen', 'hr-over-100']);
    // The primary definition is read first when both are met.
    const both = reasonAbout(kb2, candidate('pe'), [known('hr-over-100'), known('on-estrogen'), known('ddimer-positive')], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(both.established?.source.locator).toBe('primary definition');
    // Neither met (an alternative's finding absent): estimated.
    const none = reasonAbout(kb2, candidate('pe'), [known('hr-over-100'), known('on-estrogen', false)], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(none.established).toBeUndefined();
  });
});

describe('what would change a diagnosis most', () => {
  const pe = () => selectCandidates(kb, ['chest-pain'], 'emergency', []).find((c) => c.conditionId === 'pe')!;

  test('at most three, the strongest first (ties by id), each named', () => {
    // PE, nothing known: D-dimer (LR− 0.1), previous VTE (2.5), then HR over 100 and oestrogen use tie at LR 2.0: HR first by id.
    const d = reasonAbout(kb, pe(), [], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(d.mostInformative.map((w) => [w.findingId, w.findingName])).toEqual([
      ['ddimer-positive', 'D-dimer positive'],
      ['prior-vte', 'Previous venous thromboembolism'],
      ['hr-over-100', 'Heart rate over 100/min'],
    ]);
  });

  test('a finding whose likelihood ratio or rule does not apply here is not suggested', () => {
    const kb2 = kbWith((raw) => {
      evidenceOf(raw, 'pe', 'ddimer-positive').appliesTo = { problems: ['fever'] };
      raw.findings['prior-vte.json'].rule = { name: 'VTE history rule', population: 'adults in primary care with chest pain', source: fixture, appliesTo: { problems: ['chest-pain'], settings: ['primary-care'] } };
    });
    const c = selectCandidates(kb2, ['chest-pain'], 'emergency', []).find((x) => x.conditionId === 'pe')!;
    const d = reasonAbout(kb2, c, [], { ...ED_CHEST_PAIN, alpha: 1 });
    expect(d.mostInformative.map((w) => w.findingId)).toEqual(['hr-over-100', 'on-estrogen', 'pleuritic-pain']);
  });
});

describe('applicability of rules and of likelihood ratios', () => {
  const ruleKb = kbWith((raw) => {
    raw.findings['hr-over-100.json'].rule = {
      name: 'Test rule',
      population: 'adults with chest pain or fever',
      source: fixture,
      appliesTo: { problems: ['chest-pain', 'fever'], settings: ['emergency'], ageYears: { min: 18 } },
    };
  });

  test('a rule validated for several problems applies with any one of them, from its minimum age on', () => {
    expect(ruleNotApplicable(ruleKb, 'hr-over-100', { problems: ['fever'], setting: 'emergency', ageYears: 18 })).toBeUndefined();
    expect(ruleNotApplicable(ruleKb, 'hr-over-100', { problems: ['chest-pain'], setting: 'emergency', ageYears: 18 })).toBeUndefined();
    expect(ruleNotApplicable(ruleKb, 'hr-over-100', { problems: ['chest-pain'], setting: 'emergency', ageYears: 17.9 })).toBe(
      "not applicable here: Test rule was validated in adults with chest pain or fever; the patient's age is outside 18–… years",
    );
  });

  test('every reason a rule does not apply is given, each in full', () => {
    // No presenting problem (the evoking path) and the wrong setting.
    expect(ruleNotApplicable(ruleKb, 'hr-over-100', { problems: [], setting: 'primary-care', ageYears: 40 })).toBe(
      'not applicable here: Test rule was validated in adults with chest pain or fever; the presenting problem is not one it was validated for (chest-pain, fever); it was validated in emergency, not primary-care',
    );
  });

  test('a finding the knowledge base does not know has no rule to apply', () => {
    expect(ruleNotApplicable(ruleKb, 'not-a-finding', ED_CHEST_PAIN)).toBeUndefined();
  });

  test('a likelihood ratio measured for several problems applies with any one of them; with no entry there is nothing to restrict', () => {
    const kb2 = kbWith((raw) => {
      evidenceOf(raw, 'pe', 'hr-over-100').appliesTo = { problems: ['fever', 'chest-pain'] };
    });
    expect(evidenceNotApplicable(kb2, 'pe', 'hr-over-100', ED_CHEST_PAIN)).toBeUndefined();
    expect(evidenceNotApplicable(kb2, 'pe', 'hr-over-100', { problems: [], setting: 'emergency' })).toBe(
      'not applicable here: this likelihood ratio was measured in test, which applies to fever, chest-pain',
    );
    expect(evidenceNotApplicable(kb2, 'msk', 'hr-over-100', ED_CHEST_PAIN)).toBeUndefined();
    expect(evidenceNotApplicable(kb2, 'not-a-condition', 'hr-over-100', ED_CHEST_PAIN)).toBeUndefined();
  });
});

describe('complaintFindings', () => {
  test('a finding is the complaint when any of its rules carries any code equal to the head code of one of the problem’s code rules', () => {
    const kb2 = kbWith((raw) => {
      // The problem is also recognised by a measurement, which names no complaint finding.
      raw.problems['fever.json'].match = [
        { kind: 'reference-range', loinc: ['8310-5'], relation: 'above-high' },
        { kind: 'code', system: 'snomed', codes: ['386661006'] },
      ];
      raw.findings['fever-complaint.json'] = {
        id: 'fever-complaint',
        name: 'Fever (complaint)',
        category: 'symptom',
        match: [
          { kind: 'quantity', loinc: ['8310-5'], comparator: '>=', value: 39, unit: 'Cel', source: fixture },
          { kind: 'code', system: 'snomed', codes: ['274640006', '386661006'] },
        ],
      };
    });
    expect([...complaintFindings(kb2, 'fever')]).toEqual(['fever-complaint']);
    expect(complaintFindings(kb2, 'not-a-problem').size).toBe(0);
  });

  test('a problem that refines another takes the broader complaint as its own (bilateral leg swelling: leg swelling)', () => {
    const kb2 = kbWith((raw) => {
      raw.problems['fever.json'].match = [{ kind: 'code', system: 'snomed', codes: ['386661006'] }];
      raw.findings['fever-complaint.json'] = { id: 'fever-complaint', name: 'Fever (complaint)', category: 'symptom', match: [{ kind: 'code', system: 'snomed', codes: ['386661006'] }] };
      raw.findings['high-fever-complaint.json'] = { id: 'high-fever-complaint', name: 'High fever (complaint)', category: 'symptom', match: [{ kind: 'code', system: 'snomed', codes: ['274640006'] }] };
      raw.problems['high-fever.json'] = { ...structuredClone(raw.problems['fever.json']), id: 'high-fever', name: 'High fever', refines: ['fever'], match: [{ kind: 'code', system: 'snomed', codes: ['274640006'] }] };
    });
    expect([...complaintFindings(kb2, 'high-fever')].sort()).toEqual(['fever-complaint', 'high-fever-complaint']);
    // Not the other way round: the specific form is evidence under the broader complaint.
    expect([...complaintFindings(kb2, 'fever')]).toEqual(['fever-complaint']);
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
    // A finding with no LR− has no "if absent" figure, recalibrated or not.
    expect(cal.mostInformative.find((x) => x.findingId === 'prior-vte')!.ifAbsent).toBeUndefined();
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

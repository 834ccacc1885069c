import { describe, expect, test } from 'vitest';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../../tests/builders/chart-builder';
import { miniKnowledge, miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { assembleKnowledge } from '../knowledge/load-knowledge';
import { appliesTo, buildDifferential, unexplainedFindings } from './build-differential';
import { evidenceNotApplicable } from './infer';
import { extractFindings } from './extract-findings';
import { analyzeSync } from './diagnostic-model';
import type { FindingStep, PriorStep } from './types';
import { POLICY } from './policy';

const kb = miniKnowledge();
const chart = [buildPatient(), buildEncounter('29857009'), buildSymptom('c1', '3368006'), buildQuantity('hr1', '8867-4', 118, '/min')];
const run = (resources: unknown[] = chart, extra: Partial<Parameters<typeof buildDifferential>[1]> = {}) =>
  buildDifferential(kb, { extract: extractFindings(resources, kb), ...extra });

describe('buildDifferential', () => {
  test('starts each chain from the cited pre-test probability of the problem in the setting', () => {
    const r = run();
    const pe = r.differential.find((d) => d.conditionId === 'pe')!;
    expect(pe.steps[0]).toMatchObject({ kind: 'prior', problemId: 'chest-pain', setting: 'emergency', probability: 0.05, source: { citation: 'fx-b' } });
  });

  test('applies one finding at a time, each step updating the odds by its LR', () => {
    const r = run();
    const pe = r.differential.find((d) => d.conditionId === 'pe')!;
    const steps = pe.steps.filter((s): s is FindingStep => s.kind === 'finding');
    let p = 0.05;
    for (const s of steps) {
      expect(s.before).toBeCloseTo(p, 10);
      const odds = (p / (1 - p)) * s.lr;
      p = odds / (1 + odds);
      expect(s.after).toBeCloseTo(p, 10);
    }
    expect(pe.probability).toBeCloseTo(p, 10);
    // pleuritic pain LR 1.5, HR > 100 LR 2.0 → odds 0.0526 × 3 = 0.158 → 13.6%
    expect(pe.probability).toBeCloseTo(0.1364, 3);
  });

  test('every finding step points at the chart resource it came from and at a citation', () => {
    const r = run();
    for (const d of r.differential) {
      for (const s of d.steps) {
        expect(s.source?.citation).toBeTruthy();
        if (s.kind === 'finding' && s.origin === 'chart') {
          expect(s.sources.length).toBeGreaterThan(0);
        }
      }
    }
    expect(Object.keys(r.citations).sort()).toEqual(['fx-a', 'fx-b']);
  });

  test('counts only the strongest finding of a correlation group', () => {
    const feverChart = [buildPatient(), buildEncounter('386661006'), buildQuantity('t1', '8310-5', 39, 'Cel'), buildQuantity('hr1', '8867-4', 120, '/min')];
    const sepsis = run(feverChart).differential.find((d) => d.conditionId === 'sepsis')!;
    const steps = sepsis.steps.filter((s): s is FindingStep => s.kind === 'finding');
    expect(steps.find((s) => s.findingId === 'fever')?.counted).toBe(true);
    expect(steps.find((s) => s.findingId === 'hr-over-100')?.counted).toBe(false);
    expect(steps.find((s) => s.findingId === 'hr-over-100')?.note).toMatch(/correlated/);
    // prior 0.1 → odds 0.111 × 4 (fever only) = 0.444 → 30.8%
    expect(sepsis.probability).toBeCloseTo(0.3077, 3);
  });

  test('combines several presenting problems by taking the highest prior and saying so', () => {
    const both = [buildPatient(), buildEncounter('29857009', { reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '29857009' }] }, { coding: [{ system: 'http://snomed.info/sct', code: '386661006' }] }] })];
    const r = run(both);
    expect(r.problems.map((p) => p.problemId).sort()).toEqual(['chest-pain', 'fever']);
    const pe = r.differential.find((d) => d.conditionId === 'pe')!;
    expect(pe.steps[0]).toMatchObject({ kind: 'prior', probability: 0.05 });
    expect((pe.steps[0] as { note?: string }).note).toMatch(/highest/);
    expect(r.differential.some((d) => d.conditionId === 'sepsis')).toBe(true);
  });

  test('gives a listed diagnosis without a published prior the policy prior, says so, and cites nothing', () => {
    const feverChart = [buildPatient(), buildEncounter('386661006')];
    const acs = run(feverChart).differential.find((d) => d.conditionId === 'acs')!;
    expect(acs.steps[0]).toMatchObject({ kind: 'prior', probability: 0.005, policy: true });
    expect((acs.steps[0] as { source?: unknown }).source).toBeUndefined();
    expect((acs.steps[0] as { note?: string }).note).toMatch(/policy prior/);
    expect(analyzeSync(kb, { chart: feverChart }).verification.ok).toBe(true);
  });

  test('keeps a can’t-miss diagnosis listed only under the other setting, with that setting’s cited figure', () => {
    const primary = [buildPatient(), buildEncounter('386661006', { class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' } })];
    const r = run(primary, { setting: 'primary-care' });
    // fever has only emergency priors → they are used for all (fallback), as before
    expect(r.differential.some((d) => d.conditionId === 'sepsis')).toBe(true);
    const chest = run([buildPatient(), buildEncounter('29857009')], { setting: 'primary-care' });
    const sepsis = chest.differential.find((d) => d.conditionId === 'sepsis')!;
    expect(sepsis.steps[0]).toMatchObject({ kind: 'prior', setting: 'emergency', probability: 0.001, source: { locator: 'emergency-only figure' } });
    expect((sepsis.steps[0] as { note?: string }).note).toMatch(/no primary-care estimate/);
  });

  test('abstains without a presenting problem: no prior-only probability, and says what it read', () => {
    const r = run([buildPatient(), buildEncounter('29857009', { reasonCode: [] }), buildQuantity('hr1', '8867-4', 118, '/min')]);
    expect(r.status).toBe('abstained');
    expect(r.abstention?.kind).toBe('no-presenting-problem');
    expect(r.differential).toEqual([]);
    expect(r.cantMiss).toEqual([]);
    expect(r.nextBestTests).toEqual([]);
    expect(r.problems).toEqual([]);
    // what it read is still returned
    expect(r.findingsUsed.find((f) => f.findingId === 'hr-over-100')?.present).toBe(true);
    // HR > 100 has LR 2-3 for PE and sepsis: not strong enough to evoke anything
    expect(r.evoked).toEqual([]);
  });

  test('without a problem, only a finding with LR+ of 10 or more evokes a diagnosis, with no probability', () => {
    const raw = miniKnowledgeRaw();
    (raw.evidence['mini.json'] as { condition: string; lrPositive?: number; sensitivity?: number; specificity?: number }[]).forEach((e) => {
      if (e.condition === 'acs' && (e as { finding?: string }).finding === 'troponin-high') {
        e.sensitivity = 0.9;
        e.specificity = 0.95; // LR+ 18
      }
    });
    const strong = assembleKnowledge(raw);
    const trop = buildQuantity('t1', '89579-7', 60, 'ng/L', { referenceRange: [{ high: { value: 26, unit: 'ng/L', code: 'ng/L' } }] });
    const r = buildDifferential(strong, { extract: extractFindings([buildPatient(), buildEncounter('29857009', { reasonCode: [] }), trop], strong) });
    expect(r.status).toBe('abstained');
    expect(r.evoked.map((e) => e.conditionId)).toEqual(['acs']);
    expect(r.evoked[0].evidence[0]).toMatchObject({ findingId: 'troponin-high', sources: [expect.objectContaining({ reference: 'Observation/t1' })] });
    expect(r.evoked[0].evidence[0].lr).toBeCloseTo(18, 5);
    expect(JSON.stringify(r.evoked)).not.toMatch(/probability/);
  });

  test('a ratio measured only within some presenting problems evokes nothing outside them (nausea is strong for migraine only among headaches, not in chest pain)', () => {
    const strongWithin = (problems: string[] | undefined) => {
      const raw = miniKnowledgeRaw();
      (raw.evidence['mini.json'] as { condition: string; finding?: string; sensitivity?: number; specificity?: number; appliesTo?: { problems: string[] } }[]).forEach((e) => {
        if (e.condition === 'acs' && e.finding === 'troponin-high') {
          e.sensitivity = 0.9;
          e.specificity = 0.95; // LR+ 18
          if (problems) {
            e.appliesTo = { problems };
          }
        }
      });
      return assembleKnowledge(raw);
    };
    const trop = buildQuantity('t1', '89579-7', 60, 'ng/L', { referenceRange: [{ high: { value: 26, unit: 'ng/L', code: 'ng/L' } }] });
    const evoked = (k: ReturnType<typeof assembleKnowledge>) =>
      buildDifferential(k, { extract: extractFindings([buildPatient(), buildEncounter('29857009', { reasonCode: [] }), trop], k) }).evoked.map((e) => e.conditionId);
    // the same ratio, unrestricted, evokes; restricted to a problem the patient does not present with, it does not
    expect(evoked(strongWithin(undefined))).toEqual(['acs']);
    expect(evoked(strongWithin(['fever']))).toEqual([]);
  });

  test('the presenting complaint itself evokes nothing (confusion does not name a brain tumour for every confused patient)', () => {
    const raw = miniKnowledgeRaw();
    // "Fever" as a coded symptom, strong evidence (LR 20) for a condition no presenting problem lists.
    raw.conditions['gout.json'] = { id: 'gout', name: 'Gout', codes: { snomed: ['90560007'], icd10cm: ['M10.9'] }, cantMiss: false };
    raw.findings['fever-reported.json'] = { id: 'fever-reported', name: 'Fever (reported)', category: 'symptom', match: [{ kind: 'code', system: 'snomed', codes: ['386661006'] }] };
    (raw.evidence['mini.json'] as unknown[]).push({ condition: 'gout', finding: 'fever-reported', lrPositive: 20, population: 'test', grade: 'A', source: { citation: 'fx-a', locator: 'test' } });
    const k = assembleKnowledge(raw);
    const evokedWith = (reason: string) =>
      buildDifferential(k, { extract: extractFindings([buildPatient(), buildEncounter(reason), buildSymptom('s1', '386661006')], k), setting: 'emergency' }).evoked.map((e) => e.conditionId);
    // Beside chest pain, fever evokes it; as the complaint itself, it does not.
    expect(evokedWith('29857009')).toEqual(['gout']);
    expect(evokedWith('386661006')).toEqual([]);
  });

  test('the presenting complaint, never counted, does not take its group\'s place from a correlated finding', () => {
    const raw = miniKnowledgeRaw();
    // A coded fever (the fever problem's own code) in the same group as the heart rate, and stronger for sepsis.
    raw.findings['fever-reported.json'] = { id: 'fever-reported', name: 'Fever (reported)', category: 'symptom', group: 'sirs', match: [{ kind: 'code', system: 'snomed', codes: ['386661006'] }] };
    (raw.evidence['mini.json'] as unknown[]).push({ condition: 'sepsis', finding: 'fever-reported', lrPositive: 9, population: 'test', grade: 'A', source: { citation: 'fx-a', locator: 'test' } });
    const k = assembleKnowledge(raw);
    const feverChart = [buildPatient(), buildEncounter('386661006'), buildSymptom('s1', '386661006'), buildQuantity('hr1', '8867-4', 118, '/min')];
    const r = buildDifferential(k, { extract: extractFindings(feverChart, k), problems: ['fever'], setting: 'emergency' });
    const sepsis = r.differential.find((d) => d.conditionId === 'sepsis')!;
    const stepOf = (id: string) => sepsis.steps.find((s): s is FindingStep => s.kind === 'finding' && s.findingId === id)!;
    expect(stepOf('fever-reported').counted).toBe(false);
    expect(stepOf('fever-reported').note).toMatch(/presenting problem/);
    // The heart rate is not silenced by the complaint: it counts (before model 2.32.0 neither counted).
    expect(stepOf('hr-over-100').counted).toBe(true);
    expect(stepOf('hr-over-100').after).toBeGreaterThan(stepOf('hr-over-100').before);
  });

  test('a clinical rule outside its validated population is shown as "not applicable here" and not counted', () => {
    const raw = miniKnowledgeRaw();
    const hr = raw.findings['hr-over-100.json'] as Record<string, unknown>;
    hr.rule = { name: 'Test rule', population: 'adults with fever in the emergency department (test fixture)', source: { citation: 'fx-a', locator: 'test' }, appliesTo: { problems: ['fever'], settings: ['emergency'] } };
    const ruled = assembleKnowledge(raw);
    const r = buildDifferential(ruled, { extract: extractFindings(chart, ruled) });
    const pe = r.differential.find((d) => d.conditionId === 'pe')!;
    const step = pe.steps.find((s): s is FindingStep => s.kind === 'finding' && s.findingId === 'hr-over-100')!;
    expect(step.counted).toBe(false);
    expect(step.note).toMatch(/not applicable here: Test rule was validated in adults with fever/);
    expect(step.after).toBe(step.before);
    // Within its population (fever, emergency) it counts.
    const fever = buildDifferential(ruled, { extract: extractFindings(chart, ruled), problems: ['fever'] });
    const inPopulation = fever.differential.find((d) => d.conditionId === 'pe')!.steps.find((s): s is FindingStep => s.kind === 'finding' && s.findingId === 'hr-over-100')!;
    expect(inPopulation.counted).toBe(true);
  });

  test('evidence measured in a narrower population is not applied outside it', () => {
    const raw = miniKnowledgeRaw();
    (raw.evidence['mini.json'] as { condition: string; finding: string; appliesTo?: unknown }[]).forEach((e) => {
      if (e.condition === 'pe' && e.finding === 'hr-over-100') {
        e.appliesTo = { problems: ['fever'] };
      }
    });
    const scoped = assembleKnowledge(raw);
    const pe = buildDifferential(scoped, { extract: extractFindings(chart, scoped) }).differential.find((d) => d.conditionId === 'pe')!;
    const step = pe.steps.find((s): s is FindingStep => s.kind === 'finding' && s.findingId === 'hr-over-100')!;
    expect(step.counted).toBe(false);
    expect(step.note).toMatch(/not applicable here: this likelihood ratio was measured in/);
    const withFever = buildDifferential(scoped, { extract: extractFindings(chart, scoped), problems: ['fever'] }).differential.find((d) => d.conditionId === 'pe')!;
    expect(withFever.steps.find((s): s is FindingStep => s.kind === 'finding' && s.findingId === 'hr-over-100')!.counted).toBe(true);
  });

  test('evidence from one care setting applies only there, and a test is suggested only where its evidence applies', () => {
    const raw = miniKnowledgeRaw();
    (raw.evidence['mini.json'] as { condition: string; finding: string; appliesTo?: unknown }[]).forEach((e) => {
      if (e.condition === 'pe' && e.finding === 'ddimer-positive') {
        e.appliesTo = { problems: ['chest-pain'], settings: ['emergency'] };
      }
    });
    const scoped = assembleKnowledge(raw);
    const run = (setting: 'primary-care' | 'emergency') => buildDifferential(scoped, { extract: extractFindings(chart, scoped), setting });
    expect(run('emergency').nextBestTests.map((t) => t.findingId)).toContain('ddimer-positive');
    expect(run('primary-care').nextBestTests.map((t) => t.findingId)).not.toContain('ddimer-positive');
    expect(evidenceNotApplicable(scoped, 'pe', 'ddimer-positive', { problems: ['chest-pain'], setting: 'primary-care' })).toMatch(/, in the emergency department only$/);
    expect(evidenceNotApplicable(scoped, 'pe', 'ddimer-positive', { problems: ['chest-pain'], setting: 'emergency' })).toBeUndefined();
    expect(evidenceNotApplicable(scoped, 'pe', 'ddimer-positive', { problems: ['fever'], setting: 'emergency' })).toMatch(/which applies to chest-pain/);
  });

  test('a clinician-given problem turns an abstention into a differential', () => {
    const resources = [buildPatient(), buildEncounter('29857009', { reasonCode: [] })];
    const r = buildDifferential(kb, { extract: extractFindings(resources, kb), problems: ['chest-pain'] });
    expect(r.status).toBe('differential');
    expect(r.problems).toEqual([{ problemId: 'chest-pain', name: expect.any(String), origin: 'clinician' }]);
    expect(r.differential.length).toBeGreaterThan(0);
  });

  test('children, deceased patients and charts without a patient get a scope abstention first', () => {
    const child = run([buildPatient({ birthDate: '2015-01-01' }), buildEncounter('29857009')]);
    expect(child.abstention?.kind).toBe('child');
    expect(child.differential).toEqual([]);
    const asked = run([buildPatient({ birthDate: '2015-01-01' }), buildEncounter('29857009')], { includeChild: true });
    expect(asked.status).toBe('differential');
    expect(asked.scopeNotes.map((n) => n.kind)).toContain('child');
    const dead = run([buildPatient({ deceasedDateTime: '2026-11-01' }), buildEncounter('29857009')]);
    expect(dead.abstention?.kind).toBe('deceased');
    expect(run([buildEncounter('29857009', { reasonCode: [] })]).abstention?.kind).toBe('no-patient');
  });

  test('lists can’t-miss diagnoses above threshold separately, even when unlikely', () => {
    const r = run();
    expect(r.cantMiss.map((d) => d.conditionId).sort()).toEqual(['acs', 'pe']);
    expect(r.cantMiss.every((d) => d.cantMiss && d.probability >= 0.01)).toBe(true);
  });

  test('a can’t-miss diagnosis is listed while the upper end of its range reaches its threshold, and only then', () => {
    const pe = run().differential.find((d) => d.conditionId === 'pe')!;
    const withThreshold = (probability: number) => {
      const raw = miniKnowledgeRaw();
      (raw.conditions['pe.json'] as Record<string, unknown>).cantMissThreshold = { probability, source: { citation: 'fx-a', locator: 'test threshold' } };
      const kb2 = assembleKnowledge(raw);
      return buildDifferential(kb2, { extract: extractFindings(chart, kb2) }).cantMiss.some((d) => d.conditionId === 'pe');
    };
    // Above the point estimate but within the range: not yet excluded, so listed.
    expect(withThreshold((pe.probability + pe.range[1]) / 2)).toBe(true);
    // Above the whole range: excluded below its threshold, so not listed.
    expect(withThreshold(Math.min(0.99, pe.range[1] * 1.05))).toBe(false);
  });

  test('on the real knowledge base every can’t-miss diagnosis is listed exactly when its range reaches its threshold', async () => {
    const { loadKnowledge } = await import('../knowledge/load-knowledge');
    const { cantMissThreshold } = await import('./infer');
    const real = loadKnowledge();
    // A 66-year-old man with weight loss: the cancers sit near NICE's 3% threshold with nothing yet known.
    const { result } = analyzeSync(real, { chart: [buildPatient(), buildEncounter('89362005')] });
    const listed = new Set(result.cantMiss.map((d) => d.conditionId));
    const flagged = result.differential.filter((x) => x.cantMiss);
    expect(flagged.length).toBeGreaterThan(0);
    for (const d of flagged) {
      expect({ id: d.conditionId, listed: listed.has(d.conditionId) }).toEqual({ id: d.conditionId, listed: d.range[1] >= cantMissThreshold(real.conditions.get(d.conditionId)!) });
    }
  });

  test('a broader problem recorded beside a more specific form of it is set aside, with a warning', () => {
    // Test relation: fever "refines" chest pain (the mini knowledge base has no real pair).
    const raw = miniKnowledgeRaw();
    (raw.problems['fever.json'] as Record<string, unknown>).refines = ['chest-pain'];
    const kb2 = assembleKnowledge(raw);
    const both = [buildPatient(), buildEncounter('29857009', { reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '29857009' }] }, { coding: [{ system: 'http://snomed.info/sct', code: '386661006' }] }] })];
    const r = buildDifferential(kb2, { extract: extractFindings(both, kb2), setting: 'emergency' });
    expect(r.problems.map((p) => p.problemId)).toEqual(['fever']);
    expect(r.warnings).toContain('presenting problem "Chest pain" set aside: "Fever", also recorded, is the more specific form of it');
    // Chest pain's priors are not used: MSK (a chest-pain-only diagnosis) is not on the list, sepsis starts from fever's 10%.
    expect(r.differential.map((d) => d.conditionId)).not.toContain('msk');
    expect(r.differential.find((d) => d.conditionId === 'sepsis')!.steps[0]).toMatchObject({ kind: 'prior', problemId: 'fever', probability: 0.1 });
    // A clinician adding the broader problem does not bring it back either.
    const r2 = buildDifferential(kb2, { extract: extractFindings(both, kb2), setting: 'emergency', problems: ['chest-pain'] });
    expect(r2.problems.map((p) => p.problemId)).toEqual(['fever']);
    // Without the relation both are used.
    const r3 = buildDifferential(kb, { extract: extractFindings(both, kb), setting: 'emergency' });
    expect(r3.problems.map((p) => p.problemId).sort()).toEqual(['chest-pain', 'fever']);
  });

  test('on the real knowledge base, leg swelling recorded beside swelling of one leg gives the one-leg differential', async () => {
    const { loadKnowledge } = await import('../knowledge/load-knowledge');
    const real = loadKnowledge();
    const reason = (system: string, code: string) => ({ coding: [{ system, code }] });
    const enc = buildEncounter('102572006', { reasonCode: [reason('http://snomed.info/sct', '102572006'), reason('http://hl7.org/fhir/sid/icd-10-cm', 'R22.41')] });
    const { result } = analyzeSync(real, { chart: [buildPatient(), enc], setting: 'primary-care' });
    expect(result.problems.map((p) => p.problemId)).toEqual(['unilateral-leg-swelling']);
    expect(result.differential[0].conditionId).not.toBe('heart-failure');
  });

  test('on the real knowledge base, abnormal vaginal bleeding in a woman past the reproductive-age window is reasoned as postmenopausal bleeding, with a warning', async () => {
    const { loadKnowledge } = await import('../knowledge/load-knowledge');
    const real = loadKnowledge();
    const year = new Date().getUTCFullYear();
    const bleeding = buildEncounter('289530006');
    const at = (age: number, gender: 'female' | 'male') => analyzeSync(real, { chart: [buildPatient({ gender, birthDate: `${year - age - 1}-06-01` }), bleeding], setting: 'primary-care' }).result;
    const old = at(70, 'female');
    expect(old.problems.map((p) => p.problemId)).toEqual(['postmenopausal-bleeding']);
    expect(old.warnings.join(' ')).toMatch(/read as "Postmenopausal bleeding": the patient is \d+, past the model's reproductive-age window/);
    expect(old.differential.map((d) => d.conditionId)).not.toContain('anovulatory-uterine-bleeding');
    expect(old.differential.some((d) => d.conditionId === 'endometrial-cancer')).toBe(true);
    // Within the window, and for a patient recorded as male, the problem stays as recorded.
    expect(at(35, 'female').problems.map((p) => p.problemId)).toEqual(['vaginal-bleeding']);
    expect(at(70, 'male').problems.map((p) => p.problemId)).toEqual(['vaginal-bleeding']);
  });

  test('on the real knowledge base, vaginal bleeding with a positive pregnancy test is also reasoned as bleeding in early pregnancy, with a warning', async () => {
    const { loadKnowledge } = await import('../knowledge/load-knowledge');
    const real = loadKnowledge();
    const year = new Date().getUTCFullYear();
    const woman = buildPatient({ gender: 'female', birthDate: `${year - 29}-06-01` });
    const hcg = (value: string, at = '2026-11-20T10:20:00Z') =>
      ({
        resourceType: 'Observation',
        id: `hcg-${value}`,
        status: 'final',
        subject: { reference: 'Patient/p1' },
        encounter: { reference: 'Encounter/enc1' },
        code: { coding: [{ system: 'http://loinc.org', code: '2106-3' }] },
        effectiveDateTime: at,
        valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: value === 'positive' ? '10828004' : '260385009' }], text: value },
      }) as const;
    const run = (...extra: object[]) =>
      analyzeSync(real, { chart: [woman, buildEncounter('289530006'), ...(extra as never[])], setting: 'emergency', extractOptions: { asOf: '2026-11-20T11:00:00Z' } }).result;
    const pregnant = run(hcg('positive'));
    expect(pregnant.problems.map((p) => p.problemId)).toEqual(['early-pregnancy-pain-or-bleeding']);
    expect(pregnant.warnings.join(' ')).toMatch(/also reasoned as "Abdominal pain or vaginal bleeding in early pregnancy": a pregnancy is recorded/);
    const ids = pregnant.differential.map((d) => d.conditionId);
    expect(ids.slice(0, 3)).toContain('miscarriage');
    expect(ids).toContain('ectopic-pregnancy');
    // Bleeding from ovulatory dysfunction cannot be the cause in pregnancy: its priors are set aside with the problem.
    expect(ids).not.toContain('anovulatory-uterine-bleeding');
    // A negative test, or no test, leaves the problem as recorded.
    expect(run(hcg('negative')).problems.map((p) => p.problemId)).toEqual(['vaginal-bleeding']);
    expect(run().problems.map((p) => p.problemId)).toEqual(['vaginal-bleeding']);
  });

  test('on the real knowledge base, a cough that began more than eight weeks before is reasoned as chronic cough, the broader cough set aside', async () => {
    const { loadKnowledge } = await import('../knowledge/load-knowledge');
    const real = loadKnowledge();
    const year = new Date().getUTCFullYear();
    const patient = buildPatient({ gender: 'female', birthDate: `${year - 51}-06-01` });
    const problems = (onsetDateTime?: string) => {
      const { result } = analyzeSync(real, {
        chart: [patient, buildEncounter('49727002'), buildSymptom('c1', '49727002', 'confirmed', onsetDateTime ? { onsetDateTime } : {})],
        setting: 'primary-care',
        extractOptions: { asOf: '2026-11-20T11:00:00Z' },
      });
      return { ids: result.problems.map((p) => p.problemId), warnings: result.warnings.join(' ') };
    };
    const chronic = problems('2026-09-01T00:00:00Z');
    expect(chronic.ids).toEqual(['chronic-cough']);
    // The cough is the complaint of chronic cough, not evidence for one of its causes.
    const tb = analyzeSync(real, {
      chart: [patient, buildEncounter('49727002'), buildSymptom('c1', '49727002', 'confirmed', { onsetDateTime: '2026-09-01T00:00:00Z' })],
      setting: 'primary-care',
      extractOptions: { asOf: '2026-11-20T11:00:00Z' },
    }).result.differential.find((d) => d.conditionId === 'tuberculosis');
    const coughStep = tb?.steps.find((s) => s.kind === 'finding' && s.findingId === 'cough');
    expect(coughStep).toMatchObject({ counted: false });
    expect(coughStep && 'note' in coughStep ? coughStep.note : '').toMatch(/it is the presenting problem/);
    expect(chronic.warnings).toMatch(/presenting problem "Cough[^"]*" set aside: "Chronic cough[^"]*" \(began 80 days before this episode\), also recorded, is the more specific form of it/);
    // Three weeks, or no onset recorded: the cough stays as recorded.
    expect(problems('2026-10-30T00:00:00Z').ids).toEqual(['cough']);
    expect(problems().ids).toEqual(['cough']);
  });

  test('on the real knowledge base, abdominal pain that began more than three months before is reasoned as chronic or recurrent abdominal pain (IASP), the acute complaint set aside', async () => {
    const { loadKnowledge } = await import('../knowledge/load-knowledge');
    const real = loadKnowledge();
    const year = new Date().getUTCFullYear();
    const patient = buildPatient({ gender: 'male', birthDate: `${year - 44}-06-01` });
    const problems = (onsetDateTime?: string) =>
      analyzeSync(real, {
        chart: [patient, buildEncounter('21522001'), buildSymptom('c1', '21522001', 'confirmed', onsetDateTime ? { onsetDateTime } : {})],
        setting: 'primary-care',
        extractOptions: { asOf: '2026-11-20T11:00:00Z' },
      }).result;
    const chronic = problems('2026-06-01T00:00:00Z');
    expect(chronic.problems.map((p) => p.problemId)).toEqual(['chronic-or-recurrent-abdominal-pain']);
    expect(chronic.warnings.join(' ')).toMatch(/set aside: "Chronic or recurrent abdominal pain[^"]*" \(began 172 days before this episode\)/);
    // The abdominal pain is the complaint of the chronic problem, not evidence for one of its causes.
    const ibs = chronic.differential.find((d) => d.conditionId === 'irritable-bowel-syndrome');
    const painStep = ibs?.steps.find((s) => s.kind === 'finding' && s.findingId === 'abdominal-pain');
    expect(painStep === undefined || painStep.kind !== 'finding' || !painStep.counted).toBe(true);
    // Two days, exactly 90 days, or no onset: the complaint stays acute.
    expect(problems('2026-11-18T00:00:00Z').problems.map((p) => p.problemId)).toEqual(['acute-abdominal-pain']);
    expect(problems('2026-08-22T11:00:00Z').problems.map((p) => p.problemId)).toEqual(['acute-abdominal-pain']);
    expect(problems().problems.map((p) => p.problemId)).toEqual(['acute-abdominal-pain']);
  });

  test('on the real knowledge base, a patient presenting with a complaint has it: a ratio measured only in patients with that finding applies (model 2.57.0)', async () => {
    const { loadKnowledge } = await import('../knowledge/load-knowledge');
    const real = loadKnowledge();
    const year = new Date().getUTCFullYear();
    const patient = buildPatient({ gender: 'female', birthDate: `${year - 72}-06-01` });
    // Ear pain with a headache recorded only as a second reason for visit (no separate headache finding): giant cell
    // arteritis's visual-disturbance ratio, measured in patients with headache (Karahaliou 2006), counts.
    const run = (reasons: string[], overrides: { findingId: string; state: 'present' | 'absent' }[]) =>
      analyzeSync(real, { chart: [patient], problems: reasons, setting: 'primary-care', overrides, extractOptions: { asOf: '2026-11-20T11:00:00Z' } }).result;
    const stepOf = (r: ReturnType<typeof run>) => r.differential.find((d) => d.conditionId === 'giant-cell-arteritis')?.steps.find((s) => s.kind === 'finding' && s.findingId === 'visual-disturbance');
    const withHeadacheComplaint = stepOf(run(['ear-pain', 'headache'], [{ findingId: 'visual-disturbance', state: 'present' }]));
    expect(withHeadacheComplaint).toMatchObject({ counted: true });
    const earPainOnly = stepOf(run(['ear-pain'], [{ findingId: 'visual-disturbance', state: 'present' }]));
    expect(earPainOnly).toMatchObject({ counted: false });
    expect(earPainOnly && earPainOnly.kind === 'finding' ? earPainOnly.note : '').toMatch(/not applicable here: .*headache, which this patient is not shown to have/);
    // A complaint the chart refutes is not had.
    const refuted = stepOf(run(['ear-pain', 'headache'], [{ findingId: 'visual-disturbance', state: 'present' }, { findingId: 'headache', state: 'absent' }]));
    expect(refuted).toMatchObject({ counted: false });
  });

  test('shows an uncertainty range around every probability, never a bare number', () => {
    for (const d of run().differential) {
      expect(d.range[0]).toBeLessThan(d.probability);
      expect(d.range[1]).toBeGreaterThan(d.probability);
      expect(d.display).toMatch(/about/);
    }
  });

  test('ranks next best tests by expected information gain with positive and negative effects', () => {
    const r = run();
    expect(r.nextBestTests.length).toBeGreaterThan(0);
    const [first] = r.nextBestTests;
    expect(first.expectedInformationGain).toBeGreaterThan(0);
    for (const o of first.outcomes) {
      expect(o.ifPositive).toBeGreaterThanOrEqual(o.now);
      expect(o.ifNegative).toBeLessThanOrEqual(o.now);
    }
    // Ranked by gain per unit burden: a chest radiograph's gain is divided by 1.5, a blood test's by 1.
    const perBurden = r.nextBestTests.map((t) => t.gainPerBurden);
    expect([...perBurden].sort((a, b) => b - a)).toEqual(perBurden);
    for (const t of r.nextBestTests) {
      expect(t.gainPerBurden).toBeCloseTo(t.expectedInformationGain / (t.burden === 'imaging-radiation' ? 1.5 : 1), 2);
    }
  });

  test('weighs information against burden: an invasive test must separate the candidates three times as well', () => {
    const plain = run();
    const top = plain.nextBestTests[0];
    const raw = miniKnowledgeRaw();
    const f = raw.findings[`${top.findingId}.json`] as { test: Record<string, unknown> };
    f.test.burden = 'invasive';
    const burdened = buildDifferential(assembleKnowledge(raw), { extract: extractFindings(chart, assembleKnowledge(raw)) });
    const same = burdened.nextBestTests.find((t) => t.findingId === top.findingId)!;
    expect(same.burden).toBe('invasive');
    expect(same.gainPerBurden).toBeCloseTo(top.expectedInformationGain / 3, 2);
    const order = burdened.nextBestTests.map((t) => t.gainPerBurden);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
  });

  test('a condition of ovulatory cycles applies only to women within the reproductive-age window (as pregnancy-related ones)', () => {
    const condition = { id: 'aub-o', name: 'Ovulatory dysfunction', codes: {}, cantMiss: false, applicability: { sex: 'female', reproductiveAge: true, rationale: 'ovulatory cycles' } } as unknown as Parameters<typeof appliesTo>[0];
    expect(appliesTo(condition, { ageYears: 35, sex: 'female' })).toBe(true);
    expect(appliesTo(condition, { ageYears: 70, sex: 'female' })).toBe(false);
    expect(appliesTo(condition, { ageYears: 10, sex: 'female' })).toBe(false);
    expect(appliesTo(condition, { ageYears: 35, sex: 'male' })).toBe(false);
    // Without an age, it is not excluded (the engine abstains on age elsewhere).
    expect(appliesTo(condition, { sex: 'female' })).toBe(true);
  });

  test('a prior measured in another age range is used as published, but the chain says so and shows it as a proxy', () => {
    const plain = run();
    const pe = plain.differential.find((d) => d.conditionId === 'pe')!;
    expect(pe.steps[0]).toMatchObject({ kind: 'prior', populationMatch: 'exact' });
    const raw = miniKnowledgeRaw();
    const priors = (raw.problems['chest-pain.json'] as { priors: { emergency: { condition: string; populationAgeYears?: unknown }[] } }).priors.emergency;
    priors.find((p) => p.condition === 'pe')!.populationAgeYears = { min: 70 };
    priors.find((p) => p.condition === 'acs')!.populationAgeYears = { min: 18, max: 100 };
    const kb2 = assembleKnowledge(raw);
    const r = buildDifferential(kb2, { extract: extractFindings(chart, kb2) });
    const pe2 = r.differential.find((d) => d.conditionId === 'pe')!;
    expect(pe2.steps[0]).toMatchObject({ kind: 'prior', probability: 0.05, populationMatch: 'proxy' });
    expect((pe2.steps[0] as { note?: string }).note).toMatch(/measured in patients aged 70 or over; this patient is \d+, outside that population/);
    expect(pe2.probability).toBeCloseTo(pe.probability, 10);
    // More than ten years from the band (model 2.39.0), the figure is not used: here the other setting's figure, which
    // holds this patient, is borrowed instead; without one, the policy prior with the figure cited.
    priors.find((p) => p.condition === 'pe')!.populationAgeYears = { min: 100 };
    const kb3 = assembleKnowledge(raw);
    const pe3 = buildDifferential(kb3, { extract: extractFindings(chart, kb3) }).differential.find((d) => d.conditionId === 'pe')!;
    expect(pe3.steps[0]).toMatchObject({ kind: 'prior', populationMatch: 'other-setting', setting: 'primary-care' });
    const pcPriors = (raw.problems['chest-pain.json'] as { priors: Record<string, { condition: string }[]> }).priors['primary-care'];
    pcPriors.splice(pcPriors.findIndex((p) => p.condition === 'pe'), 1);
    const kb4 = assembleKnowledge(raw);
    const pe4 = buildDifferential(kb4, { extract: extractFindings(chart, kb4) }).differential.find((d) => d.conditionId === 'pe')!;
    expect(pe4.steps[0]).toMatchObject({ kind: 'prior', policy: true });
    expect((pe4.steps[0] as { note?: string }).note).toMatch(/measured in patients aged 100 or over, more than 10 years from this patient's age/);
    // Inside the range nothing changes.
    expect(r.differential.find((d) => d.conditionId === 'acs')!.steps[0]).toMatchObject({ populationMatch: 'exact' });
    expect((r.differential.find((d) => d.conditionId === 'acs')!.steps[0] as { note?: string }).note).toBeUndefined();
  });

  test("a figure for postmenopausal women is used for a woman past the model's reproductive-age window, and a man keeps the overall figure", () => {
    const raw = miniKnowledgeRaw();
    const priors = (raw.problems['chest-pain.json'] as { priors: { emergency: Record<string, unknown>[] } }).priors.emergency;
    priors.push({ condition: 'msk', probability: 0.3, source: { citation: 'fx-b', locator: 'postmenopausal stratum' }, populationMatch: 'exact', populationMenopausal: true });
    const kb2 = assembleKnowledge(raw);
    const mskPrior = (birthDate: string, gender: 'female' | 'male') => {
      const r = buildDifferential(kb2, { extract: extractFindings([buildPatient({ birthDate, gender }), ...chart.slice(1)], kb2) });
      return r.differential.find((d) => d.conditionId === 'msk')!.steps[0] as PriorStep;
    };
    const [, end] = POLICY.reproductiveAgeYears;
    // Born 70 years before the encounter (2026): past the window.
    expect(end).toBeLessThan(70);
    expect(mskPrior('1956-01-01', 'female')).toMatchObject({ probability: 0.3, populationMenopausal: true, note: "the source's figure for postmenopausal women" });
    expect(mskPrior('1996-01-01', 'female')).toMatchObject({ probability: 0.2 });
    expect(mskPrior('1956-01-01', 'male')).toMatchObject({ probability: 0.2 });
  });

  test('age is not counted twice: a prior measured in patients already of that age holds it; a patient outside that population is still moved', () => {
    const ageStep = (r: ReturnType<typeof run>) => r.differential.find((d) => d.conditionId === 'acs')!.steps.find((s): s is FindingStep => s.kind === 'finding' && s.findingId === 'age-50-plus')!;
    const plain = run();
    expect(ageStep(plain)).toMatchObject({ present: true, counted: true, lr: 1.5 });
    const withRange = (range: { min?: number; max?: number }) => {
      const raw = miniKnowledgeRaw();
      const priors = (raw.problems['chest-pain.json'] as { priors: { emergency: { condition: string; populationAgeYears?: unknown }[] } }).priors.emergency;
      priors.find((p) => p.condition === 'acs')!.populationAgeYears = range;
      return assembleKnowledge(raw);
    };
    // A cohort aged 46 and over: within five years of the band "50 or over", so the patient's age is already in the prior.
    const kb46 = withRange({ min: 46 });
    const inBand = buildDifferential(kb46, { extract: extractFindings(chart, kb46) });
    const step = ageStep(inBand);
    expect(step).toMatchObject({ present: true, counted: false });
    expect(step.note).toMatch(/pre-test probability was measured in patients aged 46 or over, already of this age/);
    const acsPlain = plain.differential.find((d) => d.conditionId === 'acs')!;
    const acsInBand = inBand.differential.find((d) => d.conditionId === 'acs')!;
    expect(acsInBand.probability).toBeLessThan(acsPlain.probability);
    // A cohort of all adults: the age counts.
    const kb18 = withRange({ min: 18 });
    expect(ageStep(buildDifferential(kb18, { extract: extractFindings(chart, kb18) }))).toMatchObject({ counted: true });
    // A 35-year-old against the cohort aged 46 and over: outside it, so the absent age finding moves the estimate down.
    const young = [buildPatient({ birthDate: `${new Date().getUTCFullYear() - 36}-01-01` }), ...chart.slice(1)];
    const youngStep = ageStep(buildDifferential(kb46, { extract: extractFindings(young, kb46) }));
    expect(youngStep).toMatchObject({ present: false, counted: true, lr: 0.5 });
  });

  test('suggests each test once: two results of one test are one order, shown with the result that separates best', () => {
    const plain = run();
    expect(plain.nextBestTests.length).toBeGreaterThan(1);
    const [first, second] = plain.nextBestTests;
    const raw = miniKnowledgeRaw();
    // The second test becomes another result of the first test (same name): one suggestion remains.
    (raw.findings[`${second.findingId}.json`] as { test: Record<string, unknown> }).test.name = first.testName.toUpperCase();
    const merged = buildDifferential(assembleKnowledge(raw), { extract: extractFindings(chart, assembleKnowledge(raw)) });
    const names = merged.nextBestTests.map((t) => t.testName.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(merged.nextBestTests.filter((t) => t.testName.toLowerCase() === first.testName.toLowerCase())).toHaveLength(1);
    expect(merged.nextBestTests[0].findingId).toBe(first.findingId);
    expect(merged.nextBestTests.length).toBe(plain.nextBestTests.length - 1);
  });

  test('lists abnormal findings that none of the leading diagnoses explains', () => {
    const r = run();
    const acs = r.differential.find((d) => d.conditionId === 'acs')!;
    const pe = r.differential.find((d) => d.conditionId === 'pe')!;
    const findings = r.findingsUsed;
    // Tachycardia is evidence for PE and sepsis (LR > 1), not for ACS.
    expect(unexplainedFindings(kb, findings, [acs], []).map((u) => u.findingId)).toContain('hr-over-100');
    expect(unexplainedFindings(kb, findings, [pe], []).map((u) => u.findingId)).not.toContain('hr-over-100');
    const abnormalUnread = unexplainedFindings(kb, findings, [pe], [{ reference: 'Observation/x', reason: 'code not in the knowledge base', kind: 'unknown-code', display: 'Lipase 900 U/L', abnormal: true }]);
    expect(abnormalUnread.find((u) => u.name === 'Lipase 900 U/L')?.why).toMatch(/not read/);
  });

  test('a cited manifestation explains a finding without a ratio, and so does a diagnosis the chart records (model 2.39.0)', () => {
    const r = run();
    const acs = r.differential.find((d) => d.conditionId === 'acs')!;
    const raw = miniKnowledgeRaw();
    const acsFile = Object.keys(raw.conditions).find((k) => (raw.conditions[k] as { id: string }).id === 'acs')!;
    const citation = Object.keys(raw.citations)[0].replace(/\.json$/, '');
    (raw.conditions[acsFile] as Record<string, unknown>).manifestations = [{ findings: ['hr-over-100'], source: { citation, locator: 'test' } }];
    const withManifestation = assembleKnowledge(raw);
    expect(unexplainedFindings(withManifestation, r.findingsUsed, [acs], []).map((u) => u.findingId)).not.toContain('hr-over-100');
    // Without the manifestation, a recorded PE on the chart (which has a ratio for tachycardia) explains it too.
    expect(unexplainedFindings(kb, r.findingsUsed, [acs], [], [], ['pe']).map((u) => u.findingId)).not.toContain('hr-over-100');
    expect(unexplainedFindings(kb, r.findingsUsed, [acs], [], [], []).map((u) => u.findingId)).toContain('hr-over-100');
  });

  test('lists one line per abnormality and never a normal result (session 22: the NSTEMI and DKA stories)', async () => {
    const { loadKnowledge } = await import('../knowledge/load-knowledge');
    const { analyzeSync } = await import('./diagnostic-model');
    const { readPatientBundles } = await import('../../fixtures/read-fixtures');
    const real = loadKnowledge();
    const story = (file: string) => analyzeSync(real, { chart: readPatientBundles().find((b) => b.file === file)!.bundle }).result;
    const nstemi = story('chest-pain-nstemi.json');
    expect(nstemi.findingsUsed.find((f) => f.findingId === 'leukocyte-count-10-or-less')?.present).toBe(true);
    expect(nstemi.unexplained.map((u) => u.findingId)).not.toContain('leukocyte-count-10-or-less');
    const dka = story('dka-type1-diabetes.json').unexplained.map((u) => u.findingId ?? '');
    expect(dka.filter((id) => id.startsWith('hba1c')).length).toBeLessThanOrEqual(1);
    expect(dka.filter((id) => id === 'leukocytosis' || id === 'wbc-above-reference-range').length).toBeLessThanOrEqual(1);
  });

  test('never lists the presenting complaint itself as unexplained (model 2.38.0)', async () => {
    const { loadKnowledge } = await import('../knowledge/load-knowledge');
    const { analyzeSync } = await import('./diagnostic-model');
    const real = loadKnowledge();
    // Syncope at the visit, with chest pain beside it: the faint is the complaint, the chest pain is not.
    const result = analyzeSync(real, { chart: [buildPatient(), buildEncounter('271594007'), buildSymptom('s1', '271594007'), buildSymptom('s2', '29857009')] }).result;
    const ids = result.unexplained.map((u) => u.findingId);
    expect(ids).not.toContain('syncope');
    const direct = unexplainedFindings(real, result.findingsUsed, result.differential.slice(0, 1), [], []);
    expect(direct.map((u) => u.findingId)).toContain('syncope');
  });

  test('a finding implied by another is explained when that one is (model 2.58.0)', async () => {
    const { loadKnowledge } = await import('../knowledge/load-knowledge');
    const { analyzeSync } = await import('./diagnostic-model');
    const real = loadKnowledge();
    // A woman's right lower quadrant pain implies pelvic or lower abdominal pain (AFP definition, knowledge 2.175.0); with
    // appendicitis first, which causes the quadrant pain, the implied pelvic pain is not a second, unexplained abnormality.
    const chart = [buildPatient({ gender: 'female', birthDate: '1995-01-01' }), buildEncounter('21522001'), buildSymptom('q', '301754002'), buildSymptom('f', '386661006')];
    const result = analyzeSync(real, { chart, setting: 'emergency' }).result;
    expect(result.findingsUsed.find((f) => f.findingId === 'pelvic-pain-symptom')).toMatchObject({ present: true, derivedBy: expect.anything() });
    expect(result.differential[0].conditionId).toBe('acute-appendicitis');
    expect(result.unexplained.map((u) => u.findingId)).not.toContain('pelvic-pain-symptom');
    // Without the implying finding present, the same derived finding would be judged on its own (as before 2.58.0).
    const alone = result.findingsUsed.filter((f) => f.findingId !== 'right-lower-quadrant-pain');
    expect(unexplainedFindings(real, alone, result.differential.slice(0, 5), [], ['acute-abdominal-pain']).map((u) => u.findingId)).toContain('pelvic-pain-symptom');
    // Sex is part of the implication's criteria but explains nothing: a leading diagnosis with a ratio for female sex
    // does not explain the implied pain.
    const female = result.differential.filter((d) => d.steps.some((s) => s.kind === 'finding' && s.findingId === 'female' && s.present && s.lr > 1));
    expect(female.length).toBeGreaterThan(0);
    expect(unexplainedFindings(real, alone, female, [], ['acute-abdominal-pain']).map((u) => u.findingId)).toContain('pelvic-pain-symptom');
  });

  test('does not suggest a test whose result is already known', () => {
    const withTrop = [...chart, buildQuantity('t1', '89579-7', 3, 'ng/L', { referenceRange: [{ high: { value: 26, unit: 'ng/L', code: 'ng/L' } }] })];
    expect(run(withTrop).nextBestTests.some((t) => t.findingId === 'troponin-high')).toBe(false);
  });

  test('clinician overrides add, negate and remove findings, and the result updates', () => {
    const before = run().differential.find((d) => d.conditionId === 'acs')!.probability;
    const negated = run(chart, { overrides: [{ findingId: 'pleuritic-pain', state: 'absent' }] });
    expect(negated.differential.find((d) => d.conditionId === 'acs')!.probability).toBeGreaterThan(before);
    const step = negated.differential.find((d) => d.conditionId === 'acs')!.steps.find((s) => s.kind === 'finding' && s.findingId === 'pleuritic-pain') as FindingStep;
    expect(step.origin).toBe('clinician');
    const removed = run(chart, { overrides: [{ findingId: 'pleuritic-pain', state: 'removed' }] });
    expect(removed.findingsUsed.some((f) => f.findingId === 'pleuritic-pain')).toBe(false);
    // A removed finding is no longer used, but it still has its clinical name (to offer "restore"); every used one has one.
    expect(removed.findingNames['pleuritic-pain']).toMatch(/pleuritic/i);
    expect(removed.findingsUsed.every((f) => (removed.findingNames[f.findingId] ?? '').length > 2)).toBe(true);
    const unknown = run(chart, { overrides: [{ findingId: 'no-such-finding', state: 'present' }] });
    expect(unknown.warnings.some((w) => /no-such-finding/.test(w))).toBe(true);
  });

  test('is deterministic and carries model id, knowledge version and input hash', () => {
    const a = run();
    const b = run();
    expect(a).toEqual(b);
    expect(a.model.id).toBe('ddx-lr-engine');
    expect(a.knowledge.version).toBe('0.0.1');
    expect(a.inputHash).toMatch(/^[0-9a-f]{64}$/);
    const c = run(chart, { overrides: [{ findingId: 'ddimer-positive', state: 'present' }] });
    expect(c.inputHash).not.toBe(a.inputHash);
  });

  test('the model interface verifies its own output', () => {
    const { verification, result } = analyzeSync(kb, { chart });
    expect(verification.ok).toBe(true);
    expect(result.differential.length).toBeGreaterThan(0);
  });
});

import { describe, expect, test } from 'vitest';
import type { ServiceRequest } from '@medplum/fhirtypes';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../../tests/builders/chart-builder';
import { miniKnowledge, miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { analyzeSync } from '../../server/reasoning/diagnostic-model';
import { assembleKnowledge, loadKnowledge } from '../../server/knowledge/load-knowledge';
import { CODE_SYSTEMS } from '../../server/knowledge/schema';
import type { DiagnosisResult } from '../../server/reasoning/types';
import { fitList } from '../cards/build-card';
import { SUMMARY_MAX_LENGTH } from '../types';
import { bestTestFor, isAddressed, orderedCare, orderName, settlesDiagnosis, testsForOrder, type OrderedCare } from './analyze-for-hook';
import { draftServiceRequest } from './draft-service-request';
import { cantMissCard, ddxPatientView, raisedByChartEvidence, shortName, supportsDifferential, uncheckedSources, unaddressedCantMiss } from './ddx-patient-view';

const kb = miniKnowledge();
const deps = { knowledge: kb, cardContext: { publicBaseUrl: 'http://localhost', model: { id: 'm', version: '1' }, knowledgeVersion: '1' } };
const chart = [buildPatient(), buildEncounter('29857009'), buildSymptom('c1', '3368006'), buildQuantity('hr1', '8867-4', 118, '/min')];
const { result } = analyzeSync(kb, { chart });
const nothingOrdered: OrderedCare = { tests: new Set(), forConditions: new Set() };

function serviceRequest(codes: { system: string; code: string }[], text?: string): ServiceRequest {
  return { resourceType: 'ServiceRequest', status: 'draft', intent: 'order', subject: { reference: 'Patient/p1' }, code: { coding: codes, ...(text ? { text } : {}) } };
}

describe('which can’t-miss diagnoses get a warning card', () => {
  test('a can’t-miss diagnosis above its threshold that chart evidence raised and nothing addresses', () => {
    // PE: emergency chest-pain prior 5%, raised by pleuritic pain (LR 1.5) and HR 118 (LR 2.0) → warned.
    // ACS: prior 15% and above threshold, but the chart's only clinical evidence (pleuritic pain, LR 0.2)
    // points away from it; age and sex are not chart evidence → no warning from a prior alone.
    const acs = result.cantMiss.find((d) => d.conditionId === 'acs');
    expect(acs?.probability).toBeGreaterThan(0.01);
    expect(raisedByChartEvidence(acs!)).toBe(false);
    expect(unaddressedCantMiss(deps, result, nothingOrdered).map((d) => d.conditionId)).toEqual(['pe']);
  });

  test('no warning from a prior alone: without chart findings the same problem gives no can’t-miss card', () => {
    const bare = analyzeSync(kb, { chart: [buildPatient(), buildEncounter('29857009')] }).result;
    expect(bare.cantMiss.map((d) => d.conditionId)).toContain('acs');
    expect(unaddressedCantMiss(deps, bare, nothingOrdered)).toEqual([]);
  });

  test('at most two warnings, most likely first: of three raised and unaddressed, the two most likely', () => {
    // The test knowledge base plus a third can't-miss diagnosis that pleuritic pain raises (fixture LR 3).
    const raw = miniKnowledgeRaw();
    const conditions = raw.conditions as Record<string, unknown>;
    conditions['dissection.json'] = { id: 'dissection', name: 'Aortic dissection', codes: { snomed: ['308546005'], icd10cm: ['I71.00'] }, cantMiss: true };
    const chestPain = (raw.problems as Record<string, { priors: { emergency: unknown[] } }>)['chest-pain.json'];
    chestPain.priors.emergency.push({ condition: 'dissection', probability: 0.03, source: { citation: 'fx-b', locator: 'test fixture table' }, populationMatch: 'exact' });
    (raw.evidence as Record<string, unknown[]>)['mini.json'].push({ condition: 'dissection', finding: 'pleuritic-pain', lrPositive: 3.0, population: 'test', grade: 'A', source: { citation: 'fx-a', locator: 'test fixture table' } });
    const kb3 = assembleKnowledge(raw);
    // Chest pain and fever, temperature 39 °C, pleuritic pain, HR 118:
    //  sepsis: fever prior 10% × temperature LR 4 (HR is in the same group, not counted) → 30.8%
    //  PE: chest-pain prior 5% × pleuritic 1.5 × HR 2.0 → 13.6%
    //  dissection: 3% × pleuritic 3 → 8.5%
    //  ACS: 15% × age 1.5 × male 1.3 × pleuritic 0.2 → 6.4%, but the chart's own evidence points away: no warning
    const encounter = buildEncounter('29857009', { reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '29857009' }, { system: 'http://snomed.info/sct', code: '386661006' }] }] });
    const r = analyzeSync(kb3, { chart: [buildPatient(), encounter, buildSymptom('c1', '3368006'), buildQuantity('hr1', '8867-4', 118, '/min'), buildQuantity('t1', '8310-5', 39, 'Cel')], alpha: 1 }).result;
    const p = (odds: number): number => odds / (1 + odds);
    const byId = (id: string) => r.cantMiss.find((d) => d.conditionId === id);
    expect(byId('sepsis')?.probability).toBeCloseTo(p((0.1 / 0.9) * 4), 10);
    expect(byId('pe')?.probability).toBeCloseTo(p((0.05 / 0.95) * 3), 10);
    expect(byId('dissection')?.probability).toBeCloseTo(p((0.03 / 0.97) * 3), 10);
    expect([byId('sepsis'), byId('pe'), byId('dissection')].map((d) => raisedByChartEvidence(d!))).toEqual([true, true, true]);
    const deps3 = { ...deps, knowledge: kb3 };
    expect(unaddressedCantMiss(deps3, r, nothingOrdered).map((d) => d.conditionId)).toEqual(['sepsis', 'pe']);
    // A chest film does not address sepsis: neither result would settle it (fixture LR+ 2.0, LR− 0.8).
    const chestFilm = orderedCare(kb3, [serviceRequest([{ system: 'http://loinc.org', code: '36643-5' }])]);
    expect(unaddressedCantMiss(deps3, r, chestFilm).map((d) => d.conditionId)).toEqual(['sepsis', 'pe']);
    // With PE addressed (a D-dimer ordered: a negative one, LR− 0.1, would rule it out), the third comes in.
    const dDimer = orderedCare(kb3, [serviceRequest([{ system: 'http://loinc.org', code: '48065-7' }])]);
    expect(unaddressedCantMiss(deps3, r, dDimer).map((d) => d.conditionId)).toEqual(['sepsis', 'dissection']);
  });

  test('no cards at all without a recognised presenting problem', () => {
    const noProblem = analyzeSync(kb, { chart: [buildPatient(), buildEncounter('29857009', { reasonCode: [] }), buildQuantity('hr1', '8867-4', 140, '/min')] }).result;
    expect(noProblem.status).toBe('abstained');
    expect(unaddressedCantMiss(deps, noProblem, nothingOrdered)).toEqual([]);
    expect(supportsDifferential(noProblem)).toBe(false);
  });

  test('not those whose discriminating test is already ordered', () => {
    const ordered = orderedCare(kb, [serviceRequest([{ system: 'http://loinc.org', code: '48065-7' }])]);
    expect(ordered.tests.has('ddimer-positive')).toBe(true);
    expect(unaddressedCantMiss(deps, result, ordered).some((d) => d.conditionId === 'pe')).toBe(false);
  });

  test('a result that does not settle the diagnosis does not address it; a decisive one does', () => {
    const dDimer = (value: number) =>
      buildQuantity('dd1', '48065-7', value, 'ug/mL', { referenceRange: [{ high: { value: 0.5, unit: 'ug/mL', system: 'http://unitsofmeasure.org', code: 'ug/mL' } }] });
    // A raised D-dimer (fixture sensitivity 0.95, specificity 0.5: LR+ 1.9) moves PE up without answering the question.
    const raised = analyzeSync(kb, { chart: [...chart, dDimer(2.4)] }).result;
    expect(raised.findingsUsed.find((f) => f.findingId === 'ddimer-positive')?.present).toBe(true);
    expect(settlesDiagnosis(kb, raised, 'pe', 'ddimer-positive', nothingOrdered)).toBe(false);
    expect(unaddressedCantMiss(deps, raised, nothingOrdered).map((d) => d.conditionId)).toEqual(['pe']);
    const card = cantMissCard(deps, raised, raised.cantMiss.find((d) => d.conditionId === 'pe')!, { patientId: 'p1', unchecked: [], scope: 'chart', ordered: nothingOrdered }).card;
    expect(card.detail).toMatch(/none settles it .*: D-dimer positive \(present\)/);
    // The D-dimer is known, so it is not suggested again.
    expect(card.suggestions ?? []).toEqual([]);
    // A normal one (LR− 0.1) is decisive: PE is addressed even where it stays above its threshold (5% × 1.5 × 2 × 0.1).
    const normal = analyzeSync(kb, { chart: [...chart, dDimer(0.2)], alpha: 1 }).result;
    const pe = normal.cantMiss.find((d) => d.conditionId === 'pe');
    expect(pe?.probability).toBeGreaterThan(0.01);
    expect(normal.findingsUsed.find((f) => f.findingId === 'ddimer-positive')?.present).toBe(false);
    expect(unaddressedCantMiss(deps, normal, nothingOrdered).some((d) => d.conditionId === 'pe')).toBe(false);
  });

  test('an ordered test counts only if either of its results would be decisive', () => {
    // Troponin for ACS (sensitivity and specificity 0.9: LR+ 9, LR− 0.11) is short of both bounds.
    const troponin = orderedCare(kb, [serviceRequest([{ system: 'http://loinc.org', code: '89579-7' }])]);
    expect(troponin.tests.has('troponin-high')).toBe(true);
    expect(settlesDiagnosis(kb, result, 'acs', 'troponin-high', troponin)).toBe(false);
    const dDimer = orderedCare(kb, [serviceRequest([{ system: 'http://loinc.org', code: '48065-7' }])]);
    expect(settlesDiagnosis(kb, result, 'pe', 'ddimer-positive', dDimer)).toBe(true);
    expect(settlesDiagnosis(kb, result, 'pe', 'ddimer-positive', nothingOrdered)).toBe(false);
    expect(settlesDiagnosis(kb, result, 'pe', 'no-such-finding', dDimer)).toBe(false);
    expect(bestTestFor(kb, result, 'pe', dDimer)).toBeUndefined();
    expect(bestTestFor(kb, result, 'pe')?.id).toBe('ddimer-positive');
  });

  test('a bedside examination as the best test is named, with nothing to order; a non-bedside test needs an order code', () => {
    const raw = miniKnowledgeRaw();
    const dd = (raw.findings as Record<string, { test: { burden: string; orderCodes: unknown[] }; match: unknown[] }>)['ddimer-positive.json'];
    dd.test = { ...dd.test, burden: 'bedside', orderCodes: [] };
    const bedside = assembleKnowledge(raw);
    const r = analyzeSync(bedside, { chart }).result;
    const card = cantMissCard({ ...deps, knowledge: bedside }, r, r.cantMiss.find((d) => d.conditionId === 'pe')!, { patientId: 'p1', unchecked: [], scope: 'chart', ordered: nothingOrdered }).card;
    expect(card.detail).toMatch(/\*\*Bedside test that would best settle it:\*\* D-dimer .*nothing to order/);
    expect(card.suggestions ?? []).toEqual([]);
    dd.test = { ...dd.test, burden: 'blood', orderCodes: [] };
    expect(() => assembleKnowledge(raw)).toThrow(/a test that is not bedside needs at least one order code/);
  });

  test('a test whose evidence was measured in another setting neither settles the diagnosis nor is suggested', () => {
    const raw = miniKnowledgeRaw();
    (raw.evidence['mini.json'] as { condition: string; finding: string; appliesTo?: unknown }[]).forEach((e) => {
      if (e.condition === 'pe' && e.finding === 'ddimer-positive') {
        e.appliesTo = { problems: ['chest-pain'], settings: ['emergency'] };
      }
    });
    const scoped = assembleKnowledge(raw);
    const dDimer = orderedCare(scoped, [serviceRequest([{ system: 'http://loinc.org', code: '48065-7' }])]);
    const inSetting = (setting: 'primary-care' | 'emergency') => analyzeSync(scoped, { chart, setting }).result;
    expect(bestTestFor(scoped, inSetting('emergency'), 'pe')?.id).toBe('ddimer-positive');
    expect(bestTestFor(scoped, inSetting('primary-care'), 'pe')).toBeUndefined();
    const pe = (r: ReturnType<typeof inSetting>) => r.cantMiss.find((d) => d.conditionId === 'pe')!;
    expect(isAddressed(scoped, inSetting('emergency'), pe(inSetting('emergency')), dDimer)).toBe(true);
    expect(isAddressed(scoped, inSetting('primary-care'), pe(inSetting('primary-care')), dDimer)).toBe(false);
  });

  test('not those an order names as its reason: a treatment ordered for the diagnosis addresses it', () => {
    const anticoagulant = {
      resourceType: 'MedicationRequest' as const,
      status: 'draft' as const,
      intent: 'order' as const,
      subject: { reference: 'Patient/p1' },
      medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '1364430', display: 'apixaban' }] },
      reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '59282003', display: 'Pulmonary embolism' }] }],
    };
    const ordered = orderedCare(kb, [], { resourceType: 'Bundle', type: 'collection', entry: [{ resource: anticoagulant }] });
    expect([...ordered.forConditions]).toEqual(['pe']);
    expect(unaddressedCantMiss(deps, result, ordered).some((d) => d.conditionId === 'pe')).toBe(false);
    const withoutReason = orderedCare(kb, [], { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { ...anticoagulant, reasonCode: undefined } }] });
    expect(unaddressedCantMiss(deps, result, withoutReason).some((d) => d.conditionId === 'pe')).toBe(true);
  });

  test('a revoked order or a stopped medication addresses nothing', () => {
    const revoked = { ...serviceRequest([{ system: 'http://loinc.org', code: '48065-7' }]), status: 'revoked' as const, reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '59282003' }] }] };
    const stopped = { resourceType: 'MedicationRequest', status: 'stopped', intent: 'order', subject: { reference: 'Patient/p1' }, reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '59282003' }] }] };
    const ordered = orderedCare(kb, [revoked, stopped]);
    expect(ordered.tests.size + ordered.forConditions.size).toBe(0);
  });

  test('what could not be checked, from the keys the chart is missing', () => {
    expect(uncheckedSources(['orders', 'allergies', 'observations'])).toEqual(['results', 'orders']);
    expect(uncheckedSources([])).toEqual([]);
  });
});

describe('orders with generic codes (the real knowledge base)', () => {
  const real = loadKnowledge();
  const shared = new Map<string, string[]>();
  for (const f of real.findings.values()) {
    for (const c of f.test?.orderCodes ?? []) {
      const key = `${CODE_SYSTEMS[c.system]}|${c.code}`;
      shared.set(key, [...(shared.get(key) ?? []), f.id]);
    }
  }
  const names = (ids: string[]): Set<string> => new Set(ids.map((id) => orderName(real.findings.get(id)!)));
  // A SNOMED code standing for differently named tests (e.g. "ultrasound"); and LOINC or same-test codes, which are specific.
  const [genericKey, genericTests] = [...shared.entries()].find(([k, ids]) => k.startsWith(CODE_SYSTEMS.snomed) && names(ids).size > 1) ?? ['', []];
  const [system, code] = genericKey.split('|');
  const [sameTestKey, sameTestIds] = [...shared.entries()].find(([, ids]) => ids.length > 1 && names(ids).size === 1) ?? ['', []];
  const [loincKey, loincIds] = [...shared.entries()].find(([k, ids]) => k.startsWith('http://loinc.org|') && names(ids).size > 1) ?? ['', []];

  test('several findings of one test share its code: the code identifies all of them', () => {
    expect(sameTestIds.length).toBeGreaterThan(1);
    const [s, c] = sameTestKey.split('|');
    expect(testsForOrder(real, serviceRequest([{ system: s, code: c }])).map((f) => f.id).sort()).toEqual([...sameTestIds].sort());
  });

  test('a LOINC code identifies its observable whatever the knowledge base calls the test', () => {
    expect(loincIds.length).toBeGreaterThan(1);
    const [s, c] = loincKey.split('|');
    expect(testsForOrder(real, serviceRequest([{ system: s, code: c }])).map((f) => f.id).sort()).toEqual([...loincIds].sort());
  });

  test('the knowledge base has tests that share a generic code (the case this guards)', () => {
    expect(genericTests.length).toBeGreaterThan(1);
  });

  test('a generic code alone identifies none of the tests that share it', () => {
    expect(testsForOrder(real, serviceRequest([{ system, code }]))).toEqual([]);
  });

  test('with the order’s text naming one, that test (all its findings) and only that one', () => {
    const named = real.findings.get(genericTests[1]);
    const found = testsForOrder(real, serviceRequest([{ system, code }], orderName(named!)));
    // One test can read more than one finding (a barium swallow: an achalasia pattern, another dysmotility).
    const sameTest = genericTests.filter((id) => real.findings.get(id)?.test?.name === named!.test!.name);
    expect(found.map((f) => f.id).sort()).toEqual([...sameTest].sort());
    expect(names(found.map((f) => f.id)).size).toBe(1);
  });

  test('the draft orders our cards propose are identified as the test they propose', () => {
    const test = real.findings.get(genericTests[0])!;
    const d = { conditionId: 'x', name: 'X', codes: { snomed: ['1'], icd10cm: [] } } as unknown as DiagnosisResult;
    expect(testsForOrder(real, draftServiceRequest(test, d, 'p1')).map((f) => f.id)).toEqual([test.id]);
  });
});

describe('the differential card', () => {
  test('is not shown when the leading diagnosis is already recorded in the chart', () => {
    expect(supportsDifferential(result)).toBe(true);
    const leading = result.differential[0];
    const recorded = { ...result, differential: [{ ...leading, inChart: { conditionId: leading.conditionId, verificationStatus: 'confirmed', source: { reference: 'Condition/x' } } }, ...result.differential.slice(1)] };
    expect(supportsDifferential(recorded as typeof result)).toBe(false);
    const refuted = { ...result, differential: [{ ...leading, inChart: { conditionId: leading.conditionId, verificationStatus: 'refuted', source: { reference: 'Condition/x' } } }, ...result.differential.slice(1)] };
    expect(supportsDifferential(refuted as typeof result)).toBe(true);
  });
});

describe('summaries', () => {
  test('keep whole names: items that do not fit are left out, with an ellipsis', () => {
    const items = ['Chronic obstructive pulmonary disease 35%', 'Community-acquired pneumonia 20%', 'Acute decompensated heart failure 15%', 'Pulmonary embolism 5%'];
    const text = fitList('AI differential (shortness of breath, cough): ', items, '; ');
    expect(text.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(text.endsWith('; …')).toBe(true);
    for (const part of text.replace('AI differential (shortness of breath, cough): ', '').split('; ').filter((p) => p !== '…')) {
      expect(items).toContain(part);
    }
  });

  test('a trailing parenthesis is dropped from a name in a summary', () => {
    expect(shortName({ name: 'Chronic obstructive pulmonary disease (including exacerbation)' })).toBe('Chronic obstructive pulmonary disease');
    expect(shortName({ name: 'Pulmonary embolism' })).toBe('Pulmonary embolism');
  });
});

describe('a leading diagnosis already recorded in the chart', () => {
  test('confirmed at this encounter, it explains the complaint: it leads and the card stays silent (model 2.40.0)', () => {
    const withAcs = [...chart, buildSymptom('acs-dx', '394659003')];
    const request = { hook: 'patient-view', hookInstance: 'h1', context: { userId: 'Practitioner/u1', patientId: 'p1' } };
    const gathered = { resources: withAcs as never[], fromPrefetch: [], fetched: [], missing: [], timedOut: false, dropped: 0 };
    const outcome = ddxPatientView.handle(request, gathered, deps);
    expect(outcome.result?.explainedProblems?.[0].explainedBy.map((x) => x.how)).toEqual(['chart']);
    expect(outcome.result?.differential[0].conditionId).toBe('acs');
    expect(outcome.cards.find((c) => c.indicator === 'info')).toBeUndefined();
  });

  test('recorded at an earlier encounter, it is marked on the differential card with the chart resource that records it', () => {
    const withAcs = [...chart, buildSymptom('acs-dx', '394659003', 'confirmed', { encounter: { reference: 'Encounter/earlier' } })];
    const request = { hook: 'patient-view', hookInstance: 'h1', context: { userId: 'Practitioner/u1', patientId: 'p1' } };
    const gathered = { resources: withAcs as never[], fromPrefetch: [], fetched: [], missing: [], timedOut: false, dropped: 0 };
    const outcome = ddxPatientView.handle(request, gathered, deps);
    const card = outcome.cards.find((c) => c.indicator === 'info');
    const acs = outcome.result?.differential.slice(0, 3).find((d) => d.conditionId === 'acs');
    expect(acs?.inChart).toBeDefined();
    expect(card?.detail).toMatch(/already recorded in the chart \(confirmed, Condition\/acs-dx\)/);
  });
});

describe('a complaint the chart already explains (model 2.40.0)', () => {
  test('the differential card says by what, and lists the other causes as alternatives without a percentage', async () => {
    const { readPatientBundles } = await import('../../fixtures/read-fixtures');
    const real = loadKnowledge();
    const bundle = readPatientBundles().find((b) => b.file === 'palpitations-atrial-fibrillation.json')!.bundle;
    const resources = (bundle.entry ?? []).map((e) => e.resource).filter((r) => r !== undefined);
    const patient = resources.find((r) => r.resourceType === 'Patient')!;
    const request = { hook: 'patient-view', hookInstance: 'h1', context: { userId: 'Practitioner/u1', patientId: patient.id! } };
    const gathered = { resources: resources as never[], fromPrefetch: [], fetched: [], missing: [], timedOut: false, dropped: 0 };
    const outcome = ddxPatientView.handle(request, gathered, { ...deps, knowledge: real });
    expect(outcome.result?.explainedProblems?.map((p) => p.problemId)).toEqual(['palpitations']);
    const card = outcome.cards.find((c) => c.indicator === 'info')!;
    expect(card.summary).toMatch(/\(alternative\)/);
    expect(card.summary).not.toMatch(/\d+%/);
    expect(card.detail).toMatch(/^Explained by Atrial fibrillation or flutter \(meets its definition: Atrial fibrillation on the ECG, Observation\/[^)]+\) \[\d+\]; the others are alternative or coexisting causes, without a probability\./);
    expect(card.detail).toMatch(/joglar|Joglar|2023 ACC\/AHA/);
    // A can't-miss warning for an alternative names no percentage either.
    for (const warning of outcome.cards.filter((c) => c.indicator === 'warning')) {
      expect(warning.summary).not.toMatch(/\d+%/);
    }
  });
});

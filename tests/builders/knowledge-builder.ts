/**
 * A small, synthetic knowledge base for engine tests. Its "citations" are test fixtures, not
 * references: they exist so that the engine's bookkeeping can be tested independently of the
 * curated knowledge base.
 */
import { assembleKnowledge, type KnowledgeBase, type RawKnowledge } from '../../server/knowledge/load-knowledge';

const cite = (citation: string, locator = 'test fixture table'): { citation: string; locator: string } => ({ citation, locator });

function fixtureCitation(id: string, pmid: string): unknown {
  return {
    id,
    pmid,
    authors: 'Test Fixture',
    title: `Synthetic test fixture ${id} (not a real reference)`,
    journal: 'Test Fixtures',
    year: 2026,
    status: 'unverified',
    unverifiedReason: 'synthetic test fixture, never shipped',
    review: { status: 'unreviewed' },
  };
}

export function miniKnowledgeRaw(): RawKnowledge {
  const conditions = {
    'acs.json': { id: 'acs', name: 'Acute coronary syndrome', codes: { snomed: ['394659003'], icd10cm: ['I24.9'] }, cantMiss: true },
    'pe.json': { id: 'pe', name: 'Pulmonary embolism', codes: { snomed: ['59282003'], icd10cm: ['I26.99'] }, cantMiss: true },
    'msk.json': { id: 'msk', name: 'Chest wall pain', codes: { snomed: ['102588006'], icd10cm: ['R07.89'] }, cantMiss: false },
    'sepsis.json': { id: 'sepsis', name: 'Sepsis', codes: { snomed: ['91302008'], icd10cm: ['A41.9'] }, cantMiss: true },
  };
  const findings = {
    'pleuritic-pain.json': { id: 'pleuritic-pain', name: 'Pleuritic chest pain', category: 'symptom', match: [{ kind: 'code', system: 'snomed', codes: ['3368006'] }] },
    'hr-over-100.json': {
      id: 'hr-over-100',
      name: 'Heart rate over 100/min',
      category: 'vital',
      group: 'sirs',
      match: [{ kind: 'quantity', loinc: ['8867-4'], comparator: '>', value: 100, unit: '/min', source: cite('fx-a') }],
    },
    'fever.json': {
      id: 'fever',
      name: 'Temperature 38 °C or more',
      category: 'vital',
      group: 'sirs',
      match: [{ kind: 'quantity', loinc: ['8310-5'], comparator: '>=', value: 38, unit: 'Cel', source: cite('fx-a') }],
    },
    'hypokalaemia.json': {
      id: 'hypokalaemia',
      name: 'Potassium below 3.5 mmol/L',
      category: 'lab',
      match: [{ kind: 'quantity', loinc: ['2823-3'], comparator: '<', value: 3.5, unit: 'mmol/L', source: cite('fx-a') }],
    },
    'glucose-high.json': {
      id: 'glucose-high',
      name: 'Glucose 11.1 mmol/L or more',
      category: 'lab',
      match: [{ kind: 'quantity', loinc: ['2345-7'], comparator: '>=', value: 11.1, unit: 'mmol/L', source: cite('fx-a') }],
    },
    'troponin-high.json': {
      id: 'troponin-high',
      name: 'Troponin above the 99th centile',
      category: 'lab',
      match: [{ kind: 'reference-range', loinc: ['89579-7'], relation: 'above-high' }],
      test: { name: 'High-sensitivity troponin I', burden: 'blood', orderCodes: [{ system: 'loinc', code: '89579-7', display: 'Troponin I hs' }] },
    },
    'ddimer-positive.json': {
      id: 'ddimer-positive',
      name: 'D-dimer positive',
      category: 'lab',
      match: [{ kind: 'reference-range', loinc: ['48065-7'], relation: 'above-high' }],
      test: { name: 'D-dimer', burden: 'blood', orderCodes: [{ system: 'loinc', code: '48065-7', display: 'D-dimer' }] },
    },
    'cxr-consolidation.json': {
      id: 'cxr-consolidation',
      name: 'Consolidation on chest radiograph',
      category: 'imaging',
      match: [{ kind: 'code', system: 'snomed', codes: ['95436008'] }],
      test: { name: 'Chest radiograph', burden: 'imaging-radiation', orderCodes: [{ system: 'loinc', code: '36643-5', display: 'XR Chest 2 views' }] },
    },
    'age-50-plus.json': { id: 'age-50-plus', name: 'Age 50 or over', category: 'demographic', match: [{ kind: 'age', min: 50, source: cite('fx-a') }] },
    'male.json': { id: 'male', name: 'Male sex', category: 'demographic', match: [{ kind: 'sex', value: 'male' }] },
    'on-estrogen.json': { id: 'on-estrogen', name: 'Oestrogen use', category: 'medication', match: [{ kind: 'medication', rxnorm: ['4083'], names: ['estradiol'] }] },
    'prior-vte.json': { id: 'prior-vte', name: 'Previous venous thromboembolism', category: 'history', match: [{ kind: 'code', system: 'icd10cm', codes: ['I26', 'I82.4'], prefix: true }] },
  };
  const problems = {
    'chest-pain.json': {
      id: 'chest-pain',
      name: 'Chest pain',
      match: [{ kind: 'code', system: 'snomed', codes: ['29857009'] }, { kind: 'code', system: 'icd10cm', codes: ['R07'], prefix: true }],
      priors: {
        'primary-care': [
          { condition: 'acs', probability: 0.04, source: cite('fx-b'), populationMatch: 'exact' },
          { condition: 'pe', probability: 0.02, source: cite('fx-b'), populationMatch: 'exact' },
          { condition: 'msk', probability: 0.4, source: cite('fx-b'), populationMatch: 'exact' },
        ],
        emergency: [
          { condition: 'acs', probability: 0.15, source: cite('fx-b'), populationMatch: 'exact' },
          { condition: 'pe', probability: 0.05, source: cite('fx-b'), populationMatch: 'exact' },
          { condition: 'msk', probability: 0.2, source: cite('fx-b'), populationMatch: 'exact' },
          { condition: 'sepsis', probability: 0.001, source: cite('fx-b', 'emergency-only figure'), populationMatch: 'exact' },
        ],
      },
    },
    'fever.json': {
      id: 'fever',
      name: 'Fever',
      match: [{ kind: 'code', system: 'snomed', codes: ['386661006'] }],
      priors: { emergency: [{ condition: 'sepsis', probability: 0.1, source: cite('fx-b'), populationMatch: 'exact' }, { condition: 'pe', probability: 0.01, source: cite('fx-b'), populationMatch: 'exact' }] },
      unquantified: [{ condition: 'acs', reason: 'test fixture: no published prior for this problem' }],
    },
  };
  const evidence = {
    'mini.json': [
      { condition: 'acs', finding: 'pleuritic-pain', lrPositive: 0.2, lrPositiveCI: [0.1, 0.3], lrNegative: 1.1, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'acs', finding: 'troponin-high', sensitivity: 0.9, specificity: 0.9, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'acs', finding: 'age-50-plus', lrPositive: 1.5, lrNegative: 0.5, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'acs', finding: 'male', lrPositive: 1.3, lrNegative: 0.7, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'pe', finding: 'pleuritic-pain', lrPositive: 1.5, lrNegative: 0.8, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'pe', finding: 'hr-over-100', lrPositive: 2.0, lrNegative: 0.7, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'pe', finding: 'ddimer-positive', sensitivity: 0.95, specificity: 0.5, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'pe', finding: 'on-estrogen', lrPositive: 2.0, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'pe', finding: 'prior-vte', lrPositive: 2.5, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'msk', finding: 'pleuritic-pain', lrPositive: 1.2, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'sepsis', finding: 'hr-over-100', lrPositive: 3.0, lrNegative: 0.5, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'sepsis', finding: 'fever', lrPositive: 4.0, lrNegative: 0.4, population: 'test', grade: 'A', source: cite('fx-a') },
      { condition: 'sepsis', finding: 'cxr-consolidation', lrPositive: 2.0, lrNegative: 0.8, population: 'test', grade: 'A', source: cite('fx-a') },
    ],
  };
  return {
    manifest: { id: 'mini-kb', version: '0.0.1', released: '2026-11-22', description: 'test fixture' },
    citations: { 'fx-a.json': fixtureCitation('fx-a', '1'), 'fx-b.json': fixtureCitation('fx-b', '2') },
    conditions,
    findings,
    problems,
    evidence,
  };
}

/** The mini knowledge base, validated by the real loader. */
export function miniKnowledge(): KnowledgeBase {
  return assembleKnowledge(miniKnowledgeRaw());
}

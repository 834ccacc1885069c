/**
 * The sandbox's order catalogue: one entry per orderable test of the knowledge base, plus two common
 * treatments (which are not tests, so order-select stays quiet for them).
 *
 * A test is identified by its name (`finding.test.name`), not by its order code: several tests share a
 * generic code (SNOMED 16310003 "Diagnostic ultrasonography", 77477000 "Computerized axial
 * tomography"), and the findings that are results of one test (e.g. the four ECG findings) share its
 * name. Every draft order the sandbox sends carries the test's name, exactly as the knowledge base
 * spells it, as `code.text`, so a CDS service can tell "CT pulmonary angiography" from "CT angiography
 * of the thoracic aorta" although both are coded 77477000. DEVELOPMENT AND TESTS ONLY.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import { CODE_SYSTEMS, type Finding } from '../knowledge/schema';

/** A code on a catalogue entry (absolute system URI). */
export interface CatalogueCoding {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

/** An orderable item of the sandbox's order catalogue. */
export interface CatalogueItem {
  /** Stable id, valid as a FHIR id after `draft-` (the draft order is `<resourceType>/draft-<id>`). */
  readonly id: string;
  /** For tests: the knowledge base's `test.name`, exactly; it becomes the draft order's `code.text`. */
  readonly name: string;
  /** Heading the entry is listed under on the hooks page. */
  readonly group: string;
  readonly resourceType: 'ServiceRequest' | 'MedicationRequest';
  /** The codes of the order (for a test: every order code of every finding the test reports on). */
  readonly codings: readonly CatalogueCoding[];
}

/** Catalogue headings, in display order; finding categories not listed here go under "Other tests". */
const GROUPS: readonly (readonly [string, string])[] = [
  ['lab', 'Laboratory'],
  ['imaging', 'Imaging'],
  ['ecg', 'ECG'],
  ['score', 'Questionnaires and scores'],
  // Tests done at the bedside and recorded as a vital sign or a sign (sit-to-stand blood pressure, ...).
  ['vital', 'Bedside tests'],
  ['sign', 'Bedside tests'],
];
const OTHER_TESTS = 'Other tests';
export const TREATMENTS = 'Treatments';
const GROUP_ORDER = [...new Set(GROUPS.map(([, g]) => g)), OTHER_TESTS, TREATMENTS];

/** FHIR ids are at most 64 characters; `draft-` takes 6 of them. */
const MAX_ID_LENGTH = 56;

function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, MAX_ID_LENGTH).replace(/-+$/, '') || 'test';
}

function groupOf(f: Finding): string {
  return GROUPS.find(([category]) => category === f.category)?.[1] ?? OTHER_TESTS;
}

/**
 * @param kb - the knowledge base
 * @returns catalogue items: tests grouped (Laboratory, Imaging, ECG, …) and by name within a group, then treatments
 */
export function buildOrderCatalogue(kb: KnowledgeBase): CatalogueItem[] {
  const byName = new Map<string, { group: string; codings: Map<string, CatalogueCoding> }>();
  for (const f of kb.findings.values()) {
    if (!f.test) {
      continue;
    }
    const name = f.test.name;
    const entry = byName.get(name) ?? { group: groupOf(f), codings: new Map<string, CatalogueCoding>() };
    byName.set(name, entry);
    for (const c of f.test.orderCodes) {
      const system = CODE_SYSTEMS[c.system];
      if (!entry.codings.has(`${system}|${c.code}`)) {
        entry.codings.set(`${system}|${c.code}`, { system, code: c.code, display: c.display });
      }
    }
  }
  const usedIds = new Set<string>(['med-aspirin', 'med-amoxicillin']);
  const tests: CatalogueItem[] = [...byName.entries()]
    .sort(([a, x], [b, y]) => GROUP_ORDER.indexOf(x.group) - GROUP_ORDER.indexOf(y.group) || a.localeCompare(b))
    .map(([name, entry]) => {
      const base = slug(name);
      let id = base;
      for (let n = 2; usedIds.has(id); n++) {
        id = `${base.slice(0, MAX_ID_LENGTH - String(n).length - 1)}-${n}`;
      }
      usedIds.add(id);
      return { id, name, group: entry.group, resourceType: 'ServiceRequest', codings: [...entry.codings.values()] };
    });
  return [
    ...tests,
    { id: 'med-aspirin', name: 'Aspirin 300 mg', group: TREATMENTS, resourceType: 'MedicationRequest', codings: [{ system: CODE_SYSTEMS.rxnorm, code: '1191', display: 'aspirin' }] },
    { id: 'med-amoxicillin', name: 'Amoxicillin 500 mg', group: TREATMENTS, resourceType: 'MedicationRequest', codings: [{ system: CODE_SYSTEMS.rxnorm, code: '723', display: 'amoxicillin' }] },
  ];
}

/**
 * The draft order the sandbox puts in `draftOrders` for a catalogue entry: status `draft`, the
 * entry's codings and its name as `code.text` (for a test: the knowledge base's name, exactly).
 * @param item - the catalogue entry
 * @param patientId - the patient in context
 * @param encounterId - the encounter in context, if any
 * @returns a draft ServiceRequest or MedicationRequest
 */
export function draftOrderFor(item: CatalogueItem, patientId: string, encounterId?: string): Record<string, unknown> {
  const concept = { coding: item.codings.map((c) => ({ ...c })), text: item.name };
  const common = { id: `draft-${item.id}`, status: 'draft', intent: 'order', subject: { reference: `Patient/${patientId}` }, ...(encounterId ? { encounter: { reference: `Encounter/${encounterId}` } } : {}) };
  return item.resourceType === 'ServiceRequest'
    ? { resourceType: 'ServiceRequest', ...common, code: concept }
    : { resourceType: 'MedicationRequest', ...common, medicationCodeableConcept: concept };
}

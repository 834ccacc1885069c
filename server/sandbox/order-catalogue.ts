/**
 * The sandbox's order catalogue: the knowledge base's orderable tests plus two common treatments
 * (which are not tests, so order-select stays quiet for them).
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import { CODE_SYSTEMS } from '../knowledge/schema';
import type { CatalogueItem } from './hooks-page';

/**
 * @param kb - the knowledge base
 * @returns catalogue items, tests first (by name)
 */
export function buildOrderCatalogue(kb: KnowledgeBase): CatalogueItem[] {
  const seen = new Set<string>();
  const tests: CatalogueItem[] = [];
  for (const f of kb.findings.values()) {
    const code = f.test?.orderCodes[0];
    if (!f.test || !code || seen.has(`${code.system}|${code.code}`)) {
      continue;
    }
    seen.add(`${code.system}|${code.code}`);
    tests.push({ id: f.id, name: f.test.name, resourceType: 'ServiceRequest', coding: { system: CODE_SYSTEMS[code.system], code: code.code, display: code.display } });
  }
  tests.sort((a, b) => a.name.localeCompare(b.name));
  return [
    ...tests,
    { id: 'med-aspirin', name: 'Aspirin 300 mg (treatment)', resourceType: 'MedicationRequest', coding: { system: CODE_SYSTEMS.rxnorm, code: '1191', display: 'aspirin' } },
    { id: 'med-amoxicillin', name: 'Amoxicillin 500 mg (treatment)', resourceType: 'MedicationRequest', coding: { system: CODE_SYSTEMS.rxnorm, code: '723', display: 'amoxicillin' } },
  ];
}

/**
 * The service registry: discovery is built from it, and ids are checked for uniqueness at boot.
 */
import type { CdsServiceModule } from './service-module';
import { ddxOrderSelect } from './ddx-order-select';
import { ddxOrderSign } from './ddx-order-sign';
import { ddxPatientView } from './ddx-patient-view';

export const SERVICES: readonly CdsServiceModule[] = [ddxPatientView, ddxOrderSelect, ddxOrderSign];

/**
 * @param services - the modules
 * @returns a map by id
 * @throws when two services share an id
 */
export function buildRegistry(services: readonly CdsServiceModule[] = SERVICES): ReadonlyMap<string, CdsServiceModule> {
  const map = new Map<string, CdsServiceModule>();
  for (const s of services) {
    if (map.has(s.definition.id)) {
      throw new Error(`duplicate CDS service id ${s.definition.id}`);
    }
    map.set(s.definition.id, s);
  }
  return map;
}

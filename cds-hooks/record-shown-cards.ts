/**
 * Stores what a hook call showed: the suggestion set (model, knowledge, input hash, findings, ranked
 * output) and each card with the diagnoses it was about, so any feedback traces to exactly what the
 * clinician saw. As in the app, a suggestion is stored for each diagnosis the clinician was shown
 * (here: named on a card), not for the rest of the ranked list, so acceptance and override rates per
 * diagnosis count only what was seen. Idempotent per service, hookInstance, patient (pseudonym) and
 * engine input: a retry of the same call reuses its set, while a hookInstance reused for another
 * patient or chart (a client bug) starts a new set instead of linking those cards to the first
 * call's patient.
 */
import type { ShownCardsWriter } from './shown-cards-writer';
import { resultIdentity, suggestionInputs } from '../server/store/result-fields';
import type { CdsServiceModule, ServiceOutcome } from './services/service-module';
import type { CdsRequest } from './types';
import { subgroupOf } from '../server/fairness/subgroup-of';

export interface ShownCards {
  readonly request: CdsRequest;
  readonly service: CdsServiceModule;
  readonly outcome: ServiceOutcome;
  readonly iss: string;
  /** The chart the cards came from (prefetched or fetched): the subgroup is read from its Patient. */
  readonly resources: readonly unknown[];
  /** The store's pseudonym of a reference (HMAC), so that the idempotency key names the patient without holding their id. */
  readonly pseudonymise: (fhirServer: string, reference: string) => string;
}

/**
 * @param writer - the group-commit writer over the store
 * @param shown - request, service, outcome and client issuer
 * @returns true when stored
 */
export async function recordShownCards(writer: ShownCardsWriter, shown: ShownCards): Promise<boolean> {
  const { request, service, outcome } = shown;
  const result = outcome.result;
  if (!result) {
    return true;
  }
  const fhirServer = request.fhirServer ?? shown.iss;
  const named = new Set(outcome.meta.flatMap((m) => m.conditionIds));
  const patientRef = `Patient/${String(request.context.patientId)}`;
  const set = {
    idempotencyKey: `cds|${service.definition.id}|${request.hookInstance}|${shown.pseudonymise(fhirServer, patientRef)}|${result.inputHash}`,
    surface: 'cds-hooks',
    fhirServer,
    patientRef,
    encounterRef: typeof request.context.encounterId === 'string' ? `Encounter/${request.context.encounterId}` : undefined,
    userRef: typeof request.context.userId === 'string' ? request.context.userId : 'unknown-user',
    hookInstance: request.hookInstance,
    ...resultIdentity(result),
    findings: result.findingsUsed.map((f) => ({ findingId: f.findingId, present: f.present, origin: f.origin })),
    output: { differential: result.differential.slice(0, 10).map((d) => ({ conditionId: d.conditionId, rank: d.rank, probability: d.probability, range: d.range, band: d.band })), cantMiss: result.cantMiss.map((d) => d.conditionId) },
    subgroup: subgroupOf(shown.resources),
    suggestions: suggestionInputs(result.differential.filter((d) => named.has(d.conditionId))),
  };
  await writer.write({
    set: { ...set, surface: 'cds-hooks' as const },
    cards: outcome.cards.map((card, i) => ({
      uuid: card.uuid as string,
      serviceId: service.definition.id,
      hook: request.hook,
      kind: outcome.meta[i]?.kind ?? 'differential',
      conditionIds: [...(outcome.meta[i]?.conditionIds ?? [])],
      suggestionUuids: (card.suggestions ?? []).map((s) => s.uuid as string),
      summary: card.summary,
      indicator: card.indicator,
      clientIss: shown.iss,
    })),
  });
  return true;
}

/**
 * A CDS service is one module: its definition (served at discovery) and its handler. The clinical
 * logic it calls lives in server/reasoning/; this folder only turns the engine's output into cards.
 */
import type { KnowledgeBase } from '../../server/knowledge/load-knowledge';
import type { DifferentialResult } from '../../server/reasoning/types';
import type { CardContext } from '../cards/card-context';
import type { GatheredChart } from '../prefetch/gather-chart';
import type { CdsCard, CdsRequest, CdsServiceDefinition } from '../types';

export interface ServiceDeps {
  readonly knowledge: KnowledgeBase;
  readonly cardContext: CardContext;
}

/** What a card is about, kept with it in the store so feedback can be traced. */
export interface CardMeta {
  readonly uuid: string;
  readonly kind: 'differential' | 'cant-miss' | 'test-effect' | 'better-test';
  readonly conditionIds: readonly string[];
}

export interface ServiceOutcome {
  readonly cards: readonly CdsCard[];
  readonly meta: readonly CardMeta[];
  /** The differential the cards came from (absent when the patient opted out or nothing could be said). */
  readonly result?: DifferentialResult;
  /** Why there are no cards, for the log (never PHI). */
  readonly quietReason?: string;
}

export interface CdsServiceModule {
  readonly definition: CdsServiceDefinition;
  /** Prefetch keys without which the service answers 412. */
  readonly required: readonly string[];
  handle(request: CdsRequest, chart: GatheredChart, deps: ServiceDeps): ServiceOutcome;
}

/**
 * Prefetch keys every service needs: the patient, and the consents, without which an AI opt-out
 * cannot be honoured (no fhirServer to fetch them → 412; a fetch that fails → no cards).
 */
export const REQUIRED_PREFETCH: readonly string[] = ['patient', 'consent'];

/** Prefetch templates shared by the services (root-level context tokens only, as the spec requires). */
export const CHART_PREFETCH = {
  patient: 'Patient/{{context.patientId}}',
  encounter: 'Encounter/{{context.encounterId}}',
  /** The patient's open encounters, so that "now" is found when the EHR sends no encounterId. */
  openEncounters: 'Encounter?patient={{context.patientId}}&status=in-progress,arrived,triaged,onleave',
  conditions: 'Condition?patient={{context.patientId}}',
  observations: 'Observation?patient={{context.patientId}}&_sort=-date&_count=500',
  medications: 'MedicationRequest?patient={{context.patientId}}&status=active',
  allergies: 'AllergyIntolerance?patient={{context.patientId}}',
  orders: 'ServiceRequest?patient={{context.patientId}}&status=active,draft',
  consent: 'Consent?patient={{context.patientId}}&status=active',
} as const;

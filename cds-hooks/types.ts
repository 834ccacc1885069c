/**
 * CDS Hooks 2.0 wire types, written once (https://cds-hooks.hl7.org/2.0/). String unions are built
 * from const lists so that runtime checks and types cannot drift apart. Departures from the spec are
 * noted where they occur.
 */
import type { Bundle, Coding, Resource as FhirResource } from '@medplum/fhirtypes';

export const HOOKS = ['patient-view', 'order-select', 'order-sign'] as const;
export type HookName = (typeof HOOKS)[number];

/** https://cds-hooks.hl7.org/2.0/#card-attributes */
export const CARD_INDICATORS = ['info', 'warning', 'critical'] as const;
export type CardIndicator = (typeof CARD_INDICATORS)[number];

export const SELECTION_BEHAVIORS = ['at-most-one', 'any'] as const;
export type SelectionBehavior = (typeof SELECTION_BEHAVIORS)[number];

export const ACTION_TYPES = ['create', 'update', 'delete'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const LINK_TYPES = ['absolute', 'smart'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const FEEDBACK_OUTCOMES = ['accepted', 'overridden'] as const;
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];

/** https://cds-hooks.hl7.org/2.0/#response */
export const SUMMARY_MAX_LENGTH = 139;

export interface CdsServiceDefinition {
  readonly hook: HookName;
  readonly id: string;
  readonly title?: string;
  readonly description: string;
  readonly prefetch?: Readonly<Record<string, string>>;
  readonly usageRequirements?: string;
}

export interface FhirAuthorization {
  readonly access_token: string;
  readonly token_type: 'Bearer';
  readonly expires_in: number;
  readonly scope: string;
  readonly subject: string;
  readonly patient?: string;
}

export interface CdsRequest {
  readonly hook: string;
  readonly hookInstance: string;
  readonly fhirServer?: string;
  readonly fhirAuthorization?: FhirAuthorization;
  readonly context: Readonly<Record<string, unknown>>;
  readonly prefetch?: Readonly<Record<string, FhirResource | Bundle | null>>;
}

export interface CdsAction {
  readonly type: ActionType;
  readonly description: string;
  readonly resource?: FhirResource;
  readonly resourceId?: string;
}

export interface CdsSuggestion {
  readonly label: string;
  readonly uuid?: string;
  readonly isRecommended?: boolean;
  readonly actions?: readonly CdsAction[];
}

export interface CdsLink {
  readonly label: string;
  readonly url: string;
  readonly type: LinkType;
  readonly appContext?: string;
  readonly autolaunchable?: boolean;
}

export interface CdsCard {
  readonly uuid?: string;
  /** spec: under 140 characters */
  readonly summary: string;
  /** spec: GitHub-flavoured Markdown */
  readonly detail?: string;
  readonly indicator: CardIndicator;
  readonly source: { readonly label: string; readonly url?: string; readonly icon?: string; readonly topic?: Coding };
  readonly suggestions?: readonly CdsSuggestion[];
  readonly selectionBehavior?: SelectionBehavior;
  readonly overrideReasons?: readonly Coding[];
  readonly links?: readonly CdsLink[];
}

export interface CdsResponse {
  readonly cards: readonly CdsCard[];
  readonly systemActions?: readonly CdsAction[];
}

export interface CdsFeedbackItem {
  readonly card: string;
  readonly outcome: FeedbackOutcome;
  readonly acceptedSuggestions?: readonly { readonly id: string }[];
  readonly overrideReason?: { readonly reason?: Coding; readonly userComment?: string };
  readonly outcomeTimestamp: string;
}

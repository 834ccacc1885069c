/**
 * Card builder that enforces the spec's limits and this service's rules: a uuid on every card and
 * suggestion, a summary under 140 characters, source label with model and version, source url to the
 * model label, a smart link that opens the app in context (appContext names the card), an absolute
 * link to the model label, and the one coded set of override reasons.
 */
import { randomUUID } from 'node:crypto';
import type { Coding } from '@medplum/fhirtypes';
import { SUMMARY_MAX_LENGTH, type CardIndicator, type CdsCard, type CdsSuggestion } from '../types';
import { appLaunchUrl, modelLabelUrl, type CardContext } from './card-context';
import { overrideReasonCodings } from './override-reasons';

export const CARD_TOPIC_SYSTEM = 'https://ddx-cds.example.org/fhir/CodeSystem/card-topic';

export interface CardInput {
  readonly summary: string;
  readonly indicator: CardIndicator;
  readonly detail: string;
  readonly topic: { readonly code: string; readonly display: string };
  readonly suggestions?: readonly Omit<CdsSuggestion, 'uuid'>[];
  /** Extra context for the app when the clinician follows the smart link. */
  readonly appContext?: Record<string, unknown>;
}

/** Shortens to the spec's summary limit at a word boundary, with an ellipsis. */
export function fitSummary(summary: string): string {
  if (summary.length <= SUMMARY_MAX_LENGTH) {
    return summary;
  }
  const cut = summary.slice(0, SUMMARY_MAX_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trimEnd()}…`;
}

/**
 * A one-line summary made of a prefix and a list: as many items as fit, each whole, and "…" when some
 * are left out (a narrow EHR sidebar shows the summary alone; a name cut in half says nothing).
 */
export function fitList(prefix: string, items: readonly string[], separator: string): string {
  for (let n = items.length; n >= 1; n--) {
    const text = `${prefix}${items.slice(0, n).join(separator)}${n < items.length ? `${separator}…` : ''}`;
    if (text.length <= SUMMARY_MAX_LENGTH) {
      return text;
    }
  }
  return fitSummary(`${prefix}${items[0] ?? ''}`);
}

/**
 * @param ctx - model identity and base URL
 * @param input - the card's content
 * @returns a complete card
 */
export function buildCard(ctx: CardContext, input: CardInput): CdsCard {
  const uuid = randomUUID();
  const topic: Coding = { system: CARD_TOPIC_SYSTEM, code: input.topic.code, display: input.topic.display };
  const suggestions = input.suggestions?.map((s) => ({ ...s, uuid: randomUUID() }));
  return {
    uuid,
    summary: fitSummary(input.summary),
    detail: `${input.detail}\n\n*AI-generated decision support (${ctx.model.id} ${ctx.model.version}, knowledge ${ctx.knowledgeVersion}); the clinician decides.*`,
    indicator: input.indicator,
    source: { label: `DDx assistant ${ctx.model.id} ${ctx.model.version}`, url: modelLabelUrl(ctx), topic },
    ...(suggestions && suggestions.length > 0 ? { suggestions, selectionBehavior: 'at-most-one' as const } : {}),
    overrideReasons: overrideReasonCodings(),
    links: [
      { label: 'Open the differential with its reasoning', url: appLaunchUrl(ctx), type: 'smart', appContext: JSON.stringify({ cardUuid: uuid, ...input.appContext }) },
      { label: `Model label (${ctx.model.id} ${ctx.model.version})`, url: modelLabelUrl(ctx), type: 'absolute' },
    ],
  };
}

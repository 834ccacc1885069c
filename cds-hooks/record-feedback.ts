/**
 * Stores CDS Hooks feedback (https://cds-hooks.hl7.org/2.0/#feedback) against the card's suggestion
 * set. Idempotent: the same feedback item sent twice is one record. Each item of a batch is handled
 * on its own and gets its own status. Feedback on a card id this service never returned is answered
 * `unknown-card` and not stored as a decision (one audit event per call counts them), so a caller cannot
 * fill the decision table with cards that do not exist; feedback on a card returned to another EHR
 * (another JWT issuer) is refused.
 *
 * Feedback is checked against the card it names: feedback for a card another service showed is
 * refused (stored, it would count as this service's decision), and so is an accepted suggestion
 * id that is not one of the card's. A card about one diagnosis links the decision to that
 * diagnosis's suggestion row; a card naming several links through its uuid and condition ids only.
 */
import { createHash } from 'node:crypto';
import type { Store, StoredCard } from '../server/store/store';
import { FeedbackItemSchema } from './request-schemas';

export type FeedbackStatus = 'recorded' | 'duplicate' | 'unknown-card' | 'invalid' | 'error';

export interface FeedbackResult {
  readonly index: number;
  readonly card?: string;
  readonly status: FeedbackStatus;
  readonly message?: string;
}

function key(item: unknown): string {
  return `cds-feedback|${createHash('sha256').update(JSON.stringify(item)).digest('hex')}`;
}

/** Why feedback cannot be about this card as sent, or undefined when it can. */
function mismatch(card: StoredCard, serviceId: string, iss: string, accepted: readonly { id: string }[]): string | undefined {
  if (card.clientIss && card.clientIss !== iss) {
    return 'card was returned to another CDS client: only the EHR that showed it may send its feedback';
  }
  if (card.serviceId !== serviceId) {
    return `card was shown by service ${card.serviceId}, not ${serviceId}: send its feedback to /cds-services/${card.serviceId}/feedback`;
  }
  const known = new Set(card.suggestionUuids);
  const unknown = accepted.flatMap((s, i) => (known.has(s.id) ? [] : [`acceptedSuggestions[${i}].id`]));
  if (unknown.length > 0) {
    return `${unknown.join(', ')}: not the uuid of a suggestion on this card`;
  }
  return undefined;
}

/**
 * @param store - the store
 * @param input - service id, client issuer and the raw feedback items
 * @returns one result per item
 */
export async function recordFeedback(store: Store, input: { serviceId: string; iss: string; items: readonly unknown[] }): Promise<FeedbackResult[]> {
  const results: FeedbackResult[] = [];
  for (const [index, raw] of input.items.entries()) {
    const parsed = FeedbackItemSchema.safeParse(raw);
    if (!parsed.success) {
      // The first few issues, each cut short: one invalid item must not make a huge answer.
      const issues = parsed.error.issues;
      const listed = issues.slice(0, 5).map((i) => `${i.path.slice(0, 4).join('.') || 'item'}: ${i.message}`.slice(0, 300));
      results.push({ index, status: 'invalid', message: `${listed.join('; ')}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}` });
      continue;
    }
    const f = parsed.data;
    try {
      const card = await store.findCard(f.card);
      if (!card) {
        results.push({ index, card: f.card, status: 'unknown-card', message: 'no card with this id was returned by this service: nothing stored' });
        continue;
      }
      const problem = mismatch(card, input.serviceId, input.iss, f.acceptedSuggestions ?? []);
      if (problem) {
        results.push({ index, card: f.card, status: 'invalid', message: problem });
        continue;
      }
      const conditionId = card.conditionIds.length === 1 ? card.conditionIds[0] : undefined;
      const suggestion = conditionId ? await store.findSuggestion(card.setId, conditionId) : undefined;
      const canonical = {
        card: f.card,
        outcome: f.outcome,
        accepted: (f.acceptedSuggestions ?? []).map((s) => s.id).sort(),
        reason: f.overrideReason?.reason ? `${f.overrideReason.reason.system ?? ''}|${f.overrideReason.reason.code ?? ''}` : null,
        comment: f.overrideReason?.userComment ?? null,
        at: new Date(f.outcomeTimestamp).toISOString(),
      };
      const stored = await store.recordDecision({
        idempotencyKey: key(canonical),
        setId: card.setId,
        suggestionId: suggestion?.id,
        conditionId,
        userRef: 'cds-client',
        fhirServer: input.iss,
        userPseudonym: card.userPseudonym,
        outcome: f.outcome === 'accepted' ? 'accepted' : 'overridden',
        reasonCode: f.overrideReason?.reason?.code,
        reasonSystem: f.overrideReason?.reason?.system,
        comment: f.overrideReason?.userComment,
        source: 'cds-feedback',
        outcomeTimestamp: canonical.at,
        cardUuid: f.card,
        unknownCard: false,
        acceptedSuggestions: canonical.accepted,
        serviceId: input.serviceId,
      });
      results.push({ index, card: f.card, status: stored.duplicate ? 'duplicate' : 'recorded' });
    } catch (err) {
      results.push({ index, card: f.card, status: 'error', message: `not stored: ${(err as Error).name}` });
    }
  }
  return results;
}

/**
 * Stores CDS Hooks feedback (https://cds-hooks.hl7.org/2.0/#feedback) against the card's suggestion
 * set. Idempotent: the same feedback item sent twice is one record. Each item of a batch is handled
 * on its own and gets its own status; an unknown card id is recorded as such, not dropped.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../server/store/store';
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
      results.push({ index, status: 'invalid', message: parsed.error.issues.map((i) => `${i.path.join('.') || 'item'}: ${i.message}`).join('; ') });
      continue;
    }
    const f = parsed.data;
    try {
      const card = await store.findCard(f.card);
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
        setId: card?.setId,
        conditionId: card?.conditionIds.length === 1 ? card.conditionIds[0] : undefined,
        userRef: 'cds-client',
        fhirServer: input.iss,
        userPseudonym: card?.userPseudonym ?? store.pseudonymise(input.iss, 'cds-client'),
        outcome: f.outcome === 'accepted' ? 'accepted' : 'overridden',
        reasonCode: f.overrideReason?.reason?.code,
        reasonSystem: f.overrideReason?.reason?.system,
        comment: f.overrideReason?.userComment,
        source: 'cds-feedback',
        outcomeTimestamp: canonical.at,
        cardUuid: f.card,
        unknownCard: !card,
        acceptedSuggestions: canonical.accepted,
        serviceId: input.serviceId,
      });
      results.push({ index, card: f.card, status: stored.duplicate ? 'duplicate' : card ? 'recorded' : 'unknown-card' });
    } catch (err) {
      results.push({ index, card: f.card, status: 'error', message: `not stored: ${(err as Error).name}` });
    }
  }
  return results;
}

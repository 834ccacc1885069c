/**
 * Group commit for the cards CDS Hooks calls show. Each request is answered only after the
 * transaction holding its cards is committed, so a card is never shown unless it was stored.
 *
 * Batches form by themselves: while one transaction is being committed, the calls that arrive
 * queue up, and the next transaction takes all of them (up to `maxBatch`). An idle service commits
 * a call at once (after the current turn of the event loop, so calls parsed together go together);
 * a busy one commits many calls per transaction, which is what keeps the store's cost per call low
 * under load. There is no timer to tune and no added wait when the service is quiet.
 */
import type { CardRecord, Store, SuggestionSetInput } from '../server/store/store';

export interface ShownItem {
  readonly set: SuggestionSetInput;
  readonly cards: readonly Omit<CardRecord, 'setId'>[];
}

interface Pending {
  item: ShownItem;
  resolve: (setId: string) => void;
  reject: (err: Error) => void;
}

export interface ShownCardsWriter {
  /** Resolves with the suggestion-set id once the batch holding this item is committed. */
  write(item: ShownItem): Promise<string>;
}

/**
 * @param store - the store (only recordShownBatch is used)
 * @param options - the largest batch (default 200)
 * @returns the writer
 */
export function createShownCardsWriter(store: Pick<Store, 'recordShownBatch'>, options: { maxBatch?: number } = {}): ShownCardsWriter {
  const maxBatch = options.maxBatch ?? 200;
  let queue: Pending[] = [];
  let committing = false;
  let scheduled = false;

  const commitNext = (): void => {
    scheduled = false;
    if (committing || queue.length === 0) {
      return;
    }
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    committing = true;
    let settled: Promise<string[]>;
    try {
      settled = store.recordShownBatch(batch.map((p) => p.item));
    } catch (err) {
      settled = Promise.reject(err as Error);
    }
    settled
      .then(
        (ids) => batch.forEach((p, i) => p.resolve(ids[i])),
        (err: Error) => batch.forEach((p) => p.reject(err)),
      )
      .finally(() => {
        committing = false;
        commitNext();
      });
  };

  return {
    write(item) {
      return new Promise<string>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (!committing && !scheduled) {
          scheduled = true;
          setImmediate(commitNext);
        }
      });
    },
  };
}

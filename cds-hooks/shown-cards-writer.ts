/**
 * Group commit for the cards CDS Hooks calls show: requests that arrive within a few milliseconds are
 * stored in one transaction, and each request is answered only after its batch is committed — so a
 * card is never shown unless it was stored, while one transaction serves many concurrent calls.
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
 * @param store - the store
 * @param options - batch size and how long the first item may wait for others (ms)
 * @returns the writer
 */
export function createShownCardsWriter(store: Store, options: { maxBatch?: number; maxWaitMs?: number } = {}): ShownCardsWriter {
  const maxBatch = options.maxBatch ?? 100;
  const maxWaitMs = options.maxWaitMs ?? 4;
  let queue: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;

  const flush = (): void => {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    const batch = queue;
    queue = [];
    if (batch.length === 0) {
      return;
    }
    store.recordShownBatch(batch.map((p) => p.item)).then(
      (ids) => batch.forEach((p, i) => p.resolve(ids[i])),
      (err: Error) => batch.forEach((p) => p.reject(err)),
    );
  };

  return {
    write(item) {
      return new Promise<string>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (queue.length >= maxBatch) {
          flush();
        } else if (!timer) {
          timer = setTimeout(flush, maxWaitMs);
        }
      });
    },
  };
}

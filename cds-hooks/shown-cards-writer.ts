/**
 * Group commit for the cards CDS Hooks calls show (server/store/group-commit.ts): each request is
 * answered only after the transaction holding its cards is committed, so a card is never shown
 * unless it was stored, while a busy service commits many calls per transaction.
 */
import type { CardRecord, Store, SuggestionSetInput } from '../server/store/store';
import { createGroupCommit } from '../server/store/group-commit';
import type { ShownJournal } from '../server/store/shown-journal';

export interface ShownItem {
  readonly set: SuggestionSetInput;
  readonly cards: readonly Omit<CardRecord, 'setId'>[];
}

export interface ShownCardsWriter {
  /** Resolves once the item is recorded: committed to the database, or written to the CDS journal (server/store/shown-journal.ts). */
  write(item: ShownItem): Promise<unknown>;
}

/**
 * @param store - the store (only recordShownBatch is used)
 * @param options - the largest batch (default 200)
 * @returns the writer
 */
export function createShownCardsWriter(store: Pick<Store, 'recordShownBatch'>, options: { maxBatch?: number } = {}): ShownCardsWriter {
  const batches = createGroupCommit<ShownItem, string>((items) => store.recordShownBatch(items), options.maxBatch ?? 200);
  return { write: (item) => batches.submit(item) };
}

/**
 * The writer over the CDS journal: the item is on disk when this resolves; the database has it just after.
 * @param journal - the open journal
 * @returns the writer
 */
export function createJournaledShownCardsWriter(journal: Pick<ShownJournal, 'write'>): ShownCardsWriter {
  return {
    write: async (item) => {
      journal.write(item);
    },
  };
}

import { describe, expect, test } from 'vitest';
import { createShownCardsWriter, type ShownItem } from './shown-cards-writer';

function item(key: string): ShownItem {
  return { set: { idempotencyKey: key } as ShownItem['set'], cards: [] };
}

/** A store whose commits the test finishes by hand. */
function manualStore() {
  const batches: { keys: string[]; finish: (ok: boolean) => void }[] = [];
  return {
    batches,
    recordShownBatch(items: readonly ShownItem[]): Promise<string[]> {
      return new Promise((resolve, reject) => {
        const keys = items.map((i) => i.set.idempotencyKey);
        batches.push({ keys, finish: (ok) => (ok ? resolve(keys.map((k) => `set-${k}`)) : reject(new Error('database unavailable'))) });
      });
    },
  };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('createShownCardsWriter (group commit)', () => {
  test('an idle writer commits a call at once, without waiting for others', async () => {
    const store = manualStore();
    const writer = createShownCardsWriter(store);
    const a = writer.write(item('a'));
    await tick();
    expect(store.batches.map((b) => b.keys)).toEqual([['a']]);
    store.batches[0].finish(true);
    await expect(a).resolves.toBe('set-a');
  });

  test('calls made in the same turn go in one transaction', async () => {
    const store = manualStore();
    const writer = createShownCardsWriter(store);
    const all = Promise.all(['a', 'b', 'c'].map((k) => writer.write(item(k))));
    await tick();
    expect(store.batches.map((b) => b.keys)).toEqual([['a', 'b', 'c']]);
    store.batches[0].finish(true);
    await expect(all).resolves.toEqual(['set-a', 'set-b', 'set-c']);
  });

  test('calls arriving during a commit wait for it and then go together, and none is answered before its own commit', async () => {
    const store = manualStore();
    const writer = createShownCardsWriter(store);
    const a = writer.write(item('a'));
    await tick();
    let bDone = false;
    const b = writer.write(item('b')).then((id) => ((bDone = true), id));
    const c = writer.write(item('c'));
    await tick();
    expect(store.batches.map((x) => x.keys)).toEqual([['a']]);
    store.batches[0].finish(true);
    await expect(a).resolves.toBe('set-a');
    await tick();
    expect(bDone).toBe(false);
    expect(store.batches.map((x) => x.keys)).toEqual([['a'], ['b', 'c']]);
    store.batches[1].finish(true);
    await expect(Promise.all([b, c])).resolves.toEqual(['set-b', 'set-c']);
  });

  test('a failed commit rejects only its own calls; the next batch is tried', async () => {
    const store = manualStore();
    const writer = createShownCardsWriter(store);
    const a = writer.write(item('a'));
    await tick();
    const b = writer.write(item('b'));
    store.batches[0].finish(false);
    await expect(a).rejects.toThrow('database unavailable');
    await tick();
    store.batches[1].finish(true);
    await expect(b).resolves.toBe('set-b');
  });

  test('a store that throws instead of rejecting does not stop the writer', async () => {
    let calls = 0;
    const writer = createShownCardsWriter({
      recordShownBatch: (items) => {
        calls++;
        if (calls === 1) {
          throw new Error('closed');
        }
        return Promise.resolve(items.map((i) => `set-${i.set.idempotencyKey}`));
      },
    });
    await expect(writer.write(item('a'))).rejects.toThrow('closed');
    await expect(writer.write(item('b'))).resolves.toBe('set-b');
  });

  test('batches are capped at maxBatch', async () => {
    const store = manualStore();
    const writer = createShownCardsWriter(store, { maxBatch: 2 });
    const all = Promise.all(['a', 'b', 'c'].map((k) => writer.write(item(k))));
    await tick();
    expect(store.batches.map((b) => b.keys)).toEqual([['a', 'b']]);
    store.batches[0].finish(true);
    await tick();
    await tick();
    expect(store.batches.map((b) => b.keys)).toEqual([['a', 'b'], ['c']]);
    store.batches[1].finish(true);
    await expect(all).resolves.toEqual(['set-a', 'set-b', 'set-c']);
  });
});

/**
 * Group commit: calls made together share one statement, each gets its own result, and one bad item
 * in a batch fails alone (issue 16: a NUL in one hook call withheld the cards of every call batched with it).
 */
import { describe, expect, test } from 'vitest';
import { createGroupCommit } from './group-commit';

describe('createGroupCommit', () => {
  test('calls made in the same turn share one batch, and each gets its own result in order', async () => {
    const batches: string[][] = [];
    const gc = createGroupCommit<string, string>(async (items) => {
      batches.push([...items]);
      return items.map((i) => i.toUpperCase());
    }, 10);
    const out = await Promise.all(['a', 'b', 'c'].map((x) => gc.submit(x)));
    expect(out).toEqual(['A', 'B', 'C']);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  test('a batch never exceeds the maximum; the rest go in the next statement', async () => {
    const sizes: number[] = [];
    const gc = createGroupCommit<number, number>(async (items) => {
      sizes.push(items.length);
      return items.map((i) => i * 2);
    }, 2);
    const out = await Promise.all([1, 2, 3, 4, 5].map((x) => gc.submit(x)));
    expect(out).toEqual([2, 4, 6, 8, 10]);
    expect(sizes).toEqual([2, 2, 1]);
  });

  test('one bad item in a batch fails alone: its neighbours get their results', async () => {
    const statements: string[][] = [];
    const gc = createGroupCommit<string, string>(async (items) => {
      statements.push([...items]);
      if (items.some((i) => i.includes('\u0000'))) {
        throw new Error('invalid byte sequence for encoding "UTF8": 0x00');
      }
      return items.map((i) => `ok:${i}`);
    }, 50);
    const results = await Promise.allSettled(['p1', 'bad\u0000', 'p2', 'p3'].map((x) => gc.submit(x)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<string>).value)).toEqual(['ok:p1', 'ok:p2', 'ok:p3']);
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/0x00/);
    // The shared statement first, then each item alone.
    expect(statements).toEqual([['p1', 'bad\u0000', 'p2', 'p3'], ['p1'], ['bad\u0000'], ['p2'], ['p3']]);
  });

  test('a failing single item is rejected once, and the next call still runs', async () => {
    let calls = 0;
    const gc = createGroupCommit<number, number>(async (items) => {
      calls++;
      if (items[0] < 0) {
        throw new Error('negative');
      }
      return [...items];
    }, 10);
    await expect(gc.submit(-1)).rejects.toThrow('negative');
    expect(calls).toBe(1);
    await expect(gc.submit(7)).resolves.toBe(7);
  });

  test('a store that throws synchronously is treated as a failed batch', async () => {
    const gc = createGroupCommit<number, number>((items) => {
      if (items.length > 1) {
        throw new Error('sync failure');
      }
      return Promise.resolve([items[0]]);
    }, 10);
    const results = await Promise.all([1, 2].map((x) => gc.submit(x)));
    expect(results).toEqual([1, 2]);
  });

  test('when the store is down, every caller gets the error (nothing is silently lost)', async () => {
    const gc = createGroupCommit<number, number>(async () => {
      throw new Error('connection refused');
    }, 10);
    const results = await Promise.allSettled([1, 2, 3].map((x) => gc.submit(x)));
    expect(results.every((r) => r.status === 'rejected' && /connection refused/.test(String(r.reason)))).toBe(true);
    expect(results).toHaveLength(3);
  });

  test('calls arriving while a statement runs wait and go together in the next one', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const gc = createGroupCommit<number, number>(async (items) => {
      batches.push([...items]);
      if (batches.length === 1) {
        await gate;
      }
      return [...items];
    }, 10);
    const first = gc.submit(1);
    await new Promise((r) => setImmediate(r));
    const later = [gc.submit(2), gc.submit(3)];
    release();
    await Promise.all([first, ...later]);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  test('with a linger, items submitted over several turns go in one batch; flush runs them at once; a full batch does not wait', async () => {
    const batches: number[][] = [];
    const gc = createGroupCommit<number, number>(async (items) => {
      batches.push([...items]);
      return items.map((i) => i * 10);
    }, 3, { lingerMs: 1000 });
    const a = gc.submit(1);
    await new Promise((r) => setTimeout(r, 5));
    const b = gc.submit(2);
    await new Promise((r) => setTimeout(r, 5));
    expect(batches).toEqual([]);
    gc.flush();
    expect(await Promise.all([a, b])).toEqual([10, 20]);
    expect(batches).toEqual([[1, 2]]);
    // Three items fill the batch: it runs without waiting for the linger.
    const full = [gc.submit(3), gc.submit(4), gc.submit(5)];
    expect(await Promise.all(full)).toEqual([30, 40, 50]);
    expect(batches).toEqual([[1, 2], [3, 4, 5]]);
    // Flush with nothing waiting does nothing.
    gc.flush();
    expect(batches.length).toBe(2);
  });
});


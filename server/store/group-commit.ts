/**
 * Group commit: calls that arrive while a database statement is running wait for it, then go
 * together in the next one (up to `maxBatch`). An idle caller goes at once (after the current turn
 * of the event loop, so calls made together go together); under load many calls share one
 * statement, which is what keeps the database's cost per call low. There is no timer to tune and no
 * added wait when quiet. Each caller is answered only when its own batch has finished, with its own
 * result or its own error: when a batch of several fails, each of its items is run again alone, so
 * that one bad item (a string the database refuses, a constraint it breaks) fails by itself and never
 * takes its neighbours' results with it.
 */

export interface GroupCommit<I, O> {
  /** Resolves with this item's result once the batch holding it has run. */
  submit(item: I): Promise<O>;
  /** Runs what is waiting now instead of after the linger (a reader needs it). */
  flush(): void;
}

export interface GroupCommitOptions {
  /**
   * How long an idle batcher lets items gather before it runs them (default 0: after the current turn of the event
   * loop). Only for callers whose items are already durable elsewhere (the CDS journal): their callers do not wait
   * for the batch, and a reader calls `flush()`.
   */
  lingerMs?: number;
}

/**
 * @param runBatch - runs one batch; must return one result per item, in order
 * @param maxBatch - the largest batch
 * @returns the batcher
 */
export function createGroupCommit<I, O>(runBatch: (items: readonly I[]) => Promise<readonly O[]>, maxBatch: number, options: GroupCommitOptions = {}): GroupCommit<I, O> {
  let queue: { item: I; resolve: (out: O) => void; reject: (err: Error) => void }[] = [];
  let running = false;
  let scheduled = false;
  let lingering: ReturnType<typeof setTimeout> | undefined;
  const linger = options.lingerMs ?? 0;

  // After a failed batch: each item on its own, one after another (the store sees one statement at a time).
  const runAlone = async (batch: typeof queue): Promise<void> => {
    for (const p of batch) {
      try {
        const [out] = await runBatch([p.item]);
        p.resolve(out);
      } catch (err) {
        p.reject(err as Error);
      }
    }
  };

  const runNext = (): void => {
    scheduled = false;
    if (lingering !== undefined) {
      clearTimeout(lingering);
      lingering = undefined;
    }
    if (running || queue.length === 0) {
      return;
    }
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    running = true;
    let done: Promise<readonly O[]>;
    try {
      done = runBatch(batch.map((p) => p.item));
    } catch (err) {
      done = Promise.reject(err as Error);
    }
    done
      .then(
        (out) => batch.forEach((p, i) => p.resolve(out[i])),
        (err: Error) => (batch.length === 1 ? batch[0].reject(err) : runAlone(batch)),
      )
      .finally(() => {
        running = false;
        runNext();
      });
  };

  return {
    submit(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (!running && !scheduled) {
          scheduled = true;
          if (linger > 0 && queue.length < maxBatch) {
            lingering = setTimeout(runNext, linger);
            lingering.unref?.();
          } else {
            setImmediate(runNext);
          }
        } else if (lingering !== undefined && queue.length >= maxBatch) {
          // A full batch does not wait for the rest of the linger.
          runNext();
        }
      });
    },
    flush() {
      if (lingering !== undefined) {
        runNext();
      }
    },
  };
}

/**
 * `work` over a stream of items, several at once, with the results handed on in the items' order:
 * a batch ingest analyses on worker threads while its writer stores and reports documents exactly
 * as a one-at-a-time ingest would (same lines, same order).
 *
 * Items are read and started ahead of the consumer, also while it is busy with a result (the
 * writer storing a batch), so the workers keep working meanwhile; but at most `window` are started
 * and not yet handed on, and no further item is read until the consumer takes the oldest: memory
 * stays flat whatever the batch's length (back-pressure).
 */
export async function* inOrder<T, R>(
  items: AsyncIterable<T>,
  window: number,
  work: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const started: Promise<R>[] = [];
  let finished = false;
  let stopped = false;
  let wakeReader: (() => void) | undefined;
  let wakeConsumer: (() => void) | undefined;
  const reader = (async () => {
    try {
      for await (const item of items) {
        while (started.length >= Math.max(1, window) && !stopped)
          await new Promise<void>((resolve) => {
            wakeReader = resolve;
          });
        if (stopped) return;
        const result = work(item);
        // Awaited by the consumer in turn; until then a failure must not count as unhandled.
        result.catch(() => {});
        started.push(result);
        wakeConsumer?.();
      }
    } finally {
      finished = true;
      wakeConsumer?.();
    }
  })();
  reader.catch(() => {});
  try {
    for (;;) {
      const next = started[0];
      if (next === undefined) {
        if (finished) break;
        await new Promise<void>((resolve) => {
          wakeConsumer = resolve;
        });
        continue;
      }
      const result = await next;
      // Only now is its place free: the reader may start one more while the consumer works.
      started.shift();
      wakeReader?.();
      yield result;
    }
    // A source that failed to be read stops the batch as it did on one thread.
    await reader;
  } finally {
    stopped = true;
    wakeReader?.();
  }
}

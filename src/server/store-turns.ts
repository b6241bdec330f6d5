/**
 * Store work one turn at a time, with the event loop let through between turns.
 *
 * The embedded store (better-sqlite3) is synchronous: a read runs from start to end without giving
 * the event loop back, its awaits all settle in the microtasks of the callback that started it.
 * Node reads every socket that has data in one pass of its loop (the poll phase), and fifty
 * readers who ask again the moment they are answered make fifty requests ready at once: had each
 * read run as its request arrived, one pass would run all fifty back to back (a 50 ms turn, and
 * a health check waits for all of it). So at most one piece of work *starts* per pass of the loop:
 * work that arrives after another started in the same pass waits, and the waiting ones start one
 * per `setImmediate`, each after the loop has looked at its sockets again. A health check (which
 * never takes a turn) waits for one read at most, and reads are served in the order they came.
 * At most `size` pieces are under way at once: 1 for SQLite; for PostgreSQL, whose queries wait
 * on the network without holding the loop, the connection pool's.
 */
export function storeTurns(size: number): <T>(work: () => Promise<T>) => Promise<T> {
  let active = 0;
  /** A piece of work started in this pass of the loop; cleared by the next pass's `setImmediate`. */
  let startedThisPass = false;
  let passScheduled = false;
  const waiting: (() => void)[] = [];
  const start = () => {
    active++;
    startedThisPass = true;
  };
  // Scheduled when a piece ends (so that I/O callbacks the piece queued run first) and when one
  // waits; it clears the flag and starts the next waiting piece, if any.
  const schedulePass = () => {
    if (passScheduled) return;
    passScheduled = true;
    setImmediate(() => {
      passScheduled = false;
      startedThisPass = false;
      const next = active < size ? waiting.shift() : undefined;
      if (!next) return;
      start();
      next();
    });
  };
  return async (work) => {
    if (active < size && !startedThisPass && waiting.length === 0) start();
    else {
      schedulePass();
      // The pass counts this piece as active before letting it go.
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      active--;
      schedulePass();
    }
  };
}

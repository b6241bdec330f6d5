/**
 * Store work in turns, with the event loop let through between them.
 *
 * The embedded store (better-sqlite3) is synchronous: a read runs from start to end without giving
 * the event loop back, its awaits all settle in the microtasks of the callback that started it.
 * Node reads every socket that has data in one pass of its loop (the poll phase), and fifty
 * readers who ask again the moment they are answered make fifty requests ready at once: had each
 * read run as its request arrived, one pass would run all fifty back to back (measured: 40–50 ms
 * passes, and a health check read in that pass waited for all of it). So store work runs in
 * passes of at most `passBudgetMs`: once the pieces started in this pass of the loop have taken
 * that long, the next waits for the next pass (`setImmediate`, after the loop has looked at its
 * sockets again). A health check (which never takes a turn) waits for one budget and one read at
 * most; reads are served in the order they came, and within a budget several run back to back, so
 * the loop is not paid a pass per read. At most `size` pieces are under way at once: 1 for SQLite;
 * for PostgreSQL, whose queries wait on the network without holding the loop, the pool's.
 *
 * The budget trades reads for health (`npm run bench load`, full mix, quiet machine, one run each,
 * docs/scaling.md): no budget, reads p95 166 ms at 490/s but health p99 286 ms; 5 ms, health p99
 * 33 ms but reads p95 317 ms at 243/s (a read takes 2–8 ms, so a pass held about one); 20 ms,
 * reads p95 244 ms at 324/s and health p99 48 ms, both under their targets.
 */
export function storeTurns(size: number, passBudgetMs = 20): <T>(work: () => Promise<T>) => Promise<T> {
  let active = 0;
  /** When the first piece of this pass of the loop started; null until one starts in this pass. */
  let passStarted: number | null = null;
  let passScheduled = false;
  const waiting: (() => void)[] = [];
  const mayStart = () =>
    active < size && (passStarted === null || performance.now() - passStarted < passBudgetMs);
  const start = () => {
    active++;
    passStarted ??= performance.now();
  };
  const startWaiting = () => {
    const next = waiting.shift();
    if (!next) return;
    start();
    next();
  };
  // Scheduled when a piece ends or waits: a new pass, with a new budget, for the pieces waiting.
  const schedulePass = () => {
    if (passScheduled) return;
    passScheduled = true;
    setImmediate(() => {
      passScheduled = false;
      passStarted = null;
      if (active < size) startWaiting();
    });
  };
  return async (work) => {
    if (waiting.length === 0 && mayStart()) start();
    else {
      schedulePass();
      // startWaiting counts this piece as active before letting it go.
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      active--;
      // Within the budget the next waiting piece runs in this pass; the pass also ends, so that
      // a piece arriving later does not find the budget of a pass long gone.
      if (waiting.length > 0 && mayStart()) startWaiting();
      schedulePass();
    }
  };
}

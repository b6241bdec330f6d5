/**
 * Store work one turn at a time, with the event loop let through between turns.
 *
 * The embedded store (better-sqlite3) is synchronous: a read runs from start to end without giving
 * the event loop back. When fifty reads arrive together, Node starts them all in the same pass of
 * its loop, and a health check that arrived meanwhile waits for all fifty. Here at most `size`
 * pieces of store work are under way, and each next one starts from `setImmediate`, that is after
 * the loop has looked at its sockets again: a health check (which never takes a turn) waits for at
 * most `size` reads, and reads are served in the order they came. For PostgreSQL, whose queries
 * wait on the network without holding the loop, `size` is the connection pool's.
 */
export function storeTurns(size: number): <T>(work: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  const leave = () => {
    const next = waiting.shift();
    if (next) setImmediate(next);
    else active--;
  };
  return async (work) => {
    if (active < size) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      leave();
    }
  };
}

/**
 * Politeness: at least `delayMs` between the starts of two requests to one site (host name),
 * whichever feed or item asks, so a list of twenty feeds of one outlet is not twenty requests in
 * the same second. A stop (the signal) ends the wait at once.
 */
export function siteDelay(delayMs: number, signal: AbortSignal): (url: URL) => Promise<void> {
  const last = new Map<string, number>();
  return async (url) => {
    const host = url.hostname.toLowerCase();
    const wait = (last.get(host) ?? Number.NEGATIVE_INFINITY) + delayMs - Date.now();
    if (wait > 0) await sleep(wait, signal);
    last.set(host, Date.now());
  };
}

/** Resolves after `ms`, or at once when `signal` aborts (never rejects). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

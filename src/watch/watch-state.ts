/**
 * What `rasd watch` remembers between rounds and between runs, in a small JSON file: per URL, the
 * validators of the last complete read (ETag, Last-Modified), the keys of the items already taken
 * (so an item is analysed once however long it stays in the feed), and the failure count that sets
 * the backoff.
 *
 * Rules:
 *  1. the file is replaced atomically (written beside it, then renamed), so a stop at any moment
 *     leaves the old state or the new one, never half of one;
 *  2. a feed's validators are kept only once every item of that read was taken, so a read cut
 *     short (a stop, a store error) is read in full next time, not answered 304;
 *  3. after `n` failures in a row a URL is skipped until `every × 2^n` after the round that failed
 *     (it sits out one round, then three, then seven…), at most six hours (or `every` if longer);
 *     one success clears it;
 *  4. each URL keeps its most recent `MAX_SEEN` item keys: enough for any feed's window, and the
 *     store is asked too, so a key that fell off is still not stored twice.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  failures: number;
  /** ISO instant before which the URL is not polled (backoff), or null. */
  retryAt: string | null;
  lastError: string | null;
  /** Document keys (`url:…`, `text:…`) of the items already taken, oldest first. */
  seen: string[];
}

export interface WatchState {
  readonly version: 1;
  feeds: Record<string, FeedState>;
}

export const MAX_SEEN = 5000;
const MAX_BACKOFF_MS = 6 * 3600_000;

export function loadWatchState(path: string): WatchState {
  if (!existsSync(path)) return { version: 1, feeds: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${path}: not a watch state file (${(error as Error).message}); move it away to start afresh`,
    );
  }
  const state = parsed as Partial<WatchState>;
  if (state.version !== 1 || typeof state.feeds !== 'object' || state.feeds === null) {
    throw new Error(`${path}: not a watch state file of this Rasd (version ${String(state.version)})`);
  }
  return { version: 1, feeds: state.feeds };
}

export function saveWatchState(path: string, state: WatchState): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, path);
}

export function feedState(state: WatchState, url: string): FeedState {
  state.feeds[url] ??= {
    etag: null,
    lastModified: null,
    failures: 0,
    retryAt: null,
    lastError: null,
    seen: [],
  };
  return state.feeds[url];
}

/** Records a failure (rule 3) and returns the milliseconds until the next try. */
export function recordFailure(feed: FeedState, error: string, roundStart: number, everyMs: number): number {
  feed.failures++;
  feed.lastError = error;
  const wait = Math.min(everyMs * 2 ** feed.failures, Math.max(MAX_BACKOFF_MS, everyMs));
  feed.retryAt = new Date(roundStart + wait).toISOString();
  return wait;
}

export function recordSuccess(feed: FeedState): void {
  feed.failures = 0;
  feed.retryAt = null;
  feed.lastError = null;
}

export function isBackingOff(feed: FeedState | undefined, roundStart: number): boolean {
  return Boolean(feed?.retryAt && Date.parse(feed.retryAt) > roundStart);
}

/** Remembers item keys (rule 4), dropping the oldest past MAX_SEEN. */
export function rememberSeen(feed: FeedState, keys: Iterable<string>): void {
  const known = new Set(feed.seen);
  for (const key of keys) if (!known.has(key)) feed.seen.push(key);
  if (feed.seen.length > MAX_SEEN) feed.seen.splice(0, feed.seen.length - MAX_SEEN);
}

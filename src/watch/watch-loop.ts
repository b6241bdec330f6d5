/**
 * `rasd watch`'s loop: a round polls every URL of the list that is not backing off, one after the
 * other (the politeness delay spaces requests to one site), then the new documents are joined to
 * the corpus and one status line is printed. Rounds start `every` apart (at once when a round took
 * longer); the list file is read again each round, so edits apply without a restart.
 *
 * A stop (SIGINT/SIGTERM, turned into the signal by the command) ends the round after the item in
 * hand and skips the wait: every stored document is whole (one transaction each), the state file is
 * written, and documents not yet joined to stories are joined by the next refresh of any command.
 */
import type { SourceOptions } from '../ingest/source-options.js';
import type { DocumentSink } from './document-sink.js';
import { pollUrl } from './poll-url.js';
import { sleep } from './site-delay.js';
import {
  feedState,
  isBackingOff,
  recordFailure,
  recordSuccess,
  saveWatchState,
  type WatchState,
} from './watch-state.js';

export interface RoundStatus {
  readonly round: number;
  readonly startedAt: string;
  readonly seconds: number;
  readonly urls: number;
  /** Fetched with new content, answered 304, failed, skipped while backing off. */
  readonly read: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly backingOff: number;
  readonly newItems: number;
  readonly added: number;
  readonly queued: number;
  readonly itemErrors: number;
  readonly corpus: { documents: number; stories: number; entities: number; conflicts: number } | null;
  /** True when a stop cut this round short. */
  readonly stopped: boolean;
}

export interface WatchSettings {
  readonly everyMs: number;
  readonly once: boolean;
  readonly statePath: string;
  readonly state: WatchState;
  /** The list, read again before each round. */
  readonly readList: () => readonly string[];
  readonly sink: DocumentSink;
  readonly options: SourceOptions & { readonly signal: AbortSignal };
  readonly onStatus: (status: RoundStatus) => void;
  readonly onLine: (line: string) => void;
}

export async function watch(settings: WatchSettings): Promise<void> {
  const { signal } = settings.options;
  for (let round = 1; !signal.aborted; round++) {
    const started = Date.now();
    settings.onStatus(await runRound(round, started, settings));
    if (settings.once || signal.aborted) return;
    await sleep(started + settings.everyMs - Date.now(), signal);
  }
}

async function runRound(round: number, started: number, settings: WatchSettings): Promise<RoundStatus> {
  const { signal } = settings.options;
  const urls = settings.readList();
  const counts = {
    read: 0,
    unchanged: 0,
    failed: 0,
    backingOff: 0,
    newItems: 0,
    added: 0,
    queued: 0,
    itemErrors: 0,
  };
  for (const url of urls) {
    if (signal.aborted) break;
    const feed = feedState(settings.state, url);
    if (isBackingOff(feed, started)) {
      counts.backingOff++;
      continue;
    }
    const result = await pollUrl(url, feed, settings.sink, settings.options, settings.onLine);
    counts.newItems += result.newItems;
    counts.added += result.added;
    counts.queued += result.queued;
    counts.itemErrors += result.itemErrors;
    if (result.outcome === 'failed') {
      counts.failed++;
      const wait = recordFailure(feed, result.error ?? 'failed', started, settings.everyMs);
      settings.onLine(
        `${result.error} (failure ${feed.failures} in a row; next try in ${formatDuration(wait)})`,
      );
    } else if (result.outcome !== 'stopped') {
      recordSuccess(feed);
      if (result.outcome === 'read') counts.read++;
      else counts.unchanged++;
    }
    saveWatchState(settings.statePath, settings.state);
  }
  const corpus = signal.aborted ? null : await settings.sink.finishRound();
  saveWatchState(settings.statePath, settings.state);
  return {
    round,
    startedAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    urls: urls.length,
    ...counts,
    corpus,
    stopped: signal.aborted,
  };
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

/** The one status line of a round, for people. */
export function describeRound(s: RoundStatus): string {
  const urls = [
    `${s.read} read`,
    `${s.unchanged} unchanged`,
    `${s.failed} failed`,
    ...(s.backingOff > 0 ? [`${s.backingOff} backing off`] : []),
  ].join(', ');
  const items = [
    `${s.newItems} new`,
    ...(s.queued > 0 ? [`${s.queued} queued`] : [`${s.added} added`]),
    ...(s.itemErrors > 0 ? [`${s.itemErrors} item errors`] : []),
  ].join(', ');
  const corpus = s.corpus ? ` · store: ${s.corpus.documents} documents in ${s.corpus.stories} stories` : '';
  return `${s.startedAt} round ${s.round}: ${s.urls} URLs (${urls}) · ${items}${corpus} · ${s.seconds} s${s.stopped ? ' · stopped' : ''}`;
}

/**
 * One watched URL, read once: a conditional fetch, then each item not taken before handed to the
 * sink. A feed's items are read by the ingestion reader (`feed-documents.ts`), a page as any page
 * is, with every guard of `fetch-url.ts` in force.
 *
 * Rules:
 *  1. an item is new when its document key (canonical URL, else text hash) is neither in the
 *     URL's seen keys nor in the store; an item with a link is judged before its page is fetched;
 *  2. an item whose reading fails (its page did not answer) is one error line and is tried again
 *     next round; one whose analysis fails is one error line and is not retried (the same text
 *     would fail again);
 *  3. a stop (the signal) ends the read after the item in hand: nothing half-stored, and the
 *     validators are not kept (watch-state.ts rule 2), so the rest is read next time.
 */
import { documentKey } from '../corpus/document-key.js';
import { InputError } from '../ingest/errors.js';
import { fetchUrl } from '../ingest/fetch-url.js';
import { documentsFromBytes } from '../ingest/read-sources.js';
import type { SourceOptions } from '../ingest/source-options.js';
import { StoreError } from '../store/store.js';
import type { DocumentSink } from './document-sink.js';
import { type FeedState, rememberSeen } from './watch-state.js';

export interface PollResult {
  readonly outcome: 'read' | 'unchanged' | 'failed' | 'stopped';
  /** Why it failed (one line), when it did. */
  readonly error?: string;
  readonly newItems: number;
  readonly added: number;
  readonly queued: number;
  readonly itemErrors: number;
}

export async function pollUrl(
  url: string,
  feed: FeedState,
  sink: DocumentSink,
  options: SourceOptions & { readonly signal: AbortSignal },
  report: (line: string) => void,
): Promise<PollResult> {
  const tally = { newItems: 0, added: 0, queued: 0, itemErrors: 0 };
  let fetched: Awaited<ReturnType<typeof fetchUrl>>;
  try {
    fetched = await fetchUrl(url, url, options, { etag: feed.etag, lastModified: feed.lastModified });
  } catch (error) {
    if (options.signal.aborted) return { outcome: 'stopped', ...tally };
    return { outcome: 'failed', error: oneLine(error), ...tally };
  }
  if (fetched.notModified) return { outcome: 'unchanged', ...tally };

  const seen = new Set(feed.seen);
  const taken: string[] = [];
  const isNew = async (key: string) => !seen.has(key) && !(await sink.has(key));
  const shouldRead = async (item: { link: string | null }) => {
    if (options.signal.aborted) return false;
    if (!item.link) return true;
    const key = documentKey(item.link, '');
    if (key.startsWith('url:') && !(await isNew(key))) {
      taken.push(key);
      return false;
    }
    return true;
  };
  try {
    const origin = { url: fetched.url, contentType: fetched.contentType };
    for await (const item of documentsFromBytes(url, fetched.bytes, origin, options, shouldRead)) {
      if ('warning' in item) {
        report(`warning: ${item.warning}`);
      } else if ('error' in item) {
        if (options.signal.aborted) break;
        tally.itemErrors++;
        report(item.error.message);
      } else {
        const { input } = item.document;
        const key = documentKey(input.url, input.text);
        if (await isNew(key)) {
          tally.newItems++;
          try {
            const result = await sink.add(item.document);
            if (result === 'added') tally.added++;
            if (result === 'queued') tally.queued++;
          } catch (error) {
            if (error instanceof StoreError) throw error;
            tally.itemErrors++;
            report(`${item.document.source}: analysis failed (${oneLine(error)})`);
          }
        }
        taken.push(key);
      }
      if (options.signal.aborted) break;
    }
  } catch (error) {
    rememberSeen(feed, taken);
    if (error instanceof StoreError) throw error;
    return { outcome: 'failed', error: oneLine(error), ...tally };
  }
  rememberSeen(feed, taken);
  if (options.signal.aborted) return { outcome: 'stopped', ...tally };
  feed.etag = fetched.etag ?? null;
  feed.lastModified = fetched.lastModified ?? null;
  return { outcome: 'read', ...tally };
}

function oneLine(error: unknown): string {
  const message =
    error instanceof InputError
      ? error.message
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error);
  return message.split('\n')[0] ?? '';
}

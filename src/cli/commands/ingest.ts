import { documentKey } from '../../corpus/document-key.js';
import { readSources } from '../../ingest/read-sources.js';
import { DEFAULT_SOURCE_OPTIONS, type SourceOptions } from '../../ingest/source-options.js';
import { inOrder } from '../../ingest-pool/in-order.js';
import {
  InThreadPreparer,
  PreparePool,
  type Preparer,
  WarmingPreparer,
} from '../../ingest-pool/prepare-pool.js';
import type { PreparedDocument } from '../../store/prepared.js';
import type { Store } from '../../store/store.js';
import { StoreError } from '../../store/store.js';
import { type Command, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { positiveInt, STORE_HELP, STORE_OPTION, withStore } from './store-common.js';

export interface Tally {
  added: number;
  duplicates: number;
  failures: string[];
  sourcesDone: number;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'analyse sources and keep them in the store, grouped into stories',
  help: `Usage: rasd ingest SOURCE... [options]

Analyses every document of every SOURCE and stores it with its analysis, a hundred documents per
transaction; documents are analysed on worker threads, and stored and reported in the order read.
A SOURCE is anything the ingestion reader reads: a text or HTML file, a folder (recursively), an
RSS/Atom feed, a URL, - for standard input, or JSON Lines (one {"text"|"html"|"url", "title",
"outlet", "published"} object a line). After the batch, identities, stories and conflicts are recomputed.

Ingesting is idempotent: a document is known by its canonical URL, else by a hash of its normalised
text, and storing it again changes nothing. Stopping \`rasd ingest\` at any moment loses at most the
documents not yet stored (the transaction in hand and those being analysed); running the same
command again finishes the batch.

Options:
${STORE_HELP}
  --format text|json        the summary as text (default) or one JSON object on stdout
  --no-refresh              skip recomputing stories (do it later with \`rasd stories\`)
  --all-files               read every file of a FOLDER; by default only files named like articles
                            (.txt .html .htm .xhtml .jsonl .ndjson .xml .rss .atom), saying what was skipped
  --workers N               threads that analyse documents while this one stores them (default:
                            one per core, started after the first 200 documents, which this thread
                            analyses; 0 analyses everything on this thread)
  --queue                   only read the documents and queue them in the PostgreSQL store
                            (--store postgres://…) for \`rasd worker\` processes to analyse
  -h, --help                this help

Progress goes to stderr: a bar on a terminal, a line every few seconds otherwise.
Exit status: 0 all stored, 1 when any document failed (each failure is one line; the rest go on and
the stories are still recomputed) or the store cannot be written, 2 for a wrong command line.

Examples:
  rasd ingest examples/corpus/articles.jsonl
  rasd ingest news/*.html --store /data/news.db
  RASD_STORE=news.db rasd ingest https://example.com/feed.xml
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      ...STORE_OPTION,
      format: { type: 'string' },
      'no-refresh': { type: 'boolean' },
      'all-files': { type: 'boolean' },
      queue: { type: 'boolean' },
      workers: { type: 'string' },
    });
    const workers = values.workers === '0' ? 0 : positiveInt(values.workers, '--workers');
    const options: SourceOptions = { ...DEFAULT_SOURCE_OPTIONS, allFiles: values['all-files'] === true };
    if (positionals.length === 0) throw new UsageError('give at least one SOURCE to ingest');
    const format = oneOf(values.format, ['text', 'json'] as const, '--format') ?? 'text';
    return withStore(
      'ingest',
      values.store,
      async (store) => {
        if (values.queue)
          return (await import('./ingest-queue.js')).enqueueCommand(store, positionals, format);
        const tally: Tally = { added: 0, duplicates: 0, failures: [], sourcesDone: 0 };
        const progress = startProgress(positionals.length, tally);
        const preparer =
          workers === 0
            ? new InThreadPreparer()
            : workers
              ? new PreparePool({ size: workers })
              : new WarmingPreparer(WORKERS_AFTER);
        try {
          for (const source of positionals) {
            await ingestSource(store, source, tally, options, preparer);
            tally.sourcesDone++;
            progress.update();
          }
        } catch (error) {
          progress.finish();
          await preparer.close();
          if (error instanceof StoreError) {
            process.stderr.write(`rasd ingest: ${error.message}\n`);
            process.stderr.write(
              `rasd ingest: stopped after ${tally.added} added; run the same command again to finish\n`,
            );
            return EXIT_INPUT_FAILED;
          }
          throw error;
        }
        progress.finish();
        await preparer.close();
        // Incremental: only the identities and stories the new documents touch are updated.
        const corpus = values['no-refresh'] ? undefined : await store.refreshCorpus({ ifStale: true });
        printSummary(format, tally, corpus);
        return tally.failures.length > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
      },
      'create',
    );
  },
};

/**
 * Every document of one source into the store. A document that fails (unreadable, or an analysis
 * that throws) is one failure line and the next document goes on; only a store that cannot be
 * written (StoreError) stops the batch.
 *
 * Documents are analysed and prepared by `preparer` (worker threads, or this thread) several at
 * once, and reported and stored in the order they were read, so the lines, the tallies and the
 * store are those of a one-at-a-time ingest; at most `PREPARE_WINDOW` per worker are in flight.
 */
export async function ingestSource(
  store: Store,
  source: string,
  tally: Tally,
  options: SourceOptions = DEFAULT_SOURCE_OPTIONS,
  preparer: Preparer = new InThreadPreparer(),
): Promise<void> {
  // Prepared documents are stored a batch at a time (one transaction, multi-row statements): a
  // stop loses at most the batch in hand, which the same command stores when run again.
  let batch: PreparedDocument[] = [];
  const flush = async () => {
    const results = await store.putPrepared(batch);
    batch = [];
    for (const result of results) {
      if (result.status === 'added') tally.added++;
      else tally.duplicates++;
    }
  };
  const steps = inOrder(
    readSources([source], options),
    PREPARE_WINDOW * Math.max(1, preparer.workers),
    async (item): Promise<Step> => {
      if ('error' in item) return { failed: item.error.message };
      if ('warning' in item) return { warning: item.warning };
      const { input } = item.document;
      // A known URL need not be analysed again.
      if (input.url && (await store.hasDocument(documentKey(input.url, input.text))))
        return { duplicate: true };
      const done = await preparer.prepare({ input, source: item.document.source });
      return 'failed' in done
        ? { failed: `${item.document.source}: analysis failed (${done.failed})` }
        : done;
    },
  );
  for await (const step of steps) {
    if ('failed' in step) fail(tally, step.failed);
    else if ('warning' in step) process.stderr.write(`rasd ingest: warning: ${step.warning}\n`);
    else if ('duplicate' in step) tally.duplicates++;
    else {
      batch.push(step.prepared);
      if (batch.length >= INGEST_BATCH) await flush();
    }
  }
  await flush();
}

type Step =
  | { readonly failed: string }
  | { readonly warning: string }
  | { readonly duplicate: true }
  | { readonly prepared: PreparedDocument };

/** Documents analysed on this thread before worker threads start (unless --workers is given). */
const WORKERS_AFTER = 200;

/** Documents per `putPrepared` transaction. */
const INGEST_BATCH = 100;
/** Documents in flight per worker: enough to keep each busy while the writer stores a batch. */
const PREPARE_WINDOW = 8;

function fail(tally: Tally, message: string): void {
  tally.failures.push(message);
  process.stderr.write(`rasd ingest: ${message}\n`);
}

function startProgress(total: number, tally: Tally) {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let lastLine = started;
  const line = () =>
    `${tally.sourcesDone}/${total} sources · ${tally.added} added · ${tally.duplicates} duplicates · ${tally.failures.length} failed`;
  const timer = setInterval(() => {
    if (tty) draw();
    else if (Date.now() - lastLine >= 5000) {
      lastLine = Date.now();
      process.stderr.write(`rasd ingest: ${line()}\n`);
    }
  }, 250);
  timer.unref();
  const draw = () => {
    const width = 24;
    const filled = Math.round((tally.sourcesDone / Math.max(1, total)) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${line()}\x1b[K`);
  };
  return {
    update: () => {
      if (tty) draw();
    },
    finish: () => {
      clearInterval(timer);
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}

function printSummary(
  format: 'text' | 'json',
  tally: Tally,
  corpus: { documents: number; stories: number; entities: number; conflicts: number } | undefined,
): void {
  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ added: tally.added, duplicates: tally.duplicates, failed: tally.failures.length, failures: tally.failures, corpus: corpus ?? null })}\n`,
    );
    return;
  }
  let out = `added ${tally.added}, skipped ${tally.duplicates} as duplicates, failed ${tally.failures.length}\n`;
  for (const reason of tally.failures) out += `  failed: ${reason}\n`;
  if (corpus) {
    out += `store: ${corpus.documents} documents in ${corpus.stories} stories, ${corpus.entities} entities, ${corpus.conflicts} conflicts\n`;
  }
  process.stdout.write(out);
}

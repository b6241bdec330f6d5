import { analyzeDocument } from '../../analyze/analyze.js';
import type { Analysis } from '../../contract/analysis.js';
import type { AnalysisInput } from '../../core/layers.js';
import { documentKey } from '../../corpus/document-key.js';
import { readSources } from '../../ingest/read-sources.js';
import { DEFAULT_SOURCE_OPTIONS, type SourceOptions } from '../../ingest/source-options.js';
import type { PutDocumentInput, Store } from '../../store/store.js';
import { StoreError } from '../../store/store.js';
import { type Command, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { STORE_HELP, STORE_OPTION, withStore } from './store-common.js';

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

Analyses every document of every SOURCE and stores it with its analysis, one document per
transaction. A SOURCE is anything the ingestion reader reads: a text or HTML file, a folder (recursively), an
RSS/Atom feed, a URL, - for standard input, or JSON Lines (one {"text"|"html"|"url", "title",
"outlet", "published"} object a line). After the batch, identities, stories and conflicts are recomputed.

Ingesting is idempotent: a document is known by its canonical URL, else by a hash of its normalised
text, and storing it again changes nothing. Stopping \`rasd ingest\` at any moment loses at most the
document in flight; running the same command again finishes the batch.

Options:
${STORE_HELP}
  --format text|json        the summary as text (default) or one JSON object on stdout
  --no-refresh              skip recomputing stories (do it later with \`rasd stories\`)
  --all-files               read every file of a FOLDER; by default only files named like articles
                            (.txt .html .htm .xhtml .jsonl .ndjson .xml .rss .atom), saying what was skipped
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
    });
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
        try {
          for (const source of positionals) {
            await ingestSource(store, source, tally, options);
            tally.sourcesDone++;
            progress.update();
          }
        } catch (error) {
          progress.finish();
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
 */
export async function ingestSource(
  store: Store,
  source: string,
  tally: Tally,
  options: SourceOptions = DEFAULT_SOURCE_OPTIONS,
  analyze: (input: AnalysisInput) => Analysis = analyzeDocument,
): Promise<void> {
  // Analysed documents are stored a batch at a time (one transaction, multi-row statements): a
  // stop loses at most the batch in hand, which the same command stores when run again.
  let batch: PutDocumentInput[] = [];
  const flush = async () => {
    const results = await store.putDocuments(batch);
    batch = [];
    for (const result of results) {
      if (result.status === 'added') tally.added++;
      else tally.duplicates++;
    }
  };
  for await (const item of readSources([source], options)) {
    if ('error' in item) {
      fail(tally, item.error.message);
      continue;
    }
    if ('warning' in item) {
      process.stderr.write(`rasd ingest: warning: ${item.warning}\n`);
      continue;
    }
    const { input } = item.document;
    // A known URL need not be analysed again.
    if (input.url && (await store.hasDocument(documentKey(input.url, input.text)))) {
      tally.duplicates++;
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = analyze(input);
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      fail(tally, `${item.document.source}: analysis failed (${reason.split('\n')[0]})`);
      continue;
    }
    batch.push({ analysis, source: item.document.source });
    if (batch.length >= INGEST_BATCH) await flush();
  }
  await flush();
}

/** Documents per `putDocuments` transaction. */
const INGEST_BATCH = 100;

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

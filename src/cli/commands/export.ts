import { ploverRecords } from '../../corpus/plover.js';
import type { DocumentRecord } from '../../store/store.js';
import { type Command, EXIT_OK, UsageError } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { documentFilter, FILTER_OPTIONS, STORE_HELP, STORE_OPTION, withStore } from './store-common.js';

const FORMATS = ['jsonl', 'csv', 'plover'] as const;
const CSV_COLUMNS = [
  'id',
  'url',
  'source',
  'title',
  'outlet',
  'published',
  'story',
  'entities',
  'events',
] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the store out as JSON Lines, CSV or PLOVER event records',
  help: `Usage: rasd export --format jsonl|csv|plover [options]

Writes every stored document to stdout, a batch at a time (memory stays flat however large the
store):
  jsonl    one document a line: its id, source, story and whole analysis (contract v1)
  csv      one document a row (RFC 4180 quoting), columns:
           ${CSV_COLUMNS.join(', ')}
  plover   one event a line as a PLOVER record (openeventdata/PLOVER field names: id, date,
           source, target, event, eventText, text, language, publication, dead, injured, size)

Options:
${STORE_HELP}
  --format jsonl|csv|plover (required)
  --outlet NAME, --from DATE, --to DATE, --entity NAME   only these documents
  -h, --help                this help

Exit status: 0 when everything was written, 1 when the store cannot be opened (no store at that
path, not a Rasd store, locked, or written by a newer Rasd; one line on stderr), 2 for a wrong
command line.

Examples:
  rasd export --format jsonl > corpus.jsonl
  rasd export --format plover --from 2025-01 > events.jsonl
  rasd export --format csv --outlet "الخليج اليوم" > gulf.csv
`,
  async run(argv) {
    const { values } = parseOptions(argv, {
      ...STORE_OPTION,
      format: { type: 'string' },
      ...FILTER_OPTIONS,
    });
    const format = oneOf(values.format, FORMATS, '--format');
    if (!format) throw new UsageError(`--format is required: one of ${FORMATS.join(', ')}`);
    const filter = documentFilter(values);
    return withStore('export', values.store, async (store) => {
      await store.refreshCorpus({ ifStale: true });
      if (format === 'csv') await write(`${CSV_COLUMNS.join(',')}\r\n`);
      for await (const record of store.iterateDocuments(filter)) await write(formatRecord(record, format));
      return EXIT_OK;
    });
  },
};

function formatRecord(record: DocumentRecord, format: (typeof FORMATS)[number]): string {
  if (format === 'jsonl') {
    const { analysis, ...rest } = record;
    return `${JSON.stringify({ ...rest, ...analysis })}\n`;
  }
  if (format === 'plover') {
    return ploverRecords(record, record.analysis, record.identities)
      .map((r) => `${JSON.stringify(r)}\n`)
      .join('');
  }
  const row = [
    record.id,
    record.url,
    record.source,
    record.title,
    record.outlet,
    record.published,
    record.storyId,
    record.analysis.entities.map((e) => e.name).join('; '),
    String(record.analysis.events.length),
  ];
  return `${row.map(csvCell).join(',')}\r\n`;
}

function csvCell(value: string | null): string {
  if (value === null) return '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes with back-pressure, so a slow pipe does not make the export hold everything in memory. */
function write(chunk: string): Promise<void> {
  if (chunk === '') return Promise.resolve();
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

import type { Story } from '../../store/store.js';
import { type Command, EXIT_OK } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import {
  documentFilter,
  FILTER_OPTIONS,
  positiveInt,
  STORE_HELP,
  STORE_OPTION,
  withStore,
} from './store-common.js';

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'list stories: articles about one event grouped across outlets',
  help: `Usage: rasd stories [options]

Lists the stories of the store, largest first: the articles about one real event, across outlets,
with syndicated copies marked, the events extracted from them and the conflicts between their
figures. Every stored document belongs to exactly one story (a story may hold one document).
Stories are recomputed first if documents were added since.

Options:
${STORE_HELP}
  --min-documents N         only stories of at least N documents
  --outlet NAME             only stories with an article from this outlet
  --from, --to DATE         only stories with an article published in this range
  --entity NAME             only stories with an article mentioning this entity
  --limit N                 at most N stories (default 50)
  --format text|json        text (default) or JSON: an array of stories, each with "id", "title",
                            "documents" (url, source, title, outlet, published, duplicateOf, copyBasis,
                            sameTextAs),
                            "events" and "conflicts"
  -h, --help                this help

Exit status: 0 when the stories were listed (even none), 1 when the store cannot be opened (no store
at that path, not a Rasd store, locked, or written by a newer Rasd; one line on stderr), 2 for a
wrong command line.

Examples:
  rasd stories --min-documents 2
  rasd stories --format json > stories.json
`,
  async run(argv) {
    const { values } = parseOptions(argv, {
      ...STORE_OPTION,
      'min-documents': { type: 'string' },
      ...FILTER_OPTIONS,
      limit: { type: 'string' },
      format: { type: 'string' },
    });
    const format = oneOf(values.format, ['text', 'json'] as const, '--format') ?? 'text';
    const query = {
      minDocuments: positiveInt(values['min-documents'], '--min-documents'),
      ...documentFilter(values),
      limit: positiveInt(values.limit, '--limit') ?? 50,
    };
    return withStore('stories', values.store, async (store) => {
      await store.refreshCorpus({ ifStale: true });
      const { items, total } = await store.stories(query);
      if (format === 'json') process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
      else process.stdout.write(renderStories(items, total));
      return EXIT_OK;
    });
  },
};

/** Why a member repeats another: a copy and of whom, or the same text when neither is the original. */
function copyNote(d: Story['documents'][number], outletOf: ReadonlyMap<string, string>): string {
  if (d.duplicateOf) {
    const why =
      d.copyBasis === 'credit'
        ? ', which it credits'
        : d.copyBasis === 'earlier'
          ? ', published earlier'
          : '';
    return `  (copy of ${outletOf.get(d.duplicateOf)}${why})`;
  }
  if (d.sameTextAs) return `  (same text as ${outletOf.get(d.sameTextAs)}; neither credits the other)`;
  return '';
}

function renderStories(stories: readonly Story[], total: number): string {
  let out = `${total} stor${total === 1 ? 'y' : 'ies'}\n`;
  for (const s of stories) {
    const span = s.first === s.last ? (s.first ?? 'undated') : `${s.first} → ${s.last}`;
    out += `\n${s.id}  ${s.title}\n  ${span} · ${s.documents.length} documents · ${s.conflicts.length} conflicts\n`;
    const outletOf = new Map(s.documents.map((d) => [d.id, d.outlet ?? d.id]));
    for (const d of s.documents) {
      const copy = copyNote(d, outletOf);
      out += `  - ${d.published ?? '          '}  ${d.outlet ?? '?'}: ${d.title ?? d.url ?? d.source ?? d.id}${copy}\n`;
    }
  }
  return out;
}

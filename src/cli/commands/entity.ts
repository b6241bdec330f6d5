import type { EntityDetail } from '../../store/store.js';
import { type Command, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { STORE_HELP, STORE_OPTION, withStore } from './store-common.js';

export const entityCommand: Command = {
  name: 'entity',
  summary: 'one person, organisation or place across the corpus: spellings, outlets, timeline',
  help: `Usage: rasd entity NAME [options]

Shows one identity of the corpus, found by its id (C…) or by any spelling of its name: the
spellings outlets used (سيرغي/سيرجي لافروف, كابل/كابول are one identity), mentions by outlet, the
entities it appears with, and a timeline of the documents naming it, each with its sentence.

Options:
${STORE_HELP}
  --format text|json        text (default) or JSON
  -h, --help                this help

Exit status: 0 found, 1 when no identity has that name or the store cannot be opened (one line on
stderr), 2 for a wrong command line.

Examples:
  rasd entity "سيرجي لافروف"
  rasd entity كابول --format json
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, { ...STORE_OPTION, format: { type: 'string' } });
    const name = positionals.join(' ').trim();
    if (name === '') throw new UsageError('give the NAME (or C… id) of an entity');
    const format = oneOf(values.format, ['text', 'json'] as const, '--format') ?? 'text';
    return withStore('entity', values.store, async (store) => {
      await store.refreshCorpus({ ifStale: true });
      const entity = await store.entity(name);
      if (!entity) {
        process.stderr.write(`rasd entity: no entity named "${name}" in ${store.location}\n`);
        return EXIT_INPUT_FAILED;
      }
      if (format === 'json') process.stdout.write(`${JSON.stringify(entity, null, 2)}\n`);
      else process.stdout.write(renderEntity(entity));
      return EXIT_OK;
    });
  },
};

function renderEntity(e: EntityDetail): string {
  let out = `${e.name}  (${e.type}, ${e.id})\n`;
  if (e.aliases.length > 0) out += `also written: ${e.aliases.join('، ')}\n`;
  out += `${e.documentCount} documents, ${e.mentionCount} mentions\n\nBy outlet:\n`;
  for (const m of e.mentionsByOutlet)
    out += `  ${String(m.mentions).padStart(4)}  ${m.outlet ?? 'unknown'}\n`;
  if (e.cooccurring.length > 0) {
    out += '\nAppears with:\n';
    for (const c of e.cooccurring.slice(0, 10))
      out += `  ${String(c.documents).padStart(4)}  ${c.entity.name} (${c.entity.type})\n`;
  }
  out += '\nTimeline:\n';
  for (const t of e.timeline) {
    out += `  ${t.document.published ?? 'undated   '}  ${t.document.outlet ?? '?'}: ${t.text.replace(/\s+/gu, ' ')}\n`;
  }
  return out;
}

import { type Command, EXIT_OK, UsageError } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { STORE_HELP, STORE_OPTION, withStore } from './store-common.js';

export const refreshCommand: Command = {
  name: 'refresh',
  summary: 'recompute identities, stories and conflicts from every stored document',
  help: `Usage: rasd refresh [options]

Recomputes the corpus (who is who across spellings, which documents tell one story, which figures
disagree) from every document in the store, from scratch: for repair, or after upgrading Rasd.
\`rasd ingest\`, \`rasd worker\` and \`rasd watch\` keep the corpus up to date as documents arrive,
touching only the stories and identities a new document touches; the answer is the same.
On PostgreSQL it runs under an advisory lock: several at once run one after the other.

Options:
${STORE_HELP}
  --if-stale                only join the documents that arrived since (incremental; fast)
  --format text|json        the counts as text (default) or one JSON object on stdout
  -h, --help                this help

Exit status: 0 when the corpus was recomputed (or was fresh with --if-stale), 1 when the store
cannot be opened (no store at that path, not a Rasd store, locked, or written by a newer Rasd; one
line on stderr), 2 for a wrong command line.

Examples:
  rasd refresh --store news.db
  RASD_DATABASE_URL=postgres://rasd@db/rasd rasd refresh --if-stale
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      ...STORE_OPTION,
      'if-stale': { type: 'boolean' },
      format: { type: 'string' },
    });
    if (positionals.length > 0)
      throw new UsageError(`rasd refresh takes no argument (got "${positionals[0]}")`);
    const format = oneOf(values.format, ['text', 'json'] as const, '--format') ?? 'text';
    return withStore('refresh', values.store, async (store) => {
      const stats = await store.refreshCorpus({ ifStale: values['if-stale'] === true });
      process.stdout.write(
        format === 'json'
          ? `${JSON.stringify(stats)}\n`
          : `store: ${stats.documents} documents in ${stats.stories} stories, ${stats.entities} entities, ${stats.conflicts} conflicts\n`,
      );
      return EXIT_OK;
    });
  },
};

import { loadDossierData } from '../../corpus/dossier/data.js';
import { type Command, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { DOSSIER_FORMATS, renderDossier } from '../render/dossier.js';
import { STORE_HELP, STORE_OPTION, withStore } from './store-common.js';

export const dossierCommand: Command = {
  name: 'dossier',
  summary:
    'the stages of relations between two actors: one entry per event, dated when it happened, with all its outlets',
  help: `Usage: rasd dossier A B [options]

The chronology an analyst writes of the relations between two actors (states, organisations,
people) across all stored documents, grouped into stages (years, or clusters of events):
  - each entry is one event (who did what to whom: recognition, visits, talks, agreements, aid,
    sanctions, listing or delisting as terrorist, statements, attacks…) with a short summary;
  - dated when it happened: by the time expression governing its clause (\`في 12 مايو 2019،\`,
    \`منذ 2016\`, \`الشهر الماضي\`), else by its article's date for news reported now, else by its
    story's; a weekday or \`أمس\` of a report without its own date is read against its
    story's date, marked (بحسب تاريخ القصة); JSON says which (dateBasis: event, article, story;
    dateAnchor: story for the weekdays so read) and how exact (precision);
  - the same event from several outlets (syndicated copies too) is one entry listing every outlet,
    earliest first; outlets that give different dates are shown;
  - a capital or seat of power (موسكو، الكرملين) or a ministry counts as its state.
Sentences naming both actors with no event between them are left out unless --all.
A and B are names in any spelling, or corpus ids (C…).

Options:
${STORE_HELP}
  --format text|markdown|html|json   text (default); markdown or html (escaped) to publish; json
                            for scripts (entries: date, dateBasis, precision, type, actors,
                            targets, summary, sources)
  --all                     also list sentences naming both with no event (marked mention)
  -h, --help                this help

Exit status: 0 when the dossier was written (even empty), 1 when neither actor is known or
the store cannot be opened (no store at that path, not a Rasd store, locked, or written by a newer
Rasd; one line on stderr), 2 for a wrong command line.

Examples:
  rasd dossier روسيا طالبان
  rasd dossier "سيرغي لافروف" كابول --format markdown > lavrov-kabul.md
  rasd dossier موسكو طالبان --format html > dossier.html
  rasd dossier روسيا طالبان --format json --all | jq '.entries[] | select(.kind == "event")'
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      ...STORE_OPTION,
      format: { type: 'string' },
      all: { type: 'boolean' },
    });
    if (positionals.length !== 2)
      throw new UsageError('give exactly two actors, A and B (quote names of several words)');
    const [a, b] = positionals as [string, string];
    const format = oneOf(values.format, DOSSIER_FORMATS, '--format') ?? 'text';
    return withStore('dossier', values.store, async (store) => {
      await store.refreshCorpus({ ifStale: true });
      const dossier = await store.dossier(a, b, { all: values.all === true });
      if (!dossier) {
        process.stderr.write(`rasd dossier: neither "${a}" nor "${b}" is known in ${store.location}\n`);
        return EXIT_INPUT_FAILED;
      }
      // A name the corpus has no entity for is still searched as words; say so, or an empty
      // dossier reads as "these two never dealt with each other".
      for (const [asked, actor] of [
        [a, dossier.a],
        [b, dossier.b],
      ] as const) {
        if (actor.id.startsWith('name:')) {
          process.stderr.write(`rasd dossier: "${asked}" is not a known entity; searched as plain words\n`);
        }
      }
      process.stdout.write(renderDossier(dossier, format, loadDossierData()));
      return EXIT_OK;
    });
  },
};

import pc from 'picocolors';
import { SEARCH_MATCH_CAP } from '../../store/queries/search.js';
import type { QueryExpansion, SearchHit } from '../../store/store.js';
import { type Command, EXIT_OK, UsageError } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import {
  documentFilter,
  FILTER_OPTIONS,
  positiveInt,
  STORE_HELP,
  STORE_OPTION,
  withStore,
} from './store-common.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'search the stored articles in Arabic, whatever clitics or spelling a word has',
  help: `Usage: rasd search QUERY [options]

Finds stored documents holding every word of QUERY. Words match across clitics and spellings:
طالبان finds وطالبان and لطالبان, أفغانستان finds افغانستان. Each result shows a passage with the
matched words marked; --format json gives their offsets into the document's text.

Words that name a known entity also find its other spellings, as the store's identities join them:
كابول finds كابل too, and the results say which spellings were added. --exact searches only the
spelling typed.

A word found in more than ${SEARCH_MATCH_CAP.toLocaleString('en')} documents is counted no further ("more than
${SEARCH_MATCH_CAP.toLocaleString('en')} results", "totalCapped": true in JSON), and its results are the newest
${SEARCH_MATCH_CAP.toLocaleString('en')} matches; add words, --from/--to or --outlet to reach older ones.

Options:
${STORE_HELP}
  --outlet NAME             only this outlet
  --from YYYY-MM[-DD]       published on or after this date
  --to YYYY-MM[-DD]         published on or before this date (2023-09 covers the whole month)
  --entity NAME             only documents mentioning this entity (any spelling)
  --exact                   only the spelling typed, not an entity's other spellings
  --sort relevance|newest   best matches first (default), or the latest published first
  --limit N                 at most N results (default 20)
  --format text|json        text (default) or JSON: {"total", "totalCapped", "items":
                            [{document, score, snippet}], "aliases": [{entity, name, matched, spellings}]}
  -h, --help                this help

Exit status: 0 when the search ran (even with no results), 1 when the store cannot be opened (no
store at that path, not a Rasd store, locked, or written by a newer Rasd; one line on stderr), 2 for
a wrong command line.

Examples:
  rasd search طالبان
  rasd search كابول --exact
  rasd search "زلزال الحوز" --from 2023-09-09 --to 2023-09-12
  rasd search المحكمة --entity "سيرغي لافروف" --format json
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      ...STORE_OPTION,
      ...FILTER_OPTIONS,
      limit: { type: 'string' },
      format: { type: 'string' },
      exact: { type: 'boolean' },
      sort: { type: 'string' },
    });
    const text = positionals.join(' ').trim();
    if (text === '') throw new UsageError('give the words to search for');
    const format = oneOf(values.format, ['text', 'json'] as const, '--format') ?? 'text';
    const query = {
      text,
      ...documentFilter(values),
      limit: positiveInt(values.limit, '--limit'),
      exact: values.exact === true,
      sort: oneOf(values.sort, ['relevance', 'newest'] as const, '--sort') ?? 'relevance',
    };
    return withStore('search', values.store, async (store) => {
      const result = await store.search(query);
      if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else
        process.stdout.write(
          renderAliases(result.aliases) +
            renderHits(
              result.total,
              result.totalCapped === true,
              result.items,
              process.stdout.isTTY === true,
            ),
        );
      return EXIT_OK;
    });
  },
};

/** One line per named entity: which other spellings the results include. */
function renderAliases(aliases: readonly QueryExpansion[]): string {
  let out = '';
  for (const a of aliases) {
    out += `also searched ${a.spellings.join(', ')}: spellings of ${a.name}, which "${a.matched}" names (--exact for "${a.matched}" only)\n`;
  }
  return out;
}

function renderHits(total: number, capped: boolean, hits: readonly SearchHit[], color: boolean): string {
  const mark = (s: string) => (color ? pc.bold(pc.yellow(s)) : `[${s}]`);
  // A capped count is a lower bound; the results are then the best of the newest matches.
  let out = capped
    ? `more than ${total} results (the best of the newest ${total} shown; add words or filters to narrow)\n`
    : `${total} result${total === 1 ? '' : 's'}\n`;
  for (const hit of hits) {
    const d = hit.document;
    out += `\n${d.title ?? d.source ?? d.id} — ${d.outlet ?? 'unknown outlet'}, ${d.published ?? 'undated'}\n`;
    out += `  ${d.url ?? d.source ?? d.id}\n`;
    const { snippet } = hit;
    let text = '';
    let at = snippet.start;
    for (const h of snippet.highlights) {
      text += snippet.text.slice(at - snippet.start, h.start - snippet.start);
      text += mark(snippet.text.slice(h.start - snippet.start, h.end - snippet.start));
      at = h.end;
    }
    text += snippet.text.slice(at - snippet.start);
    out += `  ${text.replace(/\s+/gu, ' ')}\n`;
  }
  return out;
}

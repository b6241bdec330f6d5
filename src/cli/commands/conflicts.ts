import type { Conflict } from '../../store/store.js';
import { type Command, EXIT_OK } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { positiveInt, STORE_HELP, STORE_OPTION, withStore } from './store-common.js';

export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: 'figures and dates that disagree inside a story: updates and contradictions',
  help: `Usage: rasd conflicts [options]

Lists, story by story, the figures (death tolls, injured…) and dates that disagree across outlets
or inside one article, each claim with its sentence and outlet. A figure that rises with the
publication date is an "update" (a toll as later reports come in); outlets that differ on the same
day, a figure that falls, or one article giving two figures are a "contradiction".

Options:
${STORE_HELP}
  --story ID                only this story
  --verdict update|contradiction
  --limit N                 at most N conflicts (default 100)
  --format text|json        text (default) or JSON {"total", "items"}
  -h, --help                this help

Exit status: 0 when the conflicts were listed (even none), 1 when the store cannot be opened (no
store at that path, not a Rasd store, locked, or written by a newer Rasd; one line on stderr), 2 for
a wrong command line.

Examples:
  rasd conflicts --verdict contradiction
  rasd conflicts --story S1a2b3c4d5e6f --format json
`,
  async run(argv) {
    const { values } = parseOptions(argv, {
      ...STORE_OPTION,
      story: { type: 'string' },
      verdict: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
    });
    const format = oneOf(values.format, ['text', 'json'] as const, '--format') ?? 'text';
    const verdict = oneOf(values.verdict, ['update', 'contradiction'] as const, '--verdict');
    const limit = positiveInt(values.limit, '--limit') ?? 100;
    return withStore('conflicts', values.store, async (store) => {
      await store.refreshCorpus({ ifStale: true });
      const result = await store.conflicts({ storyId: values.story, verdict, limit });
      if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else process.stdout.write(renderConflicts(result.items, result.total));
      return EXIT_OK;
    });
  },
};

/** Each conflict: its verdict and explanation (English, then Arabic), then its claims oldest first. */
export function renderConflicts(conflicts: readonly Conflict[], total: number): string {
  let out = `${total} conflict${total === 1 ? '' : 's'}\n`;
  for (const c of conflicts) {
    out += `\n[${c.verdict}] ${c.kind} "${c.role}" in story ${c.storyId}: ${c.explanation}\n`;
    if (c.explanationAr) out += `  ${c.explanationAr}\n`;
    for (const claim of c.claims) {
      const d = claim.evidence.document;
      const n = claim.alsoIn?.length ?? 0;
      const copies = n > 0 ? ` (+${n} ${n === 1 ? 'copy' : 'copies'})` : '';
      out += `  ${String(claim.value).padStart(6)}  ${d.published ?? 'undated'}  ${d.outlet ?? '?'}${copies}: ${claim.evidence.text.replace(/\s+/gu, ' ')}\n`;
    }
  }
  return out;
}
